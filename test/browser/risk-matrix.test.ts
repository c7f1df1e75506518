/**
 * RiskMatrix and DeliveryScorecard in real Chromium: keyboard through the heat map (cells,
 * into a cell's markers and out), a visible focus ring, the move arrow drawn for the focused
 * risk, axe clean with the focus inside, the 360 px layout, and the sparkline read-out on
 * keyboard focus. (stories.test.ts already loads every story in light and dark with axe.)
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

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? { role: el.getAttribute('role'), label: el.getAttribute('aria-label'), row: el.dataset.row, col: el.dataset.col }
      : null;
  });

describe.runIf(runBrowser)('RiskMatrix and DeliveryScorecard in real Chromium', () => {
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
    it(`keyboard through the heat map, into a cell and out [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 1000 });
        await openStory(page, server.url, 'widgets-riskmatrix--fraud-register', theme);
        await page.getByRole('checkbox', { name: 'Show before mitigation' }).focus();
        await page.keyboard.press('Tab');
        expect(await active(page)).toMatchObject({ role: 'gridcell', row: '0', col: '0' });
        const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
        expect(ring).not.toBe('none');
        // Possible × Severe (row 2, last column) holds R1 (moved down from Likely × Severe) and R2.
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('End');
        expect(await active(page)).toMatchObject({ row: '2', col: '4' });
        await page.keyboard.press('Enter');
        expect((await active(page))?.label).toBe(
          'R1 Fraud patterns shift after the card-network rule change, High, down from Likely × Severe, 1 overdue mitigation',
        );
        // The move arrow is drawn from the ghost (Likely × Severe) to the marker.
        const line = await page
          .locator('.sextant-risk-matrix__move line')
          .evaluate((l) => [l.getAttribute('x1'), l.getAttribute('y1'), l.getAttribute('x2'), l.getAttribute('y2')]);
        expect(line).toEqual(['4.5', '1.5', '4.5', '2.5']);
        expect(await page.locator('.sextant-risk-matrix__readout').innerText()).toMatch(
          /^R1 Fraud patterns shift .* — Possible × Severe, High 15 \(was Likely × Severe, Critical 20\) · Maya Chen · overdue: M2$/,
        );
        // R1 is alone in its cell: ArrowRight stays on it.
        await page.keyboard.press('ArrowRight');
        expect((await active(page))?.label).toMatch(/^R1 /);
        await page.keyboard.press('Escape');
        expect(await active(page)).toMatchObject({ role: 'gridcell', row: '2', col: '4' });
        // Possible × Moderate holds R4, R10, R14 (worst first: R4 has an overdue mitigation).
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('F2');
        expect((await active(page))?.label).toMatch(/^R4 /);
        await page.keyboard.press('ArrowRight');
        expect((await active(page))?.label).toMatch(/^R10 /);
        expect(await runAxe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `risk-matrix--keyboard--${theme}-1280.png`), fullPage: true });
        await page.keyboard.press('Escape');
        expect(await active(page)).toMatchObject({ role: 'gridcell', row: '2', col: '2' });
        await page.keyboard.press('Control+Home');
        expect(await active(page)).toMatchObject({ row: '0', col: '0' });
        // Tab leaves the grid in one step (one tab stop).
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') === null)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('360 px: numbers replace the axis words, cells stay ≥ 40 px, markers ≥ 24 px, nothing overflows', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 360, height: 900 });
      await openStory(page, server.url, 'widgets-riskmatrix--fraud-register', 'dark');
      const m = await page.evaluate(() => {
        const grid = document.querySelector('[role="grid"]') as HTMLElement;
        const widget = document.querySelector('.sextant-widget') as HTMLElement;
        const cell = document.querySelector('[role="gridcell"]') as HTMLElement;
        const marker = document.querySelector('.sextant-risk-matrix__marker') as HTMLElement;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          grid: grid.getBoundingClientRect().right,
          widget: widget.getBoundingClientRect().right,
          cell: cell.getBoundingClientRect().width,
          marker: [marker.getBoundingClientRect().width, marker.getBoundingClientRect().height],
          short: getComputedStyle(document.querySelector('.sextant-risk-matrix__tick-short') as Element).display,
        };
      });
      expect(m.page).toBeLessThanOrEqual(0);
      expect(m.grid).toBeLessThanOrEqual(m.widget);
      expect(m.cell).toBeGreaterThanOrEqual(40);
      expect(Math.min(...m.marker)).toBeGreaterThanOrEqual(24);
      expect(m.short).not.toBe('none');
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('DeliveryScorecard: the sparkline read-out shows on keyboard focus', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-deliveryscorecard--fraud-model-quarter', 'light');
      const spark = page.getByRole('img', { name: /^Deployment frequency by period: / });
      const readout = spark.locator('.sextant-delivery-scorecard__readout');
      expect(await readout.isVisible()).toBe(false);
      await page.keyboard.press('Tab');
      await spark.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await readout.isVisible()).toBe(true);
      expect(await readout.innerText()).toMatch(/^Deployment frequency by period: Apr 1 /);
      const w = await spark.locator('svg').evaluate((s) => s.getBoundingClientRect().width);
      expect(w).toBeGreaterThan(100);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
