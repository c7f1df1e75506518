/**
 * A calendar day in a reference zone, cut into slots: the slots themselves ({@link dayHours}),
 * one member's view of them ({@link dayStrip}) and the whole team's ({@link teamDayStrip}).
 * Everything is interval arithmetic on UTC instants: no minute scans.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { memberWindows, sweepOverlap, type OverlapInterval } from './availability';
import { containsInstant, subtractIntervals } from './intervals';
import {
  compileMember,
  compileTeam,
  numberOption,
  parseDateDay,
  parseNight,
  zoneOrThrow,
  type CompiledMember,
  type NightOptions,
  type TeamMember,
} from './member';
import {
  DAY_MS,
  instantToWall,
  MINUTE_MS,
  minuteOfDay,
  offsetAt,
  offsetChanges,
  wallDateString,
  wallString,
  wallTimeString,
  wallToInstant,
  type Zone,
} from './zone';

/** Options of {@link dayHours}. */
export interface DayHoursOptions {
  /**
   * Slot length in minutes, an integer in 1…1440 (the last slot is shorter when the day does
   * not divide evenly, e.g. on a 23- or 25-hour DST day).
   * @default 60
   */
  slotMinutes?: number;
}

/** One slot of a reference day ({@link dayHours}). */
export interface DayHour {
  /** UTC ISO strings, `[start, end)`. */
  start: string;
  end: string;
  /** The reference zone's wall clock at the slot's start, `'YYYY-MM-DDTHH:mm'`. */
  localStart: string;
  /** `'HH:mm'` of `localStart`. */
  localTime: string;
  /** Hour of the reference day at the slot's start, fractional (14.75 = 14:45). */
  localHour: number;
}

/** Options of {@link dayStrip}. */
export interface DayStripOptions extends NightOptions, DayHoursOptions {
  /** The day, `'YYYY-MM-DD'` in `timeZone`. */
  date: string;
  /**
   * The reference zone whose day is cut into slots.
   * @default the member's own zone
   */
  timeZone?: string;
}

/** How a member spends a slot. */
export type SlotStatus = 'working' | 'outside' | 'night';

/** One slot of a {@link dayStrip}. */
export interface DayStripSlot {
  /** UTC ISO strings. */
  start: string;
  end: string;
  /** The member's wall clock at the slot's start, `'YYYY-MM-DDTHH:mm'`. */
  localStart: string;
  /** `'HH:mm'` of `localStart`. */
  localTime: string;
  /** Hour of the member's day at the slot's start, fractional (14.75 = 14:45). */
  localHour: number;
  /** The member's local date minus the reference date, in days (−1, 0 or +1). */
  dayOffset: number;
  /** Minutes of the slot inside the member's work hours. */
  workingMinutes: number;
  /**
   * At the slot's midpoint: `'working'` inside work hours, else `'night'` when the member's wall
   * clock is inside the night window, else `'outside'`.
   */
  status: SlotStatus;
}

/** `[fromMinute, toMinute)`: minutes since the start of a slot. */
export interface MinuteRange {
  fromMinute: number;
  toMinute: number;
}

/** One member's view of one slot of a {@link teamDayStrip}: a {@link DayStripSlot} without the shared bounds, with where things fall inside it. */
export interface TeamDayCell {
  /** The member's wall clock at the slot's start, `'YYYY-MM-DDTHH:mm'`. */
  localStart: string;
  /** `'HH:mm'` of `localStart`. */
  localTime: string;
  /** Hour of the member's day at the slot's start, fractional (14.75 = 14:45). */
  localHour: number;
  /** The member's local date minus the reference date, in days (−1, 0 or +1). */
  dayOffset: number;
  /** As in {@link DayStripSlot}: the status at the slot's midpoint. */
  status: SlotStatus;
  /** Minutes of the slot inside the member's work hours (the length of `workingRanges`). */
  workingMinutes: number;
  /** Where inside the slot the member works, sorted, disjoint, not touching. */
  workingRanges: MinuteRange[];
  /** Where inside the slot the member's wall clock is in the night window and they do not work. */
  nightRanges: MinuteRange[];
  /**
   * Where a new local date begins for the member inside the slot (`atMinute` 0: at its start;
   * after a midnight that a DST gap skipped, at the first instant of the date), or `null`.
   */
  newDay: { atMinute: number; date: string } | null;
}

/** How many members work in one slot of a {@link teamDayStrip}. */
export interface SlotAvailability {
  /** Members working every minute of the slot. */
  whole: number;
  /** Members working some but not all of it. */
  partial: number;
  /** Members whose `status` is `'working'` (working at the slot's midpoint). */
  working: number;
}

/** Options of {@link teamDayStrip}. */
export interface TeamDayStripOptions extends NightOptions, DayHoursOptions {
  /** The day, `'YYYY-MM-DD'` in `timeZone`. */
  date: string;
  /**
   * The reference zone whose day is cut into slots.
   * @default the first member's zone
   */
  timeZone?: string;
}

/** Result of {@link teamDayStrip}. */
export interface TeamDayStrip {
  /** The reference zone, as given (or the first member's). */
  timeZone: string;
  /** The reference day's slots, as {@link dayHours} gives them. */
  hours: DayHour[];
  /** Per member in input order, one cell per slot of `hours`. */
  rows: TeamDayCell[][];
  /** Per slot of `hours`. */
  available: SlotAvailability[];
  /** When everyone works together during the day: {@link findOverlap} over the day's `[start, end)`. */
  overlap: OverlapInterval[];
}

interface DayGrid {
  zone: Zone;
  /** Reference day number (days since 1970-01-01). */
  day: number;
  /** Slot boundaries, epoch ms: slot k is `[bounds[k], bounds[k + 1])`. */
  bounds: Float64Array;
}

function dayRange(
  date: unknown,
  timeZone: unknown,
  dateArg: string,
  zoneArg: string,
): { zone: Zone; start: number; end: number; day: number } {
  const zone = zoneOrThrow(timeZone, zoneArg);
  const day = parseDateDay(date);
  if (Number.isNaN(day)) {
    throw new SextantError('INVALID_OPTION', `${dateArg} must be a 'YYYY-MM-DD' date; got ${show(date)}`, {
      argument: dateArg,
      value: date,
    });
  }
  return { zone, start: wallToInstant(zone, day * DAY_MS), end: wallToInstant(zone, (day + 1) * DAY_MS), day };
}

/** The reference day's slots: `[start, end)` of day `day` in `zone` cut every `slotMinutes` from its start. */
function makeGrid(zone: Zone, day: number, start: number, end: number, slotMinutes: unknown, slotArg: string): DayGrid {
  const slotMs = numberOption(slotMinutes, 60, 1, 1440, slotArg, true) * MINUTE_MS;
  const n = Math.ceil((end - start) / slotMs);
  const bounds = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) bounds[k] = start + k * slotMs;
  bounds[n] = end;
  return { zone, day, bounds };
}

/** Check `date`, `timeZone`, then `slotMinutes` of a strip's options, and cut the day. */
function optionsGrid(options: Record<string, unknown>, timeZone: unknown): DayGrid {
  const { zone, start, end, day } = dayRange(options.date, timeZone, 'options.date', 'options.timeZone');
  return makeGrid(zone, day, start, end, options.slotMinutes, 'options.slotMinutes');
}

function checkOptions<T>(options: T, shape: string): asserts options is T & Record<string, unknown> {
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be ${shape}; got ${show(options)}`, { argument: 'options' });
  }
}

/**
 * `[start, end)` of a calendar day in a zone, as UTC ISO strings (23 or 25 hours long on DST
 * days; a midnight in a gap moves forward by the gap).
 *
 * @example
 * ```ts
 * import { dayBounds } from '@sextant/core';
 * dayBounds('2026-03-29', 'Europe/Lisbon'); // → { start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T23:00:00.000Z' }
 * ```
 */
export function dayBounds(date: string, timeZone: string): { start: string; end: string } {
  const { start, end } = dayRange(date, timeZone, 'date', 'timeZone');
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}

/**
 * The slots of a calendar day in a zone: `date`'s `[start, end)` (as {@link dayBounds}: 23, 24
 * or 25 hours on DST days, 23.5 or 24.5 on Lord Howe's) cut into `slotMinutes` slots from its
 * start, each with the zone's wall clock at its start. The hour axis of a day view; the slots
 * {@link dayStrip} and {@link teamDayStrip} describe. The same wall clock as `Intl.DateTimeFormat`.
 *
 * @param date - `'YYYY-MM-DD'` in `timeZone`.
 * @param timeZone - IANA name or alias.
 * @example
 * ```ts
 * import { dayHours } from '@sextant/core';
 * const hours = dayHours('2026-03-29', 'Europe/Berlin'); // Berlin skips 02:00–03:00 that day
 * // hours.length → 23
 * // hours[1] → { start: '2026-03-29T00:00:00.000Z', end: '2026-03-29T01:00:00.000Z', localStart: '2026-03-29T01:00', localTime: '01:00', localHour: 1 }
 * // hours[2] → { start: '2026-03-29T01:00:00.000Z', …, localTime: '03:00', localHour: 3 }
 * ```
 */
export function dayHours(date: string, timeZone: string, options: DayHoursOptions = {}): DayHour[] {
  const { zone, start, end, day } = dayRange(date, timeZone, 'date', 'timeZone');
  checkOptions(options, '{ slotMinutes? }');
  return hoursOf(makeGrid(zone, day, start, end, options.slotMinutes, 'options.slotMinutes'));
}

function hoursOf({ zone, bounds }: DayGrid): DayHour[] {
  const out: DayHour[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const wall = instantToWall(zone, bounds[k]);
    out.push({
      start: new Date(bounds[k]).toISOString(),
      end: new Date(bounds[k + 1]).toISOString(),
      localStart: wallString(wall),
      localTime: wallTimeString(wall),
      localHour: minuteOfDay(wall) / 60,
    });
  }
  return out;
}

/**
 * Instants in `[from, to]` at which `zone`'s wall clock shows a time in the daily window
 * `[startMin, endMin)` (overnight when `endMin ≤ startMin`), flat epoch ms. Unlike work hours
 * (`dailyWindows`, Temporal's 'compatible'), this classifies by the clock shown: on a night
 * with a gap the window starts when the clock first reads a time inside it.
 */
function wallWindows(zone: Zone, startMin: number, endMin: number, from: number, to: number): number[] {
  const out: number[] = [];
  const overnight = endMin <= startMin ? 1 : 0;
  // Split [from, to] where the offset changes; on each piece the wall clock is t + a constant.
  const cuts = [from];
  for (const c of offsetChanges(zone, from, to)) if (c.at > from) cuts.push(c.at);
  cuts.push(to);
  for (let p = 0; p + 1 < cuts.length; p++) {
    const a = cuts[p];
    const b = cuts[p + 1];
    if (b <= a) continue;
    const off = offsetAt(zone, a);
    const last = Math.floor((b + off) / DAY_MS);
    for (let d = Math.floor((a + off) / DAY_MS) - 1; d <= last; d++) {
      const s = Math.max(a, d * DAY_MS + startMin * MINUTE_MS - off);
      const e = Math.min(b, (d + overnight) * DAY_MS + endMin * MINUTE_MS - off);
      if (e <= s) continue;
      const n = out.length;
      if (n > 0 && out[n - 1] >= s) {
        if (e > out[n - 1]) out[n - 1] = e;
      } else {
        out.push(s, e);
      }
    }
  }
  return out;
}

/** `list ∩ [s, e)` as minute ranges relative to `s`, from index `k` on (a sweep pointer); returns the ranges and ms. */
function clip(list: readonly number[], k: number, s: number, e: number, into: MinuteRange[]): number {
  let ms = 0;
  for (let j = k; j < list.length && list[j] < e; j += 2) {
    const a = Math.max(s, list[j]);
    const b = Math.min(e, list[j + 1]);
    if (b > a) {
      into.push({ fromMinute: (a - s) / MINUTE_MS, toMinute: (b - s) / MINUTE_MS });
      ms += b - a;
    }
  }
  return ms;
}

/** One member across the grid's slots, and the member's work intervals over the day (flat ms). */
function memberCells(
  c: CompiledMember,
  grid: DayGrid,
  night: { startMin: number; endMin: number },
): { cells: TeamDayCell[]; work: number[] } {
  const { bounds, day } = grid;
  const n = bounds.length - 1;
  const from = bounds[0];
  const to = bounds[n];
  const work = memberWindows(c, from, to);
  const nightOut = subtractIntervals(wallWindows(c.zone, night.startMin, night.endMin, from, to), work);
  // The instants at which the member's local dates begin ('compatible': after a skipped midnight,
  // the first instant of the date), covering the day.
  const firstDay = Math.floor(instantToWall(c.zone, from) / DAY_MS);
  const lastDay = Math.floor(instantToWall(c.zone, to) / DAY_MS) + 1;
  const midnights: number[] = [];
  for (let d = firstDay; d <= lastDay; d++) midnights.push(wallToInstant(c.zone, d * DAY_MS));
  const cells: TeamDayCell[] = [];
  let kw = 0;
  let kn = 0;
  let km = 0;
  for (let k = 0; k < n; k++) {
    const s = bounds[k];
    const e = bounds[k + 1];
    while (kw < work.length && work[kw + 1] <= s) kw += 2;
    while (kn < nightOut.length && nightOut[kn + 1] <= s) kn += 2;
    while (km < midnights.length && midnights[km] < s) km++;
    const workingRanges: MinuteRange[] = [];
    const nightRanges: MinuteRange[] = [];
    const workingMs = clip(work, kw, s, e, workingRanges);
    clip(nightOut, kn, s, e, nightRanges);
    const mid = s + (e - s) / 2;
    const status: SlotStatus = containsInstant(work, mid) ? 'working' : containsInstant(nightOut, mid) ? 'night' : 'outside';
    const wall = instantToWall(c.zone, s);
    const localDay = Math.floor(wall / DAY_MS);
    const newDay: TeamDayCell['newDay'] =
      km < midnights.length && midnights[km] < e
        ? { atMinute: (midnights[km] - s) / MINUTE_MS, date: wallDateString((firstDay + km) * DAY_MS) }
        : null;
    cells.push({
      localStart: wallString(wall),
      localTime: wallTimeString(wall),
      localHour: minuteOfDay(wall) / 60,
      dayOffset: localDay - day,
      status,
      workingMinutes: workingMs / MINUTE_MS,
      workingRanges,
      nightRanges,
      newDay,
    });
  }
  return { cells, work };
}

/**
 * A member's day as a strip of slots: the reference day `date` in `timeZone` (default the
 * member's own) cut into `slotMinutes` slots (the slots of {@link dayHours}), each with the
 * member's local time and status (`'working'` | `'outside'` | `'night'`), for drawing a
 * 24-hour strip per member. For a whole team, {@link teamDayStrip} gives the same per member
 * and more.
 *
 * @example
 * ```ts
 * import { dayStrip } from '@sextant/core';
 * const strip = dayStrip(
 *   { id: 'sita', name: 'Sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } },
 *   { date: '2026-03-30', timeZone: 'Europe/Lisbon' },
 * );
 * // strip.length → 24
 * // strip[8] → { start: '2026-03-30T07:00:00.000Z', localStart: '2026-03-30T12:45', localHour: 12.75, status: 'working', workingMinutes: 60, … }
 * ```
 */
export function dayStrip(member: TeamMember, options: DayStripOptions): DayStripSlot[] {
  const c = compileMember(member, 0, 'member');
  checkOptions(options, '{ date, timeZone?, slotMinutes? }');
  const grid = optionsGrid(options, options.timeZone ?? c.timeZone);
  const night = parseNight(options.night, 'options.night');
  const { bounds } = grid;
  return memberCells(c, grid, night).cells.map((cell, k) => ({
    start: new Date(bounds[k]).toISOString(),
    end: new Date(bounds[k + 1]).toISOString(),
    localStart: cell.localStart,
    localTime: cell.localTime,
    localHour: cell.localHour,
    dayOffset: cell.dayOffset,
    workingMinutes: cell.workingMinutes,
    status: cell.status,
  }));
}

/**
 * A team's day on one hour axis: the reference day's slots ({@link dayHours}); per member and
 * slot what {@link dayStrip} gives, plus where inside the slot the member works and is at
 * night (for painting :30 and :45 zones and shifts that start mid-hour) and where their local
 * date turns; per slot how many members work all of it, part of it, or at its midpoint; and the
 * stretches when everyone works ({@link findOverlap} over the day). One pass of interval
 * arithmetic per member.
 *
 * @example
 * ```ts
 * import { teamDayStrip } from '@sextant/core';
 * const day = teamDayStrip(
 *   [
 *     { id: 'lena', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' } },
 *     { id: 'sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } },
 *   ],
 *   { date: '2026-03-30', timeZone: 'UTC' },
 * );
 * // day.hours[3] → { start: '2026-03-30T03:00:00.000Z', …, localTime: '03:00' }
 * // day.rows[1][3] → { localTime: '08:45', status: 'working', workingMinutes: 45, workingRanges: [{ fromMinute: 15, toMinute: 60 }],
 * //                    nightRanges: [], newDay: null, … }          (Kathmandu is UTC+5:45: work starts 03:15Z)
 * // day.available[6] → { whole: 1, partial: 1, working: 2 }         (Berlin, UTC+2, starts 06:30Z)
 * // day.overlap → [{ start: '2026-03-30T06:30:00.000Z', end: '2026-03-30T11:15:00.000Z', attendees: ['lena', 'sita'] }]
 * ```
 */
export function teamDayStrip(members: readonly TeamMember[], options: TeamDayStripOptions): TeamDayStrip {
  const team = compileTeam(members);
  checkOptions(options, '{ date, timeZone?, slotMinutes?, night? }');
  const timeZone = options.timeZone ?? team[0].timeZone;
  const grid = optionsGrid(options, timeZone);
  const night = parseNight(options.night, 'options.night');
  const nSlots = grid.bounds.length - 1;
  const rows: TeamDayCell[][] = [];
  const works: number[][] = [];
  const available: SlotAvailability[] = [];
  for (let k = 0; k < nSlots; k++) available.push({ whole: 0, partial: 0, working: 0 });
  for (const c of team) {
    const { cells, work } = memberCells(c, grid, night);
    rows.push(cells);
    works.push(work);
    for (let k = 0; k < nSlots; k++) {
      const cell = cells[k];
      const a = available[k];
      if (cell.workingMinutes === (grid.bounds[k + 1] - grid.bounds[k]) / MINUTE_MS) a.whole++;
      else if (cell.workingMinutes > 0) a.partial++;
      if (cell.status === 'working') a.working++;
    }
  }
  const overlap: OverlapInterval[] = [];
  sweepOverlap(works, team.length, (s, e, active) => {
    const attendees: string[] = [];
    for (let m = 0; m < team.length; m++) if (active[m] === 1) attendees.push(team[m].id);
    overlap.push({ start: new Date(s).toISOString(), end: new Date(e).toISOString(), attendees });
  });
  return { timeZone, hours: hoursOf(grid), rows, available, overlap };
}
