import { SextantError } from '../errors';
import { assertNonEmpty, assertOneOf } from '../internal/validate';
import { gcd, kstwoSf, ksTwoSampleExactSf, roundHalfEven } from './kstwo';
import { scanSample } from './scan';
import { sortInPlace, sortedCopy, upperBound, lowerBound } from '../internal/sort';

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
  // Each pass is its own small function: V8 optimises small single-loop functions once and
  // keeps them, where one large function kept being deoptimised and recompiled (on-stack)
  // whenever a forced GC had dropped its feedback.
  const n1 = a.length;
  const n2 = b.length;
  const B = Math.min(1 << 17, (n1 + n2) >> 3);
  const half = lo * 0.5;
  const scale = B / (hi * 0.5 - half);
  if (!Number.isFinite(scale) || !(scale > 0)) return null;
  const cA = new Int32Array(B);
  const cB = new Int32Array(B);
  const range = new Float64Array(3); // min, max, NaN seen
  range[0] = Infinity;
  range[1] = -Infinity;
  countBuckets(a, cA, half, scale, range);
  countBuckets(b, cB, half, scale, range);
  const min = range[0];
  const max = range[1];
  seen.min = min;
  seen.max = max;
  seen.bad = range[2] !== 0 || min === -Infinity || max === Infinity;
  if (seen.bad) return null;
  if (min === max) return { d: 0, location: min, sign: 1 };
  const ends = endGapExtremes(cA, cB, n1, n2);
  // Buckets that may hold the extremes: their gap can reach the best end gap.
  const slot = new Int32Array(B).fill(-1);
  const chosen = chooseBuckets(cA, cB, n1, n2, ends[0], ends[1], slot);
  const m = chosen.length / 4;
  const offA = new Int32Array(m + 1);
  const offB = new Int32Array(m + 1);
  for (let s = 0; s < m; s++) {
    offA[s + 1] = offA[s] + chosen[4 * s + 2];
    offB[s + 1] = offB[s] + chosen[4 * s + 3];
  }
  const ga = new Float64Array(offA[m]);
  const gb = new Float64Array(offB[m]);
  gatherBuckets(a, slot, offA.slice(0, m), ga, half, scale);
  gatherBuckets(b, slot, offB.slice(0, m), gb, half, scale);
  // Walk the chosen buckets in value order, as the merge does over everything.
  const acc = new ExtremeTracker();
  for (let s = 0; s < m; s++) {
    walkBucket(
      sortInPlace(ga.subarray(offA[s], offA[s + 1])),
      sortInPlace(gb.subarray(offB[s], offB[s + 1])),
      chosen[4 * s],
      chosen[4 * s + 1],
      n1,
      n2,
      acc,
    );
  }
  return acc.result();
}

/** Bucket counts of x; range[0], range[1] track min and max, range[2] becomes 1 on a NaN. */
function countBuckets(x: Float64Array, counts: Int32Array, half: number, scale: number, range: Float64Array): void {
  const last = counts.length - 1;
  let min = range[0];
  let max = range[1];
  let bad = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== v) bad = 1;
    const t = (v * 0.5 - half) * scale;
    counts[t <= 0 ? 0 : t >= last ? last : t | 0]++;
  }
  range[0] = min;
  range[1] = max;
  if (bad) range[2] = 1;
}

/** The largest and smallest signed gap at bucket ends — gaps at data points (each bucket's largest value). */
function endGapExtremes(cA: Int32Array, cB: Int32Array, n1: number, n2: number): Float64Array {
  let maxEnd = -Infinity;
  let minEnd = Infinity;
  let ca = 0;
  let cb = 0;
  for (let k = 0; k < cA.length; k++) {
    const ka = cA[k];
    const kb = cB[k];
    if (ka === 0 && kb === 0) continue;
    ca += ka;
    cb += kb;
    const diff = ca / n1 - cb / n2;
    if (diff > maxEnd) maxEnd = diff;
    if (diff < minEnd) minEnd = diff;
  }
  return Float64Array.of(maxEnd, minEnd);
}

/**
 * Buckets whose gap can reach maxEnd or minEnd: fills `slot` with their index and returns
 * [startA, startB, sizeA, sizeB] per chosen bucket, flattened.
 */
function chooseBuckets(
  cA: Int32Array,
  cB: Int32Array,
  n1: number,
  n2: number,
  maxEnd: number,
  minEnd: number,
  slot: Int32Array,
): Int32Array {
  let out = new Int32Array(64);
  let m = 0;
  let ca = 0;
  let cb = 0;
  for (let k = 0; k < cA.length; k++) {
    const ka = cA[k];
    const kb = cB[k];
    if (ka === 0 && kb === 0) continue;
    const upper = (ca + ka) / n1 - cb / n2;
    const lower = ca / n1 - (cb + kb) / n2;
    if (upper >= maxEnd || lower <= minEnd) {
      if (4 * m + 4 > out.length) {
        const grown = new Int32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      slot[k] = m;
      out[4 * m] = ca;
      out[4 * m + 1] = cb;
      out[4 * m + 2] = ka;
      out[4 * m + 3] = kb;
      m++;
    }
    ca += ka;
    cb += kb;
  }
  return out.subarray(0, 4 * m);
}

/** Copy the values of the chosen buckets into `out`, bucket by bucket (fill = each bucket's next free index). */
function gatherBuckets(
  x: Float64Array,
  slot: Int32Array,
  fill: Int32Array,
  out: Float64Array,
  half: number,
  scale: number,
): void {
  const last = slot.length - 1;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = (v * 0.5 - half) * scale;
    const s = slot[t <= 0 ? 0 : t >= last ? last : t | 0];
    if (s >= 0) out[fill[s]++] = v;
  }
}

/** Merge-walk one bucket's sorted values, the counts before it being startA / startB. */
function walkBucket(
  sa: Float64Array,
  sb: Float64Array,
  startA: number,
  startB: number,
  n1: number,
  n2: number,
  acc: ExtremeTracker,
): void {
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
    acc.visit((startA + i) / n1 - (startB + j) / n2, x, inA, inB);
  }
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
