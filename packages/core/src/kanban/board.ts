import { SextantError } from '../errors';
import { isoInstantToEpoch } from '../internal/instant';
import { show } from '../internal/validate';
import { applyEvent, columnOrder, findCard, segment, type ColumnOrder } from './apply';
import {
  checkArray,
  checkCard,
  checkCardType,
  checkColumns,
  checkId,
  checkInstant,
  checkLanes,
  checkString,
  checkTags,
  failWith,
  isPlainObject,
  type Fail,
} from './check';
import type {
  CardPatch,
  FlowColumns,
  KanbanAddEvent,
  KanbanBoard,
  KanbanCard,
  KanbanCardInput,
  KanbanColumn,
  KanbanEvent,
  KanbanLane,
  KanbanMoveEvent,
  KanbanRemoveEvent,
  KanbanUpdateEvent,
  WipExcess,
} from './types';

/** What {@link createBoard} builds a board from. */
export interface BoardDefinition {
  columns: readonly KanbanColumn[];
  lanes?: readonly KanbanLane[];
  /** Cards already on the board; each needs `columnId` and `createdAt` (its `add` event is at `createdAt`). */
  cards?: readonly KanbanCardInput[];
  /** Default `start` and `done` columns for `flowMetrics`. */
  flow?: FlowColumns;
}

/** The result of a change: the new board and the event it appended. */
export interface BoardChange<E extends KanbanEvent = KanbanEvent> {
  board: KanbanBoard;
  event: E;
}

/**
 * A new board from its columns, optional swimlanes and the cards already on it.
 *
 * The starting cards become `add` events at their `createdAt` (oldest first), so flow
 * metrics see them; `undo` never goes back past them. Cards are placed in each column in
 * the order given. Only card fields are copied; any other property of the input is ignored.
 *
 * @throws SextantError `EMPTY_INPUT` (no columns), `INVALID_OPTION` (a bad column, lane or
 *   `flow`: missing id, duplicate id, `wipLimit` not an integer ≥ 1, unknown `policy`),
 *   `INVALID_VALUE` (a bad card field, a duplicate card id), `NOT_FOUND` (a card in a column
 *   or lane the board does not have). Messages name the field, e.g. `cards[3].createdAt`.
 * @example
 * ```ts
 * import { createBoard } from '@sextant/core';
 * const board = createBoard({
 *   columns: [{ id: 'todo', title: 'To do' }, { id: 'doing', title: 'Doing', wipLimit: 2, policy: 'block' }, { id: 'done', title: 'Done' }],
 *   cards: [{ id: 'exp-1', title: 'Try focal loss', type: 'experiment', columnId: 'todo', createdAt: '2026-03-02T09:00:00Z' }],
 * });
 * board.cards.length; // → 1
 * board.events[0]; // → { type: 'add', cardId: 'exp-1', at: '2026-03-02T09:00:00.000Z', to: 'todo', toIndex: 0, … }
 * ```
 */
export function createBoard(definition: BoardDefinition): KanbanBoard {
  if (!isPlainObject(definition)) {
    throw new SextantError(
      'INVALID_OPTION',
      `definition must be an object { columns, lanes?, cards? }; got ${show(definition)}`,
      {
        argument: 'definition',
      },
    );
  }
  const optFail: Fail = failWith('INVALID_OPTION', 'definition');
  const columns = checkColumns(definition.columns, 'columns', optFail, false);
  const lanes = checkLanes(definition.lanes, 'lanes', optFail, false);
  const order = columnOrder(columns);
  const laneIds = new Set(lanes.map((l) => l.id));
  const flow = definition.flow === undefined ? undefined : checkFlow(definition.flow, 'flow', optFail, order);
  const valFail: Fail = failWith('INVALID_VALUE', 'cards');
  const input = definition.cards === undefined ? [] : checkArray(definition.cards, 'cards', valFail);
  const given: KanbanCard[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const card = checkCard(input[i], `cards[${i}]`, valFail, false);
    if (seen.has(card.id)) valFail(`cards[${i}].id`, `${show(card.id)} is already the id of another card`);
    seen.add(card.id);
    if (!order.has(card.columnId))
      valFail(`cards[${i}].columnId`, `${show(card.columnId)} is not a column of the board`, 'NOT_FOUND');
    if (card.laneId !== undefined && !laneIds.has(card.laneId)) {
      valFail(`cards[${i}].laneId`, `${show(card.laneId)} is not a lane of the board`, 'NOT_FOUND');
    }
    given.push(card);
  }
  // Stable sort: by column, then as given. Events go oldest first (ties as given).
  const cards = given
    .map((c, i) => ({ c, i, col: order.get(c.columnId) as number }))
    .sort((a, b) => a.col - b.col || a.i - b.i)
    .map((x) => x.c);
  const byTime = given.map((c, i) => ({ c, i, t: isoInstantToEpoch(c.createdAt) })).sort((a, b) => a.t - b.t || a.i - b.i);
  // Replay the adds in time order; each lands at the place it has in the final column.
  const events: KanbanEvent[] = [];
  const built: KanbanCard[] = [];
  const finalIndex = new Map<string, number>();
  for (let k = 0; k < cards.length; k++) {
    const [s] = segment(cards, order, cards[k].columnId);
    finalIndex.set(cards[k].id, k - s);
  }
  for (const { c } of byTime) {
    const target = finalIndex.get(c.id) as number;
    const [s, e] = segment(built, order, c.columnId);
    // Place among the cards of the column already added that come before it in the final order.
    let idx = 0;
    while (idx < e - s && (finalIndex.get(built[s + idx].id) as number) < target) idx++;
    applyEvent(built, order, { type: 'add', cardId: c.id, at: c.createdAt, to: c.columnId, toIndex: idx, card: c }, false);
    events.push({ type: 'add', cardId: c.id, at: c.createdAt, to: c.columnId, toIndex: idx, card: c });
  }
  const board: KanbanBoard = { version: 1, columns, lanes, cards: built, events, redo: [], baseline: events.length };
  if (flow !== undefined) board.flow = flow;
  return board;
}

export function checkFlow(v: unknown, path: string, fail: Fail, order: ColumnOrder): FlowColumns {
  if (!isPlainObject(v)) return fail(path, `must be an object { start, done }; got ${show(v)}`);
  const start = checkId(v.start, `${path}.start`, fail);
  const done = checkId(v.done, `${path}.done`, fail);
  if (!order.has(start)) fail(`${path}.start`, `${show(start)} is not a column of the board`);
  if (!order.has(done)) fail(`${path}.done`, `${show(done)} is not a column of the board`);
  if ((order.get(start) as number) >= (order.get(done) as number)) fail(path, 'must have start before done');
  return { start, done };
}

/** Cheap shape check of a board argument (a full check is `boardFromJSON`'s job). */
function assertBoard(board: unknown, name = 'board'): asserts board is KanbanBoard {
  const b = board as KanbanBoard;
  if (
    !isPlainObject(board) ||
    !Array.isArray(b.columns) ||
    !Array.isArray(b.lanes) ||
    !Array.isArray(b.cards) ||
    !Array.isArray(b.events) ||
    !Array.isArray(b.redo) ||
    typeof b.baseline !== 'number' ||
    // A tampered baseline (past the history, negative, fractional) would make undo a silent no-op.
    !Number.isInteger(b.baseline) ||
    b.baseline < 0 ||
    b.baseline > b.events.length
  ) {
    throw new SextantError('INVALID_STATE', `${name} is not a board made by createBoard or boardFromJSON`, { argument: name });
  }
}

/** Epoch ms of the last event, or -Infinity. */
function lastAt(board: KanbanBoard): number {
  const n = board.events.length;
  return n === 0 ? -Infinity : isoInstantToEpoch(board.events[n - 1].at);
}

function checkAt(board: KanbanBoard, at: unknown, path: string): string {
  const iso = checkInstant(at, path, failWith('INVALID_VALUE', path));
  const last = lastAt(board);
  if (isoInstantToEpoch(iso) < last) {
    throw new SextantError(
      'INVALID_VALUE',
      `${path} ${iso} is before the board's last event (${board.events[board.events.length - 1].at}); changes are recorded in time order`,
      { argument: path, value: at },
    );
  }
  return iso;
}

function wipExcess(
  board: KanbanBoard,
  col: KanbanColumn,
  countAfter: number,
  force: boolean,
  cardId: string,
): { overLimit?: WipExcess; forced?: true } {
  if (col.wipLimit === undefined || countAfter <= col.wipLimit) return {};
  const policy = col.policy ?? 'warn';
  if (policy === 'block' && !force) {
    throw new SextantError(
      'WIP_LIMIT',
      `column ${show(col.id)} is at its WIP limit (${col.wipLimit}); card ${show(cardId)} was not moved (pass force: true to override)`,
      { argument: 'toColumnId', value: col.id },
    );
  }
  const out: { overLimit?: WipExcess; forced?: true } = { overLimit: { count: countAfter, limit: col.wipLimit, policy } };
  if (policy === 'block') out.forced = true;
  return out;
}

function withEvent<E extends KanbanEvent>(board: KanbanBoard, cards: KanbanCard[], event: E): BoardChange<E> {
  const next: KanbanBoard = { ...board, cards, events: board.events.concat([event]), redo: [] };
  return { board: next, event };
}

/** Options of {@link addCard}. */
export interface AddCardOptions {
  /** When the card joins the board (epoch ms or ISO 8601 with `Z`/offset). */
  at: string | number;
  /** Place in the column (across lanes). @default the end of the column */
  index?: number;
  /** Add past a `block` column's WIP limit. @default false */
  force?: boolean;
}

function checkIndex(v: unknown, max: number, path: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    throw new SextantError('INVALID_OPTION', `${path} must be an integer in 0…${max}; got ${show(v)}`, {
      argument: path,
      value: v,
    });
  }
  return v;
}

function checkForce(v: unknown, path: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean')
    throw new SextantError('INVALID_OPTION', `${path} must be a boolean; got ${show(v)}`, { argument: path });
  return v;
}

/**
 * Add a card to the board. `card.columnId` defaults to the first column, `card.createdAt`
 * to `at`.
 *
 * @throws SextantError `INVALID_VALUE` (a bad card field, a duplicate id, `at` before the
 *   board's last event or before `createdAt`), `NOT_FOUND` (unknown column or lane),
 *   `WIP_LIMIT` (a full `block` column without `force`), `INVALID_OPTION` (bad `index`/`force`).
 * @example
 * ```ts
 * import { addCard, mlopsBoardTemplate } from '@sextant/core';
 * const board = mlopsBoardTemplate();
 * const { event } = addCard(board, { id: 'd-7', title: 'Backfill March labels', type: 'data' }, { at: '2026-03-02T10:00:00Z' });
 * event; // → { type: 'add', cardId: 'd-7', to: 'backlog', toIndex: 0, … }
 * ```
 */
export function addCard(board: KanbanBoard, card: KanbanCardInput, options: AddCardOptions): BoardChange<KanbanAddEvent> {
  assertBoard(board);
  if (!isPlainObject(options)) {
    throw new SextantError('INVALID_OPTION', `options must be an object { at, index?, force? }; got ${show(options)}`, {
      argument: 'options',
    });
  }
  const at = checkAt(board, options.at, 'options.at');
  const fail: Fail = failWith('INVALID_VALUE', 'card');
  const c = checkCard(card, 'card', fail, false, { columnId: board.columns[0].id, createdAt: at });
  const order = columnOrder(board.columns);
  if (!order.has(c.columnId)) fail('card.columnId', `${show(c.columnId)} is not a column of the board`, 'NOT_FOUND');
  if (c.laneId !== undefined && !board.lanes.some((l) => l.id === c.laneId)) {
    fail('card.laneId', `${show(c.laneId)} is not a lane of the board`, 'NOT_FOUND');
  }
  if (findCard(board.cards, c.id) >= 0) fail('card.id', `${show(c.id)} is already the id of a card on the board`);
  if (isoInstantToEpoch(c.createdAt) > isoInstantToEpoch(at))
    fail('card.createdAt', `${c.createdAt} is after options.at (${at})`);
  const [s, e] = segment(board.cards, order, c.columnId);
  const index = checkIndex(options.index, e - s, 'options.index') ?? e - s;
  const col = board.columns[order.get(c.columnId) as number];
  const wip = wipExcess(board, col, e - s + 1, checkForce(options.force, 'options.force'), c.id);
  const cards = board.cards.slice();
  cards.splice(s + index, 0, c);
  const event: KanbanAddEvent = { type: 'add', cardId: c.id, at, to: c.columnId, toIndex: index, card: c, ...wip };
  return withEvent(board, cards, event);
}

/** What {@link moveCard} moves, where and when. */
export interface MoveCardInput {
  cardId: string;
  toColumnId: string;
  /** Place in the target column (across lanes), counted without the moving card. @default the end */
  toIndex?: number;
  /** Swimlane to put the card in; `null` takes it out of its lane. @default its lane */
  toLaneId?: string | null;
  at: string | number;
  /** Move past a `block` column's WIP limit (recorded on the event). @default false */
  force?: boolean;
}

/** A move that changes nothing: the same board back and no event. */
export interface NoMove {
  board: KanbanBoard;
  event: null;
}

/**
 * Move a card to a column (and optionally a place and a lane). A move into a `block` column
 * at its limit is refused with `WIP_LIMIT` unless `force`; a `warn` column takes it and the
 * event carries `overLimit`. Moving within a column never counts against its limit. A move
 * to where the card already is returns the same board and `event: null`.
 *
 * @throws SextantError `NOT_FOUND` (unknown card, column or lane), `WIP_LIMIT`,
 *   `INVALID_VALUE` (`at` not an instant or before the board's last event),
 *   `INVALID_OPTION` (bad `toIndex` / `force`).
 * @example
 * ```ts
 * import { createBoard, moveCard } from '@sextant/core';
 * const board = createBoard({
 *   columns: [{ id: 'todo', title: 'To do' }, { id: 'doing', title: 'Doing', wipLimit: 1, policy: 'block' }],
 *   cards: [
 *     { id: 'a', title: 'Tune LR', type: 'experiment', columnId: 'todo', createdAt: '2026-03-02T09:00:00Z' },
 *     { id: 'b', title: 'Relabel', type: 'data', columnId: 'todo', createdAt: '2026-03-02T09:00:00Z' },
 *   ],
 * });
 * const first = moveCard(board, { cardId: 'a', toColumnId: 'doing', at: '2026-03-03T09:00:00Z' });
 * first.event; // → { type: 'move', cardId: 'a', from: 'todo', to: 'doing', fromIndex: 0, toIndex: 0, … }
 * moveCard(first.board, { cardId: 'b', toColumnId: 'doing', at: '2026-03-03T10:00:00Z' });
 * // throws SextantError WIP_LIMIT: "column \"doing\" is at its WIP limit (1); card \"b\" was not moved (pass force: true to override)"
 * ```
 */
export function moveCard(board: KanbanBoard, move: MoveCardInput): BoardChange<KanbanMoveEvent> | NoMove {
  assertBoard(board);
  if (!isPlainObject(move)) {
    throw new SextantError('INVALID_OPTION', `move must be an object { cardId, toColumnId, at, … }; got ${show(move)}`, {
      argument: 'move',
    });
  }
  const { cardId, toColumnId } = move;
  if (typeof cardId !== 'string')
    throw new SextantError('NOT_FOUND', `move.cardId must be a card id; got ${show(cardId)}`, { argument: 'move.cardId' });
  const p = findCard(board.cards, cardId);
  if (p < 0)
    throw new SextantError('NOT_FOUND', `move.cardId ${show(cardId)} is not a card on the board`, {
      argument: 'move.cardId',
      value: cardId,
    });
  const order = columnOrder(board.columns);
  if (typeof toColumnId !== 'string' || !order.has(toColumnId)) {
    throw new SextantError('NOT_FOUND', `move.toColumnId ${show(toColumnId)} is not a column of the board`, {
      argument: 'move.toColumnId',
      value: toColumnId,
    });
  }
  const card = board.cards[p];
  let toLaneId = card.laneId;
  if (move.toLaneId !== undefined) {
    if (move.toLaneId === null) toLaneId = undefined;
    else if (typeof move.toLaneId !== 'string' || !board.lanes.some((l) => l.id === move.toLaneId)) {
      throw new SextantError('NOT_FOUND', `move.toLaneId ${show(move.toLaneId)} is not a lane of the board`, {
        argument: 'move.toLaneId',
        value: move.toLaneId,
      });
    } else toLaneId = move.toLaneId;
  }
  const at = checkAt(board, move.at, 'move.at');
  const force = checkForce(move.force, 'move.force');
  const from = card.columnId;
  const [fs] = segment(board.cards, order, from);
  const fromIndex = p - fs;
  const [ts, te] = segment(board.cards, order, toColumnId);
  const others = te - ts - (from === toColumnId ? 1 : 0);
  const toIndex = checkIndex(move.toIndex, others, 'move.toIndex') ?? others;
  if (from === toColumnId && toIndex === fromIndex && toLaneId === card.laneId) return { board, event: null };
  const col = board.columns[order.get(toColumnId) as number];
  const wip = from === toColumnId ? {} : wipExcess(board, col, others + 1, force, cardId);
  const event: KanbanMoveEvent = { type: 'move', cardId, at, from, to: toColumnId, fromIndex, toIndex, ...wip };
  if (card.laneId !== undefined) event.fromLaneId = card.laneId;
  if (toLaneId !== undefined) event.toLaneId = toLaneId;
  const cards = board.cards.slice();
  applyEvent(cards, order, event, false);
  return withEvent(board, cards, event);
}

/**
 * Change a card's title, type, owner, tags, lane or blocked flag (with its reason). `null`
 * clears an optional field; `blocked: false` also clears the reason. The event keeps the
 * old values so `undo` restores them.
 *
 * @throws SextantError `NOT_FOUND` (unknown card or lane), `INVALID_VALUE` (a bad field,
 *   `at` before the board's last event), `INVALID_OPTION` (`patch` not an object, an
 *   unknown field, or no change at all).
 * @example
 * ```ts
 * import { addCard, mlopsBoardTemplate, updateCard } from '@sextant/core';
 * const { board } = addCard(mlopsBoardTemplate(), { id: 'm-2', title: 'Ship v2', type: 'model' }, { at: 0 });
 * const { event } = updateCard(board, 'm-2', { blocked: true, blockedReason: 'Waiting for GPU quota' }, { at: 1000 });
 * event.after; // → { blocked: true, blockedReason: 'Waiting for GPU quota' }
 * event.before; // → { blocked: false, blockedReason: null }
 * ```
 */
export function updateCard(
  board: KanbanBoard,
  cardId: string,
  patch: CardPatch,
  options: { at: string | number },
): BoardChange<KanbanUpdateEvent> {
  assertBoard(board);
  const p = typeof cardId === 'string' ? findCard(board.cards, cardId) : -1;
  if (p < 0)
    throw new SextantError('NOT_FOUND', `cardId ${show(cardId)} is not a card on the board`, {
      argument: 'cardId',
      value: cardId,
    });
  if (!isPlainObject(patch))
    throw new SextantError('INVALID_OPTION', `patch must be an object; got ${show(patch)}`, { argument: 'patch' });
  if (!isPlainObject(options))
    throw new SextantError('INVALID_OPTION', `options must be an object { at }; got ${show(options)}`, { argument: 'options' });
  const at = checkAt(board, options.at, 'options.at');
  const fail: Fail = failWith('INVALID_VALUE', 'patch');
  const after: CardPatch = {};
  for (const k of Object.keys(patch)) {
    const v = (patch as Record<string, unknown>)[k];
    const path = `patch.${k}`;
    switch (k) {
      case 'title':
        after.title = checkString(v, path, fail);
        break;
      case 'type':
        after.type = checkCardType(v, path, fail);
        break;
      case 'owner':
        after.owner = v === null ? null : checkString(v, path, fail);
        break;
      case 'tags':
        after.tags = v === null ? null : checkTags(v, path, fail);
        break;
      case 'blocked':
        if (typeof v !== 'boolean') fail(path, `must be a boolean; got ${show(v)}`);
        after.blocked = v as boolean;
        break;
      case 'blockedReason':
        after.blockedReason = v === null ? null : checkString(v, path, fail);
        break;
      case 'laneId':
        if (v !== null && (typeof v !== 'string' || !board.lanes.some((l) => l.id === v))) {
          fail(path, `${show(v)} is not a lane of the board`, 'NOT_FOUND');
        }
        after.laneId = v as string | null;
        break;
      default:
        throw new SextantError('INVALID_OPTION', `patch.${k} is not a field updateCard can change`, { argument: `patch.${k}` });
    }
  }
  const card = board.cards[p];
  const willBeBlocked = after.blocked ?? card.blocked === true;
  if (!willBeBlocked) {
    if (typeof after.blockedReason === 'string') fail('patch.blockedReason', 'is kept only while the card is blocked');
    if (card.blockedReason !== undefined) after.blockedReason = null;
  }
  // Keep only fields that change; record their old values (null = absent) for undo.
  const before: CardPatch = {};
  const changed: CardPatch = {};
  const cur = card as unknown as Record<string, unknown>;
  for (const k of Object.keys(after) as (keyof CardPatch)[]) {
    const old = k === 'blocked' ? card.blocked === true : (cur[k] ?? null);
    const nv = after[k] ?? null;
    if (JSON.stringify(old) === JSON.stringify(nv)) continue;
    (before as Record<string, unknown>)[k] = k === 'blocked' ? old : old === null ? null : Array.isArray(old) ? old.slice() : old;
    (changed as Record<string, unknown>)[k] = after[k];
  }
  if (Object.keys(changed).length === 0) {
    throw new SextantError('INVALID_OPTION', `patch changes nothing on card ${show(cardId)}`, { argument: 'patch' });
  }
  const event: KanbanUpdateEvent = { type: 'update', cardId, at, before, after: changed };
  const cards = board.cards.slice();
  applyEvent(cards, columnOrder(board.columns), event, false);
  return withEvent(board, cards, event);
}

/**
 * Take a card off the board (kept in the history, so flow metrics and `undo` still see it).
 *
 * @throws SextantError `NOT_FOUND` (unknown card), `INVALID_VALUE` (`at` before the last event).
 * @example
 * ```ts
 * import { addCard, mlopsBoardTemplate, removeCard } from '@sextant/core';
 * const { board } = addCard(mlopsBoardTemplate(), { id: 't-1', title: 'Duplicate ticket', type: 'task' }, { at: 0 });
 * removeCard(board, 't-1', { at: 60000 }).board.cards.length; // → 0
 * ```
 */
export function removeCard(board: KanbanBoard, cardId: string, options: { at: string | number }): BoardChange<KanbanRemoveEvent> {
  assertBoard(board);
  const p = typeof cardId === 'string' ? findCard(board.cards, cardId) : -1;
  if (p < 0)
    throw new SextantError('NOT_FOUND', `cardId ${show(cardId)} is not a card on the board`, {
      argument: 'cardId',
      value: cardId,
    });
  if (!isPlainObject(options))
    throw new SextantError('INVALID_OPTION', `options must be an object { at }; got ${show(options)}`, { argument: 'options' });
  const at = checkAt(board, options.at, 'options.at');
  const card = board.cards[p];
  const order = columnOrder(board.columns);
  const [s] = segment(board.cards, order, card.columnId);
  const event: KanbanRemoveEvent = { type: 'remove', cardId, at, from: card.columnId, fromIndex: p - s, card };
  const cards = board.cards.slice();
  cards.splice(p, 1);
  return withEvent(board, cards, event);
}

/** True when {@link undo} has a change to undo. */
export function canUndo(board: KanbanBoard): boolean {
  assertBoard(board);
  return board.events.length > board.baseline;
}

/** True when {@link redo} has a change to redo. */
export function canRedo(board: KanbanBoard): boolean {
  assertBoard(board);
  return board.redo.length > 0;
}

/**
 * Undo the last change: the board's cards and events are exactly as they were before it,
 * and the change can be redone. With nothing to undo, the same board comes back.
 *
 * @example
 * ```ts
 * import { addCard, mlopsBoardTemplate, undo, redo } from '@sextant/core';
 * const before = mlopsBoardTemplate();
 * const { board } = addCard(before, { id: 'x', title: 'Retrain', type: 'model' }, { at: 0 });
 * undo(board).cards.length; // → 0
 * redo(undo(board)).cards.length; // → 1
 * ```
 */
export function undo(board: KanbanBoard): KanbanBoard {
  assertBoard(board);
  if (board.events.length <= board.baseline) return board;
  const event = board.events[board.events.length - 1];
  const cards = board.cards.slice();
  const why = applyEvent(cards, columnOrder(board.columns), event, true);
  if (why !== null)
    throw new SextantError('INVALID_STATE', `board.events[${board.events.length - 1}] cannot be undone: ${why}`, {
      argument: 'board',
    });
  return { ...board, cards, events: board.events.slice(0, -1), redo: board.redo.concat([event]) };
}

/**
 * Redo the last undone change exactly as it was first made (same time, same place). With
 * nothing to redo, the same board comes back. Any new change clears what could be redone.
 *
 * @example
 * ```ts
 * import { addCard, mlopsBoardTemplate, undo, redo } from '@sextant/core';
 * const { board } = addCard(mlopsBoardTemplate(), { id: 'x', title: 'Retrain', type: 'model' }, { at: 0 });
 * redo(undo(board)).events.length; // → 1
 * ```
 */
export function redo(board: KanbanBoard): KanbanBoard {
  assertBoard(board);
  if (board.redo.length === 0) return board;
  const event = board.redo[board.redo.length - 1];
  const cards = board.cards.slice();
  const why = applyEvent(cards, columnOrder(board.columns), event, false);
  if (why !== null)
    throw new SextantError('INVALID_STATE', `board.redo[${board.redo.length - 1}] cannot be redone: ${why}`, {
      argument: 'board',
    });
  return { ...board, cards, events: board.events.concat([event]), redo: board.redo.slice(0, -1) };
}
