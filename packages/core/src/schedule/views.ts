/**
 * Views of a team's time: one instant in every member's local time, wall-clock conversions,
 * a zone's clock changes, and follow-the-sun hand-off windows.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { memberWindows, type TimeRange } from './availability';
import { containsInstant, unionIntervals } from './intervals';
import {
  argumentNameOption,
  compileTeam,
  parseDateDay,
  parseHHmm,
  instantOption,
  parseNight,
  parseRange,
  zoneOrThrow,
  type InstantInput,
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
  offsetLabel,
  wallDateString,
  wallString,
  wallTimeString,
  wallToInstant,
  weekdayOfDay,
} from './zone';

/** Names the caller's own argument in error messages. */
export interface ArgumentNameOption {
  /**
   * What error messages about the instant call it, e.g. a widget's prop name (`'now'`), so the
   * message names what the host passed.
   * @default 'instant'
   */
  argumentName?: string;
}

/** Options of {@link localTimes}. */
export interface LocalTimesOptions extends NightOptions, ArgumentNameOption {}

function inNight(minute: number, night: { startMin: number; endMin: number }): boolean {
  return night.startMin < night.endMin
    ? minute >= night.startMin && minute < night.endMin
    : minute >= night.startMin || minute < night.endMin;
}

/** One member's local time at an instant. */
export interface MemberLocalTime {
  id: string;
  name?: string;
  timeZone: string;
  /** `'YYYY-MM-DDTHH:mm'` wall clock. */
  local: string;
  /** `'YYYY-MM-DD'`. */
  date: string;
  /** `'HH:mm'`. */
  time: string;
  /** Minutes east of UTC (Kathmandu 345, St John's in winter −210). */
  offsetMinutes: number;
  /** `'UTC+05:45'`. */
  offsetLabel: string;
  /** Local weekday, 0 = Sunday. */
  weekday: number;
  /** Inside work hours (work day, not a holiday, overnight shifts included). */
  isWorking: boolean;
  /** Local time inside the night window (default 22:00–07:00). */
  isNight: boolean;
}

/**
 * One instant in every member's local time, with whether each is at work and whether it is
 * night for them. Members in input order. The same wall clock as `Intl.DateTimeFormat`.
 *
 * @example
 * ```ts
 * import { localTimes } from '@sextant/core';
 * localTimes(
 *   [
 *     { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *     { id: 'sita', name: 'Sita', timeZone: 'Asia/Kathmandu', workHours: { start: '10:00', end: '18:00' } },
 *   ],
 *   '2026-03-30T08:00:00Z',
 * );
 * // → [{ id: 'ana', local: '2026-03-30T09:00', offsetMinutes: 60, weekday: 1, isWorking: true, isNight: false, … },
 * //    { id: 'sita', local: '2026-03-30T13:45', offsetMinutes: 345, weekday: 1, isWorking: true, isNight: false, … }]
 * localTimes([{ id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } }], 'noon', { argumentName: 'now' });
 * // throws SextantError INVALID_OPTION: "now \"noon\" is not an instant: …"
 * ```
 */
export function localTimes(
  members: readonly TeamMember[],
  instant: InstantInput,
  options: LocalTimesOptions = {},
): MemberLocalTime[] {
  const team = compileTeam(members);
  const t = instantOption(instant, argumentNameOption(options, 'instant'));
  const night = parseNight((options ?? {}).night, 'options.night');
  return team.map((c) => {
    const off = offsetAt(c.zone, t);
    const wall = t + off;
    const r: MemberLocalTime = {
      id: c.id,
      timeZone: c.timeZone,
      local: wallString(wall),
      date: wallDateString(wall),
      time: wallTimeString(wall),
      offsetMinutes: off / MINUTE_MS,
      offsetLabel: offsetLabel(off / MINUTE_MS),
      weekday: weekdayOfDay(Math.floor(wall / DAY_MS)),
      isWorking: containsInstant(memberWindows(c, t, t + 1), t),
      isNight: inNight(minuteOfDay(wall), night),
    };
    if (c.name !== undefined) r.name = c.name;
    return r;
  });
}

const WALL = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant at which a zone's wall clock reads `local` (`'YYYY-MM-DDTHH:mm'`, optional
 * `:ss`, or a bare date for 00:00), as a UTC ISO string. A time in a DST gap moves forward
 * by the gap; one in a repeated hour takes the earlier instant (Temporal's `'compatible'`).
 *
 * @example
 * ```ts
 * import { wallClockToInstant } from '@sextant/core';
 * wallClockToInstant('2026-03-29T01:30', 'Europe/Lisbon'); // → '2026-03-29T01:30:00.000Z' (02:30 WEST: the gap)
 * wallClockToInstant('2026-10-25T01:30', 'Europe/Lisbon'); // → '2026-10-25T00:30:00.000Z' (the earlier 01:30)
 * ```
 */
export function wallClockToInstant(local: string, timeZone: string): string {
  const zone = zoneOrThrow(timeZone, 'timeZone');
  const m = typeof local === 'string' ? WALL.exec(local) : null;
  const day = m ? parseDateDay(m[1]) : NaN;
  const minute = m && m[2] !== undefined ? parseHHmm(m[2], false) : 0;
  const sec = m && m[3] !== undefined ? Number(m[3]) : 0;
  if (Number.isNaN(day) || minute < 0 || sec > 59) {
    throw new SextantError('INVALID_OPTION', `local must be 'YYYY-MM-DDTHH:mm' (or a date); got ${show(local)}`, {
      argument: 'local',
      value: local,
    });
  }
  return new Date(wallToInstant(zone, day * DAY_MS + minute * MINUTE_MS + sec * 1000)).toISOString();
}

/**
 * An instant's wall clock in a zone, `'YYYY-MM-DDTHH:mm'` (what `Intl.DateTimeFormat` shows).
 *
 * @example
 * ```ts
 * import { instantToWallClock } from '@sextant/core';
 * instantToWallClock('2026-03-30T08:00:00Z', 'Pacific/Chatham'); // → '2026-03-30T21:45' (+13:45, DST)
 * instantToWallClock('2026-03-30T08:00', 'UTC', { argumentName: 'value' });
 * // throws SextantError INVALID_OPTION: "value \"2026-03-30T08:00\" is not an instant: it has a time but no 'Z' or offset, …"
 * ```
 */
export function instantToWallClock(instant: InstantInput, timeZone: string, options: ArgumentNameOption = {}): string {
  const zone = zoneOrThrow(timeZone, 'timeZone');
  return wallString(instantToWall(zone, instantOption(instant, argumentNameOption(options, 'instant'))));
}

/** A change of a zone's UTC offset (a DST change, or a change of standard time). */
export interface OffsetTransition {
  /** The first instant with the new offset, UTC ISO. */
  at: string;
  /** Minutes east of UTC just before `at`, and from `at` on. */
  offsetBeforeMinutes: number;
  offsetAfterMinutes: number;
  /** `'UTC+01:00'`-style labels of the two offsets (as {@link MemberLocalTime}'s `offsetLabel`). */
  offsetBeforeLabel: string;
  offsetAfterLabel: string;
}

/**
 * Every change of a zone's UTC offset at an instant in `[from, to)`, in order: whether (and
 * when, to the second) the clocks change during a day or a week. The same offsets as
 * `Intl.DateTimeFormat`, read from the schedule functions' memoised zone data (a cold range
 * costs one formatter call per three days, plus a bisection per change).
 *
 * @param timeZone - IANA name or alias.
 * @example
 * ```ts
 * import { offsetTransitions } from '@sextant/core';
 * offsetTransitions('Europe/Berlin', { from: '2026-03-28T23:00:00Z', to: '2026-03-29T22:00:00Z' });
 * // → [{ at: '2026-03-29T01:00:00.000Z', offsetBeforeMinutes: 60, offsetAfterMinutes: 120,
 * //      offsetBeforeLabel: 'UTC+01:00', offsetAfterLabel: 'UTC+02:00' }]
 * offsetTransitions('Australia/Lord_Howe', { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }).map((t) => t.offsetAfterMinutes);
 * // → [630, 660]   (half-hour DST: +11 → +10:30 on 5 April, back to +11 on 4 October)
 * ```
 */
export function offsetTransitions(timeZone: string, options: TimeRange): OffsetTransition[] {
  const zone = zoneOrThrow(timeZone, 'timeZone');
  const { from, to } = parseRange(options);
  return offsetChanges(zone, from, to).map((c) => ({
    at: new Date(c.at).toISOString(),
    offsetBeforeMinutes: c.before / MINUTE_MS,
    offsetAfterMinutes: c.after / MINUTE_MS,
    offsetBeforeLabel: offsetLabel(c.before / MINUTE_MS),
    offsetAfterLabel: offsetLabel(c.after / MINUTE_MS),
  }));
}

/** A stage of a follow-the-sun chain: the members working in one zone. */
export interface HandoffStage {
  timeZone: string;
  /** Offset at `from`, minutes east of UTC. */
  offsetMinutes: number;
  /** In input order. */
  memberIds: string[];
}

/** What happens when one stage's coverage ends. */
export interface Handoff {
  /** Zone handing work over, and zone taking it. */
  fromZone: string;
  toZone: string;
  /** Indexes into `stages`. */
  fromStage: number;
  toStage: number;
  /** When `fromZone`'s coverage ends (UTC ISO). */
  at: string;
  /**
   * `'overlap'`: both work during `[start, end)` (end = `at`), a live hand-over is possible.
   * `'gap'`: nobody of the two works during `[start, end)` (start = `at`), the work waits.
   */
  kind: 'overlap' | 'gap';
  start: string;
  end: string;
  minutes: number;
}

/** Result of {@link handoffWindows}. */
export interface HandoffPlan {
  /** Zones east to west (by UTC offset at `from`, largest first; ties in input order). */
  stages: HandoffStage[];
  /** Every hand-over whose `at` lies in `(from, to]`, sorted by `at`. */
  handoffs: Handoff[];
}

/** Options of {@link handoffWindows}. */
export interface HandoffOptions extends TimeRange {
  /**
   * Also hand over from the westernmost zone back to the easternmost (the next day).
   * @default true
   */
  cyclic?: boolean;
}

/** How far past `to` to look for the next stage's start (covers weekends and long holidays). */
const LOOKAHEAD_MS = 21 * DAY_MS;

/**
 * Follow-the-sun hand-off windows for async work: members grouped by zone, zones ordered east
 * to west by UTC offset, and for each consecutive pair (and the westernmost back to the
 * easternmost when `cyclic`) every moment the first zone's work hours end, with the overlap
 * during which the next zone already works, or the gap until it starts.
 *
 * @example
 * ```ts
 * import { handoffWindows } from '@sextant/core';
 * const day = { start: '09:00', end: '17:00' };
 * handoffWindows(
 *   [
 *     { id: 'syd', name: 'Mia', timeZone: 'Australia/Sydney', workHours: day },
 *     { id: 'blr', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: day },
 *     { id: 'lis', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: day },
 *   ],
 *   { from: '2026-04-07T00:00:00Z', to: '2026-04-08T00:00:00Z', cyclic: false },
 * ).handoffs;
 * // → [{ fromZone: 'Australia/Sydney', toZone: 'Asia/Kolkata', kind: 'overlap', start: '2026-04-07T03:30:00.000Z', end: '2026-04-07T07:00:00.000Z', minutes: 210, … },
 * //    { fromZone: 'Asia/Kolkata', toZone: 'Europe/Lisbon', kind: 'overlap', start: '2026-04-07T08:00:00.000Z', end: '2026-04-07T11:30:00.000Z', minutes: 210, … }]
 * ```
 */
export function handoffWindows(members: readonly TeamMember[], options: HandoffOptions): HandoffPlan {
  const team = compileTeam(members);
  const { from, to } = parseRange(options);
  const cyclic = (options as { cyclic?: unknown }).cyclic ?? true;
  if (typeof cyclic !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.cyclic must be a boolean; got ${show(cyclic)}`, {
      argument: 'options.cyclic',
    });
  }
  const byZone = new Map<string, number>();
  const stages: HandoffStage[] = [];
  const members2: number[][] = [];
  for (let i = 0; i < team.length; i++) {
    const c = team[i];
    let k = byZone.get(c.timeZone);
    if (k === undefined) {
      k = stages.length;
      byZone.set(c.timeZone, k);
      stages.push({ timeZone: c.timeZone, offsetMinutes: offsetAt(c.zone, from) / MINUTE_MS, memberIds: [] });
      members2.push([]);
    }
    stages[k].memberIds.push(c.id);
    members2[k].push(i);
  }
  const order = stages.map((_, i) => i).sort((a, b) => stages[b].offsetMinutes - stages[a].offsetMinutes || a - b);
  const sorted = order.map((i) => stages[i]);
  const lo = from - 2 * DAY_MS;
  const hi = to + LOOKAHEAD_MS;
  const coverage = order.map((i) => unionIntervals(members2[i].map((m) => memberWindows(team[m], lo, hi))));
  const handoffs: Handoff[] = [];
  const S = sorted.length;
  const pairs = S < 2 ? 0 : cyclic ? S : S - 1;
  for (let p = 0; p < pairs; p++) {
    const q = (p + 1) % S;
    const a = coverage[p];
    const b = coverage[q];
    let j = 0;
    for (let i = 0; i < a.length; i += 2) {
      const aS = a[i];
      const aE = a[i + 1];
      if (aE <= from || aE > to) continue;
      while (j < b.length && b[j + 1] <= aE) j += 2;
      if (j >= b.length) break;
      const bS = b[j];
      const overlap = bS < aE;
      const start = overlap ? Math.max(aS, bS) : aE;
      const end = overlap ? aE : bS;
      handoffs.push({
        fromZone: sorted[p].timeZone,
        toZone: sorted[q].timeZone,
        fromStage: p,
        toStage: q,
        at: new Date(aE).toISOString(),
        kind: overlap ? 'overlap' : 'gap',
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString(),
        minutes: (end - start) / MINUTE_MS,
      });
    }
  }
  handoffs.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.fromStage - y.fromStage));
  return { stages: sorted, handoffs };
}
