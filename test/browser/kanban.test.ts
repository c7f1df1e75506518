/**
 * KanbanBoard in real Chromium, on the Controlled story (the board at its WIP limits, whose
 * host logs every event it receives): a keyboard-only move and a mouse drag each move a card
 * and reach onBoardChange with the right event; a drop into the full `block` Training column
 * is refused, shown and announced; axe stays clean after the interactions.
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

const STORY = 'widgets-kanbanboard--controlled';
const log = (page: Page) => page.locator('[data-testid="event-log"] li').allTextContents();
const announced = (page: Page) => page.evaluate(() => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '');
const column = (page: Page, id: string) => page.locator(`[data-column-id="${id}"]`);
const cardsIn = (page: Page, id: string) =>
  column(page, id)
    .locator('[data-sextant-card]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sextant-card')));

async function drag(page: Page, from: string, toColumn: string) {
  const src = page.locator(`[data-sextant-card="${from}"]`);
  const a = (await src.boundingBox())!;
  const b = (await column(page, toColumn).locator('.sextant-kanban-board__cards').boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  // Past the 5 px activation distance, then across in steps so dnd-kit sees the moves.
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height - 10, 60), { steps: 12 });
  // The board may have auto-scrolled under the pointer on the way (dnd-kit scrolls a container
  // when the pointer nears its edge): aim again at where the column is now, as a person would.
  const target = column(page, toColumn).locator('.sextant-kanban-board__cards');
  for (let i = 0; i < 3; i++) {
    const c = (await target.boundingBox())!;
    await page.mouse.move(c.x + c.width / 2, c.y + Math.min(c.height - 10, 60), { steps: 2 });
  }
  await page.mouse.up();
}

describe.runIf(runBrowser)('KanbanBoard in real Chromium', () => {
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

  it('keyboard only: Tab to a card, Space lifts, ArrowRight moves, Space drops; the event reaches the host', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openStory(page, server.url, STORY);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-sextant-card'));
    expect(focused).toBe('w-0');
    // Without lifting, arrows move focus between cards.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sextant-card'))).toBe('w-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    expect(await announced(page)).toMatch(/^Picked up Try focal loss on the minority class in Backlog, position 1 of 3\.$/);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
    expect(await announced(page)).toMatch(/^Try focal loss on the minority class is over Data ingestion/);
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
    expect(await log(page)).toEqual(['move w-0 backlog → ingestion']);
    expect(await cardsIn(page, 'ingestion')).toContain('w-0');
    // Data ingestion warns at 4: the move went through and says so.
    expect(await announced(page)).toBe(
      'Try focal loss on the minority class moved to Data ingestion, which is now over its WIP limit (5 of 4).',
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-sextant-card'))).toBe('w-0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Escape cancels a keyboard move: the card stays where it was, focused, and the cancel is announced', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openStory(page, server.url, STORY);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      // Wait for each step to land (dnd-kit measures and announces asynchronously): under
      // load a fixed pause let Escape arrive before the move it cancels.
      await expect.poll(() => announced(page)).toMatch(/^Picked up Try focal loss on the minority class in Backlog/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => announced(page)).toMatch(/^Try focal loss on the minority class is over Data ingestion/);
      await page.keyboard.press('Escape');
      await expect
        .poll(() => announced(page))
        .toBe('Moving Try focal loss on the minority class cancelled; it stays in Backlog.');
      expect(await log(page)).toEqual([]);
      expect(await cardsIn(page, 'backlog')).toEqual(['w-0', 'w-1', 'w-2']);
      expect(await cardsIn(page, 'ingestion')).not.toContain('w-0');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-sextant-card'))).toBe('w-0');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('mouse drag moves a card into another column and fires onBoardChange with the move', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize({ width: 1600, height: 900 });
    await openStory(page, server.url, STORY);
    await drag(page, 'w-1', 'evaluation');
    await expect.poll(() => log(page)).toEqual(['move w-1 backlog → evaluation']);
    expect(await cardsIn(page, 'evaluation')).toContain('w-1');
    expect(await cardsIn(page, 'backlog')).not.toContain('w-1');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a drop into the full block column is refused, shown and announced; axe clean [${theme}]`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1600, height: 900 });
      await openStory(page, server.url, STORY, theme);
      await drag(page, 'w-2', 'training');
      await page.waitForTimeout(200);
      expect(await log(page)).toEqual([]);
      expect(await cardsIn(page, 'training')).not.toContain('w-2');
      const text = 'Training is at its WIP limit of 3, so Calibrate scores with isotonic regression was not moved.';
      expect(await page.locator('.sextant-kanban-board__notice').textContent()).toContain(text);
      expect(await announced(page)).toBe(text);
      expect(await column(page, 'training').getAttribute('data-refused')).toBe('true');
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }
});
