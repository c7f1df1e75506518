/**
 * Every story in the Storybook build, in real Chromium: it loads with no page error and no
 * console error, axe finds no violation, in light and dark; at 360 px the page does not
 * scroll sideways (widgets follow their container). Screenshots of each story land in
 * test-screenshots/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchBrowser,
  openStory,
  runAxe,
  runBrowser,
  SCREENSHOT_DIR,
  serveStatic,
  storyIndex,
  STATIC_DIR,
  type Browser,
  type StaticServer,
  unexpectedErrors,
} from '../support/browser';
import { existsSync } from 'node:fs';

const entries = existsSync(join(STATIC_DIR, 'index.json')) ? storyIndex() : [];
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

describe.runIf(runBrowser)('stories in real Chromium', () => {
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

  it('the Storybook build has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const story of stories) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${story.id} [${theme}]: renders, no errors, axe clean`, async () => {
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        try {
          await page.setViewportSize({ width: 1280, height: 900 });
          await openStory(page, server.url, story.id, theme);
          expect(await page.locator('.sb-show-errordisplay').count(), 'Storybook error display').toBe(0);
          const violations = await runAxe(page);
          expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
          await page.screenshot({ path: join(SCREENSHOT_DIR, `${story.id}--${theme}-1280.png`), fullPage: true });
          expect(await unexpectedErrors(page, errors)).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }

    it(`${story.id} [360 px]: fits a phone-width container`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width: 360, height: 800 });
        await openStory(page, server.url, story.id, 'light');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal page overflow in px').toBeLessThanOrEqual(0);
        const widest = await page.evaluate(() =>
          Math.max(0, ...Array.from(document.querySelectorAll('.sextant-widget')).map((el) => el.getBoundingClientRect().right)),
        );
        expect(widest).toBeLessThanOrEqual(360);
        expect(await runAxe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${story.id}--light-360.png`), fullPage: true });
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  for (const doc of docs) {
    it(`docs page ${doc.id} loads without errors`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(doc.id)}&viewMode=docs`);
        await page.waitForSelector('#storybook-docs h1, #storybook-docs .sbdocs-title');
        expect(await page.locator('#storybook-docs').innerText()).not.toHaveLength(0);
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
