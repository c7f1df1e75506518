import { describeExamples } from '../../support/examples';

describeExamples('connectors', {
  files: ['connectors/'],
  exported: [
    'histogramQuantile',
    'fromPrometheusHistogram',
    'fromMlflowRuns',
    'fromGithubDeployments',
    'fromGithubPullRequests',
    'fromGitlabDeployments',
    'fromGitlabMergeRequests',
    'linkChangesToDeployments',
    'toOpenMetrics',
    'fromJiraIssues',
    'fromLinearIssues',
  ],
  offline: /not run by the examples test/,
});
