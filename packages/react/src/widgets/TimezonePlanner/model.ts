/**
 * The TimezonePlanner's view model: every number comes from core's `plannerDay` and
 * `plannerMeeting`; this file only screens the props, arranges core's results and formats
 * dates and times for reading.
 */
import {
  instantToWallClock,
  plannerDay,
  plannerMeeting,
  screenTeam,
  SextantError,
  type InstantInput,
  type MemberLocalTime,
  type NightWindow,
  type PlannerDay,
  type PlannerMeeting,
  type PlannerOverlapKind,
  type PlannerSpan,
  type SlotStatus,
  type TeamMember,
} from '@sextant/core';
import { fillMessage, type PlannerMessages } from './messages';

/** A team member as the planner shows it: core's member plus an optional place name. */
export interface PlannerMember extends TeamMember {
  /** City or place shown under the name (e.g. `'Bali'` for `Asia/Makassar`). @default the zone's city */
  location?: string;
}

/** One hour cell of a member's row. */
export interface CellView {
  status: SlotStatus;
  /** `'09:00'`, the member's wall clock at the start. */
  localTime: string;
  /** For names and announcements: `localTime`, with the short date when it is not the shown day. */
  timeLabel: string;
  /** Short visible text: the local hour (`'9'`, `'8'` for 08:45) or the weekday where the local day starts. */
  text: string;
  /** `':45'` when the local time is not on the hour (drawn small under the hour), else `''`. */
  minutes: string;
  newDay: boolean;
  /** A working bar covers part of the cell, not all of it. */
  partial: boolean;
}

export interface RowView {
  id: string;
  /** Position in the `members` prop. */
  index: number;
  name: string;
  timeZone: string;
  location: string;
  workHours: string;
  now: MemberLocalTime | null;
  nowWeekday: string;
  spans: PlannerSpan[];
  cells: CellView[];
  workingText: string;
  off: boolean;
}

export interface HourView {
  start: number;
  end: number;
  from: string;
  to: string;
  /** `'15'`: the hour number for the axis. */
  label: string;
  /** Labels shown at narrow widths: every 3rd / 6th hour. */
  every: 1 | 3 | 6;
  working: number;
}

export interface SlotPersonView {
  id: string;
  name: string;
  /** `'09:00–10:00'`, with the weekday when the member's date differs. */
  localText: string;
  outside: boolean;
  night: boolean;
}

export interface SlotView {
  start: number;
  end: number;
  /** ISO of the start, as `onValueChange` gives it. */
  iso: string;
  rangeText: string;
  allInside: boolean;
  outsideCount: number;
  nightCount: number;
  minutesOutside: number;
  minutesAtNight: number;
  people: SlotPersonView[];
  from: number;
  to: number;
}

export interface SummaryView {
  tone: 'good' | 'warn';
  text: string;
  /** The next day with an overlap, offered as a button. */
  next: { date: string; label: string } | null;
  /** Said when no next day was found. */
  noNext: string | null;
}

/** A member the planner could not use, flagged in place. */
export interface MemberProblem {
  index: number;
  name: string;
  error: SextantError;
}

export interface PlannerModel {
  day: PlannerDay;
  date: string;
  dateText: string;
  timeZone: string;
  referenceLabel: string;
  hours: HourView[];
  rows: RowView[];
  overlapKind: PlannerOverlapKind;
  summary: SummaryView;
  suggestions: SlotView[];
  /** Notes on clocks changing, or an empty list. */
  notes: string[];
  nowAt: number | null;
  problems: MemberProblem[];
  /** The members actually drawn (screened). */
  members: PlannerMember[];
}

export interface PlannerInput {
  members: unknown;
  now: InstantInput;
  timeZone: unknown;
  date: string;
  durationMinutes: unknown;
  suggestionCount: unknown;
  quorum: unknown;
  night: NightWindow | undefined;
  locale: string | undefined;
  messages: PlannerMessages;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'America/Argentina/Buenos_Aires'` → `'Buenos Aires'`; `'UTC'` → `'UTC'`. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

function memberName(m: { id: string; name?: string }): string {
  return typeof m.name === 'string' && m.name.length > 0 ? m.name : m.id;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      // A locale Intl refuses falls back to the runtime's, never to a thrown RangeError.
      f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

/** Epoch ms of a `'YYYY-MM-DD'` date's UTC midnight, or NaN (setUTCFullYear: years 0–99 are not 1900–1999). */
function dateMs(date: string): number {
  const m = DATE.exec(date);
  if (!m) return NaN;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime();
}

/** Weekday of a `'YYYY-MM-DD'` date, short, in the locale. */
export function weekdayShort(date: string, locale: string | undefined): string {
  const t = dateMs(date);
  return Number.isNaN(t) ? '' : fmt(locale, { weekday: 'short' }).format(t);
}

/** `'Mon, 30 Mar 2026'` (in the locale's order); the text itself when it is not a date. */
export function dateLong(date: string, locale: string | undefined): string {
  const t = dateMs(date);
  return Number.isNaN(t) ? date : fmt(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(t);
}

function dateShort(date: string, locale: string | undefined): string {
  return dateLong(date, locale).replace(/,? \d{4}$/, '');
}

/** A date the planner can show: `'YYYY-MM-DD'` in 1000-01-04 … 9999-12-27 (core's range). */
export function isShowableDate(date: unknown): date is string {
  if (typeof date !== 'string' || !DATE.test(date)) return false;
  const t = dateMs(date);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date && date >= '1000-01-04' && date <= '9999-12-27';
}

/** `'YYYY-MM-DD'` ± days, or null when either end is not a showable date. */
export function shiftDate(date: string, days: number): string | null {
  if (!isShowableDate(date)) return null;
  const next = new Date(dateMs(date) + days * 86_400_000).toISOString().slice(0, 10);
  return isShowableDate(next) ? next : null;
}

/** `90` → `'1 h 30 min'`. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** `'09:00–17:00'`; an end at the next local midnight reads `24:00`; a start on another date than `date` gets its weekday. */
function wallRange(startWall: string, endWall: string, date: string, locale: string | undefined): string {
  const sDate = startWall.slice(0, 10);
  let e = endWall.slice(11, 16);
  if (e === '00:00' && endWall.slice(0, 10) !== sDate) e = '24:00';
  const text = `${startWall.slice(11, 16)}–${e}`;
  return sDate === date ? text : `${weekdayShort(sDate, locale)} ${text}`;
}

/** Members the planner can draw, and those it flags in place (core's checks, then the planner's own `location`). */
export function screenMembers(members: unknown): { members: PlannerMember[]; indices: number[]; problems: MemberProblem[] } {
  const r = screenTeam(members as readonly PlannerMember[]);
  const problems: MemberProblem[] = r.problems.map((p) => ({
    index: p.index,
    name: nameOf((members as unknown[])[p.index]),
    error: p.error,
  }));
  const ok: PlannerMember[] = [];
  const indices: number[] = [];
  r.members.forEach((m, k) => {
    const i = r.indices[k];
    if (m.location !== undefined && typeof m.location !== 'string') {
      problems.push({
        index: i,
        name: memberName(m),
        error: new SextantError(
          'INVALID_OPTION',
          `members[${i}] (id ${JSON.stringify(m.id)}).location must be a string; got ${typeof m.location}`,
          {
            argument: `members[${i}] (id ${JSON.stringify(m.id)}).location`,
            index: i,
          },
        ),
      });
    } else {
      ok.push(m);
      indices.push(i);
    }
  });
  problems.sort((a, b) => a.index - b.index);
  return { members: ok, indices, problems };
}

function nameOf(m: unknown): string {
  if (m && typeof m === 'object') {
    const { name, id } = m as { name?: unknown; id?: unknown };
    if (typeof name === 'string' && name.length > 0) return name;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return '';
}

function slotView(
  s: PlannerMeeting,
  members: readonly PlannerMember[],
  timeZone: string,
  date: string,
  locale: string | undefined,
): SlotView {
  const start = Date.parse(s.start);
  const end = Date.parse(s.end);
  const startWall = instantToWallClock(start, timeZone);
  const startDate = startWall.slice(0, 10);
  return {
    start,
    end,
    iso: new Date(start).toISOString(),
    rangeText: wallRange(startWall, instantToWallClock(end, timeZone), date, locale),
    allInside: s.allInside,
    outsideCount: s.outsideCount,
    nightCount: s.nightCount,
    minutesOutside: s.minutesOutside,
    minutesAtNight: s.minutesAtNight,
    people: s.members.map((mm, i) => ({
      id: mm.id,
      name: memberName(members[i]),
      localText: wallRange(mm.localStart, mm.localEnd, startDate, locale),
      outside: mm.minutesOutsideHours > 0,
      night: mm.minutesAtNight > 0,
    })),
    from: s.from,
    to: s.to,
  };
}

/** The selected meeting as the planner shows it. */
export interface SelectionView {
  /** The start's date in the reference zone, long form. */
  dateText: string;
  slot: SlotView;
}

/** The meeting starting at `value`, scored for everyone by core. Throws core's SextantError naming `value`. */
export function selectionModel(
  model: PlannerModel,
  value: InstantInput,
  durationMinutes: number,
  night: NightWindow | undefined,
  locale: string | undefined,
): SelectionView {
  const wall = instantToWallClock(value, model.timeZone, { argumentName: 'value' });
  const date = wall.slice(0, 10);
  const m = plannerMeeting(model.members, model.day, { start: value, durationMinutes, night });
  return { dateText: dateLong(date, locale), slot: slotView(m, model.members, model.timeZone, date, locale) };
}

/** Build everything the planner draws for one day. Throws core's SextantError for bad props. */
export function buildPlannerModel(input: PlannerInput): PlannerModel {
  const { now, date, night, locale, messages: t } = input;
  if (!Array.isArray(input.members)) {
    throw new SextantError('INVALID_OPTION', 'members must be an array of team members', { argument: 'members' });
  }
  if (input.members.length === 0) throw new SextantError('EMPTY_INPUT', 'members is empty', { argument: 'members' });
  const screened = screenMembers(input.members);
  // With nobody to draw, the first refusal is the widget's error.
  if (screened.members.length === 0) throw screened.problems[0].error;
  const members = screened.members;
  const timeZone = input.timeZone === undefined ? members[0].timeZone : (input.timeZone as string);
  const durationMinutes = input.durationMinutes as number;
  const day = plannerDay(members, {
    date,
    timeZone,
    now,
    durationMinutes,
    suggestionCount: input.suggestionCount as number,
    quorum: input.quorum as number | undefined,
    night,
  });
  const referenceMember = members.find((m) => m.timeZone === timeZone);
  const referenceLabel = referenceMember?.location ?? zoneCity(timeZone);
  const dateText = dateLong(date, locale);
  const n = members.length;

  const hours: HourView[] = day.hours.map((h) => {
    const hour = Math.floor(h.localHour);
    return {
      start: Date.parse(h.start),
      end: Date.parse(h.end),
      from: h.from,
      to: h.to,
      label: h.from.endsWith(':00') ? h.from.slice(0, 2) : h.from,
      every: hour % 6 === 0 ? 6 : hour % 3 === 0 ? 3 : 1,
      working: h.working,
    };
  });

  const rows: RowView[] = members.map((m, i) => {
    const r = day.rows[i];
    const working = r.spans.filter((s) => s.kind === 'working');
    return {
      id: m.id,
      index: screened.indices[i],
      name: memberName(m),
      timeZone: m.timeZone,
      location: m.location ?? zoneCity(m.timeZone),
      workHours: `${m.workHours.start}–${m.workHours.end}`,
      now: r.now,
      nowWeekday: r.now ? weekdayShort(r.now.date, locale) : '',
      spans: r.spans,
      cells: r.cells.map((c, k) => {
        const localDate = c.localStart.slice(0, 10);
        return {
          status: c.status,
          localTime: c.localTime,
          timeLabel: localDate === date ? c.localTime : `${c.localTime} ${dateShort(localDate, locale)}`,
          text: c.newDay ? weekdayShort(c.newDay, locale) : String(Number(c.localTime.slice(0, 2))),
          minutes: c.newDay || c.localTime.endsWith(':00') ? '' : `:${c.localTime.slice(3, 5)}`,
          newDay: c.newDay !== null,
          partial: c.workingMinutes > 0 && c.workingMinutes < (hours[k].end - hours[k].start) / 60_000,
        };
      }),
      off: r.workingMinutes === 0,
      workingText:
        working.length === 0
          ? t.notWorking
          : working
              .map((w) => wallRange(instantToWallClock(w.start, timeZone), instantToWallClock(w.end, timeZone), date, locale))
              .join(', '),
    };
  });

  const meeting = durationText(durationMinutes);
  const ranges = day.overlap
    .map((o) => wallRange(instantToWallClock(o.start, timeZone), instantToWallClock(o.end, timeZone), date, locale))
    .join(', ');
  const params = { ranges, zone: referenceLabel, duration: durationText(day.overlapMinutes), meeting, date: dateText, count: n };
  let summary: SummaryView;
  const offer = day.nextOverlapDate
    ? { date: day.nextOverlapDate, label: fillMessage(t.nextDayOffer, { date: dateLong(day.nextOverlapDate, locale) }) }
    : null;
  switch (day.overlapKind) {
    case 'common':
      summary = { tone: 'good', text: fillMessage(t.everyoneFree, params), next: null, noNext: null };
      break;
    case 'too-short':
      summary = { tone: 'warn', text: fillMessage(t.tooShort, params), next: offer, noNext: null };
      break;
    case 'partial':
      summary = { tone: 'warn', text: fillMessage(t.partial, params), next: offer, noNext: null };
      break;
    default: {
      const nobody = rows.every((r) => r.off);
      summary = {
        tone: 'warn',
        text: fillMessage(nobody ? t.nobodyWorks : t.noOverlap, { ...params, quorum: day.quorum }),
        next: offer,
        noNext: offer ? null : t.noNextDay,
      };
    }
  }

  const notes: string[] = [];
  if (day.clockChanges.length > 0) {
    const places = day.clockChanges.map((c) => {
      const who = members.find((m) => m.timeZone === c.timeZone);
      const place = who?.location ?? zoneCity(c.timeZone);
      const tr = c.transitions.map((x) => `${x.offsetBeforeLabel} → ${x.offsetAfterLabel}`).join(', ');
      return `${place} (${tr})`;
    });
    notes.push(fillMessage(t.clockChange, { places: places.join(', ') }));
  }
  if (hours.length !== 24) notes.push(fillMessage(t.dayLength, { hours: hours.length, zone: referenceLabel }));

  return {
    day,
    date,
    dateText,
    timeZone,
    referenceLabel,
    hours,
    rows,
    overlapKind: day.overlapKind,
    summary,
    suggestions: day.suggestions.map((s) => slotView(s, members, timeZone, date, locale)),
    notes,
    nowAt: day.nowAt,
    problems: screened.problems,
    members,
  };
}
