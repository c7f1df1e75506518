/**
 * The running cost of a model beside its operational metrics (API.md: `costPerPrediction`,
 * `resourceUtilisation`): what one prediction costs, and how much of the GPUs, CPUs and
 * memory paid for is used.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { DAY_MS, fail, finite, iso, isRecord, lengthOf, own, record, text } from './check';
import type { GoalInstant } from './okr';

/** One cost item (an invoice line, a day of a GPU node). */
export interface CostItem {
  at: GoalInstant;
  /** Amount in the currency of `unit`; ≥ 0. */
  amount: number;
  /** What it paid for (`'gpu'`, `'storage'`, …), for the breakdown. */
  resource?: string;
}

/** Predictions served in one batch or window. */
export interface PredictionCount {
  at: GoalInstant;
  /** An integer ≥ 0. */
  count: number;
}

/** What {@link costPerPrediction} reads. */
export interface CostPerPredictionInput {
  /** The period's total cost, or cost items (only those with `at` in `[from, to)` count). */
  cost: number | ArrayLike<CostItem>;
  /** The period's prediction count, or counts per window (only those with `at` in `[from, to)` count). */
  predictions: number | ArrayLike<PredictionCount>;
  from: GoalInstant;
  to: GoalInstant;
  /** The currency, echoed (`'EUR'`). */
  unit?: string;
}

/** Result of {@link costPerPrediction}. Plain JSON. */
export interface CostPerPrediction {
  from: string;
  to: string;
  /** Length of the period in days (fractional). */
  days: number;
  unit: string | null;
  cost: number;
  predictions: number;
  /** cost ÷ predictions, or null when no prediction was served. */
  costPerPrediction: number | null;
  /** cost ÷ predictions × 1000 (what cloud price lists quote), or null. */
  costPerThousand: number | null;
  costPerDay: number;
  predictionsPerDay: number;
  /** Cost per `resource` of the cost items, largest first (empty when `cost` is a number); items without one are `'other'`. */
  byResource: { resource: string; cost: number; share: number | null }[];
}

function periodOf(input: Record<string, unknown>): { from: number; to: number } {
  const from = parseInstant(own(input, 'from'), 'input.from', { code: 'INVALID_OPTION' });
  const to = parseInstant(own(input, 'to'), 'input.to', { code: 'INVALID_OPTION' });
  if (!(from < to)) {
    throw new SextantError('INVALID_INTERVAL', `input.from (${iso(from)}) must be before input.to (${iso(to)})`, {
      argument: 'input.from',
    });
  }
  return { from, to };
}

/**
 * Cost per prediction over a period: the total cost (a number, or the cost items dated in
 * `[from, to)`) divided by the predictions served (a number, or the counts dated in the
 * period); per thousand predictions; per day; and the cost by resource. No predictions →
 * `costPerPrediction: null` (not Infinity). A total beyond ±1.8e308 is refused, never
 * returned as Infinity.
 *
 * @throws SextantError `INVALID_VALUE` (a malformed item, a negative amount, a count that is
 *   not an integer ≥ 0, totals beyond the doubles or past 2^53 predictions), `NON_FINITE`,
 *   `INVALID_OPTION` (`from` / `to` not instants), `INVALID_INTERVAL` (`from ≥ to`).
 * @example
 * ```ts
 * const r = costPerPrediction({
 *   cost: [
 *     { at: '2026-03-01T00:00:00Z', amount: 1200, resource: 'gpu' },
 *     { at: '2026-03-15T00:00:00Z', amount: 300, resource: 'storage' },
 *     { at: '2026-04-02T00:00:00Z', amount: 999, resource: 'gpu' },
 *   ],
 *   predictions: [{ at: '2026-03-10T00:00:00Z', count: 1000000 }, { at: '2026-03-20T00:00:00Z', count: 500000 }],
 *   from: '2026-03-01T00:00:00Z',
 *   to: '2026-03-31T00:00:00Z',
 *   unit: 'EUR',
 * });
 * r.cost; // 1500
 * r.costPerPrediction; // 0.001
 * r.costPerThousand; // 1
 * r.costPerDay; // 50
 * r.byResource; // [{ resource: 'gpu', cost: 1200, share: 0.8 }, { resource: 'storage', cost: 300, share: 0.2 }]
 * ```
 */
export function costPerPrediction(input: CostPerPredictionInput): CostPerPrediction {
  const inp = record(input, 'input', 'INVALID_OPTION');
  const { from, to } = periodOf(inp);
  const unit = own(inp, 'unit');
  if (unit !== undefined && typeof unit !== 'string')
    fail('INVALID_VALUE', 'input.unit', `must be a string; got ${show(unit)}`, unit);

  const c = own(inp, 'cost');
  let cost = 0;
  const byRes = new Map<string, number>();
  if (typeof c === 'number') {
    cost = finite(c, 'input.cost');
    if (cost < 0) fail('INVALID_VALUE', 'input.cost', `must be ≥ 0; got ${cost}`, cost);
  } else {
    const n = lengthOf(c, 'input.cost', 'INVALID_VALUE');
    const items = c as ArrayLike<unknown>;
    for (let i = 0; i < n; i++) {
      const path = `input.cost[${i}]`;
      const it = items[i];
      if (!isRecord(it)) fail('INVALID_VALUE', path, `must be { at, amount, resource? }; got ${show(it)}`, it, i);
      const t = parseInstant(own(it, 'at'), `${path}.at`, { index: i });
      const amount = finite(own(it, 'amount'), `${path}.amount`, i);
      if (amount < 0) fail('INVALID_VALUE', `${path}.amount`, `must be ≥ 0; got ${amount}`, amount, i);
      const r = own(it, 'resource');
      if (r !== undefined && (typeof r !== 'string' || r.length === 0))
        fail('INVALID_VALUE', `${path}.resource`, `must be a non-empty string; got ${show(r)}`, r, i);
      if (t < from || t >= to) continue;
      cost += amount;
      if (!Number.isFinite(cost))
        fail('INVALID_VALUE', path, `takes the total cost beyond the largest number (1.8e308); use a larger unit`, undefined, i);
      const key = (r as string | undefined) ?? 'other';
      byRes.set(key, (byRes.get(key) ?? 0) + amount);
    }
  }

  const p = own(inp, 'predictions');
  let predictions = 0;
  const countOf = (v: unknown, path: string, i?: number): number => {
    const x = finite(v, path, i);
    if (!Number.isInteger(x) || x < 0 || x > Number.MAX_SAFE_INTEGER)
      fail('INVALID_VALUE', path, `must be an integer in [0, 2^53 − 1]; got ${show(x)}`, x, i);
    return x;
  };
  if (typeof p === 'number') predictions = countOf(p, 'input.predictions');
  else {
    const n = lengthOf(p, 'input.predictions', 'INVALID_VALUE');
    const rows = p as ArrayLike<unknown>;
    for (let i = 0; i < n; i++) {
      const path = `input.predictions[${i}]`;
      const it = rows[i];
      if (!isRecord(it)) fail('INVALID_VALUE', path, `must be { at, count }; got ${show(it)}`, it, i);
      const t = parseInstant(own(it, 'at'), `${path}.at`, { index: i });
      const k = countOf(own(it, 'count'), `${path}.count`, i);
      if (t < from || t >= to) continue;
      predictions += k;
      if (predictions > Number.MAX_SAFE_INTEGER)
        fail('INVALID_VALUE', path, `takes the prediction count past 2^53 − 1, where counts stop being exact`, undefined, i);
    }
  }

  const days = (to - from) / DAY_MS;
  const per = predictions === 0 ? null : cost / predictions;
  const perThousand = per === null ? null : per * 1000;
  // cost near 1.8e308 over a handful of predictions: per thousand would be Infinity.
  if (perThousand !== null && !Number.isFinite(perThousand))
    fail('INVALID_VALUE', 'input.cost', `is too large to express per thousand predictions; use a larger unit`);
  const costPerDay = cost / days;
  if (!Number.isFinite(costPerDay)) fail('INVALID_VALUE', 'input.cost', `is too large to express per day; use a larger unit`);
  const byResource = Array.from(byRes, ([resource, v]) => ({ resource, cost: v, share: cost === 0 ? null : v / cost }));
  byResource.sort((a, b) => b.cost - a.cost || (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
  return {
    from: iso(from),
    to: iso(to),
    days,
    unit: typeof unit === 'string' ? unit : null,
    cost,
    predictions,
    costPerPrediction: per,
    costPerThousand: perThousand,
    costPerDay,
    predictionsPerDay: predictions / days,
    byResource,
  };
}

/** One utilisation reading of a resource. */
export interface ResourceSample {
  /** Which resource (`'gpu-0'`, `'cpu'`, `'memory'`): statistics are per resource. */
  resource: string;
  at: GoalInstant;
  /** Amount in use, 0 ≤ used ≤ capacity, in any unit (cores, GiB, %). */
  used: number;
  /** Amount available, > 0, in the same unit. */
  capacity: number;
}

/** Options of {@link resourceUtilisation}. */
export interface ResourceUtilisationOptions {
  /** Start of the window. @default each resource's first sample */
  from?: GoalInstant;
  /** End of the window: the last sample holds until here. @default each resource's last sample */
  to?: GoalInstant;
  /** Utilisation below this share counts as idle. @default 0.05 */
  idleBelow?: number;
}

/** One resource's utilisation (shares of capacity, 0–1). */
export interface ResourceUtilisationStats {
  resource: string;
  /** Samples that carry weight (or, when none does, that were averaged). */
  samples: number;
  /** Milliseconds of time the samples cover (0 when the statistics are unweighted). */
  coveredMs: number;
  /** Time-weighted mean utilisation. */
  mean: number;
  /** Time-weighted 95th percentile (inverted CDF: the smallest value at or above which 5 % of the time was spent). */
  p95: number;
  /** Highest utilisation sampled in the window (or carried into it from before `from`). */
  peak: number;
  /** Share of time below `idleBelow`. */
  idleShare: number;
}

/** Result of {@link resourceUtilisation}. Plain JSON. */
export interface ResourceUtilisation {
  from: string | null;
  to: string | null;
  idleBelow: number;
  /** One entry per resource, in order of first appearance. */
  resources: ResourceUtilisationStats[];
}

/**
 * Utilisation of each resource from samples of `used` and `capacity`: mean, 95th percentile,
 * peak and idle share of `used / capacity`, time-weighted. Each sample's utilisation holds
 * from its `at` until the resource's next sample (a step function, as a gauge scraped at
 * intervals); the last sample holds until `to`, or carries no weight when `to` is not given.
 * Samples before `from` count from `from`. The 95th percentile is the weighted inverted CDF
 * (NumPy ≥ 2.0 `quantile(u, 0.95, method='inverted_cdf', weights=durations)`). When no sample
 * covers any time (one sample and no `to`), the samples in the window count equally. A
 * resource with no sample in the window is left out.
 *
 * @throws SextantError `EMPTY_INPUT` (no samples), `INVALID_VALUE` (a malformed sample,
 *   `capacity ≤ 0`, `used` outside [0, capacity]), `NON_FINITE`, `INVALID_OPTION` (a bad
 *   `from`, `to` or `idleBelow`), `INVALID_INTERVAL` (`from ≥ to`).
 * @example
 * ```ts
 * const r = resourceUtilisation(
 *   [
 *     { resource: 'gpu', at: '2026-03-01T00:00:00Z', used: 0, capacity: 80 },
 *     { resource: 'gpu', at: '2026-03-01T06:00:00Z', used: 60, capacity: 80 },
 *     { resource: 'gpu', at: '2026-03-01T18:00:00Z', used: 80, capacity: 80 },
 *   ],
 *   { to: '2026-03-02T00:00:00Z' },
 * );
 * r.resources[0];
 * // { resource: 'gpu', samples: 3, coveredMs: 86400000, mean: (0 * 6 + 0.75 * 12 + 1 * 6) / 24, p95: 1, peak: 1, idleShare: 0.25 }
 * ```
 */
export function resourceUtilisation(
  samples: ArrayLike<ResourceSample>,
  options: ResourceUtilisationOptions = {},
): ResourceUtilisation {
  const n = lengthOf(samples, 'samples', 'INVALID_VALUE', true);
  const res = new Int32Array(n);
  const at = new Float64Array(n);
  const u = new Float64Array(n);
  const names: string[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const path = `samples[${i}]`;
    const s = (samples as ArrayLike<unknown>)[i];
    if (!isRecord(s)) fail('INVALID_VALUE', path, `must be { resource, at, used, capacity }; got ${show(s)}`, s, i);
    const name = text(own(s, 'resource'), `${path}.resource`, 'INVALID_VALUE', i);
    at[i] = parseInstant(own(s, 'at'), `${path}.at`, { index: i });
    const used = finite(own(s, 'used'), `${path}.used`, i);
    const capacity = finite(own(s, 'capacity'), `${path}.capacity`, i);
    if (!(capacity > 0)) fail('INVALID_VALUE', `${path}.capacity`, `must be > 0; got ${capacity}`, capacity, i);
    if (used < 0 || used > capacity)
      fail('INVALID_VALUE', `${path}.used`, `must be in [0, capacity = ${capacity}]; got ${used}`, used, i);
    u[i] = used / capacity;
    let r = index.get(name);
    if (r === undefined) {
      r = names.length;
      index.set(name, r);
      names.push(name);
    }
    res[i] = r;
  }
  const opts = record(options, 'options', 'INVALID_OPTION');
  const fromOpt = own(opts, 'from');
  const toOpt = own(opts, 'to');
  const from = fromOpt === undefined ? -Infinity : parseInstant(fromOpt, 'options.from', { code: 'INVALID_OPTION' });
  const to = toOpt === undefined ? Infinity : parseInstant(toOpt, 'options.to', { code: 'INVALID_OPTION' });
  if (!(from < to)) {
    throw new SextantError('INVALID_INTERVAL', `options.from (${iso(from)}) must be before options.to (${iso(to)})`, {
      argument: 'options.from',
    });
  }
  const idleBelow = own(opts, 'idleBelow') ?? 0.05;
  if (typeof idleBelow !== 'number' || !(idleBelow >= 0 && idleBelow <= 1))
    fail('INVALID_OPTION', 'options.idleBelow', `must be a number in [0, 1]; got ${show(idleBelow)}`, idleBelow);

  // Samples ordered by resource, then time, then input order.
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => res[a] - res[b] || at[a] - at[b] || a - b);
  const resources: ResourceUtilisationStats[] = [];
  let lo = 0;
  while (lo < n) {
    let hi = lo;
    while (hi < n && res[order[hi]] === res[order[lo]]) hi++;
    const stats = statsOf(order.slice(lo, hi), at, u, from, to, idleBelow as number);
    if (stats !== null) resources.push({ resource: names[res[order[lo]]], ...stats });
    lo = hi;
  }
  return {
    from: fromOpt === undefined ? null : iso(from),
    to: toOpt === undefined ? null : iso(to),
    idleBelow: idleBelow as number,
    resources,
  };
}

function statsOf(
  idx: number[],
  at: Float64Array,
  u: Float64Array,
  from: number,
  to: number,
  idleBelow: number,
): Omit<ResourceUtilisationStats, 'resource'> | null {
  const m = idx.length;
  const w = new Float64Array(m);
  let total = 0;
  for (let k = 0; k < m; k++) {
    const start = Math.max(at[idx[k]], from);
    const end = Math.min(k + 1 < m ? at[idx[k + 1]] : to === Infinity ? at[idx[k]] : to, to);
    w[k] = end > start ? end - start : 0;
    total += w[k];
  }
  const weighted = total > 0;
  if (!weighted) {
    // Nothing covers any time: the samples inside the window count equally.
    for (let k = 0; k < m; k++) {
      const t = at[idx[k]];
      w[k] = t >= from && t < to ? 1 : 0;
      total += w[k];
    }
    if (total === 0) return null;
  }
  let sum = 0;
  let idle = 0;
  let peak = 0;
  let count = 0;
  const vals: { v: number; w: number }[] = [];
  for (let k = 0; k < m; k++) {
    const v = u[idx[k]];
    const t = at[idx[k]];
    // A sample read inside the window was seen, even when it holds no time (the last one without `to`).
    if ((w[k] !== 0 || (t >= from && t < to)) && v > peak) peak = v;
    if (w[k] === 0) continue;
    count++;
    sum += v * w[k];
    if (v < idleBelow) idle += w[k];
    vals.push({ v, w: w[k] });
  }
  vals.sort((a, b) => a.v - b.v);
  let cum = 0;
  let p95 = vals[vals.length - 1].v;
  for (const x of vals) {
    cum += x.w;
    if (cum >= 0.95 * total) {
      p95 = x.v;
      break;
    }
  }
  return {
    samples: count,
    coveredMs: weighted ? total : 0,
    mean: Math.min(1, sum / total),
    p95,
    peak,
    idleShare: idle / total,
  };
}
