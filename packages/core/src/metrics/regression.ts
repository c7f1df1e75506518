/**
 * Regression metrics with scikit-learn 1.2 parity (`sklearn.metrics`, one output). For two
 * Float64Arrays without weights the work is a single fused pass whose result is checked
 * for finiteness afterwards (the input is scanned again only to name a bad value).
 */
import {
  isConstant,
  r2Sums,
  regressionChunk,
  regressionSums,
  type RegressionSums,
  sumAbsError,
  sumSquaredError,
  weightedSquaredDeviation,
  weightedSum,
} from './internal/kernels';
import { argsortStable, quickselect } from './internal/argsort';
import {
  Deferred,
  checkPair,
  firstBadNumber,
  floatArray,
  invalidValue,
  optionsOf,
  scaledWeightsOf,
  throwBadNumber,
  undefinedMetric,
} from './internal/validate';
import type { RegressionAccumulatorResult } from './accumulators/regression';

/** Options of the regression metrics. */
export interface RegressionOptions {
  /** Non-negative weight per sample (not all 0). */
  sampleWeight?: ArrayLike<number>;
}

interface RegData {
  t: Float64Array;
  p: Float64Array;
  w: Float64Array | undefined;
  n: number;
}

function read(
  fname: string,
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  options: RegressionOptions | undefined,
): RegData {
  const o = optionsOf(options, fname);
  const n = checkPair(yTrue, 'yTrue', yPred, 'yPred');
  const d = new Deferred();
  const { w } = scaledWeightsOf(o.sampleWeight, n, d);
  const t = floatArray(yTrue, 'yTrue', d);
  const p = floatArray(yPred, 'yPred', d);
  d.flush();
  return { t, p, w, n };
}

/** Two unweighted Float64Arrays: the fused kernels apply. */
function fast(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: RegressionOptions | undefined): boolean {
  return (
    yTrue instanceof Float64Array &&
    yPred instanceof Float64Array &&
    yTrue.length === yPred.length &&
    yTrue.length > 0 &&
    (options === undefined ||
      options === null ||
      (typeof options === 'object' && (options.sampleWeight === undefined || options.sampleWeight === null)))
  );
}

/** A fused kernel gave a non-finite value: name the first bad input value (if any). */
function culprit(t: Float64Array, p: Float64Array): void {
  const i = firstBadNumber(t);
  if (i >= 0) throwBadNumber(t, 'yTrue', i);
  const j = firstBadNumber(p);
  if (j >= 0) throwBadNumber(p, 'yPred', j);
  // Finite inputs whose sums overflow: the caller takes the scaled route.
}

function errors(t: Float64Array, p: Float64Array): Float64Array {
  const e = new Float64Array(t.length);
  for (let i = 0; i < t.length; i++) e[i] = t[i] - p[i];
  return e;
}

function totalWeight(r: RegData): number {
  return r.w === undefined ? r.n : weightedSum(r.w, undefined);
}

/**
 * Mean absolute error Σ w·|y − ŷ| / Σ w. Same as scikit-learn's `mean_absolute_error`.
 *
 * @example
 * ```ts
 * meanAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.5
 * ```
 */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  if (fast(yTrue, yPred, options)) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    const s = sumAbsError(t, p);
    if (s - s === 0) return s / t.length;
    culprit(t, p);
    return scaledMoment('meanAbsoluteError', { t, p, w: undefined, n: t.length }, 1);
  }
  const r = read('meanAbsoluteError', yTrue, yPred, options);
  const v = maeOf(r);
  return Number.isFinite(v) ? v : scaledMoment('meanAbsoluteError', r, 1);
}

function maeOf(r: RegData): number {
  if (r.w === undefined) return sumAbsError(r.t, r.p) / r.n;
  const e = errors(r.t, r.p);
  for (let i = 0; i < e.length; i++) e[i] = Math.abs(e[i]);
  return weightedSum(e, r.w) / totalWeight(r);
}

function mseOf(r: RegData): number {
  if (r.w === undefined) return sumSquaredError(r.t, r.p) / r.n;
  const e = errors(r.t, r.p);
  for (let i = 0; i < e.length; i++) e[i] *= e[i];
  return weightedSum(e, r.w) / totalWeight(r);
}

/**
 * MAE (`power` 1), MSE (2) or RMSE (`root`) of finite data whose direct sums overflowed
 * (values near ±1e308): computed on the data divided by 2^k (exact), then multiplied back by
 * 2^(k·power). A true value beyond the largest double is refused (`INVALID_VALUE`) rather
 * than returned as Infinity.
 */
function scaledMoment(fname: string, r: RegData, power: 1 | 2, root = false): number {
  const { data, k } = rescaled(r);
  let v = power === 1 ? maeOf(data) : mseOf(data);
  let e = k * power;
  if (root) {
    v = Math.sqrt(v);
    e = k;
  }
  // 2^e in two factors: e may exceed 1023 while the product is still finite.
  const h = Math.trunc(e / 2);
  const out = v * 2 ** h * 2 ** (e - h);
  if (out - out !== 0) {
    throw invalidValue(
      'yPred',
      `and yTrue give a ${fname} of about ${v.toPrecision(3)}·2^${e}, beyond the largest number (about 1.8e308)${
        power === 2 && !root ? '; rootMeanSquaredError is representable' : ''
      }`,
    );
  }
  return out;
}

/**
 * Mean squared error Σ w·(y − ŷ)² / Σ w. Same as scikit-learn's `mean_squared_error`.
 *
 * @example
 * ```ts
 * meanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.375
 * ```
 */
export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  if (fast(yTrue, yPred, options)) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    const s = sumSquaredError(t, p);
    if (s - s === 0) return s / t.length;
    culprit(t, p);
    return scaledMoment('meanSquaredError', { t, p, w: undefined, n: t.length }, 2);
  }
  const r = read('meanSquaredError', yTrue, yPred, options);
  const v = mseOf(r);
  return Number.isFinite(v) ? v : scaledMoment('meanSquaredError', r, 2);
}

/**
 * Root mean squared error, √MSE with the same weights. Same as scikit-learn's
 * `mean_squared_error(..., squared=False)` (`root_mean_squared_error` from 1.4).
 *
 * @example
 * ```ts
 * rootMeanSquaredError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.6123724356957945
 * ```
 */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  if (fast(yTrue, yPred, options)) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    const s = sumSquaredError(t, p);
    if (s - s === 0) return Math.sqrt(s / t.length);
    culprit(t, p);
    return scaledMoment('rootMeanSquaredError', { t, p, w: undefined, n: t.length }, 2, true);
  }
  const r = read('rootMeanSquaredError', yTrue, yPred, options);
  const v = mseOf(r);
  // Squares overflowed (|y − ŷ| beyond ~1.3e154): √ of the scaled MSE, scaled back (hypot-style).
  return Number.isFinite(v) ? Math.sqrt(v) : scaledMoment('rootMeanSquaredError', r, 2, true);
}

/** scikit-learn's force_finite rule for R² and explained variance. */
function assemble(numerator: number, denominator: number): number {
  if (numerator === 0) return 1;
  // An overflowed sum would make the ratio 0 (R² = 1) or NaN: answer NaN so that the caller
  // rescales the data and computes again (scikit-learn returns the overflowed 1.0 here).
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return Number.NaN;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

/**
 * Coefficient of determination R² = 1 − Σ w(y − ŷ)² / Σ w(y − ȳ)². Same as scikit-learn's
 * `r2_score` (force_finite: a constant yTrue gives 1 for a perfect fit, else 0). Fewer than
 * two samples: `UNDEFINED_METRIC`.
 *
 * @example
 * ```ts
 * r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9486081370449679
 * ```
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  if (fast(yTrue, yPred, options) && yTrue.length >= 2) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    const n = t.length;
    const { sse, sd, sd2 } = r2Sums(t, p);
    if (sse - sse !== 0 || sd2 - sd2 !== 0) culprit(t, p);
    let sst = sd2 - (sd * sd) / n;
    // The shifted one-pass sum is accurate while the shift (t[0]) is not far out in the
    // tails; otherwise take the two-pass route around the mean.
    if (!(sd2 <= 16 * sst)) sst = twoPassSst(t, undefined, n);
    const v = assemble(sse, sst);
    if (Number.isFinite(v)) return v;
    // Squares overflowed: the checked path below rescales.
  }
  const r = read('r2Score', yTrue, yPred, options);
  if (r.n < 2) throw undefinedMetric('r2Score', 'R² is not defined for fewer than two samples');
  const v = r2Of(r);
  return Number.isFinite(v) ? v : r2Of(rescaled(r).data);
}

function r2Of(r: RegData): number {
  let sse: number;
  if (r.w === undefined) sse = sumSquaredError(r.t, r.p);
  else {
    const e = errors(r.t, r.p);
    for (let i = 0; i < e.length; i++) e[i] *= e[i];
    sse = weightedSum(e, r.w);
  }
  return assemble(sse, twoPassSst(r.t, r.w, totalWeight(r)));
}

/**
 * The data divided by a power of two near its largest magnitude (exact): R² and explained
 * variance do not depend on the scale, and the squares no longer overflow.
 */
function rescaled(r: RegData): { data: RegData; k: number } {
  let m = 0;
  for (let i = 0; i < r.n; i++) m = Math.max(m, Math.abs(r.t[i]), Math.abs(r.p[i]));
  // Largest magnitude ≤ 1/2, so a difference y − ŷ cannot overflow either.
  const k = m === 0 ? 0 : Math.ceil(Math.log2(m)) + 1;
  const f = 2 ** -k;
  return { data: { ...r, t: r.t.map((x) => x * f), p: r.p.map((x) => x * f) }, k };
}

/** Σ w(y − ȳ)², exactly 0 for a constant y. */
function twoPassSst(t: Float64Array, w: Float64Array | undefined, wTotal: number): number {
  if (isConstant(t)) return 0;
  const mean = weightedSum(t, w) / wTotal;
  return weightedSquaredDeviation(t, mean, w);
}

/**
 * Mean absolute percentage error Σ w·|y − ŷ| / max(|y|, ε) / Σ w, as a fraction (not ×100).
 * Same as scikit-learn's `mean_absolute_percentage_error` (ε = 2⁻⁵², so y = 0 gives a huge
 * but finite term).
 *
 * @example
 * ```ts
 * meanAbsolutePercentageError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.3273809523809524
 * ```
 */
export function meanAbsolutePercentageError(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  options?: RegressionOptions,
): number {
  const r = read('meanAbsolutePercentageError', yTrue, yPred, options);
  const eps = 2.220446049250313e-16;
  const e = new Float64Array(r.n);
  for (let i = 0; i < r.n; i++) {
    const a = Math.abs(r.t[i]);
    e[i] = Math.abs(r.p[i] - r.t[i]) / (a > eps ? a : eps);
  }
  return weightedSum(e, r.w) / totalWeight(r);
}

/**
 * Explained variance 1 − Var_w(y − ŷ) / Var_w(y). Same as scikit-learn's
 * `explained_variance_score` (force_finite; one sample gives 1).
 *
 * @example
 * ```ts
 * explainedVarianceScore([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.9571734475374732
 * ```
 */
export function explainedVarianceScore(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  const r = read('explainedVarianceScore', yTrue, yPred, options);
  const v = explainedVarianceOf(r);
  return Number.isFinite(v) ? v : explainedVarianceOf(rescaled(r).data);
}

function explainedVarianceOf(r: RegData): number {
  const wt = totalWeight(r);
  const e = errors(r.t, r.p);
  const num = isConstant(e) ? 0 : weightedSquaredDeviation(e, weightedSum(e, r.w) / wt, r.w) / wt;
  const den = twoPassSst(r.t, r.w, wt) / wt;
  return assemble(num, den);
}

/**
 * Median of |y − ŷ|. Same as scikit-learn's `median_absolute_error`; with `sampleWeight`,
 * its weighted 50th percentile (the smallest error whose cumulative weight reaches half).
 *
 * @example
 * ```ts
 * medianAbsoluteError([3, -0.5, 2, 7], [2.5, 0, 2, 8]); // 0.5
 * ```
 */
export function medianAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options?: RegressionOptions): number {
  const r = read('medianAbsoluteError', yTrue, yPred, options);
  const e = errors(r.t, r.p);
  for (let i = 0; i < e.length; i++) e[i] = Math.abs(e[i]);
  const n = e.length;
  if (r.w === undefined) {
    const k = (n - 1) >> 1;
    quickselect(e, 0, n - 1, k);
    if (n % 2 === 1) return e[k];
    let next = e[k + 1];
    for (let i = k + 2; i < n; i++) if (e[i] < next) next = e[i];
    return (e[k] + next) / 2;
  }
  // scikit-learn's _weighted_percentile(errors, w, 50).
  const w = r.w;
  const order = argsortStable(e);
  let total = 0;
  for (let i = 0; i < n; i++) total += w[order[i]];
  const half = 0.5 * total;
  let cdf = 0;
  for (let i = 0; i < n; i++) {
    cdf += w[order[i]];
    if (cdf >= half) return e[order[i]];
  }
  return e[order[n - 1]];
}

/**
 * What {@link regressionSummary} returns: the shape of a regression accumulator's
 * `compute()` (`r2Score` is null for fewer than two samples).
 */
export type RegressionSummary = RegressionAccumulatorResult;

/**
 * Above this ratio Σd²/Σ(y − ȳ)² (the shift y[0] lies more than √255 ≈ 16 standard
 * deviations from the mean) the one-pass spread Σd² − (Σd)²/n could lose more than ~1e-12
 * to cancellation, and a second pass around the mean is taken instead.
 */
const SHIFT_LIMIT = 256;

/** Σw, Σw|e|, Σw·e², and the spreads Σw(y − ȳ)², Σw(e − ē)², exactly 0 for a constant series. */
interface SummarySums {
  sw: number;
  sae: number;
  sse: number;
  sst: number;
  see: number;
}

/** Two passes around the chunk means (the accumulator's kernel), weighted or not. */
function chunkSums(t: Float64Array, p: Float64Array, w: Float64Array | undefined): SummarySums {
  const c = regressionChunk(t, p, w);
  return {
    sw: c.sw[0] + c.sw[1],
    sae: c.sae[0] + c.sae[1],
    sse: c.sse[0] + c.sse[1],
    sst: c.m2T[0] + c.m2T[1],
    see: c.m2E[0] + c.m2E[1],
  };
}

/** One fused pass (unweighted); a second one only when the shifted sums would cancel. */
function fusedSums(t: Float64Array, p: Float64Array, s: RegressionSums = regressionSums(t, p)): SummarySums {
  const n = t.length;
  const sst = s.sd2 - (s.sd * s.sd) / n;
  const see = s.sf2 - (s.sf * s.sf) / n;
  if (!(s.sd2 <= SHIFT_LIMIT * sst) || !(s.sf2 <= SHIFT_LIMIT * see)) {
    const c = chunkSums(t, p, undefined);
    return { sw: n, sae: s.sae, sse: s.sse, sst: c.sst, see: c.see };
  }
  return { sw: n, sae: s.sae, sse: s.sse, sst, see };
}

function rescaledSums(t: Float64Array, p: Float64Array, w: Float64Array | undefined): SummarySums {
  const r = rescaled({ t, p, w, n: t.length }).data;
  return chunkSums(r.t, r.p, w);
}

function summaryOf(t: Float64Array, p: Float64Array, w: Float64Array | undefined, s: SummarySums): RegressionSummary {
  const n = t.length;
  const mse = s.sse / s.sw;
  // Finite inputs whose squares overflow: MAE/MSE/RMSE are rescaled below, and R² and explained
  // variance do not depend on the scale, so they come from the data divided by a power of two.
  const c = Number.isFinite(s.sse) && Number.isFinite(s.sst) && Number.isFinite(s.see) ? s : rescaledSums(t, p, w);
  const r2 = n < 2 ? null : assemble(c.sse, c.sst);
  const ev = assemble(c.see, c.sst);
  let mae = s.sae / s.sw;
  let mse2 = mse;
  let rmse = Math.sqrt(mse);
  if (!Number.isFinite(mae) || !Number.isFinite(mse)) {
    // Sums overflowed: the scaled route, which refuses an MSE beyond the largest double.
    const r = { t, p, w, n };
    if (!Number.isFinite(mae)) mae = scaledMoment('meanAbsoluteError', r, 1);
    if (!Number.isFinite(mse)) {
      rmse = scaledMoment('rootMeanSquaredError', r, 2, true);
      mse2 = scaledMoment('meanSquaredError', r, 2);
    }
  }
  return {
    count: n,
    meanAbsoluteError: mae,
    meanSquaredError: mse2,
    rootMeanSquaredError: rmse,
    r2Score: r2,
    explainedVarianceScore: ev,
  };
}

/**
 * MAE, MSE, RMSE, R² and explained variance in one pass over the data, for when several
 * regression figures are wanted at once (three separate calls read the arrays three times).
 * Same as scikit-learn's `mean_squared_error`, `mean_absolute_error`, `r2_score` and
 * `explained_variance_score`, in one pass; each field equals the single function of this
 * module, and the result has the shape of a regression accumulator's `compute()`:
 * `r2Score` is null below two samples (where {@link r2Score} refuses with
 * `UNDEFINED_METRIC`), explained variance of one sample is 1. Refusals as the single
 * metrics: `EMPTY_INPUT`, `LENGTH_MISMATCH`, `NON_FINITE` (naming the first bad index),
 * `INVALID_OPTION` (negative weight), `INVALID_VALUE` (weights summing to 0).
 *
 * @param options.sampleWeight non-negative weight per sample (not all 0); default: all 1.
 * @example
 * ```ts
 * regressionSummary([3, -0.5, 2, 7], [2.5, 0, 2, 8]);
 * // { count: 4, meanAbsoluteError: 0.5, meanSquaredError: 0.375,
 * //   rootMeanSquaredError: 0.6123724356957945, r2Score: 0.9486081370449679,
 * //   explainedVarianceScore: 0.9571734475374732 }
 * ```
 */
export function regressionSummary(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  options?: RegressionOptions,
): RegressionSummary {
  if (fast(yTrue, yPred, options)) {
    const t = yTrue as Float64Array;
    const p = yPred as Float64Array;
    const s = regressionSums(t, p);
    // Any NaN/±Infinity input makes a sum non-finite; finite sums prove the input clean.
    if (s.sae - s.sae !== 0 || s.sse - s.sse !== 0 || s.sd2 - s.sd2 !== 0 || s.sf2 - s.sf2 !== 0) culprit(t, p);
    return summaryOf(t, p, undefined, fusedSums(t, p, s));
  }
  const r = read('regressionSummary', yTrue, yPred, options);
  return summaryOf(r.t, r.p, r.w, r.w === undefined ? fusedSums(r.t, r.p) : chunkSums(r.t, r.p, r.w));
}
