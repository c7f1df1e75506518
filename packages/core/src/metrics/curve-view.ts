import { SextantError } from '../errors';
import { assertNonEmpty, show } from '../internal/validate';
import type { Label } from './labels';
import { unscaleCount } from './internal/validate';
import { precisionRecallCurve, rocCurve } from './ranking';

/** Options of {@link thresholdCurve}. */
export interface ThresholdCurveOptions {
  /** @default 1 */
  posLabel?: Label;
  sampleWeight?: ArrayLike<number>;
}

/**
 * Every operating point of a binary scorer, one per distinct score, in decreasing
 * threshold order — what a ROC or precision–recall chart draws and reads out. Point 0 is
 * the threshold `Infinity` (nothing predicted positive).
 */
export interface ThresholdCurve {
  /** Decreasing; `thresholds[0]` is `Infinity`. A sample is predicted positive when its score ≥ the threshold. */
  thresholds: number[];
  /** False-positive rate per point (scikit-learn's `roc_curve` with `drop_intermediate=False`). */
  fpr: number[];
  /** True-positive rate (= recall) per point. */
  tpr: number[];
  /** Precision per point (scikit-learn's `precision_recall_curve`, reversed; 1 at point 0, as its last point). */
  precision: number[];
  /** Confusion counts per point (weighted sums with `sampleWeight`; exact integers without). */
  tp: number[];
  fp: number[];
  fn: number[];
  tn: number[];
  /** Total (weight of) positive and negative samples. */
  positives: number;
  negatives: number;
  /** positives / (positives + negatives): the precision of the chance line. */
  positiveRate: number;
  /** Area under the ROC curve (trapezoids), as scikit-learn's `roc_auc_score`. */
  rocAuc: number;
  /** Σ (Rₙ − Rₙ₋₁)·Pₙ, as scikit-learn's `average_precision_score`. */
  averagePrecision: number;
}

/**
 * ROC and precision–recall curves with the confusion counts at every threshold, the AUC,
 * the average precision and the positive rate, for a ROC or PR chart and its read-out.
 * Rates and precision are scikit-learn's `roc_curve(drop_intermediate=False)` and
 * `precision_recall_curve` (1.2); counts are rate × class total, rounded when unweighted.
 *
 * @example
 * ```ts
 * const c = thresholdCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
 * c.thresholds; // [Infinity, 0.8, 0.4, 0.35, 0.1]
 * c.tp; // [0, 1, 1, 2, 2]
 * c.fp; // [0, 0, 1, 1, 2]
 * [c.rocAuc, c.averagePrecision, c.positiveRate]; // [0.75, 0.8333333333333333, 0.5]
 * ```
 */
export function thresholdCurve(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  options: ThresholdCurveOptions = {},
): ThresholdCurve {
  const roc = rocCurve(yTrue, yScore, { ...options, dropIntermediate: false });
  const pr = precisionRecallCurve(yTrue, yScore, options);
  const m = roc.thresholds.length;
  const w = options.sampleWeight;
  const total = w ? weightTotal(w) : yTrue.length;
  // pr.precision[0] is the precision with every sample predicted positive: P / (P + N).
  const positiveRate = pr.precision[0];
  const positives = w ? positiveRate * total : Math.round(positiveRate * total);
  const negatives = total - positives;
  const round = w ? (v: number) => v : Math.round;
  const tp = new Array<number>(m);
  const fp = new Array<number>(m);
  const fn = new Array<number>(m);
  const tn = new Array<number>(m);
  const precision = new Array<number>(m);
  let rocAuc = 0;
  let averagePrecision = 0;
  for (let i = 0; i < m; i++) {
    tp[i] = round(roc.tpr[i] * positives);
    fp[i] = round(roc.fpr[i] * negatives);
    fn[i] = positives - tp[i];
    tn[i] = negatives - fp[i];
    precision[i] = pr.precision[m - 1 - i];
    if (i > 0) {
      rocAuc += ((roc.fpr[i] - roc.fpr[i - 1]) * (roc.tpr[i] + roc.tpr[i - 1])) / 2;
      averagePrecision += (roc.tpr[i] - roc.tpr[i - 1]) * precision[i];
    }
  }
  return {
    thresholds: roc.thresholds,
    fpr: roc.fpr,
    tpr: roc.tpr,
    precision,
    tp,
    fp,
    fn,
    tn,
    positives,
    negatives,
    positiveRate,
    rocAuc,
    averagePrecision,
  };
}

/**
 * Σ w of weights already checked by {@link rocCurve}, summed at a power-of-two scale so that
 * weights near 1e308 do not overflow on the way; a total beyond the largest double is refused.
 */
function weightTotal(w: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < w.length; i++) if (w[i] > max) max = w[i];
  const k = max > 1 ? Math.ceil(Math.log2(max)) : 0;
  const a = 2 ** -(k >> 1);
  const b = 2 ** -(k - (k >> 1));
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * a * b;
  return unscaleCount(s, k);
}

/**
 * The point of a {@link ThresholdCurve} that a decision threshold selects: predicting
 * positive when score ≥ `threshold` gives the counts of the last point whose threshold is
 * ≥ it (binary search; thresholds are decreasing).
 *
 * @param thresholds a curve's `thresholds` (decreasing)
 * @param threshold any number; above every score gives point 0, −Infinity the last point
 * @example
 * ```ts
 * pointAtThreshold([Infinity, 0.8, 0.4, 0.35, 0.1], 0.5); // 1
 * pointAtThreshold([Infinity, 0.8, 0.4, 0.35, 0.1], 0.4); // 2
 * ```
 */
export function pointAtThreshold(thresholds: ArrayLike<number>, threshold: number): number {
  assertNonEmpty(thresholds, 'thresholds');
  if (typeof threshold !== 'number' || Number.isNaN(threshold)) {
    throw new SextantError('INVALID_OPTION', `threshold must be a number; got ${show(threshold)}`, {
      argument: 'threshold',
      value: threshold,
    });
  }
  // A binary search reads O(log n) entries: each one it reads must be a number, so a made-up
  // length or a hole is refused at the entry it hit instead of steering the search silently.
  const at = (i: number): number => {
    const v = thresholds[i];
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw new SextantError('INVALID_VALUE', `thresholds[${i}] must be a number; got ${show(v)}`, {
        argument: 'thresholds',
        index: i,
        value: v,
      });
    }
    return v;
  };
  let lo = 0;
  let hi = thresholds.length - 1;
  // Invariant: the answer is in [lo, hi]; thresholds[0] (Infinity) is always ≥ threshold unless it is Infinity too.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (at(mid) >= threshold) lo = mid;
    else hi = mid - 1;
  }
  at(lo);
  return lo;
}

/**
 * Index of the point nearest to (`px`, `py`), distances measured after dividing x by
 * `spanX` and y by `spanY` (pass the chart's pixel size per unit so the nearest point is
 * the nearest on screen). Ties keep the earlier point.
 *
 * @example
 * ```ts
 * nearestPoint([0, 0, 0.5, 0.5, 1], [0, 0.5, 0.5, 1, 1], 0.4, 0.9); // 3
 * ```
 */
export function nearestPoint(xs: ArrayLike<number>, ys: ArrayLike<number>, px: number, py: number, spanX = 1, spanY = 1): number {
  assertNonEmpty(xs, 'xs');
  assertNonEmpty(ys, 'ys');
  if (xs.length !== ys.length) {
    throw new SextantError('LENGTH_MISMATCH', `xs has ${xs.length} points and ys ${ys.length}`, { argument: 'ys' });
  }
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) throw badPoint('xs', i, x);
    const y = ys[i];
    if (typeof y !== 'number' || !Number.isFinite(y)) throw badPoint('ys', i, y);
    const dx = (x - px) * spanX;
    const dy = (y - py) * spanY;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

function badPoint(name: string, i: number, v: unknown): SextantError {
  return typeof v === 'number'
    ? new SextantError('NON_FINITE', `${name}[${i}] is ${show(v)}; a curve's points are finite`, {
        argument: name,
        index: i,
        value: v,
      })
    : new SextantError('INVALID_VALUE', `${name}[${i}] must be a number; got ${show(v)}`, { argument: name, index: i, value: v });
}
