/**
 * Classification metrics with scikit-learn 1.2 parity (`sklearn.metrics`). Every function
 * counts (true, predicted) pairs once into a dense table (typed arrays, no per-sample
 * objects) and derives its figure from that table.
 */
import { checkLabelsOption, checkOptionLabel, countPairs, indexOfLabel, type PairCounts } from './internal/labels';
import {
  Deferred,
  booleanOf,
  checkPair,
  choiceOf,
  invalidLabel,
  invalidOption,
  optionsOf,
  scaledWeightsOf,
  undefinedMetric,
  unscaleCount,
  zeroDivisionOf,
} from './internal/validate';
import { colSums, labelSums, prfFromSums, reportFromCounts, rowSums, selectLabels, sumOf, type PrfSpec } from './internal/prf';
import type { Label } from './labels';
import type {
  Average,
  ClassificationReport,
  ClassificationReportOptions,
  ConfusionMatrixOptions,
  ConfusionMatrixResult,
  FbetaOptions,
  PrecisionRecallFscoreSupport,
  PrecisionRecallFscoreSupportOptions,
  PrecisionRecallOptions,
} from './classification-types';

// --------------------------------------------------------------- helpers --

interface Counted {
  pc: PairCounts;
  /** Weights divided by 2^exp so the largest is ≤ 1 (sums cannot overflow). */
  w: Float64Array | undefined;
  exp: number;
  d: Deferred;
  n: number;
}

/** Lengths, weights' finiteness and the pair count (NON_FINITE labels throw here). */
function count(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  sampleWeight: unknown,
  tName = 'yTrue',
  pName = 'yPred',
): Counted {
  const n = checkPair(yTrue, tName, yPred, pName);
  const d = new Deferred();
  const { w, exp } = scaledWeightsOf(sampleWeight as ArrayLike<number> | undefined, n, d);
  const pc = countPairs(yTrue, yPred, w, d, tName, pName);
  return { pc, w, exp, d, n };
}

/** Weighted counts back in the caller's units (identity when the weights were not scaled). */
function unscaler(exp: number): (x: number) => number {
  return exp === 0 ? (x) => x : (x) => unscaleCount(x, exp);
}

function refuseIfNoneInTrue(pc: PairCounts, sel: readonly number[], labels: readonly Label[] | undefined): void {
  if (labels === undefined) return;
  for (const s of sel) if (s >= 0 && pc.inTrue[s]) return;
  throw invalidLabel('options.labels', `none of ${JSON.stringify(labels).slice(0, 80)} occurs in yTrue`, { value: labels });
}

function total(w: Float64Array | undefined, n: number): number {
  return w === undefined ? n : sumOf(w);
}

function trace(pc: PairCounts): number {
  let s = 0;
  for (let i = 0; i < pc.k; i++) s += pc.counts[i * pc.k + i];
  return s;
}

function checkBeta(beta: unknown): number {
  if (typeof beta !== 'number' || Number.isNaN(beta) || beta < 0 || beta === -Infinity) {
    throw invalidOption('options.beta', `must be a number ≥ 0; got ${String(beta)}`, beta);
  }
  return beta;
}

const AVERAGES: readonly Average[] = ['binary', 'micro', 'macro', 'weighted', null];

/**
 * The option and label checks shared by the P/R/F family, in API.md's precedence order.
 * Returns which labels to score.
 */
function prfSpec(
  c: Counted,
  o: Partial<PrecisionRecallFscoreSupportOptions>,
  dfltAverage: Average,
  dfltBeta: number | undefined,
): PrfSpec {
  const { pc, d } = c;
  const average = choiceOf(o.average, AVERAGES, 'options.average', dfltAverage);
  const zd = zeroDivisionOf(o.zeroDivision);
  const beta = o.beta === undefined && dfltBeta !== undefined ? dfltBeta : checkBeta(o.beta);
  const posLabel = o.posLabel === undefined ? 1 : checkOptionLabel(o.posLabel, 'options.posLabel');
  const labels = checkLabelsOption(o.labels);
  if (average === 'binary' && pc.k > 2) {
    throw invalidOption(
      'options.average',
      `is 'binary' but the data has ${pc.k} classes; choose 'micro', 'macro', 'weighted' or null`,
      average,
    );
  }
  d.flush();
  if (average === 'binary') {
    // scikit-learn: labels is ignored; posLabel must be one of two present labels.
    const s = indexOfLabel(pc.classes, pc.kind, posLabel);
    if (s < 0 && pc.k >= 2) {
      throw invalidLabel(
        'options.posLabel',
        `${JSON.stringify(posLabel)} is not one of the labels ${JSON.stringify(pc.classes)}`,
        {
          value: posLabel,
        },
      );
    }
    return { average, beta, zd, sel: [s] };
  }
  if (labels === undefined) return { average, beta, zd, sel: pc.classes.map((_, i) => i) };
  const sel = selectLabels(pc, labels);
  refuseIfNoneInTrue(pc, sel, labels);
  return { average, beta, zd, sel };
}

function prf(
  fname: string,
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: Partial<PrecisionRecallFscoreSupportOptions> | undefined,
  dfltAverage: Average,
  dfltBeta: number | undefined,
): PrecisionRecallFscoreSupport {
  const o = optionsOf(options, fname);
  const c = count(yTrue, yPred, o.sampleWeight);
  const spec = prfSpec(c, o, dfltAverage, dfltBeta);
  const r = prfFromSums(labelSums(c.pc, spec.sel), spec);
  if (c.exp !== 0 && Array.isArray(r.support)) r.support = r.support.map((x) => unscaleCount(x, c.exp));
  return r;
}

// ------------------------------------------------------------ functions --

/**
 * Fraction (or, with `normalize: false`, the weighted count) of samples whose prediction
 * equals the truth. Same as scikit-learn's `accuracy_score`.
 *
 * @param options.normalize Return a fraction (true) or a count (false). @default true
 * @example
 * ```ts
 * accuracyScore([0, 1, 2, 2], [0, 2, 2, 2]); // 0.75
 * accuracyScore(['a', 'b'], ['a', 'a'], { normalize: false }); // 1
 * ```
 */
export function accuracyScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: { normalize?: boolean; sampleWeight?: ArrayLike<number> },
): number {
  const o = optionsOf(options, 'accuracyScore');
  const c = count(yTrue, yPred, o.sampleWeight);
  const normalize = booleanOf(o.normalize, 'options.normalize', true);
  c.d.flush();
  const hits = trace(c.pc);
  return normalize ? hits / total(c.w, c.n) : unscaleCount(hits, c.exp);
}

/**
 * Confusion matrix: `matrix[i][j]` counts samples of true class `labels[i]` predicted as
 * `labels[j]`. Same as scikit-learn's `confusion_matrix`; `normalize` rows with a zero
 * total give 0.
 *
 * @example
 * ```ts
 * confusionMatrix(['cat', 'dog', 'dog'], ['cat', 'cat', 'dog']);
 * // { labels: ['cat', 'dog'], matrix: [[1, 0], [1, 1]] }
 * ```
 */
export function confusionMatrix(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: ConfusionMatrixOptions,
): ConfusionMatrixResult {
  const o = optionsOf(options, 'confusionMatrix');
  const c = count(yTrue, yPred, o.sampleWeight);
  const normalize = choiceOf(o.normalize, ['true', 'pred', 'all', null] as const, 'options.normalize', null);
  const labels = checkLabelsOption(o.labels);
  c.d.flush();
  const { pc } = c;
  if (labels === undefined && normalize === null) {
    // The counts are the matrix: rows straight out of them, no index map or cell copy.
    const matrix: number[][] = [];
    for (let a = 0; a < pc.k; a++) matrix.push(Array.from(pc.counts.subarray(a * pc.k, a * pc.k + pc.k), unscaler(c.exp)));
    return { labels: pc.classes, matrix }; // pc is this call's own
  }
  const sel = labels === undefined ? pc.classes.map((_, i) => i) : selectLabels(pc, labels);
  refuseIfNoneInTrue(pc, sel, labels);
  const m = sel.length;
  const cells = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    if (sel[a] < 0) continue;
    for (let b = 0; b < m; b++) if (sel[b] >= 0) cells[a * m + b] = pc.counts[sel[a] * pc.k + sel[b]];
  }
  if (normalize !== null) {
    if (normalize === 'all') {
      const s = sumOf(cells);
      for (let i = 0; i < cells.length; i++) cells[i] = s === 0 ? 0 : cells[i] / s;
    } else {
      for (let a = 0; a < m; a++) {
        let s = 0;
        for (let b = 0; b < m; b++) s += normalize === 'true' ? cells[a * m + b] : cells[b * m + a];
        for (let b = 0; b < m; b++) {
          const at = normalize === 'true' ? a * m + b : b * m + a;
          cells[at] = s === 0 ? 0 : cells[at] / s;
        }
      }
    }
  }
  const matrix: number[][] = [];
  const back = unscaler(normalize === null ? c.exp : 0);
  for (let a = 0; a < m; a++) matrix.push(Array.from(cells.subarray(a * m, a * m + m), back));
  return { labels: labels === undefined ? pc.classes.slice() : labels.slice(), matrix };
}

/**
 * Precision tp / (tp + fp). Same as scikit-learn's `precision_score`. By default binary,
 * with positive label 1.
 *
 * @example
 * ```ts
 * precisionScore([0, 1, 1, 0], [0, 1, 0, 1]); // 0.5
 * precisionScore([0, 1, 2, 2], [0, 2, 2, 2], { average: 'macro' }); // 0.5555555555555555
 * ```
 */
export function precisionScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: PrecisionRecallOptions & { average: null },
): number[];
export function precisionScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrecisionRecallOptions): number;
export function precisionScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: PrecisionRecallOptions,
): number | number[] {
  return prf('precisionScore', yTrue, yPred, options, 'binary', 1).precision;
}

/**
 * Recall tp / (tp + fn). Same as scikit-learn's `recall_score`.
 *
 * @example
 * ```ts
 * recallScore([0, 1, 1, 0], [0, 1, 0, 1]); // 0.5
 * recallScore(['a', 'b', 'b'], ['a', 'a', 'b'], { average: null }); // [1, 0.5]
 * ```
 */
export function recallScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: PrecisionRecallOptions & { average: null },
): number[];
export function recallScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrecisionRecallOptions): number;
export function recallScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: PrecisionRecallOptions,
): number | number[] {
  return prf('recallScore', yTrue, yPred, options, 'binary', 1).recall;
}

/**
 * F1 score, the harmonic mean of precision and recall. Same as scikit-learn's `f1_score`.
 *
 * @example
 * ```ts
 * f1Score([0, 2, 1], [0, 1, 1], { average: 'macro' }); // 0.5555555555555555
 * ```
 */
export function f1Score(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: PrecisionRecallOptions & { average: null },
): number[];
export function f1Score(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrecisionRecallOptions): number;
export function f1Score(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrecisionRecallOptions): number | number[] {
  return prf('f1Score', yTrue, yPred, options, 'binary', 1).fbetaScore;
}

/**
 * F-beta score: (1 + β²)·P·R / (β²·P + R). Same as scikit-learn's `fbeta_score`;
 * `beta` goes in the options object.
 *
 * @example
 * ```ts
 * fbetaScore([0, 1, 1, 0], [0, 1, 0, 1], { beta: 2 }); // 0.5
 * ```
 */
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions & { average: null }): number[];
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions): number;
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions): number | number[] {
  return prf('fbetaScore', yTrue, yPred, options, 'binary', undefined).fbetaScore;
}

/**
 * Precision, recall, F-beta and support per label, or averaged. Same as scikit-learn's
 * `precision_recall_fscore_support` (its default `average` is `null`: one value per label).
 *
 * @example
 * ```ts
 * precisionRecallFscoreSupport(['a', 'b', 'b'], ['a', 'a', 'b']);
 * // { precision: [0.5, 1], recall: [1, 0.5], fbetaScore: [0.6666666666666666, 0.6666666666666666], support: [1, 2] }
 * precisionRecallFscoreSupport([0, 1, 2], [0, 2, 2], { average: 'macro' }).recall; // 0.6666666666666666
 * ```
 */
export function precisionRecallFscoreSupport(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: PrecisionRecallFscoreSupportOptions,
): PrecisionRecallFscoreSupport {
  return prf('precisionRecallFscoreSupport', yTrue, yPred, options, null, 1);
}

/**
 * Per-label precision, recall, F1 and support with micro (or accuracy), macro and weighted
 * averages. Same as scikit-learn's `classification_report(..., output_dict=True)` with the
 * keys camelCased (`f1Score`, `macroAvg`, `weightedAvg`, `microAvg`). Per-label keys are
 * `String(label)` (so `true`, not Python's `True`) or `targetNames[i]`. The result is a
 * null-prototype object: a class named `__proto__` keeps its row. A class named like a
 * summary key (`accuracy`, `microAvg`, `macroAvg`, `weightedAvg`) → `INVALID_LABEL` (where
 * scikit-learn would overwrite its row): rename it with `targetNames`; a repeated or
 * summary-named target name → `INVALID_OPTION`.
 *
 * @example
 * ```ts
 * const r = classificationReport(['a', 'b', 'b'], ['a', 'a', 'b']);
 * r.b; // { precision: 1, recall: 0.5, f1Score: 0.6666666666666666, support: 2 }
 * r.accuracy; // 0.6666666666666666
 * ```
 */
export function classificationReport(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: ClassificationReportOptions,
): ClassificationReport {
  const o = optionsOf(options, 'classificationReport');
  const c = count(yTrue, yPred, o.sampleWeight);
  const zd = zeroDivisionOf(o.zeroDivision);
  const labels = checkLabelsOption(o.labels);
  const names = o.targetNames;
  if (names !== undefined) {
    const want = labels === undefined ? c.pc.k : labels.length;
    if (!Array.isArray(names) || names.length !== want || names.some((x) => typeof x !== 'string')) {
      throw invalidOption('options.targetNames', `must be ${want} strings, one per label`, names);
    }
  }
  c.d.flush();
  if (labels !== undefined) refuseIfNoneInTrue(c.pc, selectLabels(c.pc, labels), labels);
  const report = reportFromCounts(c.pc, labels, names, zd);
  if (c.exp !== 0) {
    for (const row of Object.values(report) as unknown[]) {
      if (typeof row === 'object' && row !== null && 'support' in row) {
        const r = row as { support: number };
        r.support = unscaleCount(r.support, c.exp);
      }
    }
  }
  return report;
}

/**
 * Mean of per-class recall (classes of yTrue only), optionally adjusted for chance so that
 * random guessing scores 0. Same as scikit-learn's `balanced_accuracy_score`.
 *
 * @param options.adjusted Rescale so chance is 0 and perfect is 1. @default false
 * @example
 * ```ts
 * balancedAccuracyScore([0, 1, 0, 0, 1, 0], [0, 1, 0, 0, 0, 1]); // 0.625
 * ```
 */
export function balancedAccuracyScore(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: { sampleWeight?: ArrayLike<number>; adjusted?: boolean },
): number {
  const o = optionsOf(options, 'balancedAccuracyScore');
  const c = count(yTrue, yPred, o.sampleWeight);
  const adjusted = booleanOf(o.adjusted, 'options.adjusted', false);
  c.d.flush();
  const { pc } = c;
  const rows = rowSums(pc);
  let s = 0;
  let m = 0;
  for (let i = 0; i < pc.k; i++) {
    if (rows[i] === 0) continue; // a class seen only in yPred (or with zero weight): no recall
    s += pc.counts[i * pc.k + i] / rows[i];
    m++;
  }
  let score = s / m;
  if (adjusted) {
    if (m < 2) throw undefinedMetric('balancedAccuracyScore', 'the adjusted score needs at least two classes in yTrue');
    const chance = 1 / m;
    score = (score - chance) / (1 - chance);
  }
  return score;
}

/**
 * Matthews correlation coefficient (multiclass R_K statistic). Same as scikit-learn's
 * `matthews_corrcoef`; 0 when either marginal is constant.
 *
 * @example
 * ```ts
 * matthewsCorrcoef([1, 1, 1, -1], [1, -1, 1, 1]); // -0.3333333333333333
 * ```
 */
export function matthewsCorrcoef(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options?: { sampleWeight?: ArrayLike<number> },
): number {
  const o = optionsOf(options, 'matthewsCorrcoef');
  const c = count(yTrue, yPred, o.sampleWeight);
  c.d.flush();
  const { pc } = c;
  const t = rowSums(pc);
  const p = colSums(pc);
  const correct = trace(pc);
  const samples = sumOf(p);
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < pc.k; i++) {
    tp += t[i] * p[i];
    pp += p[i] * p[i];
    tt += t[i] * t[i];
  }
  const covTP = correct * samples - tp;
  const covPP = samples * samples - pp;
  const covTT = samples * samples - tt;
  if (covPP * covTT === 0) return 0;
  return covTP / Math.sqrt(covTT * covPP);
}

/**
 * Cohen's kappa, agreement between two annotators beyond chance, optionally with linear or
 * quadratic disagreement weights. Same as scikit-learn's `cohen_kappa_score`.
 *
 * @param options.labels Labels to use (and their order, which the weights follow). @default y1 ∪ y2, sorted
 * @param options.weights `'linear'` or `'quadratic'`. @default none
 * @example
 * ```ts
 * cohenKappaScore(['a', 'b', 'b', 'a'], ['a', 'b', 'a', 'a']); // 0.5
 * ```
 */
export function cohenKappaScore(
  y1: ArrayLike<Label>,
  y2: ArrayLike<Label>,
  options?: { labels?: ArrayLike<Label>; weights?: 'linear' | 'quadratic' | null; sampleWeight?: ArrayLike<number> },
): number {
  const o = optionsOf(options, 'cohenKappaScore');
  const c = count(y1, y2, o.sampleWeight, 'y1', 'y2');
  const weights = choiceOf(o.weights, ['linear', 'quadratic', null] as const, 'options.weights', null);
  const labels = checkLabelsOption(o.labels);
  c.d.flush();
  const { pc } = c;
  const sel = labels === undefined ? pc.classes.map((_, i) => i) : selectLabels(pc, labels);
  refuseIfNoneInTrue(pc, sel, labels);
  const m = sel.length;
  const cm = new Float64Array(m * m);
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) if (sel[a] >= 0 && sel[b] >= 0) cm[a * m + b] = pc.counts[sel[a] * pc.k + sel[b]];
  const sum0 = new Float64Array(m);
  const sum1 = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      sum0[b] += cm[a * m + b];
      sum1[a] += cm[a * m + b];
    }
  }
  const all = sumOf(sum0);
  let num = 0;
  let den = 0;
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      const d = a - b;
      const wgt = weights === null ? (a === b ? 0 : 1) : weights === 'linear' ? Math.abs(d) : d * d;
      num += wgt * cm[a * m + b];
      den += wgt * ((sum0[a] * sum1[b]) / all);
    }
  }
  const kappa = 1 - num / den;
  if (!Number.isFinite(kappa)) {
    throw undefinedMetric('cohenKappaScore', 'undefined: the expected disagreement is 0 (for example, one class only)');
  }
  return kappa;
}
