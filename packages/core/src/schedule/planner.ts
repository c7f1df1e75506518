/**
 * A meeting planner's day, as plain data: what a "find a time" view draws (each member's
 * working and night spans on one hour axis, how many work each hour, when everyone works),
 * the ranked suggestions with their totals, where `now` falls, and — on a day with no
 * overlap — the next day that has one. Composed from the schedule functions, so it is right
 * across DST changes and in :30 and :45 zones. No reference library.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { describe, holeError, isHole } from '../internal/hostile';
import { findOverlap } from './availability';
import { dayBounds, teamDayStrip, type SlotStatus } from './day';
import {
  compileMember,
  compileTeam,
  numberOption,
  parseDateDay,
  instantOption,
  type InstantInput,
  type NightOptions,
  type TeamMember,
} from './member';
import { evaluateMeeting, suggestMeetings, type MeetingSlot } from './suggest';
import { localTimes, offsetTransitions, type MemberLocalTime, type OffsetTransition } from './views';
import { DAY_MS, MINUTE_MS } from './zone';

/** Members split into those every schedule function accepts and those it would refuse. */
export interface ScreenedTeam<M extends TeamMember = TeamMember> {
  /** The members that pass, in input order. */
  members: M[];
  /** Input index of each member in `members`. */
  indices: number[];
  /** The first `maxProblems` refused members, in input order, each with the SextantError a schedule function would throw. */
  problems: { index: number; error: SextantError }[];
  /** How many members were refused in all. */
  problemCount: number;
}

/**
 * Check each member the way every schedule function does and keep the good ones, so a view
 * can show the team and flag one bad member in place instead of refusing the whole team. A
 * repeated id refuses the later member. `members` that is not an array, or a sparse one (a
 * hole is no member to flag: `members[3] is absent`) → `INVALID_OPTION`, the whole team.
 *
 * @param options.maxProblems - Problems kept (the rest are counted). @default 50
 * @example
 * ```ts
 * import { screenTeam } from '@sextant/core';
 * const r = screenTeam([
 *   { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *   { id: 'ola', timeZone: 'Olympus/Mons', workHours: { start: '09:00', end: '17:00' } },
 * ]);
 * r.indices; // → [0]
 * r.problems[0].error.code; // → 'UNKNOWN_TIME_ZONE'
 * ```
 */
export function screenTeam<M extends TeamMember>(
  members: readonly M[],
  options: { argument?: string; maxProblems?: number } = {},
): ScreenedTeam<M> {
  const arg = options.argument ?? 'members';
  if (!Array.isArray(members)) {
    throw new SextantError('INVALID_OPTION', `${arg} must be an array of members, got ${show(members)}`, { argument: arg });
  }
  const max = options.maxProblems ?? 50;
  const out: ScreenedTeam<M> = { members: [], indices: [], problems: [], problemCount: 0 };
  const seen = new Map<string, number>();
  for (let i = 0; i < members.length; i++) {
    // A hole is no member to flag in place but a made-up length (`new Array(2 ** 32 - 1)`
    // would be screened hole by hole for hours): refused whole, at the first one.
    if (isHole(members, i)) throw holeError(arg, i, members.length, 'INVALID_OPTION');
    let error: SextantError | null = null;
    try {
      const c = compileMember(members[i], i, `${arg}[${i}]`);
      const prev = seen.get(c.id);
      if (prev !== undefined) {
        error = new SextantError(
          'INVALID_OPTION',
          `${arg}[${i}].id ${show(c.id)} repeats ${arg}[${prev}].id; ids must be unique`,
          {
            argument: `${arg}[${i}].id`,
            index: i,
            value: c.id,
          },
        );
      } else seen.set(c.id, i);
    } catch (e) {
      if (!(e instanceof SextantError)) throw e;
      error = e;
    }
    if (error) {
      out.problemCount++;
      if (out.problems.length < max) out.problems.push({ index: i, error });
    } else {
      out.members.push(members[i]);
      out.indices.push(i);
    }
  }
  return out;
}

/** Options of {@link plannerDay}. */
export interface PlannerDayOptions extends NightOptions {
  /** The day, `'YYYY-MM-DD'` in `timeZone`. */
  date: string;
  /** The zone whose calendar day is shown, hour by hour. @default the first member's zone */
  timeZone?: string;
  /** The current instant, for each member's local time and the now-line; omit for none. */
  now?: InstantInput;
  /** Meeting length, minutes. @default 60 */
  durationMinutes?: number;
  /** How many suggestions at most. @default 3 */
  suggestionCount?: number;
  /**
   * Least number of people working at once for a day to have an overlap worth suggesting from:
   * a day where fewer ever work together lists no suggestions and points to the next day
   * that has such an overlap.
   * @default 2 (1 for a team of one)
   */
  quorum?: number;
  /** How many days ahead to look for the next day with an overlap. @default 14 */
  searchDays?: number;
  /** Weight of a night minute outside hours, as in `suggestMeetings`. @default 3 */
  nightWeight?: number;
}

/** A stretch of a member's day drawn as one bar: `[start, end)`, and its place on the strip (0…1). */
export interface PlannerSpan {
  kind: 'working' | 'night';
  /** UTC ISO strings. */
  start: string;
  end: string;
  /** Fractions of the strip, `from < to`, by hour column (so 23- and 25-hour days come out right). */
  from: number;
  to: number;
}

/** One hour column of the planner's axis. */
export interface PlannerHourColumn {
  /** UTC ISO strings. */
  start: string;
  end: string;
  /** Reference wall clock `'HH:mm'` at the start, and at the end (`'24:00'` for the last). */
  from: string;
  to: string;
  /** Hour of the reference day at the start (14.75 = 14:45). */
  localHour: number;
  /** Members working at the column's midpoint. */
  working: number;
  /** Members working the whole column. */
  whole: number;
}

/** One member's cell in an hour column. */
export interface PlannerCell {
  /** The member's wall clock at the column's start, `'YYYY-MM-DDTHH:mm'`, and its `'HH:mm'`. */
  localStart: string;
  localTime: string;
  /** The member's local date minus the reference date (−1, 0, +1). */
  dayOffset: number;
  /** At the column's midpoint. */
  status: SlotStatus;
  /** Minutes of the column the member works. */
  workingMinutes: number;
  /** The member's new local date when it begins inside the column, else null. */
  newDay: string | null;
}

/** One member's row. */
export interface PlannerRow {
  id: string;
  timeZone: string;
  /** Working spans then night spans (night only where the member does not work), each sorted. */
  spans: PlannerSpan[];
  cells: PlannerCell[];
  /** Minutes the member works on the shown day. */
  workingMinutes: number;
  /** The member's local time at `now`, or null without `now`. */
  now: MemberLocalTime | null;
}

/** A stretch when everyone works. */
export interface PlannerOverlap {
  start: string;
  end: string;
  minutes: number;
  from: number;
  to: number;
}

/**
 * - `'common'`: everyone works together for at least the meeting length;
 * - `'too-short'`: everyone works together, but not that long;
 * - `'partial'`: never everyone, but at least `quorum` people for the meeting length;
 * - `'none'`: fewer than `quorum` ever work together for the meeting length (a weekend, a holiday).
 */
export type PlannerOverlapKind = 'common' | 'too-short' | 'partial' | 'none';

/** A suggested (or picked) meeting with its totals. */
export interface PlannerMeeting extends MeetingSlot {
  /** Σ of the members' minutes outside hours, and of those at night. */
  minutesOutside: number;
  minutesAtNight: number;
  /** How many members have any minute outside hours, and any at night. */
  outsideCount: number;
  nightCount: number;
  /** Place of the meeting on the strip (0…1), clamped to the day. */
  from: number;
  to: number;
}

/** A zone whose clocks change on the shown day. */
export interface PlannerClockChange {
  timeZone: string;
  /** Members in that zone, in input order. */
  memberIds: string[];
  transitions: OffsetTransition[];
}

/** Everything a planner draws for one day ({@link plannerDay}). */
export interface PlannerDay {
  date: string;
  timeZone: string;
  /** The day's `[start, end)`, UTC ISO. */
  start: string;
  end: string;
  hours: PlannerHourColumn[];
  rows: PlannerRow[];
  overlap: PlannerOverlap[];
  /** Σ of `overlap` minutes. */
  overlapMinutes: number;
  overlapKind: PlannerOverlapKind;
  /** The quorum used. */
  quorum: number;
  /** Best first (as `suggestMeetings`), only those where at least `quorum` people are in working hours for some of the meeting; empty on a `'none'` day. */
  suggestions: PlannerMeeting[];
  /** When `overlapKind` is not `'common'`: the next date (within `searchDays`) that has an overlap of the same strength or better, else null. */
  nextOverlapDate: string | null;
  /** The now-line's place on the strip (0…1), or null when `now` is not on this day (or not given). */
  nowAt: number | null;
  clockChanges: PlannerClockChange[];
}

/**
 * Where an instant falls along a day's strip, 0…1, by hour column (each column is one
 * equal-width cell whatever its length, so 23- and 25-hour days fill the strip).
 *
 * @example
 * ```ts
 * import { stripPosition } from '@sextant/core';
 * const hours = [
 *   { start: '2026-03-30T00:00:00Z', end: '2026-03-30T01:00:00Z' },
 *   { start: '2026-03-30T01:00:00Z', end: '2026-03-30T02:00:00Z' },
 * ];
 * stripPosition(hours, '2026-03-30T01:30:00Z'); // → 0.75
 * ```
 */
export function stripPosition(hours: readonly { start: string; end: string }[], instant: InstantInput): number {
  const t = instantOption(instant, 'instant');
  return positionOf(toBounds(hours), t);
}

/**
 * The hour boundaries of a day strip: every start, then the last end, strictly ascending.
 * The hours may come from storage, so they are checked like input (a made-up length, a
 * missing hour, an hour of zero width would give a raw TypeError or a NaN position).
 */
function toBounds(hours: readonly { start: string; end: string }[], name = 'hours'): Float64Array {
  if (!Array.isArray(hours)) {
    throw new SextantError('INVALID_OPTION', `${name} must be the hours array of a plannerDay; got ${describe(hours)}`, {
      argument: name,
    });
  }
  const n = hours.length;
  // Grown as the hours are read, not allocated from `length`: `new Array(2 ** 32 - 1)` is
  // refused at its first hole instead of throwing a raw RangeError from a 32 GB allocation.
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = hours[i] as unknown;
    if (h === null || typeof h !== 'object') {
      throw new SextantError('INVALID_OPTION', `${name}[${i}] must be an hour { start, end }; got ${describe(h)}`, {
        argument: `${name}[${i}]`,
        index: i,
      });
    }
    b[i] = instantOption((h as { start: unknown }).start, `${name}[${i}].start`);
    if (i > 0 && !(b[i] > b[i - 1])) {
      throw new SextantError('INVALID_OPTION', `${name}[${i}].start must be after ${name}[${i - 1}].start`, {
        argument: `${name}[${i}].start`,
        index: i,
      });
    }
  }
  if (n > 0) {
    b[n] = instantOption(hours[n - 1].end, `${name}[${n - 1}].end`);
    if (!(b[n] > b[n - 1])) {
      throw new SextantError('INVALID_OPTION', `${name}[${n - 1}].end must be after its start`, {
        argument: `${name}[${n - 1}].end`,
        index: n - 1,
      });
    }
  }
  return Float64Array.from(b);
}

function positionOf(bounds: Float64Array, t: number): number {
  const n = bounds.length - 1;
  if (n <= 0 || t <= bounds[0]) return 0;
  if (t >= bounds[n]) return 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return (lo + (t - bounds[lo]) / (bounds[lo + 1] - bounds[lo])) / n;
}

function iso(t: number): string {
  return new Date(t).toISOString();
}

function meetingOf(slot: MeetingSlot, bounds: Float64Array): PlannerMeeting {
  let minutesOutside = 0;
  let minutesAtNight = 0;
  let nightCount = 0;
  for (const m of slot.members) {
    minutesOutside += m.minutesOutsideHours;
    minutesAtNight += m.minutesAtNight;
    if (m.minutesAtNight > 0) nightCount++;
  }
  return {
    ...slot,
    minutesOutside,
    minutesAtNight,
    outsideCount: slot.outsideHours.length,
    nightCount,
    from: positionOf(bounds, Date.parse(slot.start)),
    to: positionOf(bounds, Date.parse(slot.end)),
  };
}

// A day whose every zone's midnight (UTC−12…+14) is an instant the schedule functions accept.
const FIRST_DAY = parseDateDay('1000-01-04');
const LAST_DAY = parseDateDay('9999-12-27');

function dateOption(date: unknown): string {
  const day = parseDateDay(date);
  if (typeof date !== 'string' || Number.isNaN(day) || day < FIRST_DAY || day > LAST_DAY) {
    throw new SextantError(
      'INVALID_OPTION',
      `date must be a 'YYYY-MM-DD' date from 1000-01-04 to 9999-12-27; got ${show(date)}`,
      { argument: 'date', value: date },
    );
  }
  return date;
}

/** `'YYYY-MM-DD'` ± days, as calendar arithmetic. */
function addDays(date: string, days: number): string {
  return iso(parseDateDay(date) * DAY_MS + days * DAY_MS).slice(0, 10);
}

/** The overlap kind of one day, from the intervals where everyone, and where `quorum`, work. */
function kindOf(
  members: readonly TeamMember[],
  from: number,
  to: number,
  durationMinutes: number,
  quorum: number,
): { kind: PlannerOverlapKind; all: { start: string; end: string }[] } {
  const all = findOverlap(members, { from, to });
  const need = durationMinutes * MINUTE_MS;
  const longest = all.reduce((a, o) => Math.max(a, Date.parse(o.end) - Date.parse(o.start)), 0);
  if (all.length > 0) return { kind: longest >= need ? 'common' : 'too-short', all };
  const some = findOverlap(members, { from, to, quorum, minDurationMinutes: durationMinutes });
  return { kind: some.length > 0 ? 'partial' : 'none', all };
}

const RANK: Record<PlannerOverlapKind, number> = { common: 3, 'too-short': 2, partial: 1, none: 0 };

/**
 * The first date after `date` (within `searchDays`) whose overlap is at least `atLeast`
 * (`'partial'` by default: some `quorum` people work together for the meeting length), or null.
 *
 * @example
 * ```ts
 * import { nextDayWithOverlap } from '@sextant/core';
 * const team = [
 *   { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *   { id: 'raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' } },
 * ];
 * nextDayWithOverlap(team, { date: '2026-04-04', timeZone: 'Europe/Lisbon' }); // → '2026-04-06' (Saturday → Monday)
 * ```
 */
export function nextDayWithOverlap(
  members: readonly TeamMember[],
  options: {
    date: string;
    timeZone?: string;
    durationMinutes?: number;
    quorum?: number;
    searchDays?: number;
    atLeast?: PlannerOverlapKind;
  },
): string | null {
  const o = (options ?? {}) as Record<string, unknown>;
  compileTeam(members);
  const date = dateOption(o.date);
  const timeZone = (o.timeZone as string | undefined) ?? members[0].timeZone;
  const duration = numberOption(o.durationMinutes, 60, 1, 1440, 'options.durationMinutes', true);
  const quorum = numberOption(o.quorum, Math.min(2, members.length), 1, members.length, 'options.quorum', true);
  const searchDays = numberOption(o.searchDays, 14, 1, 366, 'options.searchDays', true);
  const atLeast = (o.atLeast as PlannerOverlapKind | undefined) ?? 'partial';
  // Own keys only: 'toString' is in every object, and would pass as a kind.
  if (typeof atLeast !== 'string' || !Object.prototype.hasOwnProperty.call(RANK, atLeast)) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.atLeast must be 'common', 'too-short', 'partial' or 'none'; got ${show(atLeast)}`,
      {
        argument: 'options.atLeast',
        value: atLeast,
      },
    );
  }
  for (let k = 1; k <= searchDays; k++) {
    const d = addDays(date, k);
    if (parseDateDay(d) > LAST_DAY) return null;
    const b = dayBounds(d, timeZone);
    const { kind } = kindOf(members, Date.parse(b.start), Date.parse(b.end), duration, quorum);
    if (RANK[kind] >= RANK[atLeast]) return d;
  }
  return null;
}

/**
 * A planner's day for a team: hour columns in `timeZone`'s day with how many work in each;
 * per member the working and night spans as continuous bars (exact to the minute, for
 * drawing "find a time" rows), the per-hour cells (status, local time, a new local date)
 * and the local time at `now`; when everyone works (`overlap`, and its kind against the
 * meeting length); suggestions ranked as `suggestMeetings` (fewest minutes outside working
 * hours, a night minute weighing `nightWeight`), with their totals, keeping only those with
 * at least `quorum` people inside hours; the next date with an overlap when this one has
 * none for everyone; the now-line; the zones whose clocks change that day.
 *
 * @example
 * ```ts
 * import { plannerDay } from '@sextant/core';
 * const day = plannerDay(
 *   [
 *     { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *     { id: 'raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' } },
 *   ],
 *   { date: '2026-03-30', now: '2026-03-30T12:00:00Z' },
 * );
 * day.overlapKind; // → 'common'
 * day.overlap[0].start; // → '2026-03-30T08:00:00.000Z'
 * day.overlapMinutes; // → 300
 * day.rows[1].spans[0].start; // → '2026-03-30T04:30:00.000Z'
 * day.nowAt; // → 0.5416666666666666 (13:00 of 24 hours in Lisbon, on summer time)
 * ```
 */
export function plannerDay(members: readonly TeamMember[], options: PlannerDayOptions): PlannerDay {
  const o = (options ?? {}) as unknown as Record<string, unknown>;
  // The team first, so a bad member is named before anything that depends on it.
  compileTeam(members);
  const nowTimes =
    o.now === undefined ? null : localTimes(members, o.now as InstantInput, { night: options.night, argumentName: 'now' });
  const date = dateOption(o.date);
  const timeZone = (o.timeZone as string | undefined) ?? members[0].timeZone;
  const durationMinutes = numberOption(o.durationMinutes, 60, 1, 1440, 'options.durationMinutes', true);
  const count = numberOption(o.suggestionCount, 3, 1, 50, 'options.suggestionCount', true);
  const n = members.length;
  const quorum = numberOption(o.quorum, Math.min(2, n), 1, n, 'options.quorum', true);
  const searchDays = numberOption(o.searchDays, 14, 1, 366, 'options.searchDays', true);
  const strip = teamDayStrip(members, { date, timeZone, night: options.night });
  const nowMs = o.now === undefined ? null : instantOption(o.now, 'now');

  const nh = strip.hours.length;
  const bounds = new Float64Array(nh + 1);
  for (let k = 0; k < nh; k++) bounds[k] = Date.parse(strip.hours[k].start);
  bounds[nh] = Date.parse(strip.hours[nh - 1].end);
  const dayStart = bounds[0];
  const dayEnd = bounds[nh];

  const hours: PlannerHourColumn[] = strip.hours.map((h, k) => ({
    start: h.start,
    end: h.end,
    from: h.localTime,
    to: k + 1 < nh ? strip.hours[k + 1].localTime : '24:00',
    localHour: h.localHour,
    working: strip.available[k].working,
    whole: strip.available[k].whole,
  }));

  const rows: PlannerRow[] = members.map((m, i) => {
    const spans: PlannerSpan[] = [];
    let workingMinutes = 0;
    for (const kind of ['working', 'night'] as const) {
      let open = -1;
      let openFrom = 0;
      let last = -1;
      const flush = () => {
        if (open >= 0) {
          spans.push({
            kind,
            start: iso(open),
            end: iso(last),
            from: openFrom,
            to: positionOf(bounds, last),
          });
        }
        open = -1;
      };
      strip.rows[i].forEach((cell, k) => {
        const ranges = kind === 'working' ? cell.workingRanges : cell.nightRanges;
        for (const r of ranges) {
          const s = bounds[k] + r.fromMinute * MINUTE_MS;
          const e = bounds[k] + r.toMinute * MINUTE_MS;
          if (kind === 'working') workingMinutes += r.toMinute - r.fromMinute;
          if (open >= 0 && s === last) {
            last = e;
            continue;
          }
          flush();
          open = s;
          openFrom = positionOf(bounds, s);
          last = e;
        }
      });
      flush();
    }
    return {
      id: m.id,
      timeZone: m.timeZone,
      spans,
      cells: strip.rows[i].map((c) => ({
        localStart: c.localStart,
        localTime: c.localTime,
        dayOffset: c.dayOffset,
        status: c.status,
        workingMinutes: c.workingMinutes,
        newDay: c.newDay === null ? null : c.newDay.date,
      })),
      workingMinutes,
      now: nowTimes ? nowTimes[i] : null,
    };
  });

  const { kind, all } = kindOf(members, dayStart, dayEnd, durationMinutes, quorum);
  const overlap: PlannerOverlap[] = all.map((x) => {
    const s = Date.parse(x.start);
    const e = Date.parse(x.end);
    return { start: x.start, end: x.end, minutes: (e - s) / MINUTE_MS, from: positionOf(bounds, s), to: positionOf(bounds, e) };
  });

  const suggestions =
    kind === 'none'
      ? []
      : suggestMeetings(members, {
          from: dayStart,
          to: dayEnd,
          durationMinutes,
          // Every non-overlapping slot of the day, so filtering leaves the best `count` that qualify.
          count: Math.max(count, Math.ceil((25 * 60) / durationMinutes)),
          night: options.night,
          nightWeight: options.nightWeight,
        })
          // Never a meeting that fewer than `quorum` people attend in working hours for any of it.
          .filter((s) => s.members.reduce((a, m) => a + (m.minutesOutsideHours < durationMinutes ? 1 : 0), 0) >= quorum)
          .slice(0, count)
          .map((s) => meetingOf(s, bounds));

  const clockChanges: PlannerClockChange[] = [];
  const byZone = new Map<string, PlannerClockChange>();
  for (const m of members) {
    const seen = byZone.get(m.timeZone);
    if (seen) {
      seen.memberIds.push(m.id);
      continue;
    }
    const transitions = offsetTransitions(m.timeZone, { from: dayStart, to: dayEnd });
    const entry = { timeZone: m.timeZone, memberIds: [m.id], transitions };
    byZone.set(m.timeZone, entry);
    if (transitions.length > 0) clockChanges.push(entry);
  }

  return {
    date,
    timeZone,
    start: iso(dayStart),
    end: iso(dayEnd),
    hours,
    rows,
    overlap,
    overlapMinutes: overlap.reduce((a, x) => a + x.minutes, 0),
    overlapKind: kind,
    quorum,
    suggestions,
    nextOverlapDate:
      kind === 'common'
        ? null
        : nextDayWithOverlap(members, {
            date,
            timeZone,
            durationMinutes,
            quorum,
            searchDays,
            atLeast: kind === 'none' ? 'partial' : 'common',
          }),
    nowAt: nowMs !== null && nowMs >= dayStart && nowMs < dayEnd ? positionOf(bounds, nowMs) : null,
    clockChanges,
  };
}

/**
 * One given meeting scored for everyone (`evaluateMeeting`), with the planner's totals and
 * its place on the strip of `day` (clamped to it).
 *
 * @example
 * ```ts
 * import { plannerMeeting, plannerDay } from '@sextant/core';
 * const team = [
 *   { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *   { id: 'raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' } },
 * ];
 * const day = plannerDay(team, { date: '2026-03-30' });
 * plannerMeeting(team, day, { start: '2026-03-30T12:30:00Z', durationMinutes: 60 }).minutesOutside; // → 30
 * ```
 */
export function plannerMeeting(
  members: readonly TeamMember[],
  day: Pick<PlannerDay, 'hours'>,
  options: { start: InstantInput; durationMinutes: number } & NightOptions & { nightWeight?: number },
): PlannerMeeting {
  const slot = evaluateMeeting(members, options);
  return meetingOf(slot, toBounds(day?.hours, 'day.hours'));
}
