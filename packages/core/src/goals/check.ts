/**
 * Input checks of the goals area. Internal: each refusal is a SextantError naming the
 * argument and the first offending index or field (API.md, "Conventions"); array-likes are
 * checked for a sane length before any loop (issue 15's hostile rules).
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { parseInstant } from '../internal/instant';
import { arrayLikeProblem, show } from '../internal/validate';

/** The most elements any array of the goals area may have; refused above it, before any loop. */
export const MAX_ITEMS = 10_000_000;

export const DAY_MS = 86_400_000;

/** A plain object (`{}` or `Object.create(null)`, from any realm). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || ArrayBuffer.isView(v)) return false;
  const p = Object.getPrototypeOf(v) as object | null;
  return p === null || Object.getPrototypeOf(p) === null;
}

/** An own property of `o` (so a key named `__proto__` or `toString` never reads the prototype). */
export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function fail(code: SextantErrorCode, argument: string, message: string, value?: unknown, index?: number): never {
  throw new SextantError(code, `${argument} ${message}`, { argument, value, index });
}

/** An object argument, or `code` naming it. */
export function record(v: unknown, argument: string, code: SextantErrorCode = 'INVALID_VALUE'): Record<string, unknown> {
  if (!isRecord(v)) fail(code, argument, `must be an object; got ${show(v)}`, v);
  return v;
}

/**
 * The length of an array-like, refused before any loop when it is not a sane count:
 * not array-like → `code`, empty (when `nonEmpty`) → `EMPTY_INPUT`, above {@link MAX_ITEMS} → `code`.
 */
export function lengthOf(v: unknown, argument: string, code: SextantErrorCode, nonEmpty = false): number {
  // Only `length` is read (never an element): a Map, DataView, Date or made-up length is refused by its type.
  const why = arrayLikeProblem(v);
  if (why !== undefined) fail(code, argument, why);
  const n = (v as ArrayLike<unknown>).length;
  if (n > MAX_ITEMS) fail(code, argument, `has ${n} elements; at most ${MAX_ITEMS} are accepted`);
  if (nonEmpty && n === 0) throw new SextantError('EMPTY_INPUT', `${argument} is empty`, { argument });
  return n;
}

/** A non-empty string field. */
export function text(v: unknown, argument: string, code: SextantErrorCode = 'INVALID_VALUE', index?: number): string {
  if (typeof v !== 'string' || v.length === 0) fail(code, argument, `must be a non-empty string; got ${show(v)}`, v, index);
  return v;
}

/** A finite number field: NaN/±Infinity → `NON_FINITE`, not a number → `INVALID_VALUE`. */
export function finite(v: unknown, argument: string, index?: number): number {
  if (typeof v !== 'number') fail('INVALID_VALUE', argument, `must be a number; got ${show(v)}`, v, index);
  if (!Number.isFinite(v)) fail('NON_FINITE', argument, `is ${String(v)}; it must be finite`, v, index);
  return v;
}

/** A half-open period `{ from, to }` of instants, `from < to`. */
export function period(
  v: unknown,
  argument: string,
  code: 'INVALID_VALUE' | 'INVALID_OPTION' = 'INVALID_VALUE',
): { from: number; to: number } {
  const p = record(v, argument, code);
  const from = parseInstant(own(p, 'from'), `${argument}.from`, { code });
  const to = parseInstant(own(p, 'to'), `${argument}.to`, { code });
  if (!(from < to)) {
    throw new SextantError(
      'INVALID_INTERVAL',
      `${argument}.from (${new Date(from).toISOString()}) must be before ${argument}.to (${new Date(to).toISOString()})`,
      { argument: `${argument}.from` },
    );
  }
  return { from, to };
}

export function iso(t: number): string {
  return new Date(t).toISOString();
}

/** Intl formatters for `locale`; a locale Intl refuses is `INVALID_OPTION`, not a raw RangeError. */
export function formatters<T extends unknown[]>(locale: unknown, make: () => [...T]): [...T] {
  if (typeof locale !== 'string')
    fail('INVALID_OPTION', 'options.locale', `must be a BCP 47 string; got ${show(locale)}`, locale);
  try {
    return make();
  } catch {
    return fail('INVALID_OPTION', 'options.locale', `${show(locale)} is not a locale Intl knows`, locale);
  }
}
