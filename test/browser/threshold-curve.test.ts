/**
 * RocCurve and PrecisionRecallCurve in real Chromium: Tab to the plot, arrow keys move the
 * operating point and the read-out and announcement follow; the pointer moves it along the
 * active curve; axe clean in both themes after interaction.
 */
import type { Page } from 'playwright-core';
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

const threshold = (page: Page) => page.locator('.sextant-curve__facts dd').first().textContent();

describe.runIf(runBrowser)('threshold curves in real Chromium', () => {
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

  for (const [story, theme] of [
    ['widgets-roccurve--fraud-models', 'light'],
    ['widgets-precisionrecallcurve--fraud-models', 'dark'],
  ] as const) {
    it(`${story} [${theme}]: keyboard and pointer move the operating point`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, story, theme);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('application');
        const before = await threshold(page);
        expect(before).toBe('0.5091');
        await page.keyboard.press('ArrowRight');
        const after = await threshold(page);
        expect(Number(after)).toBeLessThan(0.5091);
        expect(await page.locator('.sextant-curve__body [role="status"]').textContent()).toMatch(
          new RegExp(`^Gradient-boosted trees v3 at threshold ${after!.replace('.', '\\.')}:`),
        );
        await page.keyboard.press('End');
        expect(await page.locator('.sextant-curve__counts td').nth(3).textContent()).toBe('0');
        // Pointer at (0, 0) of the ROC plot or (0, 1) of the PR plot: the nearest point has a high threshold.
        const box = (await page.locator('.sextant-curve__plot').boundingBox())!;
        await page.mouse.move(box.x + 54, story.includes('roccurve') ? box.y + box.height - 46 : box.y + 14);
        const moved = await threshold(page);
        expect(moved === 'above every score' || Number(moved) > 0.5, String(moved)).toBe(true);
        expect(await runAxe(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
