/**
 * The TimezonePlanner's view model: every number comes from @sextant/core's schedule
 * functions; this file only arranges and formats them for rendering.
 */
import {
  availability,
  dayBounds,
  evaluateMeeting,
  instantToWallClock,
  localTimes,
  offsetTransitions,
  suggestMeetings,
  teamDayStrip,
  type InstantInput,
  type MeetingSlot,
  type MemberLocalTime,
  type MinuteRange,
  type NightWindow,
  type SlotStatus,
  type TeamDayCell,
  type TeamMember,
} from '@sextant/core';

/** A team member as the planner shows it: core's member plus an optional place name. */
export interface PlannerMember extends TeamMember {
  /** City or place shown under the name (e.g. `'Bali'` for `Asia/Makassar`). @default the zone's city */
  location?: string;
}

/** One hour cell of a member's strip. */
export interface PlannerCell {
  /** Epoch ms of the cell's `[start, end)`. */
  start: number;
  end: number;
  /** Status at the cell's midpoint (core's `teamDayStrip`). */
  status: SlotStatus;
  /** Member's wall clock at the start, `'HH:mm'`. */
  localTime: string;
  /** `localTime` for names and announcements, with the short date when it is not the shown day (`'00:00 Tue, 31 Mar'`). */
  timeLabel: string;
  /** The member's local day starts inside (or at) this cell. */
  newDay: boolean;
  /** Short visible text: the local hour, or the weekday where the local day starts. */
  text: string;
  /** Status per quarter hour when the quarters differ (a :30 or :45 zone, a shift starting at :30), else null. */
  quarters: SlotStatus[] | null;
}

export interface PlannerRow {
  id: string;
  name: string;
  timeZone: string;
  location: string;
  workHours: string;
  now: MemberLocalTime;
  /** Weekday (short) of the member's local date now. */
  nowWeekday: string;
  cells: PlannerCell[];
  /** Working intervals on the shown day, as reference-zone wall-clock ranges. */
  workingText: string;
  /** No work hours at all on the shown day (weekend, holiday). */
  off: boolean;
}

export interface PlannerHour {
  start: number;
  end: number;
  /** Reference wall clock `'HH:mm'` of the start and end. */
  from: string;
  to: string;
  /** Reference local hour number at the start. */
  hour: number;
  /** Members inside hours at the midpoint. */
  working: number;
}

export interface PlannerBand {
  /** Fractions of the day's strip, 0…1. */
  left: number;
  right: number;
}

export interface PlannerSlotMember {
  id: string;
  name: string;
  location: string;
  /** `'09:00–10:00'`, with the weekday appended when the member's date differs from the shown day. */
  localText: string;
  minutesOutsideHours: number;
  minutesAtNight: number;
}

export interface PlannerSlot {
  start: number;
  end: number;
  /** `'10:00–11:00'` in the reference zone. */
  rangeText: string;
  allInside: boolean;
  minutesOutside: number;
  minutesAtNight: number;
  members: PlannerSlotMember[];
  outside: PlannerSlotMember[];
}

export type OverlapKind = 'common' | 'too-short' | 'none';

export interface PlannerModel {
  date: string;
  dateText: string;
  timeZone: string;
  /** `'Lisbon'`: the reference zone's place name. */
  referenceLabel: string;
  dayStart: number;
  dayEnd: number;
  hours: PlannerHour[];
  rows: PlannerRow[];
  /** Intervals with everyone inside hours, as strip fractions and as reference-zone text. */
  bands: PlannerBand[];
  commonText: string[];
  commonMinutes: number;
  overlap: OverlapKind;
  suggestions: PlannerSlot[];
  /** Zones whose UTC offset changes during the shown day: `'Lisbon (UTC+00:00 → UTC+01:00)'`. */
  clockChanges: string[];
  /** Fraction of the strip where `now` falls, or null when `now` is not on the shown day. */
  nowAt: number | null;
}

export interface PlannerInput {
  members: readonly PlannerMember[];
  now: InstantInput;
  timeZone: string | undefined;
  date: string;
  durationMinutes: number;
  suggestionCount: number;
  night: NightWindow | undefined;
  locale: string | undefined;
}

const MINUTE = 60_000;

/** `'America/Argentina/Buenos_Aires'` → `'Buenos Aires'`; `'UTC'` → `'UTC'`. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

export function memberName(m: { id: string; name?: string }): string {
  return m.name ?? m.id;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

function dateMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** Weekday of a `'YYYY-MM-DD'` date, short, in the locale. */
export function weekdayShort(date: string, locale: string | undefined): string {
  return fmt(locale, { weekday: 'short' }).format(dateMs(date));
}

/** `'Mon, 30 Mar 2026'` (in the locale's order). */
export function dateLong(date: string, locale: string | undefined): string {
  return fmt(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(dateMs(date));
}

/** `'Tue, 31 Mar'`: {@link dateLong} without the year. */
function dateShort(date: string, locale: string | undefined): string {
  return dateLong(date, locale).replace(/,? \d{4}$/, '');
}

/** `'YYYY-MM-DD'` ± days (calendar arithmetic on the date itself, no zone involved). */
export function shiftDate(date: string, days: number): string {
  return new Date(dateMs(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `90` → `'1 h 30 min'`. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * A wall-clock range `'09:00–17:00'`; an end at the next local midnight reads `24:00`, and a
 * start on another date than `date` gets its weekday first (`'Sun 23:30–00:30'`).
 */
export function wallRange(startWall: string, endWall: string, date: string, locale: string | undefined): string {
  const sDate = startWall.slice(0, 10);
  let e = endWall.slice(11, 16);
  if (e === '00:00' && endWall.slice(0, 10) !== sDate) e = '24:00';
  const text = `${startWall.slice(11, 16)}–${e}`;
  return sDate === date ? text : `${weekdayShort(sDate, locale)} ${text}`;
}

function inRanges(ranges: readonly MinuteRange[], minute: number): boolean {
  return ranges.some((r) => r.fromMinute <= minute && minute < r.toMinute);
}

/**
 * The cell's status quarter hour by quarter hour (at each quarter's midpoint, the rule of the
 * cell's own status), or null when every quarter has the same.
 */
function quarterStatuses(cell: TeamDayCell, minutes: number): SlotStatus[] | null {
  const out: SlotStatus[] = [];
  for (let q = 0; q * 15 < minutes; q++) {
    const mid = (q * 15 + Math.min(minutes, q * 15 + 15)) / 2;
    out.push(inRanges(cell.workingRanges, mid) ? 'working' : inRanges(cell.nightRanges, mid) ? 'night' : 'outside');
  }
  return out.every((s) => s === out[0]) ? null : out;
}

/** A strip cell's visible local time: `'09:00'` → `'9'`, `'08:45'` → `'8:45'`. */
function hourText(localTime: string): string {
  const h = String(Number(localTime.slice(0, 2)));
  return localTime.endsWith(':00') ? h : `${h}:${localTime.slice(3)}`;
}

/** Position of an instant along the strip (0…1), by cell index so 23- and 25-hour days come out right. */
export function stripFraction(hours: readonly { start: number; end: number }[], t: number): number {
  const n = hours.length;
  if (t <= hours[0].start) return 0;
  if (t >= hours[n - 1].end) return 1;
  for (let i = 0; i < n; i++) {
    const h = hours[i];
    if (t < h.end) return (i + (t - h.start) / (h.end - h.start)) / n;
  }
  return 1;
}

function slotModel(
  slot: MeetingSlot,
  members: readonly PlannerMember[],
  model: { date: string; timeZone: string },
  locale: string | undefined,
): PlannerSlot {
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  const startWall = instantToWallClock(start, model.timeZone);
  const startDate = startWall.slice(0, 10);
  const ms: PlannerSlotMember[] = slot.members.map((mm, i) => ({
    id: mm.id,
    name: memberName(members[i]),
    location: members[i].location ?? zoneCity(mm.timeZone),
    localText: wallRange(mm.localStart, mm.localEnd, startDate, locale),
    minutesOutsideHours: mm.minutesOutsideHours,
    minutesAtNight: mm.minutesAtNight,
  }));
  return {
    start,
    end,
    rangeText: wallRange(startWall, instantToWallClock(end, model.timeZone), model.date, locale),
    allInside: slot.allInside,
    minutesOutside: slot.members.reduce((a, m) => a + m.minutesOutsideHours, 0),
    minutesAtNight: slot.members.reduce((a, m) => a + m.minutesAtNight, 0),
    members: ms,
    outside: ms.filter((m) => m.minutesOutsideHours > 0),
  };
}

/** The selected meeting as the planner shows it. */
export interface PlannerSelection {
  start: number;
  end: number;
  /** The start's date in the reference zone, long form. */
  dateText: string;
  slot: PlannerSlot;
}

/**
 * The meeting starting at `value` (the widget's prop), scored for everyone by core's
 * `evaluateMeeting`. Throws core's SextantError, naming `value`, for a bad instant.
 */
export function selectionModel(
  members: readonly PlannerMember[],
  value: InstantInput,
  durationMinutes: number,
  night: NightWindow | undefined,
  timeZone: string,
  locale: string | undefined,
): PlannerSelection {
  const date = instantToWallClock(value, timeZone, { argumentName: 'value' }).slice(0, 10);
  const slot = evaluateMeeting(members, { start: value, durationMinutes, night });
  return {
    start: Date.parse(slot.start),
    end: Date.parse(slot.end),
    dateText: dateLong(date, locale),
    slot: slotModel(slot, members, { date, timeZone }, locale),
  };
}

/** Build everything the planner draws for one day. Throws core's SextantError for bad props. */
export function buildPlannerModel(input: PlannerInput): PlannerModel {
  const { members, now, date, durationMinutes, suggestionCount, night, locale } = input;
  // Team and `now` first, so a bad member is reported before anything that depends on it.
  const nowTimes = localTimes(members, now, { night, argumentName: 'now' });
  const timeZone = input.timeZone ?? members[0].timeZone;
  const bounds = dayBounds(date, timeZone);
  const dayStart = Date.parse(bounds.start);
  const dayEnd = Date.parse(bounds.end);
  const day = teamDayStrip(members, { date, timeZone, night });

  const hours: PlannerHour[] = day.hours.map((h, k) => ({
    start: Date.parse(h.start),
    end: Date.parse(h.end),
    from: h.localTime,
    to: k + 1 < day.hours.length ? day.hours[k + 1].localTime : '24:00',
    hour: Math.floor(h.localHour),
    working: day.available[k].working,
  }));

  const rows: PlannerRow[] = members.map((m, i) => {
    const cells: PlannerCell[] = day.rows[i].map((c, k) => {
      const { start, end } = hours[k];
      const localDate = c.localStart.slice(0, 10);
      return {
        start,
        end,
        status: c.status,
        localTime: c.localTime,
        timeLabel: localDate === date ? c.localTime : `${c.localTime} ${dateShort(localDate, locale)}`,
        newDay: c.newDay !== null,
        text: c.newDay ? weekdayShort(c.newDay.date, locale) : hourText(c.localTime),
        quarters: quarterStatuses(c, (end - start) / MINUTE),
      };
    });
    const working = availability(m, { from: dayStart, to: dayEnd });
    const now = nowTimes[i];
    return {
      id: m.id,
      name: memberName(m),
      timeZone: m.timeZone,
      location: m.location ?? zoneCity(m.timeZone),
      workHours: `${m.workHours.start}–${m.workHours.end}`,
      now,
      nowWeekday: weekdayShort(now.date, locale),
      cells,
      off: working.length === 0,
      workingText:
        working.length === 0
          ? 'not working'
          : working
              .map((w) => wallRange(instantToWallClock(w.start, timeZone), instantToWallClock(w.end, timeZone), date, locale))
              .join(', '),
    };
  });

  const common = day.overlap;
  const bands = common.map((c) => ({
    left: stripFraction(hours, Date.parse(c.start)),
    right: stripFraction(hours, Date.parse(c.end)),
  }));
  const commonText = common.map((c) =>
    wallRange(instantToWallClock(c.start, timeZone), instantToWallClock(c.end, timeZone), date, locale),
  );
  const commonMinutes = common.reduce((a, c) => a + (Date.parse(c.end) - Date.parse(c.start)) / MINUTE, 0);

  const ref = { date, timeZone };
  const suggestions = suggestMeetings(members, {
    from: dayStart,
    to: dayEnd,
    durationMinutes,
    count: suggestionCount,
    night,
  }).map((s) => slotModel(s, members, ref, locale));
  const overlap: OverlapKind = common.length === 0 ? 'none' : suggestions.some((s) => s.allInside) ? 'common' : 'too-short';

  const clockChanges: string[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.timeZone)) return;
    seen.add(m.timeZone);
    for (const t of offsetTransitions(m.timeZone, { from: dayStart, to: dayEnd })) {
      clockChanges.push(`${rows[i].location} (${t.offsetBeforeLabel} → ${t.offsetAfterLabel})`);
    }
  });
  const nowMs = Date.parse(`${instantToWallClock(now, 'UTC')}:00Z`);
  const referenceMember = members.find((m) => m.timeZone === timeZone);

  return {
    date,
    dateText: dateLong(date, locale),
    timeZone,
    referenceLabel: referenceMember?.location ?? zoneCity(timeZone),
    dayStart,
    dayEnd,
    hours,
    rows,
    bands,
    commonText,
    commonMinutes,
    overlap,
    suggestions,
    clockChanges,
    nowAt: nowMs >= dayStart && nowMs < dayEnd ? stripFraction(hours, nowMs) : null,
  };
}
