import {
  boardView,
  kanbanMessages,
  moveCard,
  type BoardView,
  type KanbanBoard as Board,
  type KanbanEvent,
  type KanbanMessages,
  type KanbanMoveEvent,
} from '@sextant/core';
import {
  closestCorners,
  DndContext,
  pointerWithin,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { forwardRef, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { textOf } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { checkBoard } from './checkBoard';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { CardBody, type RenderCard } from './Card';
import { Column } from './Column';
import { parseDndId } from './ids';
import { nextCardPosition } from './keyboard';

export type { CardRenderInfo, RenderCard } from './Card';

/** Props of {@link KanbanBoard}. */
export interface KanbanBoardProps extends WidgetBaseProps {
  /** The board (controlled). Pair with `onBoardChange`. */
  board?: Board;
  /** The starting board (uncontrolled). */
  defaultBoard?: Board;
  /** Called with the new board and the event of every move made on the widget. */
  onBoardChange?: (board: Board, event: KanbanEvent) => void;
  /** The present, for card ages (epoch ms or ISO 8601). @default the clock at mount */
  now?: string | number;
  /** The time recorded on a move (never before the board's last event). @default Date.now */
  getTime?: () => number;
  /** Replaces the body of every card (the card stays draggable and keeps its accessible name). */
  renderCard?: RenderCard;
  /** Sentences shown and announced; any can be replaced. */
  messages?: Partial<KanbanMessages>;
  /** Height of a column's scrolling card list, in px. @default 520 */
  columnHeight?: number;
}

interface Refusal {
  columnId: string;
  text: string;
  tone: 'refused' | 'warn';
}

interface DropPlan {
  cardId: string;
  toColumnId: string;
  toIndex: number;
  toLaneId?: string | null;
}

/** The pointer's own target when there is one (a drop lands where the pointer is); else, for the keyboard, the nearest corners. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : closestCorners(args);
};

function lastEventTime(board: Board): number {
  const n = board.events.length;
  return n === 0 ? -Infinity : Date.parse(board.events[n - 1].at);
}

/**
 * A Kanban board for ML work on the shared widget frame: drag cards with a mouse, touch or
 * the keyboard (Space lifts, arrows move, Space drops, Escape cancels), with announcements
 * naming the card and the column; WIP count / limit in each column header, a refused drop
 * explained on screen and to screen readers; card ages and each column's oldest card;
 * swimlanes; a render prop for card bodies. Columns are virtualised, so 2,000 cards stay
 * smooth, and scroll sideways inside the widget on narrow screens. Every move goes through
 * core's `moveCard`, so WIP rules and the event history are core's.
 */
export const KanbanBoard = /* @__PURE__ */ forwardRef<HTMLElement, KanbanBoardProps>(function KanbanBoard(
  {
    board: boardProp,
    defaultBoard,
    onBoardChange,
    now,
    getTime,
    renderCard,
    messages: messagesProp,
    columnHeight = 520,
    title = 'Board',
    ...rest
  },
  ref,
) {
  const [mountedAt] = useState(() => Date.now());
  const { messages: messages, error: messagesError } = useMessages(kanbanMessages, messagesProp);
  const [board, setBoard] = useControllableState<Board | undefined>({
    value: boardProp,
    defaultValue: defaultBoard,
    name: 'KanbanBoard.board',
  });
  const model = useSafeComputation<BoardView>(() => {
    if (board === undefined)
      throw Object.assign(new Error('KanbanBoard needs a board (or defaultBoard) made by createBoard'), {
        code: 'INVALID_STATE',
      });
    return boardView(checkBoard(board), { now: now ?? mountedAt });
  }, [board, now, mountedAt]);
  const view = model.ok ? model.value : null;

  const ids = useId();
  const helpId = `${ids}-help`;
  const [activeCard, setActiveCard] = useState<string | null>(null);
  const [overColumn, setOverColumn] = useState<string | null>(null);
  const [notice, setNotice] = useState<Refusal | null>(null);
  const [tabCard, setTabCard] = useState<string | null>(null);
  const [focusReq, setFocusReq] = useState<{ cardId: string; nonce: number } | null>(null);
  const nonce = useRef(0);

  // Where every card is: column index, place in column, and the column of each card id.
  const where = useMemo(() => {
    const m = new Map<string, { column: number; index: number }>();
    view?.columns.forEach((c, ci) => {
      let k = 0;
      for (const r of c.rows) if (r.kind === 'card') m.set(r.card.id, { column: ci, index: k++ });
    });
    return m;
  }, [view]);
  const cardAt = useCallback(
    (column: number, index: number) => {
      const rows = view?.columns[column]?.rows ?? [];
      let k = 0;
      for (const r of rows) if (r.kind === 'card' && k++ === index) return r.card;
      return undefined;
    },
    [view],
  );
  const firstCard = useMemo(() => {
    for (const c of view?.columns ?? []) for (const r of c.rows) if (r.kind === 'card') return r.card.id;
    return null;
  }, [view]);
  const tabCardId = tabCard !== null && where.has(tabCard) ? tabCard : firstCard;

  const requestFocus = useCallback((cardId: string) => {
    setTabCard(cardId);
    setFocusReq({ cardId, nonce: ++nonce.current });
  }, []);

  /** Where a drop lands: column, place (counted without the card) and lane. Null for no move. */
  const plan = useCallback(
    (active: UniqueIdentifier, over: UniqueIdentifier | null | undefined): DropPlan | null => {
      if (!view || over === null || over === undefined) return null;
      const a = parseDndId(active);
      const o = parseDndId(over);
      if (!a || a.kind !== 'card' || !o) return null;
      const from = where.get(a.cardId);
      if (!from) return null;
      const colIndex = (id: string) => view.columns.findIndex((c) => c.column.id === id);
      if (o.kind === 'card') {
        const to = where.get(o.cardId);
        if (!to) return null;
        const overCard = cardAt(to.column, to.index);
        // Same column: the card takes the place of the one it is over (arrayMove); another column: it goes before it.
        return {
          cardId: a.cardId,
          toColumnId: view.columns[to.column].column.id,
          toIndex: to.index,
          ...(view.hasLanes ? { toLaneId: overCard?.laneId ?? null } : {}),
        };
      }
      const c = colIndex(o.columnId);
      if (c < 0) return null;
      const count = view.columns[c].count - (c === from.column ? 1 : 0);
      if (o.kind === 'column') return { cardId: a.cardId, toColumnId: o.columnId, toIndex: count };
      // A lane header: the end of that lane's cards in the column.
      let idx = 0;
      let k = 0;
      for (const r of view.columns[c].rows) {
        if (r.kind !== 'card') continue;
        if (r.card.id !== a.cardId) {
          k++;
          if ((r.card.laneId ?? null) === o.laneId) idx = k;
        }
      }
      return { cardId: a.cardId, toColumnId: o.columnId, toIndex: idx, toLaneId: o.laneId };
    },
    [view, where, cardAt],
  );

  const time = useCallback(() => Math.max((getTime ?? Date.now)(), board ? lastEventTime(board) : -Infinity), [getTime, board]);

  /** The move core would make, or why it refuses (without changing anything). */
  const tryMove = useCallback(
    (p: DropPlan) => {
      if (!board) return null;
      try {
        return moveCard(board, { ...p, at: time() });
      } catch (e) {
        return { error: e as { code?: string; message: string } };
      }
    },
    [board, time],
  );

  const titleOf = useCallback((cardId: string) => board?.cards.find((c) => c.id === cardId)?.title ?? cardId, [board]);
  const columnOf = useCallback((columnId: string) => board?.columns.find((c) => c.id === columnId) ?? null, [board]);

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart({ active }) {
        const a = parseDndId(active.id);
        if (!a || a.kind !== 'card' || !view) return undefined;
        const pos = where.get(a.cardId);
        if (!pos) return undefined;
        const col = view.columns[pos.column];
        return messages.pickedUp(titleOf(a.cardId), col.column.title, pos.index + 1, col.count);
      },
      onDragOver({ active, over }) {
        // dnd-kit reports the card over itself right after the lift; the pick-up sentence says it all.
        if (over?.id === active.id) return undefined;
        const p = plan(active.id, over?.id);
        if (!p) return undefined;
        return messages.over(titleOf(p.cardId), columnOf(p.toColumnId)?.title ?? p.toColumnId, p.toIndex + 1);
      },
      onDragEnd({ active, over }) {
        const p = plan(active.id, over?.id);
        if (!p) return undefined;
        const card = titleOf(p.cardId);
        const col = columnOf(p.toColumnId);
        const r = tryMove(p);
        if (r && 'error' in r) {
          return r.error.code === 'WIP_LIMIT' && col?.wipLimit !== undefined
            ? messages.refused(card, col.title, col.wipLimit)
            : r.error.message;
        }
        const ev = r?.event as KanbanMoveEvent | null | undefined;
        if (ev?.overLimit) return messages.overLimit(card, col?.title ?? p.toColumnId, ev.overLimit.count, ev.overLimit.limit);
        return messages.dropped(card, col?.title ?? p.toColumnId, p.toIndex + 1);
      },
      onDragCancel({ active }) {
        const a = parseDndId(active.id);
        if (!a || a.kind !== 'card' || !view) return undefined;
        const pos = where.get(a.cardId);
        return messages.cancelled(titleOf(a.cardId), pos ? view.columns[pos.column].column.title : '');
      },
    }),
    [view, where, messages, plan, tryMove, titleOf, columnOf],
  );

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A touch lifts a card after a short press, so a swipe still scrolls the column and the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragStart = useCallback((e: DragStartEvent) => {
    const a = parseDndId(e.active.id);
    setActiveCard(a?.kind === 'card' ? a.cardId : null);
    setNotice(null);
  }, []);
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      const p = plan(e.active.id, e.over?.id);
      setOverColumn(p ? p.toColumnId : null);
    },
    [plan],
  );
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      setActiveCard(null);
      setOverColumn(null);
      const p = plan(e.active.id, e.over?.id);
      if (!p) return;
      const r = tryMove(p);
      const col = columnOf(p.toColumnId);
      if (r && 'error' in r) {
        setNotice({
          columnId: p.toColumnId,
          tone: 'refused',
          text:
            r.error.code === 'WIP_LIMIT' && col?.wipLimit !== undefined
              ? messages.refused(titleOf(p.cardId), col.title, col.wipLimit)
              : r.error.message,
        });
        requestFocus(p.cardId);
        return;
      }
      if (!r || r.event === null) {
        requestFocus(p.cardId);
        return;
      }
      setBoard(r.board);
      onBoardChange?.(r.board, r.event);
      if (r.event.overLimit) {
        setNotice({
          columnId: p.toColumnId,
          tone: 'warn',
          text: messages.overLimit(
            titleOf(p.cardId),
            col?.title ?? p.toColumnId,
            r.event.overLimit.count,
            r.event.overLimit.limit,
          ),
        });
      }
      requestFocus(p.cardId);
    },
    [plan, tryMove, columnOf, messages, titleOf, setBoard, onBoardChange, requestFocus],
  );
  const onDragCancel = useCallback(
    (e: DragCancelEvent) => {
      setActiveCard(null);
      setOverColumn(null);
      // The card is back where it was; keep the keyboard on it (dnd-kit's own focus restore
      // can lose the race with the overlay unmounting).
      const a = parseDndId(e.active.id);
      if (a?.kind === 'card') requestFocus(a.cardId);
    },
    [requestFocus],
  );

  const counts = useMemo(() => view?.columns.map((c) => c.count) ?? [], [view]);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (activeCard !== null) return;
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-sextant-card]');
      if (!el) return;
      const id = el.getAttribute('data-sextant-card') as string;
      const pos = where.get(id);
      if (!pos) return;
      const rtl = getComputedStyle(el).direction === 'rtl';
      const next = nextCardPosition(e.key, pos, counts, { rtl, ctrl: e.ctrlKey || e.metaKey });
      if (!next) return;
      const card = cardAt(next.column, next.index);
      if (!card) return;
      e.preventDefault();
      requestFocus(card.id);
    },
    [activeCard, where, counts, cardAt, requestFocus],
  );

  const activeView = useMemo(() => {
    if (activeCard === null || !view) return null;
    const pos = where.get(activeCard);
    if (!pos) return null;
    for (const r of view.columns[pos.column].rows)
      if (r.kind === 'card' && r.card.id === activeCard) return { r, col: view.columns[pos.column].column.title };
    return null;
  }, [activeCard, view, where]);

  const focusColumn = focusReq ? where.get(focusReq.cardId)?.column : undefined;

  return (
    <WidgetFrame
      ref={ref}
      widget="kanban-board"
      title={title}
      error={messagesError ?? (model.ok ? undefined : model.error)}
      resetKeys={[board]}
      data-dragging={activeCard !== null || undefined}
      {...rest}
    >
      {view ? (
        <>
          <VisuallyHidden id={helpId}>{messages.instructions}</VisuallyHidden>
          <div className="sextant-kanban-board__notice" data-tone={notice?.tone} hidden={notice === null}>
            {notice ? (
              <>
                <span aria-hidden="true" className="sextant-kanban-board__notice-icon">
                  {notice.tone === 'refused' ? '✕' : '!'}
                </span>
                <span>{notice.text}</span>
              </>
            ) : null}
          </div>
          <DndContext
            sensors={sensors}
            collisionDetection={collision}
            accessibility={{ announcements, screenReaderInstructions: { draggable: messages.instructions } }}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDragEnd={onDragEnd}
            onDragCancel={onDragCancel}
          >
            <div
              className="sextant-kanban-board__columns"
              onKeyDown={onKeyDown}
              // With no card to focus, the sideways scroller itself takes focus so the keyboard can scroll it.
              tabIndex={view.cardCount === 0 ? 0 : undefined}
              role={view.cardCount === 0 ? 'group' : undefined}
              aria-label={view.cardCount === 0 ? `${textOf(title)}: ${messages.empty}` : undefined}
            >
              {view.columns.map((c, ci) => (
                <Column
                  key={c.column.id}
                  view={c}
                  messages={messages}
                  render={renderCard}
                  tabCardId={tabCardId}
                  focusCardId={focusColumn === ci && focusReq ? focusReq.cardId : null}
                  focusNonce={focusReq?.nonce ?? 0}
                  refused={notice?.tone === 'refused' && notice.columnId === c.column.id}
                  over={overColumn === c.column.id}
                  describedBy={helpId}
                  height={columnHeight}
                />
              ))}
            </div>
            <DragOverlay dropAnimation={null}>
              {activeView ? (
                <div className="sextant-kanban-board__card" data-overlay="true">
                  <CardBody
                    view={activeView.r}
                    messages={messages}
                    render={renderCard}
                    info={{
                      ageDays: activeView.r.ageDays,
                      daysInColumn: activeView.r.daysInColumn,
                      columnTitle: activeView.col,
                      overlay: true,
                    }}
                  />
                </div>
              ) : null}
            </DragOverlay>
          </DndContext>
        </>
      ) : null}
    </WidgetFrame>
  );
});
