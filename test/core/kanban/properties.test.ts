/**
 * Property tests of the board model against an independent model: plain per-column arrays
 * with a stack of snapshots for undo/redo. Random sequences of adds, moves (forced or not),
 * lane changes, blocks, removals, undos and redos.
 */
import {
  addCard,
  boardFromJSON,
  boardToJSON,
  createBoard,
  moveCard,
  redo,
  removeCard,
  undo,
  updateCard,
  type KanbanBoard,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../support/errors';

const COLUMNS = [
  { id: 'todo', title: 'To do' },
  { id: '__proto__', title: 'Doing', wipLimit: 2, policy: 'block' as const },
  { id: 'review', title: 'Review', wipLimit: 1, policy: 'warn' as const },
  { id: 'constructor', title: 'Blocked-limit', wipLimit: 1, policy: 'block' as const },
  { id: 'done', title: 'Done' },
];
const LANES = [
  { id: 'a', title: 'A' },
  { id: 'toString', title: 'B' },
];

type Op =
  | { k: 'add'; col: number; index: number }
  | { k: 'move'; card: number; col: number; index: number; force: boolean; lane: number }
  | { k: 'block'; card: number; on: boolean }
  | { k: 'remove'; card: number }
  | { k: 'undo' }
  | { k: 'redo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('add' as const), col: fc.nat(4), index: fc.nat(6) }),
  fc.record({
    k: fc.constant('move' as const),
    card: fc.nat(40),
    col: fc.nat(4),
    index: fc.nat(6),
    force: fc.boolean(),
    lane: fc.nat(2),
  }),
  fc.record({
    k: fc.constant('move' as const),
    card: fc.nat(40),
    col: fc.nat(4),
    index: fc.nat(6),
    force: fc.constant(false),
    lane: fc.constant(2),
  }),
  fc.record({ k: fc.constant('block' as const), card: fc.nat(40), on: fc.boolean() }),
  fc.record({ k: fc.constant('remove' as const), card: fc.nat(40) }),
  fc.constant({ k: 'undo' as const }),
  fc.constant({ k: 'redo' as const }),
);

/** The independent model: column id → card ids in order. */
type Model = Map<string, string[]>;
const cloneModel = (m: Model): Model => new Map([...m].map(([k, v]) => [k, v.slice()]));
const layout = (b: KanbanBoard): Model => {
  const m: Model = new Map(COLUMNS.map((c) => [c.id, [] as string[]]));
  for (const c of b.cards) (m.get(c.columnId) as string[]).push(c.id);
  return m;
};

interface Run {
  boards: KanbanBoard[]; // every board reached, in order
  forcedAny: boolean;
}

function run(ops: Op[], check: (b: KanbanBoard, model: Model) => void): Run {
  let board = createBoard({ columns: COLUMNS, lanes: LANES });
  let model: Model = layout(board);
  const past: Model[] = [];
  let future: Model[] = [];
  let t = 0;
  let next = 0;
  let forcedAny = false;
  const boards = [board];
  const commit = (b: KanbanBoard, m: Model) => {
    past.push(model);
    future = [];
    board = b;
    model = m;
  };
  for (const o of ops) {
    t += 60_000;
    const ids = board.cards.map((c) => c.id);
    const before = board;
    if (o.k === 'add') {
      const col = COLUMNS[o.col];
      const list = model.get(col.id) as string[];
      const id = next % 3 === 0 ? `__proto__${next}` : `c${next}`;
      next++;
      const index = Math.min(o.index, list.length);
      const full = col.policy === 'block' && list.length >= (col.wipLimit ?? Infinity);
      if (full) {
        expect(codeOf(() => addCard(board, { id, title: id, type: 'task', columnId: col.id }, { at: t, index }))).toBe(
          'WIP_LIMIT',
        );
      } else {
        const m = cloneModel(model);
        (m.get(col.id) as string[]).splice(index, 0, id);
        commit(addCard(board, { id, title: id, type: 'task', columnId: col.id }, { at: t, index }).board, m);
      }
    } else if (o.k === 'move') {
      if (ids.length === 0) continue;
      const cardId = ids[o.card % ids.length];
      const card = board.cards.find((c) => c.id === cardId);
      const col = COLUMNS[o.col];
      const fromList = model.get(card!.columnId) as string[];
      const same = card!.columnId === col.id;
      const targetLen = (model.get(col.id) as string[]).length - (same ? 1 : 0);
      const index = Math.min(o.index, targetLen);
      const toLaneId = o.lane === 2 ? undefined : LANES[o.lane].id;
      const full = !same && col.policy === 'block' && targetLen + 1 > (col.wipLimit ?? Infinity);
      if (full && !o.force) {
        expect(codeOf(() => moveCard(board, { cardId, toColumnId: col.id, toIndex: index, toLaneId, at: t }))).toBe('WIP_LIMIT');
      } else {
        const r = moveCard(board, { cardId, toColumnId: col.id, toIndex: index, toLaneId, at: t, force: o.force });
        const m = cloneModel(model);
        const from = m.get(card!.columnId) as string[];
        from.splice(fromList.indexOf(cardId), 1);
        (m.get(col.id) as string[]).splice(index, 0, cardId);
        if (r.event === null) {
          expect(r.board).toBe(board);
          expect(m).toEqual(model);
        } else {
          if (full) forcedAny = true;
          expect(r.event.forced === true).toBe(full);
          commit(r.board, m);
        }
      }
    } else if (o.k === 'block') {
      if (ids.length === 0) continue;
      const cardId = ids[o.card % ids.length];
      const isBlocked = board.cards.find((c) => c.id === cardId)!.blocked === true;
      if (isBlocked === o.on) continue;
      commit(
        updateCard(board, cardId, o.on ? { blocked: true, blockedReason: 'waiting' } : { blocked: false }, { at: t }).board,
        cloneModel(model),
      );
    } else if (o.k === 'remove') {
      if (ids.length === 0) continue;
      const cardId = ids[o.card % ids.length];
      const m = cloneModel(model);
      for (const list of m.values()) if (list.includes(cardId)) list.splice(list.indexOf(cardId), 1);
      commit(removeCard(board, cardId, { at: t }).board, m);
    } else if (o.k === 'undo') {
      board = undo(board);
      if (past.length > 0) {
        future.push(model);
        model = past.pop() as Model;
      }
    } else {
      board = redo(board);
      if (future.length > 0) {
        past.push(model);
        model = future.pop() as Model;
      }
    }
    if (board === before && o.k !== 'undo' && o.k !== 'redo') {
      // A refused change leaves the board exactly as it was.
      expect(board).toBe(before);
    }
    boards.push(board);
    check(board, model);
  }
  return { boards, forcedAny };
}

const blockOver = (b: KanbanBoard) =>
  COLUMNS.filter((c) => c.policy === 'block' && b.cards.filter((x) => x.columnId === c.id).length > (c.wipLimit as number)).map(
    (c) => c.id,
  );

describe('board model properties', () => {
  it('no sequence loses or duplicates a card; the board always equals the independent model', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        run(ops, (b, model) => {
          const ids = b.cards.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(layout(b)).toEqual(model);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a block limit is only ever exceeded by a forced move, and then the event says so', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        run(ops, (b) => {
          for (const colId of blockOver(b)) {
            expect(b.events.some((e) => e.type === 'move' && e.to === colId && e.forced === true)).toBe(true);
          }
        });
        const noForce = ops.map((o) => (o.k === 'move' ? { ...o, force: false } : o));
        run(noForce, (b) => expect(blockOver(b)).toEqual([]));
      }),
      { numRuns: 100 },
    );
  });

  it('undoing n steps restores the board of n changes ago exactly, and redo comes back', () => {
    fc.assert(
      fc.property(
        fc.array(
          op.filter((o) => o.k !== 'undo' && o.k !== 'redo'),
          { maxLength: 40 },
        ),
        fc.nat(40),
        (ops, n) => {
          const { boards } = run(ops, () => {});
          // The distinct boards in order are the history (refused and no-op changes repeat one).
          const history = boards.filter((b, i) => i === 0 || b !== boards[i - 1]);
          const last = history[history.length - 1];
          const steps = Math.min(n, history.length - 1);
          let b = last;
          for (let i = 0; i < steps; i++) b = undo(b);
          const target = history[history.length - 1 - steps];
          expect(b.cards).toEqual(target.cards);
          expect(b.events).toEqual(target.events);
          expect(b.redo).toHaveLength(steps);
          for (let i = 0; i < steps; i++) b = redo(b);
          expect(b).toEqual(last);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('boardFromJSON(boardToJSON(b)) equals b for every board reached', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { boards } = run(ops, () => {});
        for (const b of [boards[boards.length - 1], boards[boards.length >> 1]]) expect(boardFromJSON(boardToJSON(b))).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });
});
