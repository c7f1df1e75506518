/**
 * Time-zone arithmetic on UTC instants, on @date-fns/tz's `tzOffset` (cached `Intl.DateTimeFormat`).
 *
 * Why not a formatter call per conversion: formatting dominates the cost of schedule
 * functions (≈1.4 µs a call here), so each zone keeps the UTC offset at every UTC midnight
 * it has been asked about, and the exact instant of any offset change found between two
 * such midnights (by bisection, to the second). This is exact because no two offset
 * changes of one zone in the tz database are less than 3.9 days apart (checked over every
 * zone of tzdata 2025b with Python's zoneinfo), so a day holds at most one change.
 *
 * Internal: not exported from the package root.
 */
import { tzOffset } from '@date-fns/tz';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** One zone's formatter and its memoised offsets. */
export interface Zone {
  /** The name as the caller gave it. */
  readonly name: string;
  /** UTC day number → offset (ms) at that day's 00:00Z. */
  readonly midnightOffset: Map<number, number>;
  /** UTC day number → the instant (ms) of the offset change inside that day. */
  readonly change: Map<number, number>;
}

const zones = new Map<string, Zone | null>();

/** The cached zone for an IANA name (or alias) `Intl` accepts, or `null` when `Intl` refuses it. */
export function getZone(name: string): Zone | null {
  const hit = zones.get(name);
  if (hit !== undefined) return hit;
  let zone: Zone | null = null;
  // No zone is named '' (API.md: UNKNOWN_TIME_ZONE); not left to each engine's Intl.
  if (name !== '') {
    try {
      // Intl is the arbiter of which names (and aliases) are zones; tzOffset would quietly
      // give NaN instead.
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      zone = { name, midnightOffset: new Map(), change: new Map() };
    } catch {
      zone = null;
    }
  }
  zones.set(name, zone);
  return zone;
}

/**
 * Offset (ms) of `zone` at instant `t`, from @date-fns/tz's `tzOffset` (a cached
 * `Intl.DateTimeFormat` with `timeZoneName: 'longOffset'`). Called once per UTC midnight
 * and during the bisection for an offset change; everything else reads the memo.
 */
function formatterOffset(zone: Zone, t: number): number {
  return Math.round(tzOffset(zone.name, new Date(t)) * MINUTE_MS);
}

function offsetAtMidnight(zone: Zone, day: number): number {
  let o = zone.midnightOffset.get(day);
  if (o === undefined) {
    o = formatterOffset(zone, day * DAY_MS);
    zone.midnightOffset.set(day, o);
  }
  return o;
}

/** The instant (ms) of the offset change inside UTC day `day`, whose midnight offset is `o0` and differs from the next. */
function changeAt(zone: Zone, day: number, o0: number): number {
  let at = zone.change.get(day);
  if (at === undefined) {
    // Offset changes happen on whole seconds: bisect between the two midnights to 1 s.
    let lo = day * DAY_MS;
    let hi = lo + DAY_MS;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (formatterOffset(zone, mid) === o0) lo = mid;
      else hi = mid;
    }
    at = hi;
    zone.change.set(day, at);
  }
  return at;
}

/** UTC offset of `zone` at instant `t` (ms since the epoch), in ms: local wall time = t + offset. */
export function offsetAt(zone: Zone, t: number): number {
  const day = Math.floor(t / DAY_MS);
  const o0 = offsetAtMidnight(zone, day);
  const o1 = offsetAtMidnight(zone, day + 1);
  if (o0 === o1) return o0;
  return t < changeAt(zone, day, o0) ? o0 : o1;
}

/** One offset change of a zone: at instant `at` (ms) the offset goes from `before` to `after` (ms). */
export interface OffsetChange {
  at: number;
  before: number;
  after: number;
}

/**
 * Every offset change of `zone` at an instant in `[from, to)`, in order, from the same memo as
 * {@link offsetAt}. The midnights are read three days apart: no two changes of one zone are
 * less than 3.9 days apart (see the file header), so equal offsets three midnights apart mean
 * no change between them.
 */
export function offsetChanges(zone: Zone, from: number, to: number): OffsetChange[] {
  const out: OffsetChange[] = [];
  const first = Math.floor(from / DAY_MS);
  const last = Math.floor((to - 1) / DAY_MS);
  for (let d = first; d <= last; d += 3) {
    const stop = Math.min(d + 3, last + 1);
    if (offsetAtMidnight(zone, d) === offsetAtMidnight(zone, stop)) continue;
    for (let k = d; k < stop; k++) {
      const before = offsetAtMidnight(zone, k);
      const after = offsetAtMidnight(zone, k + 1);
      if (before === after) continue;
      const at = changeAt(zone, k, before);
      if (at >= from && at < to) out.push({ at, before, after });
    }
  }
  return out;
}

/**
 * The instant (ms) at which `zone`'s wall clock reads `wall` (wall-clock ms, as if UTC),
 * resolved like Temporal's `'compatible'`: a wall time in a gap moves forward by the gap,
 * one in a repeated hour takes the earlier instant.
 */
export function wallToInstant(zone: Zone, wall: number): number {
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  if (before === after) return wall - before;
  const tb = wall - before;
  const ta = wall - after;
  const okB = offsetAt(zone, tb) === before;
  const okA = offsetAt(zone, ta) === after;
  if (okB && okA) return Math.min(tb, ta);
  if (okB) return tb;
  if (okA) return ta;
  // In a gap: keep the offset from before the change, which lands after it by the gap's length.
  return tb;
}

/** Local wall-clock ms (as if UTC) of instant `t` in `zone`. */
export function instantToWall(zone: Zone, t: number): number {
  return t + offsetAt(zone, t);
}

/** Days since 1970-01-01 → [year, month 1–12, day 1–31] (proleptic Gregorian; H. Hinnant's algorithm). */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Wall-clock ms → `'YYYY-MM-DD'`. */
export function wallDateString(wall: number): string {
  const [y, m, d] = civilFromDays(Math.floor(wall / DAY_MS));
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Wall-clock ms → `'HH:mm'` (seconds truncated). */
export function wallTimeString(wall: number): string {
  const minuteOfDay = Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS);
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** Wall-clock ms → `'YYYY-MM-DDTHH:mm'` (seconds truncated). */
export function wallString(wall: number): string {
  return `${wallDateString(wall)}T${wallTimeString(wall)}`;
}

/** Weekday of a day number (0 = Sunday); 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Minute of the day (0–1439.x) of a wall-clock ms value. */
export function minuteOfDay(wall: number): number {
  return (wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS;
}

/** `'UTC+05:45'`-style label of an offset in minutes east of UTC. */
export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(Math.round(minutes));
  return `UTC${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

/** Forget every cached zone (for cold-cache benchmarks and tests). */
export function clearZoneCache(): void {
  zones.clear();
}
