/**
 * Typed pickers from the SDK's own results to the one number a key result tracks, so an
 * OKR's `values` come from the same computation as the dashboards (no copied figures).
 * A classification score (`f1Score`, `accuracyScore`, …) is already a number and needs none.
 */
import type { DataQualityIndex } from '../data-quality/qualityIndex';
import type { DeploymentFrequency } from '../delivery/dora';
import type { DriftOverTimeResult } from '../drift/overTime';
import type { DriftReport } from '../drift/types';
import type { LatencySummary } from '../metrics/operational';
import { show } from '../internal/validate';
import { fail, finite, isRecord, lengthOf, own } from './check';

/** A statistic of {@link latencySummary}'s result. */
export type LatencyStat = 'mean' | 'min' | 'max' | 'p50' | 'p90' | 'p95' | 'p99';

const LATENCY_STATS: readonly LatencyStat[] = ['mean', 'min', 'max', 'p50', 'p90', 'p95', 'p99'];

/**
 * One statistic of a `latencySummary` result, for a latency key result.
 *
 * @param stat - which one. @default 'p95'
 * @example
 * ```ts
 * latencyValue(latencySummary([80, 95, 110, 120, 300])); // 264
 * latencyValue(latencySummary([80, 95, 110, 120, 300]), 'p50'); // 110
 * ```
 */
export function latencyValue(summary: LatencySummary, stat: LatencyStat = 'p95'): number {
  if (!isRecord(summary)) fail('INVALID_VALUE', 'summary', `must be a latencySummary result; got ${show(summary)}`, summary);
  if (!LATENCY_STATS.includes(stat))
    fail('INVALID_OPTION', 'stat', `must be one of ${LATENCY_STATS.join(', ')}; got ${show(stat)}`, stat);
  return finite(own(summary, stat), `summary.${stat}`);
}

/** A figure of {@link deploymentFrequency}'s result. */
export type DeploymentFrequencyStat = 'count' | 'perDay' | 'perWeek' | 'deployDays';

const DEPLOY_STATS: readonly DeploymentFrequencyStat[] = ['count', 'perDay', 'perWeek', 'deployDays'];

/**
 * One figure of a `deploymentFrequency` result, for a delivery key result.
 *
 * @param stat - which one. @default 'perWeek'
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' },
 *   { id: 'd2', at: '2026-03-05T09:00:00Z', status: 'success' },
 * ];
 * deploymentFrequencyValue(deploymentFrequency(deployments, { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z' })); // 1
 * ```
 */
export function deploymentFrequencyValue(frequency: DeploymentFrequency, stat: DeploymentFrequencyStat = 'perWeek'): number {
  if (!isRecord(frequency))
    fail('INVALID_VALUE', 'frequency', `must be a deploymentFrequency result; got ${show(frequency)}`, frequency);
  if (!DEPLOY_STATS.includes(stat))
    fail('INVALID_OPTION', 'stat', `must be one of ${DEPLOY_STATS.join(', ')}; got ${show(stat)}`, stat);
  return finite(own(frequency, stat), `frequency.${stat}`);
}

/** How {@link driftShareValue} reads a series of batches. */
export type DriftShareReduce = 'latest' | 'mean' | 'drifted-batches';

/**
 * The drifted share of features from `detectDrift` (its `driftedShare`) or from
 * `driftOverTime`: the latest batch's share (`'latest'`, the default), the mean share over
 * the batches (`'mean'`), or the share of batches with dataset drift (`'drifted-batches'`).
 * A number in [0, 1], for a "keep drift below…" key result.
 *
 * @example
 * ```ts
 * const result = { dataset: [
 *   { at: '2026-03-01T00:00:00Z', driftedShare: 0, datasetDrift: false, testedCount: 4, driftedCount: 0 },
 *   { at: '2026-03-02T00:00:00Z', driftedShare: 0.5, datasetDrift: true, testedCount: 4, driftedCount: 2 },
 *   { at: '2026-03-03T00:00:00Z', driftedShare: 0.25, datasetDrift: false, testedCount: 4, driftedCount: 1 },
 * ] };
 * driftShareValue(result); // 0.25
 * driftShareValue(result, 'mean'); // 0.25
 * driftShareValue(result, 'drifted-batches'); // 1 / 3
 * ```
 */
export function driftShareValue(
  result: DriftOverTimeResult | DriftReport | Pick<DriftOverTimeResult, 'dataset'>,
  reduce: DriftShareReduce = 'latest',
): number {
  if (!isRecord(result))
    fail('INVALID_VALUE', 'result', `must be a driftOverTime or detectDrift result; got ${show(result)}`, result);
  if (reduce !== 'latest' && reduce !== 'mean' && reduce !== 'drifted-batches')
    fail('INVALID_OPTION', 'reduce', `must be 'latest', 'mean' or 'drifted-batches'; got ${show(reduce)}`, reduce);
  const dataset = own(result, 'dataset');
  if (dataset === undefined) {
    const share = finite(own(result, 'driftedShare'), 'result.driftedShare');
    if (reduce === 'drifted-batches') return own(result, 'datasetDrift') === true ? 1 : 0;
    return share;
  }
  const n = lengthOf(dataset, 'result.dataset', 'INVALID_VALUE', true);
  const rows = dataset as ArrayLike<unknown>;
  const shareAt = (i: number): number => {
    const p = rows[i];
    if (!isRecord(p)) fail('INVALID_VALUE', `result.dataset[${i}]`, `must be a batch verdict; got ${show(p)}`, p, i);
    const s = finite(own(p, 'driftedShare'), `result.dataset[${i}].driftedShare`, i);
    if (s < 0 || s > 1) fail('INVALID_VALUE', `result.dataset[${i}].driftedShare`, `must be in [0, 1]; got ${s}`, s, i);
    return s;
  };
  if (reduce === 'latest') return shareAt(n - 1);
  let sum = 0;
  let drifted = 0;
  for (let i = 0; i < n; i++) {
    sum += shareAt(i);
    if ((rows[i] as Record<string, unknown>).datasetDrift === true) drifted++;
  }
  return reduce === 'mean' ? sum / n : drifted / n;
}

/**
 * The Data Quality Index score (0–100) of a `dataQualityIndex` result.
 *
 * @example
 * ```ts
 * dataQualityValue(dataQualityIndex({ completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 })); // 95.75
 * ```
 */
export function dataQualityValue(index: DataQualityIndex): number {
  if (!isRecord(index)) fail('INVALID_VALUE', 'index', `must be a dataQualityIndex result; got ${show(index)}`, index);
  return finite(own(index, 'score'), 'index.score');
}
