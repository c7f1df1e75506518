import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import type { PlannerMessages } from './messages';
import { dateLong, isShowableDate, shiftDate } from './model';

/** Props of {@link DayPicker}. */
export interface DayPickerProps {
  /** The day shown, `'YYYY-MM-DD'` (possibly one the planner refused: the picker still offers a way back). */
  day: string;
  /** Today in the reference zone. */
  today: string;
  locale: string | undefined;
  messages: PlannerMessages;
  onChange: (day: string) => void;
}

/**
 * The day control: one tab stop (the date button, in the same format as the grid's heading);
 * ← / → change the day, Home goes to today, Enter or a click opens a date field to jump
 * anywhere. The ‹ › and Today buttons are for the pointer (24 px and up) and stay out of the
 * tab order. Focus stays on the date button when a button it replaced disappears.
 */
export function DayPicker({ day, today, locale, messages: t, onChange }: DayPickerProps) {
  const [open, setOpen] = useState(false);
  const helpId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const valid = isShowableDate(day);
  // A controlled caller may pass anything as the day.
  const raw: unknown = day;
  const prev = valid ? shiftDate(day, -1) : null;
  const next = valid ? shiftDate(day, 1) : null;

  const go = (d: string | null, keepFocus = true) => {
    if (d === null) return;
    onChange(d);
    if (keepFocus) button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const fwd = rtl ? 'ArrowLeft' : 'ArrowRight';
    if (e.key === back || e.key === 'PageUp') go(valid ? prev : today);
    else if (e.key === fwd || e.key === 'PageDown') go(valid ? next : today);
    else if (e.key === 'Home') go(today);
    else return;
    e.preventDefault();
  };

  return (
    <div className="sextant-timezone-planner__daypicker" role="group" aria-label={t.dayGroup}>
      <button
        type="button"
        tabIndex={-1}
        className="sextant-timezone-planner__button sextant-timezone-planner__step"
        aria-label={t.previousDay}
        disabled={prev === null}
        onClick={() => go(prev)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <button
        ref={button}
        type="button"
        className="sextant-timezone-planner__button sextant-timezone-planner__date"
        aria-describedby={helpId}
        aria-expanded={open}
        onKeyDown={onKeyDown}
        onClick={() => setOpen((o) => !o)}
      >
        {/* A refused day is shown as typed (it may not be a string at all), so the picker is the way back. */}
        <time dateTime={valid ? day : undefined}>
          {valid ? dateLong(day, locale) : typeof raw === 'string' && raw.trim() !== '' ? raw.slice(0, 40) : t.pickDate}
        </time>
      </button>
      <button
        type="button"
        tabIndex={-1}
        className="sextant-timezone-planner__button sextant-timezone-planner__step"
        aria-label={t.nextDay}
        disabled={next === null}
        onClick={() => go(next)}
      >
        <span aria-hidden="true">›</span>
      </button>
      {day !== today ? (
        <button type="button" tabIndex={-1} className="sextant-timezone-planner__button" onClick={() => go(today)}>
          {t.today}
        </button>
      ) : null}
      {open ? (
        <label className="sextant-timezone-planner__jump">
          <span className="sextant-visually-hidden">{t.pickDate}</span>
          <input
            type="date"
            // Focus moves into the field it opened for; Escape or a choice brings it back to the button.
            autoFocus
            min="1000-01-04"
            max="9999-12-27"
            value={valid ? day : ''}
            onChange={(e) => {
              if (isShowableDate(e.target.value)) onChange(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape' || e.key === 'Enter') {
                e.preventDefault();
                setOpen(false);
                button.current?.focus();
              }
            }}
            onBlur={() => setOpen(false)}
          />
        </label>
      ) : null}
      <VisuallyHidden id={helpId}>{t.dayHelp}</VisuallyHidden>
    </div>
  );
}
