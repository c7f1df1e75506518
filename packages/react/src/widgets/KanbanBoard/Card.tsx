import type { CardView, KanbanCard, KanbanMessages } from '@sextant/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type ReactNode } from 'react';
import { ClampedText } from '../../frame/ClampedText';
import { VisuallyHidden } from '../../frame/VisuallyHidden';

/** What the card render prop receives beside the card. */
export interface CardRenderInfo {
  ageDays: number;
  daysInColumn: number;
  columnTitle: string;
  /** True for the copy that follows the pointer while dragging. */
  overlay: boolean;
}

export type RenderCard = (card: KanbanCard, info: CardRenderInfo) => ReactNode;

const TYPE_LABEL: Record<KanbanCard['type'], string> = {
  experiment: 'Experiment',
  data: 'Data',
  model: 'Model',
  incident: 'Incident',
  task: 'Task',
};

/** The default card body: type, age, title, owner, tags, blocked reason, drift evidence. */
export function CardBody({
  view,
  messages,
  info,
  render,
}: {
  view: CardView;
  messages: KanbanMessages;
  info: CardRenderInfo;
  render?: RenderCard;
}) {
  const { card } = view;
  if (render) return <>{render(card, info)}</>;
  const ev = card.evidence;
  return (
    <>
      <div className="sextant-kanban-board__card-top">
        <span className="sextant-kanban-board__type" data-type={card.type}>
          {TYPE_LABEL[card.type] ?? card.type}
        </span>
        <span className="sextant-kanban-board__age" title={messages.ageLong(view.ageDays, view.daysInColumn)}>
          <span aria-hidden="true">{messages.age(view.daysInColumn)}</span>
          <VisuallyHidden>{messages.ageLong(view.ageDays, view.daysInColumn)}</VisuallyHidden>
        </span>
      </div>
      {/* The card keeps its size while it is dragged: the title stays cut, whole on hover and for screen readers. */}
      <ClampedText as="p" className="sextant-kanban-board__card-title" text={card.title} reveal={false} />
      {ev ? (
        <p className="sextant-kanban-board__evidence">
          {ev.feature}
          {ev.method ? ` · ${ev.method}` : ''}
          {ev.score !== null ? ` · ${Number(ev.score.toPrecision(3))}` : ''}
        </p>
      ) : null}
      {card.blocked ? <p className="sextant-kanban-board__blocked">{messages.blocked(card.blockedReason)}</p> : null}
      {card.owner || (card.tags && card.tags.length > 0) ? (
        <div className="sextant-kanban-board__meta">
          {card.owner ? <span className="sextant-kanban-board__owner">{card.owner}</span> : null}
          {card.tags?.slice(0, 3).map((t, i) => (
            <span key={i} className="sextant-kanban-board__tag">
              {t}
            </span>
          ))}
        </div>
      ) : null}
    </>
  );
}

export interface SortableCardProps {
  view: CardView;
  dndId: string;
  columnTitle: string;
  messages: KanbanMessages;
  render?: RenderCard;
  tabbable: boolean;
  describedBy: string;
}

/** A draggable card. Its accessible name is its content (type, age in words, title, state), so it matches what is seen. */
export const SortableCard = /* @__PURE__ */ memo(function SortableCard({
  view,
  dndId,
  columnTitle,
  messages,
  render,
  tabbable,
  describedBy,
}: SortableCardProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: dndId });
  const { card } = view;
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={describedBy}
      data-sextant-card={card.id}
      data-dragging={isDragging || undefined}
      data-blocked={card.blocked || undefined}
      data-type={card.type}
      className="sextant-kanban-board__card"
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <CardBody
        view={view}
        messages={messages}
        render={render}
        info={{ ageDays: view.ageDays, daysInColumn: view.daysInColumn, columnTitle, overlay: false }}
      />
    </div>
  );
});
