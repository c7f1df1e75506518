/** FairnessChart in real Chromium: Tab to the plot, arrows move the tooltip between groups, sorting reorders, axe clean. */
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

describe.runIf(runBrowser)('FairnessChart in real Chromium', () => {
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
    it(`keyboard, tooltip and sort [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, 'widgets-fairnesschart--approval-by-age-band', theme);
        await page.locator('.sextant-fairness-chart__plot').focus();
        expect(await page.locator('.sextant-fairness-chart__tooltip').textContent()).toMatch(/^35–44: Approval rate/);
        await page.keyboard.press('End');
        expect(await page.locator('.sextant-fairness-chart__tooltip').textContent()).toMatch(/^18–24: Approval rate/);
        expect(await page.locator('.sextant-fairness-chart__body [role="status"]').textContent()).toMatch(/^18–24: /);
        await page.getByRole('combobox', { name: 'Sort' }).selectOption('group');
        expect(await page.locator('.sextant-fairness-chart__label').first().textContent()).toBe('65+');
        expect(await runAxe(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
