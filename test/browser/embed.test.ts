/**
 * examples/embed — a React 18 page with aggressive global CSS (`* { box-sizing: content-box }`,
 * `svg { width: 100% }`, `html { font-size: 10px }`, element styles for h2, button, table) —
 * with Sextant widgets dropped in. Sextant's stylesheet must not change the host's elements,
 * and the host's CSS must not break the widgets: sizes, box model, SVG, targets, axe.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchBrowser,
  ROOT,
  runAxe,
  runBrowser,
  SCREENSHOT_DIR,
  serveStatic,
  type Browser,
  type StaticServer,
} from '../support/browser';

describe.runIf(runBrowser)('a widget embedded in an existing React 18 page', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(join(ROOT, 'examples/embed/dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1280, 360]) {
    it(`at ${width} px: renders with the host's React 18, nothing leaks out, nothing breaks`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const errors = collectErrors(page);
      try {
        await page.goto(`${server.url}/index.html`);
        const tile = page.getByRole('region', { name: 'F1 (fraud)' });
        await page.getByRole('region', { name: 'Alert triage classifier' }).waitFor();
        const planner = page.getByRole('region', { name: /Fraud team/ });
        await tile.waitFor();
        await planner.waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.reactVersion)).toMatch(/^18\./);

        // Nothing leaks out: the host's own elements keep exactly the host's styles.
        const host = await page.evaluate(() => {
          const cs = (sel: string) => getComputedStyle(document.querySelector(sel)!);
          const svg = document.querySelector('.host-svg')!;
          return {
            h2Size: cs('h2').fontSize,
            h2Color: cs('h2').color,
            buttonBg: cs('.host-button').backgroundColor,
            buttonTransform: cs('.host-button').textTransform,
            tdBorder: cs('.host-table td').borderTopWidth,
            bodyFont: cs('body').fontFamily,
            hostBoxSizing: cs('.host-button').boxSizing,
            svgFills: Math.abs(svg.getBoundingClientRect().width - svg.parentElement!.getBoundingClientRect().width) < 1,
          };
        });
        expect(host).toEqual({
          h2Size: '24px',
          h2Color: 'rgb(139, 0, 0)',
          buttonBg: 'rgb(255, 105, 180)',
          buttonTransform: 'uppercase',
          tdBorder: '2px',
          bodyFont: 'Georgia, "Times New Roman", serif',
          hostBoxSizing: 'content-box',
          svgFills: true,
        });

        // Nothing breaks: inside the widgets the box model, type scale, SVGs and targets are Sextant's.
        const inside = await page.evaluate(() => {
          const widgets = [...document.querySelectorAll<HTMLElement>('.sextant-widget')];
          const out = {
            contentBox: [] as string[],
            overflow: [] as string[],
            smallText: [] as string[],
            stretchedSvg: [] as string[],
            smallTargets: [] as string[],
            svgCount: document.querySelectorAll('.sextant-widget svg').length,
          };
          for (const w of widgets) {
            const wr = w.getBoundingClientRect();
            for (const el of [w, ...w.querySelectorAll<HTMLElement>('*')]) {
              const cs = getComputedStyle(el);
              if (cs.display === 'none' || cs.visibility === 'hidden') continue;
              if (cs.boxSizing !== 'border-box' && !(el instanceof SVGElement && el.tagName !== 'svg'))
                out.contentBox.push(el.className.toString() || el.tagName);
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              // Elements inside a scroll container may extend past the widget; the widget itself may not.
              if (el === w && r.right > document.documentElement.clientWidth + 0.5) out.overflow.push('widget');
              const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
              // 9 px: below any size the widgets are designed at (their smallest labels are 10 px); a host's 10 px root would take 12 px text to 7.5 px.
              if (text && parseFloat(cs.fontSize) < 9) out.smallText.push(`${el.className || el.tagName}: ${cs.fontSize}`);
              // An SVG drawn at a pixel size keeps its width attribute's size; one sized by its
              // widget's CSS (the sparkline) stays inside its own box, not the host's 100 %.
              if (el.tagName === 'svg') {
                const attr = el.getAttribute('width');
                const box = el.parentElement!.getBoundingClientRect();
                const label = `${el.getAttribute('class') ?? el.parentElement!.className}: ${r.width.toFixed(0)} px`;
                if (attr !== null && Math.abs(r.width - parseFloat(attr)) > 1) out.stretchedSvg.push(`${label} (width ${attr})`);
                if (attr === null && (r.width > box.width + 1 || Math.abs(r.width - wr.width) < 1)) out.stretchedSvg.push(label);
              }
              const interactive = el.matches('button, a[href], input, select, [role="gridcell"][tabindex], [tabindex="0"]');
              if (interactive && (r.width < 24 || r.height < 24))
                out.smallTargets.push(`${el.className || el.tagName} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
            }
          }
          return out;
        });
        expect(inside.contentBox.slice(0, 5)).toEqual([]);
        expect(inside.overflow).toEqual([]);
        expect(inside.smallText.slice(0, 5)).toEqual([]);
        // The host's `svg { width: 100% }` stretches no widget SVG (styles/base.css, "Host CSS defence").
        expect(inside.stretchedSvg).toEqual([]);
        expect(inside.svgCount).toBeGreaterThanOrEqual(2);
        // The defence itself: an SVG drawn at 40 × 10 inside a widget keeps that size under the
        // host's `svg { width: 100% }` (the widgets' own charts happen to sit in wrappers sized
        // to them, so they would not show a stretch even without it).
        const probe = await page.evaluate(() => {
          const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
          svg.setAttribute('width', '40');
          svg.setAttribute('height', '10');
          document.querySelector('.sextant-widget__body')!.append(svg);
          const r = svg.getBoundingClientRect();
          svg.remove();
          return { width: r.width, height: r.height };
        });
        expect(probe).toEqual({ width: 40, height: 10 });
        expect(inside.smallTargets.slice(0, 5)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
          true,
        );

        for (const sel of ['#sextant-tile', '#sextant-planner', '#sextant-chart']) expect(await runAxe(page, sel)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `embed-${width}.png`), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
