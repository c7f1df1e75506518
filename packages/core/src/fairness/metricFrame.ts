/**
 * Fairlearn's `MetricFrame`: any metric, overall and per group of a sensitive feature,
 * with the spread between groups.
 */
import { SextantError, isSextantError } from '../errors';
import { show } from '../internal/validate';
import {
  assertGroupsValid,
  checkMethod,
  checkShapes,
  checkWeightValues,
  disparity,
  encodeGroups,
  finiteWeights,
  requireSensitiveFeatures,
  type DisparityMethod,
  type FairnessLabel,
} from './groups';

/**
 * A metric as {@link metricFrame} calls it: `metric(yTrue, yPred)`, or
 * `metric(yTrue, yPred, { sampleWeight })` when weights are given — the signature of
 * Sextant's own metrics (`accuracyScore`, `recallScore`, …) and of the rates here. Wrap a
 * metric that needs more options: `(t, p, o) => fbetaScore(t, p, { ...o, beta: 2 })`.
 */
export type GroupMetric<T = unknown, P = unknown> = (
  yTrue: ArrayLike<T>,
  yPred: ArrayLike<P>,
  options?: { sampleWeight?: ArrayLike<number> },
) => number;

/** Options of {@link metricFrame}. */
export interface MetricFrameOptions {
  /** One group value per row (strings, numbers or booleans; all of one type). Required. */
  sensitiveFeatures: ArrayLike<FairnessLabel>;
  /** Non-negative weight per row, passed on to the metric as `{ sampleWeight }` sliced per group. @default undefined */
  sampleWeight?: ArrayLike<number>;
  /** How `difference` and `ratio` compare the groups (see Fairlearn's `MetricFrame.difference`). @default 'between_groups' */
  method?: DisparityMethod;
}

/** The result of {@link metricFrame}. Plain JSON. */
export interface MetricFrameResult {
  /** The metric on all rows. */
  overall: number;
  /** The metric on each group's rows; keys are `String(group)`, in sorted group order (a null-prototype object). */
  byGroup: Record<string, number>;
  /** `'between_groups'`: groupMax − groupMin; `'to_overall'`: max |group − overall|. */
  difference: number;
  /**
   * `'between_groups'`: groupMin / groupMax; `'to_overall'`: min of group / overall,
   * inverted above 1. Equal values (0/0 included) give 1. `null` where Fairlearn would
   * give ±inf or NaN (a metric that is 0 in one place and not in another, or negative).
   */
  ratio: number | null;
  /** The smallest group value (Fairlearn's `group_min`). */
  groupMin: number;
  /** The largest group value (Fairlearn's `group_max`). */
  groupMax: number;
  /** Rows in each group, same keys as `byGroup`. */
  counts: Record<string, number>;
  /** The method `difference` and `ratio` used. */
  method: DisparityMethod;
}

/**
 * Evaluate a metric overall and on each group of a sensitive feature, with the spread
 * between groups. Same as Fairlearn's `MetricFrame(metrics=metric, y_true, y_pred,
 * sensitive_features=…)` with its `overall`, `by_group`, `difference()`, `ratio()`,
 * `group_min()` and `group_max()`.
 *
 * The metric is called once on all rows and once per group with that group's rows (in
 * their original order) as arrays of the input's kind (a typed array stays that typed
 * array). With `sampleWeight`, its third argument is `{ sampleWeight }` for those rows.
 * It must return a finite number; a SextantError it throws is re-thrown naming the group.
 *
 * @param metric e.g. `accuracyScore`, `recallScore`, {@link selectionRate}
 * @example
 * ```ts
 * const mf = metricFrame(selectionRate, [1, 0, 1, 0], [1, 1, 0, 1], { sensitiveFeatures: ['x', 'x', 'y', 'y'] });
 * // { overall: 0.75, byGroup: { x: 1, y: 0.5 }, difference: 0.5, ratio: 0.5, groupMin: 0.5, groupMax: 1,
 * //   counts: { x: 2, y: 2 }, method: 'between_groups' }
 * ```
 */
export function metricFrame<T, P>(
  metric: GroupMetric<T, P>,
  yTrue: ArrayLike<T>,
  yPred: ArrayLike<P>,
  options: MetricFrameOptions,
): MetricFrameResult {
  const input = checkShapes(yTrue, yPred, options);
  const o = (options ?? {}) as Partial<MetricFrameOptions>;
  // NON_FINITE
  const groups = input.sf ? encodeGroups(input.sf) : undefined;
  const weights = finiteWeights(input.weightsRaw);
  // INVALID_OPTION
  if (typeof metric !== 'function') {
    throw new SextantError(
      'INVALID_OPTION',
      `metric must be a function (yTrue, yPred, options?) => number; got ${show(metric)}`,
      {
        argument: 'metric',
      },
    );
  }
  requireSensitiveFeatures(input.sf);
  const method = checkMethod(o.method);
  // INVALID_OPTION (a negative weight), then INVALID_VALUE (weights summing to 0)
  checkWeightValues(weights);
  // INVALID_LABEL
  if (!groups) throw new Error('unreachable');
  assertGroupsValid(groups, input.sf);

  const G = groups.values.length;
  const n = yTrue.length;
  // Counting sort of row indices by group, stable: each group's rows keep their order.
  const offsets = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) offsets[g + 1] = offsets[g] + groups.sizes[g];
  const order = new Int32Array(n);
  const fill = offsets.slice(0, G);
  const codes = groups.codes;
  for (let i = 0; i < n; i++) order[fill[codes[i]]++] = i;

  const call = (t: ArrayLike<T>, p: ArrayLike<P>, w: Float64Array | undefined, where: string): number => {
    let v: unknown;
    try {
      v = w ? metric(t, p, { sampleWeight: w }) : metric(t, p);
    } catch (e) {
      if (isSextantError(e)) {
        throw new SextantError(e.code, `metric on ${where}: ${e.message}`, {
          argument: e.argument,
          index: e.index,
          value: e.value,
        });
      }
      throw e;
    }
    if (typeof v !== 'number') {
      throw new SextantError('INVALID_OPTION', `metric must return a number; on ${where} it returned ${show(v)}`, {
        argument: 'metric',
      });
    }
    if (!Number.isFinite(v)) {
      throw new SextantError('UNDEFINED_METRIC', `metric is ${v} on ${where}`, { argument: 'metric', value: v });
    }
    return v;
  };

  const overall = call(yTrue, yPred, weights, 'all rows');
  const values = new Float64Array(G);
  // Null-prototype: a group named '__proto__' is a key like any other.
  const byGroup: Record<string, number> = Object.create(null) as Record<string, number>;
  const counts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let g = 0; g < G; g++) {
    const from = offsets[g];
    const to = offsets[g + 1];
    const t = gather(yTrue, order, from, to);
    const p = gather(yPred, order, from, to);
    const w = weights ? (gather(weights, order, from, to) as Float64Array) : undefined;
    const v = call(t, p, w, `group ${show(groups.values[g])}`);
    values[g] = v;
    byGroup[groups.keys[g]] = v;
    counts[groups.keys[g]] = to - from;
  }
  const d = disparity(values, overall, method);
  return {
    overall,
    byGroup,
    difference: d.difference,
    ratio: d.ratio,
    groupMin: d.groupMin,
    groupMax: d.groupMax,
    counts,
    method,
  };
}

type TypedCtor = new (n: number) => { [i: number]: unknown; length: number };

/** The rows `order[from…to)` of `src`, as the same kind of array. */
function gather<T>(src: ArrayLike<T>, order: Int32Array, from: number, to: number): ArrayLike<T> {
  const m = to - from;
  if (ArrayBuffer.isView(src) && !(src instanceof DataView)) {
    const out = new (src.constructor as TypedCtor)(m);
    for (let k = 0; k < m; k++) out[k] = src[order[from + k]];
    return out as unknown as ArrayLike<T>;
  }
  const out = new Array<T>(m);
  for (let k = 0; k < m; k++) out[k] = src[order[from + k]];
  return out;
}
