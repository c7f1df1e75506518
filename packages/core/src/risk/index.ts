// The risk area of @sextant/core. Each file's exports are listed here as they land.
export { riskCatalogue, riskCategory } from './catalogue';
export type { NistFunction, RiskCategory, RiskCategoryInfo } from './catalogue';
export { DEFAULT_RISK_BANDS, projectRiskScore, riskMatrix, scoreRisk } from './score';
export type {
  CategoryRiskScore,
  Mitigation,
  MitigationStatus,
  ProjectRiskOptions,
  ProjectRiskScore,
  Risk,
  RiskBand,
  RiskBandLimits,
  RiskMatrixCell,
  RiskPosition,
  RiskScore,
  RiskScoringOptions,
} from './score';
export { fmea } from './fmea';
export type { FmeaRatings, FmeaResult } from './fmea';
export { riskSignalsFromMetrics } from './signals';
export type {
  DeliveryInput,
  DriftInput,
  FairnessInput,
  RiskEvidence,
  RiskMetricsInput,
  RiskSignal,
  RiskSignalOptions,
} from './signals';
export { RISK_MATRIX_MESSAGES, riskMatrixView } from './view';
export type {
  InvalidRisk,
  RiskMarker,
  RiskMatrixMessages,
  RiskMatrixView,
  RiskMatrixViewCell,
  RiskMatrixViewOptions,
} from './view';
