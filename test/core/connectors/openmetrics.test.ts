/**
 * toOpenMetrics against the OpenMetrics 1.0 text format
 * (https://prometheus.io/docs/specs/om/open_metrics_spec/): every line is a metadata line, a
 * sample line or `# EOF` (last); names match the spec's grammar; label values unescape back to
 * what went in; importing then exporting keeps counts.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  escapeLabelValue,
  fromPrometheusHistogram,
  OPENMETRICS_CONTENT_TYPE,
  sanitizeLabelName,
  sanitizeMetricName,
  toOpenMetrics,
  type MetricFamily,
} from '@sextant/core/connectors';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface Parsed {
  name: string;
  labels: Record<string, string>;
  value: number;
  timestamp?: number;
}

/** A strict reader of the exposition: throws on any line outside the grammar. */
function parse(text: string): { samples: Parsed[]; types: Record<string, string>; help: Record<string, string> } {
  expect(text.endsWith('# EOF\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  expect(lines.filter((l) => l === '# EOF')).toHaveLength(1);
  const samples: Parsed[] = [];
  const types: Record<string, string> = {};
  const help: Record<string, string> = {};
  for (const line of lines.slice(0, -1)) {
    const meta = /^# (TYPE|HELP|UNIT) ([^ ]+) (.*)$/.exec(line);
    if (meta) {
      expect(meta[2]).toMatch(METRIC);
      if (meta[1] === 'TYPE') types[meta[2]] = meta[3];
      if (meta[1] === 'HELP') help[meta[2]] = unescape(meta[3]);
      if (meta[1] === 'UNIT') expect(meta[2].endsWith(`_${meta[3]}`)).toBe(true);
      continue;
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)(?: (\S+))?$/.exec(line);
    if (!m) throw new Error(`not an OpenMetrics line: ${line}`);
    const labels: Record<string, string> = {};
    if (m[3] !== undefined) {
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\\\|\\"|\\n)*)"(,|$)/gy;
      let last = 0;
      for (let x = re.exec(m[3]); x; x = re.exec(m[3])) {
        labels[x[1]] = unescape(x[2]);
        last = re.lastIndex;
      }
      expect(last, line).toBe(m[3].length);
    }
    expect(m[4]).toMatch(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/);
    samples.push({ name: m[1], labels, value: Number(m[4]), timestamp: m[5] === undefined ? undefined : Number(m[5]) });
  }
  return { samples, types, help };
}

function unescape(s: string): string {
  return s.replace(/\\(\\|"|n)/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

const drift = {
  features: [
    { name: 'tenure', kind: 'numeric', method: 'ks', score: 0.003, threshold: 0.05, drifted: true },
    { name: 'plan', kind: 'categorical', method: 'chisquare', score: 0.41, threshold: 0.05, drifted: false },
  ],
  driftedShare: 0.5,
  datasetDrift: true,
};

describe('toOpenMetrics', () => {
  it('writes drift, fairness, data quality and DORA keys with Prometheus-style names', () => {
    const text = toOpenMetrics(
      {
        drift,
        fairness: {
          demographic_parity: 0.12,
          recall: { overall: 0.8, byGroup: { a: 0.85, b: 0.75 }, difference: 0.1, ratio: 0.75 / 0.85 },
        },
        dataQuality: { index: 93.5 },
        delivery: {
          deploymentFrequency: { count: 3, perDay: 0.1, perWeek: 0.7, deployDays: 3 },
          leadTimeForChanges: { count: 3, meanHours: 2.5, p50Hours: 1.5, p85Hours: 4, p95Hours: 4.5 },
          changeFailureRate: { deployments: 5, failed: 2, rate: 0.4 },
          meanTimeToRecovery: { count: 0, open: 0, meanHours: null, p50Hours: null, p95Hours: null },
        },
      },
      { labels: { model: 'churn', team: 'growth' } },
    );
    const { samples, types } = parse(text);
    const get = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(get('sextant_drift_score', { feature: 'tenure', method: 'ks' })).toBe(0.003);
    expect(get('sextant_drift_detected', { feature: 'plan' })).toBe(0);
    expect(get('sextant_drift_dataset_drift')).toBe(1);
    expect(get('sextant_fairness_gap', { metric: 'demographic_parity' })).toBe(0.12);
    expect(get('sextant_fairness_group_value', { metric: 'recall', group: 'b' })).toBe(0.75);
    expect(get('sextant_data_quality_index')).toBe(93.5);
    // Lead time in seconds (base unit): 1.5 h = 5400 s
    expect(get('sextant_dora_lead_time_seconds', { quantile: '0.5' })).toBe(5400);
    expect(get('sextant_dora_change_failure_ratio')).toBe(0.4);
    // A time the result does not have (null) is left out, never NaN; its family with it.
    expect(samples.some((s) => s.name.startsWith('sextant_dora_time_to_restore'))).toBe(false);
    expect(get('sextant_dora_incidents_open')).toBe(0);
    expect(samples.every((s) => s.labels.model === 'churn' && s.labels.team === 'growth')).toBe(true);
    expect(Object.values(types).every((t) => t === 'gauge')).toBe(true);
    expect(text).toContain('# UNIT sextant_dora_lead_time_seconds seconds\n');
  });

  it('escapes label values and HELP text, and sanitises names', () => {
    const text = toOpenMetrics({
      families: [
        {
          name: 'model.latency-p95 seconds',
          help: 'p95 with "quotes", a \\ backslash\nand a new line',
          samples: [{ labels: { 'route/path': 'a"b\\c\nd', ['__proto__']: '<script>', '9lives': 'x' }, value: 0.25 }],
        },
      ],
    });
    const { samples, help } = parse(text);
    expect(samples[0].name).toBe('model_latency_p95_seconds');
    expect(samples[0].labels).toEqual({ route_path: 'a"b\\c\nd', _proto__: '<script>', _9lives: 'x' });
    expect(help.model_latency_p95_seconds).toBe('p95 with "quotes", a \\ backslash\nand a new line');
    expect(text).toContain('route_path="a\\"b\\\\c\\nd"');
    expect(OPENMETRICS_CONTENT_TYPE).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
  });

  it('writes counters with _total on the samples, units and timestamps in seconds', () => {
    const text = toOpenMetrics(
      { families: [{ name: 'predictions_total', type: 'counter', samples: [{ value: 1234 }] }] },
      { timestamp: '2026-03-02T09:00:00.500+01:00', prefix: 'ml' },
    );
    expect(text).toBe('# TYPE predictions counter\npredictions_total 1234 1772438400.5\n# EOF\n');
  });

  it('refuses what cannot be exposed', () => {
    const fam = (samples: MetricFamily['samples']): MetricFamily[] => [{ name: 'x', samples }];
    expect(thrown(() => toOpenMetrics({ families: fam([{ value: 1 }, { value: 2 }]) })).message).toMatch(/repeats a label set/);
    expect(codeOf(() => toOpenMetrics({ families: fam([{ value: NaN }]) }))).toBe('NON_FINITE');
    expect(thrown(() => toOpenMetrics({ families: fam([{ labels: { 'a-b': '1', a_b: '2' }, value: 1 }]) })).message).toMatch(
      /label name a_b twice/,
    );
    expect(thrown(() => toOpenMetrics({ families: [{ name: 'lat', unit: 'seconds', samples: [] }] })).message).toMatch(
      /must end with _seconds/,
    );
    expect(thrown(() => toOpenMetrics({ drift: { features: [{ name: 'a', score: '0.1' }] } })).message).toMatch(
      /^results\.drift\.features\[0\]\.score must be a number/,
    );
    expect(codeOf(() => toOpenMetrics({}, { prefix: '9x' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => toOpenMetrics({}, { timestamp: '2026-03-02T09:00:00' }))).toBe('INVALID_OPTION');
    expect(toOpenMetrics({})).toBe('# EOF\n');
  });

  it('round-trips any label value through escaping (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 12 }), (value, key) => {
        const text = toOpenMetrics({ families: [{ name: 'm', samples: [{ labels: { [key]: value }, value: 1 }] }] });
        const { samples } = parse(text);
        expect(Object.values(samples[0].labels)).toEqual([value]);
        expect(Object.keys(samples[0].labels)[0]).toMatch(LABEL);
      }),
    );
  });

  it('names are always valid (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(sanitizeMetricName(s)).toMatch(METRIC);
        expect(sanitizeLabelName(s)).toMatch(LABEL);
        expect(sanitizeLabelName(s).startsWith('__')).toBe(false);
      }),
    );
    expect(escapeLabelValue('\uD800x')).toBe('\uFFFDx');
  });
});

describe('import then export keeps counts', () => {
  it('one sample per imported point and quantile (Prometheus fixture)', () => {
    const res = JSON.parse(readFileSync(new URL('./fixtures/prometheus-query-range.json', import.meta.url), 'utf8')) as unknown;
    const { records } = fromPrometheusHistogram(res);
    const last = records.map((r) => ({ labels: r.labels, p: r.points[r.points.length - 1] }));
    const text = toOpenMetrics({
      families: [
        {
          name: 'http_request_duration_seconds',
          unit: 'seconds',
          samples: last.flatMap(({ labels, p }) =>
            (['p50', 'p90', 'p95', 'p99'] as const).map((k) => ({ labels: { ...labels, quantile: k }, value: p[k] })),
          ),
        },
        { name: 'http_requests_per_second', samples: last.map(({ labels, p }) => ({ labels: { ...labels }, value: p.count })) },
      ],
    });
    const { samples } = parse(text);
    expect(samples.filter((s) => s.name === 'http_request_duration_seconds')).toHaveLength(4 * records.length);
    expect(samples.find((s) => s.name === 'http_requests_per_second' && s.labels.route === '/predict')?.value).toBe(
      last[0].p.count,
    );
  });

  it('any families keep their sample count (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), { minLength: 1, maxLength: 5 }),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 }),
        (names, values) => {
          const families = names.map((name) => ({
            name,
            samples: values.map((value, i) => ({ labels: { i: String(i) }, value })),
          }));
          const { samples } = parse(toOpenMetrics({ families }, { prefix: '' }));
          expect(samples).toHaveLength(names.length * values.length);
          samples.forEach((s, k) => expect(s.value).toBe(values[k % values.length] === 0 ? 0 : values[k % values.length]));
        },
      ),
    );
  });
});
