/**
 * The precision / recall / F-score machinery of the classification metrics, on a pair count
 * (see ./labels), shared with the classification accumulator.
 * Internal: not exported from the package root.
 */
import type {
  Average,
  ClassificationReport,
  ClassificationReportRow,
  PrecisionRecallFscoreSupport,
} from '../classification-types';
import { SextantError } from '../../errors';
import { show } from '../../internal/validate';
import type { Label } from '../labels';
import { indexOfLabel, type PairCounts } from './labels';

/** Indices into pc.classes of the requested labels (-1 for a label absent from the data). */
export function selectLabels(pc: PairCounts, labels: readonly Label[]): number[] {
  return labels.map((l) => indexOfLabel(pc.classes, pc.kind, l));
}

export function rowSums(pc: PairCounts): Float64Array {
  const { k, counts } = pc;
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += counts[i * k + j];
    out[i] = s;
  }
  return out;
}

export function colSums(pc: PairCounts): Float64Array {
  const { k, counts } = pc;
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) out[j] += counts[i * k + j];
  return out;
}

export function sumOf(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** Per-label true positives, predicted and true totals (zeros for labels absent from the data). */
export function labelSums(pc: PairCounts, sel: readonly number[]): { tp: Float64Array; pred: Float64Array; truth: Float64Array } {
  const rows = rowSums(pc);
  const cols = colSums(pc);
  const m = sel.length;
  const tp = new Float64Array(m);
  const pred = new Float64Array(m);
  const truth = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const s = sel[a];
    if (s < 0) continue;
    tp[a] = pc.counts[s * pc.k + s];
    pred[a] = cols[s];
    truth[a] = rows[s];
  }
  return { tp, pred, truth };
}

export interface PrfSpec {
  average: Average;
  beta: number;
  zd: 0 | 1;
  sel: number[];
}

export function divide(num: Float64Array, den: Float64Array, zd: 0 | 1): Float64Array {
  const out = new Float64Array(num.length);
  for (let i = 0; i < num.length; i++) out[i] = den[i] === 0 ? zd : num[i] / den[i];
  return out;
}

export function mean(a: Float64Array, weights?: Float64Array): number {
  if (weights === undefined) return sumOf(a) / a.length;
  let s = 0;
  let ws = 0;
  for (let i = 0; i < a.length; i++) {
    s += a[i] * weights[i];
    ws += weights[i];
  }
  return s / ws;
}

/** scikit-learn's precision_recall_fscore_support on per-label sums. */
export function prfFromSums(
  sums: { tp: Float64Array; pred: Float64Array; truth: Float64Array },
  spec: PrfSpec,
): PrecisionRecallFscoreSupport {
  const { average, beta, zd } = spec;
  let { tp, pred, truth } = sums;
  if (average === 'micro') {
    tp = Float64Array.of(sumOf(tp));
    pred = Float64Array.of(sumOf(pred));
    truth = Float64Array.of(sumOf(truth));
  }
  const precision = divide(tp, pred, zd);
  const recall = divide(tp, truth, zd);
  const beta2 = beta * beta;
  const f = new Float64Array(tp.length);
  for (let i = 0; i < f.length; i++) {
    if (beta === Infinity) f[i] = recall[i];
    else {
      if (beta2 === Infinity) {
        // β² overflows (β > ~1.3e154): divide through by β², F = (1/β² + 1)·P·R / (P + R/β²).
        const ib2 = (1 / beta) * (1 / beta);
        const den = precision[i] + recall[i] * ib2;
        f[i] = ((ib2 + 1) * precision[i] * recall[i]) / (den === 0 ? 1 : den);
        continue;
      }
      const denom = beta2 * precision[i] + recall[i];
      f[i] = ((1 + beta2) * precision[i] * recall[i]) / (denom === 0 ? 1 : denom);
    }
  }
  if (average === null) {
    return {
      precision: Array.from(precision),
      recall: Array.from(recall),
      fbetaScore: Array.from(f),
      support: Array.from(sums.truth),
    };
  }
  let weights: Float64Array | undefined;
  if (average === 'weighted') {
    weights = sums.truth;
    if (sumOf(weights) === 0) {
      // scikit-learn's special case: no true samples among the selected labels.
      if (sumOf(sums.pred) === 0) return { precision: zd, recall: zd, fbetaScore: zd, support: null };
      return { precision: 0, recall: zd, fbetaScore: 0, support: null };
    }
  }
  return { precision: mean(precision, weights), recall: mean(recall, weights), fbetaScore: mean(f, weights), support: null };
}

function reportRow(p: number, r: number, f: number, s: number): ClassificationReportRow {
  return { precision: p, recall: r, f1Score: f, support: s };
}

/** The report's summary keys: a row may not take one of these names (see {@link reportKeys}). */
export const REPORT_SUMMARY_KEYS: readonly string[] = ['accuracy', 'microAvg', 'macroAvg', 'weightedAvg'];

/**
 * The per-label keys of a report: `targetNames[i]`, else `String(label)`. scikit-learn's
 * dict silently lets a class named "accuracy" be overwritten by the summary; we keep its
 * shape and refuse instead, so no row is ever lost: a label named like a summary key
 * (`accuracy`, `microAvg`, `macroAvg`, `weightedAvg`) is INVALID_LABEL (rename it with
 * `targetNames`), a target name that is one, or repeats another, is INVALID_OPTION.
 */
export function reportKeys(shown: readonly Label[], targetNames: readonly string[] | undefined, fname: string): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < shown.length; i++) {
    const key = targetNames ? targetNames[i] : String(shown[i]);
    if (targetNames !== undefined && (seen.has(key) || REPORT_SUMMARY_KEYS.includes(key))) {
      throw new SextantError(
        'INVALID_OPTION',
        `${fname}: options.targetNames[${i}] is ${show(key)}, ${seen.has(key) ? 'which names an earlier row too' : "the name of one of the report's summary keys"}; each row needs a name of its own`,
        { argument: 'options.targetNames', index: i, value: key },
      );
    }
    if (targetNames === undefined && REPORT_SUMMARY_KEYS.includes(key)) {
      throw new SextantError(
        'INVALID_LABEL',
        `${fname}: the class ${show(shown[i])} has the name of the report's summary key "${key}", which would hide its row; rename it with options.targetNames`,
        { argument: 'yTrue', value: shown[i] },
      );
    }
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/**
 * classification_report(output_dict=True) from a pair count. Shared with the accumulator.
 * The result is a null-prototype object, so a class named `__proto__`, `constructor` or
 * `toString` is a row like any other (and JSON.stringify still writes it).
 */
export function reportFromCounts(
  pc: PairCounts,
  labels: readonly Label[] | undefined,
  targetNames: readonly string[] | undefined,
  zd: 0 | 1,
  fname = 'classificationReport',
): ClassificationReport {
  const sel = labels === undefined ? pc.classes.map((_, i) => i) : selectLabels(pc, labels);
  const shown = labels === undefined ? pc.classes : labels;
  const keys = reportKeys(shown, targetNames, fname);
  const sums = labelSums(pc, sel);
  const per = prfFromSums(sums, { average: null, beta: 1, zd, sel });
  const out = Object.create(null) as Record<string, ClassificationReportRow | number>;
  const p = per.precision as number[];
  const r = per.recall as number[];
  const f = per.fbetaScore as number[];
  const s = per.support as number[];
  for (let i = 0; i < sel.length; i++) out[keys[i]] = reportRow(p[i], r[i], f[i], s[i]);
  const supportTotal = sumOf(s);
  // scikit-learn: "accuracy" when the labels are all of yTrue ∪ yPred, else a micro average.
  let microIsAccuracy = true;
  if (labels !== undefined) {
    const covered = new Set(sel.filter((x) => x >= 0));
    microIsAccuracy = covered.size === pc.k && sel.every((x) => x >= 0);
  }
  const micro = prfFromSums(sums, { average: 'micro', beta: 1, zd, sel });
  if (microIsAccuracy) out.accuracy = micro.precision as number;
  else out.microAvg = reportRow(micro.precision as number, micro.recall as number, micro.fbetaScore as number, supportTotal);
  for (const [key, average] of [
    ['macroAvg', 'macro'],
    ['weightedAvg', 'weighted'],
  ] as const) {
    const a = prfFromSums(sums, { average, beta: 1, zd, sel });
    out[key] = reportRow(a.precision as number, a.recall as number, a.fbetaScore as number, supportTotal);
  }
  return out as unknown as ClassificationReport;
}
