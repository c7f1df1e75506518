/**
 * The importers on fixtures shaped like each API's documented responses (sources in
 * fixtures/README.md; regenerate with fixtures/make_fixtures.py). Expected records are worked
 * by hand from the fixture data, with the working beside each.
 */
import { readFileSync } from 'node:fs';
import {
  fromGithubDeployments,
  fromGithubPullRequests,
  fromGitlabDeployments,
  fromGitlabMergeRequests,
  fromMlflowRuns,
  fromPrometheusHistogram,
  linkChangesToDeployments,
} from '@sextant/core/connectors';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

/** A fixture as `await response.json()` would give it. */
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('fromMlflowRuns (runs/search pages + get-history)', () => {
  const pages = [load('mlflow-runs-page1.json'), load('mlflow-runs-page2.json')];
  const history = load('mlflow-history-f1.json');
  const { records, skipped } = fromMlflowRuns(pages, {
    histories: [{ runId: '9f1c2a7e4b3d4c8e9a0b1c2d3e4f5a6b', key: 'f1', response: history }],
  });

  it('makes one row per live run across pages, times from epoch ms', () => {
    expect(records.map((r) => r.name)).toEqual(['xgb-depth6', 'xgb-depth8', 'lgbm-leaves63']);
    const [a, , c] = records;
    // start_time 1772442000000 = 2026-03-02T09:00:00Z; end_time + 1 860 000 ms = 31 minutes later
    expect(a.startedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(a.endedAt).toBe('2026-03-02T09:31:00.000Z');
    expect(a.status).toBe('FINISHED');
    expect(a.experimentId).toBe('7');
    expect({ ...a.params }).toEqual({ max_depth: '6', learning_rate: '0.1', n_estimators: '400' });
    expect({ ...a.metrics }).toEqual({ f1: 0.874, roc_auc: 0.931, val_loss: 0.287 });
    // A running run has no end_time.
    expect(c.status).toBe('RUNNING');
    expect('endedAt' in c).toBe(false);
  });

  it('reports the deleted run and the NaN metric it left out, with their paths', () => {
    expect(skipped).toEqual([
      { path: '[0].runs[1].data.metrics[2]', reason: 'metric "val_loss" is NaN; left out of the row' },
      { path: '[0].runs[2]', reason: 'deleted run (lifecycle_stage "deleted")' },
    ]);
    expect(fromMlflowRuns(pages, { includeDeleted: true }).records).toHaveLength(4);
  });

  it('attaches the metric history, by step, for sparklines', () => {
    const h = records[0].history.f1;
    expect(h.map((p) => p.step)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36]);
    // step 0: 0.62 + 0.254·(1 − 0.9⁰) = 0.62, logged 45 s after the start
    expect(h[0]).toEqual({ step: 0, value: 0.62, at: '2026-03-02T09:00:45.000Z' });
    expect(Object.keys(records[1].history)).toEqual([]);
  });

  it('keeps a tag named __proto__ as data in a null-prototype object', () => {
    const tags = records[1].tags;
    expect(Object.getPrototypeOf(tags)).toBe(null);
    expect(Object.prototype.hasOwnProperty.call(tags, '__proto__')).toBe(true);
    expect(tags['__proto__']).toBe('hostile tag key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an empty search ({}) as no runs', () => {
    expect(fromMlflowRuns({})).toEqual({ records: [], skipped: [] });
  });

  it('refuses a wrong shape naming the argument, then the path inside the payload', () => {
    const bad = load('mlflow-runs-page1.json') as { runs: { info: Record<string, unknown> }[] };
    bad.runs[1].info.start_time = '1772442000000';
    const e = thrown(() => fromMlflowRuns(bad));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/^response\.runs\[1\]\.info\.start_time /);
    expect(thrown(() => fromMlflowRuns([bad])).message).toMatch(/^response\[0\]\.runs\[1\]\.info\.start_time /);
    bad.runs[1].info.start_time = '2026-03-02T09:00:00';
    expect(thrown(() => fromMlflowRuns(bad)).message).toMatch(/no 'Z' or offset/);
    expect(thrown(() => fromMlflowRuns({ runs: [{ info: null }] })).message).toMatch(
      /^response\.runs\[0\]\.info must be a JSON object/,
    );
    expect(thrown(() => fromMlflowRuns({ runs: 'none' })).message).toMatch(/^response\.runs must be a JSON array/);
    expect(thrown(() => fromMlflowRuns(null)).message).toMatch(/^response must be a JSON object/);
  });
});

describe('GitHub deployments, statuses and pull requests', () => {
  const deployments = load('github-deployments.json');
  const statuses = load('github-deployment-statuses.json');
  const pulls = load('github-pulls.json');

  it('takes status and time from the latest final status', () => {
    const { records, skipped } = fromGithubDeployments({ deployments, statuses }, { service: 'churn-model' });
    expect(records).toEqual([
      // 1005 (staging): success at 11:08
      { id: '1005', at: '2026-03-05T11:08:00.000Z', status: 'success', service: 'churn-model' },
      // 1004: error → failed
      { id: '1004', at: '2026-03-04T16:40:00.000Z', status: 'failed', service: 'churn-model' },
      // 1003: success, later inactive (superseded) — still a success
      { id: '1003', at: '2026-03-03T09:14:00.000Z', status: 'success', service: 'churn-model' },
      { id: '1002', at: '2026-03-02T14:12:00.000Z', status: 'success', service: 'churn-model' },
      // 1001: queued → in_progress → failure
      { id: '1001', at: '2026-03-02T10:09:00.000Z', status: 'failed', service: 'churn-model' },
    ]);
    expect(skipped).toEqual([{ path: 'deployments[0][0]', reason: 'no final status yet (latest is "in_progress")' }]);
  });

  it('keeps only the environments asked for, and says so', () => {
    const { records, skipped } = fromGithubDeployments({ deployments, statuses }, { environment: 'production' });
    expect(records.map((r) => r.id)).toEqual(['1004', '1003', '1002', '1001']);
    expect(skipped.map((s) => s.path)).toEqual(['deployments[0][0]', 'deployments[0][1]']);
    expect(skipped[1].reason).toBe('environment "staging" is not among options.environment');
  });

  it('turns merged pull requests into changes, reporting the rest', () => {
    const { records, skipped } = fromGithubPullRequests(pulls);
    expect(records).toEqual([
      { id: 'acme-ml/churn-model#48', committedAt: '2026-03-02T09:30:00.000Z' },
      { id: 'acme-ml/churn-model#49', committedAt: '2026-03-02T13:00:00.000Z' },
      { id: 'acme-ml/churn-model#50', committedAt: '2026-03-03T08:00:00.000Z' },
    ]);
    expect(skipped).toEqual([
      { path: 'pulls[3]', reason: 'closed without merging' },
      { path: 'pulls[4]', reason: 'not merged yet (open)' },
    ]);
    const noBots = fromGithubPullRequests(pulls, { excludeBots: true });
    expect(noBots.records.map((r) => r.id)).toEqual(['acme-ml/churn-model#48', 'acme-ml/churn-model#50']);
    expect(noBots.skipped[0]).toEqual({ path: 'pulls[1]', reason: 'authored by a bot (dependabot[bot])' });
  });

  it('links changes to the deployments that carried them', () => {
    const prod = fromGithubDeployments({ deployments, statuses }, { environment: 'production' }).records;
    const changes = fromGithubPullRequests(pulls).records;
    const linked = linkChangesToDeployments(prod, changes);
    // by time: 1001 (10:09, failed), 1002 (14:12, success), 1003 (next day 09:14), 1004 (failed).
    // #48 merged 09:30 → 1001 (failed, carried it) and 1002 (shipped it); #49 (13:00) → 1002; #50 → 1003.
    expect(Object.fromEntries(linked.map((d) => [d.id, d.changeIds]))).toEqual({
      '1004': [],
      '1003': ['acme-ml/churn-model#50'],
      '1002': ['acme-ml/churn-model#48', 'acme-ml/churn-model#49'],
      '1001': ['acme-ml/churn-model#48'],
    });
    expect(prod[0]).not.toHaveProperty('changeIds'); // inputs untouched
  });

  it('refuses a status without its deployment, naming the path', () => {
    const s = load('github-deployment-statuses.json') as Record<string, unknown>[];
    s[2].deployment_url = 'https://api.github.com/repos/acme-ml/churn-model';
    expect(thrown(() => fromGithubDeployments({ deployments, statuses: s })).message).toMatch(/^statuses\[2\]\.deployment_url /);
    s[2].deployment_url = 'https://api.github.com/repos/acme-ml/churn-model/deployments/1001';
    s[2].created_at = '2026-03-02 10:09:00';
    expect(thrown(() => fromGithubDeployments({ deployments, statuses: s })).message).toMatch(/^statuses\[2\]\.created_at /);
    expect(codeOf(() => fromGithubDeployments({ deployments, statuses }, { environment: 3 as unknown as string }))).toBe(
      'INVALID_OPTION',
    );
  });
});

describe('GitLab deployments and merge requests', () => {
  const deployments = load('gitlab-deployments.json');
  const mrs = load('gitlab-merge-requests.json');

  it('reads finished deployments, offsets converted to UTC', () => {
    const { records, skipped } = fromGitlabDeployments(deployments, { environment: 'production', kind: 'model' });
    // finished_at 09:06:30+01:00 = 08:06:30Z, 14:04+01:00 = 13:04Z, 16:07+01:00 = 15:07Z
    expect(records).toEqual([
      { id: '41', at: '2026-03-02T08:06:30.000Z', status: 'success', kind: 'model' },
      { id: '42', at: '2026-03-03T13:04:00.000Z', status: 'failed', kind: 'model' },
      { id: '43', at: '2026-03-03T15:07:00.000Z', status: 'success', kind: 'model' },
    ]);
    expect(skipped).toEqual([
      { path: 'deployments[3]', reason: 'status "canceled" is not a finished deployment (success or failed)' },
      { path: 'deployments[4]', reason: 'environment "staging" is not among options.environment' },
      { path: 'deployments[5]', reason: 'status "running" is not a finished deployment (success or failed)' },
    ]);
  });

  it('reads merged merge requests across pages, and can leave out bots', () => {
    const { records, skipped } = fromGitlabMergeRequests(mrs);
    expect(records).toEqual([
      { id: 'ml/ranker!17', committedAt: '2026-03-02T07:30:00.000Z' },
      { id: 'ml/ranker!18', committedAt: '2026-03-03T11:00:00.000Z' },
      { id: 'ml/ranker!19', committedAt: '2026-03-03T14:30:00.000Z' },
    ]);
    expect(skipped).toEqual([{ path: 'mergeRequests[1][1]', reason: 'state "closed", not merged' }]);
    const noBots = fromGitlabMergeRequests(mrs, { excludeBots: true });
    expect(noBots.skipped[0]).toEqual({ path: 'mergeRequests[0][1]', reason: 'authored by a bot (project_42_bot_3f9a1c)' });
  });

  it('refuses a merge time without an offset, naming the path', () => {
    const bad = load('gitlab-merge-requests.json') as Record<string, unknown>[][];
    bad[1][0].merged_at = '2026-03-03T15:30:00';
    const e = thrown(() => fromGitlabMergeRequests(bad));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/^mergeRequests\[1\]\[0\]\.merged_at .*no 'Z' or offset/);
  });
});

describe('fromPrometheusHistogram (query_range over _bucket series)', () => {
  const res = load('prometheus-query-range.json');
  const { records, skipped } = fromPrometheusHistogram(res);

  it('groups the bucket series by their labels but le', () => {
    expect(records.map((r) => ({ ...r.labels }))).toEqual([{ route: '/predict' }, { route: '/explain' }]);
    expect(records[0].points.map((p) => p.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:01:00.000Z',
      '2026-03-02T09:02:00.000Z',
      '2026-03-02T09:03:00.000Z',
    ]);
  });

  it("computes Prometheus's quantiles per step and the request rate (throughput)", () => {
    const p = records[0].points[0];
    // /predict at t0, cumulative rates: 0.025→3.2, 0.05→14, 0.1→28.4, 0.25→37.2, 0.5→39.2, 1→39.8, +Inf→40
    expect(p.count).toBe(40);
    // p50: rank 20 in (0.05, 0.1]: 0.05 + 0.05·(20 − 14)/(28.4 − 14) = 0.0708333…
    expect(p.p50).toBeCloseTo(0.05 + (0.05 * 6) / 14.4, 12);
    // p90: rank 36 in (0.1, 0.25]: 0.1 + 0.15·(36 − 28.4)/(37.2 − 28.4)
    expect(p.p90).toBeCloseTo(0.1 + (0.15 * 7.6) / 8.8, 12);
    // p95: rank 38 in (0.25, 0.5]: 0.25 + 0.25·0.8/2 = 0.35
    expect(p.p95).toBeCloseTo(0.35, 12);
    // p99: rank 39.6 in (0.5, 1]: 0.5 + 0.5·0.4/0.6
    expect(p.p99).toBeCloseTo(0.5 + 0.2 / 0.6, 12);
    // Traffic grows 10 % a minute with the same shape: the same quantiles, more requests.
    expect(records[0].points[3].count).toBeCloseTo(52, 9);
    expect(records[0].points[3].p50).toBeCloseTo(p.p50, 9);
  });

  it('reports the step with no traffic instead of a NaN', () => {
    expect(records[1].points).toHaveLength(3);
    // /explain at t0: rank 1.25 in (0.5, 1]: 0.5 + 0.5·(1.25 − 0.75)/(1.5 − 0.75)
    expect(records[1].points[0].p50).toBeCloseTo(0.5 + (0.5 * 0.5) / 0.75, 12);
    expect(skipped).toEqual([
      { path: 'data.result[12] at 2026-03-02T09:03:00.000Z', reason: 'no observations at this time (Prometheus answers NaN)' },
    ]);
  });

  it('reports series without le, and refuses malformed samples with their path', () => {
    const r = load('prometheus-query-range.json') as {
      data: { result: { metric: Record<string, string>; values: unknown[][] }[] };
    };
    r.data.result.push({ metric: { __name__: 'up', job: 'api' }, values: [[1772442000, '1']] });
    expect(fromPrometheusHistogram(r).skipped[0]).toEqual({
      path: 'data.result[24]',
      reason: 'no "le" label: not a histogram bucket series (Prometheus ignores it)',
    });
    r.data.result[3].values[1] = ['1772442060', '14'];
    expect(thrown(() => fromPrometheusHistogram(r)).message).toMatch(/^response\.data\.result\[3\]\.values\[1\]\[0\] /);
    r.data.result[3].values[1] = [1772442060, 14];
    expect(thrown(() => fromPrometheusHistogram(r)).message).toMatch(/^response\.data\.result\[3\]\.values\[1\]\[1\] /);
    r.data.result[3].values[1] = [1772442060, 'fourteen'];
    expect(thrown(() => fromPrometheusHistogram(r)).message).toMatch(/not a Prometheus float/);
    const err = { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' };
    expect(thrown(() => fromPrometheusHistogram(err)).message).toMatch(/^response\.status .*parse error at char 5/);
  });

  it('reads an instant-query vector too', () => {
    const v = {
      status: 'success',
      data: {
        resultType: 'vector',
        result: [
          { metric: { le: '0.1' }, value: [1772442000.5, '5'] },
          { metric: { le: '0.2' }, value: [1772442000.5, '7'] },
          { metric: { le: '+Inf' }, value: [1772442000.5, '12'] },
        ],
      },
    };
    const [rec] = fromPrometheusHistogram(v).records;
    // rank 6 in (0.1, 0.2]: 0.1 + 0.1·(6 − 5)/(7 − 5) = 0.15; Unix seconds with a fraction → ms
    expect(rec.points[0].at).toBe('2026-03-02T09:00:00.500Z');
    expect(rec.points[0].p50).toBeCloseTo(0.15, 12);
  });
});

describe('hostile payloads', () => {
  it('never pollutes a prototype', () => {
    const payload = JSON.parse(
      '{"__proto__": {"polluted": true}, "runs": [{"__proto__": {"polluted": true}, "info": {"run_id": "r", "experiment_id": "1", "status": "FINISHED", "start_time": 0, "constructor": {"prototype": {"polluted": true}}}, "data": {"params": [{"key": "__proto__", "value": "x"}, {"key": "constructor", "value": "y"}, {"key": "toString", "value": "z"}]}}]}',
    );
    const { records } = fromMlflowRuns(payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(records[0].params)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(records[0].params)).toBe(null);
    const prom = JSON.parse(
      '{"status":"success","data":{"resultType":"vector","result":[{"metric":{"le":"1","__proto__":"a"},"value":[0,"1"]},{"metric":{"le":"+Inf","__proto__":"a"},"value":[0,"2"]}]}}',
    );
    const [s] = fromPrometheusHistogram(prom).records;
    expect(s.labels['__proto__']).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses array-likes and huge holes at the first element', () => {
    expect(codeOf(() => fromMlflowRuns({ runs: { length: 1e9 } }))).toBe('INVALID_VALUE');
    expect(codeOf(() => fromGithubPullRequests({ length: 2 ** 53 - 1 }))).toBe('INVALID_VALUE');
    expect(thrown(() => fromMlflowRuns({ runs: new Array(1e7) })).message).toMatch(/^response\.runs\[0\] must be a JSON object/);
    expect(thrown(() => fromGitlabDeployments(new Array(1e7))).message).toMatch(/^deployments\[0\]/);
  });

  it('does not recurse into deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const e = thrown(() => fromMlflowRuns({ runs: [{ info: { run_id: deep } }] }));
    expect(e.message).toMatch(/^response\.runs\[0\]\.info\.run_id /);
  });

  it('refuses string numbers where the API sends numbers', () => {
    const run = {
      info: { run_id: 'r', experiment_id: '1', status: 'FINISHED', start_time: 0 },
      data: { metrics: [{ key: 'f1', value: '0.9', timestamp: 0, step: 0 }] },
    };
    expect(thrown(() => fromMlflowRuns({ runs: [run] })).message).toMatch(
      /^response\.runs\[0\]\.data\.metrics\[0\]\.value must be a finite JSON number/,
    );
    run.data.metrics[0].value = 0.9 as unknown as string;
    (run.data.metrics[0] as Record<string, unknown>).step = '3';
    expect(thrown(() => fromMlflowRuns({ runs: [run] })).message).toMatch(/^response\.runs\[0\]\.data\.metrics\[0\]\.step/);
  });
});

describe('fromPrometheusHistogram — bad samples', () => {
  it('reports a step with a NaN or negative bucket, even when no sample of it is usable', () => {
    const v = (t: number, le: string, x: string) => ({ metric: { le }, values: [[t, x]] });
    const res = {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          v(0, '1', 'NaN'),
          v(0, '+Inf', '3'),
          v(60, '1', '-1'),
          v(60, '+Inf', 'NaN'),
          v(120, '1', '1'),
          v(120, '+Inf', '2'),
        ],
      },
    };
    const { records, skipped } = fromPrometheusHistogram(res);
    // t=120: rank 1 of 2 in (0, 1] → 0 + 1·1/1 = 1 for p50
    expect(records[0].points).toEqual([{ at: '1970-01-01T00:02:00.000Z', count: 2, p50: 1, p90: 1, p95: 1, p99: 1 }]);
    expect(skipped).toEqual([
      { path: 'data.result[0].values[0]', reason: 'bucket count NaN is not a finite count ≥ 0; the step is left out' },
      { path: 'data.result[2].values[0]', reason: 'bucket count -1 is not a finite count ≥ 0; the step is left out' },
    ]);
  });
});
