/**
 * Prometheus HTTP API (`/api/v1/query_range` and `/api/v1/query`) results of a classic
 * histogram's `_bucket` series → latency quantiles per series and time step, through
 * {@link histogramQuantile}. Response format:
 * https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries
 */
import { instantToIso, parseInstant } from '../internal/instant';
import { prepareBuckets, quantileOfPrepared } from './histogram';
import {
  arrField,
  arrayAt,
  at,
  dict,
  invalidAt,
  ix,
  objField,
  objectAt,
  optionsAt,
  pagesOf,
  own,
  strField,
  type ImportResult,
  type Skipped,
} from './json';

/** One time step of {@link fromPrometheusHistogram}: quantiles by Prometheus's rules. */
export interface PrometheusHistogramPoint {
  /** The evaluation time, ISO 8601 UTC. */
  at: string;
  /**
   * The +Inf bucket: observations in the step — requests per second when the query was
   * `rate(…_bucket[…])`, which makes it the throughput.
   */
  count: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

/** One histogram (the `_bucket` series that share every label but `le`). */
export interface PrometheusHistogramSeries {
  /** The series' labels without `le` and `__name__`, in a null-prototype object. */
  labels: Record<string, string>;
  /** The metric name without `_bucket`, when the result kept `__name__`. */
  metric?: string;
  /** One point per evaluation time, in time order. */
  points: PrometheusHistogramPoint[];
}

/** Options of {@link fromPrometheusHistogram} (none yet; reserved). */
export type PrometheusHistogramOptions = Record<string, never>;

const QS = [0.5, 0.9, 0.95, 0.99] as const;
// Go's strconv.ParseFloat forms that Prometheus writes and accepts for `le` and sample values.
const FLOAT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INF = /^([+-]?)inf(?:inity)?$/i;

/** A Prometheus float string → number (NaN and ±Infinity included), or undefined. */
function parseFloatString(s: string): number | undefined {
  if (FLOAT.test(s)) return Number(s);
  const m = INF.exec(s);
  if (m) return m[1] === '-' ? -Infinity : Infinity;
  if (s === 'NaN') return NaN;
  return undefined;
}

interface Sample {
  t: number;
  v: number;
  path: string;
}

function readSample(pair: unknown, path: string): Sample {
  const p = arrayAt(pair, path);
  if (p.length !== 2) throw invalidAt(path, 'must be a [ <unix seconds>, "<value>" ] pair', pair);
  const ts = p[0];
  if (typeof ts !== 'number' || !Number.isFinite(ts))
    throw invalidAt(ix(path, 0), 'must be a Unix time in seconds (a JSON number)', ts);
  const t = parseInstant(Math.round(ts * 1000), ix(path, 0));
  const raw = p[1];
  if (typeof raw !== 'string') throw invalidAt(ix(path, 1), 'must be the sample value as a string, e.g. "1.5"', raw);
  const v = parseFloatString(raw);
  if (v === undefined) throw invalidAt(ix(path, 1), 'is not a Prometheus float ("1.5", "1e-3", "+Inf", "NaN")', raw);
  return { t, v, path };
}

interface Group {
  labels: Record<string, string>;
  metric: string | undefined;
  path: string;
  /** time → buckets seen at that time. */
  steps: Map<number, { le: number[]; count: number[]; bad?: Skipped }>;
}

/**
 * Latency quantiles (p50, p90, p95, p99) per histogram and time step from a Prometheus
 * `query_range` (matrix) or `query` (vector) response over `_bucket` series, each equal to
 * Prometheus's own `histogram_quantile`. Series are grouped by every label except `le` and
 * `__name__`. Left out, and reported in `skipped`: series without a parseable `le`, and steps
 * that Prometheus would answer with NaN (no +Inf bucket, no observations, a NaN sample).
 *
 * @param response - The parsed JSON body, `{ status, data: { resultType, result } }`.
 * @example
 * ```ts
 * // Needs a Prometheus server (not run by the examples test):
 * const q = 'sum by (le, route) (rate(http_request_duration_seconds_bucket[5m]))';
 * const url = `${base}/api/v1/query_range?query=${encodeURIComponent(q)}&start=${start}&end=${end}&step=60`;
 * const { records, skipped } = fromPrometheusHistogram(await (await fetch(url)).json());
 * records[0].points[0]; // { at: '…', count: 12.5, p50: 0.12, p90: 0.41, p95: 0.73, p99: 1.8 }
 * ```
 * Prometheus does not paginate `query_range`; split a long range into several calls (at most
 * 11,000 points per series) and pass each response, or an array of them.
 */
export function fromPrometheusHistogram(
  response: unknown,
  options?: PrometheusHistogramOptions,
): ImportResult<PrometheusHistogramSeries> {
  optionsAt(options, 'fromPrometheusHistogram');
  const skipped: Skipped[] = [];
  const groups = new Map<string, Group>();
  for (const { page, path } of pagesOf(response)) readResponse(page, path, groups, skipped);

  const records: PrometheusHistogramSeries[] = [];
  for (const g of groups.values()) {
    const times = Array.from(g.steps.keys()).sort((a, b) => a - b);
    const points: PrometheusHistogramPoint[] = [];
    for (const t of times) {
      const s = g.steps.get(t)!;
      const where = `${g.path} at ${instantToIso(t)}`;
      if (s.bad) {
        skipped.push(s.bad);
        continue;
      }
      const h = prepareBuckets(Float64Array.from(s.le), Float64Array.from(s.count));
      const m = h.le.length;
      let why: string | undefined;
      if (h.le[m - 1] !== Infinity) why = 'no +Inf bucket at this time (Prometheus answers NaN)';
      else if (m < 2) why = 'only the +Inf bucket at this time (Prometheus answers NaN)';
      else if (h.count[m - 1] === 0) why = 'no observations at this time (Prometheus answers NaN)';
      const vals = why ? [] : QS.map((q) => quantileOfPrepared(q, h));
      if (!why && vals.some((v) => v === undefined)) why = 'a quantile falls in an empty first bucket (0 / 0)';
      if (why) {
        skipped.push({ path: where, reason: why });
        continue;
      }
      const [p50, p90, p95, p99] = vals as number[];
      points.push({ at: instantToIso(t), count: h.count[m - 1], p50, p90, p95, p99 });
    }
    const rec: PrometheusHistogramSeries = { labels: g.labels, points };
    if (g.metric !== undefined) rec.metric = g.metric;
    records.push(rec);
  }
  return { records, skipped };
}

function readResponse(r: unknown, path: string, groups: Map<string, Group>, skipped: Skipped[]): void {
  const o = objectAt(r, path);
  const status = strField(o, 'status', path);
  if (status !== 'success') {
    const err = own(o, 'error');
    throw invalidAt(
      at(path, 'status'),
      `is "${status}" (${typeof err === 'string' ? err : 'no error text'}), not "success"`,
      status,
    );
  }
  const data = objField(o, 'data', path);
  const dpath = at(path, 'data');
  const kind = strField(data, 'resultType', dpath);
  if (kind !== 'matrix' && kind !== 'vector')
    throw invalidAt(at(dpath, 'resultType'), 'must be "matrix" (query_range) or "vector" (query) for histogram buckets', kind);
  const result = arrField(data, 'result', dpath);
  const rpath = at(dpath, 'result');
  for (let i = 0; i < result.length; i++) {
    const spath = ix(rpath, i);
    const series = objectAt(result[i], spath);
    const metric = objField(series, 'metric', spath);
    const mpath = at(spath, 'metric');
    const labels = dict<string>();
    let le: string | undefined;
    let name: string | undefined;
    for (const k of Object.keys(metric)) {
      const v = metric[k];
      if (typeof v !== 'string') throw invalidAt(at(mpath, k), 'must be a label value (a string)', v);
      if (k === 'le') le = v;
      else if (k === '__name__') name = v;
      else labels[k] = v;
    }
    if (le === undefined) {
      skipped.push({ path: spath, reason: 'no "le" label: not a histogram bucket series (Prometheus ignores it)' });
      continue;
    }
    const bound = parseFloatString(le);
    if (bound === undefined || Number.isNaN(bound) || bound === -Infinity) {
      skipped.push({ path: spath, reason: `"le" label ${JSON.stringify(le)} is not an upper bound (Prometheus ignores it)` });
      continue;
    }
    const keys = Object.keys(labels).sort();
    const key = JSON.stringify(keys.map((k) => [k, labels[k]]));
    let g = groups.get(key);
    if (!g) {
      const sorted = dict<string>();
      for (const k of keys) sorted[k] = labels[k];
      const metricName = name === undefined ? undefined : name.endsWith('_bucket') ? name.slice(0, -7) : name;
      g = { labels: sorted, metric: metricName, path: spath, steps: new Map() };
      groups.set(key, g);
    }
    const values = kind === 'matrix' ? arrField(series, 'values', spath) : [own(series, 'value')];
    for (let j = 0; j < values.length; j++) {
      const s = readSample(values[j], kind === 'matrix' ? ix(at(spath, 'values'), j) : at(spath, 'value'));
      let step = g.steps.get(s.t);
      if (!step) {
        step = { le: [], count: [] };
        g.steps.set(s.t, step);
      }
      if (step.bad) continue;
      if (!Number.isFinite(s.v) || s.v < 0) {
        step.bad = { path: s.path, reason: `bucket count ${String(s.v)} is not a finite count ≥ 0; the step is left out` };
        continue;
      }
      step.le.push(bound);
      step.count.push(s.v);
    }
  }
}
