// The connectors area of @sextant/core (API.md, "connectors"): pure importers from the JSON
// of public REST APIs (the caller fetches) and an OpenMetrics exporter.
export type { ImportResult, Skipped } from './json';
export { histogramQuantile, type HistogramBucket } from './histogram';
export {
  fromPrometheusHistogram,
  type PrometheusHistogramOptions,
  type PrometheusHistogramPoint,
  type PrometheusHistogramSeries,
} from './prometheus';
export {
  fromMlflowRuns,
  type MlflowHistoryInput,
  type MlflowMetricPoint,
  type MlflowRunRow,
  type MlflowRunStatus,
  type MlflowRunsOptions,
} from './mlflow';
export {
  fromGithubDeployments,
  fromGithubPullRequests,
  fromGitlabDeployments,
  fromGitlabMergeRequests,
  linkChangesToDeployments,
  type ChangeImportOptions,
  type ChangeRecord,
  type DeploymentImportOptions,
  type DeploymentRecord,
  type GithubDeploymentsInput,
} from './git';
export {
  escapeLabelValue,
  OPENMETRICS_CONTENT_TYPE,
  sanitizeLabelName,
  sanitizeMetricName,
  toOpenMetrics,
  type MetricFamily,
  type MetricSample,
  type OpenMetricsOptions,
  type OpenMetricsResults,
} from './openmetrics';
export {
  fromJiraIssues,
  fromLinearIssues,
  type BoardImportOptions,
  type BoardImportResult,
  type ImportedBoard,
  type ImportedBoardEvent,
  type ImportedCard,
  type ImportedCardType,
  type JiraChangelogInput,
  type JiraIssuesOptions,
  type StatusColumn,
} from './boards';
