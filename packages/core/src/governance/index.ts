// The governance area of @sextant/core (API.md, "governance"). Exports are listed here by name as they land.
export { modelCard, modelCardMetric } from './modelCard';
export type { ModelCardOptions, ModelCardMetricOptions } from './modelCard';
export { modelCardToMarkdown, impactAssessmentToMarkdown } from './markdown';
export { impactAssessment, IMPACT_QUESTIONS } from './impact';
export type { ImpactAssessmentOptions } from './impact';
export { governanceMessagesEn, resolveGovernanceMessages } from './messages';
export type { GovernanceMessages } from './messages';
export type {
  ModelCardIntervals,
  ModelCardMetric,
  ModelCardDataset,
  ModelCardFacts,
  ModelCardSectionId,
  ModelCardSourceKind,
  ModelCardSource,
  ModelCardTone,
  ModelCardCell,
  ModelCardRow,
  ModelCardItem,
  ModelCardMissing,
  ModelCardSection,
  ModelCard,
  ImpactAnswer,
  ImpactDelivery,
  ImpactAssessmentFacts,
  ImpactFinding,
  ImpactEvidence,
  ImpactQuestion,
  ImpactFunction,
  ImpactOpenQuestion,
  ImpactAssessment,
} from './types';
// Sprints and cost (API.md lists them here): they live in goals, where OKRs and business value read them.
export { sprintBurndown, costPerPrediction, resourceUtilisation } from '../goals';
export type {
  SprintBurndown,
  SprintBurndownOptions,
  CostPerPrediction,
  CostPerPredictionInput,
  ResourceUtilisation,
  ResourceUtilisationOptions,
} from '../goals';
