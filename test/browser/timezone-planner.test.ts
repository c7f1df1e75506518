/**
 * TimezonePlanner in real Chromium: keyboard navigation across hours with the focused hour
 * announced, a visible focus ring, the hour numbers drawn by CSS at wide widths and hidden at
 * narrow ones, the strips fitting a 360 px container, and controlled selection in a host.
 * (stories.test.ts already loads every story in light and dark, with axe and error checks.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchBrowser,
  openStory,
  runAxe,
  runBrowser,
  SCREENSHOT_DIR,
  serveStatic,
  type Browser,
  type StaticServer,
} from '../support/browser';

const active = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
const announced = (page: Page) =>
  page.evaluate(() => document.querySelector('.sextant-timezone-planner__live')?.textContent ?? '');

describe.runIf(runBrowser)('TimezonePlanner in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keyboard: Tab into the grid, arrows move the hour and announce everyone's local time [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, 'widgets-timezoneplanner--two-people', theme);
        await page.getByRole('button', { name: 'Next day' }).focus();
        await page.keyboard.press('Tab');
        // One tab stop, at the start of the overlap (New York 09:00 EDT = 15:00 Berlin).
        expect(await active(page)).toBe('Lena Vogel, 15:00: in working hours');
        const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
        expect(ring).not.toBe('none');

        await page.keyboard.press('ArrowRight');
        expect(await active(page)).toBe('Lena Vogel, 16:00: in working hours');
        expect(await announced(page)).toMatch(
          /^16:00–17:00 Berlin time, Mon, Mar 30, 2026: 2 of 2 in working hours\. Lena Vogel 16:00 in working hours; Jordan Price 10:00 in working hours\.$/,
        );
        await page.keyboard.press('ArrowDown');
        expect(await active(page)).toBe('Jordan Price, 10:00: in working hours');
        await page.keyboard.press('End');
        expect(await active(page)).toBe('Jordan Price, 17:00: outside working hours');
        expect(await announced(page)).toMatch(/^23:00–24:00 Berlin time, .*: 0 of 2 in working hours\./);
        await page.keyboard.press('Home');
        expect(await active(page)).toBe('Jordan Price, 18:00 Sun, Mar 29: outside working hours');
        await page.keyboard.press('Control+End');
        expect(await active(page)).toBe('23:00–24:00: 0 of 2 in working hours');

        // Back to 15:00 and select it with Enter.
        for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Enter');
        expect(await announced(page)).toMatch(/^Selected 15:00–16:00 Berlin time\./);
        expect(await page.locator('[role="gridcell"][aria-selected="true"]').count()).toBe(3);
        const panel = page.getByRole('region', { name: 'Selected meeting' });
        expect(await panel.innerText()).toContain('15:00–15:30 Berlin time');

        // The hour numbers are CSS generated content, drawn at this width.
        const before = await page
          .getByRole('gridcell', { name: 'Jordan Price, 09:00: in working hours' })
          .evaluate((el) => getComputedStyle(el, '::before').content);
        expect(before).toBe('"9"');

        expect(await runAxe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `timezone-planner--keyboard--${theme}-1280.png`), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('360 px: forty people fit, hour numbers give way to the strip, keyboard still works', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await openStory(page, server.url, 'widgets-timezoneplanner--forty-people', 'light');
      const fit = await page.evaluate(() => {
        const grid = document.querySelector('[role="grid"]') as HTMLElement;
        const widget = document.querySelector('.sextant-widget') as HTMLElement;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          grid: grid.getBoundingClientRect().right,
          widget: widget.getBoundingClientRect().right,
        };
      });
      expect(fit.page).toBeLessThanOrEqual(0);
      expect(fit.grid).toBeLessThanOrEqual(fit.widget);
      const cell = page.getByRole('gridcell', { name: 'Ana Silva, 10:00: in working hours' });
      expect(await cell.evaluate((el) => getComputedStyle(el, '::before').display)).toBe('none');
      // Every strip cell stays at least a few pixels wide.
      const width = await cell.evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBeGreaterThanOrEqual(6);

      // The selected hour (10:00 Lisbon) is the tab stop; arrows move it.
      await cell.focus();
      await page.keyboard.press('ArrowRight');
      expect(await active(page)).toBe('Ana Silva, 11:00: in working hours');
      expect(await announced(page)).toMatch(/^11:00–12:00 Lisbon time, .*: 40 of 40 in working hours\./);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'timezone-planner--keyboard--light-360.png'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('controlled: picking a suggested time updates the host state', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-timezoneplanner--controlled', 'light');
      const host = page.locator('p', { hasText: 'Host state:' });
      expect(await host.innerText()).toContain('2026-03-30T07:00:00.000Z');
      const first = page.getByRole('region', { name: 'Suggested 1 h meetings' }).getByRole('button').first();
      await first.click();
      expect(await first.getAttribute('aria-pressed')).toBe('true');
      expect(await host.innerText()).toMatch(/Host state: 2026-03-30T\d\d:\d\d:00\.000Z on 2026-03-30/);
      await page.getByRole('button', { name: 'Next day' }).click();
      expect(await host.innerText()).toContain('on 2026-03-31');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
