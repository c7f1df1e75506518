/**
 * Fairlearn's disparity metrics (`fairlearn.metrics`): demographic parity, equalized odds
 * and equal opportunity, as differences and ratios between groups or to the overall value,
 * plus the base rates they are built from (selection rate, TPR, FPR, TNR, FNR).
 *
 * Hot path: one Map lookup per row turns the sensitive feature into an Int32Array of group
 * codes; each row then adds its weight to one of four cells (TN, FP, FN, TP) of its group.
 */
import { SextantError } from '../errors';
import { assertNonEmpty, assertSameLength, show } from '../internal/validate';
import { binaryStatistics, groupRates, prepareBinary, type EqualizedOddsAggregation, type LabelUse, type Rate } from './cells';
import type { DisparityMethod, FairnessLabel } from './groups';

export type { EqualizedOddsAggregation } from './cells';
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

/** Options of {@link equalizedOddsDifference} and {@link equalizedOddsRatio}. */
export interface EqualizedOddsOptions extends DisparityOptions {
  /**
   * `'worst_case'`: the larger difference (smaller ratio) of TPR and FPR; `'mean'`: their
   * mean (AIF360's "average odds").
   * @default 'worst_case'
   */
  agg?: EqualizedOddsAggregation;
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
export function demographicParityRatio(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: DisparityOptions,
): number {
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
export function equalizedOddsRatio(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: EqualizedOddsOptions,
): number {
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
export function equalOpportunityRatio(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: DisparityOptions,
): number {
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
export function truePositiveRate(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options?: RateOptions,
): number {
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
export function falsePositiveRate(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options?: RateOptions,
): number {
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
export function trueNegativeRate(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options?: RateOptions,
): number {
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
export function falseNegativeRate(
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options?: RateOptions,
): number {
  const c = totalCells(yTrue, yPred, options, 'binary');
  const d = c[2] + c[3];
  return d > 0 ? c[2] / d : 0;
}
