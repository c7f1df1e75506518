import { SextantError } from '../errors';
import { isoInstantToEpoch, parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { isPlainObject } from './check';
import type { KanbanBoard, KanbanCard, KanbanColumn, WipPolicy } from './types';

const DAY = 86_400_000;

/** Where a column stands against its WIP limit. */
export type WipState = 'no-limit' | 'under' | 'at-limit' | 'over-limit';

/** One card as a board view shows it. */
export interface CardView {
  card: KanbanCard;
  /** Place in its column (across lanes). */
  index: number;
  /** `now` − `createdAt`, in days (0 when created after `now`). */
  ageDays: number;
  /** `now` − when it entered its current column, in days. */
  daysInColumn: number;
}

/** A row of a column: a lane header (when the board has lanes) or a card. */
export type ColumnRow = { kind: 'lane'; laneId: string | null; title: string; count: number } | ({ kind: 'card' } & CardView);

/** One column as a board view shows it. */
export interface ColumnView {
  column: KanbanColumn;
  count: number;
  wipLimit: number | null;
  policy: WipPolicy;
  wipState: WipState;
  /** The card that has been on the board longest (by `ageDays`), or null for an empty column. */
  oldest: { cardId: string; title: string; ageDays: number } | null;
  /** Cards in column order, grouped by lane (lane order, cards without a lane last) when the board has lanes. */
  rows: ColumnRow[];
}

/** Result of {@link boardView}. */
export interface BoardView {
  columns: ColumnView[];
  cardCount: number;
  hasLanes: boolean;
}

/**
 * What a board widget draws: per column the count against the WIP limit, the oldest card,
 * and the cards (grouped by lane when there are lanes) with their age and time in column.
 * Time in column comes from the events (the card's last entry into its column).
 *
 * @throws SextantError `INVALID_STATE` (not a board, or a card in an unknown column),
 *   `INVALID_OPTION` (`now` not an instant).
 * @example
 * ```ts
 * import { boardView, createBoard } from '@sextant/core';
 * const board = createBoard({
 *   columns: [{ id: 'doing', title: 'Doing', wipLimit: 1, policy: 'block' }],
 *   cards: [{ id: 'a', title: 'Tune LR', type: 'experiment', columnId: 'doing', createdAt: '2026-03-01T00:00:00Z' }],
 * });
 * const v = boardView(board, { now: '2026-03-04T12:00:00Z' });
 * v.columns[0].wipState; // → 'at-limit'
 * v.columns[0].oldest; // → { cardId: 'a', title: 'Tune LR', ageDays: 3.5 }
 * ```
 */
export function boardView(board: KanbanBoard, options: { now: string | number }): BoardView {
  if (
    !isPlainObject(board) ||
    !Array.isArray(board.columns) ||
    !Array.isArray(board.cards) ||
    !Array.isArray(board.events) ||
    !Array.isArray(board.lanes)
  ) {
    throw new SextantError('INVALID_STATE', `board must be a board made by createBoard or boardFromJSON; got ${show(board)}`, {
      argument: 'board',
    });
  }
  if (!isPlainObject(options))
    throw new SextantError('INVALID_OPTION', `options must be an object { now }; got ${show(options)}`, { argument: 'options' });
  const now = parseInstant(options.now, 'options.now', { code: 'INVALID_OPTION' });
  const colIndex = new Map<string, number>();
  board.columns.forEach((c, i) => colIndex.set(c.id, i));
  const laneTitle = new Map<string, string>();
  for (const l of board.lanes) laneTitle.set(l.id, l.title);
  // Last entry of each card into a column: one pass over the events.
  const entered = new Map<string, number>();
  for (const e of board.events) {
    if (e.type === 'add' || e.type === 'move') entered.set(e.cardId, isoInstantToEpoch(e.at));
  }
  const perColumn: CardView[][] = board.columns.map(() => []);
  for (let i = 0; i < board.cards.length; i++) {
    const card = board.cards[i];
    const c = isPlainObject(card) ? colIndex.get(card.columnId) : undefined;
    if (c === undefined) {
      throw new SextantError('INVALID_STATE', `board.cards[${i}].columnId is not a column of the board`, {
        argument: 'board',
        index: i,
      });
    }
    const created = isoInstantToEpoch(card.createdAt);
    const since = entered.get(card.id) ?? created;
    const list = perColumn[c];
    list.push({
      card,
      index: list.length,
      ageDays: Math.max(0, (now - created) / DAY) || 0,
      daysInColumn: Math.max(0, (now - since) / DAY) || 0,
    });
  }
  const hasLanes = board.lanes.length > 0;
  const columns = board.columns.map((column, c): ColumnView => {
    const list = perColumn[c];
    const limit = column.wipLimit ?? null;
    const count = list.length;
    const wipState: WipState =
      limit === null ? 'no-limit' : count > limit ? 'over-limit' : count === limit ? 'at-limit' : 'under';
    let oldest: ColumnView['oldest'] = null;
    for (const v of list)
      if (oldest === null || v.ageDays > oldest.ageDays) oldest = { cardId: v.card.id, title: v.card.title, ageDays: v.ageDays };
    let rows: ColumnRow[];
    if (!hasLanes) rows = list.map((v) => ({ kind: 'card', ...v }));
    else {
      rows = [];
      const groups = new Map<string | null, CardView[]>(board.lanes.map((l) => [l.id, []]));
      groups.set(null, []);
      for (const v of list) {
        const key = v.card.laneId !== undefined && laneTitle.has(v.card.laneId) ? v.card.laneId : null;
        (groups.get(key) as CardView[]).push(v);
      }
      for (const [laneId, cards] of groups) {
        if (laneId === null && cards.length === 0) continue;
        rows.push({ kind: 'lane', laneId, title: laneId === null ? '' : (laneTitle.get(laneId) as string), count: cards.length });
        for (const v of cards) rows.push({ kind: 'card', ...v });
      }
    }
    return { column, count, wipLimit: limit, policy: column.policy ?? 'warn', wipState, oldest, rows };
  });
  return { columns, cardCount: board.cards.length, hasLanes };
}

/** The sentences a board widget shows and announces; every one can be replaced (translations, tone). */
export interface KanbanMessages {
  /** Column header count, e.g. `'3 / 4'` or `'3'`. */
  wipCount(count: number, limit: number | null): string;
  /** Accessible name of a column. */
  columnLabel(title: string, count: number, limit: number | null, state: WipState, policy: WipPolicy): string;
  /** Short age on a card, e.g. `'4d'`. */
  age(days: number): string;
  /** Long age, for screen readers and tooltips. */
  ageLong(days: number, daysInColumn: number): string;
  /** The oldest card of a column. */
  oldest(title: string, days: number): string;
  /** Lane header for cards without a lane. */
  noLane: string;
  /** Empty column. */
  empty: string;
  /** A blocked card's badge. */
  blocked(reason: string | undefined): string;
  /** How to move a card with the keyboard. */
  instructions: string;
  pickedUp(card: string, column: string, position: number, total: number): string;
  over(card: string, column: string, position: number): string;
  dropped(card: string, column: string, position: number): string;
  /** A drop refused because the column is at its `block` limit. */
  refused(card: string, column: string, limit: number): string;
  /** A drop that took a `warn` column past its limit. */
  overLimit(card: string, column: string, count: number, limit: number): string;
  cancelled(card: string, column: string): string;
}

const days = (d: number) => (d < 1 ? 'less than a day' : `${Math.floor(d)} day${Math.floor(d) === 1 ? '' : 's'}`);

/**
 * The default (English) sentences of the board widget.
 *
 * @example
 * ```ts
 * import { kanbanMessages } from '@sextant/core';
 * kanbanMessages.refused('Retrain fraud model', 'Training', 3); // → 'Training is at its WIP limit of 3, so Retrain fraud model was not moved.'
 * kanbanMessages.age(4.6); // → '4d'
 * ```
 */
export const kanbanMessages: KanbanMessages = {
  wipCount: (count, limit) => (limit === null ? String(count) : `${count} / ${limit}`),
  columnLabel: (title, count, limit, state, policy) =>
    `${title}: ${count} card${count === 1 ? '' : 's'}` +
    (limit === null
      ? ''
      : `, WIP limit ${limit}${policy === 'block' ? ' (blocks)' : ''}${state === 'at-limit' ? ', at the limit' : state === 'over-limit' ? ', over the limit' : ''}`),
  age: (d) => (d < 1 ? '<1d' : `${Math.floor(d)}d`),
  ageLong: (d, inColumn) => `${days(d)} old, ${days(inColumn)} in this column`,
  oldest: (title, d) => `Oldest (${d < 1 ? '<1' : Math.floor(d)}d): ${title}`,
  noLane: 'No lane',
  empty: 'No cards',
  blocked: (reason) => (reason ? `Blocked: ${reason}` : 'Blocked'),
  instructions:
    'To move a card, focus it and press Space. Use the arrow keys to move it within and between columns, Space to drop it, Escape to cancel. Without lifting, the arrow keys move between cards.',
  pickedUp: (card, column, position, total) => `Picked up ${card} in ${column}, position ${position} of ${total}.`,
  over: (card, column, position) => `${card} is over ${column}, position ${position}.`,
  dropped: (card, column, position) => `${card} dropped in ${column}, position ${position}.`,
  refused: (card, column, limit) => `${column} is at its WIP limit of ${limit}, so ${card} was not moved.`,
  overLimit: (card, column, count, limit) =>
    `${card} moved to ${column}, which is now over its WIP limit (${count} of ${limit}).`,
  cancelled: (card, column) => `Moving ${card} cancelled; it stays in ${column}.`,
};

/** The sentences of the flow charts; every one can be replaced. */
export interface FlowChartMessages {
  /** Cumulative flow read-out for one date: column titles and counts, top of the stack first. */
  cfdReadout(date: string, parts: readonly { title: string; count: number }[]): string;
  cfdHelp: string;
  cfdEmpty: string;
  /** Cycle time read-out of one finished card. */
  cycleReadout(title: string, days: number, finished: string): string;
  cycleHelp: string;
  cycleEmpty: string;
  /** A percentile line's label, e.g. `'85% ≤ 6.2 d'`. */
  percentile(p: number, days: number): string;
  /** One-sentence summary of the cycle times. */
  cycleSummary(count: number, p50: number, p85: number, p95: number): string;
}

const d1 = (x: number) => (Math.round(x * 10) / 10).toString();

/**
 * The default (English) sentences of `CumulativeFlowChart` and `CycleTimeChart`.
 *
 * @example
 * ```ts
 * import { flowChartMessages } from '@sextant/core';
 * flowChartMessages.percentile(85, 6.24); // → '85% ≤ 6.2 d'
 * ```
 */
export const flowChartMessages: FlowChartMessages = {
  cfdReadout: (date, parts) => `${date}: ${parts.map((p) => `${p.title} ${p.count}`).join(', ')}.`,
  cfdHelp: 'Use the left and right arrow keys to read the count in each column for each date.',
  cfdEmpty: 'No history in this period.',
  cycleReadout: (title, days, finished) => `${title}: ${d1(days)} days, finished ${finished}.`,
  cycleHelp: 'Use the arrow keys to go through the finished cards and Enter to open one.',
  cycleEmpty: 'No card finished in this period.',
  percentile: (p, days) => `${p}% ≤ ${d1(days)} d`,
  cycleSummary: (count, p50, p85, p95) =>
    `${count} card${count === 1 ? '' : 's'} finished; half within ${d1(p50)} days, 85% within ${d1(p85)}, 95% within ${d1(p95)}.`,
};
