/**
 * The example portal — a Vite app that consumes @sextant/* by package name and built
 * output — in real Chromium: it renders on demo data, has no errors, is axe clean in both
 * themes, and its theme switch works from the keyboard. At 360 px nothing is cut off: the
 * page does not scroll sideways, every widget and the drift table fit, and table figures
 * are right-aligned in tabular digits.
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
import { pageOverflow } from './checks';

describe.runIf(runBrowser)('example portal in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(join(ROOT, 'examples/portal/dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the portal on demo data, axe clean in light and dark, theme switch by keyboard', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(`${server.url}/index.html`);
      await page.getByRole('heading', { level: 1, name: 'Fraud detector v3' }).waitFor();
      expect(await page.getByRole('region', { name: 'F1 (fraud)' }).count()).toBe(1);
      // Figures computed by the built core from the demo data, not typed in.
      expect(
        await page
          .getByRole('table', { name: /Drift test per feature/ })
          .getByRole('rowheader')
          .allInnerTexts(),
      ).toEqual(['amount', 'hour', 'channel']);
      expect(await runAxe(page, 'body')).toEqual([]);

      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.sextant-widget')!).backgroundColor);
      // The dark surface token (#171c25) is in force.
      expect(bg).toBe('rgb(23, 28, 37)');
      expect(await runAxe(page, 'body')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'portal--dark-1280.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('at 360 px nothing is cut off and table figures are right-aligned', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`${server.url}/index.html`);
      await page.getByRole('heading', { level: 1, name: 'Fraud detector v3' }).waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await pageOverflow(page), 'horizontal page overflow in px').toBeLessThanOrEqual(0);
      const widest = await page.evaluate(() =>
        Math.max(...Array.from(document.querySelectorAll('.sextant-widget')).map((el) => el.getBoundingClientRect().right)),
      );
      expect(widest).toBeLessThanOrEqual(360);

      const table = page.getByRole('table', { name: /Drift test per feature/ });
      // The whole table shows: no column hidden behind a sideways scroll.
      const clipped = await table.evaluate((t) => t.scrollWidth - (t.parentElement as HTMLElement).clientWidth);
      expect(clipped, 'px of the drift table outside its box').toBeLessThanOrEqual(0);
      const title = await page.locator('#drift-table').evaluate((h) => h.scrollWidth - h.clientWidth);
      expect(title, 'table title cut off').toBeLessThanOrEqual(0);

      const align = await table.evaluate((t) => {
        const head = Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent);
        const col = (name: string) => head.indexOf(name);
        return Array.from(t.querySelectorAll('tbody tr')).flatMap((tr) =>
          ['Score', 'Threshold'].map((name) => {
            const cell = tr.children[col(name)] as HTMLElement;
            const cs = getComputedStyle(cell);
            return `${cs.textAlign} ${cs.fontVariantNumeric}`;
          }),
        );
      });
      expect(align.length).toBe(6);
      for (const a of align) expect(a).toBe('right tabular-nums');

      expect(await runAxe(page, 'body')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'portal--light-360.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
