/**
 * Early refusals for the shapes a careless or hostile caller passes where an array belongs
 * (issue 15, items 1 and 7): a `length` no array can have, a hole where a value belongs, a
 * `DataView`, a `BigInt64Array`, a `Map` or a `Date`. Each check costs O(1) or stops at the
 * first bad element, so a mistake is refused in time proportional to the mistake, never to
 * a `length` the caller made up. Internal: the areas other than metrics call this (a local
 * helper beside `validate.ts`, which the metrics work owns).
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { show } from './validate';

/** The largest length an `Array` can have (ECMA-262 §10.4.2); a longer array-like is a mistake. */
export const MAX_ARRAY_LENGTH = 2 ** 32 - 1;

/**
 * A short phrase naming what `value` is, for messages: `a Map`, `a Date`, `a DataView`,
 * `a BigInt64Array`, `an object with length 9007199254740991`, or {@link show}'s rendering.
 */
export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return `the BigInt ${String(value)}`;
    if (typeof value === 'function') return 'a function';
    return show(value);
  }
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const ctor = proto === null ? undefined : proto.constructor?.name;
  if (typeof ctor === 'string' && ctor !== 'Object' && ctor !== '') return `${/^[AEIOU]/.test(ctor) ? 'an' : 'a'} ${ctor}`;
  const n = (value as { length?: unknown }).length;
  if (n !== undefined) return `an object with length ${show(n)}`;
  return show(value);
}

/** `value` is a typed array of BigInts (its elements are `bigint`, never numbers). */
function isBigIntArray(value: object): boolean {
  return (
    (typeof BigInt64Array !== 'undefined' && value instanceof BigInt64Array) ||
    (typeof BigUint64Array !== 'undefined' && value instanceof BigUint64Array)
  );
}

/**
 * Refuse anything that is not an array, a numeric typed array, or an array-like object
 * with a non-negative integer `length` ≤ 2³² − 1, before any loop reads it: `DataView`,
 * `BigInt64Array`, `Map`, `Date`, strings and a made-up `length` are named in the message.
 * Returns the length.
 */
export function checkArrayLike(value: unknown, name: string, code: SextantErrorCode = 'INVALID_OPTION'): number {
  const refuse = (why: string) => new SextantError(code, `${name} ${why}`, { argument: name, value });
  if (value === null || typeof value !== 'object') {
    throw refuse(`must be an array or typed array; got ${describe(value)}`);
  }
  if (Array.isArray(value)) return value.length;
  if (ArrayBuffer.isView(value)) {
    if (value instanceof DataView)
      throw refuse('must be an array or typed array; got a DataView (wrap its buffer in a typed array)');
    if (isBigIntArray(value)) {
      throw refuse(`must hold numbers; got ${describe(value)}, whose elements are BigInts (convert with Float64Array.from)`);
    }
    return (value as unknown as ArrayLike<unknown>).length;
  }
  const n = (value as { length?: unknown }).length;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_ARRAY_LENGTH) {
    const what = n === undefined ? describe(value) : `${describe(value)}, and length must be an integer in 0…${MAX_ARRAY_LENGTH}`;
    throw refuse(`must be an array or typed array; got ${what}`);
  }
  return n;
}

/** True when index `i` of a plain array-like holds nothing at all (a hole, not an explicit `undefined`). */
export function isHole(arr: ArrayLike<unknown>, i: number): boolean {
  return arr[i] === undefined && !(i in (arr as object));
}

/** The refusal for a hole at `name[i]`: a missing value is `null`, `undefined` or `NaN`, written out. */
export function holeError(name: string, i: number, length: number, code: SextantErrorCode = 'INVALID_VALUE'): SextantError {
  return new SextantError(
    code,
    `${name}[${i}] is absent (a hole in an array-like of length ${length}); write null for a missing value`,
    { argument: name, index: i },
  );
}

/**
 * The exponent k such that |x| ≤ max scaled by 2⁻ᵏ is at most 2, for rescaling data near
 * ±1.8e308 before sums and differences overflow. Powers of two scale exactly (for results
 * that stay normal), and k ≤ 1023 keeps 2ᵏ finite for scaling back.
 */
export function scaleExponent(max: number): number {
  return max > 0 && Number.isFinite(max) ? Math.min(Math.ceil(Math.log2(max)), 1023) : 0;
}
