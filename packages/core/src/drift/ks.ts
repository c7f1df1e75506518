import { SextantError } from '../errors';
import { assertNonEmpty, assertOneOf } from '../internal/validate';
import { gcd, kstwoSf, ksTwoSampleExactSf, roundHalfEven } from './kstwo';
import { scanSample } from './scan';
import { sortInPlace, sortedCopy, upperBound, lowerBound } from './sort';

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

/** Below this many values in total the statistic comes from a plain sort and merge. */
const BUCKET_MIN_N = 1 << 14;

/**
 * The two-sample statistic of unsorted samples without sorting them: values are bucketed on
 * the value line (a monotone map, so bucket order is value order), the ECDF gap is known
 * exactly at every bucket end, and within a bucket it can move only by that bucket's
 * counts. Only buckets whose bound reaches the best gap seen at a bucket end (on either
 * side) are sorted and walked, so location and sign follow SciPy's rule exactly as in
 * {@link ksStatisticSorted}. Same result as sorting both samples; typically a few hundred
 * values get sorted instead of all of them.
 */
export function ksStatisticUnsorted(a: Float64Array, b: Float64Array, lo: number, hi: number): KsStat {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 + n2 < BUCKET_MIN_N) return ksStatisticSorted(sortedCopy(a), sortedCopy(b));
  if (lo === hi) return { d: 0, location: lo, sign: 1 };
  const seen: SeenRange = { min: Infinity, max: -Infinity, bad: false };
  return ksBucketed(a, b, lo, hi, seen) ?? ksStatisticSorted(sortedCopy(a), sortedCopy(b));
}

/** What the counting pass saw: the true range and whether a NaN went by. */
interface SeenRange {
  min: number;
  max: number;
  bad: boolean;
}

/**
 * The bucketed statistic with the value line mapped over [lo, hi] — any range: values
 * outside it land in the end buckets and the map stays monotone. The counting pass also
 * records the data's true range and NaNs in `seen`; null when [lo, hi] is unusable or the
 * data is not finite (the caller then validates and falls back).
 */
function ksBucketed(a: Float64Array, b: Float64Array, lo: number, hi: number, seen: SeenRange): KsStat | null {
  const n1 = a.length;
  const n2 = b.length;
  const B = Math.min(1 << 17, (n1 + n2) >> 3);
  const last = B - 1;
  const half = lo * 0.5;
  const scale = B / (hi * 0.5 - half);
  if (!Number.isFinite(scale) || !(scale > 0)) return null;
  const cA = new Int32Array(B);
  const cB = new Int32Array(B);
  let min = Infinity;
  let max = -Infinity;
  let bad = false;
  for (let i = 0; i < n1; i++) {
    const v = a[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== v) bad = true;
    const t = (v * 0.5 - half) * scale;
    cA[t <= 0 ? 0 : t >= last ? last : t | 0]++;
  }
  for (let i = 0; i < n2; i++) {
    const v = b[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== v) bad = true;
    const t = (v * 0.5 - half) * scale;
    cB[t <= 0 ? 0 : t >= last ? last : t | 0]++;
  }
  seen.min = min;
  seen.max = max;
  seen.bad = bad || min === -Infinity || max === Infinity;
  if (seen.bad) return null;
  if (min === max) return { d: 0, location: min, sign: 1 };
  // Gaps at bucket ends are gaps at data points (each bucket's largest value).
  let maxEnd = -Infinity;
  let minEnd = Infinity;
  let ca = 0;
  let cb = 0;
  for (let k = 0; k < B; k++) {
    if (cA[k] === 0 && cB[k] === 0) continue;
    ca += cA[k];
    cb += cB[k];
    const diff = ca / n1 - cb / n2;
    if (diff > maxEnd) maxEnd = diff;
    if (diff < minEnd) minEnd = diff;
  }
  // Buckets that may hold the extremes: their gap can reach the best end gap.
  const slot = new Int32Array(B).fill(-1);
  const startA: number[] = [];
  const startB: number[] = [];
  const sizeA: number[] = [];
  const sizeB: number[] = [];
  ca = 0;
  cb = 0;
  for (let k = 0; k < B; k++) {
    const ka = cA[k];
    const kb = cB[k];
    if (ka === 0 && kb === 0) continue;
    const upper = (ca + ka) / n1 - cb / n2;
    const lower = ca / n1 - (cb + kb) / n2;
    if (upper >= maxEnd || lower <= minEnd) {
      slot[k] = startA.length;
      startA.push(ca);
      startB.push(cb);
      sizeA.push(ka);
      sizeB.push(kb);
    }
    ca += ka;
    cb += kb;
  }
  const m = startA.length;
  const offA = new Int32Array(m + 1);
  const offB = new Int32Array(m + 1);
  for (let s = 0; s < m; s++) {
    offA[s + 1] = offA[s] + sizeA[s];
    offB[s + 1] = offB[s] + sizeB[s];
  }
  const ga = new Float64Array(offA[m]);
  const gb = new Float64Array(offB[m]);
  const fillA = offA.slice(0, m);
  const fillB = offB.slice(0, m);
  for (let i = 0; i < n1; i++) {
    const v = a[i];
    const t = (v * 0.5 - half) * scale;
    const s = slot[t <= 0 ? 0 : t >= last ? last : t | 0];
    if (s >= 0) ga[fillA[s]++] = v;
  }
  for (let i = 0; i < n2; i++) {
    const v = b[i];
    const t = (v * 0.5 - half) * scale;
    const s = slot[t <= 0 ? 0 : t >= last ? last : t | 0];
    if (s >= 0) gb[fillB[s]++] = v;
  }
  // Walk the chosen buckets in value order, as the merge does over everything.
  const acc = new ExtremeTracker();
  for (let s = 0; s < m; s++) {
    const sa = sortInPlace(ga.subarray(offA[s], offA[s + 1]));
    const sb = sortInPlace(gb.subarray(offB[s], offB[s + 1]));
    let i = 0;
    let j = 0;
    const na = sa.length;
    const nb = sb.length;
    while (i < na || j < nb) {
      const x = j >= nb || (i < na && sa[i] <= sb[j]) ? sa[i] : sb[j];
      const inA = i < na && sa[i] === x;
      const inB = j < nb && sb[j] === x;
      while (i < na && sa[i] === x) i++;
      while (j < nb && sb[j] === x) j++;
      acc.visit((startA[s] + i) / n1 - (startB[s] + j) / n2, x, inA, inB);
    }
  }
  return acc.result();
}

/** Running max / min of the signed ECDF gap with SciPy's choice of location. */
class ExtremeTracker {
  maxS = -Infinity;
  minS = Infinity;
  maxLocA = NaN;
  maxLocB = NaN;
  minLocA = NaN;
  minLocB = NaN;

  /** Points must come in increasing value order. */
  visit(diff: number, x: number, inA: boolean, inB: boolean): void {
    if (diff > this.maxS) {
      this.maxS = diff;
      this.maxLocA = inA ? x : NaN;
      this.maxLocB = inB ? x : NaN;
    } else if (diff === this.maxS) {
      if (inA && Number.isNaN(this.maxLocA)) this.maxLocA = x;
      if (inB && Number.isNaN(this.maxLocB)) this.maxLocB = x;
    }
    if (diff < this.minS) {
      this.minS = diff;
      this.minLocA = inA ? x : NaN;
      this.minLocB = inB ? x : NaN;
    } else if (diff === this.minS) {
      if (inA && Number.isNaN(this.minLocA)) this.minLocA = x;
      if (inB && Number.isNaN(this.minLocB)) this.minLocB = x;
    }
  }

  result(): KsStat {
    const negMin = Math.min(Math.max(-this.minS, 0), 1);
    if (negMin > this.maxS) return { d: negMin, location: Number.isNaN(this.minLocA) ? this.minLocB : this.minLocA, sign: -1 };
    return { d: this.maxS, location: Number.isNaN(this.maxLocA) ? this.maxLocB : this.maxLocA, sign: 1 };
  }
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
  const method = options.method ?? 'auto';
  if (method !== 'auto' && method !== 'exact' && method !== 'asymp') {
    // NON_FINITE data outranks a bad option (API.md's precedence).
    scanSample(reference, 'reference');
    scanSample(current, 'current');
    assertOneOf(method, ['auto', 'exact', 'asymp'] as const, 'options.method');
  }
  let stat: KsStat | null = null;
  if (reference instanceof Float64Array && current instanceof Float64Array && reference.length + current.length >= BUCKET_MIN_N) {
    // One pass per sample: finiteness, range and bucket counts together, over a range
    // guessed on a strided sample of each.
    const g = guessRange(reference, current);
    const seen: SeenRange = { min: Infinity, max: -Infinity, bad: false };
    if (g) stat = ksBucketed(reference, current, g[0], g[1], seen);
    if (seen.bad) {
      scanSample(reference, 'reference');
      scanSample(current, 'current');
    }
  }
  if (stat === null) {
    const a = scanSample(reference, 'reference');
    const b = scanSample(current, 'current');
    stat = ksStatisticUnsorted(a.data, b.data, Math.min(a.min, b.min), Math.max(a.max, b.max));
  }
  const r = ksPValue(reference.length, current.length, stat.d, method);
  return { statistic: r.d, pValue: r.pValue, method: r.method, statisticLocation: stat.location, statisticSign: stat.sign };
}

/** min/max of strided samples of both arrays, widened by 5%; null when degenerate. */
function guessRange(a: Float64Array, b: Float64Array): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of [a, b]) {
    const stride = Math.max(1, Math.floor(x.length / 2048));
    for (let i = 0; i < x.length; i += stride) {
      const v = x[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const w = (hi - lo) * 0.05;
  return w > 0 && Number.isFinite(w) ? [lo - w, hi + w] : null;
}
