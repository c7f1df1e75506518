/** MetricsTable in real Chromium: 10,000 rows render only a screenful; the keyboard reaches the last row (scrolling the virtual body); axe clean. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchBrowser,
  openStory,
  runAxe,
  runBrowser,
  serveStatic,
  type Browser,
  type StaticServer,
} from '../support/browser';

describe.runIf(runBrowser)('MetricsTable in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`10k rows: virtualised, keyboard to the last row, sort by header [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, 'widgets-metricstable--ten-thousand-runs', theme);
        const rendered = await page.locator('tbody tr:not(.sextant-metrics-table__spacer)').count();
        expect(rendered).toBeGreaterThan(5);
        expect(rendered).toBeLessThan(60);
        await page.locator('[role="gridcell"][tabindex="0"]').focus();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowRight');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('1:1');
        await page.keyboard.press('Control+End');
        await page.waitForFunction(() => document.activeElement?.getAttribute('data-cell') === '9999:6');
        expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'))).toBe('10001');
        await page.getByRole('button', { name: /^p95 latency/ }).click();
        expect(await page.getByRole('columnheader', { name: /p95 latency/ }).getAttribute('aria-sort')).toBe('ascending');
        expect(await runAxe(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
