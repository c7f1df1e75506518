export { RocCurve } from './RocCurve';
export type { RocCurveProps } from './RocCurve';
export { PrecisionRecallCurve } from './PrecisionRecallCurve';
export type { PrecisionRecallCurveProps } from './PrecisionRecallCurve';
export type { CurveModel, OperatingPoint, ThresholdCurveProps } from './ThresholdCurveChart';
export { DEFAULT_ROC_MESSAGES, DEFAULT_PR_MESSAGES } from './messages';
export type { ThresholdCurveMessages, OperatingPointText } from './messages';
