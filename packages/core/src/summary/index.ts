// The summary area of @sextant/core: the same facts told to each audience.
export { statusFromTarget } from './status';
export type { DeliveryStatus, StatusFromTargetOptions } from './status';
export { metricDelta, metricTrend } from './delta';
export type {
  ChangeDirection,
  ChangeAssessment,
  MetricDeltaOptions,
  MetricDelta,
  MetricTrendOptions,
  MetricTrend,
} from './delta';
export { AUDIENCES } from './types';
export type {
  Audience,
  MetricMeaning,
  SummaryMetric,
  SummaryFairness,
  SummaryRiskBand,
  SummaryRisk,
  SummaryDelivery,
  SummaryMilestone,
  SummaryAsk,
  SummaryOpenQuestion,
  SummaryFacts,
  SummaryTone,
  SummaryEvidence,
  SummaryItem,
  SummarySection,
  SummaryTrend,
  SummaryStatusRule,
  StakeholderSummary,
} from './types';
export { summaryMessagesEn } from './messages';
export type { SummarySectionId, ResponseFeel, ReasonParams, HeadlineParams, SummaryMessages } from './messages';
export { stakeholderSummary, resolveMessages, SUMMARY_STATUS_RULES, type StakeholderSummaryOptions } from './stakeholder';
export { summaryToMarkdown, summaryToText, escapeMarkdown, plainLine, type SummaryExportOptions } from './markdown';
export { summaryMessagesFr } from './messages-fr';
export {
  communicationPlan,
  defaultStakeholderGroups,
  type Cadence,
  type StakeholderGroup,
  type CommunicationPlanOptions,
  type GroupPlan,
  type CommunicationPlanResult,
} from './plan';
