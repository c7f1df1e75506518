/**
 * Prometheus's `histogram_quantile` over classic (`_bucket`) histograms, ported rule for rule
 * from `BucketQuantile` in prometheus/prometheus `promql/quantile.go` (Apache-2.0; the rules
 * are restated here, not the code): sort by upper bound, merge buckets with the same bound
 * (their counts add up), ignore relative differences below 1e-12 between neighbours in
 * either direction, force the cumulative counts to be monotonic (the "envelope"), then find
 * the first bucket whose count reaches rank = q · total and interpolate linearly inside it.
 * A first bucket with a positive bound starts at 0; one with a bound ≤ 0 answers its bound;
 * a rank in the +Inf bucket answers the highest finite bound.
 *
 * Where Prometheus answers NaN or ±Inf, Sextant refuses instead: q outside [0, 1] →
 * `INVALID_OPTION`; no +Inf bucket, no finite bucket, or a total of 0 → `INVALID_VALUE`;
 * q = 0 with an empty first bucket whose bound is positive (0 / 0 in Prometheus) →
 * `UNDEFINED_METRIC`.
 */
import { SextantError } from '../errors';
import { isArrayLike, show, typeName } from '../internal/validate';

/** One classic-histogram bucket: its upper bound and the cumulative count up to it. */
export interface HistogramBucket {
  /** Upper bound (inclusive); `Infinity` for the `+Inf` bucket. */
  le: number;
  /** Cumulative count of observations ≤ `le` (or its rate). */
  count: number;
}

/** Prometheus's `smallDeltaTolerance`. */
const SMALL_DELTA = 1e-12;
/** The smallest positive normal double (Go's `almost.Equal` uses it near 0). */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Prometheus's `util/almost.Equal` for finite, non-negative counts. */
function almostEqual(a: number, b: number): boolean {
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < MIN_NORMAL) return diff < SMALL_DELTA * MIN_NORMAL;
  return diff / Math.min(absSum, Number.MAX_VALUE) < SMALL_DELTA;
}

/** Buckets sorted by bound, merged, precision-corrected and made monotonic (internal). */
export interface PreparedHistogram {
  le: Float64Array;
  count: Float64Array;
}

/** Reusable buffers for {@link prepareBuckets} when it runs once per time step. */
export interface BucketScratch {
  order: Uint32Array;
  le: Float64Array;
  count: Float64Array;
}

/** Buffers for histograms of up to `n` buckets. */
export function bucketScratch(n: number): BucketScratch {
  return { order: new Uint32Array(n), le: new Float64Array(n), count: new Float64Array(n) };
}

/**
 * Sort, coalesce and correct buckets already checked to hold finite counts ≥ 0 and bounds
 * that are numbers other than NaN and −Infinity. Does not modify its inputs. With `scratch`
 * (large enough), the result views its buffers and is only valid until the next call.
 */
export function prepareBuckets(le: Float64Array, count: Float64Array, scratch?: BucketScratch): PreparedHistogram {
  const n = le.length;
  const room = scratch !== undefined && scratch.order.length >= n;
  const order = room ? scratch.order : new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n <= 32) {
    // Insertion sort: a histogram has a dozen buckets, and this runs once per time step.
    for (let i = 1; i < n; i++) {
      const x = order[i];
      let j = i - 1;
      while (j >= 0 && le[order[j]] > le[x]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
  } else order.sort((a, b) => le[a] - le[b] || a - b);
  const L = room ? scratch.le : new Float64Array(n);
  const C = room ? scratch.count : new Float64Array(n);
  let m = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (m > 0 && L[m - 1] === le[i]) C[m - 1] += count[i];
    else {
      L[m] = le[i];
      C[m] = count[i];
      m++;
    }
  }
  // ensureMonotonicAndIgnoreSmallDeltas: `prev` only moves on a real increase.
  let prev = C[0];
  for (let i = 1; i < m; i++) {
    const curr = C[i];
    if (curr === prev) continue;
    if (almostEqual(prev, curr) || curr < prev) C[i] = prev;
    else prev = curr;
  }
  return { le: L.subarray(0, m), count: C.subarray(0, m) };
}

/** The point a fraction `f` ∈ [0, 1] of the way from `a` to `b`, as Prometheus computes it, without overflow. */
function between(a: number, b: number, f: number): number {
  const d = b - a;
  // Prometheus's own formula whenever it is finite; the weighted form only where b − a overflows.
  if (Number.isFinite(d)) return a + d * f;
  const v = a * (1 - f) + b * f;
  return v < a ? a : v > b ? b : v;
}

/**
 * The quantile of prepared buckets, or `undefined` where Prometheus answers NaN for a valid q
 * (no +Inf bucket, no finite bucket, a total of 0, or 0 / 0 in an empty first bucket).
 */
export function quantileOfPrepared(q: number, h: PreparedHistogram): number | undefined {
  const { le, count } = h;
  const n = le.length;
  if (n < 2 || le[n - 1] !== Infinity) return undefined;
  const total = count[n - 1];
  if (total === 0) return undefined;
  let rank = q * total;
  // sort.Search over [0, n − 1): the first bucket whose count reaches the rank.
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (count[mid] >= rank) hi = mid;
    else lo = mid + 1;
  }
  const b = lo;
  if (b === n - 1) return le[n - 2];
  if (b === 0 && le[0] <= 0) return le[0];
  let start = 0;
  let inBucket = count[b];
  if (b > 0) {
    start = le[b - 1];
    inBucket -= count[b - 1];
    rank -= count[b - 1];
  }
  const f = rank / inBucket;
  if (Number.isNaN(f)) return undefined;
  return between(start, le[b], f);
}

function bad(path: string, why: string, value: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${path} ${why}; got ${show(value)}`, { argument: path, value });
}

/**
 * The q-quantile of a classic histogram, exactly as Prometheus's `histogram_quantile(q, …)`
 * computes it for one series' `_bucket` samples: linear interpolation inside the bucket that
 * holds rank q · total, 0 as the lower bound of a first bucket with a positive bound, and the
 * highest finite bound when the rank falls in the +Inf bucket. Buckets may come in any order;
 * equal bounds are merged and non-monotonic counts are evened out as Prometheus does.
 *
 * @param q - The quantile, in [0, 1].
 * @param buckets - `[{ le, count }]` with cumulative counts (or rates); `le: Infinity` is the +Inf bucket.
 * @example
 * ```ts
 * const buckets = [
 *   { le: 0.1, count: 50 },
 *   { le: 0.2, count: 70 },
 *   { le: 1, count: 110 },
 *   { le: Infinity, count: 120 },
 * ];
 * histogramQuantile(0.5, buckets); // 0.15
 * histogramQuantile(0.2, buckets); // 0.048
 * histogramQuantile(1, buckets); // 1
 * ```
 */
export function histogramQuantile(q: number, buckets: ArrayLike<HistogramBucket>): number {
  if (!isArrayLike(buckets)) {
    throw new SextantError(
      'INVALID_VALUE',
      `buckets must be an array of { le, count }; got ${typeof buckets === 'object' && buckets !== null ? typeName(buckets) : show(buckets)}`,
      {
        argument: 'buckets',
        value: buckets,
      },
    );
  }
  const n = buckets.length;
  if (n === 0) throw new SextantError('EMPTY_INPUT', 'buckets is empty', { argument: 'buckets' });
  if (n > 2 ** 32 - 1) throw bad('buckets', 'has more elements than an array can hold', n);
  // The first INVALID_VALUE waits until q (INVALID_OPTION, which ranks higher) is checked.
  // Reading stops at the first bad element, so `{ length: 1e9 }` is refused at once.
  let firstBad: SextantError | undefined;
  const les: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = buckets[i] as unknown;
    if (typeof b !== 'object' || b === null) {
      firstBad = bad(`buckets[${i}]`, 'must be an object { le, count }', b);
      break;
    }
    const l = Object.prototype.hasOwnProperty.call(b, 'le') ? (b as HistogramBucket).le : undefined;
    const c = Object.prototype.hasOwnProperty.call(b, 'count') ? (b as HistogramBucket).count : undefined;
    if (typeof c === 'number' && !Number.isFinite(c)) {
      throw new SextantError('NON_FINITE', `buckets[${i}].count is ${String(c)}; counts must be finite`, {
        argument: `buckets[${i}].count`,
        index: i,
        value: c,
      });
    }
    if (typeof l !== 'number' || Number.isNaN(l) || l === -Infinity) {
      firstBad = bad(`buckets[${i}].le`, 'must be a number (Infinity for the +Inf bucket)', l);
      break;
    }
    if (typeof c !== 'number' || c < 0) {
      firstBad = bad(`buckets[${i}].count`, 'must be a cumulative count ≥ 0', c);
      break;
    }
    les.push(l);
    counts.push(c);
  }
  if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
    throw new SextantError('INVALID_OPTION', `q must be a number in [0, 1]; got ${show(q)}`, { argument: 'q', value: q });
  }
  if (firstBad) throw firstBad;
  const h = prepareBuckets(Float64Array.from(les), Float64Array.from(counts));
  const m = h.le.length;
  if (h.le[m - 1] !== Infinity) {
    throw bad('buckets', 'needs a +Inf bucket ({ le: Infinity }); Prometheus answers NaN without one', `${n} buckets`);
  }
  if (m < 2) throw bad('buckets', 'needs a finite bucket besides +Inf; Prometheus answers NaN', `${n} buckets`);
  if (h.count[m - 1] === 0) throw bad('buckets', 'holds no observations (total 0); Prometheus answers NaN', 0);
  const v = quantileOfPrepared(q, h);
  if (v === undefined) {
    throw new SextantError(
      'UNDEFINED_METRIC',
      `histogramQuantile(${q}) falls in an empty first bucket (le ${h.le[0]}); Prometheus answers NaN (0 / 0)`,
      { argument: 'q', value: q },
    );
  }
  return v;
}
