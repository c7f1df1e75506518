/** Shapes of the kanban area: plain JSON data, every instant an ISO 8601 string in UTC. */

/** What a card stands for in ML work. */
export type CardType = 'experiment' | 'data' | 'model' | 'incident' | 'task';

/** Every {@link CardType}, in display order. */
export const CARD_TYPES: readonly CardType[] = ['experiment', 'data', 'model', 'incident', 'task'];

/** What a column does when a move would take it past its WIP limit. */
export type WipPolicy = 'block' | 'warn';

/** A column (a stage of the flow). */
export interface KanbanColumn {
  id: string;
  title: string;
  /** Most cards the column should hold; absent = no limit. An integer ≥ 1. */
  wipLimit?: number;
  /**
   * `'block'` refuses a move past the limit with `WIP_LIMIT` unless forced; `'warn'` lets it
   * through and flags the event.
   * @default 'warn'
   */
  policy?: WipPolicy;
}

/** A swimlane (a horizontal band across every column: a team, a model, a class of service). */
export interface KanbanLane {
  id: string;
  title: string;
}

/** Why a drift incident card exists: `driftOverTime`'s evidence for the alert. */
export interface DriftEvidence {
  feature: string;
  /** The feature's score in the batch that started the episode (p-value or distance). */
  score: number | null;
  /** The test that scored it (`'ks'`, `'wasserstein'`, …), `null` when it was not given. */
  method: string | null;
  /** The batch's time (ISO 8601, UTC). */
  batchAt: string;
}

/** A card. */
export interface KanbanCard {
  id: string;
  title: string;
  type: CardType;
  columnId: string;
  laneId?: string;
  owner?: string;
  tags?: string[];
  /** When the work item was created (ISO 8601, UTC); lead time runs from here. */
  createdAt: string;
  /** True while something outside the team holds the card up. */
  blocked?: boolean;
  /** Why it is blocked (kept only while `blocked`). */
  blockedReason?: string;
  /** For incident cards made by `cardsFromDriftAlerts`. */
  evidence?: DriftEvidence;
}

/** A card as given to `createBoard` / `addCard`: `createdAt` may be epoch ms, `columnId` may default. */
export interface KanbanCardInput {
  id: string;
  title: string;
  type: CardType;
  columnId?: string;
  laneId?: string;
  owner?: string;
  tags?: readonly string[];
  createdAt?: string | number;
  blocked?: boolean;
  blockedReason?: string;
  evidence?: DriftEvidence;
}

/** A card joined the board. `card` is the card as added (what undo removes and redo restores). */
export interface KanbanAddEvent {
  type: 'add';
  cardId: string;
  at: string;
  to: string;
  toIndex: number;
  card: KanbanCard;
  forced?: true;
  overLimit?: WipExcess;
}

/** A card changed column, lane or place in its column. */
export interface KanbanMoveEvent {
  type: 'move';
  cardId: string;
  at: string;
  from: string;
  to: string;
  /** Place in the column (across lanes) before and after the move. */
  fromIndex: number;
  toIndex: number;
  fromLaneId?: string;
  toLaneId?: string;
  /** Set when `force` took the card past a `block` limit. */
  forced?: true;
  /** Set when the move took the column past its limit (a `warn` column, or a forced `block` one). */
  overLimit?: WipExcess;
}

/** Some of a card's editable fields changed; `before` and `after` hold only those fields. */
export interface KanbanUpdateEvent {
  type: 'update';
  cardId: string;
  at: string;
  before: CardPatch;
  after: CardPatch;
}

/** A card left the board. */
export interface KanbanRemoveEvent {
  type: 'remove';
  cardId: string;
  at: string;
  from: string;
  fromIndex: number;
  card: KanbanCard;
}

/** Every change to a board, in the order it happened. */
export type KanbanEvent = KanbanAddEvent | KanbanMoveEvent | KanbanUpdateEvent | KanbanRemoveEvent;

/** How far past its limit a change took a column. */
export interface WipExcess {
  /** Cards in the column after the change. */
  count: number;
  limit: number;
  policy: WipPolicy;
}

/** The fields `updateCard` may change. An absent field is left alone; `null` clears an optional one. */
export interface CardPatch {
  title?: string;
  type?: CardType;
  owner?: string | null;
  tags?: string[] | null;
  blocked?: boolean;
  blockedReason?: string | null;
  laneId?: string | null;
}

/** Which columns bound the flow: work starts on entering `start`, is done on entering `done`. */
export interface FlowColumns {
  start: string;
  done: string;
}

/**
 * A board: plain JSON data. Never mutated — every change returns a new board. `cards` are
 * grouped by column in column order, each column's cards in their order on the board.
 */
export interface KanbanBoard {
  /** Format version of a saved board. */
  version: 1;
  columns: KanbanColumn[];
  lanes: KanbanLane[];
  cards: KanbanCard[];
  /** The board's defaults for `flowMetrics`' `start` and `done`, when it has them. */
  flow?: FlowColumns;
  /** Every change in order; also the undo history. */
  events: KanbanEvent[];
  /** Changes undone and not yet redone, the next one to redo last. */
  redo: KanbanEvent[];
  /** How many leading events (the cards the board was created with) `undo` will not undo. */
  baseline: number;
}
