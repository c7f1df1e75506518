/**
 * The one rule for instants (API.md, "Edge rules"): an instant is epoch milliseconds or an
 * ISO 8601 date-time with `Z` or an explicit offset. A string without one would mean a
 * different instant on every machine, so it is refused; nothing here reads the machine's
 * time zone. Wall-clock fields (the schedule module's work hours and days) are not instants
 * and are parsed there. Internal: areas call this, users see only its errors.
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { show } from './validate';

/** The range `Date` can represent: ±8.64e15 ms (ECMA-262 §21.4.1.1). */
export const MAX_INSTANT_MS = 8.64e15;

const ISO_INSTANT =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})$/;
const HAS_TIME_NO_ZONE = /^([+-]\d{6}|\d{4})-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;
const DATE_ONLY = /^([+-]\d{6}|\d{4})-\d{2}-\d{2}$/;

export interface InstantContext {
  /** Code to throw; `INVALID_VALUE` for data, `INVALID_OPTION` for an option such as `now`. */
  code?: Extract<SextantErrorCode, 'INVALID_VALUE' | 'INVALID_OPTION'>;
  /** The index of the record the value came from, named in the message and the details. */
  index?: number;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Epoch milliseconds of an ISO 8601 date-time with `Z` or an offset, or `NaN` when the
 * string is not one (wrong shape, no zone, an impossible date or time, outside `Date`'s range).
 * Fractions past milliseconds are truncated, as `Date.parse` does.
 */
export function isoInstantToEpoch(s: string): number {
  const m = ISO_INSTANT.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  // 24:00:00 is ISO 8601's end of day; anything else past 23:59:59 is not a time.
  if (h > 24 || mi > 59 || sec > 59 || (h === 24 && (mi !== 0 || sec !== 0 || ms !== 0))) return NaN;
  let offset = 0;
  const z = m[8];
  if (z !== 'Z') {
    const digits = z.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return NaN;
    offset = (z[0] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const t = daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 + ms - offset;
  return t >= -MAX_INSTANT_MS && t <= MAX_INSTANT_MS ? t : NaN;
}

function where(argument: string, index: number | undefined): string {
  return index === undefined ? argument : `${argument} at index ${index}`;
}

/**
 * Parse an instant (epoch ms or ISO 8601 with `Z`/offset) to epoch milliseconds.
 * Throws `INVALID_VALUE` (or `ctx.code`) naming `argument` and `ctx.index` otherwise.
 */
export function parseInstant(value: unknown, argument: string, ctx: InstantContext = {}): number {
  const code = ctx.code ?? 'INVALID_VALUE';
  const details = { argument, index: ctx.index, value };
  if (typeof value === 'number') {
    if (Number.isFinite(value) && Math.abs(value) <= MAX_INSTANT_MS) return value;
    throw new SextantError(
      code,
      `${where(argument, ctx.index)} must be an instant: epoch milliseconds within ±8.64e15 (the range of Date); got ${show(value)}`,
      details,
    );
  }
  if (typeof value === 'string') {
    const t = isoInstantToEpoch(value);
    if (!Number.isNaN(t)) return t;
    const s = value.trim();
    let why = "it is not an ISO 8601 date-time such as '2026-03-01T10:00:00Z'";
    if (HAS_TIME_NO_ZONE.test(s))
      why = "it has a time but no 'Z' or offset, so it would mean a different instant on every machine";
    else if (DATE_ONLY.test(s)) why = "it is a date without a time and zone; write '…T00:00:00Z' for the start of that UTC day";
    else if (ISO_INSTANT.test(s.replace(/z$/, 'Z').replace(' ', 'T')))
      why = "write it with 'T' between date and time and an upper-case 'Z'";
    else if (ISO_INSTANT.test(s)) why = 'the date or time does not exist or is outside the range of Date';
    throw new SextantError(code, `${where(argument, ctx.index)} ${show(value)} is not an instant: ${why}`, details);
  }
  throw new SextantError(
    code,
    `${where(argument, ctx.index)} must be an instant (epoch milliseconds or an ISO 8601 string with 'Z' or an offset); got ${show(value)}`,
    details,
  );
}

/** The ISO string (`…Z`) of an epoch-ms instant already checked by {@link parseInstant}. */
export function instantToIso(t: number): string {
  return new Date(t).toISOString();
}

/** Epoch ms of 00:00 UTC of the day containing `t`. */
export function utcDayStart(t: number): number {
  return Math.floor(t / 86_400_000) * 86_400_000;
}

/** `YYYY-MM-DD` of the UTC date containing `t`. */
export function utcDateString(t: number): string {
  const iso = instantToIso(utcDayStart(t));
  return iso.slice(0, iso.indexOf('T'));
}
