/**
 * Fairlearn's disparity metrics (`fairlearn.metrics`): demographic parity, equalized odds
 * and equal opportunity, as differences and ratios between groups or to the overall value,
 * plus the base rates they are built from (selection rate, TPR, FPR, TNR, FNR).
 *
 * Hot path: one Map lookup per row turns the sensitive feature into an Int32Array of group
 * codes; each row then adds its weight to one of four cells (TN, FP, FN, TP) of its group.
 */
import { SextantError } from '../errors';
import { assertNonEmpty, assertOneOf, assertSameLength, show } from '../internal/validate';
import {
  alternatePosLabel,
  assertGroupsValid,
  assertLabelTypes,
  checkMethod,
  checkPosLabel,
  checkShapes,
  checkWeightSigns,
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

export type { DisparityMethod, FairnessLabel } from './groups';

/** Options of the disparity functions (Fairlearn's keyword arguments, camelCased). */
export interface DisparityOptions {
  /** One group value per row (strings, numbers or booleans; all of one type). Required. */
  sensitiveFeatures: ArrayLike<FairnessLabel>;
  /** Non-negative weight per row. @default undefined (every row weighs 1) */
  sampleWeight?: ArrayLike<number>;
  /**
   * `'between_groups'`: largest minus smallest group value, smallest / largest.
   * `'to_overall'`: largest |group − overall|, smallest group / overall (inverted above 1).
   * @default 'between_groups'
   */
  method?: DisparityMethod;
  /** The favourable label; with boolean labels `1` means `true`. @default 1 */
  posLabel?: FairnessLabel;
}

/** How equalized odds combines its TPR and FPR parts (Fairlearn's `agg`). */
export type EqualizedOddsAggregation = 'worst_case' | 'mean';

/** Options of {@link equalizedOddsDifference} and {@link equalizedOddsRatio}. */
export interface EqualizedOddsOptions extends DisparityOptions {
  /**
   * `'worst_case'`: the larger difference (smaller ratio) of TPR and FPR; `'mean'`: their
   * mean (AIF360's "average odds").
   * @default 'worst_case'
   */
  agg?: EqualizedOddsAggregation;
}

const AGGS: readonly EqualizedOddsAggregation[] = ['worst_case', 'mean'];

/** Which labels a statistic reads: selection rate needs only `yPred`; TPR/FPR need binary `yTrue ∪ yPred`. */
type LabelUse = 'pred' | 'binary';

/**
 * Inputs checked and reduced to what every disparity needs. `rowCell[i]` is
 * `4 · group + 2 · [yTrue is positive] + [yPred is positive]`, so `cells` holds, for
 * each group, the weight of its TN, FP, FN and TP rows.
 * @internal
 */
export interface PreparedBinary {
  groups: EncodedGroups;
  rowCell: Int32Array;
  weights: Float64Array | undefined;
  cells: Float64Array;
  method: DisparityMethod;
  agg: EqualizedOddsAggregation;
}

/** @internal Check the inputs of a disparity function in API.md's precedence and count its cells. */
export function prepareBinary(yTrue: unknown, yPred: unknown, options: unknown, use: LabelUse): PreparedBinary {
  const input = checkShapes(yTrue, yPred, options);
  const o = (options ?? {}) as Partial<EqualizedOddsOptions>;
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
  checkWeightSigns(weights);
  // INVALID_VALUE
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
    for (let i = 0; i < n; i++) {
      const c = (codes[i] << 2) | (tp[i] << 1) | pp[i];
      rowCell[i] = c;
      cells[c] += weights[i];
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
    throw new SextantError('INVALID_LABEL', `options.posLabel ${show(pos)} is not among the values of ${name} (${show(s.distinct)})`, {
      argument: 'options.posLabel',
      value: pos,
    });
  }
}

/** Which rate of the confusion cells. */
type Rate = 'selection' | 'tpr' | 'fpr';

/**
 * Per-group rate into `out`, returning the overall rate. A rate whose denominator is 0
 * (a group with no positives for TPR, no negatives for FPR) is 0, as in Fairlearn, whose
 * rates come from scikit-learn's `confusion_matrix(normalize='true')`.
 */
function groupRates(cells: Float64Array, G: number, rate: Rate, out: Float64Array): number {
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
function rateDisparity(cells: Float64Array, G: number, rate: Rate, method: DisparityMethod, what: 'difference' | 'ratio'): number {
  const values = new Float64Array(G);
  const overall = groupRates(cells, G, rate, values);
  const d = disparity(values, overall, method);
  // Rates lie in [0, 1], so their ratio always exists (0/0 is 1).
  return what === 'difference' ? d.difference : (d.ratio ?? 0);
}

/** @internal Statistics of the prepared cells, shared with the bootstrap. */
export const binaryStatistics = {
  demographicParityDifference: (cells: Float64Array, G: number, p: PreparedSettings) =>
    rateDisparity(cells, G, 'selection', p.method, 'difference'),
  demographicParityRatio: (cells: Float64Array, G: number, p: PreparedSettings) => rateDisparity(cells, G, 'selection', p.method, 'ratio'),
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
  equalOpportunityDifference: (cells: Float64Array, G: number, p: PreparedSettings) => rateDisparity(cells, G, 'tpr', p.method, 'difference'),
  equalOpportunityRatio: (cells: Float64Array, G: number, p: PreparedSettings) => rateDisparity(cells, G, 'tpr', p.method, 'ratio'),
};

/** @internal */
export interface PreparedSettings {
  method: DisparityMethod;
  agg: EqualizedOddsAggregation;
}

/**
 * Demographic parity difference: how far apart the groups' selection rates
 * (share of rows predicted positive, Σ w·[ŷ = 1] / Σ w) are. 0 means parity.
 * Same as Fairlearn's `demographic_parity_difference`.
 *
 * @param yTrue true labels (only checked: selection rate ignores them, as in Fairlearn)
 * @param yPred predicted labels
 * @param options `sensitiveFeatures` (required), `sampleWeight`, `method`, `posLabel`
 * @example
 * ```ts
 * demographicParityDifference([1, 0, 1, 0], [1, 1, 0, 0], { sensitiveFeatures: ['a', 'a', 'b', 'b'] }); // 1
 * ```
 */
export function demographicParityDifference(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: DisparityOptions,
): number {
  const p = prepareBinary(yTrue, yPred, options, 'pred');
  return binaryStatistics.demographicParityDifference(p.cells, p.groups.values.length, p);
}

/**
 * Demographic parity ratio: the smallest group selection rate over the largest
 * (`'to_overall'`: the smallest group/overall ratio, inverted above 1). 1 means parity;
 * all rates 0 gives 1. Same as Fairlearn's `demographic_parity_ratio`.
 *
 * @example
 * ```ts
 * demographicParityRatio([1, 0, 1, 0], [1, 1, 1, 0], { sensitiveFeatures: ['a', 'a', 'b', 'b'] }); // 0.5
 * ```
 */
export function demographicParityRatio(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options: DisparityOptions): number {
  const p = prepareBinary(yTrue, yPred, options, 'pred');
  return binaryStatistics.demographicParityRatio(p.cells, p.groups.values.length, p);
}

/**
 * Equalized odds difference: the larger of the between-group differences of the true
 * positive rate and of the false positive rate (`agg: 'mean'`: their mean). 0 means the
 * groups have equal TPR and FPR. Same as Fairlearn's `equalized_odds_difference`.
 * A group with no positive (negative) rows has TPR (FPR) 0, as in Fairlearn.
 *
 * @example
 * ```ts
 * equalizedOddsDifference([1, 0, 1, 0], [1, 0, 0, 0], { sensitiveFeatures: ['a', 'a', 'b', 'b'] }); // 1
 * ```
 */
export function equalizedOddsDifference(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: EqualizedOddsOptions,
): number {
  const p = prepareBinary(yTrue, yPred, options, 'binary');
  return binaryStatistics.equalizedOddsDifference(p.cells, p.groups.values.length, p);
}

/**
 * Equalized odds ratio: the smaller of the TPR ratio and the FPR ratio between groups
 * (`agg: 'mean'`: their mean). 1 means equal rates. Same as Fairlearn's
 * `equalized_odds_ratio`.
 *
 * @example
 * ```ts
 * equalizedOddsRatio([1, 1, 0, 1, 1, 0], [1, 1, 1, 1, 0, 1], { sensitiveFeatures: ['a', 'a', 'a', 'b', 'b', 'b'] }); // 0.5
 * ```
 */
export function equalizedOddsRatio(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options: EqualizedOddsOptions): number {
  const p = prepareBinary(yTrue, yPred, options, 'binary');
  return binaryStatistics.equalizedOddsRatio(p.cells, p.groups.values.length, p);
}

/**
 * Equal opportunity difference: the between-group difference of the true positive rate
 * (recall). Same as Fairlearn's `equal_opportunity_difference`.
 *
 * @example
 * ```ts
 * equalOpportunityDifference([1, 1, 1, 1], [1, 1, 1, 0], { sensitiveFeatures: ['a', 'a', 'b', 'b'] }); // 0.5
 * ```
 */
export function equalOpportunityDifference(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: DisparityOptions,
): number {
  const p = prepareBinary(yTrue, yPred, options, 'binary');
  return binaryStatistics.equalOpportunityDifference(p.cells, p.groups.values.length, p);
}

/**
 * Equal opportunity ratio: the smallest group true positive rate over the largest.
 * Same as Fairlearn's `equal_opportunity_ratio`.
 *
 * @example
 * ```ts
 * equalOpportunityRatio([1, 1, 1, 1], [1, 1, 1, 0], { sensitiveFeatures: ['a', 'a', 'b', 'b'] }); // 0.5
 * ```
 */
export function equalOpportunityRatio(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options: DisparityOptions): number {
  const p = prepareBinary(yTrue, yPred, options, 'binary');
  return binaryStatistics.equalOpportunityRatio(p.cells, p.groups.values.length, p);
}

/** Options of the base rates. */
export interface RateOptions {
  /** Non-negative weight per row. @default undefined */
  sampleWeight?: ArrayLike<number>;
  /** The favourable label; with boolean labels `1` means `true`. @default 1 */
  posLabel?: FairnessLabel;
}

/** TN, FP, FN, TP weights of the whole input, checked as the disparity functions check theirs. */
function totalCells(yTrue: unknown, yPred: unknown, options: RateOptions | undefined, use: LabelUse): Float64Array {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  assertNonEmpty(yTrue, 'yTrue');
  assertNonEmpty(yPred, 'yPred');
  assertSameLength(yTrue, 'yTrue', yPred, 'yPred');
  const n = yTrue.length;
  // Reuse the grouped path with one group: same checks, same arithmetic.
  const one = new Uint8Array(n);
  const p = prepareBinary(yTrue, yPred, { ...options, sensitiveFeatures: one }, use);
  return p.cells;
}

function rateOf(cells: Float64Array, rate: Rate): number {
  const out = new Float64Array(1);
  return groupRates(cells, 1, rate, out);
}

/**
 * Selection rate: the (weighted) share of rows predicted `posLabel`. Same as Fairlearn's
 * `selection_rate`. For use with {@link metricFrame}.
 *
 * @example
 * ```ts
 * selectionRate([0, 0, 1, 1], [1, 0, 0, 1]); // 0.5
 * ```
 */
export function selectionRate(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options?: RateOptions): number {
  return rateOf(totalCells(yTrue, yPred, options, 'pred'), 'selection');
}

/**
 * True positive rate (recall): TP / (TP + FN), 0 when there are no positives. Same as
 * Fairlearn's `true_positive_rate`.
 *
 * @example
 * ```ts
 * truePositiveRate([1, 1, 0, 0], [1, 0, 0, 1]); // 0.5
 * ```
 */
export function truePositiveRate(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options?: RateOptions): number {
  return rateOf(totalCells(yTrue, yPred, options, 'binary'), 'tpr');
}

/**
 * False positive rate: FP / (FP + TN), 0 when there are no negatives. Same as Fairlearn's
 * `false_positive_rate`.
 *
 * @example
 * ```ts
 * falsePositiveRate([1, 1, 0, 0], [1, 0, 0, 1]); // 0.5
 * ```
 */
export function falsePositiveRate(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options?: RateOptions): number {
  return rateOf(totalCells(yTrue, yPred, options, 'binary'), 'fpr');
}

/**
 * True negative rate (specificity): TN / (TN + FP), 0 when there are no negatives. Same as
 * Fairlearn's `true_negative_rate`.
 *
 * @example
 * ```ts
 * trueNegativeRate([1, 1, 0, 0], [1, 0, 0, 0]); // 1
 * ```
 */
export function trueNegativeRate(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options?: RateOptions): number {
  const c = totalCells(yTrue, yPred, options, 'binary');
  const d = c[0] + c[1];
  return d > 0 ? c[0] / d : 0;
}

/**
 * False negative rate (miss rate): FN / (FN + TP), 0 when there are no positives. Same as
 * Fairlearn's `false_negative_rate`.
 *
 * @example
 * ```ts
 * falseNegativeRate([1, 1, 0, 0], [1, 0, 0, 0]); // 0.5
 * ```
 */
export function falseNegativeRate(yTrue: ArrayLike<FairnessLabel>, yPred: ArrayLike<FairnessLabel>, options?: RateOptions): number {
  const c = totalCells(yTrue, yPred, options, 'binary');
  const d = c[2] + c[3];
  return d > 0 ? c[2] / d : 0;
}
