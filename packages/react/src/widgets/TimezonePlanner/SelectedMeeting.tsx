import type { ElementType, Ref } from 'react';
import { SlotBadge, SlotPeople } from './SlotPeople';
import { fillMessage, type PlannerMessages } from './messages';
import type { PlannerModel, SelectionView } from './model';

/** Props of {@link SelectedMeeting}. */
export interface SelectedMeetingProps {
  model: PlannerModel;
  selection: SelectionView | null;
  messages: PlannerMessages;
  headingId: string;
  Heading: ElementType;
  onClear: () => void;
}

/** The picked meeting: when, whether everyone is in hours, and everyone's local time. */
export function SelectedMeeting({ model: m, selection, messages: t, headingId, Heading, onClear }: SelectedMeetingProps) {
  return (
    <section className="sextant-timezone-planner__panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="sextant-timezone-planner__panel-title">
        {t.selectedTitle}
      </Heading>
      {selection === null ? (
        <p className="sextant-timezone-planner__empty">{t.selectedNone}</p>
      ) : (
        <div className="sextant-timezone-planner__selected">
          <p className="sextant-timezone-planner__selected-time">
            <strong>
              {selection.dateText}, {selection.slot.rangeText} {m.referenceLabel}
            </strong>
            <SlotBadge slot={selection.slot} n={m.rows.length} messages={t} />
          </p>
          <SlotPeople slot={selection.slot} messages={t} />
          <button type="button" className="sextant-timezone-planner__button" onClick={onClear}>
            {t.clear}
          </button>
        </div>
      )}
    </section>
  );
}

/** Props of {@link SelectedBar}. */
export interface SelectedBarProps {
  model: PlannerModel;
  selection: SelectionView;
  messages: PlannerMessages;
  onClear: () => void;
  clearRef?: Ref<HTMLButtonElement>;
}

/**
 * The selected slot, kept in view: a bar that sticks to the bottom of the viewport while the
 * planner is on screen, so the choice is visible wherever the user has scrolled to.
 */
export function SelectedBar({ model: m, selection, messages: t, onClear, clearRef }: SelectedBarProps) {
  return (
    <div className="sextant-timezone-planner__bar" data-all-inside={selection.slot.allInside || undefined}>
      <span className="sextant-timezone-planner__bar-text">
        <strong>{fillMessage(t.selectedBar, { range: selection.slot.rangeText, zone: m.referenceLabel })}</strong>{' '}
        <span className="sextant-timezone-planner__bar-date">{selection.dateText}</span>
      </span>
      <SlotBadge slot={selection.slot} n={m.rows.length} messages={t} />
      <button ref={clearRef} type="button" className="sextant-timezone-planner__button" onClick={onClear}>
        {t.clear}
      </button>
    </div>
  );
}
