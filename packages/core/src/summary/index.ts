// The summary area of @sextant/core: the same facts told to each audience.
export * from './status';
export * from './types';
export * from './messages';
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
