/**
 * Prometheus HTTP API (`/api/v1/query_range` and `/api/v1/query`) results of a classic
 * histogram's `_bucket` series → latency quantiles per series and time step, through
 * {@link histogramQuantile}. Response format:
 * https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries
 */
import { instantToIso, MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import { bucketScratch, prepareBuckets, quantileOfPrepared } from './histogram';
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
  insidePayload,
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

/** Refuse a malformed `[t, "v"]` pair with the exact path (the slow path; valid pairs never get here). */
function refuseSample(pair: unknown, path: string): never {
  const p = arrayAt(pair, path);
  if (p.length !== 2) throw invalidAt(path, 'must be a [ <unix seconds>, "<value>" ] pair', pair);
  const ts = p[0];
  if (typeof ts !== 'number' || !Number.isFinite(ts))
    throw invalidAt(ix(path, 0), 'must be a Unix time in seconds (a JSON number)', ts);
  parseInstant(Math.round(ts * 1000), ix(path, 0));
  const raw = p[1];
  if (typeof raw !== 'string') throw invalidAt(ix(path, 1), 'must be the sample value as a string, e.g. "1.5"', raw);
  throw invalidAt(ix(path, 1), 'is not a Prometheus float ("1.5", "1e-3", "+Inf", "NaN")', raw);
}

/**
 * One histogram's samples, flat (time, bound, value per sample): no object per sample, and a
 * path string only for a sample that is refused or reported.
 */
interface Group {
  labels: Record<string, string>;
  metric: string | undefined;
  path: string;
  t: number[];
  le: number[];
  v: number[];
  /** Steps left out because a bucket's sample was NaN, infinite or negative: time → why. */
  bad: Map<number, Skipped>;
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
  for (const { page, path } of pagesOf(response, 'response')) readResponse(page, path, groups, skipped);

  const records: PrometheusHistogramSeries[] = [];
  // Histograms share their evaluation times: format each time once.
  const isoCache = new Map<number, string>();
  const iso = (t: number): string => {
    let s = isoCache.get(t);
    if (s === undefined) isoCache.set(t, (s = instantToIso(t)));
    return s;
  };
  let scratch = bucketScratch(64);
  for (const g of groups.values()) {
    // Place the samples step by step (a counting sort on time: O(n), no comparator per sample).
    const n = g.t.length;
    const stepIndex = new Map<number, number>();
    const stepOfSample = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let k = stepIndex.get(g.t[i]);
      if (k === undefined) {
        k = stepIndex.size;
        stepIndex.set(g.t[i], k);
      }
      stepOfSample[i] = k;
    }
    const steps = stepIndex.size;
    const times = new Float64Array(steps);
    for (const [t, k] of stepIndex) times[k] = t;
    const start = new Uint32Array(steps + 1);
    for (let i = 0; i < n; i++) start[stepOfSample[i] + 1]++;
    for (let k = 0; k < steps; k++) start[k + 1] += start[k];
    const fill = start.slice(0, steps);
    const le = new Float64Array(n);
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const at = fill[stepOfSample[i]]++;
      le[at] = g.le[i];
      v[at] = g.v[i];
    }
    const byTime = new Uint32Array(steps);
    for (let k = 0; k < steps; k++) byTime[k] = k;
    byTime.sort((x, y) => times[x] - times[y]);
    const points: PrometheusHistogramPoint[] = [];
    for (let s = 0; s < steps; s++) {
      const k = byTime[s];
      const t = times[k];
      const bad = g.bad.get(t);
      if (bad) {
        skipped.push(bad);
        g.bad.delete(t);
        continue;
      }
      if (start[k + 1] - start[k] > scratch.order.length) scratch = bucketScratch(start[k + 1] - start[k]);
      const h = prepareBuckets(le.subarray(start[k], start[k + 1]), v.subarray(start[k], start[k + 1]), scratch);
      const m = h.le.length;
      let why: string | undefined;
      if (h.le[m - 1] !== Infinity) why = 'no +Inf bucket at this time (Prometheus answers NaN)';
      else if (m < 2) why = 'only the +Inf bucket at this time (Prometheus answers NaN)';
      else if (h.count[m - 1] === 0) why = 'no observations at this time (Prometheus answers NaN)';
      const p50 = why ? undefined : quantileOfPrepared(QS[0], h);
      const p90 = why ? undefined : quantileOfPrepared(QS[1], h);
      const p95 = why ? undefined : quantileOfPrepared(QS[2], h);
      const p99 = why ? undefined : quantileOfPrepared(QS[3], h);
      if (!why && (p50 === undefined || p90 === undefined || p95 === undefined || p99 === undefined))
        why = 'a quantile falls in an empty first bucket (0 / 0)';
      if (why) {
        skipped.push({ path: `${g.path} at ${iso(t)}`, reason: why });
        continue;
      }
      points.push({ at: iso(t), count: h.count[m - 1], p50: p50!, p90: p90!, p95: p95!, p99: p99! });
    }
    // Steps where every sample was bad have no bucket left to read: report them too.
    for (const t of Array.from(g.bad.keys()).sort((x, y) => x - y)) skipped.push(g.bad.get(t)!);
    const rec: PrometheusHistogramSeries = { labels: g.labels, points };
    if (g.metric !== undefined) rec.metric = g.metric;
    records.push(rec);
  }
  return { records, skipped: insidePayload(skipped, 'response') };
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
      g = { labels: sorted, metric: metricName, path: spath, t: [], le: [], v: [], bad: new Map() };
      groups.set(key, g);
    }
    const matrix = kind === 'matrix';
    const values = matrix ? arrField(series, 'values', spath) : [own(series, 'value')];
    const vpath = matrix ? at(spath, 'values') : at(spath, 'value');
    for (let j = 0; j < values.length; j++) {
      const pair = values[j];
      // Fast path for a well-formed pair; anything else goes to refuseSample for the exact path.
      if (!Array.isArray(pair) || pair.length !== 2) refuseSample(pair, matrix ? ix(vpath, j) : vpath);
      const ts: unknown = pair[0];
      const raw: unknown = pair[1];
      const t = typeof ts === 'number' ? Math.round(ts * 1000) : NaN;
      if (!(Math.abs(t) <= MAX_INSTANT_MS) || typeof raw !== 'string') refuseSample(pair, matrix ? ix(vpath, j) : vpath);
      const v = FLOAT.test(raw) ? Number(raw) : parseFloatString(raw);
      if (v === undefined) refuseSample(pair, matrix ? ix(vpath, j) : vpath);
      if (!(v >= 0 && v < Infinity)) {
        if (!g.bad.has(t)) {
          g.bad.set(t, {
            path: matrix ? ix(vpath, j) : vpath,
            reason: `bucket count ${String(v)} is not a finite count ≥ 0; the step is left out`,
          });
        }
        continue;
      }
      g.t.push(t);
      g.le.push(bound);
      g.v.push(v);
    }
  }
}
