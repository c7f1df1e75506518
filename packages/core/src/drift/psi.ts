import { SextantError } from '../errors';
import { assertIntegerInRange, assertNonEmpty, assertOneOf, show } from '../internal/validate';
import { BinCounter, quantileEdgesWithCounts, quantileInnerEdges, sturgesEdges, uniformEdges, type Binning } from './bins';
import { scanSample, type ScannedSample } from './scan';

/** Options of {@link populationStabilityIndex}. */
export interface PsiOptions {
  /**
   * Number of bins, an integer in 1…1000 (`'quantile'` may end with fewer when quantiles
   * coincide). Not allowed with `binning: 'sturges'`, which chooses the count itself.
   * @default 10
   */
  bins?: number;
  /**
   * `'quantile'`: edges at the reference's quantiles (open-ended outer bins);
   * `'uniform'`: equal-width bins between the min and max of both samples;
   * `'sturges'`: Evidently's rule, `numpy.histogram_bin_edges(reference ∪ current, 'sturges')`.
   * @default 'quantile'
   */
  binning?: Binning;
  /**
   * Share used in place of an empty bin's 0 (no renormalisation), so ln(cur/ref) stays finite.
   * @default 1e-4
   */
  epsilon?: number;
}

/** Result of {@link populationStabilityIndex}. */
export interface PsiResult {
  /** PSI = Σ (currentShare − referenceShare) · ln(currentShare / referenceShare). */
  value: number;
  /** Bin edges, ascending; `'quantile'` has −Infinity and Infinity outside. */
  edges: number[];
  /** Reference share per bin, after the epsilon substitution. */
  referenceShare: number[];
  /** Current share per bin, after the epsilon substitution. */
  currentShare: number[];
  /** Each bin's term of the sum (they add up to `value`); large terms show where the shift is. */
  contributions: number[];
  /** Reference values per bin. */
  referenceCount: number[];
  /** Current values per bin. */
  currentCount: number[];
}

/** PSI from bin counts (epsilon in place of zero shares). */
export function psiFromCounts(
  refCounts: ArrayLike<number>,
  curCounts: ArrayLike<number>,
  nRef: number,
  nCur: number,
  epsilon: number,
): { value: number; referenceShare: number[]; currentShare: number[]; contributions: number[] } {
  const k = refCounts.length;
  const referenceShare = new Array<number>(k);
  const currentShare = new Array<number>(k);
  const contributions = new Array<number>(k);
  let value = 0;
  for (let i = 0; i < k; i++) {
    let r = refCounts[i] / nRef;
    let c = curCounts[i] / nCur;
    if (r === 0) r = epsilon;
    if (c === 0) c = epsilon;
    const t = (c - r) * Math.log(c / r);
    referenceShare[i] = r;
    currentShare[i] = c;
    contributions[i] = t;
    value += t;
  }
  return { value, referenceShare, currentShare, contributions };
}

/** Validate PSI-style binning options; returns the resolved values. */
export function resolveBinningOptions(
  bins: unknown,
  binning: unknown,
  prefix: string,
  defaults: { bins: number; binning: Binning },
): { bins: number; binning: Binning } {
  const b = binning ?? defaults.binning;
  assertOneOf(b, ['quantile', 'uniform', 'sturges'] as const, `${prefix}binning`);
  if (b === 'sturges' && bins !== undefined && bins !== null) {
    throw new SextantError(
      'INVALID_OPTION',
      `${prefix}bins cannot be combined with binning 'sturges', which chooses the number of bins; got bins ${show(bins)}`,
      { argument: `${prefix}bins`, value: bins },
    );
  }
  const n = bins ?? defaults.bins;
  assertIntegerInRange(n, 1, 1000, `${prefix}bins`);
  return { bins: n, binning: b };
}

/** Validate an epsilon option: a finite number in (0, 1). */
function checkEpsilon(epsilon: unknown, name: string): number {
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon <= 0 || epsilon >= 1) {
    throw new SextantError('INVALID_OPTION', `${name} must be a number in (0, 1); got ${show(epsilon)}`, {
      argument: name,
      value: epsilon,
    });
  }
  return epsilon;
}

/** Full bin edges of two scanned samples for the given binning (API.md's rules). */
function binEdges(ref: ScannedSample, cur: ScannedSample, bins: number, binning: Binning): Float64Array {
  const lo = Math.min(ref.min, cur.min);
  const hi = Math.max(ref.max, cur.max);
  if (binning === 'uniform') return uniformEdges(lo, hi, bins);
  if (binning === 'sturges') return sturgesEdges(lo, hi, ref.data.length + cur.data.length);
  if (lo === hi) return Float64Array.of(-Infinity, Infinity);
  const inner = quantileInnerEdges(ref.data, ref.min, ref.max, bins);
  const edges = new Float64Array(inner.length + 2);
  edges[0] = -Infinity;
  edges.set(inner, 1);
  edges[inner.length + 1] = Infinity;
  return edges;
}

/** Count both samples into the bins of `edges`. */
function countInBins(edges: Float64Array, samples: readonly ScannedSample[]): Float64Array[] {
  const inner = edges.subarray(1, edges.length - 1);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of samples) {
    if (s.min < lo) lo = s.min;
    if (s.max > hi) hi = s.max;
  }
  const counter = new BinCounter(inner, lo, hi);
  return samples.map((s) => {
    const c = new Float64Array(edges.length - 1);
    counter.count(s.data, c);
    return c;
  });
}

/**
 * Population Stability Index between a reference and a current sample, with the bins,
 * the shares per bin and each bin's contribution.
 *
 * Binning and the zero-share rule are API.md's (the industry definition, as Evidently
 * computes it, with `binning: 'sturges'` for Evidently's own edges); quantile edges use
 * numpy's default (linear) quantile. PSI ≥ 0, and 0 for identical samples.
 *
 * @param reference - baseline sample (finite numbers)
 * @param current - sample to compare (finite numbers)
 * @throws SextantError `EMPTY_INPUT`, `NON_FINITE`, `INVALID_OPTION` (`bins` not an integer
 *   in 1…1000, or given with `'sturges'`; unknown `binning`; `epsilon` outside (0, 1)).
 * @example
 * ```ts
 * const r = populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 4 });
 * r.value; // 4.4597… (r.contributions: the two bins current left empty carry 3.9 of it)
 * ```
 */
export function populationStabilityIndex(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: PsiOptions = {},
): PsiResult {
  assertNonEmpty(reference, 'reference');
  assertNonEmpty(current, 'current');
  let bins: number;
  let binning: Binning;
  let epsilon: number;
  try {
    ({ bins, binning } = resolveBinningOptions(options.bins, options.binning, 'options.', { bins: 10, binning: 'quantile' }));
    epsilon = checkEpsilon(options.epsilon ?? 1e-4, 'options.epsilon');
  } catch (e) {
    // NON_FINITE data outranks a bad option (API.md's precedence).
    scanSample(reference, 'reference');
    scanSample(current, 'current');
    throw e;
  }
  let edges: Float64Array;
  let rc: Float64Array;
  let cc: Float64Array;
  let nRef: number;
  let nCur: number;
  if (binning === 'quantile' && current instanceof Float64Array) {
    // Fast path: one pass over the reference gives its range, histogram and (with the
    // edges) its bin counts; the current sample is checked and counted in one pass.
    const q = quantileEdgesWithCounts(reference, bins, 'reference');
    edges = new Float64Array(q.inner.length + 2);
    edges[0] = -Infinity;
    edges.set(q.inner, 1);
    edges[q.inner.length + 1] = Infinity;
    rc = q.counts;
    cc = new Float64Array(q.counts.length);
    const bad = new BinCounter(q.inner, q.min, q.max).countFinite(current, cc);
    if (bad >= 0) scanSample(current, 'current');
    nRef = q.data.length;
    nCur = current.length;
    let allEqual = q.min === q.max;
    for (let i = 0; i < nCur && allEqual; i++) allEqual = current[i] === q.min;
    if (allEqual) {
      edges = Float64Array.of(-Infinity, Infinity);
      rc = Float64Array.of(nRef);
      cc = Float64Array.of(nCur);
    }
  } else {
    const ref = scanSample(reference, 'reference');
    const cur = scanSample(current, 'current');
    edges = binEdges(ref, cur, bins, binning);
    [rc, cc] = countInBins(edges, [ref, cur]);
    nRef = ref.data.length;
    nCur = cur.data.length;
  }
  const p = psiFromCounts(rc, cc, nRef, nCur, epsilon);
  return {
    value: p.value,
    edges: Array.from(edges),
    referenceShare: p.referenceShare,
    currentShare: p.currentShare,
    contributions: p.contributions,
    referenceCount: Array.from(rc),
    currentCount: Array.from(cc),
  };
}
