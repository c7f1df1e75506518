// The delivery area of @sextant/core: DORA keys and the MLOps measures of an AI project.
// Data quality moved to its own area, `@sextant/core/data-quality`.
export type { Change, Deployment, DeploymentKind, DeploymentStatus, Incident, Instant, Period } from './records';
export { changeFailureRate, deploymentFrequency, leadTimeForChanges, meanTimeToRecovery, rollbackRate } from './dora';
export type { ChangeFailureRate, DeploymentFrequency, LeadTimeForChanges, MeanTimeToRecovery, RollbackRate } from './dora';
export { experimentSuccessRate, timeToMarket } from './mlops';
export type {
  ExperimentOutcome,
  ExperimentRecord,
  ExperimentSuccessRate,
  ModelProject,
  TimeToMarket,
  TimeToMarketOptions,
} from './mlops';
export { DORA_BAND_TABLES, DORA_LATEST_YEAR, doraBand, doraBandTable } from './bands';
export type { DoraBand, DoraBandRule, DoraBandTable, DoraMetric, DoraMetricBands } from './bands';
export { DELIVERY_KEYS, deliveryScorecard, deliveryTrend } from './trend';
export type {
  DeliveryData,
  DeliveryKey,
  DeliveryScorecard,
  DeliveryScorecardKey,
  DeliveryScorecardOptions,
  DeliveryTrend,
} from './trend';
export { DELIVERY_SCORECARD_MESSAGES, deliveryScorecardView } from './view';
export type { DeliveryScorecardMessages, DeliveryScorecardViewOptions, DeliveryTileView } from './view';
