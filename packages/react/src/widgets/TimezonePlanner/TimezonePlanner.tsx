import { DEFAULT_NIGHT, instantToWallClock, type InstantInput, type NightWindow, type SlotStatus } from '@sextant/core';
import {
  forwardRef,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import {
  buildPlannerModel,
  durationText,
  selectionModel,
  shiftDate,
  stripFraction,
  type PlannerCell,
  type PlannerMember,
  type PlannerModel,
  type PlannerSlot,
  type PlannerSlotMember,
} from './model';

/** Props of {@link TimezonePlanner}. */
export interface TimezonePlannerProps extends WidgetBaseProps {
  /** The team: core's `TeamMember` (id, name, IANA `timeZone`, `workHours`, `workDays`, `holidays`) plus an optional `location`. */
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
   * The local night window (drawn hatched, weighted more in suggestions).
   * @default { start: '22:00', end: '07:00' }
   */
  night?: NightWindow;
}

interface GridPos {
  row: number;
  col: number;
}

const STATUS_TEXT: Record<SlotStatus, string> = {
  working: 'in working hours',
  outside: 'outside working hours',
  night: 'outside working hours, night',
};

const FILL: Record<SlotStatus, string> = {
  working: 'var(--sextant-tzp-working)',
  outside: 'var(--sextant-tzp-outside)',
  night: 'var(--sextant-tzp-night)',
};

/** A cell whose quarter hours differ is painted quarter by quarter. */
function cellStyle(cell: PlannerCell): CSSProperties | undefined {
  if (!cell.quarters) return undefined;
  const q = cell.quarters.length;
  const stops = cell.quarters.map((s, i) => `${FILL[s]} ${((i * 100) / q).toFixed(2)}% ${(((i + 1) * 100) / q).toFixed(2)}%`);
  return { '--sextant-tzp-fill': `linear-gradient(90deg, ${stops.join(', ')})` } as CSSProperties;
}

function bandStyle(left: number, right: number): CSSProperties {
  return { '--tzp-l': left.toFixed(5), '--tzp-r': right.toFixed(5) } as CSSProperties;
}

function outsideNote(m: PlannerSlotMember): string {
  return m.minutesAtNight > 0 ? 'night' : 'outside hours';
}

function PeopleTimes({ people, collapse }: { people: readonly PlannerSlotMember[]; collapse: boolean }) {
  const list = (
    <ul className="sextant-timezone-planner__people">
      {people.map((m) => (
        <li key={m.id} data-outside={m.minutesOutsideHours > 0 || undefined}>
          <span className="sextant-timezone-planner__person">{m.name}</span>{' '}
          <span className="sextant-timezone-planner__person-time">{m.localText}</span>
          {m.minutesOutsideHours > 0 ? (
            <span className="sextant-timezone-planner__flag" data-night={m.minutesAtNight > 0 || undefined}>
              {outsideNote(m)}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
  if (!collapse) return list;
  return (
    <details className="sextant-timezone-planner__details">
      <summary>Local time for all {people.length} people</summary>
      {list}
    </details>
  );
}

/** Whether everyone is in hours for a slot; the text says it, the tone only colours it. */
function SlotBadge({ slot, n }: { slot: PlannerSlot; n: number }) {
  return (
    <span className="sextant-timezone-planner__badge" data-tone={slot.allInside ? 'good' : 'warn'}>
      {slot.allInside ? 'Everyone in hours' : `${slot.outside.length} of ${n} outside hours`}
    </span>
  );
}

function outsideSentence(slot: PlannerSlot): string {
  return slot.outside.map((m) => `${m.name} (${m.location}, ${m.localText}${m.minutesAtNight > 0 ? ', night' : ''})`).join('; ');
}

function summaryText(model: PlannerModel, n: number, durationMinutes: number): { tone: 'good' | 'warn'; text: string } {
  const ref = `${model.referenceLabel} time`;
  const all = n === 1 ? 'the one person' : n === 2 ? 'both people' : `all ${n} people`;
  const partial = model.suggestions.length > 0 ? ' The best partial options are listed below.' : '';
  if (model.overlap === 'common') {
    return {
      tone: 'good',
      text: `Everyone is in working hours ${model.commonText.join(', ')} ${ref} (${durationText(model.commonMinutes)}).`,
    };
  }
  if (model.overlap === 'too-short') {
    return {
      tone: 'warn',
      text: `Everyone overlaps only ${model.commonText.join(', ')} ${ref} (${durationText(model.commonMinutes)}), less than a ${durationText(durationMinutes)} meeting.${partial}`,
    };
  }
  return { tone: 'warn', text: `No hour on ${model.dateText} has ${all} in working hours.${partial}` };
}

/**
 * Plan meetings across time zones: one row per member with their local time at `now`, a
 * 24-hour strip per member for the chosen day (working / outside hours / night), the band
 * where everyone is in working hours, and suggested times ranked by fairness, each with
 * every person's local time. Arrow keys move across hours and people; Enter selects an
 * hour. All schedule logic is core's (`teamDayStrip`, `suggestMeetings`, `evaluateMeeting`,
 * `offsetTransitions`, `localTimes`), so the strips are right across DST changes and in :30 and :45 zones.
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
    night,
    title = 'Team hours',
    headingLevel = 3,
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  // The documented default: the clock, read once at mount (never on later renders).
  const [mountedAt] = useState(() => Date.now());
  const nowInput = now ?? mountedAt;
  const referenceZone = timeZone ?? (Array.isArray(members) && members.length > 0 ? members[0]?.timeZone : undefined);
  const today = useMemo(() => {
    try {
      return instantToWallClock(nowInput, referenceZone ?? 'UTC').slice(0, 10);
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

  const model = useSafeComputation(
    () =>
      buildPlannerModel({
        members,
        now: nowInput,
        timeZone,
        date: day,
        durationMinutes,
        suggestionCount,
        night,
        locale,
      }),
    [members, nowInput, timeZone, day, durationMinutes, suggestionCount, night, locale],
  );

  const selection = useSafeComputation(() => {
    if (selected === null || !model.ok) return null;
    return selectionModel(members, selected, durationMinutes, night, model.value.timeZone, locale);
  }, [selected, model, members, durationMinutes, night, locale]);

  const ids = useId();
  const helpId = `${ids}-help`;
  const sugId = `${ids}-sug`;
  const selId = `${ids}-sel`;
  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as 'h4';

  const [focus, setFocus] = useState<GridPos | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const gridRef = useRef<HTMLDivElement>(null);

  const m = model.ok ? model.value : null;
  const sel = selection.ok ? selection.value : null;
  const n = m ? m.rows.length : 0;
  const cols = m ? m.hours.length : 0;
  const selectedCol =
    m && sel && sel.start >= m.dayStart && sel.start < m.dayEnd ? m.hours.findIndex((h) => sel.start < h.end) : -1;

  const defaultCol = (() => {
    if (!m) return 0;
    if (selectedCol >= 0) return selectedCol;
    if (m.bands.length > 0) return Math.min(cols - 1, Math.floor(m.bands[0].left * cols + 1e-9));
    if (m.nowAt !== null) return Math.min(cols - 1, Math.floor(m.nowAt * cols));
    let best = 0;
    m.hours.forEach((h, i) => {
      if (h.working > m.hours[best].working) best = i;
    });
    return best;
  })();
  const pos: GridPos = focus ? { row: Math.min(focus.row, n), col: Math.min(focus.col, cols - 1) } : { row: 0, col: defaultCol };

  const columnAnnouncement = (col: number): string => {
    if (!m) return '';
    const h = m.hours[col];
    const people = m.rows.map((r) => `${r.name} ${r.cells[col].timeLabel} ${STATUS_TEXT[r.cells[col].status]}`).join('; ');
    return `${h.from}–${h.to} ${m.referenceLabel} time, ${m.dateText}: ${h.working} of ${n} in working hours. ${people}.`;
  };

  const go = (next: GridPos, select = false) => {
    setFocus(next);
    // Every cell is already in the DOM (only its tabindex changes), so focus can move here rather than in an effect.
    gridRef.current?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus();
    if (select && m) {
      setSelected(new Date(m.hours[next.col].start).toISOString());
      setAnnouncement(
        `Selected ${m.hours[next.col].from}–${m.hours[next.col].to} ${m.referenceLabel} time. ${columnAnnouncement(next.col)}`,
      );
    } else if (next.col !== pos.col || !focus) {
      setAnnouncement(columnAnnouncement(next.col));
    }
  };

  const onGridKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!m) return;
    const { row, col } = pos;
    let next: GridPos;
    switch (e.key) {
      case 'ArrowRight':
        next = { row, col: Math.min(cols - 1, col + 1) };
        break;
      case 'ArrowLeft':
        next = { row, col: Math.max(0, col - 1) };
        break;
      case 'ArrowDown':
        next = { row: Math.min(n, row + 1), col };
        break;
      case 'ArrowUp':
        next = { row: Math.max(0, row - 1), col };
        break;
      case 'Home':
        next = e.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
        break;
      case 'End':
        next = e.ctrlKey ? { row: n, col: cols - 1 } : { row, col: cols - 1 };
        break;
      case 'PageDown':
        next = { row: Math.min(n, row + 5), col };
        break;
      case 'PageUp':
        next = { row: Math.max(0, row - 5), col };
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        go({ row, col }, true);
        return;
      default:
        return;
    }
    e.preventDefault();
    go(next);
  };

  /** What every focusable cell shares: roving tabindex, selection, and the position that click and focus read back. */
  const cellNav = (row: number, col: number) => ({
    tabIndex: pos.row === row && pos.col === col ? 0 : -1,
    'aria-selected': col === selectedCol,
    'data-row': row,
    'data-col': col,
  });

  // One handler for every cell (focus bubbles in React): keeps the roving position in step with Tab and clicks.
  const onGridFocus = (e: FocusEvent<HTMLDivElement>) => {
    const { row, col } = (e.target as HTMLElement).dataset;
    if (row === undefined || col === undefined) return;
    const next = { row: Number(row), col: Number(col) };
    if (!focus || focus.row !== next.row || focus.col !== next.col) setFocus(next);
  };

  const onGridClick = (e: MouseEvent<HTMLDivElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-col]');
    if (!cell) return;
    go({ row: Number(cell.dataset.row), col: Number(cell.dataset.col) }, true);
  };

  const dayPicker = (
    <div className="sextant-timezone-planner__daypicker" role="group" aria-label="Day shown">
      <button
        type="button"
        className="sextant-timezone-planner__button"
        aria-label="Previous day"
        onClick={() => setDay(shiftDate(day, -1))}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <input
        type="date"
        className="sextant-timezone-planner__date"
        aria-label="Date"
        value={day}
        onChange={(e) => {
          if (e.target.value) setDay(e.target.value);
        }}
      />
      <button
        type="button"
        className="sextant-timezone-planner__button"
        aria-label="Next day"
        onClick={() => setDay(shiftDate(day, 1))}
      >
        <span aria-hidden="true">›</span>
      </button>
      {day !== today ? (
        <button type="button" className="sextant-timezone-planner__button" onClick={() => setDay(today)}>
          Today
        </button>
      ) : null}
    </div>
  );

  const marks = (mdl: PlannerModel, axis = false) => (
    <>
      {mdl.bands.map((b, i) => (
        <span key={`b${i}`} aria-hidden="true" className="sextant-timezone-planner__band" style={bandStyle(b.left, b.right)} />
      ))}
      {axis ? null : sel && sel.end > mdl.dayStart && sel.start < mdl.dayEnd ? (
        <span
          aria-hidden="true"
          className="sextant-timezone-planner__selection"
          style={bandStyle(stripFraction(mdl.hours, sel.start), stripFraction(mdl.hours, sel.end))}
        />
      ) : null}
      {!axis && mdl.nowAt !== null ? (
        <span aria-hidden="true" className="sextant-timezone-planner__now" style={bandStyle(mdl.nowAt, mdl.nowAt)} />
      ) : null}
    </>
  );

  const error = model.ok ? selection.error : model.error;
  const summary = m ? summaryText(m, n, durationMinutes) : null;

  return (
    <WidgetFrame
      ref={ref}
      widget="timezone-planner"
      title={title}
      headingLevel={headingLevel}
      error={error}
      actions={dayPicker}
      resetKeys={[members, day, selected]}
      {...rest}
    >
      {m && summary ? (
        <>
          <div className="sextant-timezone-planner__summary" data-tone={summary.tone}>
            <span className="sextant-timezone-planner__summary-icon" aria-hidden="true">
              {summary.tone === 'good' ? '✓' : '!'}
            </span>
            <p>{summary.text}</p>
          </div>
          {m.clockChanges.length > 0 || m.hours.length !== 24 ? (
            <p className="sextant-timezone-planner__dst">
              <span aria-hidden="true">⟳ </span>
              Clocks change on this day
              {m.clockChanges.length > 0 ? ` in ${m.clockChanges.join(', ')}` : ''}
              {m.hours.length !== 24 ? `; it has ${m.hours.length} hours in ${m.referenceLabel} time.` : '.'}
            </p>
          ) : null}

          <div className="sextant-timezone-planner__caption">
            <span>
              <strong>{m.dateText}</strong> · hours in {m.referenceLabel} time
            </span>
            <ul className="sextant-timezone-planner__legend" aria-label="Legend">
              <li>
                <span className="sextant-timezone-planner__swatch" data-status="working" aria-hidden="true" />
                Working hours
              </li>
              <li>
                <span className="sextant-timezone-planner__swatch" data-status="outside" aria-hidden="true" />
                Outside hours
              </li>
              <li>
                <span className="sextant-timezone-planner__swatch" data-status="night" aria-hidden="true" />
                Night ({night?.start ?? DEFAULT_NIGHT.start}–{night?.end ?? DEFAULT_NIGHT.end})
              </li>
              {m.bands.length > 0 ? (
                <li>
                  <span className="sextant-timezone-planner__swatch" data-mark="band" aria-hidden="true" />
                  Everyone free
                </li>
              ) : null}
              {m.nowAt !== null ? (
                <li>
                  <span className="sextant-timezone-planner__swatch" data-mark="now" aria-hidden="true" />
                  Now
                </li>
              ) : null}
            </ul>
          </div>

          <div
            ref={gridRef}
            role="grid"
            className="sextant-timezone-planner__grid"
            aria-label={`Working hours on ${m.dateText}, ${m.referenceLabel} time`}
            aria-describedby={helpId}
            onKeyDown={onGridKeyDown}
            onClick={onGridClick}
            onFocus={onGridFocus}
            style={{ '--tzp-n': cols } as CSSProperties}
            data-count={n > 12 ? 'many' : undefined}
          >
            {/* The hour axis is drawn for the eye; each cell's name and the live region carry the hours. */}
            <div aria-hidden="true" className="sextant-timezone-planner__row sextant-timezone-planner__row--head">
              <div className="sextant-timezone-planner__corner">{m.referenceLabel}</div>
              <div className="sextant-timezone-planner__strip">
                {m.hours.map((h, c) => (
                  <div
                    key={h.start}
                    className="sextant-timezone-planner__hour"
                    data-every={h.hour % 6 === 0 ? 6 : h.hour % 3 === 0 ? 3 : 1}
                    data-selected={c === selectedCol || undefined}
                  >
                    {h.from.slice(0, 2)}
                  </div>
                ))}
                {marks(m, true)}
              </div>
            </div>
            {m.rows.map((r, ri) => (
              <div role="row" key={r.id} className="sextant-timezone-planner__row">
                <div role="rowheader" className="sextant-timezone-planner__member">
                  <span className="sextant-timezone-planner__name">{r.name}</span>{' '}
                  <span className="sextant-timezone-planner__meta">
                    {r.location} · <time dateTime={r.now.local}>{r.now.time}</time> {r.nowWeekday}
                    {r.off ? ' · day off' : ''}
                  </span>
                </div>
                <div className="sextant-timezone-planner__strip">
                  {r.cells.map((cell, c) => (
                    <div
                      key={cell.start}
                      role="gridcell"
                      className="sextant-timezone-planner__cell"
                      {...cellNav(ri, c)}
                      aria-label={`${r.name}, ${cell.timeLabel}: ${STATUS_TEXT[cell.status]}`}
                      data-status={cell.status}
                      data-new-day={cell.newDay || undefined}
                      data-mixed={cell.quarters ? true : undefined}
                      data-text={cell.text}
                      data-minutes={cell.localTime.endsWith(':00') ? undefined : true}
                      style={cellStyle(cell)}
                    />
                  ))}
                  {marks(m)}
                </div>
              </div>
            ))}
            <div role="row" className="sextant-timezone-planner__row sextant-timezone-planner__row--total">
              <div role="rowheader" className="sextant-timezone-planner__member">
                <span className="sextant-timezone-planner__name">Available</span>{' '}
                <span className="sextant-timezone-planner__meta">of {n === 1 ? '1 person' : `${n} people`}</span>
              </div>
              <div className="sextant-timezone-planner__strip">
                {m.hours.map((h, c) => (
                  <div
                    key={h.start}
                    role="gridcell"
                    className="sextant-timezone-planner__count"
                    {...cellNav(n, c)}
                    aria-label={`${h.from}–${h.to}: ${h.working} of ${n} in working hours`}
                    data-level={h.working === n ? 'all' : h.working === 0 ? 'none' : h.working * 2 >= n ? 'most' : 'some'}
                  >
                    <span aria-hidden="true">{h.working}</span>
                  </div>
                ))}
                {marks(m)}
              </div>
            </div>
          </div>
          <VisuallyHidden id={helpId}>
            Arrow keys move between hours and people, Home and End go to the first and last hour, Enter or Space selects the hour
            as the meeting start.
          </VisuallyHidden>
          <VisuallyHidden aria-live="polite" aria-atomic="true" className="sextant-timezone-planner__live">
            {announcement}
          </VisuallyHidden>

          <div className="sextant-timezone-planner__panels">
            <section className="sextant-timezone-planner__panel" aria-labelledby={sugId}>
              <SubHeading id={sugId} className="sextant-timezone-planner__panel-title">
                Suggested {durationText(durationMinutes)} meetings
              </SubHeading>
              {m.suggestions.length === 0 ? (
                <p className="sextant-timezone-planner__empty">
                  No {durationText(durationMinutes)} slot fits in {m.dateText}.
                </p>
              ) : (
                <ol className="sextant-timezone-planner__slots">
                  {m.suggestions.map((s) => {
                    const pressed = sel !== null && sel.start === s.start;
                    return (
                      <li key={s.start} className="sextant-timezone-planner__slot" data-all-inside={s.allInside || undefined}>
                        <button
                          type="button"
                          className="sextant-timezone-planner__slot-button"
                          aria-pressed={pressed}
                          onClick={() => setSelected(pressed ? null : new Date(s.start).toISOString())}
                        >
                          <span className="sextant-timezone-planner__slot-time">
                            {s.rangeText} <span className="sextant-timezone-planner__slot-zone">{m.referenceLabel} time</span>
                          </span>{' '}
                          <SlotBadge slot={s} n={n} />
                        </button>
                        {!s.allInside ? (
                          <p className="sextant-timezone-planner__outside">
                            Outside hours: {outsideSentence(s)}. {durationText(s.minutesOutside)} outside hours in total
                            {s.minutesAtNight > 0 ? `, ${durationText(s.minutesAtNight)} of it at night` : ''}.
                          </p>
                        ) : null}
                        <PeopleTimes people={s.members} collapse={n > 8} />
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>

            <section className="sextant-timezone-planner__panel" aria-labelledby={selId}>
              <SubHeading id={selId} className="sextant-timezone-planner__panel-title">
                Selected meeting
              </SubHeading>
              {sel === null ? (
                <p className="sextant-timezone-planner__empty">
                  Pick an hour in the grid (arrow keys, then Enter) or a suggested time.
                </p>
              ) : (
                <div className="sextant-timezone-planner__selected">
                  <p className="sextant-timezone-planner__selected-time">
                    <strong>
                      {sel.dateText}, {sel.slot.rangeText} {m.referenceLabel} time
                    </strong>
                    <SlotBadge slot={sel.slot} n={n} />
                  </p>
                  <PeopleTimes people={sel.slot.members} collapse={n > 8} />
                  <button type="button" className="sextant-timezone-planner__button" onClick={() => setSelected(null)}>
                    Clear selection
                  </button>
                </div>
              )}
            </section>
          </div>

          <div className="sextant-visually-hidden">
            <table>
              <caption>
                Team hours on {m.dateText}, working times in {m.referenceLabel} time
              </caption>
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Place and zone</th>
                  <th scope="col">Local time now</th>
                  <th scope="col">Work hours, local</th>
                  <th scope="col">Working on this day, {m.referenceLabel} time</th>
                </tr>
              </thead>
              <tbody>
                {m.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    <td>
                      {r.location}, {r.timeZone} ({r.now.offsetLabel})
                    </td>
                    <td>
                      {r.now.time} {r.nowWeekday}, {r.now.isWorking ? 'working' : r.now.isNight ? 'night' : 'outside hours'}
                    </td>
                    <td>{r.workHours}</td>
                    <td>{r.workingText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </WidgetFrame>
  );
});
