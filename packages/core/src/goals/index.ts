// The goals area of @sextant/core (API.md, "goals"). Exports are listed here by name as they land.
export { okrProgress } from './okr';
export type {
  GoalInstant,
  KeyResultDirection,
  KeyResultPoint,
  KeyResult,
  Objective,
  KeyResultStatusReason,
  ForecastGap,
  KeyResultProgress,
  ObjectiveProgress,
  KeyResultValues,
  OkrProgressOptions,
} from './okr';
export { latencyValue, deploymentFrequencyValue, driftShareValue, dataQualityValue } from './values';
export type { LatencyStat, DeploymentFrequencyStat, DriftShareReduce } from './values';
export { businessImpact, IMPACT_CATEGORIES } from './impact';
export type {
  ImpactCategory,
  ImpactFigure,
  BusinessImpactFacts,
  ImpactOutcome,
  RelativeGap,
  ImpactChange,
  ImpactFigureResult,
  ImpactNet,
  BusinessImpact,
} from './impact';
export { sprintBurndown } from './sprint';
export type { SprintBurndownOptions, SprintPoints, SprintDay, SprintIdeal, SprintCard, SprintBurndown } from './sprint';
export { costPerPrediction, resourceUtilisation } from './cost';
export type {
  CostItem,
  PredictionCount,
  CostPerPredictionInput,
  CostPerPrediction,
  ResourceSample,
  ResourceUtilisationOptions,
  ResourceUtilisationStats,
  ResourceUtilisation,
} from './cost';
export { OKR_TRACKER_MESSAGES, okrTrackerView } from './view';
export type { OkrTrackerMessages, KeyResultView, ObjectiveView, OkrTrackerViewOptions, OkrTrackerView } from './view';
export { SPRINT_BURNDOWN_MESSAGES, sprintBurndownView } from './sprintView';
export type { SprintBurndownMessages, SprintDayView, SprintBurndownViewOptions, SprintBurndownView } from './sprintView';
