/**
 * Every story in the Storybook build, in real Chromium: it loads with no page error and no
 * console error, axe finds no violation, in light and dark; at 360, 768 and 1280 px the
 * page does not scroll sideways (widgets follow their container); pointer targets are at
 * least 24 × 24 px or spaced as WCAG 2.5.8 allows, at 1280 and 360 px; and activating any
 * control by keyboard never drops focus to <body>. These are the measurable parts of the
 * product checklist in CONTRIBUTING.md; they are generic, so every new story gets them.
 * Screenshots of each story land in test-screenshots/ for people to look at.
 *
 * Speed: one tab serves every story (StoryPage): each check mounts its story afresh at its
 * own viewport and theme through the preview's channel instead of reloading the preview.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import {
  launchBrowser,
  runAxe,
  runBrowser,
  SCREENSHOT_DIR,
  serveStatic,
  storyIndex,
  STATIC_DIR,
  type Browser,
  type StaticServer,
  StoryPage,
  unexpectedErrors,
} from '../support/browser';
import { existsSync } from 'node:fs';
import { focusLosses, pageOverflow, undersizedTargets } from './checks';

const entries = existsSync(join(STATIC_DIR, 'index.json')) ? storyIndex() : [];
const stories = entries.filter((e) => e.type === 'story');

/**
 * Stories whose pointer targets at 360 px are known to be under 24 × 24 px, by id prefix,
 * with the work that fixes them. Their 360 px failures print a warning instead of failing
 * (1280 px is always enforced); delete the line with the fix (a listed story that passes
 * says so, so the line is not forgotten).
 */
const TARGET_SIZE_PENDING_360: Record<string, string> = {};

function expectTargetsOk(id: string, problems: Awaited<ReturnType<typeof undersizedTargets>>, where: string): void {
  const pending =
    where === '360 px' ? Object.entries(TARGET_SIZE_PENDING_360).find(([prefix]) => id.startsWith(prefix)) : undefined;
  if (!pending) {
    expect(problems, `targets under 24 × 24 px at ${where}: ${JSON.stringify(problems.slice(0, 5), null, 2)}`).toEqual([]);
  } else if (problems.length > 0) {
    console.warn(`PENDING ${pending[1]}: ${id} has ${problems.length} targets under 24 × 24 px at ${where}`);
  } else {
    console.warn(`${id} now meets the target size at ${where}: remove '${pending[0]}' from TARGET_SIZE_PENDING_360`);
  }
}

describe.runIf(runBrowser)('stories in real Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let sp: StoryPage;

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    sp = await StoryPage.open(browser, server.url);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Mount `id` afresh; a failing test gets a clean page for the next one. */
  async function show(id: string, theme: 'light' | 'dark', width: number, height = 900) {
    onTestFailed(() => sp.reload());
    await sp.show(id, theme, width, height);
    return sp.page;
  }

  it('the Storybook build has stories', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  for (const story of stories) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${story.id} [${theme}]: renders, no errors, axe clean`, async () => {
        const page = await show(story.id, theme, 1280);
        expect(await page.locator('.sb-show-errordisplay').count(), 'Storybook error display').toBe(0);
        const violations = await runAxe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        expect(await pageOverflow(page), 'horizontal page overflow in px at 1280 px').toBeLessThanOrEqual(0);
        expectTargetsOk(story.id, await undersizedTargets(page), '1280 px');
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${story.id}--${theme}-1280.png`), fullPage: true });
        expect(await unexpectedErrors(page, sp.errors)).toEqual([]);
      });
    }

    it(`${story.id} [768 px]: fits a tablet-width page`, async () => {
      const page = await show(story.id, 'dark', 768);
      expect(await pageOverflow(page), 'horizontal page overflow in px at 768 px').toBeLessThanOrEqual(0);
      expect(await unexpectedErrors(page, sp.errors)).toEqual([]);
    });

    it(`${story.id} [360 px]: fits a phone-width container`, async () => {
      const page = await show(story.id, 'light', 360, 800);
      expect(await pageOverflow(page), 'horizontal page overflow in px').toBeLessThanOrEqual(0);
      expectTargetsOk(story.id, await undersizedTargets(page), '360 px');
      const widest = await page.evaluate(() =>
        Math.max(0, ...Array.from(document.querySelectorAll('.sextant-widget')).map((el) => el.getBoundingClientRect().right)),
      );
      expect(widest).toBeLessThanOrEqual(360);
      expect(await runAxe(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${story.id}--light-360.png`), fullPage: true });
      expect(await unexpectedErrors(page, sp.errors)).toEqual([]);
    });

    it(`${story.id}: activating a control by keyboard never drops focus to <body>`, async () => {
      const page = await show(story.id, 'light', 1280);
      // What the story logs as it opens is checked while it is on screen: a control may
      // then clear it (the planner's Today button leaves its refused day), which is the fix
      // working, not an error hidden from the user.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await unexpectedErrors(page, sp.errors)).toEqual([]);
      const logged = sp.errors.length;
      expect(await focusLosses(page), 'controls after whose activation focus fell to <body>').toEqual([]);
      expect(await unexpectedErrors(page, sp.errors.slice(logged))).toEqual([]);
    });
  }
});
