/**
 * Applying an event to a board's cards, forwards (a change, a redo, a replay of a saved
 * history) and backwards (an undo). One implementation for all of them, so an undo is the
 * exact inverse of what the change did. Internal to the kanban area.
 *
 * Cards are kept grouped by column in column order, so a card's place in the array is fixed
 * by (column, index in column) and undoing a move restores the array exactly.
 */
import type { CardPatch, KanbanCard, KanbanEvent } from './types';

/** Column id → position; built once per call. */
export type ColumnOrder = ReadonlyMap<string, number>;

export function columnOrder(columns: readonly { id: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) m.set(columns[i].id, i);
  return m;
}

/** First array index whose card's column is at or after column position `c` (cards are grouped). */
export function segmentStart(cards: readonly KanbanCard[], order: ColumnOrder, c: number): number {
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((order.get(cards[mid].columnId) as number) < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) of a column's cards in the array. */
export function segment(cards: readonly KanbanCard[], order: ColumnOrder, columnId: string): [number, number] {
  const c = order.get(columnId) as number;
  return [segmentStart(cards, order, c), segmentStart(cards, order, c + 1)];
}

export function findCard(cards: readonly KanbanCard[], cardId: string): number {
  for (let i = 0; i < cards.length; i++) if (cards[i].id === cardId) return i;
  return -1;
}

const PATCH_KEYS = ['title', 'type', 'owner', 'tags', 'blocked', 'blockedReason', 'laneId'] as const;

/** A copy of `card` with `patch` applied: `null` (or `blocked: false`) removes the field. */
export function patched(card: KanbanCard, patch: CardPatch): KanbanCard {
  const out: KanbanCard = { ...card };
  const o = out as unknown as Record<string, unknown>;
  for (const k of PATCH_KEYS) {
    if (!(k in patch)) continue;
    const v = patch[k];
    if (v === null || v === undefined || (k === 'blocked' && v === false)) delete o[k];
    else o[k] = Array.isArray(v) ? v.slice() : v;
  }
  return out;
}

function placed(card: KanbanCard, columnId: string, laneId: string | undefined): KanbanCard {
  const out: KanbanCard = { ...card, columnId };
  if (laneId === undefined) delete out.laneId;
  else out.laneId = laneId;
  return out;
}

/**
 * Apply `e` to `cards` in place (the caller passes a copy) forwards, or backwards when
 * `undo`. Returns why it cannot apply (the history does not fit the cards), or null.
 */
export function applyEvent(
  cards: KanbanCard[],
  order: ColumnOrder,
  e: KanbanEvent,
  undo: boolean,
  present?: Set<string>,
): string | null {
  if (e === null || typeof e !== 'object') return 'the event is not an object';
  switch (e.type) {
    case 'add':
      return undo ? take(cards, order, e.cardId, e.to, e.toIndex, present) : put(cards, order, e.card, e.to, e.toIndex, present);
    case 'remove':
      return undo
        ? put(cards, order, e.card, e.from, e.fromIndex, present)
        : take(cards, order, e.cardId, e.from, e.fromIndex, present);
    case 'move': {
      const [from, fromIndex, to, toIndex, lane] = undo
        ? [e.to, e.toIndex, e.from, e.fromIndex, e.fromLaneId]
        : [e.from, e.fromIndex, e.to, e.toIndex, e.toLaneId];
      const [s] = segment(cards, order, from);
      const card = cards[s + fromIndex];
      const why = take(cards, order, e.cardId, from, fromIndex);
      if (why !== null) return why;
      return put(cards, order, placed(card, to, lane), to, toIndex, present, true);
    }
    default:
      return `${JSON.stringify((e as { type?: unknown }).type) ?? 'undefined'} is not an event type`;
    case 'update': {
      const i = findCard(cards, e.cardId);
      if (i < 0) return `card ${JSON.stringify(e.cardId)} is not on the board`;
      cards[i] = patched(cards[i], undo ? e.before : e.after);
      return null;
    }
  }
}

/**
 * Insert `card`. `present` (the ids on the board, kept up to date by the caller) replaces the
 * linear duplicate check when replaying a long history; `moving` skips it (the card was just taken).
 */
function put(
  cards: KanbanCard[],
  order: ColumnOrder,
  card: KanbanCard,
  columnId: string,
  index: number,
  present?: Set<string>,
  moving = false,
): string | null {
  if (!order.has(columnId)) return `column ${JSON.stringify(columnId)} does not exist`;
  if (!moving && (present ? present.has(card.id) : findCard(cards, card.id) >= 0)) {
    return `card ${JSON.stringify(card.id)} is already on the board`;
  }
  const [s, end] = segment(cards, order, columnId);
  // A tampered history may carry any index: only a whole number in range is a place.
  if (!Number.isInteger(index) || index < 0) return `index ${String(index)} is not a position in a column`;
  if (index > end - s) return `index ${index} is past the end of column ${JSON.stringify(columnId)} (${end - s} cards)`;
  cards.splice(s + index, 0, card.columnId === columnId ? card : { ...card, columnId });
  if (present && !moving) present.add(card.id);
  return null;
}

function take(
  cards: KanbanCard[],
  order: ColumnOrder,
  cardId: string,
  columnId: string,
  index: number,
  present?: Set<string>,
): string | null {
  if (!order.has(columnId)) return `column ${JSON.stringify(columnId)} does not exist`;
  const [s, end] = segment(cards, order, columnId);
  if (!Number.isInteger(index) || index < 0 || index >= end - s || cards[s + index].id !== cardId) {
    return `card ${JSON.stringify(cardId)} is not at index ${index} of column ${JSON.stringify(columnId)}`;
  }
  cards.splice(s + index, 1);
  present?.delete(cardId);
  return null;
}
