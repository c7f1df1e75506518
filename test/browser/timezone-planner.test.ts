/**
 * TimezonePlanner in real Chromium: what jsdom cannot judge. Target sizes (WCAG 2.5.8, 24 × 24
 * px), no sideways page overflow at 360 px with the strip scrolling inside the widget under a
 * fixed name column, the contrast of the state colours in both themes (≥ 3:1 between
 * neighbouring states, or the night hatching as a second cue), the now-line's halo, legend
 * swatches that show against the card, the sticky selected-slot bar, the keyboard path with
 * short announcements, and focus never left on <body> when a button disappears.
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
  unexpectedErrors,
  type Browser,
  type StaticServer,
} from '../support/browser';

const STORY = 'widgets-timezoneplanner--';
const active = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a === document.body || a === null ? '<body>' : (a.getAttribute('aria-label') ?? a.textContent ?? a.tagName);
  });
const announced = (page: Page) =>
  page.evaluate(() => document.querySelector('.sextant-timezone-planner__live')?.textContent ?? '');

/** WCAG relative luminance contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

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

  for (const width of [360, 1280]) {
    it(`${width} px: every target is at least 24 × 24 px, the hour numbers are drawn, and the page never scrolls sideways`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      try {
        await page.setViewportSize({ width, height: 900 });
        await openStory(page, server.url, `${STORY}global-team-dst-week`, 'light');
        const small = await page.evaluate(() =>
          Array.from(
            document.querySelectorAll<HTMLElement>(
              '.sextant-timezone-planner [role="gridcell"], .sextant-timezone-planner button, .sextant-timezone-planner summary',
            ),
          )
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
            .map(
              ({ el, r }) => `${el.getAttribute('aria-label') ?? el.textContent}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
            ),
        );
        expect(small).toEqual([]);
        // Every hour is labelled: each cell draws its member's local hour.
        const drawn = await page
          .getByRole('gridcell', { name: /^Kenji Mori, 09:00/ })
          .evaluate((el) => getComputedStyle(el, '::before').content);
        expect(drawn).toBe('"9"');
        const fit = await page.evaluate(() => {
          const scroller = document.querySelector('.sextant-timezone-planner__scroller') as HTMLElement;
          return {
            page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            widget: (document.querySelector('.sextant-widget') as HTMLElement).getBoundingClientRect().right,
            strip: scroller.scrollWidth - scroller.clientWidth,
          };
        });
        expect(fit.page).toBeLessThanOrEqual(0);
        expect(fit.widget).toBeLessThanOrEqual(width);
        // Narrow: the strip scrolls inside the widget; wide: all 24 hours fit.
        if (width === 360) expect(fit.strip).toBeGreaterThan(0);
        else expect(fit.strip).toBeLessThanOrEqual(0);
        expect(await unexpectedErrors(page, errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('360 px: the name column stays put while the strip scrolls, and the focused hour scrolls into view beside it', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await openStory(page, server.url, `${STORY}global-team-dst-week`, 'light');
      const nameLeft = () => page.evaluate(() => document.querySelector('[role="rowheader"]')!.getBoundingClientRect().left);
      const before = await nameLeft();
      await page.evaluate(() => {
        (document.querySelector('.sextant-timezone-planner__scroller') as HTMLElement).scrollLeft = 300;
      });
      expect(await nameLeft()).toBe(before);
      const cell = page.getByRole('gridcell', { name: /^Ana Ribeiro, 23:00/ });
      await cell.focus();
      const geo = await page.evaluate(() => {
        const a = document.activeElement!.getBoundingClientRect();
        const n = document.querySelector('[role="rowheader"]')!.getBoundingClientRect();
        const s = document.querySelector('.sextant-timezone-planner__scroller')!.getBoundingClientRect();
        return { left: a.left, right: a.right, nameRight: n.right, stripRight: s.right };
      });
      expect(geo.left).toBeGreaterThanOrEqual(geo.nameRight - 1);
      expect(geo.right).toBeLessThanOrEqual(geo.stripRight + 1);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'timezone-planner--scrolled--light-360.png') });
    } finally {
      await page.close();
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`state colours are distinguishable [${theme}]: working ≥ 3:1 against outside and night; night hatched; now-line haloed; swatches show`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await openStory(page, server.url, `${STORY}global-team-dst-week`, theme);
        const c = await page.evaluate(() => {
          const cs = (sel: string) => getComputedStyle(document.querySelector(sel) as Element);
          const card = getComputedStyle(document.querySelector('.sextant-widget') as Element).backgroundColor;
          return {
            card,
            working: cs('.sextant-timezone-planner__span[data-kind="working"]').backgroundColor,
            outside: cs('.sextant-timezone-planner__track:not(.sextant-timezone-planner__track--head)').backgroundColor,
            night: cs('.sextant-timezone-planner__span[data-kind="night"]').backgroundColor,
            nightImage: cs('.sextant-timezone-planner__span[data-kind="night"]').backgroundImage,
            now: cs('.sextant-timezone-planner__now').backgroundColor,
            nowHalo: cs('.sextant-timezone-planner__now').boxShadow,
            swatches: Array.from(document.querySelectorAll('.sextant-timezone-planner__swatch')).map((s) => {
              const st = getComputedStyle(s);
              return {
                kind: (s as HTMLElement).dataset.kind,
                bg: st.backgroundColor,
                border: st.borderTopColor,
                w: st.borderTopWidth,
              };
            }),
          };
        });
        expect(contrast(c.working, c.outside)).toBeGreaterThanOrEqual(3);
        expect(contrast(c.working, c.night)).toBeGreaterThanOrEqual(3);
        // Night and outside may be close in colour; the hatching is the second cue.
        expect(c.nightImage).toMatch(/repeating-linear-gradient/);
        if (theme === 'light') {
          // Night is quieter than working hours: closer to the card.
          expect(contrast(c.night, c.card)).toBeLessThan(contrast(c.working, c.card));
        }
        // The now-line is visible on every cell colour: the line itself or its halo (the card's colour) stands out ≥ 3:1.
        expect(c.nowHalo).toContain(c.card);
        for (const under of [c.working, c.outside, c.night]) {
          expect(Math.max(contrast(c.now, under), contrast(c.card, under))).toBeGreaterThanOrEqual(3);
        }
        for (const s of c.swatches) {
          if (s.kind === 'now') {
            expect(contrast(s.bg, c.card)).toBeGreaterThanOrEqual(3);
            continue;
          }
          const visible = contrast(s.bg, c.card) >= 3 || (parseFloat(s.w) >= 1 && contrast(s.border, c.card) >= 3);
          expect(visible, `${s.kind} swatch shows against the card`).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  }

  it('keyboard: the date control is one tab stop, the grid another; arrows move with short announcements', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, `${STORY}two-people`, 'light');
      await page.locator('.sextant-timezone-planner__date').focus();
      await page.keyboard.press('Tab');
      // One tab stop in the grid, at the start of the overlap (New York 09:00 EDT = 15:00 Berlin).
      expect(await active(page)).toBe('Lena Vogel, 15:00: working');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow)).not.toBe('none');
      await page.keyboard.press('ArrowRight');
      expect(await active(page)).toBe('Lena Vogel, 16:00: working');
      expect(await announced(page)).toBe('16:00–17:00, 2 of 2 free');
      await page.keyboard.press('Enter');
      expect(await announced(page)).toBe('Selected 16:00–17:00, 2 of 2 in hours');
      // Back out: Shift+Tab from the grid reaches the date control, then ← changes the day.
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('sextant-timezone-planner__date');
      await page.keyboard.press('ArrowLeft');
      expect(await announced(page)).toMatch(/^Sun,? (Mar 29|29 Mar), 2026$|^Sun, 29 Mar 2026$/);
      expect(await runAxe(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'timezone-planner--keyboard--light-1280.png'), fullPage: true });
      expect(await unexpectedErrors(page, errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('focus never lands on <body> when the button it was on disappears', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      // The next-day offer disappears once that day is shown.
      await openStory(page, server.url, `${STORY}weekend`, 'light');
      const offer = page.getByRole('button', { name: /^Show Mon/ });
      await offer.focus();
      await page.keyboard.press('Enter');
      expect(await page.getByRole('button', { name: /^Show / }).count()).toBe(0);
      expect(await active(page)).not.toBe('<body>');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('sextant-timezone-planner__date');

      // Clear in the sticky bar disappears with the selection.
      await openStory(page, server.url, `${STORY}two-people`, 'light');
      await page
        .getByRole('region', { name: /Suggested/ })
        .getByRole('button')
        .first()
        .click();
      const bar = page.locator('.sextant-timezone-planner__bar');
      await bar.getByRole('button', { name: 'Clear' }).focus();
      await page.keyboard.press('Enter');
      expect(await bar.count()).toBe(0);
      expect(await active(page)).not.toBe('<body>');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('gridcell');

      // Today disappears when clicked.
      await page.getByRole('button', { name: 'Next day' }).click();
      await page.getByRole('button', { name: 'Today' }).click();
      expect(await page.getByRole('button', { name: 'Today' }).count()).toBe(0);
      expect(await active(page)).not.toBe('<body>');
    } finally {
      await page.close();
    }
  });

  it('a grid cell removed by a re-render hands focus to a cell that remains (shared useRovingGrid)', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, `${STORY}global-team-dst-week`, 'light');
      // The last hour of the DST day is gone after stepping back to the 23-hour Sunday.
      const last = page.getByRole('gridcell', { name: /^Ana Ribeiro, 23:00/ });
      await last.focus();
      await page.evaluate(() => {
        (document.querySelector('.sextant-timezone-planner__step') as HTMLButtonElement).click();
      });
      await page.waitForFunction(
        () => document.querySelectorAll('[role="row"]')[0]?.querySelectorAll('[role="gridcell"]').length === 23,
      );
      expect(await active(page)).not.toBe('<body>');
    } finally {
      await page.close();
    }
  });

  it('the selected slot stays in view in a sticky bar while the planner is on screen', async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 360, height: 700 });
      await openStory(page, server.url, `${STORY}forty-people`, 'light');
      const geo = await page.evaluate(() => {
        window.scrollTo(0, 200);
        const bar = document.querySelector('.sextant-timezone-planner__bar')!.getBoundingClientRect();
        const widget = document.querySelector('.sextant-widget')!.getBoundingClientRect();
        return { barTop: bar.top, barBottom: bar.bottom, widgetBottom: widget.bottom, vh: window.innerHeight };
      });
      expect(geo.widgetBottom).toBeGreaterThan(geo.vh); // the planner runs past the screen…
      expect(geo.barBottom).toBeLessThanOrEqual(geo.vh); // …and the bar is on it
      expect(geo.barTop).toBeGreaterThan(0);
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'timezone-planner--sticky-bar--light-360.png') });
    } finally {
      await page.close();
    }
  });

  it('controlled: picking a suggested time updates the host state', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, `${STORY}controlled`, 'light');
      const host = page.locator('p', { hasText: 'Host state:' });
      expect(await host.innerText()).toContain('2026-03-30T07:00:00.000Z');
      const first = page.getByRole('region', { name: 'Suggested 1 h meetings' }).getByRole('button').first();
      await first.click();
      expect(await first.getAttribute('aria-pressed')).toBe('true');
      expect(await host.innerText()).toMatch(/Host state: 2026-03-30T\d\d:\d\d:00\.000Z on 2026-03-30/);
      await page.getByRole('button', { name: 'Next day' }).click();
      expect(await host.innerText()).toContain('on 2026-03-31');
      expect(await unexpectedErrors(page, errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
