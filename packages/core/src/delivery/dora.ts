/**
 * The four DORA keys and rollback rate (API.md, "delivery"), exactly as defined there:
 * periods are half-open `[from, to)`, timestamps compare as instants, percentiles are
 * NumPy's linear rule (`quantile`), and what does not exist is `null`, never NaN.
 */
import { quantile } from '../metrics';
import { utcDayStart } from '../internal/instant';
import {
  type Change,
  type Deployment,
  type Incident,
  type Period,
  type ParsedChanges,
  type ParsedDeployments,
  type ParsedIncidents,
  parseChanges,
  parseDeployments,
  parseIncidents,
  parsePeriod,
  ROLLED_BACK,
  SUCCESS,
} from './records';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Result of {@link deploymentFrequency}. */
export interface DeploymentFrequency {
  /** Successful deployments with `at` in the period. */
  count: number;
  /** `count` ÷ the period's length in days (fractional). */
  perDay: number;
  /** `perDay × 7`. */
  perWeek: number;
  /** Distinct UTC dates with at least one successful deployment. */
  deployDays: number;
}

/** Result of {@link leadTimeForChanges}; hours are `null` when no change counts. */
export interface LeadTimeForChanges {
  count: number;
  meanHours: number | null;
  p50Hours: number | null;
  p85Hours: number | null;
  p95Hours: number | null;
}

/** Result of {@link changeFailureRate}. */
export interface ChangeFailureRate {
  /** Deployments in the period, every status. */
  deployments: number;
  /** Of those, `failed` or `rolled-back`, or named by an incident. */
  failed: number;
  /** `failed / deployments`, `null` with no deployments. */
  rate: number | null;
}

/** Result of {@link rollbackRate}. */
export interface RollbackRate {
  deployments: number;
  rolledBack: number;
  rate: number | null;
}

/** Result of {@link meanTimeToRecovery}; hours are over resolved incidents only. */
export interface MeanTimeToRecovery {
  /** Incidents started in the period, open ones included. */
  count: number;
  /** Of those, without `resolvedAt`. */
  open: number;
  meanHours: number | null;
  p50Hours: number | null;
  p95Hours: number | null;
}

function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/**
 * Deployment frequency (DORA): successful deployments with `at` in `[from, to)`, per day and
 * per week of the period, and the number of distinct UTC dates with one.
 *
 * @param deployments - `{ id, at, status, … }` records; every one is validated.
 * @param period - `{ from, to }`, instants, half-open.
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' },
 *   { id: 'd2', at: '2026-03-02T15:00:00Z', status: 'success' },
 *   { id: 'd3', at: '2026-03-04T10:00:00Z', status: 'failed' },
 *   { id: 'd4', at: '2026-03-09T00:00:00Z', status: 'success' },
 * ];
 * deploymentFrequency(deployments, { from: '2026-03-02T00:00:00Z', to: '2026-03-09T00:00:00Z' });
 * // { count: 2, perDay: 2 / 7, perWeek: 2, deployDays: 1 }
 * ```
 */
export function deploymentFrequency(deployments: ArrayLike<Deployment>, period: Period): DeploymentFrequency {
  const d = parseDeployments(deployments);
  const { from, to } = parsePeriod(period);
  return frequencyOf(d, from, to);
}

/** {@link deploymentFrequency} on validated records (internal). */
export function frequencyOf(d: ParsedDeployments, from: number, to: number): DeploymentFrequency {
  let count = 0;
  const days = new Set<number>();
  for (let i = 0; i < d.n; i++) {
    const t = d.at[i];
    if (d.status[i] === SUCCESS && t >= from && t < to) {
      count++;
      days.add(utcDayStart(t));
    }
  }
  const perDay = count / ((to - from) / DAY_MS);
  return { count, perDay, perWeek: perDay * 7, deployDays: days.size };
}

/**
 * Lead time for changes (DORA): for each change, the first successful deployment (by `at`,
 * whatever the array order) whose `changeIds` holds it; when that deployment is in the
 * period, its lead time is `at − committedAt`, in hours. Mean and the 50th, 85th and 95th
 * percentiles (NumPy's linear rule).
 *
 * @example
 * ```ts
 * const changes = [
 *   { id: 'c1', committedAt: '2026-03-02T08:00:00Z' },
 *   { id: 'c2', committedAt: '2026-03-02T06:00:00Z' },
 * ];
 * const deployments = [{ id: 'd1', at: '2026-03-02T10:00:00Z', status: 'success', changeIds: ['c1', 'c2'] }];
 * leadTimeForChanges(changes, deployments, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * // { count: 2, meanHours: 3, p50Hours: 3, p85Hours: 3.7, p95Hours: 3.9 }
 * ```
 */
export function leadTimeForChanges(
  changes: ArrayLike<Change>,
  deployments: ArrayLike<Deployment>,
  period: Period,
): LeadTimeForChanges {
  const c = parseChanges(changes);
  const d = parseDeployments(deployments, 'deployments', true);
  const { from, to } = parsePeriod(period);
  return leadTimeOf(c, firstShipments(d), from, to);
}

/** The first successful shipment of each change id (a Map: any id is a key, `__proto__` too). Internal. */
export function firstShipments(d: ParsedDeployments): Map<string, number> {
  const first = new Map<string, number>();
  for (let i = 0; i < d.n; i++) {
    const ids = d.changeIds[i];
    if (d.status[i] !== SUCCESS || ids === undefined) continue;
    const t = d.at[i];
    for (let j = 0; j < ids.length; j++) {
      const prev = first.get(ids[j]);
      if (prev === undefined || t < prev) first.set(ids[j], t);
    }
  }
  return first;
}

/** {@link leadTimeForChanges} on validated records (internal). */
export function leadTimeOf(c: ParsedChanges, first: Map<string, number>, from: number, to: number): LeadTimeForChanges {
  const hours = new Float64Array(c.n);
  let k = 0;
  for (let i = 0; i < c.n; i++) {
    const t = first.get(c.ids[i]);
    if (t !== undefined && t >= from && t < to) hours[k++] = (t - c.committedAt[i]) / HOUR_MS;
  }
  if (k === 0) return { count: 0, meanHours: null, p50Hours: null, p85Hours: null, p95Hours: null };
  const h = hours.subarray(0, k);
  const [p50, p85, p95] = quantile(h, [0.5, 0.85, 0.95]);
  return { count: k, meanHours: mean(h), p50Hours: p50, p85Hours: p85, p95Hours: p95 };
}

/**
 * Change failure rate (DORA): over deployments in the period (every status), the share that
 * failed — status `failed` or `rolled-back`, or named by an incident's `deploymentId`
 * (whenever that incident started; each deployment counts once).
 *
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' },
 *   { id: 'd2', at: '2026-03-03T09:00:00Z', status: 'rolled-back' },
 *   { id: 'd3', at: '2026-03-04T09:00:00Z', status: 'success' },
 *   { id: 'd4', at: '2026-03-05T09:00:00Z', status: 'success' },
 * ];
 * const incidents = [{ id: 'INC-1', startedAt: '2026-03-04T12:00:00Z', deploymentId: 'd3' }];
 * changeFailureRate(deployments, incidents, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * // { deployments: 4, failed: 2, rate: 0.5 }
 * ```
 */
export function changeFailureRate(
  deployments: ArrayLike<Deployment>,
  incidents: ArrayLike<Incident>,
  period: Period,
): ChangeFailureRate {
  const d = parseDeployments(deployments);
  const inc = parseIncidents(incidents);
  const { from, to } = parsePeriod(period);
  return failureRateOf(d, namedDeployments(inc), from, to);
}

/** Ids of the deployments that incidents name (internal). */
export function namedDeployments(inc: ParsedIncidents): Set<string> {
  const named = new Set<string>();
  for (let i = 0; i < inc.n; i++) {
    const id = inc.deploymentIds[i];
    if (id !== undefined) named.add(id);
  }
  return named;
}

/** {@link changeFailureRate} on validated records (internal). */
export function failureRateOf(d: ParsedDeployments, named: Set<string>, from: number, to: number): ChangeFailureRate {
  let total = 0;
  let failed = 0;
  for (let i = 0; i < d.n; i++) {
    const t = d.at[i];
    if (t < from || t >= to) continue;
    total++;
    if (d.status[i] !== SUCCESS || named.has(d.ids[i])) failed++;
  }
  return { deployments: total, failed, rate: total === 0 ? null : failed / total };
}

/**
 * Rollback rate: the share of deployments in the period (every status) that were rolled back.
 *
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' },
 *   { id: 'd2', at: '2026-03-03T09:00:00Z', status: 'rolled-back' },
 *   { id: 'd3', at: '2026-03-04T09:00:00Z', status: 'failed' },
 *   { id: 'd4', at: '2026-03-05T09:00:00Z', status: 'success' },
 * ];
 * rollbackRate(deployments, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * // { deployments: 4, rolledBack: 1, rate: 0.25 }
 * ```
 */
export function rollbackRate(deployments: ArrayLike<Deployment>, period: Period): RollbackRate {
  const d = parseDeployments(deployments);
  const { from, to } = parsePeriod(period);
  return rollbackRateOf(d, from, to);
}

/** {@link rollbackRate} on validated records (internal). */
export function rollbackRateOf(d: ParsedDeployments, from: number, to: number): RollbackRate {
  let total = 0;
  let rolledBack = 0;
  for (let i = 0; i < d.n; i++) {
    const t = d.at[i];
    if (t < from || t >= to) continue;
    total++;
    if (d.status[i] === ROLLED_BACK) rolledBack++;
  }
  return { deployments: total, rolledBack, rate: total === 0 ? null : rolledBack / total };
}

/**
 * Mean time to recovery (DORA's time to restore): over incidents that started in the period,
 * how many there were, how many are still open, and the mean, median and 95th percentile of
 * `resolvedAt − startedAt` of the resolved ones, in hours (in full, even past `to`).
 *
 * @example
 * ```ts
 * const incidents = [
 *   { id: 'INC-1', startedAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T10:00:00Z' },
 *   { id: 'INC-2', startedAt: '2026-03-05T09:00:00Z', resolvedAt: '2026-03-05T12:00:00Z' },
 *   { id: 'INC-3', startedAt: '2026-03-07T09:00:00Z', resolvedAt: null },
 * ];
 * meanTimeToRecovery(incidents, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * // { count: 3, open: 1, meanHours: 2, p50Hours: 2, p95Hours: 2.9 }
 * ```
 */
export function meanTimeToRecovery(incidents: ArrayLike<Incident>, period: Period): MeanTimeToRecovery {
  const inc = parseIncidents(incidents);
  const { from, to } = parsePeriod(period);
  return recoveryOf(inc, from, to);
}

/** {@link meanTimeToRecovery} on validated records (internal). */
export function recoveryOf(inc: ParsedIncidents, from: number, to: number): MeanTimeToRecovery {
  const hours = new Float64Array(inc.n);
  let count = 0;
  let k = 0;
  for (let i = 0; i < inc.n; i++) {
    const s = inc.startedAt[i];
    if (s < from || s >= to) continue;
    count++;
    const r = inc.resolvedAt[i];
    if (r === r) hours[k++] = (r - s) / HOUR_MS;
  }
  const open = count - k;
  if (k === 0) return { count, open, meanHours: null, p50Hours: null, p95Hours: null };
  const h = hours.subarray(0, k);
  const [p50, p95] = quantile(h, [0.5, 0.95]);
  return { count, open, meanHours: mean(h), p50Hours: p50, p95Hours: p95 };
}
