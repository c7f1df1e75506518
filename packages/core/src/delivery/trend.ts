/**
 * Period over period: how a delivery figure moved against the previous period, and the
 * scorecard a delivery lead reports upward (the four DORA keys, rollback rate and
 * experiment success, each with its band, its trend and a per-bucket series).
 */
import { SextantError } from '../errors';
import { instantToIso, MAX_INSTANT_MS } from '../internal/instant';
import { assertIntegerInRange, show } from '../internal/validate';
import { type DoraBand, doraBand, doraBandTable, DORA_LATEST_YEAR } from './bands';
import { failureRateOf, firstShipments, frequencyOf, leadTimeOf, namedDeployments, recoveryOf, rollbackRateOf } from './dora';
import { type ExperimentRecord, experimentSuccessRate } from './mlops';
import {
  type Change,
  type Deployment,
  type Incident,
  type Period,
  parseChanges,
  parseDeployments,
  parseIncidents,
  parsePeriod,
} from './records';

/** The figures a scorecard shows, in display order. */
export type DeliveryKey =
  | 'deploymentFrequency'
  | 'leadTimeForChanges'
  | 'changeFailureRate'
  | 'meanTimeToRecovery'
  | 'rollbackRate'
  | 'experimentSuccessRate';

/**
 * The keys of a {@link deliveryScorecard}, in display order.
 *
 * @example
 * ```ts
 * DELIVERY_KEYS.length; // 6
 * ```
 */
export const DELIVERY_KEYS: readonly DeliveryKey[] = [
  'deploymentFrequency',
  'leadTimeForChanges',
  'changeFailureRate',
  'meanTimeToRecovery',
  'rollbackRate',
  'experimentSuccessRate',
];

const HIGHER_IS_BETTER: Readonly<Record<DeliveryKey, boolean>> = {
  deploymentFrequency: true,
  leadTimeForChanges: false,
  changeFailureRate: false,
  meanTimeToRecovery: false,
  rollbackRate: false,
  experimentSuccessRate: true,
};

/** How a figure moved from the previous period to this one. */
export interface DeliveryTrend {
  current: number | null;
  previous: number | null;
  /** `current − previous`; `null` when either is `null`. */
  change: number | null;
  /** `change / |previous|`; `null` when `previous` is 0 or either is `null`. */
  relativeChange: number | null;
  /** Judged by the key's good direction (more deployments, fewer failures); `null` when `change` is. */
  direction: 'better' | 'worse' | 'unchanged' | null;
}

/**
 * Compare one delivery figure across two periods: the change, the relative change, and
 * whether it moved the good way for that key (up for deployment frequency and experiment
 * success, down for lead time, failure and rollback rates and time to recovery).
 *
 * @example
 * ```ts
 * deliveryTrend('changeFailureRate', 0.1, 0.2);
 * // { current: 0.1, previous: 0.2, change: -0.1, relativeChange: -0.5, direction: 'better' }
 * deliveryTrend('deploymentFrequency', 3, null).direction; // null
 * ```
 */
export function deliveryTrend(key: DeliveryKey, current: number | null, previous: number | null): DeliveryTrend {
  if (!DELIVERY_KEYS.includes(key)) {
    throw new SextantError('INVALID_OPTION', `key must be one of ${DELIVERY_KEYS.join(', ')}; got ${show(key)}`, {
      argument: 'key',
      value: key,
    });
  }
  for (const [name, v] of [
    ['current', current],
    ['previous', previous],
  ] as const) {
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw new SextantError('INVALID_VALUE', `${name} must be a finite number or null; got ${show(v)}`, {
        argument: name,
        value: v,
      });
    }
  }
  if (current === null || previous === null) return { current, previous, change: null, relativeChange: null, direction: null };
  const change = current - previous;
  const relativeChange = previous === 0 ? null : change / Math.abs(previous);
  // Both overflow only when the true value is beyond the largest double (opposite extremes,
  // or a huge change over a tiny previous value): refused rather than ±Infinity.
  if (!Number.isFinite(change) || (relativeChange !== null && !Number.isFinite(relativeChange))) {
    throw new SextantError(
      'INVALID_VALUE',
      `the change from previous (${show(previous)}) to current (${show(current)}) is beyond the largest finite number (≈1.8e308)`,
      { argument: 'current', value: current },
    );
  }
  const up = HIGHER_IS_BETTER[key];
  const direction = change === 0 ? 'unchanged' : change > 0 === up ? 'better' : 'worse';
  return { current, previous, change, relativeChange, direction };
}

/** Records a scorecard reads; only `deployments` is required. */
export interface DeliveryData {
  deployments: ArrayLike<Deployment>;
  changes?: ArrayLike<Change>;
  incidents?: ArrayLike<Incident>;
  experiments?: ArrayLike<ExperimentRecord>;
}

/** Options of {@link deliveryScorecard}. */
export interface DeliveryScorecardOptions extends Period {
  /** The period to compare with. @default the period of the same length just before `from` */
  previous?: Period;
  /** DORA report year for the bands. @default 2023 */
  year?: number;
  /** Equal sub-periods of `[from, to)` for each key's trend line (1–52). @default 6 */
  buckets?: number;
}

/** One tile of the scorecard. */
export interface DeliveryScorecardKey {
  key: DeliveryKey;
  /** The figure in `unit`: deployments per week, median lead time in hours, a share, mean hours to recover. */
  value: number | null;
  unit: 'per week' | 'hours' | 'share';
  /** The DORA band (the four DORA keys only; `null` for the others or when `value` is `null`). */
  band: DoraBand | null;
  trend: DeliveryTrend;
  /** `value` per bucket of the period, oldest first. */
  series: (number | null)[];
  /** How many records the figure stands on (deployments, changes, incidents, experiments). */
  basis: number;
  higherIsBetter: boolean;
}

/** Result of {@link deliveryScorecard}. */
export interface DeliveryScorecard {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  /** The DORA report year of the bands. */
  year: number;
  /** Start of each series bucket (ISO). */
  bucketStarts: string[];
  keys: DeliveryScorecardKey[];
}

/**
 * The delivery scorecard of a period: the four DORA keys plus rollback rate and experiment
 * success, each with its DORA band (report of `year`), its trend against the previous
 * period and a per-bucket series for a sparkline. Deployment frequency is per week, lead
 * time is the median (DORA asks for the typical change), time to recovery the mean.
 *
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' },
 *   { id: 'd2', at: '2026-03-09T09:00:00Z', status: 'rolled-back' },
 *   { id: 'd3', at: '2026-02-20T09:00:00Z', status: 'success' },
 * ];
 * const card = deliveryScorecard({ deployments }, { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z', buckets: 2 });
 * card.previous; // { from: '2026-02-15T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' }
 * card.keys[0].value; // 0.5
 * card.keys[0].trend.direction; // 'unchanged'
 * card.keys[4].series; // [0, 1]
 * ```
 */
export function deliveryScorecard(data: DeliveryData, options: DeliveryScorecardOptions): DeliveryScorecard {
  if (data === null || typeof data !== 'object') {
    throw new SextantError(
      'INVALID_OPTION',
      `data must be { deployments, changes?, incidents?, experiments? }; got ${show(data)}`,
      {
        argument: 'data',
      },
    );
  }
  const d = parseDeployments(data.deployments, 'data.deployments', true);
  const c = parseChanges(data.changes ?? [], 'data.changes');
  const inc = parseIncidents(data.incidents ?? [], 'data.incidents');
  const experiments = data.experiments ?? [];
  const cur = parsePeriod(options, 'options');
  const prev =
    options.previous === undefined
      ? { from: 2 * cur.from - cur.to, to: cur.from }
      : parsePeriod(options.previous, 'options.previous');
  if (prev.from < -MAX_INSTANT_MS) {
    throw new SextantError(
      'INVALID_INTERVAL',
      'options: the previous period of the same length starts before the range of Date; pass options.previous',
      {
        argument: 'options.previous',
      },
    );
  }
  const year = options.year ?? DORA_LATEST_YEAR;
  doraBandTable(year);
  const buckets = options.buckets ?? 6;
  assertIntegerInRange(buckets, 1, 52, 'options.buckets');
  const first = firstShipments(d);
  const named = namedDeployments(inc);

  const figures = (from: number, to: number): { value: number | null; basis: number }[] => {
    const f = frequencyOf(d, from, to);
    const lt = leadTimeOf(c, first, from, to);
    const cfr = failureRateOf(d, named, from, to);
    const mttr = recoveryOf(inc, from, to);
    const rb = rollbackRateOf(d, from, to);
    const ex = experimentSuccessRate(experiments, { from, to });
    return [
      { value: f.perWeek, basis: f.count },
      { value: lt.p50Hours, basis: lt.count },
      { value: cfr.rate, basis: cfr.deployments },
      { value: mttr.meanHours, basis: mttr.count },
      { value: rb.rate, basis: rb.deployments },
      { value: ex.rate, basis: ex.concluded },
    ];
  };
  const now = figures(cur.from, cur.to);
  const before = figures(prev.from, prev.to);
  const step = (cur.to - cur.from) / buckets;
  const starts: number[] = [];
  const series: (number | null)[][] = DELIVERY_KEYS.map(() => []);
  for (let b = 0; b < buckets; b++) {
    const from = cur.from + b * step;
    const to = b === buckets - 1 ? cur.to : cur.from + (b + 1) * step;
    starts.push(from);
    const fb = figures(from, to);
    for (let k = 0; k < fb.length; k++) series[k].push(fb[k].value);
  }
  const keys = DELIVERY_KEYS.map((key, k): DeliveryScorecardKey => {
    const value = now[k].value;
    let band: DoraBand | null = null;
    // A negative lead time (a change committed after the deployment that shipped it) is a
    // data error the figure shows as it is; it gets no band rather than the best one.
    if (value !== null && value < 0) band = null;
    else if (key === 'deploymentFrequency') band = doraBand(key, (value as number) / 7, { year });
    else if (key === 'leadTimeForChanges' || key === 'changeFailureRate' || key === 'meanTimeToRecovery')
      band = doraBand(key, value, { year });
    return {
      key,
      value,
      unit:
        key === 'deploymentFrequency'
          ? 'per week'
          : key === 'leadTimeForChanges' || key === 'meanTimeToRecovery'
            ? 'hours'
            : 'share',
      band,
      trend: deliveryTrend(key, value, before[k].value),
      series: series[k],
      basis: now[k].basis,
      higherIsBetter: HIGHER_IS_BETTER[key],
    };
  });
  return {
    period: { from: instantToIso(cur.from), to: instantToIso(cur.to) },
    previous: { from: instantToIso(prev.from), to: instantToIso(prev.to) },
    year,
    bucketStarts: starts.map(instantToIso),
    keys,
  };
}
