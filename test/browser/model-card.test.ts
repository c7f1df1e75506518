/**
 * ModelCard and ImpactAssessmentView in real Chromium: the section navigation by keyboard
 * (toggle, arrows, Enter moves focus to the section's heading, Escape closes) with a visible
 * focus ring; copy as Markdown through the real clipboard with its polite "Copied"; axe clean
 * in both themes at 360 and 1280 px without sideways page scroll; print without controls and
 * with a page per section. (stories.test.ts already loads every story with axe and error checks.)
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

const CARD = 'widgets-modelcard--fraud-scorer';
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? null);

describe.runIf(runBrowser)('ModelCard in real Chromium', () => {
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

  it('navigates the sections by keyboard: toggle, arrows, Enter to the heading, Escape back to the toggle', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, CARD, 'light');
      const toggle = page.getByRole('button', { name: 'Sections' });
      // Wide enough: open beside the card until the person chooses.
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Sections');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
      expect(ring).not.toBe('none');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('Model details, Missing: 1');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await focusedText(page)).toBe('Factors');
      await page.keyboard.press('End');
      expect(await focusedText(page)).toBe('Caveats and recommendations');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await focusedText(page)).toBe('Quantitative analyses');
      await page.keyboard.press('Enter');
      expect([await focusedTag(page), await focusedText(page)]).toEqual(['H4', 'Quantitative analyses']);
      // The heading scrolled into view.
      const top = await page.evaluate(() => (document.activeElement as Element).getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(900);
      // Tab goes on into the section: its first table's scroll container.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
        'Recall by region, with 90% intervals',
      );
      await page.getByRole('link', { name: 'Metrics' }).focus();
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await focusedText(page)).toBe('Sections');
      await page.keyboard.press('Space');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('at 360 px the navigation starts closed and the card scrolls inside itself, never the page', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await openStory(page, server.url, 'widgets-modelcard--many-groups', 'dark');
      expect(await page.getByRole('button', { name: 'Sections' }).getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      const targets = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.sextant-model-card button')).map((b) => {
          const r = b.getBoundingClientRect();
          return Math.min(r.width, r.height);
        }),
      );
      for (const t of targets) expect(t).toBeGreaterThanOrEqual(24);
    } finally {
      await page.close();
    }
  });

  it('copies the card as Markdown to the clipboard and announces "Copied"', async () => {
    const origin = server.url;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, origin, 'widgets-modelcard--hostile-strings', 'dark');
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      const md = await page.evaluate(() => navigator.clipboard.readText());
      const lines = md.split('\n');
      expect(lines[0]).toBe('# Model card: &lt;img src=x onerror=alert(1)&gt; \\| \\_\\_proto\\_\\_ toString');
      expect(md).not.toMatch(/<(script|img)/);
      // Every table row keeps the header's three delimiters: no label opened a new cell.
      const head = lines.findIndex((l) => l.startsWith('| Group |'));
      const rows = lines.slice(head, lines.indexOf('', head));
      for (const r of rows) expect((r.match(/(^|[^\\])\|/g) ?? []).length).toBe(4);
      const live = await page.evaluate(() => document.querySelector('[aria-live="polite"]')?.textContent);
      expect(live).toBe('Copied');
      await page.getByRole('button', { name: 'Copy as Markdown' }).waitFor({ timeout: 5000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      it(`axe clean, no sideways page scroll [${theme}, ${width}px]`, async () => {
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        try {
          await page.setViewportSize({ width, height: 900 });
          for (const id of [
            CARD,
            'widgets-modelcard--empty',
            'widgets-modelcard--hostile-strings',
            'widgets-impactassessmentview--fraud-scorer',
            'widgets-modelcard--error-state',
          ]) {
            await openStory(page, server.url, id, theme);
            const toggle = page.getByRole('button', { name: 'Sections' });
            if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
            const evidence = page.getByText(/^Evidence \(/).first();
            if (await evidence.count()) await evidence.click();
            expect(await runAxe(page), id).toEqual([]);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
            );
            expect(overflow, id).toBe(false);
          }
          expect(await unexpectedErrors(page, errors)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('prints without controls, a page per section', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 1100 });
      await openStory(page, server.url, CARD, 'light');
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        ['.sextant-model-card__nav', '.sextant-model-card__copy', '.sextant-widget__title', '.sextant-model-card__sources'].map(
          // Rendered at all: a box of its own (a hidden parent leaves none).
          (s) => document.querySelector(s)!.getClientRects().length > 0,
        ),
      );
      expect(shown).toEqual([false, false, true, true]);
      const breaks = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.sextant-model-card__section')).map((s) => getComputedStyle(s).breakBefore),
      );
      expect(breaks).toEqual(['auto', ...Array<string>(8).fill('page')]);
      // One /Type /Page object per PDF page: nine sections, at least nine pages.
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(9);
    } finally {
      await page.close();
    }
  });
});
