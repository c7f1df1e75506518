/**
 * Team members, their validation, and the parsing of instants and options shared by the
 * schedule functions.
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { parseInstant } from '../internal/instant';
import { assertNumberInRange, show } from '../internal/validate';
import { DAY_MS, getZone, type Zone } from './zone';

/**
 * A person on a distributed team. Work hours are wall-clock times in the member's own zone
 * on each local date; `end < start` is an overnight shift that belongs to its start date.
 */
export interface TeamMember {
  /** Unique within a team; results refer to members by it. */
  id: string;
  /** Display name (not used in computations). */
  name?: string;
  /** IANA zone name or any alias `Intl.DateTimeFormat` accepts; results carry it as given. */
  timeZone: string;
  /** `'HH:mm'` wall-clock bounds of a working day, `[start, end)`; `end` may be `'24:00'`. */
  workHours: { start: string; end: string };
  /**
   * Local weekdays worked, 0 = Sunday … 6 = Saturday.
   * @default [1, 2, 3, 4, 5]
   */
  workDays?: readonly number[];
  /** Local dates off, `'YYYY-MM-DD'`; an overnight shift starting on one is off too. */
  holidays?: readonly string[];
}

/** An instant: an ISO 8601 string with `Z` or an offset, epoch ms, or a `Date`. */
export type InstantInput = string | number | Date;

/** Why a member was refused, as plain data a widget can show. */
export type MemberValidation =
  | { ok: true }
  | {
      ok: false;
      /** `INVALID_OPTION` or `UNKNOWN_TIME_ZONE`. */
      code: SextantErrorCode;
      message: string;
      /** Path of the offending field, e.g. `'workHours.start'`. */
      field: string;
    };

/** A member checked and turned into numbers. */
export interface CompiledMember {
  index: number;
  id: string;
  name: string | undefined;
  timeZone: string;
  zone: Zone;
  startMin: number;
  endMin: number;
  /** Bit d set when weekday d is worked. */
  dayMask: number;
  /** Day numbers (days since 1970-01-01) of holidays, or null. */
  holidays: Set<number> | null;
}

const HHMM = /^(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `'HH:mm'` → minutes of the day, or -1 when malformed. `'24:00'` only when `allow24`. */
export function parseHHmm(s: unknown, allow24: boolean): number {
  if (typeof s !== 'string') return -1;
  const m = HHMM.exec(s);
  if (!m) return -1;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return -1;
  if (h < 24) return h * 60 + min;
  return allow24 && h === 24 && min === 0 ? 1440 : -1;
}

/** `'YYYY-MM-DD'` → days since 1970-01-01, or NaN when malformed or not a real date. */
export function parseDateDay(s: unknown): number {
  if (typeof s !== 'string') return NaN;
  const m = DATE.exec(s);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (y < 1000 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / DAY_MS;
}

function fail(code: SextantErrorCode, where: string, field: string, message: string, value?: unknown): never {
  throw new SextantError(code, `${where}.${field} ${message}`, { argument: `${where}.${field}`, value });
}

/**
 * Check one member and compile it; throws {@link SextantError}. `where` names it in messages,
 * e.g. `members[2] (id "kai")`.
 */
export function compileMember(member: unknown, index: number, where: string): CompiledMember {
  if (member === null || typeof member !== 'object') {
    throw new SextantError('INVALID_OPTION', `${where} must be a member object, got ${show(member)}`, {
      argument: where,
      index,
      value: member,
    });
  }
  const m = member as Record<string, unknown>;
  const id = m.id;
  if (typeof id !== 'string' || id.length === 0)
    fail('INVALID_OPTION', where, 'id', `must be a non-empty string; got ${show(id)}`, id);
  const at = `${where} (id ${show(id)})`;
  if (m.name !== undefined && typeof m.name !== 'string')
    fail('INVALID_OPTION', at, 'name', `must be a string; got ${show(m.name)}`);
  const tzName = m.timeZone;
  // The empty string is a name no zone has: UNKNOWN_TIME_ZONE below, like any other (API.md).
  if (typeof tzName !== 'string') {
    fail('INVALID_OPTION', at, 'timeZone', `must be an IANA time-zone name; got ${show(tzName)}`, tzName);
  }
  const zone = getZone(tzName);
  if (zone === null) fail('UNKNOWN_TIME_ZONE', at, 'timeZone', `is not a time zone this runtime knows: ${show(tzName)}`, tzName);
  const wh = m.workHours as Record<string, unknown> | null | undefined;
  if (wh === null || typeof wh !== 'object') {
    fail('INVALID_OPTION', at, 'workHours', `must be { start: 'HH:mm', end: 'HH:mm' }; got ${show(wh)}`, wh);
  }
  const startMin = parseHHmm(wh.start, false);
  if (startMin < 0)
    fail('INVALID_OPTION', at, 'workHours.start', `must be 'HH:mm' in 00:00–23:59; got ${show(wh.start)}`, wh.start);
  const endMin = parseHHmm(wh.end, true);
  if (endMin < 0) fail('INVALID_OPTION', at, 'workHours.end', `must be 'HH:mm' in 00:00–24:00; got ${show(wh.end)}`, wh.end);
  if (endMin === startMin) {
    fail('INVALID_OPTION', at, 'workHours.end', `equals workHours.start (${show(wh.start)}); a shift needs a length`, wh.end);
  }
  let dayMask = 0b0111110;
  if (m.workDays !== undefined) {
    const wd = m.workDays;
    if (!Array.isArray(wd)) fail('INVALID_OPTION', at, 'workDays', `must be an array of weekdays 0–6; got ${show(wd)}`, wd);
    dayMask = 0;
    for (let i = 0; i < wd.length; i++) {
      const d: unknown = wd[i];
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
        fail('INVALID_OPTION', at, `workDays[${i}]`, `must be an integer 0 (Sunday) … 6 (Saturday); got ${show(d)}`, d);
      }
      dayMask |= 1 << d;
    }
  }
  let holidays: Set<number> | null = null;
  if (m.holidays !== undefined) {
    const hs = m.holidays;
    if (!Array.isArray(hs)) fail('INVALID_OPTION', at, 'holidays', `must be an array of 'YYYY-MM-DD' dates; got ${show(hs)}`, hs);
    holidays = new Set();
    for (let i = 0; i < hs.length; i++) {
      const day = parseDateDay(hs[i]);
      if (Number.isNaN(day))
        fail('INVALID_OPTION', at, `holidays[${i}]`, `must be a 'YYYY-MM-DD' date; got ${show(hs[i])}`, hs[i]);
      holidays.add(day);
    }
  }
  return {
    index,
    id,
    name: m.name as string | undefined,
    timeZone: tzName,
    zone,
    startMin,
    endMin,
    dayMask,
    holidays,
  };
}

/** Check and compile a team: `EMPTY_INPUT` when empty, member errors in input order, then duplicate ids. */
export function compileTeam(members: unknown, argName = 'members'): CompiledMember[] {
  if (!Array.isArray(members)) {
    throw new SextantError(
      'INVALID_OPTION',
      `${argName} must be an array of members, got ${show(members)}${members !== null && typeof members === 'object' ? ` (a ${Object.prototype.toString.call(members).slice(8, -1)})` : ''}`,
      {
        argument: argName,
      },
    );
  }
  if (members.length === 0) throw new SextantError('EMPTY_INPUT', `${argName} is empty`, { argument: argName });
  const out: CompiledMember[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < members.length; i++) {
    const c = compileMember(members[i], i, `${argName}[${i}]`);
    const prev = seen.get(c.id);
    if (prev !== undefined) {
      throw new SextantError(
        'INVALID_OPTION',
        `${argName}[${i}].id ${show(c.id)} repeats ${argName}[${prev}].id; ids must be unique`,
        {
          argument: `${argName}[${i}].id`,
          index: i,
          value: c.id,
        },
      );
    }
    seen.set(c.id, i);
    out.push(c);
  }
  return out;
}

/**
 * Check a member the way every schedule function does, without throwing: the first problem
 * found (fields in the order id, name, timeZone, workHours, workDays, holidays), as plain data.
 *
 * @param index - Position of the member in its team, used in the message.
 * @default index 0
 * @example
 * ```ts
 * import { validateMember } from '@sextant/core';
 * validateMember({ id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '9:00', end: '17:00' } });
 * // → { ok: false, code: 'INVALID_OPTION', field: 'workHours.start',
 * //     message: "members[0] (id \"ana\").workHours.start must be 'HH:mm' in 00:00–23:59; got \"9:00\"" }
 * ```
 */
export function validateMember(member: unknown, index = 0): MemberValidation {
  try {
    compileMember(member, index, `members[${index}]`);
    return { ok: true };
  } catch (e) {
    if (!(e instanceof SextantError)) throw e;
    const arg = e.argument ?? '';
    const m = /^members\[\d+\](?: \(id .*?\))?\.?(.*)$/s.exec(arg);
    return { ok: false, code: e.code, message: e.message, field: m ? m[1] : arg };
  }
}

/** Instants Sextant accepts here: years 1000–9999, where every zone formatter is unambiguous. */
const MIN_MS = Date.UTC(1000, 0, 3);
const MAX_MS = Date.UTC(9999, 11, 29);

/**
 * An instant option to epoch ms by the one rule of internal/instant.ts (a `Date` is read by
 * its time value), then kept to the years the zone formatters handle; `INVALID_OPTION`
 * naming `name` otherwise.
 */
export function instantOption(v: unknown, name: string): number {
  const t = parseInstant(v instanceof Date ? v.getTime() : v, name, { code: 'INVALID_OPTION' });
  if (t < MIN_MS || t > MAX_MS) {
    throw new SextantError(
      'INVALID_OPTION',
      `${name} must be an instant from 1000-01-03 to 9999-12-29 (UTC), where every zone formatter is unambiguous; got ${show(v)}`,
      {
        argument: name,
        value: v,
      },
    );
  }
  return t;
}

/** Parse `{ from, to }`: each an instant (`INVALID_OPTION`), then `from < to` (`INVALID_INTERVAL`). */
export function parseRange(options: unknown, where = 'options'): { from: number; to: number } {
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `${where} must be an object with from and to; got ${show(options)}`, {
      argument: where,
    });
  }
  const o = options as Record<string, unknown>;
  const from = instantOption(o.from, `${where}.from`);
  const to = instantOption(o.to, `${where}.to`);
  if (from >= to) {
    throw new SextantError(
      'INVALID_INTERVAL',
      `${where}.from (${new Date(from).toISOString()}) must be before ${where}.to (${new Date(to).toISOString()})`,
      { argument: `${where}.from`, value: o.from },
    );
  }
  return { from, to };
}

/** A finite number option in [min, max], or `def` when undefined. */
export function numberOption(v: unknown, def: number, min: number, max: number, name: string, integer = false): number {
  if (v === undefined) return def;
  if (!integer) {
    assertNumberInRange(v, min, max, name);
    return v;
  }
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || !Number.isInteger(v)) {
    throw new SextantError('INVALID_OPTION', `${name} must be an integer in [${min}, ${max}]; got ${show(v)}`, {
      argument: name,
      value: v,
    });
  }
  return v;
}

/** The local night, `[start, end)` wall clock, where minutes outside hours weigh more. */
export interface NightWindow {
  /** @default '22:00' */
  start: string;
  /** @default '07:00' */
  end: string;
}

/** Default night: 22:00–07:00 local. */
export const DEFAULT_NIGHT: Readonly<NightWindow> = Object.freeze({ start: '22:00', end: '07:00' });

/** Parse a `night` option into minutes of the day. */
export function parseNight(v: unknown, name: string): { startMin: number; endMin: number } {
  const n = (v ?? DEFAULT_NIGHT) as Record<string, unknown>;
  if (typeof n !== 'object')
    throw new SextantError('INVALID_OPTION', `${name} must be { start: 'HH:mm', end: 'HH:mm' }; got ${show(v)}`, {
      argument: name,
    });
  const startMin = parseHHmm(n.start ?? DEFAULT_NIGHT.start, false);
  const endMin = parseHHmm(n.end ?? DEFAULT_NIGHT.end, true);
  if (startMin < 0 || endMin < 0 || startMin === endMin) {
    throw new SextantError('INVALID_OPTION', `${name} must be two different 'HH:mm' times; got ${show(v)}`, {
      argument: name,
      value: v,
    });
  }
  return { startMin, endMin };
}

/** Options of the helpers that classify local night. */
export interface NightOptions {
  /**
   * The local night window.
   * @default { start: '22:00', end: '07:00' }
   */
  night?: NightWindow;
}

/** The cached zone for a name; `INVALID_OPTION` when not a string, `UNKNOWN_TIME_ZONE` when `Intl` refuses it (`''` included). */
export function zoneOrThrow(name: unknown, argument: string): Zone {
  if (typeof name !== 'string') {
    throw new SextantError('INVALID_OPTION', `${argument} must be an IANA time-zone name; got ${show(name)}`, { argument });
  }
  const z = getZone(name);
  if (z === null)
    throw new SextantError('UNKNOWN_TIME_ZONE', `${argument} is not a time zone this runtime knows: ${show(name)}`, {
      argument,
      value: name,
    });
  return z;
}

/** An optional `argumentName` option: what error messages call the caller's argument (a string of 1–100 characters). */
export function argumentNameOption(options: unknown, def: string): string {
  if (options === null || typeof options !== 'object') return def;
  const v = (options as { argumentName?: unknown }).argumentName;
  if (v === undefined) return def;
  if (typeof v !== 'string' || v.length === 0 || v.length > 100) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.argumentName must be a non-empty string of at most 100 characters; got ${show(v)}`,
      {
        argument: 'options.argumentName',
        value: v,
      },
    );
  }
  return v;
}
