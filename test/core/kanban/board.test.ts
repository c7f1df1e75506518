import {
  addCard,
  canRedo,
  canUndo,
  cardsFromDriftAlerts,
  createBoard,
  driftOverTime,
  labellingBoardTemplate,
  mlopsBoardTemplate,
  moveCard,
  redo,
  removeCard,
  undo,
  updateCard,
  type KanbanBoard,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const T0 = Date.UTC(2026, 2, 2, 9); // Monday 2026-03-02 09:00 UTC
const H = 3_600_000;

function small(): KanbanBoard {
  return createBoard({
    columns: [
      { id: 'todo', title: 'To do' },
      { id: 'doing', title: 'Doing', wipLimit: 2, policy: 'block' },
      { id: 'review', title: 'Review', wipLimit: 1, policy: 'warn' },
      { id: 'done', title: 'Done' },
    ],
    lanes: [
      { id: 'fraud', title: 'Fraud model' },
      { id: 'churn', title: 'Churn model' },
    ],
    cards: [
      { id: 'a', title: 'A', type: 'experiment', columnId: 'todo', createdAt: T0 },
      { id: 'b', title: 'B', type: 'data', columnId: 'todo', laneId: 'fraud', createdAt: T0 + H },
      { id: 'c', title: 'C', type: 'model', columnId: 'doing', createdAt: T0 - H },
      { id: 'd', title: 'D', type: 'task', columnId: 'todo', createdAt: T0 - 2 * H },
    ],
  });
}

const ids = (b: KanbanBoard, col: string) => b.cards.filter((c) => c.columnId === col).map((c) => c.id);

describe('createBoard', () => {
  it('groups cards by column in the order given and records adds oldest first', () => {
    const b = small();
    expect(b.cards.map((c) => c.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(b.events.map((e) => e.cardId)).toEqual(['d', 'c', 'a', 'b']);
    expect(b.baseline).toBe(4);
    expect(canUndo(b)).toBe(false);
    expect(b.cards[0].createdAt).toBe('2026-03-02T09:00:00.000Z');
    // Replaying the adds one by one lands each card where it sits now.
    let r = createBoard({ columns: b.columns, lanes: b.lanes });
    for (const e of b.events) {
      if (e.type !== 'add') throw new Error('add expected');
      r = addCard(r, e.card, { at: e.at, index: e.toIndex, force: true }).board;
    }
    expect(r.cards).toEqual(b.cards);
  });

  it('refuses bad definitions naming the field', () => {
    expect(codeOf(() => createBoard({ columns: [] }))).toBe('EMPTY_INPUT');
    expect(
      thrown(() =>
        createBoard({
          columns: [
            { id: 'x', title: 'X' },
            { id: 'x', title: 'Y' },
          ],
        }),
      ).message,
    ).toMatch(/columns\[1\]\.id/);
    expect(thrown(() => createBoard({ columns: [{ id: 'x', title: 'X', wipLimit: 0 }] })).message).toMatch(
      /columns\[0\]\.wipLimit/,
    );
    expect(codeOf(() => createBoard({ columns: [{ id: 'x', title: 'X', policy: 'stop' as 'block' }] }))).toBe('INVALID_OPTION');
    const e = thrown(() =>
      createBoard({
        columns: [{ id: 'x', title: 'X' }],
        cards: [{ id: 'a', title: 'A', type: 'bug' as 'task', columnId: 'x', createdAt: 0 }],
      }),
    );
    expect([e.code, e.message]).toEqual(['INVALID_VALUE', expect.stringMatching(/^cards\[0\]\.type must be one of/)]);
    expect(
      codeOf(() =>
        createBoard({
          columns: [{ id: 'x', title: 'X' }],
          cards: [{ id: 'a', title: 'A', type: 'task', columnId: 'y', createdAt: 0 }],
        }),
      ),
    ).toBe('NOT_FOUND');
    const noZone = thrown(() =>
      createBoard({
        columns: [{ id: 'x', title: 'X' }],
        cards: [{ id: 'a', title: 'A', type: 'task', columnId: 'x', createdAt: '2026-03-02T10:00:00' }],
      }),
    );
    expect(noZone.code).toBe('INVALID_VALUE');
    expect(noZone.message).toMatch(/^cards\[0\]\.createdAt .*no 'Z' or offset/);
    expect(codeOf(() => createBoard(null as never))).toBe('INVALID_OPTION');
  });
});

describe('moveCard', () => {
  it('moves between columns with a full event and leaves the old board alone', () => {
    const b = small();
    const before = JSON.stringify(b);
    const r = moveCard(b, { cardId: 'b', toColumnId: 'doing', toIndex: 0, at: T0 + 2 * H });
    expect(r.event).toEqual({
      type: 'move',
      cardId: 'b',
      at: '2026-03-02T11:00:00.000Z',
      from: 'todo',
      to: 'doing',
      fromIndex: 1,
      toIndex: 0,
      fromLaneId: 'fraud',
      toLaneId: 'fraud',
    });
    expect(ids(r.board, 'doing')).toEqual(['b', 'c']);
    expect(ids(r.board, 'todo')).toEqual(['a', 'd']);
    expect(JSON.stringify(b)).toBe(before);
  });

  it('reorders inside a column, and a move to the same place is no change', () => {
    const b = small();
    const r = moveCard(b, { cardId: 'a', toColumnId: 'todo', toIndex: 2, at: T0 + 2 * H });
    expect(ids(r.board, 'todo')).toEqual(['b', 'd', 'a']);
    const same = moveCard(b, { cardId: 'b', toColumnId: 'todo', toIndex: 1, at: T0 + 2 * H });
    expect(same.event).toBeNull();
    expect(same.board).toBe(b);
  });

  it('blocks at a block limit unless forced, warns at a warn limit', () => {
    let b = moveCard(small(), { cardId: 'a', toColumnId: 'doing', at: T0 + 2 * H }).board; // doing: c, a (2/2)
    const e = thrown(() => moveCard(b, { cardId: 'b', toColumnId: 'doing', at: T0 + 3 * H }));
    expect(e.code).toBe('WIP_LIMIT');
    expect(e.message).toBe('column "doing" is at its WIP limit (2); card "b" was not moved (pass force: true to override)');
    const forced = moveCard(b, { cardId: 'b', toColumnId: 'doing', at: T0 + 3 * H, force: true });
    expect(forced.event).toMatchObject({ forced: true, overLimit: { count: 3, limit: 2, policy: 'block' } });
    // Reordering inside a full column is not a new card in it.
    expect(moveCard(b, { cardId: 'a', toColumnId: 'doing', toIndex: 0, at: T0 + 3 * H }).event).not.toHaveProperty('overLimit');
    b = moveCard(b, { cardId: 'a', toColumnId: 'review', at: T0 + 3 * H }).board;
    const warn = moveCard(b, { cardId: 'c', toColumnId: 'review', at: T0 + 4 * H });
    expect(warn.event).toMatchObject({ overLimit: { count: 2, limit: 1, policy: 'warn' } });
    expect(warn.event).not.toHaveProperty('forced');
  });

  it('refuses unknown cards, columns, lanes, bad indices and time going backwards', () => {
    const b = small();
    expect(codeOf(() => moveCard(b, { cardId: 'zz', toColumnId: 'doing', at: T0 + H }))).toBe('NOT_FOUND');
    expect(codeOf(() => moveCard(b, { cardId: 'a', toColumnId: 'zz', at: T0 + H }))).toBe('NOT_FOUND');
    expect(codeOf(() => moveCard(b, { cardId: 'a', toColumnId: 'done', toLaneId: 'zz', at: T0 + H }))).toBe('NOT_FOUND');
    expect(thrown(() => moveCard(b, { cardId: 'a', toColumnId: 'done', toIndex: 1, at: T0 + H })).message).toBe(
      'move.toIndex must be an integer in 0…0; got 1',
    );
    const back = thrown(() => moveCard(b, { cardId: 'a', toColumnId: 'done', at: T0 }));
    expect(back.code).toBe('INVALID_VALUE');
    expect(back.message).toMatch(/^move\.at .* is before the board's last event/);
    expect(codeOf(() => moveCard(b, { cardId: 'a', toColumnId: 'done', at: '2026-03-02' }))).toBe('INVALID_VALUE');
    expect(codeOf(() => moveCard(b, { cardId: 'a', toColumnId: 'done', at: 9e15 }))).toBe('INVALID_VALUE');
    expect(codeOf(() => moveCard({ cards: [] } as never, { cardId: 'a', toColumnId: 'done', at: 0 }))).toBe('INVALID_STATE');
  });

  it('changes lanes and takes a card out of its lane', () => {
    const b = small();
    const r = moveCard(b, { cardId: 'b', toColumnId: 'todo', toLaneId: 'churn', at: T0 + 2 * H });
    expect(r.board.cards.find((c) => c.id === 'b')?.laneId).toBe('churn');
    const out = moveCard(r.board, { cardId: 'b', toColumnId: 'done', toLaneId: null, at: T0 + 3 * H });
    expect(out.board.cards.find((c) => c.id === 'b')).not.toHaveProperty('laneId');
    expect(undo(undo(out.board)).cards).toEqual(b.cards);
  });
});

describe('addCard, updateCard, removeCard, undo, redo', () => {
  it('adds at the end by default, respects block limits, and undo/redo are exact', () => {
    const b = small();
    const r = addCard(b, { id: 'e', title: 'E', type: 'incident', columnId: 'doing' }, { at: T0 + 2 * H });
    expect(r.event.toIndex).toBe(1);
    expect(r.event.card.createdAt).toBe('2026-03-02T11:00:00.000Z');
    expect(codeOf(() => addCard(r.board, { id: 'f', title: 'F', type: 'task', columnId: 'doing' }, { at: T0 + 3 * H }))).toBe(
      'WIP_LIMIT',
    );
    expect(codeOf(() => addCard(r.board, { id: 'e', title: 'dup', type: 'task' }, { at: T0 + 3 * H }))).toBe('INVALID_VALUE');
    expect(undo(r.board)).toEqual({ ...b, redo: [r.event] });
    expect(redo(undo(r.board))).toEqual(r.board);
    expect(canRedo(undo(r.board))).toBe(true);
    // A new change forgets what could be redone.
    const fresh = moveCard(undo(r.board), { cardId: 'a', toColumnId: 'done', at: T0 + 3 * H }).board;
    expect(fresh.redo).toEqual([]);
    // Undo stops at the board's starting cards.
    expect(undo(b)).toBe(b);
  });

  it('blocks with a reason, unblocking clears it, and undo restores both', () => {
    const b = small();
    const blocked = updateCard(b, 'c', { blocked: true, blockedReason: 'GPU quota' }, { at: T0 + H });
    expect(blocked.board.cards.find((c) => c.id === 'c')).toMatchObject({ blocked: true, blockedReason: 'GPU quota' });
    const un = updateCard(blocked.board, 'c', { blocked: false }, { at: T0 + 2 * H });
    expect(un.event.after).toEqual({ blocked: false, blockedReason: null });
    const card = un.board.cards.find((c) => c.id === 'c');
    expect(card).not.toHaveProperty('blocked');
    expect(card).not.toHaveProperty('blockedReason');
    expect(undo(un.board).cards).toEqual(blocked.board.cards);
    expect(undo(undo(un.board)).cards).toEqual(b.cards);
    expect(codeOf(() => updateCard(b, 'c', { blockedReason: 'why' }, { at: T0 + H }))).toBe('INVALID_VALUE');
    expect(codeOf(() => updateCard(b, 'c', { title: 'C' }, { at: T0 + H }))).toBe('INVALID_OPTION'); // no change
    expect(codeOf(() => updateCard(b, 'c', { colour: 'red' } as never, { at: T0 + H }))).toBe('INVALID_OPTION');
  });

  it('removes a card and undo puts it back in its place', () => {
    const b = small();
    const r = removeCard(b, 'b', { at: T0 + H });
    expect(ids(r.board, 'todo')).toEqual(['a', 'd']);
    expect(undo(r.board).cards).toEqual(b.cards);
  });
});

describe('hostile ids and strings', () => {
  it('keeps __proto__, constructor and toString as card, column, lane and owner names', () => {
    const b = createBoard({
      columns: [
        { id: '__proto__', title: '__proto__' },
        { id: 'constructor', title: '<script>alert(1)</script>', wipLimit: 1, policy: 'block' },
      ],
      lanes: [{ id: 'toString', title: 'مسار' }],
      cards: [
        {
          id: '__proto__',
          title: 'x'.repeat(200),
          type: 'task',
          columnId: '__proto__',
          laneId: 'toString',
          owner: '__proto__',
          createdAt: 0,
        },
      ],
    });
    const r = moveCard(b, { cardId: '__proto__', toColumnId: 'constructor', at: 1 });
    expect(r.board.cards[0]).toMatchObject({ id: '__proto__', columnId: 'constructor', owner: '__proto__', laneId: 'toString' });
    expect(({} as Record<string, unknown>).columnId).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('columnId');
    expect(undo(r.board).cards).toEqual(b.cards);
  });
});

describe('templates and drift incidents', () => {
  it('MLOps and labelling templates are boards with flow bounds', () => {
    expect(mlopsBoardTemplate().flow).toEqual({ start: 'ingestion', done: 'production' });
    expect(labellingBoardTemplate({ lanes: [{ id: 'img', title: 'Images' }] }).lanes).toEqual([{ id: 'img', title: 'Images' }]);
  });

  it("turns driftOverTime's start alerts into incident cards with their evidence", () => {
    const reference = { amount: Array.from({ length: 300 }, (_, i) => (i % 30) / 30) };
    const batches = [0, 0.6, 0.6, 0].map((shift, d) => ({
      at: `2026-03-0${d + 2}T06:00:00Z`,
      columns: { amount: Array.from({ length: 300 }, (_, i) => (i % 30) / 30 + shift) },
    }));
    const drift = driftOverTime(reference, batches);
    expect(drift.alerts.map((a) => a.kind)).toEqual(['start', 'end']);
    const cards = cardsFromDriftAlerts(drift.alerts, {
      features: drift.features,
      model: 'fraud v3',
      owner: 'ana',
      laneId: 'fraud',
    });
    expect(cards).toEqual([
      {
        id: 'drift:amount@2026-03-03T06:00:00.000Z',
        title: 'Drift in amount (fraud v3)',
        type: 'incident',
        columnId: 'backlog',
        laneId: 'fraud',
        owner: 'ana',
        createdAt: '2026-03-03T06:00:00.000Z',
        tags: ['drift', 'amount'],
        evidence: {
          feature: 'amount',
          score: drift.alerts[0].score,
          method: drift.features[0].method,
          batchAt: '2026-03-03T06:00:00.000Z',
        },
      },
    ]);
    const board = mlopsBoardTemplate({ lanes: [{ id: 'fraud', title: 'Fraud' }], cards });
    expect(board.cards[0].evidence?.method).toBe('ks');
    const e = thrown(() => cardsFromDriftAlerts([{ at: 'yesterday', feature: 'x', kind: 'start', score: 1 }]));
    expect([e.code, e.index]).toEqual(['INVALID_VALUE', 0]);
    expect(codeOf(() => cardsFromDriftAlerts({ length: 1e9 } as never))).toBe('INVALID_OPTION');
  });
});
