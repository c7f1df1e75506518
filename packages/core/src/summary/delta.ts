import { SextantError } from '../errors';
import { checkArrayLike } from '../internal/hostile';
import { nonFinite, notANumber, show } from '../internal/validate';

/** Which way a figure moved: the sign of the change, nothing more. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** Whether a change is good news, given which way is better. */
export type ChangeAssessment = 'better' | 'worse' | 'unchanged';

/** Options of {@link metricDelta}. */
export interface MetricDeltaOptions {
  /** Whether larger values are better. @default true */
  higherIsBetter?: boolean;
  /**
   * The values are shares (0.912 = 91.2 %): the change is also given in percentage
   * points, so a display can say `+1.5 pp` instead of the ambiguous `+1.5 %`. @default false
   */
  percent?: boolean;
  /**
   * A change no larger than this (in the value's own unit) counts as flat, so that a change
   * below the display precision is not painted as better or worse. @default 0
   */
  flatWithin?: number;
}

/** The change of a metric since the previous period, from {@link metricDelta}. */
export interface MetricDelta {
  /** `value − previous`, in the value's unit. */
  change: number;
  /**
   * `(value − previous) / |previous|` — the relative change (0.157 = +15.7 %); null when
   * `previous` is 0 or the ratio is not representable as a finite number.
   */
  relativeChange: number | null;
  /** The change × 100 when `percent` is set (percentage points), else null. */
  percentagePoints: number | null;
  /** The sign of the change; `flat` within `flatWithin`. */
  direction: ChangeDirection;
  /** `better`/`worse` by `higherIsBetter`; `unchanged` when flat. */
  assessment: ChangeAssessment;
}

function finiteArgument(value: unknown, name: string): number {
  if (typeof value !== 'number') {
    throw new SextantError('INVALID_VALUE', `${name} must be a number; got ${show(value)}`, { argument: name, value });
  }
  if (!Number.isFinite(value)) {
    throw new SextantError('NON_FINITE', `${name} must be a finite number; got ${String(value)}`, { argument: name, value });
  }
  return value;
}

/**
 * The change of a headline metric since the previous period: absolute, relative and (for
 * shares) in percentage points, with its direction and whether it is an improvement.
 * The relative change is the usual period-over-period ratio `(v − p) / |p|`, as
 * pandas' `pct_change` with a sign that stays meaningful for negative bases.
 *
 * @param value - this period's value
 * @param previous - the previous period's value
 * @example
 * ```ts
 * metricDelta(0.912, 0.897, { percent: true }).percentagePoints; // 1.5000000000000013
 * metricDelta(412, 356, { higherIsBetter: false }).assessment; // 'worse'
 * metricDelta(412, 356).relativeChange; // 0.15730337078651685
 * metricDelta(5, 0).relativeChange; // null
 * metricDelta(0.9001, 0.9, { flatWithin: 0.0005 }).direction; // 'flat'
 * ```
 */
export function metricDelta(value: number, previous: number, options: MetricDeltaOptions = {}): MetricDelta {
  const v = finiteArgument(value, 'value');
  const p = finiteArgument(previous, 'previous');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  const { higherIsBetter = true, percent = false, flatWithin = 0 } = options;
  if (typeof higherIsBetter !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.higherIsBetter must be a boolean; got ${show(higherIsBetter)}`, {
      argument: 'options.higherIsBetter',
      value: higherIsBetter,
    });
  }
  if (typeof percent !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.percent must be a boolean; got ${show(percent)}`, {
      argument: 'options.percent',
      value: percent,
    });
  }
  if (typeof flatWithin !== 'number' || !Number.isFinite(flatWithin) || flatWithin < 0) {
    throw new SextantError('INVALID_OPTION', `options.flatWithin must be a finite number ≥ 0; got ${show(flatWithin)}`, {
      argument: 'options.flatWithin',
      value: flatWithin,
    });
  }
  const change = v - p;
  // Two finite values of opposite sign near ±1.8e308 differ by more than a double holds:
  // there is no true answer to return, so refuse rather than hand out Infinity.
  if (!Number.isFinite(change)) {
    throw new SextantError(
      'INVALID_VALUE',
      `value − previous overflows (value ${String(v)}, previous ${String(p)}); rescale the metric before comparing`,
      { argument: 'value' },
    );
  }
  const ratio = p === 0 ? Number.NaN : change / Math.abs(p);
  const pp = percent ? change * 100 : null;
  const direction: ChangeDirection = Math.abs(change) <= flatWithin ? 'flat' : change > 0 ? 'up' : 'down';
  return {
    change,
    relativeChange: Number.isFinite(ratio) ? ratio : null,
    percentagePoints: pp !== null && Number.isFinite(pp) ? pp : null,
    direction,
    assessment: direction === 'flat' ? 'unchanged' : (direction === 'up') === higherIsBetter ? 'better' : 'worse',
  };
}

/** Options of {@link metricTrend}. */
export interface MetricTrendOptions {
  /** At most this many points (4…100000) are returned for drawing (min and max of each bucket kept). @default 120 */
  maxPoints?: number;
}

/** A metric's recent history, summarised for a sparkline and its text alternative. */
export interface MetricTrend {
  /** Number of values in the history. */
  count: number;
  first: number;
  last: number;
  min: number;
  max: number;
  /** Index of the first occurrence of the minimum / maximum. */
  minIndex: number;
  maxIndex: number;
  /** Indices into the history of the points to draw, ascending (first and last always kept). */
  indices: number[];
  /** The history's values at `indices`. */
  values: number[];
  /** Each drawn point's place along the history, `index / (count − 1)`, in [0, 1] (1 for one value). */
  positions: number[];
  /** Each drawn value's height between min (0) and max (1); 0.5 for a flat history. */
  scaled: number[];
}

/**
 * Summarise a metric's history for a sparkline: first, last, extremes and at most
 * `maxPoints` points to draw, placed in the unit square (`positions`, `scaled`). Long histories keep each bucket's minimum and maximum
 * (the "min-max" downsampling of time-series charts), so a spike never disappears.
 *
 * @param history - the metric's values, oldest first (an array or typed array)
 * @example
 * ```ts
 * const t = metricTrend([0.88, 0.9, 0.87, 0.91]);
 * [t.min, t.max, t.minIndex, t.last]; // [0.87, 0.91, 2, 0.91]
 * metricTrend([2, 4, 3]).scaled; // [0, 1, 0.5]
 * metricTrend([1, 5, 2, 8, 3, 9, 4], { maxPoints: 4 }).indices; // [0, 2, 5, 6]
 * ```
 */
export function metricTrend(history: ArrayLike<number>, options: MetricTrendOptions = {}): MetricTrend {
  // A DataView, BigInt64Array, Map or made-up length is named here, before any loop.
  const n = checkArrayLike(history, 'history', 'INVALID_VALUE');
  if (n === 0) throw new SextantError('EMPTY_INPUT', 'history is empty', { argument: 'history' });
  const { maxPoints = 120 } = options ?? {};
  if (typeof maxPoints !== 'number' || !Number.isInteger(maxPoints) || maxPoints < 4 || maxPoints > 100_000) {
    throw new SextantError('INVALID_OPTION', `options.maxPoints must be an integer in 4…100000; got ${show(maxPoints)}`, {
      argument: 'options.maxPoints',
      value: maxPoints,
    });
  }
  // Checked element by element, stopping at the first bad one: a `{ length: 1e9 }` with
  // nothing in it is refused at index 0 at once.
  let min = Infinity;
  let max = -Infinity;
  let minIndex = 0;
  let maxIndex = 0;
  for (let i = 0; i < n; i++) {
    const x = history[i];
    if (typeof x !== 'number') throw notANumber('history', i, x);
    if (!Number.isFinite(x)) throw nonFinite('history', i, x);
    if (x < min) {
      min = x;
      minIndex = i;
    }
    if (x > max) {
      max = x;
      maxIndex = i;
    }
  }
  const indices: number[] = [];
  if (n <= maxPoints) {
    for (let i = 0; i < n; i++) indices.push(i);
  } else {
    // First and last are kept; the inner points are split into buckets of which each
    // gives its min and max (in index order), so the inner budget is maxPoints − 2.
    indices.push(0);
    const inner = n - 2;
    const buckets = Math.floor((maxPoints - 2) / 2);
    for (let b = 0; b < buckets; b++) {
      const lo = 1 + Math.floor((b * inner) / buckets);
      const hi = 1 + Math.floor(((b + 1) * inner) / buckets);
      if (lo >= hi) continue;
      let bMin = lo;
      let bMax = lo;
      for (let i = lo + 1; i < hi; i++) {
        if (history[i] < history[bMin]) bMin = i;
        if (history[i] > history[bMax]) bMax = i;
      }
      if (bMin === bMax) indices.push(bMin);
      else indices.push(Math.min(bMin, bMax), Math.max(bMin, bMax));
    }
    indices.push(n - 1);
  }
  // Halved before subtracting so that a history spanning ±1.7e308 does not overflow.
  const halfSpan = max / 2 - min / 2;
  const values = indices.map((i) => history[i]);
  return {
    count: n,
    first: history[0],
    last: history[n - 1],
    min,
    max,
    minIndex,
    maxIndex,
    indices,
    values,
    positions: indices.map((i) => (n === 1 ? 1 : i / (n - 1))),
    scaled: values.map((v) => (halfSpan === 0 ? 0.5 : Math.min(1, Math.max(0, (v / 2 - min / 2) / halfSpan)))),
  };
}
