/**
 * Connector workloads at the size of a real dashboard refresh: a Prometheus query_range of
 * 20 routes × 12 buckets × 1,440 steps (a day at 1-minute resolution, 345,600 samples) through
 * fromPrometheusHistogram (four histogram_quantile calls per step); histogramQuantile on one
 * 12-bucket histogram; 5,000 MLflow runs with 20 params and 10 metrics each; a Jira search of
 * 2,000 issues with 6 transitions each; toOpenMetrics of 1,000 drift features. Data is seeded
 * (LCG), never Math.random, and serialised through JSON as a fetch would give it.
 */
import { fromJiraIssues, fromMlflowRuns, fromPrometheusHistogram, histogramQuantile, toOpenMetrics } from '@sextant/core';
import { bench, describe } from 'vitest';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
}
const r = lcg(7);
const LES = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];
const T0 = 1772442000;

const prometheus = JSON.parse(
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'matrix',
      result: Array.from({ length: 20 }, (_, route) => {
        const shares = LES.map((_, i) => Math.min(1, (i + 1) / 9 + r() * 0.02));
        return LES.map((le, i) => ({
          metric: { le, route: `/r${route}` },
          values: Array.from({ length: 1440 }, (_, k) => [
            T0 + 60 * k,
            String(Math.round(shares[i] * (100 + (k % 37)) * 1000) / 1000),
          ]),
        }));
      }).flat(),
    },
  }),
) as unknown;

const buckets = LES.map((le, i) => ({ le: le === '+Inf' ? Infinity : Number(le), count: (i + 1) * 10 }));

const mlflow = JSON.parse(
  JSON.stringify({
    runs: Array.from({ length: 5000 }, (_, i) => ({
      info: {
        run_id: `run${i}`,
        experiment_id: '1',
        status: 'FINISHED',
        start_time: 1772442000000 + i * 1000,
        end_time: 1772442060000 + i * 1000,
        lifecycle_stage: 'active',
      },
      data: {
        params: Array.from({ length: 20 }, (_, j) => ({ key: `p${j}`, value: String(r()) })),
        metrics: Array.from({ length: 10 }, (_, j) => ({ key: `m${j}`, value: r(), timestamp: 1772442000000, step: 10 })),
        tags: [{ key: 'mlflow.runName', value: `run-${i}` }],
      },
    })),
  }),
) as unknown;

const STATUSES = [
  ['10000', 'To Do'],
  ['3', 'In Progress'],
  ['10002', 'In Review'],
  ['10001', 'Done'],
] as const;
const jira = JSON.parse(
  JSON.stringify({
    startAt: 0,
    maxResults: 2000,
    total: 2000,
    issues: Array.from({ length: 2000 }, (_, i) => {
      const created = Date.UTC(2026, 0, 1) + i * 3_600_000;
      const cat = ['new', 'indeterminate', 'indeterminate', 'done'][i % 4];
      const cur = STATUSES[i % 4];
      return {
        id: String(10000 + i),
        key: `ML-${i}`,
        fields: {
          summary: `Issue ${i}`,
          status: { id: cur[0], name: cur[1], statusCategory: { key: cat } },
          issuetype: { name: 'Task' },
          created: new Date(created).toISOString(),
          labels: [],
        },
        changelog: {
          startAt: 0,
          maxResults: 6,
          total: 6,
          histories: Array.from({ length: 6 }, (_, h) => {
            const a = STATUSES[h % 3];
            const b = STATUSES[(h % 3) + 1];
            return {
              id: `${i}-${h}`,
              created: new Date(created + (h + 1) * 7_200_000).toISOString(),
              items: [{ field: 'status', fieldtype: 'jira', from: a[0], fromString: a[1], to: b[0], toString: b[1] }],
            };
          }),
        },
      };
    }),
  }),
) as unknown;

const drift = {
  features: Array.from({ length: 1000 }, (_, i) => ({
    name: `f${i}`,
    kind: 'numeric',
    method: 'ks',
    score: r(),
    threshold: 0.05,
    drifted: r() < 0.1,
  })),
  driftedShare: 0.1,
  datasetDrift: false,
};

describe('connectors', () => {
  bench('fromPrometheusHistogram: 20 series × 12 buckets × 1,440 steps', () => {
    fromPrometheusHistogram(prometheus);
  });
  bench('histogramQuantile: one 12-bucket histogram', () => {
    histogramQuantile(0.95, buckets);
  });
  bench('fromMlflowRuns: 5,000 runs × (20 params + 10 metrics)', () => {
    fromMlflowRuns(mlflow);
  });
  bench('fromJiraIssues: 2,000 issues × 6 transitions', () => {
    fromJiraIssues(jira);
  });
  bench('toOpenMetrics: 1,000 drift features', () => {
    toOpenMetrics({ drift });
  });
});
