/**
 * Early refusals for the shapes a careless or hostile caller passes where an array belongs
 * (issue 15, items 1 and 7): a `length` no array can have, a hole where a value belongs, a
 * `DataView`, a `BigInt64Array`, a `Map` or a `Date`. Each check costs O(1) or stops at the
 * first bad element, so a mistake is refused in time proportional to the mistake, never to
 * a `length` the caller made up. Internal: the areas other than metrics call this, on top of
 * the shared checks of `validate.ts`.
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { assertArrayLike, show, typeName } from './validate';

/**
 * A short phrase naming what `value` is, for messages where an array, a record or a string
 * belongs: `a Map`, `a Date`, `an object with length 9007199254740991`, or {@link show}'s
 * rendering of a primitive or a plain object.
 */
export function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? 'a function' : show(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  const name = typeName(value);
  if (name !== 'an Object' && name !== 'an object') return name;
  const n = (value as { length?: unknown }).length;
  return n === undefined ? show(value) : `an object with length ${show(n)}`;
}

/**
 * validate.ts's {@link assertArrayLike} (a sane length, no DataView, BigInt64Array, Map, Set
 * or Date, read before any element), returning the length.
 */
export function checkArrayLike(
  value: unknown,
  name: string,
  code: 'INVALID_OPTION' | 'INVALID_VALUE' = 'INVALID_OPTION',
): number {
  assertArrayLike(value, name, code);
  return value.length;
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
