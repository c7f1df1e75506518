/**
 * Sextant's results as OpenMetrics text exposition, so an existing Prometheus/Alertmanager
 * stack can scrape and page on them. Format: https://prometheus.io/docs/specs/om/open_metrics_spec/
 * (metric names `[a-zA-Z_:][a-zA-Z0-9_:]*`, label names `[a-zA-Z_][a-zA-Z0-9_]*`, label
 * values and HELP text with `\\`, `\"` and `\n` escaped, `# EOF` last). Names follow
 * Prometheus's naming conventions: snake_case, base units (seconds, not hours), `_ratio` for
 * shares.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { dict, eachOf, isObject, own } from './json';

/** The `Content-Type` to serve {@link toOpenMetrics}'s text with. */
export const OPENMETRICS_CONTENT_TYPE = 'application/openmetrics-text; version=1.0.0; charset=utf-8';

/** One sample of a {@link MetricFamily}. */
export interface MetricSample {
  /** Label name → value. Names are sanitised; values are escaped. */
  labels?: Record<string, string | number | boolean>;
  value: number;
}

/** A metric family of your own, exported beside Sextant's. */
export interface MetricFamily {
  /** Metric name; characters outside `[a-zA-Z0-9_:]` become `_`. A counter's `_total` goes on its samples. */
  name: string;
  help?: string;
  /** `gauge` (default), `counter` or `unknown`. */
  type?: 'gauge' | 'counter' | 'unknown';
  /** A unit (`seconds`, `bytes`, `ratio`); the name must end with `_<unit>`. */
  unit?: string;
  samples: MetricSample[];
}

/** Results of this SDK's own functions to export; every part is optional. */
export interface OpenMetricsResults {
  /** `detectDrift`'s result: `{ features: [{ name, method, score, threshold, drifted }], driftedShare, datasetDrift }`. */
  drift?: unknown;
  /**
   * Fairness gaps by name: a number (`demographicParityDifference(…)`) or a `metricFrame`
   * result `{ overall, byGroup, difference, ratio }`.
   */
  fairness?: Record<string, unknown>;
  /** The data-quality index (0–100): a number, or an object with a numeric `index` (or `value`). */
  dataQuality?: unknown;
  /** The delivery module's results by function name: `deploymentFrequency`, `leadTimeForChanges`, `changeFailureRate`, `rollbackRate`, `meanTimeToRecovery`. */
  delivery?: Record<string, unknown>;
  /** Families of your own. */
  families?: MetricFamily[];
}

/** Options of {@link toOpenMetrics}. */
export interface OpenMetricsOptions {
  /** Prefix of every Sextant metric name. @default 'sextant' */
  prefix?: string;
  /** Labels added to every sample (e.g. `{ model: 'churn-v3' }`). @default {} */
  labels?: Record<string, string | number | boolean>;
  /** A timestamp for every sample (epoch ms or ISO 8601 with an offset); written in seconds. @default none (the scrape time) */
  timestamp?: string | number;
}

function option(name: string, why: string, v: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${name} ${why}; got ${show(v)}`, { argument: name, value: v });
}

function invalid(path: string, why: string, v: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${path} ${why}; got ${show(v)}`, { argument: path, value: v });
}

/**
 * A metric name in OpenMetrics' grammar `[a-zA-Z_:][a-zA-Z0-9_:]*`: other characters become `_`.
 *
 * @example
 * ```ts
 * sanitizeMetricName('model.latency-p95'); // 'model_latency_p95'
 * sanitizeMetricName('95th'); // '_95th'
 * ```
 */
export function sanitizeMetricName(name: string): string {
  if (typeof name !== 'string')
    throw new SextantError('INVALID_VALUE', `name must be a string; got ${show(name)}`, { argument: 'name', value: name });
  const s = name.replace(/[^a-zA-Z0-9_:]/g, '_');
  return s === '' || /^[0-9]/.test(s) ? `_${s}` : s;
}

/**
 * A label name in `[a-zA-Z_][a-zA-Z0-9_]*`, not starting with `__` (reserved by Prometheus).
 *
 * @example
 * ```ts
 * sanitizeLabelName('route/path'); // 'route_path'
 * sanitizeLabelName('__proto__'); // '_proto__'
 * ```
 */
export function sanitizeLabelName(name: string): string {
  if (typeof name !== 'string')
    throw new SextantError('INVALID_VALUE', `name must be a string; got ${show(name)}`, { argument: 'name', value: name });
  let s = name.replace(/[^a-zA-Z0-9_]/g, '_');
  if (s === '' || /^[0-9]/.test(s)) s = `_${s}`;
  return s.startsWith('__') ? s.replace(/^_+/, '_') : s;
}

/**
 * Escape a label value or HELP text as OpenMetrics requires: backslash, double quote and line
 * feed; a lone surrogate (not writable as UTF-8) becomes U+FFFD.
 *
 * @example
 * ```ts
 * escapeLabelValue('say "hi"\n'); // 'say \\"hi\\"\\n'
 * ```
 */
export function escapeLabelValue(value: string): string {
  if (typeof value !== 'string')
    throw new SextantError('INVALID_VALUE', `value must be a string; got ${show(value)}`, { argument: 'value', value });
  // A lone surrogate cannot be written as UTF-8.
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return wellFormed.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Values are finite by the time they are written (non-finite ones are refused). */
function formatValue(v: number): string {
  return Object.is(v, -0) ? '0' : String(v);
}

interface Family {
  name: string;
  type: 'gauge' | 'counter' | 'unknown';
  help: string;
  unit?: string;
  samples: { labels: [string, string][]; value: number }[];
  keys: Set<string>;
}

class Builder {
  families: Family[] = [];
  private byName = new Map<string, Family>();

  constructor(
    private prefix: string,
    private constant: [string, string][],
  ) {}

  family(name: string, help: string, unit?: string, type: Family['type'] = 'gauge', path = name): Family {
    const full = sanitizeMetricName(this.prefix === '' ? name : `${this.prefix}_${name}`);
    if (this.byName.has(full)) throw invalid(path, `names the metric family ${full} a second time`, name);
    const f: Family = { name: full, type, help, unit, samples: [], keys: new Set() };
    this.byName.set(full, f);
    this.families.push(f);
    return f;
  }

  raw(name: string, help: string, unit: string | undefined, type: Family['type'], path: string): Family {
    const saved = this.prefix;
    this.prefix = '';
    try {
      return this.family(name, help, unit, type, path);
    } finally {
      this.prefix = saved;
    }
  }

  /** Add a sample; `null`/`undefined` values are left out (the result has no such value). */
  sample(f: Family, value: unknown, labels: Record<string, unknown>, path: string): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'boolean') value = value ? 1 : 0;
    if (typeof value !== 'number') throw invalid(path, 'must be a number', value);
    if (!Number.isFinite(value))
      throw new SextantError('NON_FINITE', `${path} is ${String(value)}; exported values must be finite`, {
        argument: path,
        value,
      });
    const pairs: [string, string][] = [...this.constant];
    const names = new Set(pairs.map((p) => p[0]));
    for (const k of Object.keys(labels)) {
      const v = labels[k];
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
        throw invalid(`${path} label ${JSON.stringify(k)}`, 'must be a string, number or boolean', v);
      const n = sanitizeLabelName(k);
      if (names.has(n)) throw invalid(`${path} label ${JSON.stringify(k)}`, `becomes the label name ${n} twice`, k);
      names.add(n);
      pairs.push([n, String(v)]);
    }
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const key = JSON.stringify(pairs);
    if (f.keys.has(key)) throw invalid(path, `repeats a label set of ${f.name}`, Object.fromEntries(pairs));
    f.keys.add(key);
    f.samples.push({ labels: pairs, value });
  }
}

function num(o: Record<string, unknown>, key: string): unknown {
  return own(o, key);
}

function addDrift(b: Builder, drift: unknown): void {
  if (!isObject(drift)) throw invalid('results.drift', "must be detectDrift's result", drift);
  const features = own(drift, 'features');
  if (!Array.isArray(features)) throw invalid('results.drift.features', 'must be an array', features);
  const score = b.family('drift_score', 'Drift score per feature: the p-value or distance compared with the threshold.');
  const threshold = b.family('drift_threshold', 'Threshold the drift score is compared with.');
  const detected = b.family('drift_detected', '1 when the feature drifted, else 0.');
  eachOf(features, (f, i) => {
    const path = `results.drift.features[${i}]`;
    if (!isObject(f)) throw invalid(path, 'must be an object', f);
    const name = own(f, 'name');
    if (typeof name !== 'string') throw invalid(`${path}.name`, 'must be a string', name);
    const method = own(f, 'method');
    const labels: Record<string, unknown> = { feature: name };
    if (typeof method === 'string') labels.method = method;
    b.sample(score, own(f, 'score'), labels, `${path}.score`);
    b.sample(threshold, own(f, 'threshold'), labels, `${path}.threshold`);
    b.sample(detected, own(f, 'drifted'), { feature: name }, `${path}.drifted`);
  });
  b.sample(
    b.family('drift_drifted_features_ratio', 'Share of features that drifted.', 'ratio'),
    own(drift, 'driftedShare'),
    {},
    'results.drift.driftedShare',
  );
  b.sample(
    b.family('drift_dataset_drift', '1 when the dataset as a whole drifted, else 0.'),
    own(drift, 'datasetDrift'),
    {},
    'results.drift.datasetDrift',
  );
}

function addFairness(b: Builder, fairness: unknown): void {
  if (!isObject(fairness)) throw invalid('results.fairness', 'must be an object of named results', fairness);
  const gap = b.family('fairness_gap', 'Fairness gap by metric (a difference between groups; 0 is parity).');
  const ratio = b.family('fairness_ratio', 'Fairness ratio by metric (smallest over largest group value; 1 is parity).', 'ratio');
  const byGroup = b.family('fairness_group_value', 'Metric value per sensitive group.');
  const overall = b.family('fairness_overall_value', 'Metric value over all groups.');
  for (const k of Object.keys(fairness)) {
    const v = fairness[k];
    const path = `results.fairness[${JSON.stringify(k)}]`;
    if (typeof v === 'number') {
      b.sample(gap, v, { metric: k }, path);
      continue;
    }
    if (!isObject(v)) throw invalid(path, 'must be a number or a metricFrame result', v);
    b.sample(gap, num(v, 'difference'), { metric: k }, `${path}.difference`);
    b.sample(ratio, num(v, 'ratio'), { metric: k }, `${path}.ratio`);
    const o = num(v, 'overall');
    if (typeof o === 'number') b.sample(overall, o, { metric: k }, `${path}.overall`);
    const g = own(v, 'byGroup');
    if (isObject(g)) {
      for (const group of Object.keys(g)) {
        const gv = g[group];
        if (typeof gv === 'number') b.sample(byGroup, gv, { metric: k, group }, `${path}.byGroup[${JSON.stringify(group)}]`);
      }
    }
  }
}

function addDataQuality(b: Builder, dq: unknown): void {
  const v = isObject(dq) ? (own(dq, 'index') ?? own(dq, 'value')) : dq;
  b.sample(b.family('data_quality_index', 'Data-quality index, 0–100 (higher is better).'), v, {}, 'results.dataQuality');
}

const HOUR_S = 3600;
const hours = (v: unknown) => (typeof v === 'number' ? v * HOUR_S : v);

function addDelivery(b: Builder, delivery: unknown): void {
  if (!isObject(delivery)) throw invalid('results.delivery', 'must be an object of delivery results by function name', delivery);
  const p = 'results.delivery';
  const df = own(delivery, 'deploymentFrequency');
  if (isObject(df)) {
    b.sample(
      b.family('dora_deployments', 'Successful deployments in the period.'),
      own(df, 'count'),
      {},
      `${p}.deploymentFrequency.count`,
    );
    b.sample(
      b.family('dora_deployments_per_day', 'Successful deployments per day in the period.'),
      own(df, 'perDay'),
      {},
      `${p}.deploymentFrequency.perDay`,
    );
    b.sample(
      b.family('dora_deploy_days', 'UTC dates with at least one successful deployment.'),
      own(df, 'deployDays'),
      {},
      `${p}.deploymentFrequency.deployDays`,
    );
  }
  const lt = own(delivery, 'leadTimeForChanges');
  if (isObject(lt)) {
    const f = b.family('dora_lead_time_seconds', 'Lead time for changes (commit to successful deployment).', 'seconds');
    b.sample(f, hours(own(lt, 'p50Hours')), { quantile: '0.5' }, `${p}.leadTimeForChanges.p50Hours`);
    b.sample(f, hours(own(lt, 'p85Hours')), { quantile: '0.85' }, `${p}.leadTimeForChanges.p85Hours`);
    b.sample(f, hours(own(lt, 'p95Hours')), { quantile: '0.95' }, `${p}.leadTimeForChanges.p95Hours`);
    b.sample(
      b.family('dora_lead_time_mean_seconds', 'Mean lead time for changes.', 'seconds'),
      hours(own(lt, 'meanHours')),
      {},
      `${p}.leadTimeForChanges.meanHours`,
    );
    b.sample(
      b.family('dora_changes_deployed', 'Changes whose lead time counts in the period.'),
      own(lt, 'count'),
      {},
      `${p}.leadTimeForChanges.count`,
    );
  }
  const cfr = own(delivery, 'changeFailureRate');
  if (isObject(cfr)) {
    b.sample(
      b.family('dora_change_failure_ratio', 'Share of deployments that failed or caused an incident.', 'ratio'),
      own(cfr, 'rate'),
      {},
      `${p}.changeFailureRate.rate`,
    );
    b.sample(
      b.family('dora_failed_deployments', 'Deployments that failed or caused an incident.'),
      own(cfr, 'failed'),
      {},
      `${p}.changeFailureRate.failed`,
    );
  }
  const rb = own(delivery, 'rollbackRate');
  if (isObject(rb)) {
    b.sample(
      b.family('dora_rollback_ratio', 'Share of deployments rolled back.', 'ratio'),
      own(rb, 'rate'),
      {},
      `${p}.rollbackRate.rate`,
    );
  }
  const mttr = own(delivery, 'meanTimeToRecovery');
  if (isObject(mttr)) {
    const f = b.family('dora_time_to_restore_seconds', 'Time to restore service after an incident.', 'seconds');
    b.sample(f, hours(own(mttr, 'p50Hours')), { quantile: '0.5' }, `${p}.meanTimeToRecovery.p50Hours`);
    b.sample(f, hours(own(mttr, 'p95Hours')), { quantile: '0.95' }, `${p}.meanTimeToRecovery.p95Hours`);
    b.sample(
      b.family('dora_time_to_restore_mean_seconds', 'Mean time to restore service.', 'seconds'),
      hours(own(mttr, 'meanHours')),
      {},
      `${p}.meanTimeToRecovery.meanHours`,
    );
    b.sample(
      b.family('dora_incidents_open', 'Incidents started in the period and not resolved.'),
      own(mttr, 'open'),
      {},
      `${p}.meanTimeToRecovery.open`,
    );
  }
}

function addFamilies(b: Builder, families: unknown): void {
  if (!Array.isArray(families)) throw invalid('results.families', 'must be an array', families);
  eachOf(families, (fam, i) => {
    const path = `results.families[${i}]`;
    if (!isObject(fam)) throw invalid(path, 'must be an object { name, samples }', fam);
    const name = own(fam, 'name');
    if (typeof name !== 'string' || name === '') throw invalid(`${path}.name`, 'must be a non-empty string', name);
    const type = own(fam, 'type') ?? 'gauge';
    if (type !== 'gauge' && type !== 'counter' && type !== 'unknown')
      throw invalid(`${path}.type`, "must be 'gauge', 'counter' or 'unknown'", type);
    const help = own(fam, 'help') ?? '';
    if (typeof help !== 'string') throw invalid(`${path}.help`, 'must be a string', help);
    const unit = own(fam, 'unit');
    let n = sanitizeMetricName(name);
    if (type === 'counter' && n.endsWith('_total')) n = n.slice(0, -6);
    if (unit !== undefined) {
      if (typeof unit !== 'string' || !/^[a-zA-Z0-9_:]+$/.test(unit))
        throw invalid(`${path}.unit`, 'must be a unit name such as "seconds"', unit);
      if (!n.endsWith(`_${unit}`)) throw invalid(`${path}.name`, `must end with _${unit}, its unit (OpenMetrics)`, name);
    }
    const f = b.raw(n, help, unit as string | undefined, type, `${path}.name`);
    const samples = own(fam, 'samples');
    if (!Array.isArray(samples)) throw invalid(`${path}.samples`, 'must be an array', samples);
    eachOf(samples, (s, j) => {
      const sp = `${path}.samples[${j}]`;
      if (!isObject(s)) throw invalid(sp, 'must be an object { labels?, value }', s);
      const labels = own(s, 'labels') ?? {};
      if (!isObject(labels)) throw invalid(`${sp}.labels`, 'must be an object', labels);
      const v = own(s, 'value');
      if (v === null || v === undefined) throw invalid(`${sp}.value`, 'must be a number', v);
      b.sample(f, v, labels, `${sp}.value`);
    });
  });
}

function renderLabels(labels: [string, string][]): string {
  if (labels.length === 0) return '';
  return `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/**
 * Sextant's results as OpenMetrics text: drift scores per feature, fairness gaps, the
 * data-quality index and the DORA keys (times in seconds), plus families of your own. A
 * value the result does not have (`null`, e.g. a lead time with no changes) is left out,
 * never written as NaN. Serve it with {@link OPENMETRICS_CONTENT_TYPE}.
 *
 * @example
 * ```ts
 * const text = toOpenMetrics(
 *   { drift: { features: [{ name: 'age', method: 'ks', score: 0.01, threshold: 0.05, drifted: true }], driftedShare: 1, datasetDrift: true } },
 *   { labels: { model: 'churn "v3"' } },
 * );
 * text.split('\n')[2]; // 'sextant_drift_score{feature="age",method="ks",model="churn \\"v3\\""} 0.01'
 * text.endsWith('# EOF\n'); // true
 * ```
 */
export function toOpenMetrics(results: OpenMetricsResults, options?: OpenMetricsOptions): string {
  if (!isObject(results))
    throw invalid('results', 'must be an object { drift?, fairness?, dataQuality?, delivery?, families? }', results);
  const opts = options === undefined || options === null ? {} : options;
  if (!isObject(opts)) throw option('options', 'must be an object', options);
  const prefix = own(opts, 'prefix') ?? 'sextant';
  if (typeof prefix !== 'string' || (prefix !== '' && !/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(prefix)))
    throw option('options.prefix', 'must be a metric-name prefix matching [a-zA-Z_:][a-zA-Z0-9_:]*', prefix);
  const constLabels = own(opts, 'labels') ?? {};
  if (!isObject(constLabels)) throw option('options.labels', 'must be an object of label values', constLabels);
  const constant: [string, string][] = [];
  const seen = dict<true>();
  for (const k of Object.keys(constLabels)) {
    const v = constLabels[k];
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      throw option(`options.labels[${JSON.stringify(k)}]`, 'must be a string, number or boolean', v);
    const n = sanitizeLabelName(k);
    if (seen[n]) throw option(`options.labels[${JSON.stringify(k)}]`, `becomes the label name ${n} twice`, k);
    seen[n] = true;
    constant.push([n, String(v)]);
  }
  const ts = own(opts, 'timestamp');
  const suffix = ts === undefined ? '' : ` ${parseInstant(ts, 'options.timestamp', { code: 'INVALID_OPTION' }) / 1000}`;

  const b = new Builder(prefix, constant);
  if (own(results, 'drift') !== undefined) addDrift(b, own(results, 'drift'));
  if (own(results, 'fairness') !== undefined) addFairness(b, own(results, 'fairness'));
  if (own(results, 'dataQuality') !== undefined) addDataQuality(b, own(results, 'dataQuality'));
  if (own(results, 'delivery') !== undefined) addDelivery(b, own(results, 'delivery'));
  if (own(results, 'families') !== undefined) addFamilies(b, own(results, 'families'));

  const lines: string[] = [];
  for (const f of b.families) {
    if (f.samples.length === 0) continue;
    if (f.help) lines.push(`# HELP ${f.name} ${escapeLabelValue(f.help)}`);
    lines.push(`# TYPE ${f.name} ${f.type}`);
    if (f.unit) lines.push(`# UNIT ${f.name} ${f.unit}`);
    const sampleName = f.type === 'counter' ? `${f.name}_total` : f.name;
    for (const s of f.samples) lines.push(`${sampleName}${renderLabels(s.labels)} ${formatValue(s.value)}${suffix}`);
  }
  lines.push('# EOF');
  return lines.join('\n') + '\n';
}
