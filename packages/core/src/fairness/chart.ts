import { SextantError } from '../errors';
import { assertOneOf, show } from '../internal/validate';
import { describe } from '../internal/hostile';
import { bootstrapFairness, type BootstrapSettings } from './bootstrap';
import type { FairnessLabel } from './groups';
import { metricFrame, type GroupMetric, type MetricFrameOptions } from './metricFrame';

/** Options of {@link fairnessChartModel}: those of {@link metricFrame} plus the bootstrap's. */
export interface FairnessChartOptions extends MetricFrameOptions, BootstrapSettings {
  /** Whether a larger metric value is better (accuracy, recall) or worse (error rate); names the best and worst group. @default true */
  higherIsBetter?: boolean;
}

/** One group's bar: its value with a bootstrap interval. */
export interface FairnessChartGroup {
  /** `String(group)`, as `metricFrame`'s `byGroup` keys. */
  key: string;
  value: number;
  lower: number;
  upper: number;
  /** Rows in the group. */
  count: number;
}

/** What a fairness chart draws. Plain JSON. */
export interface FairnessChartModel {
  overall: number;
  /** Overall value's interval (the metric on all rows, resampled within groups). */
  overallInterval: { lower: number; upper: number };
  /** In sorted group order (as `metricFrame`). */
  groups: FairnessChartGroup[];
  /** groupMax − groupMin, with its bootstrap interval. */
  difference: { value: number; lower: number; upper: number };
  /** groupMin / groupMax (`metricFrame`'s ratio; null where it does not exist). */
  ratio: number | null;
  /** The largest gap: between the best and the worst group. */
  gap: { best: string; worst: string; difference: number };
  confidence: number;
  nBoot: number;
  seed: number;
}

/**
 * A metric per group with bootstrap confidence intervals, the overall value and the largest
 * gap — what a fairness chart draws. Values are Fairlearn's `MetricFrame` (`overall`,
 * `by_group`, `difference()`, `ratio()`), via {@link metricFrame}; each group's interval is
 * {@link bootstrapFairness} of the metric on that group's rows (seeded, deterministic), and
 * the difference's interval is `bootstrapFairness` of `metricFrame(...).difference`.
 *
 * @param metric e.g. `recallScore`, {@link selectionRate}
 * @example
 * ```ts
 * const m = fairnessChartModel(selectionRate, [1, 0, 1, 0, 1, 0], [1, 1, 0, 1, 1, 1], {
 *   sensitiveFeatures: ['x', 'x', 'y', 'y', 'z', 'z'], nBoot: 200, seed: 1,
 * });
 * m.groups.map((g) => g.value); // [1, 0.5, 1]
 * m.gap; // { best: 'x', worst: 'y', difference: 0.5 }
 * ```
 */
export function fairnessChartModel<T extends FairnessLabel, P extends FairnessLabel>(
  metric: GroupMetric<T, P>,
  yTrue: ArrayLike<T>,
  yPred: ArrayLike<P>,
  options: FairnessChartOptions,
): FairnessChartModel {
  const { nBoot, confidence, seed, higherIsBetter = true, ...frameOptions } = options ?? ({} as FairnessChartOptions);
  if (typeof higherIsBetter !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.higherIsBetter must be a boolean; got ${show(higherIsBetter)}`, {
      argument: 'options.higherIsBetter',
    });
  }
  const mf = metricFrame(metric, yTrue, yPred, frameOptions);
  const settings = { nBoot, confidence, seed };
  const sf = frameOptions.sensitiveFeatures;
  const w = frameOptions.sampleWeight;
  // Rows per group, in original order (metricFrame has validated sf, so String() is its key).
  const rows = new Map<string, number[]>();
  for (const key of Object.keys(mf.byGroup)) rows.set(key, []);
  for (let i = 0; i < sf.length; i++) rows.get(String(sf[i]))?.push(i);
  const pick = <V>(a: ArrayLike<V>, idx: number[]): V[] => idx.map((i) => a[i]);
  const callMetric = (t: ArrayLike<FairnessLabel>, p: ArrayLike<FairnessLabel>, o: { sampleWeight?: ArrayLike<number> }) =>
    o.sampleWeight
      ? metric(t as ArrayLike<T>, p as ArrayLike<P>, { sampleWeight: o.sampleWeight })
      : metric(t as ArrayLike<T>, p as ArrayLike<P>);

  const groups: FairnessChartGroup[] = [];
  let used = { confidence: 0.95, nBoot: 1000, seed: 0 };
  for (const [key, idx] of rows) {
    const sub = {
      ...settings,
      sensitiveFeatures: idx.map(() => key),
      ...(w ? { sampleWeight: pick(w, idx) } : {}),
    };
    const ci = bootstrapFairness(callMetric, pick(yTrue, idx), pick(yPred, idx), sub);
    used = { confidence: ci.confidence, nBoot: ci.nBoot, seed: ci.seed };
    groups.push({ key, value: mf.byGroup[key], lower: ci.lower, upper: ci.upper, count: mf.counts[key] });
  }
  const overallCi = bootstrapFairness(callMetric, yTrue, yPred, {
    ...settings,
    sensitiveFeatures: sf,
    ...(w ? { sampleWeight: w } : {}),
  });
  const diffCi = bootstrapFairness(
    (t, p, o) => metricFrame(metric, t as ArrayLike<T>, p as ArrayLike<P>, { ...o, method: mf.method }).difference,
    yTrue,
    yPred,
    { ...settings, sensitiveFeatures: sf, ...(w ? { sampleWeight: w } : {}) },
  );
  let best = groups[0];
  let worst = groups[0];
  for (const g of groups) {
    if (higherIsBetter ? g.value > best.value : g.value < best.value) best = g;
    if (higherIsBetter ? g.value < worst.value : g.value > worst.value) worst = g;
  }
  return {
    overall: mf.overall,
    overallInterval: { lower: overallCi.lower, upper: overallCi.upper },
    groups,
    difference: { value: mf.difference, lower: diffCi.lower, upper: diffCi.upper },
    ratio: mf.ratio,
    gap: { best: best.key, worst: worst.key, difference: Math.abs(best.value - worst.value) },
    ...used,
  };
}

/**
 * Indices of a chart's groups in display order: by group key (the model's order), by value
 * or by size, ascending or descending; ties keep the model's order.
 *
 * @example
 * ```ts
 * fairnessGroupOrder([{ key: 'a', value: 0.7, lower: 0, upper: 1, count: 5 }, { key: 'b', value: 0.9, lower: 0, upper: 1, count: 2 }], 'value', 'desc'); // [1, 0]
 * ```
 */
export function fairnessGroupOrder(
  groups: readonly FairnessChartGroup[],
  by: 'group' | 'value' | 'count' = 'group',
  direction: 'asc' | 'desc' = 'asc',
): number[] {
  if (!Array.isArray(groups)) {
    throw new SextantError('INVALID_OPTION', `groups must be the array of a chart model's groups; got ${describe(groups)}`, {
      argument: 'groups',
    });
  }
  assertOneOf(by, ['group', 'value', 'count'] as const, 'by');
  assertOneOf(direction, ['asc', 'desc'] as const, 'direction');
  if (by !== 'group') {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as unknown;
      const v = g !== null && typeof g === 'object' ? (g as Record<string, unknown>)[by] : undefined;
      if (typeof v !== 'number' || Number.isNaN(v)) {
        throw new SextantError('INVALID_VALUE', `groups[${i}].${by} must be a number; got ${show(v)}`, {
          argument: `groups[${i}].${by}`,
          index: i,
          value: v,
        });
      }
    }
  }
  const idx = groups.map((_, i) => i);
  if (by === 'group') return direction === 'asc' ? idx : idx.reverse();
  const sign = direction === 'asc' ? 1 : -1;
  return idx.sort((a, b) => sign * (groups[a][by] - groups[b][by]) || a - b);
}
