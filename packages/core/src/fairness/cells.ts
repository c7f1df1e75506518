/**
 * The confusion cells behind the disparity metrics: inputs checked in API.md's precedence
 * and reduced to, per group, the weight of its TN, FP, FN and TP rows. Shared by the
 * disparity functions and the bootstrap; internal to `fairness/`.
 *
 * Hot path: one Map lookup per row turns the sensitive feature into an Int32Array of group
 * codes; each row then adds its weight to one of its group's four cells.
 */
import { SextantError } from '../errors';
import { scaleExponent } from '../internal/hostile';
import { assertOneOf, show } from '../internal/validate';
import {
  alternatePosLabel,
  assertGroupsValid,
  assertLabelTypes,
  checkMethod,
  checkPosLabel,
  checkShapes,
  checkWeightValues,
  disparity,
  encodeGroups,
  finiteWeights,
  requireSensitiveFeatures,
  scanLabels,
  type DisparityMethod,
  type EncodedGroups,
  type FairnessLabel,
  type LabelScan,
} from './groups';

/** How equalized odds combines its TPR and FPR parts (Fairlearn's `agg`). */
export type EqualizedOddsAggregation = 'worst_case' | 'mean';

const AGGS: readonly EqualizedOddsAggregation[] = ['worst_case', 'mean'];

/** Which labels a statistic reads: selection rate needs only `yPred`; TPR/FPR need binary `yTrue ∪ yPred`. */
export type LabelUse = 'pred' | 'binary';

/**
 * Inputs checked and reduced to what every disparity needs. `rowCell[i]` is
 * `4 · group + 2 · [yTrue is positive] + [yPred is positive]`, so `cells` holds, for
 * each group, the weight of its TN, FP, FN and TP rows.
 */
export interface PreparedBinary {
  groups: EncodedGroups;
  rowCell: Int32Array;
  weights: Float64Array | undefined;
  cells: Float64Array;
  method: DisparityMethod;
  agg: EqualizedOddsAggregation;
}

/** Check the inputs of a disparity function in API.md's precedence and count its cells. */
export function prepareBinary(yTrue: unknown, yPred: unknown, options: unknown, use: LabelUse): PreparedBinary {
  const input = checkShapes(yTrue, yPred, options);
  const o = (options ?? {}) as { posLabel?: unknown; method?: unknown; agg?: unknown };
  // NON_FINITE, scanning each array once.
  const rawPos = o.posLabel === undefined ? 1 : o.posLabel;
  const posAlt = alternatePosLabel(rawPos as FairnessLabel);
  const trueScan = scanLabels(input.yTrue, 'yTrue', rawPos, posAlt);
  const predScan = scanLabels(input.yPred, 'yPred', rawPos, posAlt);
  const groups = input.sf ? encodeGroups(input.sf) : undefined;
  const weights = finiteWeights(input.weightsRaw);
  // INVALID_OPTION
  requireSensitiveFeatures(input.sf);
  const pos = checkPosLabel(o.posLabel);
  const method = checkMethod(o.method);
  const agg = o.agg === undefined ? 'worst_case' : o.agg;
  assertOneOf(agg, AGGS, 'options.agg');
  // INVALID_OPTION (a negative weight), then INVALID_VALUE (weights summing to 0)
  checkWeightValues(weights);
  const g = groups as EncodedGroups;
  const G = g.values.length;
  // INVALID_LABEL
  assertLabelTypes(trueScan, input.yTrue, 'yTrue');
  assertLabelTypes(predScan, input.yPred, 'yPred');
  assertGroupsValid(g, input.sf);
  if (use === 'binary') assertBinary(trueScan, predScan, pos, posAlt);
  else assertPosPresent(predScan, 'yPred', pos, posAlt);

  const n = input.yTrue.length;
  const codes = g.codes;
  const tp = trueScan.positive;
  const pp = predScan.positive;
  const rowCell = new Int32Array(n);
  const cells = new Float64Array(4 * G);
  if (weights) {
    // Every statistic of the cells is a ratio of weight sums: scale the weights by a power of
    // two (exact) so that their sums cannot overflow for weights near 1.8e308.
    let max = 0;
    for (let i = 0; i < n; i++) if (weights[i] > max) max = weights[i];
    const k = scaleExponent(max);
    const s = k > 0 ? 2 ** -k : 1;
    for (let i = 0; i < n; i++) {
      const c = (codes[i] << 2) | (tp[i] << 1) | pp[i];
      rowCell[i] = c;
      cells[c] += weights[i] * s;
    }
    for (let k = 0; k < G; k++) {
      if (cells[4 * k] + cells[4 * k + 1] + cells[4 * k + 2] + cells[4 * k + 3] === 0) {
        throw new SextantError('INVALID_VALUE', `options.sampleWeight of group ${show(g.values[k])} sums to 0`, {
          argument: 'options.sampleWeight',
          value: g.values[k],
        });
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = (codes[i] << 2) | (tp[i] << 1) | pp[i];
      rowCell[i] = c;
      cells[c] += 1;
    }
  }
  return { groups: g, rowCell, weights, cells, method, agg };
}

/** Both label arrays of one type, at most two values between them, one of them `posLabel` (Fairlearn's rule for TPR/FPR). */
function assertBinary(t: LabelScan, p: LabelScan, pos: FairnessLabel, posAlt: FairnessLabel): void {
  if (t.distinct.length > 0 && p.distinct.length > 0 && typeof t.distinct[0] !== typeof p.distinct[0]) {
    throw new SextantError(
      'INVALID_LABEL',
      `yTrue holds ${typeof t.distinct[0]} labels (${show(t.distinct[0])}) but yPred holds ${typeof p.distinct[0]} labels (${show(p.distinct[0])})`,
      { argument: 'yPred', value: p.distinct[0] },
    );
  }
  const union = [...t.distinct];
  for (const v of p.distinct) if (!union.includes(v)) union.push(v);
  if (union.length > 2) {
    throw new SextantError(
      'INVALID_LABEL',
      `fairness rates need binary labels; yTrue and yPred hold more than two values (${union.map((v) => show(v)).join(', ')}, …)`,
      { argument: 'yTrue', value: union[2] },
    );
  }
  if (union.length === 2 && !union.includes(pos) && !union.includes(posAlt)) {
    throw new SextantError('INVALID_LABEL', `options.posLabel ${show(pos)} is not among the labels ${show(union)}`, {
      argument: 'options.posLabel',
      value: pos,
    });
  }
}

/** With two or more predicted values, `posLabel` must be one of them. */
function assertPosPresent(s: LabelScan, name: string, pos: FairnessLabel, posAlt: FairnessLabel): void {
  if (s.distinct.length >= 2 && !s.distinct.includes(pos) && !s.distinct.includes(posAlt)) {
    throw new SextantError(
      'INVALID_LABEL',
      `options.posLabel ${show(pos)} is not among the values of ${name} (${show(s.distinct)})`,
      {
        argument: 'options.posLabel',
        value: pos,
      },
    );
  }
}

/** Which rate of the confusion cells. */
export type Rate = 'selection' | 'tpr' | 'fpr';

/**
 * Per-group rate into `out`, returning the overall rate. A rate whose denominator is 0
 * (a group with no positives for TPR, no negatives for FPR) is 0, as in Fairlearn, whose
 * rates come from scikit-learn's `confusion_matrix(normalize='true')`.
 */
export function groupRates(cells: Float64Array, G: number, rate: Rate, out: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let g = 0; g < G; g++) {
    const b = 4 * g;
    const tn = cells[b];
    const fp = cells[b + 1];
    const fn = cells[b + 2];
    const tp = cells[b + 3];
    let a: number;
    let d: number;
    if (rate === 'selection') {
      a = fp + tp;
      d = tn + fp + fn + tp;
    } else if (rate === 'tpr') {
      a = tp;
      d = tp + fn;
    } else {
      a = fp;
      d = fp + tn;
    }
    out[g] = d > 0 ? a / d : 0;
    num += a;
    den += d;
  }
  return den > 0 ? num / den : 0;
}

/** Difference or ratio of one rate, from the cells. */
function rateDisparity(
  cells: Float64Array,
  G: number,
  rate: Rate,
  method: DisparityMethod,
  what: 'difference' | 'ratio',
): number {
  const values = new Float64Array(G);
  const overall = groupRates(cells, G, rate, values);
  const d = disparity(values, overall, method);
  // Rates lie in [0, 1], so their ratio always exists (0/0 is 1).
  return what === 'difference' ? d.difference : (d.ratio ?? 0);
}

/** Statistics of the prepared cells, shared with the bootstrap. */
export const binaryStatistics = {
  demographicParityDifference: (cells: Float64Array, G: number, p: PreparedSettings) =>
    rateDisparity(cells, G, 'selection', p.method, 'difference'),
  demographicParityRatio: (cells: Float64Array, G: number, p: PreparedSettings) =>
    rateDisparity(cells, G, 'selection', p.method, 'ratio'),
  equalizedOddsDifference: (cells: Float64Array, G: number, p: PreparedSettings) => {
    const a = rateDisparity(cells, G, 'tpr', p.method, 'difference');
    const b = rateDisparity(cells, G, 'fpr', p.method, 'difference');
    return p.agg === 'worst_case' ? Math.max(a, b) : (a + b) / 2;
  },
  equalizedOddsRatio: (cells: Float64Array, G: number, p: PreparedSettings) => {
    const a = rateDisparity(cells, G, 'tpr', p.method, 'ratio');
    const b = rateDisparity(cells, G, 'fpr', p.method, 'ratio');
    return p.agg === 'worst_case' ? Math.min(a, b) : (a + b) / 2;
  },
  equalOpportunityDifference: (cells: Float64Array, G: number, p: PreparedSettings) =>
    rateDisparity(cells, G, 'tpr', p.method, 'difference'),
  equalOpportunityRatio: (cells: Float64Array, G: number, p: PreparedSettings) =>
    rateDisparity(cells, G, 'tpr', p.method, 'ratio'),
};

/** The options a statistic reads. */
export interface PreparedSettings {
  method: DisparityMethod;
  agg: EqualizedOddsAggregation;
}
