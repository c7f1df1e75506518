// "Connect your data": saved JSON exports of MLflow, Prometheus, GitHub and Jira (the committed
// connector fixtures, shaped like each API's responses) read by @sextant/core's importers, as
// a portal would read the live responses. Swap each import for a fetch to go live.
import {
  fromGithubDeployments,
  fromGithubPullRequests,
  fromJiraIssues,
  fromMlflowRuns,
  fromPrometheusHistogram,
  linkChangesToDeployments,
  toOpenMetrics,
} from '@sextant/core';
import mlflowPage1 from '../../../test/core/connectors/fixtures/mlflow-runs-page1.json';
import mlflowPage2 from '../../../test/core/connectors/fixtures/mlflow-runs-page2.json';
import prometheus from '../../../test/core/connectors/fixtures/prometheus-query-range.json';
import githubDeployments from '../../../test/core/connectors/fixtures/github-deployments.json';
import githubStatuses from '../../../test/core/connectors/fixtures/github-deployment-statuses.json';
import githubPulls from '../../../test/core/connectors/fixtures/github-pulls.json';
import jiraSearch from '../../../test/core/connectors/fixtures/jira-search.json';
import jiraChangelog from '../../../test/core/connectors/fixtures/jira-changelog-ML-4.json';
import { lastWeekDrift } from './data/drift';
import { project } from './data/project';
import { once } from './data/random';

export const connected = once(() => {
  const runs = fromMlflowRuns([mlflowPage1, mlflowPage2]);
  const latency = fromPrometheusHistogram(prometheus);
  // The last step of the /predict histogram: Prometheus's quantiles and the request rate.
  const series = latency.records.find((r) => r.labels.route === '/predict');
  const predictNow = series?.points[series.points.length - 1];
  const deployments = fromGithubDeployments(
    { deployments: githubDeployments, statuses: githubStatuses },
    { environment: 'production', service: 'churn-model' },
  );
  const changes = fromGithubPullRequests(githubPulls);
  const linked = linkChangesToDeployments(deployments.records, changes.records);
  const board = fromJiraIssues(jiraSearch, { changelogs: [{ key: 'ML-4', response: jiraChangelog }] });
  const events = board.board.events;
  return {
    /** The Jira export's "now": a day after its last change, so card ages read as they did then. */
    boardNow: Date.parse(events[events.length - 1].at) + 86_400_000,
    runs: runs.records.map((r) => ({
      run: r.name ?? r.id,
      status: r.status,
      f1: r.metrics.f1,
      auc: r.metrics.roc_auc,
      started: `${r.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    })),
    predictNow,
    deployments: linked,
    changes: changes.records,
    board,
    exposition: toOpenMetrics({ drift: lastWeekDrift() }, { labels: { model: project.model } }),
  };
});
