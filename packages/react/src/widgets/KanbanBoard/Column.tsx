import type { ColumnRow, ColumnView, KanbanMessages } from '@sextant/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import { SortableCard, type RenderCard } from './Card';
import { cardDndId, columnDndId, laneDndId } from './ids';

export interface ColumnProps {
  view: ColumnView;
  messages: KanbanMessages;
  render?: RenderCard;
  /** Id of the card that takes the board's one tab stop. */
  tabCardId: string | null;
  /** A card of this column to scroll to and focus (keyboard navigation, after a drop). */
  focusCardId: string | null;
  focusNonce: number;
  /** Set while a refused drop is shown for this column. */
  refused: boolean;
  over: boolean;
  describedBy: string;
  height: number;
}

function LaneHeader({
  row,
  columnId,
  messages,
}: {
  row: Extract<ColumnRow, { kind: 'lane' }>;
  columnId: string;
  messages: KanbanMessages;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: laneDndId(columnId, row.laneId) });
  return (
    <div ref={setNodeRef} className="sextant-kanban-board__lane" data-over={isOver || undefined}>
      <span>{row.laneId === null ? messages.noLane : row.title}</span>
      <span className="sextant-kanban-board__lane-count">{row.count}</span>
    </div>
  );
}

const estimate = (row: ColumnRow | undefined) => (row?.kind === 'lane' ? 30 : 92);

/** One column: header with count / limit and the oldest card, then its cards, virtualised. */
export const Column = /* @__PURE__ */ memo(function Column({
  view,
  messages,
  render,
  tabCardId,
  focusCardId,
  focusNonce,
  refused,
  over,
  describedBy,
  height,
}: ColumnProps) {
  const { column } = view;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: columnDndId(column.id) });
  const rows = view.rows;
  const ids = useMemo(() => rows.flatMap((r) => (r.kind === 'card' ? [cardDndId(r.card.id)] : [])), [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(rows[i]),
    getItemKey: (i) =>
      rows[i].kind === 'card'
        ? `c${(rows[i] as { card: { id: string } }).card.id}`
        : `l${String((rows[i] as { laneId: string | null }).laneId)}`,
    overscan: 6,
    initialRect: { width: 272, height },
    // Where layout gives no size (server render, jsdom), show a column's worth of cards rather than none.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 272, height })),
  });

  useEffect(() => {
    if (focusCardId === null) return;
    const i = rows.findIndex((r) => r.kind === 'card' && r.card.id === focusCardId);
    if (i < 0) return;
    virtualizer.scrollToIndex(i, { align: 'auto' });
    const focus = () => {
      // Compare attributes rather than build a selector: ids are arbitrary user strings.
      const el = Array.from(scrollRef.current?.querySelectorAll<HTMLElement>('[data-sextant-card]') ?? []).find(
        (e) => e.getAttribute('data-sextant-card') === focusCardId,
      );
      if (el && el !== document.activeElement) el.focus({ preventScroll: true });
      return el !== undefined;
    };
    if (!focus()) {
      const raf = requestAnimationFrame(() => {
        if (!focus()) requestAnimationFrame(focus);
      });
      return () => cancelAnimationFrame(raf);
    }
    // focusNonce re-runs this for a repeated request on the same card.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusCardId, focusNonce]);

  const label = messages.columnLabel(column.title, view.count, view.wipLimit, view.wipState, view.policy);
  const items = virtualizer.getVirtualItems();
  return (
    <div
      role="group"
      aria-label={label}
      className="sextant-kanban-board__column"
      data-wip={view.wipState}
      data-policy={view.policy}
      data-refused={refused || undefined}
      data-over={over || isOver || undefined}
      data-column-id={column.id}
    >
      <div className="sextant-kanban-board__column-header">
        <span className="sextant-kanban-board__column-title">{column.title}</span>
        <span className="sextant-kanban-board__wip" data-wip={view.wipState} aria-hidden="true">
          {messages.wipCount(view.count, view.wipLimit)}
          {view.policy === 'block' && view.wipLimit !== null ? <span className="sextant-kanban-board__lock"> ■</span> : null}
        </span>
      </div>
      <p className="sextant-kanban-board__oldest">
        {view.oldest ? messages.oldest(view.oldest.title, view.oldest.ageDays) : messages.empty}
      </p>
      <SortableContext id={column.id} items={ids} strategy={verticalListSortingStrategy}>
        <div
          ref={(el) => {
            scrollRef.current = el;
            setNodeRef(el);
          }}
          className="sextant-kanban-board__cards"
          style={{ maxHeight: height }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index];
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="sextant-kanban-board__row"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  {row.kind === 'lane' ? (
                    <LaneHeader row={row} columnId={column.id} messages={messages} />
                  ) : (
                    <SortableCard
                      view={row}
                      dndId={cardDndId(row.card.id)}
                      columnTitle={column.title}
                      messages={messages}
                      render={render}
                      tabbable={row.card.id === tabCardId}
                      describedBy={describedBy}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </SortableContext>
    </div>
  );
});
