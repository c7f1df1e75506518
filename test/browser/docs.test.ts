/**
 * Every docs page of the Storybook build (the MDX guides and each widget's autodocs page),
 * in real Chromium, at phone width in both themes: it loads with no error, its Markdown
 * tables are tables (no literal `| --- |` left by a missing remark-gfm), the page never
 * scrolls sideways at 360 px (wide tables and code scroll in their own box), and the page
 * follows the toolbar's theme. Widget pages show a props table and a live widget; the
 * Introduction shows a live widget too. Screenshots land in test-screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchBrowser,
  runBrowser,
  SCREENSHOT_DIR,
  serveStatic,
  storyIndex,
  STATIC_DIR,
  type Browser,
  type StaticServer,
  unexpectedErrors,
} from '../support/browser';

const entries = existsSync(join(STATIC_DIR, 'index.json')) ? storyIndex() : [];
const docs = entries.filter((e) => e.type === 'docs');

async function openDocs(page: Page, baseUrl: string, id: string, theme: 'light' | 'dark'): Promise<void> {
  await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs&globals=theme:${theme}`);
  await page.waitForSelector('#storybook-docs h1, #storybook-docs .sbdocs-title');
  // Stories on the page render after the page itself; wait for them, then for layout.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('#storybook-docs .docs-story')).every((s) => s.querySelector('.sb-story *')),
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.runIf(runBrowser)('docs pages in real Chromium', () => {
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

  it('the build has docs pages: the Introduction and one per widget', () => {
    expect(docs.map((d) => d.id)).toContain('introduction--docs');
    const widgets = new Set(entries.filter((e) => e.type === 'story' && e.title.startsWith('Widgets/')).map((e) => e.title));
    for (const title of widgets)
      expect(
        docs.map((d) => d.title),
        `autodocs page for ${title}`,
      ).toContain(title);
  });

  for (const doc of docs) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${doc.id} [${theme}, 360 px]: tables render, no sideways scroll, theme followed, no errors`, async () => {
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        try {
          await page.setViewportSize({ width: 360, height: 800 });
          await openDocs(page, server.url, doc.id, theme);
          const text = await page.locator('#storybook-docs').innerText();
          expect(text.length).toBeGreaterThan(0);
          // A GFM delimiter row left as text means the table was not parsed.
          expect(text).not.toMatch(/\|\s*:?-{3,}:?\s*\|/);

          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'horizontal page overflow in px at 360 px').toBeLessThanOrEqual(0);

          // Every table sits in a box no wider than the page (its own scroll box when wide).
          const tooWide = await page.evaluate(() =>
            Array.from(document.querySelectorAll('#storybook-docs table'))
              .map((t) => {
                let box: Element | null = t;
                while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
                return (box ?? t).getBoundingClientRect().right;
              })
              .filter((right) => right > document.documentElement.clientWidth + 0.5),
          );
          expect(tooWide, 'tables wider than the page outside a scroll box').toEqual([]);

          const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.sbdocs-wrapper')!).backgroundColor);
          if (theme === 'dark') expect(luminance(bg), `docs background ${bg}`).toBeLessThan(0.05);
          else expect(luminance(bg), `docs background ${bg}`).toBeGreaterThan(0.8);

          if (doc.title.startsWith('Widgets/')) {
            expect(await page.locator('.docblock-argstable').count(), 'props table').toBeGreaterThan(0);
          }
          if (doc.title.startsWith('Widgets/') || doc.id === 'introduction--docs') {
            expect(await page.locator('#storybook-docs .sextant-widget').count(), 'a live widget').toBeGreaterThan(0);
          }
          await page.screenshot({ path: join(SCREENSHOT_DIR, `docs-${doc.id}--${theme}-360.png`), fullPage: true });
          expect(await unexpectedErrors(page, errors)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }

    it(`${doc.id} [1280 px]: no sideways scroll`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openDocs(page, server.url, doc.id, 'light');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the docs page switches theme live when the toolbar global changes', async () => {
    const page = await browser.context.newPage();
    try {
      await openDocs(page, server.url, 'introduction--docs', 'light');
      const before = await page.evaluate(() => getComputedStyle(document.querySelector('.sbdocs-wrapper')!).backgroundColor);
      // What the manager sends when the Theme toolbar item changes.
      await page.evaluate(() => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void } })
          .__STORYBOOK_ADDONS_CHANNEL__;
        channel.emit('updateGlobals', { globals: { theme: 'dark' } });
      });
      await page.waitForFunction(
        (b) => getComputedStyle(document.querySelector('.sbdocs-wrapper')!).backgroundColor !== b,
        before,
        { timeout: 5000 },
      );
      const after = await page.evaluate(() => getComputedStyle(document.querySelector('.sbdocs-wrapper')!).backgroundColor);
      expect(luminance(before)).toBeGreaterThan(0.8);
      expect(luminance(after)).toBeLessThan(0.05);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-sextant-theme'))).toBe('dark');
    } finally {
      await page.close();
    }
  });
});
