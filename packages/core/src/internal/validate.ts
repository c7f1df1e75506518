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
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `arr` is array-like (arrays, typed arrays). */
export function isArrayLike(arr: unknown): arr is ArrayLike<unknown> {
  if (arr === null || typeof arr !== 'object') return false;
  if (Array.isArray(arr) || ArrayBuffer.isView(arr)) return true;
  const n = (arr as { length?: unknown }).length;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** Refuse a non-array or an empty array: `EMPTY_INPUT` (or `INVALID_OPTION` when not array-like). */
export function assertNonEmpty(arr: unknown, name: string): asserts arr is ArrayLike<unknown> {
  if (!isArrayLike(arr)) {
    throw new SextantError('INVALID_OPTION', `${name} must be an array or typed array, got ${show(arr)}`, {
      argument: name,
      value: arr,
    });
  }
  if (arr.length === 0) throw new SextantError('EMPTY_INPUT', `${name} is empty`, { argument: name });
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
  const out = new Float64Array(n);
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
  if (!isArrayLike(w)) throw new SextantError('INVALID_OPTION', `${name} must be an array or typed array`, { argument: name });
  if (w.length !== n) {
    throw new SextantError('LENGTH_MISMATCH', `${name} has length ${w.length} but the data has length ${n}`, {
      argument: name,
    });
  }
}

/** Negative weights → `INVALID_OPTION` (first one named), weights summing to 0 → `INVALID_VALUE`. */
export function checkWeightValues(w: Float64Array | undefined, name = 'sampleWeight'): void {
  if (w === undefined) return;
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    if (x < 0) {
      throw new SextantError('INVALID_OPTION', `${name}[${i}] is ${x}; weights must be non-negative`, {
        argument: name,
        index: i,
        value: x,
      });
    }
    total += x;
  }
  if (total === 0) throw new SextantError('INVALID_VALUE', `${name} sums to 0`, { argument: name });
}

/**
 * Check optional sample weights: same length as `n`, finite, non-negative, not all zero.
 * Returns undefined when `weights` is undefined.
 */
export function checkWeights(weights: ArrayLike<number> | undefined, n: number, name = 'sampleWeight'): Float64Array | undefined {
  if (weights === undefined || weights === null) return undefined;
  checkWeightLength(weights, n, name);
  const w = toFiniteFloat64(weights, name);
  checkWeightValues(w, name);
  return w;
}
