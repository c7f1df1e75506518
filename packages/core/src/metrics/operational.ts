/**
 * Operational metrics for serving dashboards: quantiles with NumPy's default (linear)
 * method, a latency summary, and event throughput per time window.
 *
 * Quantiles of large inputs use a radix select: one pass builds a histogram of the top 16
 * bits of each value's order-preserving key (the same pass refuses NaN/±Infinity, whose
 * keys fall in reserved buckets), a second pass gathers only the buckets that hold the
 * requested ranks, and quickselect finishes inside them. The input is never copied or
 * mutated.
 */
import { SextantError } from '../errors';
import { isoInstantToEpoch, MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import { quickselect } from './internal/argsort';
import { npLerp, sortedCopy } from '../internal/sort';
import { Deferred, floatArray, invalidOption, nonFinite, optionsOf } from './internal/validate';
import { allocFloat64, assertNonEmpty, isArrayLike, show } from '../internal/validate';

/** Result of {@link latencySummary}. */
export interface LatencySummary {
  count: number;
  mean: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

/** One window of {@link throughput}. */
export interface ThroughputWindow {
  /** Window start, ISO-8601 UTC. */
  start: string;
  /** Window end (exclusive), ISO-8601 UTC. */
  end: string;
  /** Window start in epoch milliseconds. */
  startMs: number;
  /** Window end in epoch milliseconds. */
  endMs: number;
  /** Events with start ≤ t < end (and within `from`/`to` when given). */
  count: number;
  /** count / window length in seconds. */
  perSecond: number;
}

/** Options of {@link throughput}. */
export interface ThroughputOptions {
  /** Window length in milliseconds (> 0). Windows are aligned to multiples of it since the epoch. */
  windowMs: number;
  /** Count only events at or after this instant (ISO 8601 with `Z` or an offset, or epoch ms); also the first window. @default the first event */
  from?: string | number;
  /** Count only events before this instant; the last window is the one holding `to − 1 ms`. @default the last event */
  to?: string | number;
}

/** Largest input sorted outright instead of radix-selected. */
const SORT_BELOW = 1 << 16;
/** Most windows {@link throughput} returns. */
const MAX_WINDOWS = 1_000_000;

// --------------------------------------------------------------- select --

/** Top 16 bits of the order-preserving key of the double whose high word is `hi`. */
function key16(hi: number): number {
  return (hi & 0x80000000 ? ~hi : hi | 0x80000000) >>> 16;
}

/** Values at the given ranks (ascending, deduplicated) of finite `x`, given its key histogram. `x` is not modified. */
function selectRanks(x: Float64Array, ranks: readonly number[], hist: Uint32Array): Map<number, number> {
  const n = x.length;
  const u = new Uint32Array(x.buffer, x.byteOffset, 2 * n);
  // 1-based slot of each bucket to gather (0: skip); a byte table stays in L1/L2 cache.
  const slot = ranks.length < 255 ? new Uint8Array(65536) : new Uint16Array(65536);
  const sizes: number[] = [];
  const where: { bucketSlot: number; rank: number }[] = [];
  for (const r of ranks) {
    let cum = 0;
    let b = 0;
    while (cum + hist[b] <= r) cum += hist[b++];
    if (slot[b] === 0) slot[b] = sizes.push(hist[b]);
    where.push({ bucketSlot: slot[b] - 1, rank: r - cum });
  }
  const groups = sizes.map((s) => new Float64Array(s));
  const fill = new Uint32Array(sizes.length);
  for (let i = 0; i < n; i++) {
    const s = slot[key16(u[2 * i + 1])];
    if (s !== 0) groups[s - 1][fill[s - 1]++] = x[i];
  }
  const out = new Map<number, number>();
  ranks.forEach((r, j) => {
    const g = groups[where[j].bucketSlot];
    quickselect(g, 0, g.length - 1, where[j].rank);
    out.set(r, g[where[j].rank]);
  });
  return out;
}

/** Histogram of key16 over x; NaN/±Infinity (reserved buckets) throw NON_FINITE. */
function histogram(x: Float64Array, name: string): Uint32Array {
  const n = x.length;
  const u = new Uint32Array(x.buffer, x.byteOffset, 2 * n);
  const hist = new Uint32Array(65536);
  for (let i = 0; i < n; i++) hist[key16(u[2 * i + 1])]++;
  let bad = 0;
  for (let b = 0; b < 16; b++) bad += hist[b] + hist[0xfff0 + b];
  if (bad > 0) {
    for (let i = 0; i < n; i++) if (x[i] - x[i] !== 0) throw nonFinite(name, i, x[i]);
  }
  return hist;
}

/** Validate q (a number or an array of numbers in [0, 1]); NaN and out-of-range are INVALID_OPTION. */
function checkQ(q: unknown): number[] {
  const one = (v: unknown, label: string): number => {
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw invalidOption(label, `must be a number in [0, 1]; got ${show(v)}`, v);
    return v;
  };
  if (typeof q === 'number' || !isArrayLike(q)) return [one(q, 'q')];
  return Array.from(q as ArrayLike<unknown>, (v, i) => one(v, `q[${i}]`));
}

/** Ranks that NumPy's linear method reads for each q: floor((n−1)q) and the next one. */
function ranksFor(qs: readonly number[], n: number): number[] {
  const set = new Set<number>();
  for (const q of qs) {
    const vi = (n - 1) * q;
    if (vi >= n - 1) set.add(n - 1);
    else {
      const lo = Math.floor(vi);
      set.add(lo);
      set.add(lo + 1);
    }
  }
  return Array.from(set).sort((a, b) => a - b);
}

function interpolate(q: number, n: number, at: (r: number) => number): number {
  const vi = (n - 1) * q;
  if (vi >= n - 1) return at(n - 1);
  const lo = Math.floor(vi);
  return npLerp(at(lo), at(lo + 1), vi - lo);
}

/** Quantiles of data already known to be finite. */
function quantilesOf(x: Float64Array, qs: readonly number[], hist?: Uint32Array): number[] {
  const n = x.length;
  if (hist === undefined) {
    const s = sortedCopy(x);
    return qs.map((q) => interpolate(q, n, (r) => s[r]));
  }
  const v = selectRanks(x, ranksFor(qs, n), hist);
  return qs.map((q) => interpolate(q, n, (r) => v.get(r) as number));
}

/** The data as a finite Float64Array, plus its key histogram when large enough to select. */
function readValues(values: ArrayLike<number>, name: string): { x: Float64Array; hist: Uint32Array | undefined } {
  assertNonEmpty(values, name);
  if (values instanceof Float64Array && values.length >= SORT_BELOW) return { x: values, hist: histogram(values, name) };
  const d = new Deferred();
  const x = floatArray(values, name, d);
  d.flush();
  return { x, hist: x.length >= SORT_BELOW ? histogram(x, name) : undefined };
}

// ------------------------------------------------------------ functions --

/**
 * Quantiles by NumPy's default (linear, Hyndman–Fan type 7) method: `q` a number gives a
 * number, an array gives an array in the order given. Same as `numpy.quantile(values, q)`.
 *
 * @example
 * ```ts
 * quantile([5, 1, 4, 2, 3], 0.9); // 4.6
 * quantile([5, 1, 4, 2, 3], [0.5, 0.1]); // [3, 1.4]
 * ```
 */
export function quantile(values: ArrayLike<number>, q: number): number;
export function quantile(values: ArrayLike<number>, q: ArrayLike<number>): number[];
export function quantile(values: ArrayLike<number>, q: number | ArrayLike<number>): number | number[] {
  const { x, hist } = readValues(values, 'values');
  const qs = checkQ(q);
  const out = quantilesOf(x, qs, hist);
  return typeof q === 'number' ? out[0] : out;
}

/**
 * Count, mean, min, max and the 50th/90th/95th/99th percentiles of latencies (or any
 * values), percentiles by the same NumPy-linear rule as {@link quantile}.
 *
 * @example
 * ```ts
 * latencySummary([5, 1, 4, 2, 3]);
 * // { count: 5, mean: 3, min: 1, max: 5, p50: 3, p90: 4.6, p95: 4.8, p99: 4.96 }
 * ```
 */
export function latencySummary(values: ArrayLike<number>): LatencySummary {
  const { x, hist } = readValues(values, 'values');
  const n = x.length;
  let sum = 0;
  let comp = 0;
  let mn = x[0];
  let mx = x[0];
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v < mn) mn = v;
    if (v > mx) mx = v;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) comp += sum - t + v;
    else comp += v - t + sum;
    sum = t;
  }
  const [p50, p90, p95, p99] = quantilesOf(x, [0.5, 0.9, 0.95, 0.99], hist);
  let mean = (sum + comp) / n;
  // Values near ±1.8e308 overflow the sum although the mean lies between min and max: sum
  // again scaled by 2^-64 (exact for the large values that matter) and scale the mean back.
  if (!Number.isFinite(mean)) mean = (scaledSum(x, 2 ** -64) / n) * 2 ** 64;
  return { count: n, mean, min: mn, max: mx, p50, p90, p95, p99 };
}

/** Neumaier-compensated Σ x[i]·scale. */
function scaledSum(x: Float64Array, scale: number): number {
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] * scale;
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) comp += sum - t + v;
    else comp += v - t + sum;
    sum = t;
  }
  return sum + comp;
}

/**
 * Events per second in consecutive windows of `windowMs`, aligned to multiples of
 * `windowMs` since the Unix epoch, empty windows included. Timestamps (and `from`/`to`) are
 * instants — epoch milliseconds or ISO 8601 strings with `Z` or an offset — in any order. With `from`/`to`, only events in
 * [from, to) count and the windows cover that span (the first and last may stick out of it).
 *
 * @example
 * ```ts
 * const windows = throughput([0, 400, 1500, 3100], { windowMs: 1000 });
 * windows.map((w) => w.count); // [2, 1, 0, 1]
 * windows[0];
 * // { start: '1970-01-01T00:00:00.000Z', end: '1970-01-01T00:00:01.000Z', startMs: 0, endMs: 1000, count: 2, perSecond: 2 }
 * ```
 */
export function throughput(timestamps: ArrayLike<number | string>, options: ThroughputOptions): ThroughputWindow[] {
  assertNonEmpty(timestamps, 'timestamps');
  const n = timestamps.length;
  const ts = allocFloat64(n, 'timestamps');
  // The first timestamp that is not an instant; refused after the options (API.md's precedence).
  let bad = -1;
  for (let i = 0; i < n; i++) {
    const v = timestamps[i];
    if (typeof v === 'number' && !Number.isFinite(v)) throw nonFinite('timestamps', i, v);
    const t =
      typeof v === 'number' ? (Math.abs(v) <= MAX_INSTANT_MS ? v : NaN) : typeof v === 'string' ? isoInstantToEpoch(v) : NaN;
    ts[i] = t;
    // The first timestamp that is not an instant decides (issue 15: stop at the first bad one).
    if (Number.isNaN(t)) {
      bad = i;
      break;
    }
  }
  const o = optionsOf(options, 'throughput');
  const w = o.windowMs;
  if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0)
    throw invalidOption('options.windowMs', `must be a positive number of milliseconds; got ${show(w)}`, w);
  const from = o.from === undefined ? undefined : parseInstant(o.from, 'options.from', { code: 'INVALID_OPTION' });
  const to = o.to === undefined ? undefined : parseInstant(o.to, 'options.to', { code: 'INVALID_OPTION' });
  if (from !== undefined && to !== undefined && !(from < to)) {
    throw new SextantError('INVALID_INTERVAL', `options.from (${show(o.from)}) must be before options.to (${show(o.to)})`, {
      argument: 'options.from',
    });
  }
  if (bad >= 0) parseInstant(timestamps[bad], 'timestamps', { index: bad });
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = ts[i];
    if ((from !== undefined && t < from) || (to !== undefined && t >= to)) continue;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  // No event in range and an open end: there is no span to cover.
  if (lo === Infinity && (from === undefined || to === undefined)) return [];
  const startMs = Math.floor((from ?? lo) / w) * w;
  const lastStart = to !== undefined ? Math.ceil(to / w) * w - w : Math.floor(hi / w) * w;
  // Windows must begin and end inside Date's range, or their ISO strings do not exist.
  if (!(startMs >= -MAX_INSTANT_MS && lastStart + w <= MAX_INSTANT_MS)) {
    throw invalidOption(
      'options.windowMs',
      `gives windows from ${startMs} to ${lastStart + w} ms, outside ±8.64e15 ms (the range of Date); use a window that fits`,
      w,
    );
  }
  const count = Math.round((lastStart - startMs) / w) + 1;
  if (!(count <= MAX_WINDOWS)) {
    throw invalidOption(
      'options.windowMs',
      `gives ${count} windows (at most ${MAX_WINDOWS}); use a wider window or a shorter span`,
      w,
    );
  }
  const counts = new Float64Array(Math.max(count, 0));
  for (let i = 0; i < n; i++) {
    const t = ts[i];
    if ((from !== undefined && t < from) || (to !== undefined && t >= to)) continue;
    const k = Math.floor((t - startMs) / w);
    if (k >= 0 && k < count) counts[k]++;
  }
  const out: ThroughputWindow[] = [];
  for (let k = 0; k < count; k++) {
    const s = startMs + k * w;
    const e = s + w;
    out.push({
      start: new Date(s).toISOString(),
      end: new Date(e).toISOString(),
      startMs: s,
      endMs: e,
      count: counts[k],
      perSecond: counts[k] / (w / 1000),
    });
  }
  return out;
}
