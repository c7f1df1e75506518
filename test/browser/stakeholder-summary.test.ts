/**
 * StakeholderSummary in real Chromium: audience switching by keyboard with a visible focus
 * ring, copy as Markdown through the real clipboard with its confirmation and announcement,
 * axe clean on every audience at 360 and 1280 px in both themes, the tabs scrolling inside the
 * widget at 360 px, and print styles that leave one clean page without the controls.
 * (stories.test.ts already loads every story with axe and error checks.)
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

const ID = 'widgets-stakeholdersummary--executive';
const selectedTab = (page: Page) =>
  page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

describe.runIf(runBrowser)('StakeholderSummary in real Chromium', () => {
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

  it('switches audience by keyboard: Tab to the selected tab, arrows, Home/End, Tab into the panel', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, ID, 'light');
      await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Executive');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
      expect(ring).not.toBe('none');
      await page.keyboard.press('ArrowRight');
      expect([await selectedTab(page), await focused(page)]).toEqual(['Technical', 'Technical']);
      expect(
        await page.getByRole('tabpanel', { name: 'Technical' }).getByRole('heading', { name: 'Model metrics' }).count(),
      ).toBe(1);
      await page.keyboard.press('End');
      expect(await selectedTab(page)).toBe('Legal & compliance');
      await page.keyboard.press('ArrowRight');
      expect(await selectedTab(page)).toBe('Executive');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Home');
      expect(await selectedTab(page)).toBe('Executive');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('copies the shown audience as Markdown to the clipboard, confirms and announces it', async () => {
    const origin = server.url;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, origin, 'widgets-stakeholdersummary--hostile-strings', 'dark');
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      const md = await page.evaluate(() => navigator.clipboard.readText());
      const lines = md.split('\n');
      expect(lines[0]).toBe(
        '## \\# \\*\\*Pwned\\*\\* &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1)) — Technical update, Nov 16, 2026',
      );
      expect(lines).toContain('### Model metrics');
      expect(md).not.toMatch(/<script/);
      const live = await page.evaluate(() => document.querySelector('[aria-live="polite"]')?.textContent);
      expect(live).toBe('Technical summary copied as Markdown.');
      // The confirmation goes back to the plain label.
      await page.getByRole('button', { name: 'Copy as Markdown' }).waitFor({ timeout: 5000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      it(`axe clean on every audience, no sideways page scroll [${theme}, ${width}px]`, async () => {
        const page = await browser.context.newPage();
        const errors = collectErrors(page);
        try {
          await page.setViewportSize({ width, height: 900 });
          await openStory(page, server.url, ID, theme);
          for (const name of ['Executive', 'Technical', 'Business', 'Legal & compliance']) {
            await page.getByRole('tab', { name }).click();
            // Open one evidence list so the disclosure is checked too.
            await page
              .getByRole('button', { name: /^Evidence/ })
              .first()
              .click();
            expect(await runAxe(page)).toEqual([]);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
            );
            expect(overflow).toBe(false);
          }
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('prints one page of the shown audience without tabs, buttons or the header', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 1100 });
      await openStory(page, server.url, ID, 'light');
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() =>
        [
          '.sextant-stakeholder-summary__tabs',
          '.sextant-widget__header',
          '.sextant-stakeholder-summary__evidence-toggle',
          '.sextant-stakeholder-summary__print-title',
        ].map((s) => getComputedStyle(document.querySelector(s)!).display !== 'none'),
      );
      expect(shown).toEqual([false, false, false, true]);
      // One /Type /Page object per page in the PDF; the technical report is the longest.
      const pageCount = async () =>
        ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(await pageCount()).toBe(1);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('tab', { name: 'Technical' }).click();
      await page.emulateMedia({ media: 'print' });
      expect(await pageCount()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
