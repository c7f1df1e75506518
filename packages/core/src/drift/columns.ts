/**
 * A drift column read once into what the tests need: numeric values, categories, missing
 * count; the value checks and the small statistics the choice of test uses. Internal.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { holeError, scaleExponent } from '../internal/hostile';
import { type DriftColumn, type DriftTable } from './types';

// ------------------------------------------------------------------------------ columns --

/** A column split into its non-missing values, typed by what they are. */
export interface Extracted {
  /** Non-missing values as numbers, when every one is a number. */
  numbers: Float64Array | null;
  /** Non-missing values, when some are not numbers. */
  values: unknown[] | null;
  missing: number;
  count: number;
  /** First value that is neither a number, string, boolean nor missing (reported as INVALID_VALUE after option checks). */
  invalid: { index: number; value: unknown } | null;
  /** First string or boolean (what makes the column categorical). */
  firstNonNumber: { index: number; value: unknown } | null;
  where: string;
}

/**
 * Split a column into missing and non-missing values. Throws NON_FINITE for ±Infinity at
 * once; an invalid value is only recorded, so that option errors can take precedence.
 */
export function extractColumn(col: DriftColumn, where: string): Extracted {
  const n = col.length;
  if (ArrayBuffer.isView(col) && !(col instanceof DataView)) {
    const arr = col as unknown as ArrayLike<number>;
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const v = arr[i];
      if (v !== v) missing++;
      else if (v === Infinity || v === -Infinity) throw nonFinite(where, i, v);
    }
    const numbers = new Float64Array(n - missing);
    if (missing === 0) numbers.set(arr);
    else for (let i = 0, k = 0; i < n; i++) if (arr[i] === arr[i]) numbers[k++] = arr[i];
    return { numbers, values: null, missing, count: n - missing, invalid: null, firstNonNumber: null, where };
  }
  let missing = 0;
  let invalid: { index: number; value: unknown } | null = null;
  let firstNonNumber: { index: number; value: unknown } | null = null;
  for (let i = 0; i < n; i++) {
    const v = col[i];
    if (v === undefined && !(i in col)) throw holeError(where, i, n);
    if (v === null || v === undefined) missing++;
    else if (typeof v === 'number') {
      if (v !== v) missing++;
      else if (v === Infinity || v === -Infinity) throw nonFinite(where, i, v);
    } else if (typeof v === 'string' || typeof v === 'boolean') {
      if (firstNonNumber === null) firstNonNumber = { index: i, value: v };
    } else if (invalid === null) invalid = { index: i, value: v };
  }
  const count = n - missing;
  if (firstNonNumber === null && invalid === null) {
    const numbers = new Float64Array(count);
    for (let i = 0, k = 0; i < n; i++) {
      const v = col[i];
      if (typeof v === 'number' && v === v) numbers[k++] = v;
    }
    return { numbers, values: null, missing, count, invalid, firstNonNumber, where };
  }
  const values = new Array<unknown>(count);
  for (let i = 0, k = 0; i < n; i++) {
    const v = col[i];
    if (v !== null && v !== undefined && !(typeof v === 'number' && v !== v)) values[k++] = v;
  }
  return { numbers: null, values, missing, count, invalid, firstNonNumber, where };
}

/** Throw the INVALID_VALUE an extracted column recorded, if any. */
export function assertValidValues(e: Extracted): void {
  if (e.invalid) {
    const { index, value } = e.invalid;
    throw new SextantError(
      'INVALID_VALUE',
      `${e.where}[${index}] is ${show(value)}; values must be numbers, strings, booleans or missing`,
      {
        argument: e.where,
        index,
        value,
      },
    );
  }
}

/** INVALID_VALUE when a numeric feature's column holds a string or boolean. */
export function assertNumericValues(e: Extracted, why: string): void {
  if (e.firstNonNumber) {
    const { index, value } = e.firstNonNumber;
    throw new SextantError('INVALID_VALUE', `${e.where}[${index}] is ${show(value)}, but ${why}`, {
      argument: e.where,
      index,
      value,
    });
  }
}

function nonFinite(where: string, i: number, v: number): SextantError {
  return new SextantError('NON_FINITE', `${where}[${i}] is ${v}; numeric values must be finite (NaN counts as missing)`, {
    argument: where,
    index: i,
    value: v,
  });
}

/** Counts per distinct value, in first-seen order. */
export function countValues(e: Extracted): Map<unknown, number> {
  const m = new Map<unknown, number>();
  const src: ArrayLike<unknown> = e.numbers ?? e.values ?? [];
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

/** Number of distinct values, counting only up to `cap` + 1 (enough for Evidently's thresholds). */
export function distinctUpTo(x: Float64Array, cap: number): number {
  const seen: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    let found = false;
    for (let k = 0; k < seen.length; k++) {
      if (seen[k] === v) {
        found = true;
        break;
      }
    }
    if (!found) {
      seen.push(v);
      if (seen.length > cap) return seen.length;
    }
  }
  return seen.length;
}

/** Population standard deviation; values near ±1e308 are rescaled rather than overflowing. */
export function std(x: Float64Array): number {
  const r = stdScaled(x, 1);
  if (Number.isFinite(r)) return r;
  // The sum or a square overflowed: divide by a power of two (exact) so the largest |x| is
  // about 1, and scale back. Only reached on data beyond ~1e154.
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]);
    if (a > max) max = a;
  }
  const k = scaleExponent(max);
  return stdScaled(x, 2 ** -k) * 2 ** k;
}

function stdScaled(x: Float64Array, f: number): number {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i] * f;
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] * f - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}

/** Extract a feature's column from a compared table (null when the table lacks it). */
export function extractCurrent(table: DriftTable, name: string, where: string): Extracted | null {
  if (!Object.prototype.hasOwnProperty.call(table, name)) return null;
  return extractColumn(table[name], `${where}.${name}`);
}
