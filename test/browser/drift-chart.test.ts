/**
 * DriftChart in real Chromium: keyboard over batches with the histogram panel following,
 * dragging the overview zooms, the zoom slider's keys, the 100k-point story renders, axe clean.
 */
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

describe.runIf(runBrowser)('DriftChart in real Chromium', () => {
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
    it(`keyboard and brush [${theme}]`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, 'widgets-driftchart--quarter-of-daily-batches', theme);
        await page.locator('.sextant-drift-chart__plot').focus();
        await page.keyboard.press('Home');
        await page.keyboard.press('PageUp');
        // A tenth of 89 ≈ 9 batches on: Jul 10.
        expect(await page.locator('.sextant-drift-chart__bins-title').textContent()).toBe('Reference vs batch of Jul 10, 2026');
        expect(await page.locator('.sextant-drift-chart__body [role="status"]').first().textContent()).toMatch(/^Jul 10, 2026: /);
        const box = (await page.locator('.sextant-drift-chart__brush svg').boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.4, box.y + 20);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width * 0.7, box.y + 20, { steps: 5 });
        await page.mouse.up();
        const shown = await page.locator('.sextant-drift-chart__overview-meta span').textContent();
        expect(shown).not.toBe('Jul 1, 2026 – Sep 28, 2026');
        await page.getByRole('button', { name: 'Show all' }).click();
        expect(await page.locator('.sextant-drift-chart__overview-meta span').textContent()).toBe('Jul 1, 2026 – Sep 28, 2026');
        await page.getByRole('slider', { name: 'Zoom window' }).focus();
        await page.keyboard.press('ArrowUp');
        expect(await page.getByRole('slider').getAttribute('aria-valuetext')).not.toBe('Jul 1, 2026 – Sep 28, 2026');
        expect(await runAxe(page)).toEqual([]);
        expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the @visx/brush window: drag to pan, an edge to resize, keys move it, a click outside shows all', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const shown = () => page.locator('.sextant-drift-chart__overview-meta span').textContent();
    const windowBox = async () => (await page.locator('.sextant-drift-chart__brush-window').boundingBox())!;
    /** Press at x, move to x + dx in four steps, release (on the strip's middle line). */
    const drag = async (x: number, dx: number, y: number) => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y, { steps: 4 });
      await page.mouse.up();
    };
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-driftchart--quarter-of-daily-batches', 'light');
      const strip = (await page.locator('.sextant-drift-chart__brush svg').boundingBox())!;
      const y = strip.y + strip.height / 2;
      // Select the middle third.
      await drag(strip.x + strip.width * 0.4, strip.width * 0.2, y);
      const selected = await shown();
      const before = await windowBox();
      expect(before.width).toBeGreaterThan(50);
      // Drag the window itself: it pans, keeping its width (within a batch's rounding).
      await drag(before.x + before.width / 2, 120, y);
      const panned = await windowBox();
      expect(panned.x).toBeGreaterThan(before.x + 100);
      expect(Math.abs(panned.width - before.width)).toBeLessThan(3);
      expect(await shown()).not.toBe(selected);
      // The right edge's handle is a 24 px target: drag it right to widen.
      const hits = await Promise.all(
        [0, 1].map(async (i) => (await page.locator('.sextant-drift-chart__brush-hit').nth(i).boundingBox())!),
      );
      const handle = hits[0].x > hits[1].x ? hits[0] : hits[1];
      expect(handle.width).toBeGreaterThanOrEqual(24);
      await drag(handle.x + handle.width / 2, 80, y);
      const widened = await windowBox();
      expect(widened.width).toBeGreaterThan(panned.width + 60);
      // The left edge's handle: drag it right to narrow from the start.
      const left = hits[0].x > hits[1].x ? hits[1] : hits[0];
      await drag(left.x + left.width / 2, 40, y);
      const narrowed = await windowBox();
      expect(narrowed.x).toBeGreaterThan(widened.x + 30);
      expect(narrowed.width).toBeLessThan(widened.width - 30);
      // Keys move the drawn window too (one source of truth: the batch range).
      await page.getByRole('slider', { name: 'Zoom window' }).focus();
      const text = await shown();
      await page.keyboard.press('ArrowLeft');
      expect(await shown()).not.toBe(text);
      expect((await windowBox()).x).toBeLessThan(narrowed.x);
      // A click outside the window shows every batch.
      expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('100,000 points draw as a downsampled path', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, 'widgets-driftchart--hundred-thousand-points', 'light');
      const d = await page.locator('.sextant-drift-chart__line').getAttribute('d');
      // LTTB keeps 600 points: 599 line segments.
      expect((d ?? '').split('L').length).toBe(600);
      // The drawn points as a table only on request (600 rows eagerly were most of the first paint).
      expect(await page.getByRole('table', { name: 'Drift score per batch' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Show the 600 points as a table' }).click();
      expect(await page.getByRole('table', { name: 'Drift score per batch' }).locator('tbody tr').count()).toBe(600);
      // The same history as typed-array columns draws the same line and the same summary.
      const summary = await page.locator('.sextant-drift-chart__summary').textContent();
      await openStory(page, server.url, 'widgets-driftchart--history-as-columns', 'light');
      expect(await page.locator('.sextant-drift-chart__line').getAttribute('d')).toBe(d);
      expect(await page.locator('.sextant-drift-chart__summary').textContent()).toBe(summary);
    } finally {
      await page.close();
    }
  });
});
