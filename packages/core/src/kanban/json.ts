import { SextantError } from '../errors';
import { isoInstantToEpoch } from '../internal/instant';
import { show } from '../internal/validate';
import { applyEvent, columnOrder, findCard, segment, type ColumnOrder } from './apply';
import { checkFlow } from './board';
import {
  CARD_KEYS,
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
  firstUnknownKey,
  isPlainObject,
  type Fail,
} from './check';
import type { CardPatch, KanbanBoard, KanbanCard, KanbanEvent, WipExcess } from './types';

/**
 * A board as a JSON string, history included (events, what can be redone, the baseline),
 * for saving and for sending to another client. {@link boardFromJSON} reads it back.
 *
 * @example
 * ```ts
 * import { boardFromJSON, boardToJSON, mlopsBoardTemplate } from '@sextant/core';
 * const board = mlopsBoardTemplate();
 * boardFromJSON(boardToJSON(board)).columns.length === board.columns.length; // → true
 * ```
 */
export function boardToJSON(board: KanbanBoard): string {
  if (!isPlainObject(board) || !Array.isArray((board as KanbanBoard).cards)) {
    throw new SextantError('INVALID_STATE', 'board is not a board made by createBoard or boardFromJSON', { argument: 'board' });
  }
  try {
    return JSON.stringify(board);
  } catch (e) {
    // A BigInt or a cycle put into a board by hand: refused like any other broken board.
    throw new SextantError('INVALID_STATE', `board cannot be written as JSON: ${(e as Error)?.message ?? String(e)}`, {
      argument: 'board',
    });
  }
}

const BOARD_KEYS: ReadonlySet<string> = new Set(['version', 'columns', 'lanes', 'cards', 'flow', 'events', 'redo', 'baseline']);
const FLOW_KEYS: ReadonlySet<string> = new Set(['start', 'done']);
const EVENT_KEYS: Record<KanbanEvent['type'], ReadonlySet<string>> = {
  add: new Set(['type', 'cardId', 'at', 'to', 'toIndex', 'card', 'forced', 'overLimit']),
  move: new Set(['type', 'cardId', 'at', 'from', 'to', 'fromIndex', 'toIndex', 'fromLaneId', 'toLaneId', 'forced', 'overLimit']),
  update: new Set(['type', 'cardId', 'at', 'before', 'after']),
  remove: new Set(['type', 'cardId', 'at', 'from', 'fromIndex', 'card']),
};
const EXCESS_KEYS: ReadonlySet<string> = new Set(['count', 'limit', 'policy']);
const PATCH_KEYS: ReadonlySet<string> = new Set(['title', 'type', 'owner', 'tags', 'blocked', 'blockedReason', 'laneId']);

interface Ctx {
  fail: Fail;
  order: ColumnOrder;
  lanes: ReadonlySet<string>;
}

function strictObject(v: unknown, path: string, keys: ReadonlySet<string>, what: string, fail: Fail): Record<string, unknown> {
  if (!isPlainObject(v)) return fail(path, `must be ${what}; got ${show(v)}`);
  const k = firstUnknownKey(v, keys);
  if (k !== undefined) fail(`${path}.${k}`, 'is not a field of a saved board');
  return v;
}

function index(v: unknown, path: string, fail: Fail): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return fail(path, `must be an integer ≥ 0; got ${show(v)}`);
  return v;
}

function column(v: unknown, path: string, ctx: Ctx): string {
  const id = checkId(v, path, ctx.fail);
  if (!ctx.order.has(id)) ctx.fail(path, `${show(id)} is not a column of the board`);
  return id;
}

function lane(v: unknown, path: string, ctx: Ctx): string {
  const id = checkId(v, path, ctx.fail);
  if (!ctx.lanes.has(id)) ctx.fail(path, `${show(id)} is not a lane of the board`);
  return id;
}

function cardIn(v: unknown, path: string, ctx: Ctx): KanbanCard {
  const card = checkCard(v, path, ctx.fail, true);
  if (!ctx.order.has(card.columnId)) ctx.fail(`${path}.columnId`, `${show(card.columnId)} is not a column of the board`);
  if (card.laneId !== undefined && !ctx.lanes.has(card.laneId))
    ctx.fail(`${path}.laneId`, `${show(card.laneId)} is not a lane of the board`);
  return card;
}

function excess(v: unknown, path: string, fail: Fail): WipExcess {
  const o = strictObject(v, path, EXCESS_KEYS, 'an object { count, limit, policy }', fail);
  if (o.policy !== 'block' && o.policy !== 'warn') fail(`${path}.policy`, `must be 'block' or 'warn'; got ${show(o.policy)}`);
  return {
    count: index(o.count, `${path}.count`, fail),
    limit: index(o.limit, `${path}.limit`, fail),
    policy: o.policy as 'block' | 'warn',
  };
}

function patch(v: unknown, path: string, ctx: Ctx): CardPatch {
  const o = strictObject(v, path, PATCH_KEYS, 'an object of card fields', ctx.fail);
  const out: CardPatch = {};
  for (const k of Object.keys(o)) {
    const x = o[k];
    const p = `${path}.${k}`;
    if (k === 'title') out.title = checkString(x, p, ctx.fail);
    else if (k === 'type') out.type = checkCardType(x, p, ctx.fail);
    else if (k === 'blocked') {
      if (typeof x !== 'boolean') ctx.fail(p, `must be a boolean; got ${show(x)}`);
      out.blocked = x as boolean;
    } else if (x === null) (out as Record<string, unknown>)[k] = null;
    else if (k === 'owner') out.owner = checkString(x, p, ctx.fail);
    else if (k === 'blockedReason') out.blockedReason = checkString(x, p, ctx.fail);
    else if (k === 'tags') out.tags = checkTags(x, p, ctx.fail);
    else out.laneId = lane(x, p, ctx);
  }
  return out;
}

function event(v: unknown, path: string, ctx: Ctx): KanbanEvent {
  const fail = ctx.fail;
  if (!isPlainObject(v)) return fail(path, `must be an event object; got ${show(v)}`);
  const type = v.type;
  if (type !== 'add' && type !== 'move' && type !== 'update' && type !== 'remove') {
    return fail(`${path}.type`, `must be 'add', 'move', 'update' or 'remove'; got ${show(type)}`);
  }
  strictObject(v, path, EVENT_KEYS[type], 'an event object', fail);
  const cardId = checkId(v.cardId, `${path}.cardId`, fail);
  const at = checkInstant(v.at, `${path}.at`, fail);
  const flags = (e: { forced?: true; overLimit?: WipExcess }) => {
    if (v.forced !== undefined) {
      if (v.forced !== true) fail(`${path}.forced`, `is saved only as true; got ${show(v.forced)}`);
      e.forced = true;
    }
    if (v.overLimit !== undefined) e.overLimit = excess(v.overLimit, `${path}.overLimit`, fail);
  };
  const sameCard = (card: KanbanCard) => {
    if (card.id !== cardId) fail(`${path}.card.id`, `${show(card.id)} is not the event's cardId ${show(cardId)}`);
  };
  switch (type) {
    case 'add': {
      const card = cardIn(v.card, `${path}.card`, ctx);
      sameCard(card);
      const to = column(v.to, `${path}.to`, ctx);
      if (card.columnId !== to) fail(`${path}.card.columnId`, `${show(card.columnId)} is not the event's column ${show(to)}`);
      if (isoInstantToEpoch(card.createdAt) > isoInstantToEpoch(at))
        fail(`${path}.card.createdAt`, `${card.createdAt} is after the event's time ${at}`);
      const e: KanbanEvent = { type, cardId, at, to, toIndex: index(v.toIndex, `${path}.toIndex`, fail), card };
      flags(e);
      return e;
    }
    case 'move': {
      const e: KanbanEvent = {
        type,
        cardId,
        at,
        from: column(v.from, `${path}.from`, ctx),
        to: column(v.to, `${path}.to`, ctx),
        fromIndex: index(v.fromIndex, `${path}.fromIndex`, fail),
        toIndex: index(v.toIndex, `${path}.toIndex`, fail),
      };
      if (v.fromLaneId !== undefined) e.fromLaneId = lane(v.fromLaneId, `${path}.fromLaneId`, ctx);
      if (v.toLaneId !== undefined) e.toLaneId = lane(v.toLaneId, `${path}.toLaneId`, ctx);
      flags(e);
      return e;
    }
    case 'update':
      return { type, cardId, at, before: patch(v.before, `${path}.before`, ctx), after: patch(v.after, `${path}.after`, ctx) };
    case 'remove': {
      const card = cardIn(v.card, `${path}.card`, ctx);
      sameCard(card);
      const from = column(v.from, `${path}.from`, ctx);
      if (card.columnId !== from) fail(`${path}.card.columnId`, `${show(card.columnId)} is not the event's column ${show(from)}`);
      return { type, cardId, at, from, fromIndex: index(v.fromIndex, `${path}.fromIndex`, fail), card };
    }
  }
}

/** The value a patch field has on `card` (null when absent, as patches record it). */
function current(card: KanbanCard, k: string): unknown {
  if (k === 'blocked') return card.blocked === true;
  return (card as unknown as Record<string, unknown>)[k] ?? null;
}

/** Apply `e` to `cards`, refusing it when it does not fit them exactly (so undo will be exact). */
function replay(cards: KanbanCard[], present: Set<string>, e: KanbanEvent, path: string, ctx: Ctx): void {
  if (e.type === 'move') {
    const [s] = segment(cards, ctx.order, e.from);
    const c = cards[s + e.fromIndex] as KanbanCard | undefined;
    if (c !== undefined && c.id === e.cardId && c.laneId !== e.fromLaneId) {
      ctx.fail(`${path}.fromLaneId`, `does not match the card's lane at that point`);
    }
  } else if (e.type === 'update') {
    const i = findCard(cards, e.cardId);
    if (i < 0) ctx.fail(`${path}.cardId`, `${show(e.cardId)} is not on the board at that point`);
    for (const k of Object.keys(e.before)) {
      if (!(k in e.after)) ctx.fail(`${path}.before.${k}`, 'has no matching field in after');
      if (JSON.stringify(current(cards[i], k)) !== JSON.stringify((e.before as Record<string, unknown>)[k])) {
        ctx.fail(`${path}.before.${k}`, "does not match the card's value at that point");
      }
    }
    for (const k of Object.keys(e.after)) if (!(k in e.before)) ctx.fail(`${path}.after.${k}`, 'has no matching field in before');
  } else if (e.type === 'remove') {
    const i = findCard(cards, e.cardId);
    if (i >= 0 && JSON.stringify(cards[i]) !== JSON.stringify(e.card))
      ctx.fail(`${path}.card`, 'does not match the card removed');
  }
  const why = applyEvent(cards, ctx.order, e, false, present);
  if (why !== null) ctx.fail(path, `does not fit the board at that point: ${why}`);
  if (e.type === 'update') {
    const c = cards[findCard(cards, e.cardId)];
    if (c.blockedReason !== undefined && !c.blocked) ctx.fail(path, 'leaves a blocked reason on a card that is not blocked');
  }
}

function sameCard(a: KanbanCard, b: KanbanCard): boolean {
  for (const k of CARD_KEYS) {
    if (
      JSON.stringify((a as unknown as Record<string, unknown>)[k]) !==
      JSON.stringify((b as unknown as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/**
 * Read a board saved by {@link boardToJSON} (the string, or the parsed object). The whole
 * document is checked before anything is returned: every field's type, no unknown field
 * (so no `__proto__`, `constructor` or `prototype` key anywhere), ids unique, every column
 * and lane reference known, the events in time order, and the history replayed from the
 * start to give exactly the saved cards (and the redo list applying on top) — so `undo`
 * and `redo` on the result are exact. Anything else is refused whole with `INVALID_STATE`
 * naming the first bad field; nothing is half-loaded. Ids such as `__proto__` are values,
 * never keys, and survive.
 *
 * @throws SextantError `INVALID_STATE`.
 * @example
 * ```ts
 * import { boardFromJSON } from '@sextant/core';
 * boardFromJSON('{"version":1,"columns":[{"id":"todo","title":"To do"}],"lanes":[],"cards":[],"events":[],"redo":[],"baseline":0,"__proto__":{}}');
 * // throws SextantError INVALID_STATE: "board.__proto__ is not a field of a saved board"
 * ```
 */
export function boardFromJSON(json: string | unknown): KanbanBoard {
  const fail: Fail = failWith('INVALID_STATE', 'json');
  let doc: unknown = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json);
    } catch (e) {
      fail('json', `is not valid JSON: ${(e as Error).message}`);
    }
  }
  const o = strictObject(doc, 'board', BOARD_KEYS, 'an object { version, columns, lanes, cards, events, redo, baseline }', fail);
  if (o.version !== 1) fail('board.version', `must be 1; got ${show(o.version)}`);
  const columns = checkColumns(o.columns, 'board.columns', fail, true);
  const lanes = checkLanes(o.lanes, 'board.lanes', fail, true);
  const order = columnOrder(columns);
  const ctx: Ctx = { fail, order, lanes: new Set(lanes.map((l) => l.id)) };
  let flow;
  if (o.flow !== undefined) {
    strictObject(o.flow, 'board.flow', FLOW_KEYS, 'an object { start, done }', fail);
    flow = checkFlow(o.flow, 'board.flow', fail, order);
  }
  const rawCards = checkArray(o.cards, 'board.cards', fail);
  const cards: KanbanCard[] = [];
  const ids = new Set<string>();
  let lastCol = -1;
  for (let i = 0; i < rawCards.length; i++) {
    const card = cardIn(rawCards[i], `board.cards[${i}]`, ctx);
    if (ids.has(card.id)) fail(`board.cards[${i}].id`, `${show(card.id)} is already the id of another card`);
    ids.add(card.id);
    const col = order.get(card.columnId) as number;
    if (col < lastCol) fail(`board.cards[${i}].columnId`, 'is out of column order (cards are saved grouped by column)');
    lastCol = col;
    cards.push(card);
  }
  const rawEvents = checkArray(o.events, 'board.events', fail);
  const events: KanbanEvent[] = [];
  let prev = -Infinity;
  for (let i = 0; i < rawEvents.length; i++) {
    const e = event(rawEvents[i], `board.events[${i}]`, ctx);
    const t = isoInstantToEpoch(e.at);
    if (t < prev) fail(`board.events[${i}].at`, `${e.at} is before the event that precedes it`);
    prev = t;
    events.push(e);
  }
  const baseline = o.baseline;
  if (typeof baseline !== 'number' || !Number.isSafeInteger(baseline) || baseline < 0 || baseline > events.length) {
    fail('board.baseline', `must be an integer in 0…${events.length}; got ${show(baseline)}`);
  }
  const rawRedo = checkArray(o.redo, 'board.redo', fail);
  const redo: KanbanEvent[] = [];
  for (let i = 0; i < rawRedo.length; i++) redo.push(event(rawRedo[i], `board.redo[${i}]`, ctx));

  const replayed: KanbanCard[] = [];
  const present = new Set<string>();
  for (let i = 0; i < events.length; i++) replay(replayed, present, events[i], `board.events[${i}]`, ctx);
  if (replayed.length !== cards.length) {
    fail('board.cards', `has ${cards.length} cards but its history leaves ${replayed.length}`);
  }
  for (let i = 0; i < cards.length; i++) {
    if (!sameCard(cards[i], replayed[i])) fail(`board.cards[${i}]`, "does not match the board's history");
  }
  // Redo applies last-first on top of the cards; check it would, without keeping the result.
  const ahead = cards.slice();
  const aheadIds = new Set(present);
  for (let i = redo.length - 1; i >= 0; i--) replay(ahead, aheadIds, redo[i], `board.redo[${i}]`, ctx);
  const board: KanbanBoard = { version: 1, columns, lanes, cards, events, redo, baseline: baseline as number };
  if (flow !== undefined) board.flow = flow;
  return board;
}
