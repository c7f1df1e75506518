/**
 * Input checks shared by every module. Each throws a SextantError whose message names
 * the argument and the first offending index or value (API.md, "Conventions").
 * Internal: not exported from the package root.
 */
import { SextantError } from '../errors';

/** Render a value for an error message without dumping huge structures. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return typeName(value);
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    return typeName(value);
  }
  // A Date would print as its ISO string, which reads as a string that was given.
  if (value instanceof Date) return `${typeName(value)} (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  // A long array-like is named, not printed: printing reads every element.
  if (Array.isArray(value) && value.length > 16) return `${typeName(value)} of length ${value.length}`;
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Largest `length` accepted from an array-like: the largest length a JavaScript `Array` can
 * have. A longer one cannot hold data and is refused before anything is read or allocated.
 */
export const MAX_ARRAY_LENGTH = 2 ** 32 - 1;

/** `a` is a typed array of numbers (not a DataView, not a BigInt64Array/BigUint64Array). */
function isNumericView(a: object): boolean {
  return ArrayBuffer.isView(a) && !(a instanceof DataView) && !(a instanceof BigInt64Array) && !(a instanceof BigUint64Array);
}

/** The name of a value's type for a message: `a Map`, `a BigInt64Array`, `a string`, `null`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return `a ${typeof value}`;
  let ctor: string | undefined;
  try {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
    const nm = proto === null ? undefined : proto.constructor?.name;
    ctor = typeof nm === 'string' && nm !== '' ? nm : undefined;
  } catch {
    ctor = undefined;
  }
  if (ctor === undefined) return 'an object';
  return /^[AEIOU]/.test(ctor) ? `an ${ctor}` : `a ${ctor}`;
}

/**
 * Why `arr` is not an array-like of numbers or labels, or `undefined` when it is one: an
 * `Array`, a numeric typed array, or an object whose `length` is an integer in
 * 0…{@link MAX_ARRAY_LENGTH}. Reads only `length` (never an element), so a hostile
 * `{ length: 2 ** 53 - 1 }` costs nothing.
 */
export function arrayLikeProblem(arr: unknown): string | undefined {
  if (arr === null || typeof arr !== 'object') return `must be an array or typed array, got ${show(arr)}`;
  if (Array.isArray(arr)) return undefined;
  if (ArrayBuffer.isView(arr)) {
    if (isNumericView(arr)) return undefined;
    return `must be an array or typed array of numbers, got ${typeName(arr)}${
      arr instanceof DataView ? '' : ' (convert it with Array.from(x, Number))'
    }`;
  }
  if (arr instanceof Map || arr instanceof Set || arr instanceof Date || arr instanceof ArrayBuffer) {
    return `must be an array or typed array, got ${typeName(arr)}${
      arr instanceof Map || arr instanceof Set ? ' (convert it with Array.from(x.values()))' : ''
    }`;
  }
  let n: unknown;
  try {
    n = (arr as { length?: unknown }).length;
  } catch {
    return `must be an array or typed array; reading its length threw`;
  }
  if (typeof n !== 'number') return `must be an array or typed array, got ${typeName(arr)} without a numeric length`;
  if (!Number.isInteger(n) || n < 0 || n > MAX_ARRAY_LENGTH) {
    return `has length ${String(n)}; the length of an array-like must be an integer in 0…${MAX_ARRAY_LENGTH}`;
  }
  return undefined;
}

/** `arr` is array-like (arrays, numeric typed arrays, objects with a sane integer `length`). */
export function isArrayLike(arr: unknown): arr is ArrayLike<unknown> {
  return arrayLikeProblem(arr) === undefined;
}

/** Refuse anything {@link arrayLikeProblem} refuses: `INVALID_OPTION` (or `code`), naming `name` and the type. */
export function assertArrayLike(
  arr: unknown,
  name: string,
  code: 'INVALID_OPTION' | 'INVALID_VALUE' = 'INVALID_OPTION',
): asserts arr is ArrayLike<unknown> {
  const why = arrayLikeProblem(arr);
  if (why !== undefined) throw new SextantError(code, `${name} ${why}`, { argument: name, value: arr });
}

/** Refuse a non-array or an empty array: `EMPTY_INPUT` (or `INVALID_OPTION` when not array-like). */
export function assertNonEmpty(arr: unknown, name: string): asserts arr is ArrayLike<unknown> {
  assertArrayLike(arr, name);
  if (arr.length === 0) throw new SextantError('EMPTY_INPUT', `${name} is empty`, { argument: name });
}

/**
 * A Float64Array of length `n` for the data of `name`. A length the machine cannot allocate
 * is refused as `INVALID_VALUE` instead of escaping as a raw `RangeError`. (Large zeroed
 * buffers are mapped lazily, so a claimed length of 1e9 costs nothing until written.)
 */
export function allocFloat64(n: number, name: string): Float64Array {
  try {
    return new Float64Array(n);
  } catch {
    throw new SextantError('INVALID_VALUE', `${name} has ${n} elements, more than can be allocated here`, {
      argument: name,
    });
  }
}

/** Refuse arrays of different lengths: `LENGTH_MISMATCH`. */
export function assertSameLength(a: ArrayLike<unknown>, aName: string, b: ArrayLike<unknown>, bName: string): void {
  if (a.length !== b.length) {
    throw new SextantError('LENGTH_MISMATCH', `${bName} has length ${b.length} but ${aName} has length ${a.length}`, {
      argument: bName,
    });
  }
}

/**
 * Check every element is a finite number and return the data as a Float64Array
 * (the same object when it already is one — never mutate the result).
 */
export function toFiniteFloat64(arr: ArrayLike<unknown>, name: string): Float64Array {
  const n = arr.length;
  if (arr instanceof Float64Array) {
    for (let i = 0; i < n; i++) {
      const v = arr[i];
      // v - v is 0 for finite v and NaN for ±Infinity and NaN.
      if (v - v !== 0) throw nonFinite(name, i, v);
    }
    return arr;
  }
  const out = allocFloat64(n, name);
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    if (typeof v !== 'number') throw notANumber(name, i, v);
    if (v - v !== 0) throw nonFinite(name, i, v);
    out[i] = v;
  }
  return out;
}

/** The `INVALID_VALUE` refusal for `name[i]`, an element that is not a number. */
export function notANumber(name: string, i: number, v: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${name}[${i}] must be a number, got ${show(v)}`, {
    argument: name,
    index: i,
    value: v,
  });
}

/** The `NON_FINITE` refusal for `name[i]`, the first non-finite element. */
export function nonFinite(name: string, i: number, v: unknown): SextantError {
  return new SextantError('NON_FINITE', `${name}[${i}] is ${String(v)}; numeric inputs must be finite`, {
    argument: name,
    index: i,
    value: v,
  });
}

/** Refuse an option value outside an allowed set: `INVALID_OPTION`. */
export function assertOneOf<T extends string | number | boolean | null>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new SextantError(
      'INVALID_OPTION',
      `${name} must be one of ${allowed.map((a) => show(a)).join(', ')}; got ${show(value)}`,
      {
        argument: name,
        value,
      },
    );
  }
}

/** Refuse a non-integer or out-of-range integer option: `INVALID_OPTION`. */
export function assertIntegerInRange(value: unknown, min: number, max: number, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SextantError('INVALID_OPTION', `${name} must be an integer in ${min}…${max}; got ${show(value)}`, {
      argument: name,
      value,
    });
  }
}

/** Refuse a non-finite or out-of-range number option: `INVALID_OPTION`. */
export function assertNumberInRange(value: unknown, min: number, max: number, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new SextantError('INVALID_OPTION', `${name} must be a finite number in [${min}, ${max}]; got ${show(value)}`, {
      argument: name,
      value,
    });
  }
}

/** `sampleWeight` has length n: `LENGTH_MISMATCH` (or `INVALID_OPTION` when not an array). Undefined or null passes. */
export function checkWeightLength(w: unknown, n: number, name = 'sampleWeight'): void {
  if (w === undefined || w === null) return;
  assertArrayLike(w, name);
  if (w.length !== n) {
    throw new SextantError('LENGTH_MISMATCH', `${name} has length ${w.length} but the data has length ${n}`, {
      argument: name,
    });
  }
}

/**
 * Negative weights → `INVALID_OPTION` (first one named), weights summing to 0 → `INVALID_VALUE`.
 * Returns the weights scaled by a power of two so that the largest is at most 1 when it
 * exceeded 1 — exact, so every weighted ratio is unchanged, while sums of weights or of
 * weighted values cannot overflow (weights near 1e308 would make them Infinity). Callers that
 * keep sums across calls (accumulators) ignore the result.
 */
export function checkWeightValues(w: Float64Array | undefined, name = 'sampleWeight'): Float64Array | undefined {
  if (w === undefined) return undefined;
  let max = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x < 0) {
      throw new SextantError('INVALID_OPTION', `${name}[${i}] is ${x}; weights must be non-negative`, {
        argument: name,
        index: i,
        value: x,
      });
    }
    if (x > max) max = x;
  }
  if (max === 0) throw new SextantError('INVALID_VALUE', `${name} sums to 0`, { argument: name });
  if (!(max > 1)) return w;
  let e = Math.ceil(Math.log2(max));
  while (e > 0 && 2 ** (e - 1) >= max) e--;
  while (e < 1024 && 2 ** e < max) e++;
  const a1 = 2 ** -Math.min(e, 1000);
  const a2 = 2 ** -(e - Math.min(e, 1000));
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] * a1 * a2;
  return out;
}

/**
 * Check optional sample weights: same length as `n`, finite, non-negative, not all zero.
 * Returns undefined when `weights` is undefined.
 */
export function checkWeights(weights: ArrayLike<number> | undefined, n: number, name = 'sampleWeight'): Float64Array | undefined {
  if (weights === undefined || weights === null) return undefined;
  checkWeightLength(weights, n, name);
  return checkWeightValues(toFiniteFloat64(weights, name), name);
}
