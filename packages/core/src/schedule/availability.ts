/**
 * Working-hour availability and the overlap of a team, as interval arithmetic on UTC instants.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import {
  compileMember,
  compileTeam,
  numberOption,
  parseRange,
  type CompiledMember,
  type InstantInput,
  type TeamMember,
} from './member';
import { DAY_MS, instantToWall, MINUTE_MS, wallToInstant, weekdayOfDay, type Zone } from './zone';

/** `[start, end)` in UTC, as ISO strings (`Date#toISOString()` form). */
export interface TimeInterval {
  start: string;
  end: string;
}

/** A stretch of time with the same set of available members. */
export interface OverlapInterval extends TimeInterval {
  /** Ids of the members available throughout, in input order. */
  attendees: string[];
}

/** `{ from, to }`: instants, `from < to`. */
export interface TimeRange {
  from: InstantInput;
  to: InstantInput;
}

/** Options of {@link findOverlap}. */
export interface FindOverlapOptions extends TimeRange {
  /**
   * Drop intervals shorter than this many minutes.
   * @default 0
   */
  minDurationMinutes?: number;
  /**
   * Least number of members available at once.
   * @default members.length
   */
  quorum?: number;
}

/**
 * Daily wall-clock windows `[startMin, endMin)` of a zone (`endMin ≤ startMin`: ends the next
 * local day) on local dates whose weekday is in `dayMask` and that are not in `holidays`,
 * mapped to UTC ('compatible' disambiguation), clipped to `[from, to]`, merged when touching.
 * Returns a flat `[s0, e0, s1, e1, …]` of epoch ms.
 */
export function dailyWindows(
  zone: Zone,
  startMin: number,
  endMin: number,
  dayMask: number,
  holidays: Set<number> | null,
  from: number,
  to: number,
): number[] {
  const out: number[] = [];
  const firstDay = Math.floor(instantToWall(zone, from) / DAY_MS) - 1;
  const lastDay = Math.floor(instantToWall(zone, to) / DAY_MS);
  const endDayShift = endMin <= startMin ? 1 : 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if ((dayMask & (1 << weekdayOfDay(day))) === 0) continue;
    if (holidays !== null && holidays.has(day)) continue;
    let s = wallToInstant(zone, day * DAY_MS + startMin * MINUTE_MS);
    let e = wallToInstant(zone, (day + endDayShift) * DAY_MS + endMin * MINUTE_MS);
    if (s < from) s = from;
    if (e > to) e = to;
    if (e <= s) continue;
    const n = out.length;
    if (n > 0 && out[n - 1] >= s) {
      if (e > out[n - 1]) out[n - 1] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}

/** A compiled member's working intervals in `[from, to]`, flat epoch ms. */
export function memberWindows(c: CompiledMember, from: number, to: number): number[] {
  return dailyWindows(c.zone, c.startMin, c.endMin, c.dayMask, c.holidays, from, to);
}

function toIntervals(flat: ArrayLike<number>): TimeInterval[] {
  const out: TimeInterval[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    out.push({ start: new Date(flat[i]).toISOString(), end: new Date(flat[i + 1]).toISOString() });
  }
  return out;
}

/**
 * When a member works between `from` and `to`: their `[start, end)` work hours, wall-clock in
 * their own zone on each local work day that is not a holiday, as UTC intervals clipped to
 * `[from, to]`, touching ones merged, sorted. Correct across DST changes in both hemispheres
 * and in :30/:45 zones; a boundary in a DST gap moves forward by the gap, one in a repeated
 * hour takes the earlier instant (Temporal's `'compatible'`). Matches the golden vectors
 * computed with Python's `zoneinfo`.
 *
 * @example
 * ```ts
 * import { availability } from '@sextant/core';
 * availability(
 *   { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' }, workDays: [1, 2, 3, 4, 5] },
 *   { from: '2026-03-27T00:00:00Z', to: '2026-03-31T00:00:00Z' },
 * );
 * // → [{ start: '2026-03-27T09:00:00.000Z', end: '2026-03-27T17:00:00.000Z' },   // Friday, WET
 * //    { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T16:00:00.000Z' }]   // Monday, WEST
 * ```
 */
export function availability(member: TeamMember, options: TimeRange): TimeInterval[] {
  const c = compileMember(member, 0, 'member');
  const { from, to } = parseRange(options);
  return toIntervals(memberWindows(c, from, to));
}

/**
 * Sweep the members' interval lists and call `emit(start, end, active)` for every maximal
 * stretch during which the set of available members is constant and at least `quorum` strong.
 */
export function sweepOverlap(
  lists: readonly (readonly number[])[],
  quorum: number,
  emit: (start: number, end: number, active: Uint8Array) => void,
): void {
  const n = lists.length;
  let total = 0;
  for (const l of lists) total += l.length;
  const times = new Float64Array(total);
  const who = new Int32Array(total); // member index, +1 for a start and negated for an end
  let k = 0;
  for (let m = 0; m < n; m++) {
    const l = lists[m];
    for (let i = 0; i < l.length; i += 2) {
      times[k] = l[i];
      who[k++] = m + 1;
      times[k] = l[i + 1];
      who[k++] = -(m + 1);
    }
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => times[a] - times[b]);
  const active = new Uint8Array(n);
  let count = 0;
  let segStart = 0;
  let i = 0;
  while (i < total) {
    const t = times[order[i]];
    if (count >= quorum && segStart < t) emit(segStart, t, active);
    // A member's own intervals never touch, so every batch of events at t changes the set.
    while (i < total && times[order[i]] === t) {
      const w = who[order[i++]];
      if (w > 0) {
        active[w - 1] = 1;
        count++;
      } else {
        active[-w - 1] = 0;
        count--;
      }
    }
    segStart = t;
  }
}

/**
 * When members are available together: the maximal intervals during which the set of available
 * members is constant and at least `quorum` strong (default: everyone, i.e. the intersection of
 * all availabilities), each with its `attendees` in input order; intervals shorter than
 * `minDurationMinutes` dropped. UTC ISO strings, sorted. Matches the golden vectors computed
 * with Python's `zoneinfo`.
 *
 * @example
 * ```ts
 * import { findOverlap } from '@sextant/core';
 * const nine2five = { start: '09:00', end: '17:00' };
 * findOverlap(
 *   [
 *     { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: nine2five, workDays: [1, 2, 3, 4, 5] },
 *     { id: 'ben', name: 'Ben', timeZone: 'Europe/Berlin', workHours: nine2five, workDays: [1, 2, 3, 4, 5] },
 *   ],
 *   { from: '2026-03-30T00:00:00Z', to: '2026-03-31T00:00:00Z' },
 * );
 * // → [{ start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T15:00:00.000Z', attendees: ['ana', 'ben'] }]
 * ```
 */
export function findOverlap(members: readonly TeamMember[], options: FindOverlapOptions): OverlapInterval[] {
  const team = compileTeam(members);
  const { from, to } = parseRange(options);
  const o = options as unknown as Record<string, unknown>;
  const minMs = numberOption(o.minDurationMinutes, 0, 0, Number.MAX_SAFE_INTEGER, 'options.minDurationMinutes') * MINUTE_MS;
  const n = team.length;
  if (o.quorum !== undefined && (typeof o.quorum !== 'number' || !Number.isInteger(o.quorum) || o.quorum < 1 || o.quorum > n)) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.quorum must be an integer in 1…${n} (the member count); got ${show(o.quorum)}`,
      {
        argument: 'options.quorum',
        value: o.quorum,
      },
    );
  }
  const quorum = (o.quorum as number | undefined) ?? n;
  const lists = team.map((c) => memberWindows(c, from, to));
  const out: OverlapInterval[] = [];
  sweepOverlap(lists, quorum, (s, e, active) => {
    if (e - s < minMs) return;
    const attendees: string[] = [];
    for (let m = 0; m < n; m++) if (active[m] === 1) attendees.push(team[m].id);
    out.push({ start: new Date(s).toISOString(), end: new Date(e).toISOString(), attendees });
  });
  return out;
}
