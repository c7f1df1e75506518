/**
 * Ranking metrics from scores: ROC and precision–recall curves, ROC AUC (binary,
 * one-vs-rest, one-vs-one) and average precision, with scikit-learn 1.2 parity. Scores are
 * sorted with a radix sort on Float64Array keys; unweighted binary AUC is the
 * Mann–Whitney statistic of the two sorted halves (no curve is built).
 */
import { checkOptionLabel, encodeLabels, indexOfLabel, isIntTyped, type Encoded } from './internal/labels';
import { argsortStable } from './internal/argsort';
import { sortedCopy } from '../internal/sort';
import {
  Deferred,
  booleanOf,
  checkPair,
  checkWeightLength,
  choiceOf,
  floatArray,
  invalidLabel,
  invalidOption,
  invalidValue,
  optionsOf,
  undefinedMetric,
  scaledWeightsOf,
} from './internal/validate';
import { SextantError } from '../errors';
import { isArrayLike } from '../internal/validate';
import type { Label } from './labels';

/** Result of {@link rocCurve}. */
export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Decreasing; `thresholds[0]` is `Infinity` (scikit-learn ≥ 1.3). */
  thresholds: number[];
}

/** Result of {@link precisionRecallCurve}. */
export interface PrecisionRecallCurve {
  precision: number[];
  recall: number[];
  /** Increasing; one fewer than `precision` and `recall`. */
  thresholds: number[];
}

/** Options of {@link rocCurve}. */
export interface RocCurveOptions {
  /** @default 1 */
  posLabel?: Label;
  sampleWeight?: ArrayLike<number>;
  /** Drop thresholds whose point is collinear with its neighbours. @default true */
  dropIntermediate?: boolean;
}

/** Options of {@link rocAucScore}. */
export interface RocAucOptions {
  sampleWeight?: ArrayLike<number>;
  /** Binary only: standardised partial AUC up to this false-positive rate (McClish), in (0, 1]. */
  maxFpr?: number;
  /** 2-D scores: one-vs-rest or one-vs-one. @default 'ovr' */
  multiClass?: 'ovr' | 'ovo';
  /** 2-D scores: how per-class (or per-pair) AUCs are combined; `'micro'` is one-vs-rest only. @default 'macro' */
  average?: 'macro' | 'weighted' | 'micro';
  /** 2-D scores: the classes, sorted, one per column. @default the classes of yTrue */
  labels?: ArrayLike<Label>;
}

// ---------------------------------------------------------------- input --

interface Binary {
  isPos: Uint8Array;
  score: Float64Array;
  w: Float64Array | undefined;
}

interface RawBinary {
  enc: Encoded;
  score: Float64Array;
  w: Float64Array | undefined;
  d: Deferred;
}

/** Lengths, then non-finite labels / scores / weights. */
function readBinary(
  fname: string,
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  sampleWeight: unknown,
  scoreName: string,
): RawBinary {
  const n = checkPair(yTrue, 'yTrue', yScore, scoreName);
  checkWeightLength(sampleWeight, n);
  const d = new Deferred();
  if (isArrayLike(yScore[0])) {
    throw invalidOption(scoreName, `must be 1-D (one score per sample) for ${fname}`);
  }
  const { w } = scaledWeightsOf(sampleWeight as ArrayLike<number> | undefined, n, d);
  const score = floatArray(yScore, scoreName, d);
  const enc = encodeLabels(yTrue, 'yTrue', d);
  return { enc, score, w, d };
}

/** The positive class: posLabel among at most two classes of yTrue (API.md edge rules). */
function positiveOf(enc: Encoded, posLabel: Label, needTwo: boolean, fname: string): number {
  const k = enc.classes.length;
  if (k > 2) {
    throw invalidLabel('yTrue', `${fname} needs binary yTrue, got ${k} classes ${JSON.stringify(enc.classes.slice(0, 10))}`);
  }
  const pos = indexOfLabel(enc.classes, enc.kind, posLabel);
  if (k === 2 && pos < 0) {
    throw invalidLabel(
      'options.posLabel',
      `${JSON.stringify(posLabel)} is not one of the labels ${JSON.stringify(enc.classes)}`,
      {
        value: posLabel,
      },
    );
  }
  if (needTwo && k < 2) {
    throw invalidLabel('yTrue', `${fname} needs both classes in yTrue, but only ${JSON.stringify(enc.classes[0])} occurs`);
  }
  return pos;
}

function isPositive(enc: Encoded, pos: number): Uint8Array {
  const n = enc.codes.length;
  const out = new Uint8Array(n);
  const c = enc.codes;
  for (let i = 0; i < n; i++) out[i] = c[i] === pos ? 1 : 0;
  return out;
}

// ---------------------------------------------------------------- curve --

interface ClfCurve {
  fps: Float64Array;
  tps: Float64Array;
  thresholds: Float64Array;
}

/**
 * scikit-learn's `_binary_clf_curve`: cumulative false / true positives at each distinct
 * score, scores decreasing. Zero-weight samples are dropped first, as scikit-learn does.
 */
function clfCurve(b: Binary): ClfCurve {
  let { isPos, score, w } = b;
  if (w !== undefined) {
    let m = 0;
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) m++;
    if (m < w.length) {
      const p2 = new Uint8Array(m);
      const s2 = new Float64Array(m);
      const w2 = new Float64Array(m);
      for (let i = 0, j = 0; i < w.length; i++) {
        if (w[i] === 0) continue;
        p2[j] = isPos[i];
        s2[j] = score[i];
        w2[j++] = w[i];
      }
      isPos = p2;
      score = s2;
      w = w2;
    }
  }
  const n = score.length;
  // Ascending stable order read backwards = NumPy's argsort(kind='mergesort')[::-1].
  const order = argsortStable(score);
  let distinct = 1;
  for (let j = n - 1; j > 0; j--) if (score[order[j]] !== score[order[j - 1]]) distinct++;
  const fps = new Float64Array(distinct);
  const tps = new Float64Array(distinct);
  const thresholds = new Float64Array(distinct);
  let tp = 0;
  let fp = 0;
  let at = 0;
  for (let j = 0; j < n; j++) {
    const e = order[n - 1 - j];
    if (w === undefined) tp += isPos[e];
    else if (isPos[e]) tp += w[e];
    else fp += w[e];
    const last = j === n - 1 || score[order[n - 2 - j]] !== score[e];
    if (last) {
      tps[at] = tp;
      fps[at] = w === undefined ? 1 + j - tp : fp;
      thresholds[at++] = score[e];
    }
  }
  return { fps, tps, thresholds };
}

function rocFromCurve(
  c: ClfCurve,
  dropIntermediate: boolean,
): { fpr: Float64Array; tpr: Float64Array; thresholds: Float64Array } {
  let { fps, tps, thresholds } = c;
  const m = fps.length;
  if (dropIntermediate && m > 2) {
    const keep: number[] = [0];
    for (let i = 1; i < m - 1; i++) {
      const dF = fps[i + 1] - fps[i] - (fps[i] - fps[i - 1]);
      const dT = tps[i + 1] - tps[i] - (tps[i] - tps[i - 1]);
      if (dF !== 0 || dT !== 0) keep.push(i);
    }
    keep.push(m - 1);
    fps = Float64Array.from(keep, (i) => c.fps[i]);
    tps = Float64Array.from(keep, (i) => c.tps[i]);
    thresholds = Float64Array.from(keep, (i) => c.thresholds[i]);
  }
  const k = fps.length + 1;
  const fpr = new Float64Array(k);
  const tpr = new Float64Array(k);
  const thr = new Float64Array(k);
  const fLast = fps[fps.length - 1];
  const tLast = tps[tps.length - 1];
  thr[0] = Infinity;
  for (let i = 1; i < k; i++) {
    fpr[i] = fps[i - 1] / fLast;
    tpr[i] = tps[i - 1] / tLast;
    thr[i] = thresholds[i - 1];
  }
  return { fpr, tpr, thresholds: thr };
}

function trapezoid(x: ArrayLike<number>, y: ArrayLike<number>, m = x.length): number {
  let s = 0;
  for (let i = 1; i < m; i++) s += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return s;
}

/** Unweighted binary AUC: Mann–Whitney U of the sorted positive and negative scores. */
function mannWhitneyAuc(isPos: Uint8Array, score: Float64Array): number {
  const n = score.length;
  let n1 = 0;
  for (let i = 0; i < n; i++) n1 += isPos[i];
  const n0 = n - n1;
  const pos = new Float64Array(n1);
  const neg = new Float64Array(n0);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    if (isPos[i]) pos[a++] = score[i];
    else neg[b++] = score[i];
  }
  return mannWhitneySorted(sortedCopy(pos), sortedCopy(neg));
}

/** 2U / (2·n1·n0) from sorted positive and negative scores, ties counting one half. */
function mannWhitneySorted(sp: Float64Array, sn: Float64Array): number {
  const n1 = sp.length;
  const n0 = sn.length;
  let twoU = 0;
  let i = 0;
  let j = 0;
  while (i < n1) {
    const v = sp[i];
    let cp = 0;
    while (i < n1 && sp[i] === v) {
      i++;
      cp++;
    }
    while (j < n0 && sn[j] < v) j++;
    let jj = j;
    while (jj < n0 && sn[jj] === v) jj++;
    twoU += cp * (2 * j + (jj - j));
    j = jj;
  }
  return twoU / (2 * n1 * n0);
}

/**
 * Binary AUC straight from integer labels and typed float scores, without weights: one pass
 * for the two classes (min, max and how often the max occurs), one pass splitting the scores
 * (checking them as it goes), two radix sorts and a merge. Returns undefined whenever anything
 * is unusual (another class, a NaN, one class only), leaving the checked path to refuse it.
 */
function fastBinaryAuc(yTrue: ArrayLike<unknown>, yScore: ArrayLike<unknown>): number | undefined {
  if (!(yScore instanceof Float64Array || yScore instanceof Float32Array)) return undefined;
  if (!isIntTyped(yTrue) && !(Array.isArray(yTrue) && typeof yTrue[0] === 'number')) return undefined;
  const y = yTrue as ArrayLike<number>;
  const n = y.length;
  if (n !== yScore.length || n === 0) return undefined;
  let mn = y[0];
  let mx = y[0];
  let n1 = 0;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (v > mx) {
      mx = v;
      n1 = 1;
    } else if (v === mx) n1++;
    else if (v < mn) mn = v;
  }
  // Integers only (NaN and non-numbers fail this too), and two distinct classes.
  if (!(mn < mx) || (mn | 0) !== mn || (mx | 0) !== mx) return undefined;
  const n0 = n - n1;
  const pos = new Float64Array(n1);
  const neg = new Float64Array(n0);
  let a = 0;
  let b = 0;
  let bad = false;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    const x = yScore[i];
    if (x - x !== 0) bad = true;
    if (v === mx) pos[a++] = x;
    else if (v === mn && b < n0) neg[b++] = x;
    else bad = true;
  }
  if (bad || b !== n0) return undefined;
  return mannWhitneySorted(sortedCopy(pos), sortedCopy(neg));
}

/** scikit-learn's `_binary_roc_auc_score` (both classes present). */
function binaryAuc(b: Binary, maxFpr: number | undefined): number {
  if (b.w === undefined && maxFpr === undefined) return mannWhitneyAuc(b.isPos, b.score);
  const { fpr, tpr } = rocFromCurve(clfCurve(b), true);
  if (maxFpr === undefined || maxFpr === 1) return trapezoid(fpr, tpr);
  // Partial AUC up to maxFpr with one interpolated point, then McClish's standardisation.
  let stop = 0;
  while (stop < fpr.length && fpr[stop] <= maxFpr) stop++;
  const x0 = fpr[stop - 1];
  const x1 = fpr[stop];
  const y0 = tpr[stop - 1];
  const y1 = tpr[stop];
  const yi = ((y1 - y0) / (x1 - x0)) * (maxFpr - x0) + y0;
  const xs = Float64Array.from({ length: stop + 1 }, (_, i) => (i < stop ? fpr[i] : maxFpr));
  const ys = Float64Array.from({ length: stop + 1 }, (_, i) => (i < stop ? tpr[i] : yi));
  const partial = trapezoid(xs, ys);
  const minArea = 0.5 * maxFpr * maxFpr;
  return 0.5 * (1 + (partial - minArea) / (maxFpr - minArea));
}

// ------------------------------------------------------------ functions --

/**
 * Receiver operating characteristic: false- and true-positive rates at each distinct score
 * threshold. Same as scikit-learn's `roc_curve` (with `thresholds[0] = Infinity`, as
 * scikit-learn ≥ 1.3). yTrue must hold both classes.
 *
 * @throws SextantError `INVALID_LABEL` when yTrue holds one class, or three or more whatever
 *   `posLabel` is (scikit-learn: "multiclass format is not supported"); or when `posLabel` is
 *   not one of the two classes.
 * @example
 * ```ts
 * rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
 * // { fpr: [0, 0, 0.5, 0.5, 1], tpr: [0, 0.5, 0.5, 1, 1], thresholds: [Infinity, 0.8, 0.4, 0.35, 0.1] }
 * ```
 */
export function rocCurve(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, options?: RocCurveOptions): RocCurve {
  const o = optionsOf(options, 'rocCurve');
  const r = readBinary('rocCurve', yTrue, yScore, o.sampleWeight, 'yScore');
  const posLabel = o.posLabel === undefined ? 1 : checkOptionLabel(o.posLabel, 'options.posLabel');
  const drop = booleanOf(o.dropIntermediate, 'options.dropIntermediate', true);
  r.d.flush();
  const pos = positiveOf(r.enc, posLabel, true, 'rocCurve');
  const roc = rocFromCurve(clfCurve({ isPos: isPositive(r.enc, pos), score: r.score, w: r.w }), drop);
  return { fpr: Array.from(roc.fpr), tpr: Array.from(roc.tpr), thresholds: Array.from(roc.thresholds) };
}

/**
 * Precision and recall at each distinct score threshold. Same as scikit-learn's
 * `precision_recall_curve` (1.2: no truncation at full recall; the last point is
 * precision 1, recall 0). yTrue must hold both classes.
 *
 * @throws SextantError `INVALID_LABEL` when yTrue holds one class, or three or more whatever
 *   `posLabel` is (scikit-learn: "multiclass format is not supported"); or when `posLabel` is
 *   not one of the two classes.
 * @example
 * ```ts
 * precisionRecallCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
 * // { precision: [0.5, 0.6666666666666666, 0.5, 1, 1], recall: [1, 1, 0.5, 0.5, 0], thresholds: [0.1, 0.35, 0.4, 0.8] }
 * ```
 */
export function precisionRecallCurve(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  options?: { posLabel?: Label; sampleWeight?: ArrayLike<number> },
): PrecisionRecallCurve {
  const o = optionsOf(options, 'precisionRecallCurve');
  const r = readBinary('precisionRecallCurve', yTrue, yScore, o.sampleWeight, 'yScore');
  const posLabel = o.posLabel === undefined ? 1 : checkOptionLabel(o.posLabel, 'options.posLabel');
  r.d.flush();
  const pos = positiveOf(r.enc, posLabel, true, 'precisionRecallCurve');
  const pr = prCurve(clfCurve({ isPos: isPositive(r.enc, pos), score: r.score, w: r.w }));
  return { precision: Array.from(pr.precision), recall: Array.from(pr.recall), thresholds: Array.from(pr.thresholds) };
}

function prCurve(c: ClfCurve): { precision: Float64Array; recall: Float64Array; thresholds: Float64Array } {
  const m = c.tps.length;
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const thresholds = new Float64Array(m);
  const tLast = c.tps[m - 1];
  for (let i = 0; i < m; i++) {
    const j = m - 1 - i;
    const ps = c.tps[j] + c.fps[j];
    precision[i] = ps !== 0 ? c.tps[j] / ps : 0;
    recall[i] = tLast === 0 ? 1 : c.tps[j] / tLast;
    thresholds[i] = c.thresholds[j];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds };
}

/**
 * Average precision: Σ (Rₙ − Rₙ₋₁)·Pₙ over the precision–recall curve (no interpolation).
 * Same as scikit-learn's `average_precision_score` (binary). With no positive sample the
 * value does not exist: `UNDEFINED_METRIC`.
 *
 * @example
 * ```ts
 * averagePrecisionScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]); // 0.8333333333333333
 * ```
 */
export function averagePrecisionScore(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  options?: { posLabel?: Label; sampleWeight?: ArrayLike<number> },
): number {
  const o = optionsOf(options, 'averagePrecisionScore');
  const r = readBinary('averagePrecisionScore', yTrue, yScore, o.sampleWeight, 'yScore');
  const posLabel = o.posLabel === undefined ? 1 : checkOptionLabel(o.posLabel, 'options.posLabel');
  r.d.flush();
  const pos = positiveOf(r.enc, posLabel, false, 'averagePrecisionScore');
  const isPos = isPositive(r.enc, pos);
  let hasPos = false;
  for (let i = 0; i < isPos.length && !hasPos; i++) hasPos = isPos[i] === 1 && (r.w === undefined || r.w[i] > 0);
  if (!hasPos)
    throw undefinedMetric(
      'averagePrecisionScore',
      'yTrue has no positive sample, so recall (and average precision) is undefined',
    );
  const { precision, recall } = prCurve(clfCurve({ isPos, score: r.score, w: r.w }));
  let ap = 0;
  for (let i = 0; i + 1 < recall.length; i++) ap -= (recall[i + 1] - recall[i]) * precision[i];
  return ap;
}

/** 2-D scores as one row-major Float64Array (rows must all have `cols` entries). */
function readRows(rows: ArrayLike<ArrayLike<number>>, name: string, d: Deferred): { data: Float64Array; cols: number } {
  const n = rows.length;
  const first = rows[0];
  const cols = first.length;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (!isArrayLike(r)) throw invalidOption(`${name}[${i}]`, `must be a row of scores (an array), got ${String(r)}`, r);
    if (r.length !== cols) {
      throw new SextantError('LENGTH_MISMATCH', `${name}[${i}] has ${r.length} entries but ${name}[0] has ${cols}`, {
        argument: name,
        index: i,
      });
    }
  }
  const data = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    const row = floatArray(rows[i], `${name}[${i}]`, d);
    data.set(row, i * cols);
  }
  return { data, cols };
}

/**
 * Area under the ROC curve. Same as scikit-learn's `roc_auc_score`: binary with 1-D scores
 * (the greater label is positive; optional `maxFpr` partial AUC); multiclass with 2-D scores
 * (rows of class probabilities in sorted label order summing to 1), one-vs-rest or
 * one-vs-one (Hand & Till). 2-D scores default to `multiClass: 'ovr'` (scikit-learn
 * raises instead).
 *
 * @example
 * ```ts
 * rocAucScore([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]); // 0.75
 * rocAucScore(['a', 'b', 'c'], [[0.8, 0.1, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6]], { multiClass: 'ovo' }); // 1
 * ```
 */
export function rocAucScore(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options?: RocAucOptions,
): number {
  const o = optionsOf(options, 'rocAucScore');
  if ((o.sampleWeight === undefined || o.sampleWeight === null) && o.maxFpr === undefined && o.multiClass === undefined) {
    const v = fastBinaryAuc(yTrue, yScore);
    if (v !== undefined) return v;
  }
  const n = checkPair(yTrue, 'yTrue', yScore, 'yScore');
  if (isArrayLike((yScore as ArrayLike<unknown>)[0])) return multiclassAuc(yTrue, yScore as ArrayLike<ArrayLike<number>>, o, n);
  const r = readBinary('rocAucScore', yTrue, yScore as ArrayLike<number>, o.sampleWeight, 'yScore');
  let maxFpr: number | undefined;
  if (o.maxFpr !== undefined) {
    maxFpr = o.maxFpr;
    if (typeof maxFpr !== 'number' || !(maxFpr > 0 && maxFpr <= 1))
      throw invalidOption('options.maxFpr', `must be in (0, 1]; got ${String(maxFpr)}`, maxFpr);
  }
  if (o.multiClass !== undefined) choiceOf(o.multiClass, ['ovr', 'ovo'] as const, 'options.multiClass', 'ovr');
  r.d.flush();
  const k = r.enc.classes.length;
  if (k !== 2) {
    throw invalidLabel(
      'yTrue',
      k < 2
        ? `rocAucScore needs both classes in yTrue, but only ${JSON.stringify(r.enc.classes[0])} occurs`
        : `has ${k} classes; pass 2-D scores (one column per class) for a multiclass AUC`,
    );
  }
  return binaryAuc({ isPos: isPositive(r.enc, 1), score: r.score, w: r.w }, maxFpr);
}

function multiclassAuc(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<ArrayLike<number>>,
  o: Partial<RocAucOptions>,
  n: number,
): number {
  const d = new Deferred();
  const { w } = scaledWeightsOf(o.sampleWeight, n, d);
  const { data, cols } = readRows(yScore, 'yScore', d);
  const enc = encodeLabels(yTrue, 'yTrue', d);
  const multiClass = choiceOf(o.multiClass, ['ovr', 'ovo'] as const, 'options.multiClass', 'ovr');
  const average = choiceOf(
    o.average,
    multiClass === 'ovr' ? (['macro', 'weighted', 'micro'] as const) : (['macro', 'weighted'] as const),
    'options.average',
    'macro',
  );
  if (o.maxFpr !== undefined && o.maxFpr !== 1)
    throw invalidOption('options.maxFpr', 'is binary only (scikit-learn has no multiclass partial AUC)', o.maxFpr);
  if (multiClass === 'ovo' && w !== undefined)
    throw invalidOption('options.sampleWeight', "is not supported with multiClass: 'ovo' (as in scikit-learn)");
  let labels: Label[] | undefined;
  if (o.labels !== undefined) {
    const l = o.labels;
    if (!isArrayLike(l)) throw invalidOption('options.labels', 'must be an array of labels', l);
    labels = Array.from(l as ArrayLike<Label>, (x, i) => checkOptionLabel(x, `options.labels[${i}]`));
    for (let i = 1; i < labels.length; i++) {
      const a = labels[i - 1];
      const b = labels[i];
      const ordered = typeof a === typeof b && (typeof a === 'string' ? a < (b as string) : (a as number) < (b as number));
      if (!ordered) throw invalidOption('options.labels', 'must be unique and sorted', l);
    }
    if (labels.length !== cols)
      throw invalidOption('options.labels', `has ${labels.length} labels but yScore has ${cols} columns`, l);
  }
  // Rows must be probability distributions (np.allclose(1, row sum)).
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += data[i * cols + j];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
      throw invalidValue(`yScore[${i}]`, `sums to ${s}; multiclass scores must be probabilities summing to 1 per row`, {
        index: i,
        value: s,
      });
    }
  }
  d.flush();
  // Column of each sample's class.
  const col = new Int32Array(n);
  if (labels === undefined) {
    if (enc.classes.length !== cols) {
      throw invalidLabel('yTrue', `has ${enc.classes.length} classes but yScore has ${cols} columns; pass options.labels`);
    }
    col.set(enc.codes);
  } else {
    const map = enc.classes.map((c) => indexOfLabel(labels as Label[], enc.kind, c));
    const missing = map.indexOf(-1);
    if (missing >= 0)
      throw invalidLabel('yTrue', `contains ${JSON.stringify(enc.classes[missing])}, which is not in options.labels`);
    for (let i = 0; i < n; i++) col[i] = map[enc.codes[i]];
  }
  const present = new Float64Array(cols);
  for (let i = 0; i < n; i++) present[col[i]] += w === undefined ? 1 : w[i];
  const counted = new Uint8Array(cols);
  for (let i = 0; i < n; i++) counted[col[i]] = 1;

  if (multiClass === 'ovr') {
    for (let c = 0; c < cols; c++) {
      if (!counted[c]) {
        const name = labels === undefined ? enc.classes[c] : labels[c];
        throw invalidLabel('yTrue', `class ${JSON.stringify(name)} never occurs, so its one-vs-rest AUC is undefined`);
      }
    }
    if (average === 'micro') {
      const isPos = new Uint8Array(n * cols);
      for (let i = 0; i < n; i++) isPos[i * cols + col[i]] = 1;
      let wr: Float64Array | undefined;
      if (w !== undefined) {
        wr = new Float64Array(n * cols);
        for (let i = 0; i < n; i++) wr.fill(w[i], i * cols, i * cols + cols);
      }
      return binaryAuc({ isPos, score: data, w: wr }, undefined);
    }
    const scores = new Float64Array(cols);
    for (let c = 0; c < cols; c++) {
      const isPos = new Uint8Array(n);
      const s = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        isPos[i] = col[i] === c ? 1 : 0;
        s[i] = data[i * cols + c];
      }
      if (counted[c] && present[c] === 0) throw invalidLabel('yTrue', `class at column ${c} has zero total weight`);
      scores[c] = binaryAuc({ isPos, score: s, w }, undefined);
    }
    if (average === 'macro') {
      let s = 0;
      for (let c = 0; c < cols; c++) s += scores[c];
      return s / cols;
    }
    let s = 0;
    let ws = 0;
    for (let c = 0; c < cols; c++) {
      s += scores[c] * present[c];
      ws += present[c];
    }
    return s / ws;
  }
  // One-vs-one (Hand & Till 2001) over the classes present in yTrue.
  const cls: number[] = [];
  for (let c = 0; c < cols; c++) if (counted[c]) cls.push(c);
  if (cls.length < 2) throw invalidLabel('yTrue', 'needs at least two classes for a one-vs-one AUC');
  let s = 0;
  let ws = 0;
  for (let x = 0; x < cls.length; x++) {
    for (let y = x + 1; y < cls.length; y++) {
      const a = cls[x];
      const b = cls[y];
      let m = 0;
      for (let i = 0; i < n; i++) if (col[i] === a || col[i] === b) m++;
      const aPos = new Uint8Array(m);
      const bPos = new Uint8Array(m);
      const aScore = new Float64Array(m);
      const bScore = new Float64Array(m);
      for (let i = 0, j = 0; i < n; i++) {
        if (col[i] !== a && col[i] !== b) continue;
        aPos[j] = col[i] === a ? 1 : 0;
        bPos[j] = 1 - aPos[j];
        aScore[j] = data[i * cols + a];
        bScore[j++] = data[i * cols + b];
      }
      const pair = (mannWhitneyAuc(aPos, aScore) + mannWhitneyAuc(bPos, bScore)) / 2;
      const weight = average === 'weighted' ? m / n : 1;
      s += pair * weight;
      ws += weight;
    }
  }
  return s / ws;
}
