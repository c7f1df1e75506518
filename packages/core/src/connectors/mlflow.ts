/**
 * MLflow REST API → rows for a metrics table and per-step metric histories for sparklines.
 * `POST /api/2.0/mlflow/runs/search`: https://mlflow.org/docs/latest/rest-api.html#search-runs
 * `GET /api/2.0/mlflow/metrics/get-history`: https://mlflow.org/docs/latest/rest-api.html#get-metric-history
 * Times in MLflow are epoch milliseconds (JSON numbers).
 */
import { instantToIso, MAX_INSTANT_MS } from '../internal/instant';
import {
  arrayAt,
  at,
  dict,
  idField,
  instantField,
  invalidAt,
  isObject,
  ix,
  objField,
  objectAt,
  optArrField,
  optInstantField,
  optStrField,
  optionsAt,
  insidePayload,
  pagesOf,
  own,
  strField,
  type ImportResult,
  type JsonObject,
  type Skipped,
} from './json';

/** MLflow's `RunStatus`. */
export type MlflowRunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';

/** One step of a metric's history. */
export interface MlflowMetricPoint {
  step: number;
  value: number;
  /** When it was logged, ISO 8601 UTC. */
  at: string;
}

/** One MLflow run as a metrics-table row. Keyed fields are null-prototype objects. */
export interface MlflowRunRow {
  /** `info.run_id`. */
  id: string;
  /** `info.run_name` (or the `mlflow.runName` tag). */
  name?: string;
  experimentId: string;
  status: MlflowRunStatus;
  /** `info.user_id`, when set. */
  user?: string;
  /** `info.start_time`, ISO 8601 UTC. */
  startedAt: string;
  /** `info.end_time`, ISO 8601 UTC; absent while the run is running. */
  endedAt?: string;
  /** Parameters as logged (MLflow keeps them as strings). */
  params: Record<string, string>;
  /** Each metric's latest value (what `runs/search` returns). */
  metrics: Record<string, number>;
  tags: Record<string, string>;
  /** Per-metric histories from `options.histories`, sorted by step then time. */
  history: Record<string, MlflowMetricPoint[]>;
}

/** One `metrics/get-history` call's result(s), tagged with the run and metric they are for. */
export interface MlflowHistoryInput {
  runId: string;
  /** The metric key (get-history's `metric_key`). */
  key: string;
  /** One get-history response `{ metrics, next_page_token? }` or an array of its pages. */
  response: unknown;
}

/** Options of {@link fromMlflowRuns}. */
export interface MlflowRunsOptions {
  /** Metric histories to attach to the rows. @default [] */
  histories?: MlflowHistoryInput[];
  /** Keep runs whose `lifecycle_stage` is `deleted` (searched with `run_view_type: ALL`). @default false */
  includeDeleted?: boolean;
}

const STATUSES: readonly string[] = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'];

/**
 * A metric value: a JSON number, or one of protobuf's JSON spellings of a non-finite double
 * (`"NaN"`, `"Infinity"`, `"-Infinity"`), which MLflow may send and which the row leaves out.
 */
function metricValue(o: JsonObject, path: string): number | string {
  const v = own(o, 'value');
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') return v;
  throw invalidAt(at(path, 'value'), 'must be a finite JSON number', v);
}

function stepOf(o: JsonObject, path: string): number {
  const v = own(o, 'step');
  if (v === undefined || v === null) return 0; // MLflow's default step
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw invalidAt(at(path, 'step'), 'must be an integer', v);
  return v;
}

/**
 * MLflow `runs/search` responses → one row per run (params, latest metrics, tags, start and
 * end), with per-step metric histories attached from `get-history` responses. Runs in
 * the `deleted` lifecycle stage, duplicate runs across pages, non-finite metric values and
 * histories for runs not in the search are left out and reported in `skipped`.
 *
 * @param response - One `runs/search` response `{ runs, next_page_token? }` or an array of pages.
 * @example
 * ```ts
 * // Needs an MLflow server (not run by the examples test):
 * const pages = [];
 * let page_token;
 * do {
 *   const res = await fetch(`${MLFLOW}/api/2.0/mlflow/runs/search`, {
 *     method: 'POST',
 *     headers: { 'content-type': 'application/json' },
 *     body: JSON.stringify({ experiment_ids: ['1'], max_results: 1000, page_token }),
 *   });
 *   const page = await res.json();
 *   pages.push(page);
 *   page_token = page.next_page_token;
 * } while (page_token);
 * const { records, skipped } = fromMlflowRuns(pages);
 * records[0].metrics.f1; // 0.91
 * ```
 */
export function fromMlflowRuns(response: unknown, options?: MlflowRunsOptions): ImportResult<MlflowRunRow> {
  const opts = optionsAt(options, 'fromMlflowRuns');
  const includeDeleted = opts.includeDeleted === true;
  const skipped: Skipped[] = [];
  const rows: MlflowRunRow[] = [];
  const byId = new Map<string, MlflowRunRow>();
  // A page is an object; an array is a list of pages.
  for (const { page: p, path } of pagesOf(response, 'response')) {
    const page = objectAt(p, path);
    // An empty search returns `{}`: no `runs` key at all.
    const runs = optArrField(page, 'runs', path);
    const rpath = at(path, 'runs');
    for (let i = 0; i < runs.length; i++) {
      const run = readRun(runs[i], ix(rpath, i));
      if (run.deleted && !includeDeleted) {
        skipped.push({ path: ix(rpath, i), reason: 'deleted run (lifecycle_stage "deleted")' });
        continue;
      }
      if (byId.has(run.row.id)) {
        skipped.push({ path: ix(rpath, i), reason: `duplicate of run ${run.row.id} on an earlier page` });
        continue;
      }
      for (const s of run.skipped) skipped.push(s);
      byId.set(run.row.id, run.row);
      rows.push(run.row);
    }
  }
  const histories = opts.histories;
  if (histories !== undefined) {
    const hs = arrayAt(histories, 'options.histories');
    for (let i = 0; i < hs.length; i++) attachHistory(hs[i], ix('options.histories', i), byId, skipped);
  }
  return { records: rows, skipped: insidePayload(skipped, 'response') };
}

function readRun(v: unknown, path: string): { row: MlflowRunRow; deleted: boolean; skipped: Skipped[] } {
  const run = objectAt(v, path);
  const info = objField(run, 'info', path);
  const ipath = at(path, 'info');
  // `run_uuid` is the deprecated spelling older servers still send alone.
  const id = own(info, 'run_id') !== undefined ? idField(info, 'run_id', ipath) : idField(info, 'run_uuid', ipath);
  const status = strField(info, 'status', ipath);
  if (!STATUSES.includes(status)) throw invalidAt(at(ipath, 'status'), `must be one of ${STATUSES.join(', ')}`, status);
  const started = instantField(info, 'start_time', ipath);
  const ended = optInstantField(info, 'end_time', ipath);
  const stage = optStrField(info, 'lifecycle_stage', ipath);
  const skipped: Skipped[] = [];

  const params = dict<string>();
  const metrics = dict<number>();
  const tags = dict<string>();
  const data = own(run, 'data');
  const dpath = at(path, 'data');
  if (data !== undefined && data !== null) {
    const d = objectAt(data, dpath);
    keyValues(optArrField(d, 'params', dpath), at(dpath, 'params'), params, skipped);
    keyValues(optArrField(d, 'tags', dpath), at(dpath, 'tags'), tags, skipped);
    const ms = optArrField(d, 'metrics', dpath);
    const mbase = at(dpath, 'metrics');
    for (let j = 0; j < ms.length; j++) {
      const raw = ms[j];
      let key: string;
      let value: number | string;
      // Fast path for a well-formed metric; anything else is read field by field for the exact path.
      const k = isObject(raw) ? own(raw, 'key') : undefined;
      const v = isObject(raw) ? own(raw, 'value') : undefined;
      const ts = isObject(raw) ? own(raw, 'timestamp') : undefined;
      const st = isObject(raw) ? own(raw, 'step') : undefined;
      if (
        typeof k === 'string' &&
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (ts === undefined || ts === null || (typeof ts === 'number' && Math.abs(ts) <= MAX_INSTANT_MS)) &&
        (st === undefined || st === null || Number.isSafeInteger(st))
      ) {
        key = k;
        value = v;
      } else {
        const mpath = ix(mbase, j);
        const m = objectAt(raw, mpath);
        key = strField(m, 'key', mpath);
        value = metricValue(m, mpath);
        optInstantField(m, 'timestamp', mpath);
        stepOf(m, mpath);
      }
      if (typeof value === 'string')
        skipped.push({ path: ix(mbase, j), reason: `metric "${key}" is ${value}; left out of the row` });
      else if (key in metrics) skipped.push({ path: ix(mbase, j), reason: `metric "${key}" appears twice; the first is kept` });
      else metrics[key] = value;
    }
  }
  const row: MlflowRunRow = {
    id,
    experimentId: idField(info, 'experiment_id', ipath),
    status: status as MlflowRunStatus,
    startedAt: instantToIso(started),
    params,
    metrics,
    tags,
    history: dict<MlflowMetricPoint[]>(),
  };
  const name = optStrField(info, 'run_name', ipath) ?? tags['mlflow.runName'];
  if (name !== undefined) row.name = name;
  const user = optStrField(info, 'user_id', ipath);
  if (user !== undefined && user !== '') row.user = user;
  if (ended !== undefined) row.endedAt = instantToIso(ended);
  return { row, deleted: stage === 'deleted', skipped };
}

function keyValues(items: readonly unknown[], path: string, into: Record<string, string>, skipped: Skipped[]): void {
  for (let j = 0; j < items.length; j++) {
    const kv = items[j];
    const k = isObject(kv) ? own(kv, 'key') : undefined;
    const v = isObject(kv) ? own(kv, 'value') : undefined;
    let key: string;
    let value: string;
    // The path is built only for an element that is refused or reported.
    if (typeof k === 'string' && typeof v === 'string') {
      key = k;
      value = v;
    } else {
      const p = ix(path, j);
      const o = objectAt(kv, p);
      key = strField(o, 'key', p);
      value = strField(o, 'value', p);
    }
    if (key in into) skipped.push({ path: ix(path, j), reason: `"${key}" appears twice; the first is kept` });
    else into[key] = value;
  }
}

function attachHistory(v: unknown, path: string, byId: Map<string, MlflowRunRow>, skipped: Skipped[]): void {
  const h = objectAt(v, path);
  const runId = strField(h, 'runId', path);
  const key = strField(h, 'key', path);
  const res = own(h, 'response');
  const rpath = at(path, 'response');
  const points: MlflowMetricPoint[] = [];
  const times: number[] = [];
  for (const { page: p, path: ppath } of pagesOf(res, rpath)) {
    const page = objectAt(p, ppath);
    const ms = optArrField(page, 'metrics', ppath);
    for (let j = 0; j < ms.length; j++) {
      const mpath = ix(at(ppath, 'metrics'), j);
      const m = objectAt(ms[j], mpath);
      const k = strField(m, 'key', mpath);
      if (k !== key) throw invalidAt(at(mpath, 'key'), `must be "${key}", the metric this history is for`, k);
      const value = metricValue(m, mpath);
      const t = instantField(m, 'timestamp', mpath);
      const step = stepOf(m, mpath);
      if (typeof value === 'string') {
        skipped.push({ path: mpath, reason: `value is ${value}; the step is left out of the history` });
        continue;
      }
      points.push({ step, value, at: instantToIso(t) });
      times.push(t);
    }
  }
  const row = byId.get(runId);
  if (!row) {
    skipped.push({ path, reason: `run ${runId} is not among the imported runs` });
    return;
  }
  if (key in row.history) {
    skipped.push({ path, reason: `a second history for metric "${key}" of run ${runId}; the first is kept` });
    return;
  }
  const order = points.map((_, i) => i).sort((a, b) => points[a].step - points[b].step || times[a] - times[b] || a - b);
  row.history[key] = order.map((i) => points[i]);
}
