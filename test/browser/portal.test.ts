/**
 * The example portal — a Vite app that consumes @sextant/* by package name and built
 * output — in real Chromium. Every page, at 360 and 1280 px, in light and dark: the widgets
 * it should show are there and none is in its error state, axe finds nothing, the console
 * stays clean and the page never scrolls sideways. Then the shell: the theme switch flips
 * the --sextant-* colours, persists, and starts from `prefers-color-scheme`; pages are
 * reachable by keyboard through an accessible `nav` (aria-current, skip link, focus moved
 * to the new page's heading); table figures are right-aligned in tabular digits.
 *
 * Screenshots of every page go to PORTAL_SHOTS (default: test-screenshots/portal).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

/**
 * What each page must show, written out here rather than read from the portal's source,
 * so a widget dropped from a page fails the test.
 */
const PAGES = [
  {
    id: 'quality',
    title: 'Model quality',
    widgets: { 'metric-tile': 6, 'roc-curve': 1, 'precision-recall-curve': 1, 'confusion-matrix': 1, 'metrics-table': 1 },
  },
  {
    id: 'drift',
    title: 'Drift and fairness',
    widgets: { 'metric-tile': 4, 'drift-chart': 1, 'metrics-table': 1, 'fairness-chart': 2 },
  },
  { id: 'delivery', title: 'Delivery and risk', widgets: { 'delivery-scorecard': 1, 'risk-matrix': 1 } },
  { id: 'schedule', title: 'Team schedule', widgets: { 'timezone-planner': 1 } },
  {
    id: 'board',
    title: 'Board',
    widgets: { 'kanban-board': 1, 'sprint-burndown': 1, 'cumulative-flow-chart': 1, 'cycle-time-chart': 1 },
  },
  { id: 'report', title: 'Stakeholder report', widgets: { 'stakeholder-summary': 1, 'communication-plan': 1 } },
  {
    id: 'governance',
    title: 'Goals and governance',
    widgets: { 'okr-tracker': 1, 'model-card': 1, 'impact-assessment-view': 1 },
  },
  { id: 'connect', title: 'Connect your data', widgets: { 'metric-tile': 3, 'metrics-table': 1, 'kanban-board': 1 } },
] as const;

/**
 * The widgets @sextant/react exports, read from its entry point: each `widgets/<Name>` folder's
 * PascalCase value exports, as their `data-sextant-widget` names (RocCurve → roc-curve).
 * MetricTileGrid is the tiles' layout, not a widget of its own.
 */
function exportedWidgets(): string[] {
  const src = join(ROOT, 'packages/react/src');
  const folders = [...readFileSync(join(src, 'index.ts'), 'utf8').matchAll(/export \* from '\.\/widgets\/(\w+)'/g)].map(
    (m) => m[1],
  );
  return folders.flatMap((folder) =>
    [...readFileSync(join(src, 'widgets', folder, 'index.ts'), 'utf8').matchAll(/^export \{([^}]*)\}/gm)]
      .flatMap((m) => m[1].split(',').map((n) => n.trim()))
      .filter((n) => /^[A-Z][a-z]/.test(n) && n !== 'MetricTileGrid')
      .map((n) => n.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())),
  );
}

const THEME_KEY = 'sextant-portal-theme';
const SHOTS = process.env.PORTAL_SHOTS ?? join(SCREENSHOT_DIR, 'portal');
const settle = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe.runIf(runBrowser)('example portal in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(join(ROOT, 'examples/portal/dist'));
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh tab with the theme choice stored, as a returning visitor's. */
  async function open(width: number, theme: 'light' | 'dark', hash: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [THEME_KEY, theme]);
    await page.goto(`${server.url}/index.html${hash}`);
    return { page, errors };
  }

  it('every widget @sextant/react exports is on a page', () => {
    const exported = exportedWidgets();
    // The nineteen of this writing at least (the parse itself is checked).
    expect(exported).toEqual(expect.arrayContaining(['metric-tile', 'roc-curve', 'precision-recall-curve', 'cycle-time-chart']));
    expect(exported.length).toBeGreaterThanOrEqual(19);
    const shown = new Set(PAGES.flatMap((p) => Object.keys(p.widgets)));
    expect(exported.filter((w) => !shown.has(w))).toEqual([]);
  });

  for (const p of PAGES) {
    for (const width of [360, 1280]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`#/${p.id} at ${width} px, ${theme}: its widgets render, axe clean, no console errors, no sideways scroll`, async () => {
          const { page, errors } = await open(width, theme, `#/${p.id}`);
          try {
            await page.getByRole('heading', { level: 1, name: p.title }).waitFor();
            // The page's sentence: what it answers.
            expect((await page.locator('.portal__question').innerText()).length).toBeGreaterThan(30);
            for (const [widget, count] of Object.entries(p.widgets)) {
              const found = page.locator(`main [data-sextant-widget="${widget}"]`);
              await found.first().waitFor();
              expect(await found.count(), `${widget} on #/${p.id}`).toBeGreaterThanOrEqual(count);
            }
            await settle(page);
            const broken = await page.evaluate(() =>
              Array.from(document.querySelectorAll('[data-sextant-widget]'))
                .filter(
                  (w) =>
                    w.getAttribute('data-state') === 'error' || w.querySelector('.sextant-widget__error, .sextant-row-issue'),
                )
                .map((w) => `${w.getAttribute('data-sextant-widget')}: ${w.textContent?.slice(0, 200)}`),
            );
            expect(broken, 'widgets in an error state').toEqual([]);
            // Every widget is in the theme chosen, with the portal around it.
            const themes = await page.evaluate(() =>
              Array.from(
                new Set(
                  Array.from(document.querySelectorAll('[data-sextant-widget]')).map((w) => w.getAttribute('data-sextant-theme')),
                ),
              ),
            );
            expect(themes).toEqual([theme]);
            expect(await pageOverflow(page), 'horizontal page overflow in px').toBeLessThanOrEqual(0);
            const widest = await page.evaluate(() =>
              Math.max(
                ...Array.from(document.querySelectorAll('[data-sextant-widget]')).map((el) => el.getBoundingClientRect().right),
              ),
            );
            expect(widest, 'a widget reaches past the viewport').toBeLessThanOrEqual(width);
            expect(await runAxe(page, 'body')).toEqual([]);
            await page.screenshot({ path: join(SHOTS, `portal-${p.id}--${theme}-${width}.png`), fullPage: true });
            expect(errors).toEqual([]);
          } finally {
            await page.close();
          }
        });
      }
    }
  }

  it('a page loads its own chunk, not the others’: the schedule page fetches no board or quality code', async () => {
    const requested: string[] = [];
    const { page, errors } = await open(1280, 'light', '#/schedule');
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    try {
      await page.locator('main [data-sextant-widget="timezone-planner"]').waitFor();
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      const all = [...scripts, ...requested].filter((u) => u.endsWith('.js'));
      expect(all.some((u) => /\/Schedule-[^/]*\.js$/.test(u))).toBe(true);
      expect(all.filter((u) => /\/(Quality|Board|DriftFairness|Governance|Report|DeliveryRisk)-[^/]*\.js$/.test(u))).toEqual([]);
      // Pointing at a page's link starts loading its chunk before the click.
      const fetched = page.waitForRequest((r) => /\/Board-[^/]*\.js$/.test(new URL(r.url()).pathname));
      await page.getByRole('link', { name: 'Board' }).hover();
      await fetched;
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the theme switch flips the --sextant-* colours and persists; the first visit follows prefers-color-scheme', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${server.url}/index.html#/quality`);
      // The browser context is shared with the other tests: forget their stored choice first.
      await page.evaluate((key) => window.localStorage.removeItem(key), THEME_KEY);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Model quality' }).waitFor();
      // The tokens as the widgets resolve them (a probe inside a widget, since the build's
      // CSS minifier may shorten the declared hex values).
      const colours = async () => {
        // The page's chunk loads after the shell (pages are lazy): wait for its first widget.
        await page.locator('[data-sextant-widget]').first().waitFor();
        return page.evaluate(() => {
          const widget = document.querySelector('[data-sextant-widget]')!;
          const probe = document.createElement('span');
          widget.append(probe);
          const read = (token: string) => {
            probe.style.color = `var(${token})`;
            return getComputedStyle(probe).color;
          };
          const out = {
            surface: read('--sextant-color-surface'),
            fg: read('--sextant-color-fg'),
            accent: read('--sextant-color-accent'),
            page: getComputedStyle(document.querySelector('.portal')!).backgroundColor,
          };
          probe.remove();
          return out;
        });
      };
      const DARK = {
        surface: 'rgb(23, 28, 37)',
        fg: 'rgb(232, 236, 242)',
        accent: 'rgb(110, 168, 254)',
        page: 'rgb(15, 19, 26)',
      };
      const LIGHT = {
        surface: 'rgb(255, 255, 255)',
        fg: 'rgb(26, 32, 44)',
        accent: 'rgb(31, 95, 191)',
        page: 'rgb(246, 247, 249)',
      };
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      // Nothing saved: the system's dark preference decides.
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await colours()).toEqual(DARK);

      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await colours()).toEqual(LIGHT);
      expect(await page.evaluate((key) => window.localStorage.getItem(key), THEME_KEY)).toBe('light');

      // The choice beats the system's preference on the next visit.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Model quality' }).waitFor();
      expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
      expect(await colours()).toEqual(LIGHT);

      // And a light system with nothing saved starts light.
      await page.evaluate((key) => window.localStorage.removeItem(key), THEME_KEY);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Model quality' }).waitFor();
      expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
      expect(await colours()).toEqual(LIGHT);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keyboard: skip link, then every page through the nav at 1280 px, aria-current and focus on the new heading', async () => {
    const { page, errors } = await open(1280, 'light', '');
    try {
      await page.getByRole('heading', { level: 1, name: 'Model quality' }).waitFor();
      const active = () => page.evaluate(() => document.activeElement?.textContent?.trim());
      // Tab order: the skip link, the brand, the theme switch, then the pages.
      await page.keyboard.press('Tab');
      expect(await active()).toBe('Skip to content');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await active()).toBe('Model quality');
      await page.keyboard.press('Tab');
      expect(await active()).toBe('Drift and fairness');
      // The skip link jumps past all that, and leaves the page's address alone.
      await page.getByRole('link', { name: 'Skip to content' }).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(await page.evaluate(() => location.hash)).toBe('');

      const nav = page.getByRole('navigation', { name: 'Portal pages' });
      const links = nav.getByRole('link');
      expect(await links.allInnerTexts()).toEqual(PAGES.map((p) => p.title));
      expect(await nav.locator('[aria-current="page"]').innerText()).toBe('Model quality');
      for (const p of [...PAGES.slice(1), PAGES[0]]) {
        await links.filter({ hasText: p.title }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((id) => location.hash === `#/${id}`, p.id);
        await page.getByRole('heading', { level: 1, name: p.title }).waitFor();
        expect(await nav.locator('[aria-current="page"]').innerText()).toBe(p.title);
        expect(await nav.locator('[aria-current]').count()).toBe(1);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        expect(await page.title()).toContain(p.title);
      }
      // The back button returns to the previous page.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: PAGES[PAGES.length - 1].title }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keyboard at 360 px: the Pages menu opens, Tab reaches its links, Enter leads to a page and closes it, Escape returns focus', async () => {
    const { page, errors } = await open(360, 'dark', '#/quality');
    try {
      await page.getByRole('heading', { level: 1, name: 'Model quality' }).waitFor();
      const menu = page.getByRole('button', { name: 'Pages' });
      const nav = page.getByRole('navigation', { name: 'Portal pages' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      // The theme switch, then the pages in order: the fifth is the board.
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Board');
      expect(await pageOverflow(page), 'the open menu scrolls the page sideways').toBeLessThanOrEqual(0);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Board' }).waitFor();
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

      await menu.focus();
      await page.keyboard.press('Enter');
      await nav.getByRole('link', { name: 'Drift and fairness' }).focus();
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pages');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('an unknown page says so, keeps the navigation and marks no page current', async () => {
    const { page, errors } = await open(1280, 'light', '#/nowhere');
    try {
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Portal pages' });
      expect(await nav.getByRole('link').count()).toBe(PAGES.length);
      expect(await nav.locator('[aria-current]').count()).toBe(0);
      expect(await runAxe(page, 'body')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('table figures are right-aligned in tabular digits, headers over them too', async () => {
    const { page, errors } = await open(360, 'light', '#/drift');
    try {
      const table = page.locator('[data-sextant-widget="metrics-table"]').getByRole('grid');
      await table.waitFor();
      expect(await table.locator('tbody th').allInnerTexts()).toEqual([
        'amount',
        'channel',
        'merchant_category',
        'hour_of_day',
        'device_age_days',
      ]);
      const align = await table.evaluate((t) => {
        const head = Array.from(t.querySelectorAll('thead th')).map((th) => th.textContent?.replace(/[↕▲▼]/g, '').trim());
        return ['Score', 'Threshold'].flatMap((name) => {
          const col = head.indexOf(name);
          const cells = [
            t.querySelectorAll('thead th')[col],
            ...Array.from(t.querySelectorAll('tbody tr')).map((tr) => tr.children[col]),
          ];
          return cells.map((cell) => {
            const cs = getComputedStyle(cell as HTMLElement);
            return `${cs.textAlign} ${cs.fontVariantNumeric}`;
          });
        });
      });
      expect(align.length).toBe(12);
      for (const a of align) expect(a).toBe('end tabular-nums');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
