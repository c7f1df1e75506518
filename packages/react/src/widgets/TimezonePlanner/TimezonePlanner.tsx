import { DEFAULT_NIGHT, instantToWallClock, type InstantInput, type NightWindow } from '@sextant/core';
import { forwardRef, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { RowIssue } from '../../frame/RowIssue';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { levelOf, refuse } from '../../frame/props';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { DayPicker } from './DayPicker';
import { fillMessage, plannerMessages, type PlannerMessages } from './messages';
import { buildPlannerModel, dateLong, selectionModel, type PlannerMember, type SlotView } from './model';
import { PlannerGrid } from './PlannerGrid';
import { PlannerTable } from './PlannerTable';
import { SelectedBar, SelectedMeeting } from './SelectedMeeting';
import { SuggestionList } from './SuggestionList';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Props of {@link TimezonePlanner}. */
export interface TimezonePlannerProps extends WidgetBaseProps {
  /** The team: core's `TeamMember` (id, name, IANA `timeZone`, `workHours`, `workDays`, `holidays`) plus an optional `location`. A member core refuses is flagged in place; the rest render. */
  members: readonly PlannerMember[];
  /**
   * The instant whose local time each row shows (ISO string with `Z` or an offset, epoch ms, or a `Date`).
   * Pass it in; the widget reads no clock while rendering.
   * @default the clock, read once when the widget mounts
   */
  now?: InstantInput;
  /**
   * The zone whose calendar day the strips show, hour by hour.
   * @default the first member's zone
   */
  timeZone?: string;
  /** The day shown, `'YYYY-MM-DD'` in `timeZone` (controlled). */
  date?: string;
  /**
   * The day shown at first (uncontrolled).
   * @default the date of `now` in `timeZone`
   */
  defaultDate?: string;
  /** Called when the day picker changes the day. */
  onDateChange?: (date: string) => void;
  /** Start of the selected meeting, an ISO instant, or `null` for none (controlled). */
  value?: string | null;
  /** @default null */
  defaultValue?: string | null;
  /** Called with the new start (`Date#toISOString()` form) when an hour or a suggested time is picked, `null` when cleared. */
  onValueChange?: (value: string | null) => void;
  /** Meeting length used for suggestions and for the selected meeting. @default 60 */
  durationMinutes?: number;
  /** How many suggested times to list. @default 3 */
  suggestionCount?: number;
  /**
   * Least number of people working at once for a day to count as having an overlap (core's `plannerDay`).
   * @default 2 (1 for a team of one)
   */
  quorum?: number;
  /**
   * The local night window (drawn hatched, weighted more in suggestions).
   * @default { start: '22:00', end: '07:00' }
   */
  night?: NightWindow;
  /** Sentences that replace the planner's own, key by key (see `DEFAULT_PLANNER_MESSAGES`). */
  messages?: Partial<PlannerMessages>;
}

/** suggestMeetings' default night weight, which the rank line states. */
const NIGHT_WEIGHT = 3;

/**
 * Plan meetings across time zones, as a calendar's "find a time" view does and more: one row
 * per member with their place and local time at `now`; their working hours as one continuous
 * bar over the chosen day (night quieter and hatched), every hour cell showing their local
 * hour; when everyone is free; how many work each hour; suggested times ranked by fairness,
 * each with everyone's local time once; and, on a day without an overlap, the next day that
 * has one. Arrow keys move across hours and people (the shared grid keyboard model); Enter
 * picks an hour. All arithmetic is core's (`plannerDay`, `plannerMeeting`), right across DST
 * changes and in :30 and :45 zones. A member core refuses is flagged in place while the rest
 * render; an unshowable day keeps the day picker so the widget can recover.
 *
 * Parts: `DayPicker`, `PlannerGrid`, `SuggestionList`, `SelectedMeeting` (and its sticky
 * bar), `PlannerTable` (the text alternative).
 *
 * @example
 * ```tsx
 * <TimezonePlanner
 *   title="Platform team"
 *   now="2026-03-30T09:15:00Z"
 *   members={[
 *     { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *     { id: 'kenji', name: 'Kenji', timeZone: 'Asia/Tokyo', location: 'Kyoto', workHours: { start: '09:00', end: '18:00' } },
 *   ]}
 *   onValueChange={(start) => console.log('meeting at', start)}
 * />
 * ```
 */
export const TimezonePlanner = /* @__PURE__ */ forwardRef<HTMLElement, TimezonePlannerProps>(function TimezonePlanner(
  {
    members,
    now,
    timeZone,
    date,
    defaultDate,
    onDateChange,
    value,
    defaultValue,
    onValueChange,
    durationMinutes = 60,
    suggestionCount = 3,
    quorum,
    night,
    messages,
    title = 'Team hours',
    description,
    headingLevel = 3,
    style,
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const t = useMemo(() => plannerMessages(messages), [messages]);
  // The frame checks and reports title, description, style and headingLevel; the planner
  // only builds on the heading level, for its sub-headings.
  const safeLevel = levelOf(headingLevel);

  // The documented default: the clock, read once at mount (never on later renders).
  const [mountedAt] = useState(() => Date.now());
  const nowInput = now ?? mountedAt;
  const firstZone =
    Array.isArray(members) && members.length > 0 && members[0] && typeof members[0] === 'object'
      ? members[0].timeZone
      : undefined;
  const referenceZone = typeof timeZone === 'string' ? timeZone : typeof firstZone === 'string' ? firstZone : 'UTC';
  const today = useMemo(() => {
    try {
      return instantToWallClock(nowInput, referenceZone).slice(0, 10);
    } catch {
      // Bad props are reported by the model below; any date will do until then.
      return new Date(mountedAt).toISOString().slice(0, 10);
    }
  }, [nowInput, referenceZone, mountedAt]);

  const [day, setDay] = useControllableState<string>({
    value: date,
    defaultValue: defaultDate ?? today,
    onChange: onDateChange,
    name: 'TimezonePlanner.date',
  });
  const [selected, setSelected] = useControllableState<string | null>({
    value,
    defaultValue: defaultValue ?? null,
    onChange: onValueChange,
    name: 'TimezonePlanner.value',
  });

  const model = useSafeComputation(() => {
    // String(day) of an object would put "[object Object]" in the error sentence.
    if (typeof day !== 'string') throw refuse(date === undefined ? 'defaultDate' : 'date', "a 'YYYY-MM-DD' date", day);
    return buildPlannerModel({
      members,
      now: nowInput,
      timeZone,
      date: day,
      durationMinutes,
      quorum,
      suggestionCount,
      night,
      locale,
      messages: t,
    });
  }, [members, nowInput, timeZone, day, durationMinutes, quorum, suggestionCount, night, locale, t]);
  const m = model.ok ? model.value : null;

  const selection = useSafeComputation(() => {
    if (selected === null || selected === undefined || !m) return null;
    return selectionModel(m, selected, durationMinutes, night, locale);
  }, [selected, m, durationMinutes, night, locale]);
  const sel = selection.ok ? selection.value : null;

  const ids = useId();
  const sugId = `${ids}-sug`;
  const selId = `${ids}-sel`;
  const SubHeading = `h${Math.min(6, safeLevel + 1)}` as 'h4';
  const rootRef = useRef<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [preview, setPreview] = useState<SlotView | null>(null);

  // Where focus goes after a commit that removed the focused button (never <body>).
  const focusAfter = useRef<'grid' | 'date' | null>(null);
  useIsomorphicLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const root = rootRef.current;
    const el =
      target === 'grid'
        ? root?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')
        : root?.querySelector<HTMLElement>('.sextant-timezone-planner__date');
    (el ?? root?.querySelector<HTMLElement>('.sextant-timezone-planner__date'))?.focus();
  });

  const changeDay = (d: string, focus: 'date' | null = null) => {
    setDay(d);
    setAnnouncement(fillMessage(t.announceDay, { date: dateLong(d, locale) }));
    focusAfter.current = focus;
  };

  const pick = (col: number) => {
    if (!m) return;
    const h = m.hours[col];
    setSelected(new Date(h.start).toISOString());
    setAnnouncement(fillMessage(t.announceSelected, { range: `${h.from}–${h.to}`, count: h.working, total: m.rows.length }));
  };

  const clear = () => {
    const inside = rootRef.current?.contains(document.activeElement) ?? false;
    setSelected(null);
    setAnnouncement(t.announceCleared);
    // The clear buttons disappear with the selection: take focus to the grid's tab stop.
    if (inside) focusAfter.current = 'grid';
  };

  const dayPicker = <DayPicker day={day} today={today} locale={locale} messages={t} onChange={(d) => changeDay(d)} />;
  const error = model.ok ? selection.error : model.error;
  const n = m ? m.rows.length : 0;
  const nightFrom = night?.start ?? DEFAULT_NIGHT.start;
  const nightTo = night?.end ?? DEFAULT_NIGHT.end;

  const setRef = (el: HTMLElement | null) => {
    rootRef.current = el;
    if (typeof ref === 'function') ref(el);
    else if (ref) ref.current = el;
  };

  return (
    <WidgetFrame
      ref={setRef}
      widget="timezone-planner"
      title={title}
      description={description}
      headingLevel={headingLevel}
      style={style}
      error={error}
      actions={dayPicker}
      // A refused day keeps the picker: an uncontrolled planner can step back to a good day.
      actionsOnError={dayPicker}
      resetKeys={[members, day, selected]}
      data-overlap={m ? m.overlapKind : undefined}
      {...rest}
    >
      {m ? (
        <>
          <div className="sextant-timezone-planner__summary" data-tone={m.summary.tone}>
            <span className="sextant-timezone-planner__summary-icon" aria-hidden="true">
              {m.summary.tone === 'good' ? '✓' : '!'}
            </span>
            <div className="sextant-timezone-planner__summary-text">
              <p>{m.summary.text}</p>
              {m.summary.next ? (
                <button
                  type="button"
                  className="sextant-timezone-planner__button sextant-timezone-planner__next"
                  onClick={() => changeDay(m.summary.next!.date, 'date')}
                >
                  {m.summary.next.label} <span aria-hidden="true">→</span>
                </button>
              ) : null}
              {m.summary.noNext ? <p className="sextant-timezone-planner__note">{m.summary.noNext}</p> : null}
            </div>
          </div>
          {m.notes.map((note) => (
            <p key={note} className="sextant-timezone-planner__dst">
              <span aria-hidden="true">⟳ </span>
              {note}
            </p>
          ))}

          <div className="sextant-timezone-planner__caption">
            <span>
              <strong>{m.dateText}</strong> · {fillMessage(t.hoursIn, { zone: m.referenceLabel })}
            </span>
            <ul className="sextant-timezone-planner__legend" aria-label={t.legend}>
              <li>
                <span className="sextant-timezone-planner__swatch" data-kind="working" aria-hidden="true" />
                {t.working}
              </li>
              <li>
                <span className="sextant-timezone-planner__swatch" data-kind="outside" aria-hidden="true" />
                {t.outside}
              </li>
              <li>
                <span className="sextant-timezone-planner__swatch" data-kind="night" aria-hidden="true" />
                {fillMessage(t.night, { from: nightFrom, to: nightTo })}
              </li>
              {m.day.overlap.length > 0 ? (
                <li>
                  <span className="sextant-timezone-planner__swatch" data-kind="band" aria-hidden="true" />
                  {t.band}
                </li>
              ) : null}
              {m.nowAt !== null ? (
                <li>
                  <span className="sextant-timezone-planner__swatch" data-kind="now" aria-hidden="true" />
                  {t.now}
                </li>
              ) : null}
            </ul>
          </div>

          {m.problems.length > 0 ? (
            <ul className="sextant-timezone-planner__problems" aria-label={t.problemsTitle}>
              {m.problems.map((p) => (
                <li key={p.index}>
                  <RowIssue widget="timezone-planner" error={p.error} name={p.name} messages={rest.errorMessages} />
                </li>
              ))}
            </ul>
          ) : null}

          <PlannerGrid
            model={m}
            selection={sel ? sel.slot : null}
            preview={preview ? (m.suggestions.find((x) => x.start === preview.start) ?? null) : null}
            messages={t}
            onPick={pick}
            onAnnounce={setAnnouncement}
          />
          <VisuallyHidden aria-live="polite" aria-atomic="true" className="sextant-timezone-planner__live">
            {announcement}
          </VisuallyHidden>

          <div className="sextant-timezone-planner__panels">
            <SuggestionList
              model={m}
              selectedStart={sel ? sel.slot.start : null}
              durationMinutes={durationMinutes}
              nightWeight={NIGHT_WEIGHT}
              messages={t}
              headingId={sugId}
              Heading={SubHeading}
              onPreview={setPreview}
              onToggle={(iso) => {
                setSelected(iso);
                const s = m.suggestions.find((x) => x.iso === iso);
                setAnnouncement(
                  s
                    ? fillMessage(t.announceSelected, { range: s.rangeText, count: n - s.outsideCount, total: n })
                    : t.announceCleared,
                );
              }}
            />
            <SelectedMeeting model={m} selection={sel} messages={t} headingId={selId} Heading={SubHeading} onClear={clear} />
          </div>
          {sel ? <SelectedBar model={m} selection={sel} messages={t} onClear={clear} /> : null}
          <PlannerTable model={m} messages={t} />
        </>
      ) : null}
    </WidgetFrame>
  );
});
