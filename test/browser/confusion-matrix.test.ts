/**
 * ConfusionMatrix in real Chromium: Tab into the matrix, arrows / Home / End / Ctrl+End move
 * the active cell with its tooltip and announcement, Enter picks; hovering a cell (SVG and
 * canvas) shows its tooltip; a 200-class matrix draws on a canvas and stays inside 360 px;
 * axe clean with the tooltip open in both themes.
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

const status = (page: Page) => page.locator('.sextant-confusion-matrix [role="status"]').first().textContent();
const tooltip = (page: Page) => page.locator('.sextant-confusion-matrix__tooltip').textContent();

describe.runIf(runBrowser)('ConfusionMatrix in real Chromium', () => {
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
    it(`keyboard path over the intent matrix [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, 'widgets-confusionmatrix--intent-classifier', theme);
        await page.getByRole('button', { name: 'Precision %' }).focus();
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
        expect(focused).toBe('application');
        // Focus shows the first cell's tooltip before any key.
        expect(await tooltip(page)).toMatch(/True billing question, predicted billing question: \d+/);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        expect(await status(page)).toMatch(/^True cancel subscription, predicted change plan: 32 \(/);
        expect(await tooltip(page)).toContain('True cancel subscription, predicted change plan');
        await page.keyboard.press('End');
        expect(await status(page)).toMatch(/^True cancel subscription, predicted talk to human/);
        await page.keyboard.press('Control+End');
        expect(await status(page)).toMatch(/^True talk to human, predicted talk to human: 194 .*correct$/);
        await page.keyboard.press('Control+Home');
        expect(await status(page)).toMatch(/^True billing question, predicted billing question: 435/);
        const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
        expect(ring).not.toBe('none');
        expect(await runAxe(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('hover shows the cell under the pointer (SVG)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-confusionmatrix--fraud-model', 'light');
      const cell = page.locator('.sextant-confusion-matrix__cell').nth(0);
      await cell.hover();
      expect(await tooltip(page)).toMatch(/^[\d,]+.*True fraud, predicted fraud/);
      await page.mouse.move(1, 1);
      expect(await page.locator('.sextant-confusion-matrix__tooltip').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('200 classes: canvas, hover over a canvas cell, fits 360 px by scrolling inside', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-confusionmatrix--product-categoriser-200', 'dark');
      const canvas = page.locator('canvas.sextant-confusion-matrix__canvas');
      expect(await canvas.count()).toBe(1);
      // Pixels were drawn: the canvas is not blank.
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4000) if (d[i] > 0) n++;
        return n;
      });
      expect(painted).toBeGreaterThan(100);
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + 2);
      expect(await tooltip(page)).toMatch(/True Home & Kitchen › \w+ 1, predicted Home & Kitchen › \w+ 1/);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
