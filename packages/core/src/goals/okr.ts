/**
 * OKRs on live numbers (API.md, "goals"): progress of each key result from its baseline to
 * its target, the progress expected by now, a status, and a forecast from its history.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import type { DeliveryStatus } from '../summary/status';
import { DAY_MS, fail, finite, iso, isRecord, lengthOf, own, period, record, text } from './check';

/** An instant: epoch milliseconds or an ISO 8601 string with `Z` or an offset. */
export type GoalInstant = string | number;

/** Which way a key result's metric improves. */
export type KeyResultDirection = 'higher' | 'lower';

/** One reading of a key result's metric. */
export interface KeyResultPoint {
  at: GoalInstant;
  value: number;
}

/** A key result: a metric, where it started, where it should get to. */
export interface KeyResult {
  id: string;
  title: string;
  /** A name the caller maps to a value in `okrProgress`'s `values` (e.g. `'f1'`, `'p95LatencyMs'`). */
  metric: string;
  /** The metric's value when the objective was set. */
  baseline: number;
  /** The value that means done. Must differ from `baseline`, on the side `direction` names. */
  target: number;
  direction: KeyResultDirection;
  /** Shown beside the figures (`'ms'`, `'per week'`, `'%'`); never converted. */
  unit?: string;
  /** Earlier readings, for the forecast (any order). */
  history?: ArrayLike<KeyResultPoint>;
}

/** An objective and its key results, over one period (a quarter, usually). */
export interface Objective {
  id: string;
  title: string;
  owner?: string;
  /** Half-open `[from, to)`, instants. */
  period: { from: GoalInstant; to: GoalInstant };
  keyResults: ArrayLike<KeyResult>;
}

/** Why a key result has its status (the rule of {@link okrProgress} that decided it). */
export type KeyResultStatusReason = 'target-met' | 'no-progress' | 'period-ended' | 'behind-baseline' | 'on-pace' | 'behind-pace';

/** Why a key result has no forecast. */
export type ForecastGap = 'too-few-points' | 'same-instant' | 'out-of-range';

/** One key result's progress. */
export interface KeyResultProgress {
  id: string;
  title: string;
  metric: string;
  unit: string | null;
  direction: KeyResultDirection;
  baseline: number;
  target: number;
  /** The current value (from `values`). */
  value: number;
  /** 0–1: linear from baseline (0) to target (1), clamped. */
  progress: number;
  /** 0–1: the share of the period elapsed at `now`. */
  expected: number;
  status: DeliveryStatus;
  statusReason: KeyResultStatusReason;
  /** The metric's value at the end of the period by the least-squares line through `history`, or null. */
  forecast: number | null;
  /** The forecast's progress (0–1, clamped), or null with the forecast. */
  forecastProgress: number | null;
  /** Why there is no forecast, or null when there is one. */
  forecastGap: ForecastGap | null;
  /** Readings the forecast used. */
  historyCount: number;
}

/** Result of {@link okrProgress}. Plain JSON. */
export interface ObjectiveProgress {
  id: string;
  title: string;
  owner: string | null;
  period: { from: string; to: string };
  now: string;
  /** Share of the period elapsed at `now`, 0–1. */
  expected: number;
  /** Mean of the key results' progress. */
  progress: number;
  /** The worst status of its key results (an objective is as healthy as its weakest key result). */
  status: DeliveryStatus;
  /** How many key results have each status. */
  counts: { onTrack: number; atRisk: number; offTrack: number };
  keyResults: KeyResultProgress[];
}

/** The current value of each key result's `metric`: a plain object or a `Map`. */
export type KeyResultValues = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** Options of {@link okrProgress}. */
export interface OkrProgressOptions {
  /** The present. Required: nothing here reads the clock. */
  now: GoalInstant;
  /** Current value per metric name, from the SDK's own results (see `latencyValue`, `driftShareValue`, …). */
  values: KeyResultValues;
  /**
   * How far behind the expected progress (in progress units, 0–1) still counts as on pace.
   * @default 0.1
   */
  tolerance?: number;
}

/** Above this magnitude a difference of two inputs may overflow; the inputs are halved first (exact). */
const HALVE_ABOVE = 2 ** 1022;

/** Raw progress (unclamped): (value − baseline) / (target − baseline), without overflow. */
export function rawProgress(value: number, baseline: number, target: number): number {
  if (Math.max(Math.abs(value), Math.abs(baseline), Math.abs(target)) >= HALVE_ABOVE) {
    return (value / 2 - baseline / 2) / (target / 2 - baseline / 2);
  }
  return (value - baseline) / (target - baseline);
}

function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

interface ParsedKeyResult {
  kr: KeyResult;
  history: { t: Float64Array; y: Float64Array };
}

function parseKeyResult(v: unknown, i: number, seen: Set<string>): ParsedKeyResult {
  const path = `objective.keyResults[${i}]`;
  const o = record(v, path);
  const id = text(own(o, 'id'), `${path}.id`, 'INVALID_VALUE', i);
  if (seen.has(id)) fail('INVALID_VALUE', `${path}.id`, `${show(id)} is used by an earlier key result`, id, i);
  seen.add(id);
  const title = own(o, 'title');
  if (typeof title !== 'string') fail('INVALID_VALUE', `${path}.title`, `must be a string; got ${show(title)}`, title, i);
  const metric = text(own(o, 'metric'), `${path}.metric`, 'INVALID_VALUE', i);
  const baseline = finite(own(o, 'baseline'), `${path}.baseline`, i);
  const target = finite(own(o, 'target'), `${path}.target`, i);
  const direction = own(o, 'direction');
  if (direction !== 'higher' && direction !== 'lower')
    fail('INVALID_VALUE', `${path}.direction`, `must be 'higher' or 'lower'; got ${show(direction)}`, direction, i);
  if (baseline === target)
    fail(
      'INVALID_VALUE',
      `${path}.target`,
      `equals its baseline (${baseline}); progress from baseline to target is undefined`,
      target,
      i,
    );
  if (direction === 'higher' ? target < baseline : target > baseline) {
    fail(
      'INVALID_VALUE',
      `${path}.target`,
      `(${target}) is ${direction === 'higher' ? 'below' : 'above'} its baseline (${baseline}) but direction is '${direction}'`,
      target,
      i,
    );
  }
  const unit = own(o, 'unit');
  if (unit !== undefined && typeof unit !== 'string')
    fail('INVALID_VALUE', `${path}.unit`, `must be a string; got ${show(unit)}`, unit, i);
  const h = own(o, 'history');
  let t = new Float64Array(0);
  let y = new Float64Array(0);
  if (h !== undefined) {
    const n = lengthOf(h, `${path}.history`, 'INVALID_VALUE');
    const arr = h as ArrayLike<unknown>;
    t = new Float64Array(n);
    y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const p = arr[j];
      if (!isRecord(p)) fail('INVALID_VALUE', `${path}.history[${j}]`, `must be { at, value }; got ${show(p)}`, p, j);
      t[j] = parseInstant(own(p, 'at'), `${path}.history[${j}].at`, { index: j });
      y[j] = finite(own(p, 'value'), `${path}.history[${j}].value`, j);
    }
  }
  return {
    kr: { id, title, metric, baseline, target, direction, unit: unit as string | undefined },
    history: { t, y },
  };
}

/**
 * Least-squares line through (t, y), evaluated at `at` (NumPy's `polyfit(t, y, 1)` then
 * `polyval`). Times are centred and in days, values divided by their largest magnitude, so
 * neither the sums nor the products overflow.
 */
export function linearForecast(t: Float64Array, y: Float64Array, at: number): { value: number | null; gap: ForecastGap | null } {
  const n = t.length;
  if (n < 2) return { value: null, gap: 'too-few-points' };
  let t0 = t[0];
  for (let i = 1; i < n; i++) if (t[i] < t0) t0 = t[i];
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(y[i]));
  if (scale === 0) scale = 1;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (t[i] - t0) / DAY_MS;
    my += y[i] / scale;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (t[i] - t0) / DAY_MS - mx;
    sxy += dx * (y[i] / scale - my);
    sxx += dx * dx;
  }
  if (sxx === 0) return { value: null, gap: 'same-instant' };
  const scaled = my + (sxy / sxx) * ((at - t0) / DAY_MS - mx);
  const value = scaled * scale;
  if (!Number.isFinite(value)) return { value: null, gap: 'out-of-range' };
  return { value, gap: null };
}

const RANK: Record<DeliveryStatus, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/**
 * Progress of an objective's key results at `now` (API.md, "goals").
 *
 * For each key result: `progress` = (value − baseline) / (target − baseline), clamped to
 * [0, 1] (the formula is direction-aware by itself: for a `'lower'` metric the target is
 * below the baseline); `expected` = the share of `[from, to)` elapsed at `now`, clamped to
 * [0, 1]; `forecast` = the value at `period.to` of the least-squares line through `history`
 * (NumPy `polyfit(…, 1)`), null with fewer than two readings or all at one instant.
 *
 * Status, first rule that applies:
 * 1. value at or past the target → `on-track` (`target-met`);
 * 2. value at or behind the baseline once a third of the period has passed → `off-track` (`no-progress`);
 * 3. the period is over (`expected` = 1) and the target not met → `off-track` (`period-ended`);
 * 4. value behind the baseline (early in the period) → `at-risk` (`behind-baseline`);
 * 5. `progress ≥ expected − tolerance` → `on-track` (`on-pace`);
 * 6. otherwise → `at-risk` (`behind-pace`): progress trails the pace by more than `tolerance`.
 *
 * The objective's `progress` is the mean of its key results' progress and its `status` the
 * worst of theirs.
 *
 * @throws SextantError `EMPTY_INPUT` (no key results), `INVALID_VALUE` (a malformed objective
 *   or key result, baseline = target, a target on the wrong side of the baseline for its
 *   direction, a history point that is not `{ at, value }`), `NON_FINITE`, `INVALID_INTERVAL`
 *   (`period.from ≥ period.to`), `INVALID_OPTION` (`now`, `tolerance`, `values` not an object
 *   or Map), `NOT_FOUND` (a key result whose metric has no entry in `values`).
 * @example
 * ```ts
 * const objective = {
 *   id: 'o1',
 *   title: 'Catch more fraud, faster',
 *   period: { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
 *   keyResults: [
 *     { id: 'f1', title: 'F1 from 0.80 to 0.90', metric: 'f1', baseline: 0.8, target: 0.9, direction: 'higher',
 *       history: [{ at: '2026-01-01T00:00:00Z', value: 0.8 }, { at: '2026-02-01T00:00:00Z', value: 0.84 }] },
 *     { id: 'p95', title: 'p95 latency under 120 ms', metric: 'p95', baseline: 200, target: 120, direction: 'lower', unit: 'ms' },
 *   ],
 * };
 * const r = okrProgress(objective, { now: '2026-02-15T00:00:00Z', values: { f1: 0.85, p95: 190 } });
 * r.expected; // 45 / 90
 * r.keyResults[0].progress; // 0.5
 * r.keyResults[0].status; // 'on-track'
 * r.keyResults[0].forecast; // 0.8 + 0.04 * 90 / 31
 * r.keyResults[1].progress; // 0.125
 * r.keyResults[1].status; // 'at-risk'
 * r.progress; // (0.5 + 0.125) / 2
 * r.status; // 'at-risk'
 * ```
 */
export function okrProgress(objective: Objective, options: OkrProgressOptions): ObjectiveProgress {
  const o = record(objective, 'objective');
  const id = text(own(o, 'id'), 'objective.id');
  const title = own(o, 'title');
  if (typeof title !== 'string') fail('INVALID_VALUE', 'objective.title', `must be a string; got ${show(title)}`, title);
  const owner = own(o, 'owner');
  if (owner !== undefined && owner !== null && typeof owner !== 'string')
    fail('INVALID_VALUE', 'objective.owner', `must be a string; got ${show(owner)}`, owner);
  const { from, to } = period(own(o, 'period'), 'objective.period');
  const krs = own(o, 'keyResults');
  const n = lengthOf(krs, 'objective.keyResults', 'INVALID_VALUE', true);
  const seen = new Set<string>();
  const parsed: ParsedKeyResult[] = [];
  for (let i = 0; i < n; i++) parsed.push(parseKeyResult((krs as ArrayLike<unknown>)[i], i, seen));

  const opts = record(options, 'options', 'INVALID_OPTION');
  const now = parseInstant(own(opts, 'now'), 'options.now', { code: 'INVALID_OPTION' });
  const tol = own(opts, 'tolerance') ?? 0.1;
  if (typeof tol !== 'number' || !(tol >= 0 && tol <= 1))
    fail('INVALID_OPTION', 'options.tolerance', `must be a number in [0, 1]; got ${show(tol)}`, tol);
  const values = own(opts, 'values');
  const isMap = values instanceof Map;
  if (!isMap && !isRecord(values))
    fail('INVALID_OPTION', 'options.values', `must be an object or a Map of metric → value; got ${show(values)}`, values);
  const lookup = (metric: string): unknown =>
    isMap ? (values as Map<string, unknown>).get(metric) : own(values as Record<string, unknown>, metric);
  const has = (metric: string): boolean =>
    isMap ? (values as Map<string, unknown>).has(metric) : Object.prototype.hasOwnProperty.call(values, metric);

  const expected = clamp01((now - from) / (to - from));
  const out: KeyResultProgress[] = [];
  const counts = { onTrack: 0, atRisk: 0, offTrack: 0 };
  let worst: DeliveryStatus = 'on-track';
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const { kr, history } = parsed[i];
    if (!has(kr.metric)) {
      throw new SextantError(
        'NOT_FOUND',
        `options.values has no entry for metric ${show(kr.metric)} of key result ${show(kr.id)} (objective.keyResults[${i}])`,
        { argument: 'options.values', index: i, value: kr.metric },
      );
    }
    const value = finite(lookup(kr.metric), `options.values[${show(kr.metric)}]`);
    const raw = rawProgress(value, kr.baseline, kr.target);
    const progress = clamp01(raw);
    let status: DeliveryStatus;
    let statusReason: KeyResultStatusReason;
    if (raw >= 1) [status, statusReason] = ['on-track', 'target-met'];
    else if (raw <= 0 && expected >= 1 / 3) [status, statusReason] = ['off-track', 'no-progress'];
    else if (expected >= 1) [status, statusReason] = ['off-track', 'period-ended'];
    else if (raw < 0) [status, statusReason] = ['at-risk', 'behind-baseline'];
    else if (progress >= expected - tol) [status, statusReason] = ['on-track', 'on-pace'];
    else [status, statusReason] = ['at-risk', 'behind-pace'];
    const f = linearForecast(history.t, history.y, to);
    out.push({
      id: kr.id,
      title: kr.title,
      metric: kr.metric,
      unit: kr.unit ?? null,
      direction: kr.direction,
      baseline: kr.baseline,
      target: kr.target,
      value,
      progress,
      expected,
      status,
      statusReason,
      forecast: f.value,
      forecastProgress: f.value === null ? null : clamp01(rawProgress(f.value, kr.baseline, kr.target)),
      forecastGap: f.gap,
      historyCount: history.t.length,
    });
    sum += progress;
    if (status === 'on-track') counts.onTrack++;
    else if (status === 'at-risk') counts.atRisk++;
    else counts.offTrack++;
    if (RANK[status] > RANK[worst]) worst = status;
  }
  return {
    id,
    title,
    owner: typeof owner === 'string' ? owner : null,
    period: { from: iso(from), to: iso(to) },
    now: iso(now),
    expected,
    progress: sum / n,
    status: worst,
    counts,
    keyResults: out,
  };
}
