// Hostile-input cases for the connectors (issue 15): the importers (payloads of the wrong
// shape → INVALID_VALUE naming the path; `{ records, skipped }` out), histogramQuantile, the
// change/deployment linker and the OpenMetrics writer with its name/value sanitizers.
import { readFileSync } from 'node:fs';
import {
  escapeLabelValue,
  fromGithubDeployments,
  fromGithubPullRequests,
  fromGitlabDeployments,
  fromGitlabMergeRequests,
  fromJiraIssues,
  fromLinearIssues,
  fromMlflowRuns,
  fromPrometheusHistogram,
  histogramQuantile,
  linkChangesToDeployments,
  sanitizeLabelName,
  sanitizeMetricName,
  toOpenMetrics,
} from '@sextant/core';
import type { HostileCase, Refusal } from '../harness';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../connectors/fixtures/${name}`, import.meta.url), 'utf8'));

/** Importer refusals: a payload of the wrong shape is INVALID_VALUE naming the argument (then the path inside it). */
function shapeRefusals(name: string, f: (payload: unknown) => unknown, path: string): Refusal[] {
  return [
    { what: `${name}: a number as the payload`, call: () => f(42), code: 'INVALID_VALUE', names: path },
    { what: `${name}: a Map as the payload`, call: () => f(new Map([['issues', []]])), code: 'INVALID_VALUE', names: path },
  ];
}

/** A paged importer's argument: one page (an object) or an array of pages, named `response`. */
const responseArg = { at: 0, name: 'response', kind: 'other' } as const;

const buckets = (n: number): { le: number; count: number }[] =>
  Array.from({ length: n }, (_, i) => ({ le: i === n - 1 ? Infinity : (i + 1) / 8, count: (i + 1) * 10 }));

const linkDeployments = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({ id: `d${i}`, at: new Date(Date.UTC(2026, 2, 2, i)).toISOString(), status: 'success' }));
const linkChanges = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    committedAt: new Date(Date.UTC(2026, 2, 2, i) - 1_800_000).toISOString(),
  }));

export const cases: HostileCase[] = [
  {
    name: 'fromGithubDeployments',
    fn: fromGithubDeployments,
    make: () => [{ deployments: load('github-deployments.json'), statuses: load('github-deployment-statuses.json') }],
    arrays: [
      { at: [0, 'deployments'], name: 'deployments', kind: 'other' },
      { at: [0, 'statuses'], name: 'statuses', kind: 'other' },
    ],
    refusals: shapeRefusals('fromGithubDeployments', (p) => fromGithubDeployments(p as never), 'input'),
  },
  {
    name: 'fromGithubPullRequests',
    fn: fromGithubPullRequests,
    make: () => [load('github-pulls.json')],
    arrays: [{ at: 0, name: 'pulls', kind: 'other' }],
    refusals: shapeRefusals('fromGithubPullRequests', (p) => fromGithubPullRequests(p), 'pulls'),
  },
  {
    name: 'fromGitlabDeployments',
    fn: fromGitlabDeployments,
    make: () => [load('gitlab-deployments.json')],
    arrays: [{ at: 0, name: 'deployments', kind: 'other' }],
    refusals: shapeRefusals('fromGitlabDeployments', (p) => fromGitlabDeployments(p), 'deployments'),
  },
  {
    name: 'fromGitlabMergeRequests',
    fn: fromGitlabMergeRequests,
    make: () => [load('gitlab-merge-requests.json')],
    arrays: [{ at: 0, name: 'mergeRequests', kind: 'other' }],
    refusals: shapeRefusals('fromGitlabMergeRequests', (p) => fromGitlabMergeRequests(p), 'mergeRequests'),
  },
  {
    name: 'fromJiraIssues',
    fn: fromJiraIssues,
    make: () => [load('jira-search.json')],
    arrays: [responseArg],
    refusals: shapeRefusals('fromJiraIssues', (p) => fromJiraIssues(p), 'response'),
  },
  {
    name: 'fromLinearIssues',
    fn: fromLinearIssues,
    make: () => [load('linear-issues.json')],
    arrays: [responseArg],
    refusals: shapeRefusals('fromLinearIssues', (p) => fromLinearIssues(p), 'response'),
  },
  {
    name: 'fromMlflowRuns',
    fn: fromMlflowRuns,
    make: () => [[load('mlflow-runs-page1.json'), load('mlflow-runs-page2.json')]],
    // No array classes: a payload is one page (an object) or a list of pages, and an object
    // without `runs` — which `{ length: 1e9 }` is — is MLflow's own answer to an empty search.
    arrays: [],
    refusals: [
      ...['Map', 'Date', 'DataView', 'BigInt64Array'].map((type) => ({
        what: `fromMlflowRuns: a ${type} as the payload`,
        call: () =>
          fromMlflowRuns(
            type === 'Map'
              ? new Map()
              : type === 'Date'
                ? new Date(0)
                : type === 'DataView'
                  ? new DataView(new ArrayBuffer(8))
                  : new BigInt64Array(1),
          ),
        code: 'INVALID_VALUE' as const,
        names: type,
      })),
      {
        what: 'fromMlflowRuns: a number as the payload',
        call: () => fromMlflowRuns(42),
        code: 'INVALID_VALUE',
        names: 'response',
      },
    ],
  },
  {
    name: 'fromPrometheusHistogram',
    fn: fromPrometheusHistogram,
    make: () => [load('prometheus-query-range.json')],
    arrays: [responseArg],
    refusals: shapeRefusals('fromPrometheusHistogram', (p) => fromPrometheusHistogram(p), 'response'),
  },
  {
    name: 'histogramQuantile',
    fn: histogramQuantile,
    make: (n) => [0.5, buckets(n)],
    arrays: [{ at: 1, name: 'buckets', kind: 'other' }],
    refusals: [
      { what: 'q = NaN', call: () => histogramQuantile(NaN, buckets(4)), code: 'INVALID_OPTION', names: 'q' },
      { what: 'q = 2', call: () => histogramQuantile(2, buckets(4)), code: 'INVALID_OPTION', names: 'q' },
      {
        what: 'a bucket count of 1e400 (Infinity)',
        call: () =>
          histogramQuantile(0.5, [
            { le: 1, count: 1 },
            { le: Infinity, count: Infinity },
          ]),
        code: 'NON_FINITE',
        names: 'buckets[1]',
      },
    ],
  },
  {
    name: 'linkChangesToDeployments',
    fn: linkChangesToDeployments,
    make: (n) => [linkDeployments(n), linkChanges(n)],
    arrays: [
      { at: 0, name: 'deployments', kind: 'other' },
      { at: 1, name: 'changes', kind: 'other' },
    ],
    refusals: [
      {
        what: 'a deployment at 8.64e15 + 1',
        call: () => linkChangesToDeployments([{ id: 'd', at: 8.64e15 + 1, status: 'success' }] as never, []),
        code: 'INVALID_VALUE',
        names: 'deployments[0]',
      },
    ],
  },
  {
    name: 'toOpenMetrics',
    fn: toOpenMetrics,
    make: (n) => [
      {
        families: [
          {
            name: 'predictions_total',
            type: 'counter',
            samples: Array.from({ length: n }, (_, i) => ({ labels: { k: `v${i}` }, value: i })),
          },
        ],
      },
    ],
    arrays: [{ at: [0, 'families'], name: 'results.families', kind: 'other' }],
    refusals: [
      {
        what: 'timestamp 8.64e15 + 1',
        call: () => toOpenMetrics({ families: [] } as never, { timestamp: 8.64e15 + 1 }),
        code: 'INVALID_OPTION',
        names: 'timestamp',
      },
      {
        what: 'a sample value NaN-free check: value as a string',
        call: () => toOpenMetrics({ families: [{ name: 'x', samples: [{ value: '1' }] }] } as never),
        code: 'INVALID_VALUE',
        names: 'value',
      },
    ],
  },
  {
    name: 'sanitizeMetricName',
    fn: sanitizeMetricName,
    make: () => ['model.latency p95'],
    arrays: [],
    refusals: [
      { what: 'a Map as the name', call: () => sanitizeMetricName(new Map() as never), code: 'INVALID_VALUE', names: 'name' },
    ],
  },
  {
    name: 'sanitizeLabelName',
    fn: sanitizeLabelName,
    make: () => ['__proto__'],
    arrays: [],
    refusals: [{ what: 'a number as the name', call: () => sanitizeLabelName(7 as never), code: 'INVALID_VALUE', names: 'name' }],
  },
  {
    name: 'escapeLabelValue',
    fn: escapeLabelValue,
    make: () => ['a"b\\c\nd'],
    arrays: [],
    refusals: [
      { what: 'a Date as the value', call: () => escapeLabelValue(new Date(0) as never), code: 'INVALID_VALUE', names: 'value' },
    ],
  },
];
