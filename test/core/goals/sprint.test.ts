import {
  addCard,
  boardFromJSON,
  boardToJSON,
  createBoard,
  moveCard,
  removeCard,
  sprintBurndown,
  updateCard,
  type KanbanBoard,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const T = (day: number, hour = 0) => Date.UTC(2026, 2, day, hour); // March 2026
const SPRINT = { from: '2026-03-02T00:00:00Z', to: '2026-03-06T00:00:00Z' }; // 4 days: 2nd–5th
const EST = { a: 3, b: 5, c: 2, d: 8, e: 1 };

/**
 * The worked sprint (tag 'sprint-7'):
 *   before: a, b tagged in todo (committed); c tagged, done on Feb 28 (not in the sprint); d untagged
 *   2nd 10:00 a → doing, 15:00 a → done
 *   3rd 09:00 e added, tagged (scope change); 12:00 d tagged (scope change)
 *   4th 09:00 a moved back to doing (reopened); 11:00 c reopened (joins); 16:00 b removed
 *   5th 10:00 a and e → done
 *   6th 09:00 d → done (after the sprint: ignored)
 */
function worked(): KanbanBoard {
  let b = createBoard({
    columns: [
      { id: 'backlog', title: 'Backlog' },
      { id: 'todo', title: 'To do' },
      { id: 'doing', title: 'Doing' },
      { id: 'done', title: 'Done' },
    ],
    cards: [
      { id: 'a', title: 'A', type: 'experiment', columnId: 'todo', tags: ['sprint-7'], createdAt: Date.UTC(2026, 1, 27) },
      { id: 'b', title: 'B', type: 'data', columnId: 'todo', tags: ['sprint-7'], createdAt: Date.UTC(2026, 1, 27) },
      { id: 'c', title: 'C', type: 'model', columnId: 'todo', tags: ['sprint-7'], createdAt: Date.UTC(2026, 1, 27) },
      { id: 'd', title: 'D', type: 'task', columnId: 'todo', createdAt: Date.UTC(2026, 1, 27) },
    ],
  });
  const mv = (cardId: string, toColumnId: string, at: number) => {
    b = moveCard(b, { cardId, toColumnId, at }).board;
  };
  mv('c', 'done', Date.UTC(2026, 1, 28));
  mv('a', 'doing', T(2, 10));
  mv('a', 'done', T(2, 15));
  b = addCard(b, { id: 'e', title: 'E', type: 'incident', columnId: 'todo', tags: ['sprint-7'] }, { at: T(3, 9) }).board;
  b = updateCard(b, 'd', { tags: ['sprint-7'] }, { at: T(3, 12) }).board;
  mv('a', 'doing', T(4, 9));
  mv('c', 'doing', T(4, 11));
  b = removeCard(b, 'b', { at: T(4, 16) }).board;
  mv('a', 'done', T(5, 10));
  mv('e', 'done', T(5, 10));
  mv('d', 'done', T(6, 9));
  return b;
}

describe('sprintBurndown', () => {
  it('burns down, burns up and counts scope change from the events (worked above)', () => {
    const s = sprintBurndown(worked(), { sprint: SPRINT, done: 'done', tag: 'sprint-7', estimates: EST });
    expect(s.committed).toEqual({ cards: 2, points: 8 });
    expect(s.days.map((d) => [d.date, d.scope, d.completed, d.remaining, d.added, d.removed])).toEqual([
      ['2026-03-02', 2, 1, 1, 0, 0],
      ['2026-03-03', 4, 1, 3, 2, 0],
      ['2026-03-04', 4, 0, 4, 3, 1],
      ['2026-03-05', 4, 2, 2, 3, 1],
    ]);
    // Points: a 3, b 5, c 2, d 8, e 1.
    expect(s.days.map((d) => d.points)).toEqual([
      { scope: 8, completed: 3, remaining: 5 },
      { scope: 17, completed: 3, remaining: 14 },
      { scope: 14, completed: 0, remaining: 14 },
      { scope: 14, completed: 4, remaining: 10 },
    ]);
    expect(s.days[3].at).toBe('2026-03-06T00:00:00.000Z');
    // Ideal: 2 cards (8 points) at the start, linearly to 0 at the end.
    expect(s.ideal.map((d) => [d.cards, d.points])).toEqual([
      [1.5, 6],
      [1, 4],
      [0.5, 2],
      [0, 0],
    ]);
    expect(s.cards).toEqual([
      {
        cardId: 'a',
        title: 'A',
        committed: true,
        addedAt: null,
        completedAt: '2026-03-05T10:00:00.000Z',
        inScope: true,
        points: 3,
      },
      { cardId: 'b', title: 'B', committed: true, addedAt: null, completedAt: null, inScope: false, points: 5 },
      {
        cardId: 'e',
        title: 'E',
        committed: false,
        addedAt: '2026-03-03T09:00:00.000Z',
        completedAt: '2026-03-05T10:00:00.000Z',
        inScope: true,
        points: 1,
      },
      {
        cardId: 'd',
        title: 'D',
        committed: false,
        addedAt: '2026-03-03T12:00:00.000Z',
        completedAt: null,
        inScope: true,
        points: 8,
      },
      {
        cardId: 'c',
        title: 'C',
        committed: false,
        addedAt: '2026-03-04T11:00:00.000Z',
        completedAt: null,
        inScope: true,
        points: 2,
      },
    ]);
    expect(s.unestimated).toEqual([]);
  });

  it('stops at now: the date holding now is read at now', () => {
    const s = sprintBurndown(worked(), { sprint: SPRINT, done: 'done', tag: 'sprint-7', now: T(4, 12) });
    expect(s.days.map((d) => [d.date, d.scope, d.completed, d.remaining])).toEqual([
      ['2026-03-02', 2, 1, 1],
      ['2026-03-03', 4, 1, 3],
      ['2026-03-04', 5, 0, 5], // a and c reopened, b not yet removed
    ]);
    expect(s.days[2].at).toBe('2026-03-04T12:00:00.000Z');
    expect(s.days[0].points).toBeNull();
    expect(s.ideal).toHaveLength(4);
    expect(sprintBurndown(worked(), { sprint: SPRINT, done: 'done', now: SPRINT.from }).days).toEqual([]);
  });

  it('without a tag every card not done at the start is in the sprint; missing estimates are listed', () => {
    const s = sprintBurndown(worked(), { sprint: SPRINT, done: 'done', estimates: new Map([['a', 3]]) });
    expect(s.committed).toEqual({ cards: 3, points: 3 }); // a, b, d
    expect(s.unestimated).toEqual(['b', 'd', 'e', 'c']);
  });

  it('reads the same from a saved board, and keeps cards named __proto__', () => {
    let b = createBoard({
      columns: [
        { id: 'todo', title: 'To do' },
        { id: 'done', title: 'Done' },
      ],
    });
    b = addCard(b, { id: '__proto__', title: '<script>', type: 'task', columnId: 'todo' }, { at: T(1) }).board;
    b = addCard(b, { id: 'constructor', title: 'x', type: 'task', columnId: 'todo' }, { at: T(1) }).board;
    b = moveCard(b, { cardId: '__proto__', toColumnId: 'done', at: T(2, 5) }).board;
    const est = JSON.parse('{"__proto__": 2, "constructor": 3}') as Record<string, number>;
    const s = sprintBurndown(boardFromJSON(boardToJSON(b)), { sprint: { from: T(2), to: T(3) }, done: 'done', estimates: est });
    expect(s.days).toEqual([
      {
        date: '2026-03-02',
        at: '2026-03-03T00:00:00.000Z',
        scope: 2,
        completed: 1,
        remaining: 1,
        added: 0,
        removed: 0,
        points: { scope: 5, completed: 2, remaining: 3 },
      },
    ]);
    expect(s.cards.map((c) => c.cardId)).toEqual(['__proto__', 'constructor']);
  });

  it('refuses bad options and boards', () => {
    const b = worked();
    expect(codeOf(() => sprintBurndown(b, { sprint: SPRINT, done: 'nope' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sprintBurndown(b, { sprint: { from: SPRINT.to, to: SPRINT.from }, done: 'done' }))).toBe(
      'INVALID_INTERVAL',
    );
    expect(codeOf(() => sprintBurndown(b, { sprint: { from: '2026-03-02', to: SPRINT.to }, done: 'done' }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => sprintBurndown(b, { sprint: { from: 0, to: 8.64e15 }, done: 'done' }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => sprintBurndown(b, { sprint: SPRINT, done: 'done', estimates: { a: -1 } }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sprintBurndown(b, { sprint: SPRINT, done: 'done', estimates: { a: 1e308 } }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sprintBurndown(b, { sprint: SPRINT, done: 'done', tag: '' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sprintBurndown({} as never, { sprint: SPRINT, done: 'done' }))).toBe('INVALID_STATE');
    const shuffled = { ...b, events: [b.events[5], b.events[0]] };
    const e = thrown(() => sprintBurndown(shuffled, { sprint: SPRINT, done: 'done' }));
    expect([e.code, e.index]).toEqual(['INVALID_STATE', 1]);
  });

  it('property: remaining = scope − completed, all counts ≥ 0, and the last reading matches the cards', () => {
    const cols = ['todo', 'doing', 'done'];
    const step = fc.record({
      kind: fc.constantFrom('move', 'add', 'remove'),
      card: fc.integer({ min: 0, max: 5 }),
      col: fc.integer({ min: 0, max: 2 }),
      hours: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let b = createBoard({ columns: cols.map((id) => ({ id, title: id })) });
        const on = new Set<string>();
        let t = T(1);
        for (const s of steps) {
          t += s.hours * 3_600_000;
          const id = `c${s.card}`;
          if (s.kind === 'add' && !on.has(id)) {
            b = addCard(b, { id, title: id, type: 'task', columnId: cols[s.col] }, { at: t }).board;
            on.add(id);
          } else if (s.kind === 'move' && on.has(id)) {
            const r = moveCard(b, { cardId: id, toColumnId: cols[s.col], at: t });
            b = r.board;
          } else if (s.kind === 'remove' && on.has(id)) {
            b = removeCard(b, id, { at: t }).board;
            on.delete(id);
          }
        }
        const r = sprintBurndown(b, { sprint: { from: T(3), to: T(20) }, done: 'done' });
        for (const d of r.days) {
          expect(d.remaining).toBe(d.scope - d.completed);
          expect(d.scope).toBeGreaterThanOrEqual(0);
          expect(d.completed).toBeGreaterThanOrEqual(0);
          expect(d.completed).toBeLessThanOrEqual(d.scope);
          expect(d.scope).toBe(r.committed.cards + d.added - d.removed);
        }
        const last = r.days[r.days.length - 1];
        expect(r.cards.filter((c) => c.inScope).length).toBe(last.scope);
        expect(r.cards.filter((c) => c.completedAt !== null).length).toBe(last.completed);
      }),
    );
  });
});
