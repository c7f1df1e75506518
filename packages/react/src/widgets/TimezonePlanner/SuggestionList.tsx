import type { ElementType } from 'react';
import { SlotBadge, SlotPeople } from './SlotPeople';
import { fillMessage, type PlannerMessages } from './messages';
import { durationText, type PlannerModel, type SlotView } from './model';

/** Props of {@link SuggestionList}. */
export interface SuggestionListProps {
  model: PlannerModel;
  /** Start (ms) of the selected meeting, or null. */
  selectedStart: number | null;
  durationMinutes: number;
  nightWeight: number;
  messages: PlannerMessages;
  headingId: string;
  Heading: ElementType;
  onToggle: (iso: string | null) => void;
  /** The slot the pointer or focus is on (drawn on the grid as a preview), or null. */
  onPreview?: (slot: SlotView | null) => void;
}

/**
 * Suggested meetings, best first, with the rule that ranks them in one line; each is a
 * toggle button (time and a badge) over a compact list of everyone's local time.
 */
export function SuggestionList({
  model: m,
  selectedStart,
  durationMinutes,
  nightWeight,
  messages: t,
  headingId,
  Heading,
  onToggle,
  onPreview,
}: SuggestionListProps) {
  const n = m.rows.length;
  const meeting = durationText(durationMinutes);
  return (
    <section className="sextant-timezone-planner__panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="sextant-timezone-planner__panel-title">
        {fillMessage(t.suggestionsTitle, { meeting })}
      </Heading>
      {m.suggestions.length === 0 ? (
        <p className="sextant-timezone-planner__empty">{fillMessage(t.noSuggestions, { meeting, date: m.dateText })}</p>
      ) : (
        <>
          <p className="sextant-timezone-planner__rank">{fillMessage(t.rankRule, { nightWeight })}</p>
          <ol className="sextant-timezone-planner__slots">
            {m.suggestions.map((s) => {
              const pressed = selectedStart === s.start;
              return (
                <li key={s.start} className="sextant-timezone-planner__slot" data-all-inside={s.allInside || undefined}>
                  <button
                    type="button"
                    className="sextant-timezone-planner__slot-button"
                    aria-pressed={pressed}
                    onClick={() => onToggle(pressed ? null : s.iso)}
                    onMouseEnter={() => onPreview?.(s)}
                    onMouseLeave={() => onPreview?.(null)}
                    onFocus={() => onPreview?.(s)}
                    onBlur={() => onPreview?.(null)}
                  >
                    <span className="sextant-timezone-planner__slot-time">
                      {s.rangeText} <bdi className="sextant-timezone-planner__slot-zone">{m.referenceLabel}</bdi>
                    </span>{' '}
                    <SlotBadge slot={s} n={n} messages={t} />
                  </button>
                  <SlotPeople slot={s} messages={t} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
