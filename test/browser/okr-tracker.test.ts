/**
 * OkrTracker in real Chromium: one tab stop, arrows across objectives, Home/End, the details
 * following focus, a visible focus ring, axe clean with focus inside in both themes, and the
 * 360 px layout scrolling nothing sideways. (stories.test.ts loads every story with axe too.)
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
  unexpectedErrors,
  type Browser,
  type StaticServer,
} from '../support/browser';

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? { role: el.getAttribute('role'), row: el.dataset.row, text: el.textContent } : null;
  });

describe.runIf(runBrowser)('OkrTracker in real Chromium', () => {
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
    it(`keyboard through the key results, details on focus, axe clean [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 1000 });
        await openStory(page, server.url, 'widgets-okrtracker--fraud-quarter', theme);
        const details = page.getByRole('group', { name: 'Key result details' });
        expect(await details.innerText()).toMatch(/^Focus or select a key result/);
        // The key results are one tab stop: Tab lands on the first, Shift+Tab leaves.
        await page.keyboard.press('Tab');
        expect(await active(page)).toMatchObject({ role: 'option', row: '0' });
        const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
        expect(ring).not.toBe('none');
        expect(await details.getByRole('heading').innerText()).toBe('Raise F1 on labelled chargebacks from 0.80 to 0.90');
        // Down across the objective boundary: the second objective's first key result (p95 latency, at risk).
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        expect(await active(page)).toMatchObject({ row: '2' });
        expect(await details.getByRole('heading').innerText()).toBe('Cut p95 scoring latency from 180 ms to 120 ms');
        expect(await details.innerText()).toContain('Progress trails the time elapsed.');
        expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(1);
        await page.keyboard.press('End');
        expect(await active(page)).toMatchObject({ row: '4' });
        await page.keyboard.press('Home');
        expect(await active(page)).toMatchObject({ row: '0' });
        await page.keyboard.press('PageDown');
        expect(await active(page)).toMatchObject({ row: '4' });
        expect(await runAxe(page)).toEqual([]);
        await page.keyboard.press('Shift+Tab');
        expect((await active(page))?.role).not.toBe('option');
        await page.keyboard.press('Tab');
        expect(await active(page)).toMatchObject({ row: '4' }); // the tab stop stayed where the user left it
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it(`fits 360 px with the details under the list [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 360, height: 800 });
        await openStory(page, server.url, 'widgets-okrtracker--selected', theme);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        const list = await page.locator('.sextant-okr-tracker__objectives').boundingBox();
        const details = await page.locator('.sextant-okr-tracker__details').boundingBox();
        expect(details!.y).toBeGreaterThan(list!.y + list!.height - 1);
        // Every key result is at least 24 px tall and wide (a target), inside the widget.
        const sizes = await page
          .locator('[role="option"]')
          .evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]));
        for (const [w, h] of sizes) expect(Math.min(w, h)).toBeGreaterThanOrEqual(24);
        expect(await runAxe(page)).toEqual([]);
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
