import { SextantError } from '../errors';
import { assertNonEmpty, assertOneOf, toFiniteFloat64 } from '../internal/validate';
import { gcd, kstwoSf, ksTwoSampleExactSf, roundHalfEven } from './kstwo';
import { sortedCopy, upperBound, lowerBound } from './sort';

/** How {@link ksTest} computes its p-value. */
export type KsMethod = 'auto' | 'exact' | 'asymp';

/** Options of {@link ksTest}. */
export interface KsTestOptions {
  /**
   * `'exact'`: the exact distribution of the two-sample statistic; `'asymp'`: SciPy's
   * asymptotic p-value (the one-sample `kstwo` distribution at n = round(n1·n2/(n1+n2)));
   * `'auto'`: exact when both samples have at most 10 000 values (SciPy's `MAX_AUTO_N`),
   * else asymptotic.
   * @default 'auto'
   */
  method?: KsMethod;
}

/** Result of {@link ksTest}; `statistic` and `pValue` are SciPy's `KstestResult`. */
export interface KsTestResult {
  /** max |F_reference(x) − F_current(x)| (on the exact method's lattice, h / lcm(n1, n2), as SciPy reports it). */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  /** The method that produced the p-value (`'exact'` can fall back to `'asymp'`, as in SciPy). */
  method: 'exact' | 'asymp';
  /** The value at which the largest gap between the two empirical CDFs occurs (SciPy's `statistic_location`). */
  statisticLocation: number;
  /** +1 when the reference's empirical CDF is above the current one there, −1 when below (SciPy's `statistic_sign`). */
  statisticSign: 1 | -1;
}

/** SciPy's MAX_AUTO_N: `'auto'` is exact up to this many values per sample. */
export const KS_MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

interface KsStat {
  d: number;
  location: number;
  sign: 1 | -1;
}

/**
 * Two-sample KS statistic of two ascending arrays, with SciPy's tie rule (ECDFs compared at
 * every data value, right-continuous) and its choice of location: the first maximiser in
 * `concatenate([sorted reference, sorted current])`.
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): KsStat {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  let maxLocA = NaN;
  let maxLocB = NaN;
  let minLocA = NaN;
  let minLocB = NaN;
  while (i < n1 || j < n2) {
    const x = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    const inA = i < n1 && a[i] === x;
    const inB = j < n2 && b[j] === x;
    while (i < n1 && a[i] === x) i++;
    while (j < n2 && b[j] === x) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) {
      maxS = diff;
      maxLocA = inA ? x : NaN;
      maxLocB = inB ? x : NaN;
    } else if (diff === maxS) {
      if (inA && Number.isNaN(maxLocA)) maxLocA = x;
      if (inB && Number.isNaN(maxLocB)) maxLocB = x;
    }
    if (diff < minS) {
      minS = diff;
      minLocA = inA ? x : NaN;
      minLocB = inB ? x : NaN;
    } else if (diff === minS) {
      if (inA && Number.isNaN(minLocA)) minLocA = x;
      if (inB && Number.isNaN(minLocB)) minLocB = x;
    }
  }
  const negMin = Math.min(Math.max(-minS, 0), 1);
  if (negMin > maxS) return { d: negMin, location: Number.isNaN(minLocA) ? minLocB : minLocA, sign: -1 };
  return { d: maxS, location: Number.isNaN(maxLocA) ? maxLocB : maxLocA, sign: 1 };
}

/**
 * The same statistic when `b` is much shorter than `a`: only the points of `b` and the
 * reference points just below them can hold an extreme of the gap, found by binary search
 * (O(m log n) instead of O(n + m)). Location and sign follow SciPy's rule as above.
 */
export function ksStatisticSortedSparse(a: Float64Array, b: Float64Array): KsStat {
  const n1 = a.length;
  const n2 = b.length;
  // Candidates in increasing value order: for each distinct value v of b, the largest
  // reference value below v (where F_b still has its previous level), then v itself; and
  // the largest reference value overall (where F_a reaches 1).
  let maxS = -Infinity;
  let minS = Infinity;
  let maxLocA = NaN;
  let maxLocB = NaN;
  let minLocA = NaN;
  let minLocB = NaN;
  const visit = (x: number, ca: number, cb: number, inA: boolean, inB: boolean): void => {
    const diff = ca / n1 - cb / n2;
    if (diff > maxS) {
      maxS = diff;
      maxLocA = inA ? x : NaN;
      maxLocB = inB ? x : NaN;
    } else if (diff === maxS) {
      if (inA && (Number.isNaN(maxLocA) || x < maxLocA)) maxLocA = x;
      if (inB && (Number.isNaN(maxLocB) || x < maxLocB)) maxLocB = x;
    }
    if (diff < minS) {
      minS = diff;
      minLocA = inA ? x : NaN;
      minLocB = inB ? x : NaN;
    } else if (diff === minS) {
      if (inA && (Number.isNaN(minLocA) || x < minLocA)) minLocA = x;
      if (inB && (Number.isNaN(minLocB) || x < minLocB)) minLocB = x;
    }
  };
  let j = 0;
  let prevHi = 0; // reference points ≤ the previous b value
  while (j < n2) {
    const v = b[j];
    let jj = j;
    while (jj < n2 && b[jj] === v) jj++;
    const below = lowerBound(a, v, prevHi); // reference points < v
    if (below > prevHi) {
      // a[below − 1] is a reference point strictly between the previous b value and v:
      // F_a is at its highest there, F_b still at j / n2.
      visit(a[below - 1], below, j, true, false);
      // …and the first reference point after the previous b value: F_a at its lowest.
      if (below - 1 > prevHi) visit(a[prevHi], upperBound(a, a[prevHi], prevHi, below), j, true, false);
    }
    const hi = upperBound(a, v, below);
    visit(v, hi, jj, hi > below, true);
    prevHi = hi;
    j = jj;
  }
  if (prevHi < n1) {
    visit(a[n1 - 1], n1, n2, true, false);
    visit(a[prevHi], upperBound(a, a[prevHi], prevHi), n2, true, false);
  }
  const negMin = Math.min(Math.max(-minS, 0), 1);
  if (negMin > maxS) return { d: negMin, location: Number.isNaN(minLocA) ? minLocB : minLocA, sign: -1 };
  return { d: maxS, location: Number.isNaN(maxLocA) ? maxLocB : maxLocA, sign: 1 };
}

/**
 * SciPy's two-sided `ks_2samp` p-value for statistic d with sample sizes n1, n2
 * (the exact method may move d onto its lattice; the returned d is the one to report).
 */
export function ksPValue(
  n1: number,
  n2: number,
  d: number,
  method: KsMethod,
): { d: number; pValue: number; method: 'exact' | 'asymp' } {
  let mode: 'exact' | 'asymp';
  if (method === 'auto') mode = Math.max(n1, n2) <= KS_MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact') {
    const g = gcd(n1, n2);
    mode = n1 / g >= INT32_MAX / (n2 / g) ? 'asymp' : 'exact';
  } else mode = 'asymp';

  let p = NaN;
  if (mode === 'exact') {
    const r = ksTwoSampleExactSf(n1, n2, d);
    d = r.d;
    if (r.ok) p = r.p;
    else mode = 'asymp';
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    p = kstwoSf(roundHalfEven(en), d);
  }
  if (Number.isNaN(p)) {
    throw new SextantError(
      'UNDEFINED_METRIC',
      `ksTest: the asymptotic p-value is undefined for samples of sizes ${n1} and ${n2} (SciPy returns NaN); use method 'exact'`,
      { argument: 'options.method' },
    );
  }
  return { d, pValue: Math.min(Math.max(p, 0), 1), method: mode };
}

/** Validate and copy a numeric sample. */
export function numericSample(x: unknown, name: string): Float64Array {
  assertNonEmpty(x, name);
  return toFiniteFloat64(x, name);
}

/**
 * Two-sample Kolmogorov–Smirnov test (two-sided): the largest gap between the empirical
 * CDFs of `reference` and `current`, and its p-value.
 *
 * Same as SciPy 1.10's `scipy.stats.ks_2samp(reference, current, method=...)`, including the
 * exact method (Hodges' lattice-path recursion), the switch of `'auto'` to the asymptotic
 * p-value above 10 000 values per sample, and the fallback from `'exact'` to `'asymp'` when
 * the exact value cannot be computed (lcm(n1, n2) beyond int32, or a result that is not a
 * probability). The asymptotic p-value is SciPy's: the exact one-sample `kstwo`
 * distribution at n = round(n1·n2/(n1+n2)), not the limiting Kolmogorov series.
 *
 * @param reference - baseline sample (finite numbers)
 * @param current - sample to compare (finite numbers)
 * @throws SextantError `EMPTY_INPUT` (an empty sample), `NON_FINITE` (NaN or ±Infinity),
 *   `INVALID_OPTION` (unknown `method`), `UNDEFINED_METRIC` (`'asymp'` with one value in each
 *   sample, where SciPy returns NaN).
 * @example
 * ```ts
 * ksTest([0.1, 0.4, 0.7, 0.9], [0.5, 1.2, 1.5, 1.9, 2.2]);
 * // { statistic: 0.8, pValue: 0.07936507936507936, method: 'exact', statisticLocation: 0.9, statisticSign: 1 }
 * ```
 */
export function ksTest(reference: ArrayLike<number>, current: ArrayLike<number>, options: KsTestOptions = {}): KsTestResult {
  assertNonEmpty(reference, 'reference');
  assertNonEmpty(current, 'current');
  const a = toFiniteFloat64(reference, 'reference');
  const b = toFiniteFloat64(current, 'current');
  const method = options.method ?? 'auto';
  assertOneOf(method, ['auto', 'exact', 'asymp'] as const, 'options.method');
  const stat = ksStatisticSorted(sortedCopy(a), sortedCopy(b));
  const r = ksPValue(a.length, b.length, stat.d, method);
  return { statistic: r.d, pValue: r.pValue, method: r.method, statisticLocation: stat.location, statisticSign: stat.sign };
}
