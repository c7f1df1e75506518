/**
 * Input checks for the metrics area, built on ./validate. They keep API.md's order of
 * precedence (EMPTY_INPUT, LENGTH_MISMATCH, NON_FINITE, INVALID_OPTION, INVALID_VALUE,
 * INVALID_LABEL, UNDEFINED_METRIC): a problem found during an early scan whose code ranks
 * lower is parked in a {@link Deferred} and thrown once the higher-ranked checks have run.
 * Internal: not exported from the package root.
 */
import { SextantError, type SextantErrorCode } from '../../errors';
import {
  assertNonEmpty,
  assertOneOf,
  assertSameLength,
  checkWeightLength,
  checkWeightValues,
  nonFinite,
  notANumber,
  show,
} from '../../internal/validate';

// Shared with every area; re-exported so the metrics modules keep one import site.
export { checkWeightLength, checkWeightValues, nonFinite };

const RANK: Partial<Record<SextantErrorCode, number>> = {
  EMPTY_INPUT: 0,
  LENGTH_MISMATCH: 1,
  NON_FINITE: 2,
  INVALID_OPTION: 3,
  INVALID_VALUE: 4,
  INVALID_LABEL: 5,
  UNDEFINED_METRIC: 6,
};

/** Holds the highest-precedence refusal seen so far; {@link Deferred.flush} throws it. */
export class Deferred {
  error: SextantError | undefined = undefined;

  note(e: SextantError): void {
    if (this.error === undefined || (RANK[e.code] ?? 9) < (RANK[this.error.code] ?? 9)) this.error = e;
  }

  flush(): void {
    if (this.error !== undefined) throw this.error;
  }
}

/** The options object, or `{}` when omitted; anything else is `INVALID_OPTION`. */
export function optionsOf<T extends object>(options: T | undefined | null, fname: string): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new SextantError('INVALID_OPTION', `${fname}: options must be an object, got ${show(options)}`, {
      argument: 'options',
      value: options,
    });
  }
  return options;
}

/** Both arrays non-empty and of the same length: `EMPTY_INPUT` / `LENGTH_MISMATCH`. */
export function checkPair(a: unknown, aName: string, b: unknown, bName: string): number {
  assertNonEmpty(a, aName);
  assertNonEmpty(b, bName);
  assertSameLength(a, aName, b, bName);
  return a.length;
}

/**
 * A numeric array as a Float64Array (the same object when it already is one; never mutate
 * it). Non-finite numbers throw `NON_FINITE` now; the first non-number element is parked as
 * `INVALID_VALUE` in `d` and ends the scan (the result is then the checked prefix only): a column of a
 * million numeric strings, or `{ length: 1e9 }` with nothing in it, is refused at its first
 * element instead of being read to the end (within one array the first bad element decides;
 * a NaN after it is not looked for).
 */
export function floatArray(arr: ArrayLike<unknown>, name: string, d: Deferred): Float64Array {
  const n = arr.length;
  if (arr instanceof Float64Array) {
    for (let i = 0; i < n; i++) {
      const v = arr[i];
      if (v - v !== 0) throw nonFinite(name, i, v);
    }
    return arr;
  }
  if (ArrayBuffer.isView(arr)) {
    const out = new Float64Array(n);
    // Integer typed arrays cannot hold non-finite values; Float32Array can.
    const a = arr as unknown as ArrayLike<number>;
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (v - v !== 0) throw nonFinite(name, i, v);
      out[i] = v;
    }
    return out;
  }
  // A hole or a string at either end (`{ length: 1e9 }`, `new Array(2 ** 32 - 1)`, a CSV
  // column) means a bad element: find the first without allocating for the claimed length.
  const first = n > 0 ? arr[0] : 0;
  if (typeof first !== 'number' || (n > 1 && typeof arr[n - 1] !== 'number')) {
    const i = typeof first === 'number' ? firstBadNumber(arr) : 0;
    const v = i === 0 ? first : arr[i];
    if (typeof v === 'number') throw nonFinite(name, i, v);
    d.note(notANumber(name, i, v));
    return Float64Array.from({ length: i }, (_, j) => arr[j] as number);
  }
  let out: Float64Array;
  try {
    out = new Float64Array(n);
  } catch {
    // Too long to allocate: a bad element near the start is the likelier mistake.
    const i = firstBadNumber(arr);
    if (i >= 0) throwBadNumber(arr, name, i);
    throw invalidValue(name, `has ${n} elements, more than can be allocated here`);
  }
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    if (typeof v === 'number') {
      if (v - v !== 0) throw nonFinite(name, i, v);
      out[i] = v;
    } else {
      d.note(notANumber(name, i, v));
      // Only the checked prefix: later loops over the result stay as short as the scan was.
      return out.subarray(0, i);
    }
  }
  return out;
}

/**
 * First index of a non-finite value (or non-number) in `arr`, -1 when there is none. Used
 * after a fused kernel produced a non-finite result, to name the culprit.
 */
export function firstBadNumber(arr: ArrayLike<unknown>): number {
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v !== 'number' || v - v !== 0) return i;
  }
  return -1;
}

/** Throw the refusal for `arr[i]` found by {@link firstBadNumber}. */
export function throwBadNumber(arr: ArrayLike<unknown>, name: string, i: number): never {
  const v = arr[i];
  if (typeof v !== 'number') throw notANumber(name, i, v);
  throw nonFinite(name, i, v);
}

/** Weights: finite numbers (checked now); sign and total via {@link checkWeightValues}. */
export function weightsOf(
  w: ArrayLike<number> | undefined | null,
  n: number,
  d: Deferred,
  name = 'sampleWeight',
): Float64Array | undefined {
  if (w === undefined || w === null) return undefined;
  checkWeightLength(w, n, name);
  return floatArray(w as ArrayLike<unknown>, name, d);
}

/**
 * Weights of a one-shot metric: {@link weightsOf}, then the sign and total checks parked in
 * `d` (a negative weight as `INVALID_OPTION`, an all-zero total as `INVALID_VALUE` — but not
 * when a non-number weight is already refused: strings are "not numbers", not "sums to 0").
 * Valid weights come back scaled by a power of two so that the largest is in (1/2, 1]: exact,
 * so every weighted ratio is unchanged, while sums of weights near 1e308 cannot overflow.
 * The weights were divided by 2^`exp`; {@link unscaleCount} takes a weighted count back.
 * (Not for accumulators: their sums must keep one scale across updates.)
 */
export function scaledWeightsOf(
  w: ArrayLike<number> | undefined | null,
  n: number,
  d: Deferred,
  name = 'sampleWeight',
): { w: Float64Array | undefined; exp: number } {
  const x = weightsOf(w, n, d, name);
  if (x === undefined || (d.error !== undefined && d.error.argument === name)) return { w: x, exp: 0 };
  let max = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < 0) {
      d.note(
        new SextantError('INVALID_OPTION', `${name}[${i}] is ${v}; weights must be non-negative`, {
          argument: name,
          index: i,
          value: v,
        }),
      );
      return { w: x, exp: 0 };
    }
    if (v > max) max = v;
  }
  if (max === 0) {
    d.note(invalidValue(name, 'sums to 0', {}));
    return { w: x, exp: 0 };
  }
  // Tiny weights are scaled up as huge ones are scaled down: products of weighted counts
  // (Matthews, kappa) would otherwise fall into subnormals and lose digits.
  return max > 1 || max <= 0.5 ? scaleByPowerOfTwo(x, max) : { w: x, exp: 0 };
}

/**
 * A weighted count computed with scaled weights, back in the caller's units. A count beyond
 * the largest double (weights near 1e308 adding up) is refused rather than given as Infinity.
 */
export function unscaleCount(x: number, exp: number, name = 'sampleWeight'): number {
  // 2^exp in two factors: 2^1024 is not a double, x · 2^1024 may be.
  const h = exp >> 1;
  const v = x * 2 ** h * 2 ** (exp - h);
  if (v - v !== 0) {
    throw invalidValue(name, `gives weighted counts beyond the largest number (about 1.8e308); scale the weights down`, {});
  }
  return v;
}

/** `w` times 2^-e (a copy), 2^(e-1) < max ≤ 2^e: exact unless an entry underflows. */
function scaleByPowerOfTwo(w: Float64Array, max: number): { w: Float64Array; exp: number } {
  let e = Math.ceil(Math.log2(max));
  while (e > 0 && 2 ** (e - 1) >= max) e--;
  while (e < 1024 && 2 ** e < max) e++;
  // 2^±1024 is not a double: scale in two exact steps.
  const h = e >> 1;
  const a = 2 ** -h;
  const b = 2 ** -(e - h);
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] * a * b;
  return { w: out, exp: e };
}

/** `zeroDivision`: 0 (default), 1 or 'warn' (behaves as 0). */
export function zeroDivisionOf(z: unknown): 0 | 1 {
  if (z === undefined || z === 0 || z === 'warn') return 0;
  if (z === 1) return 1;
  throw new SextantError('INVALID_OPTION', `options.zeroDivision must be 0, 1 or 'warn'; got ${show(z)}`, {
    argument: 'options.zeroDivision',
    value: z,
  });
}

/** A boolean option with a default. */
export function booleanOf(v: unknown, name: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `${name} must be true or false; got ${show(v)}`, { argument: name, value: v });
  }
  return v;
}

/** One of the allowed values (`undefined` gives the default). */
export function choiceOf<T extends string | number | boolean | null>(
  v: unknown,
  allowed: readonly T[],
  name: string,
  dflt: T,
): T {
  if (v === undefined) return dflt;
  assertOneOf(v, allowed, name);
  return v;
}

export function invalidOption(name: string, message: string, value?: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${name} ${message}`, { argument: name, value });
}

export function invalidLabel(name: string, message: string, details: { index?: number; value?: unknown } = {}): SextantError {
  return new SextantError('INVALID_LABEL', `${name}: ${message}`, { argument: name, ...details });
}

export function undefinedMetric(fname: string, message: string): SextantError {
  return new SextantError('UNDEFINED_METRIC', `${fname}: ${message}`, { argument: fname });
}

export function invalidValue(name: string, message: string, details: { index?: number; value?: unknown } = {}): SextantError {
  return new SextantError('INVALID_VALUE', `${name} ${message}`, { argument: name, ...details });
}
