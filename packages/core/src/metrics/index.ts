// The metrics area of @sextant/core: model quality with scikit-learn parity.
export type { Label, ZeroDivision } from './labels';
export {
  accuracyScore,
  confusionMatrix,
  precisionScore,
  recallScore,
  f1Score,
  fbetaScore,
  precisionRecallFscoreSupport,
  classificationReport,
  balancedAccuracyScore,
  matthewsCorrcoef,
  cohenKappaScore,
} from './classification';
export type {
  Average,
  PrecisionRecallOptions,
  FbetaOptions,
  PrecisionRecallFscoreSupportOptions,
  PrecisionRecallFscoreSupport,
  ConfusionMatrixOptions,
  ConfusionMatrixResult,
  ClassificationReportRow,
  ClassificationReport,
  ClassificationReportOptions,
} from './classification-types';
export { rocCurve, precisionRecallCurve, averagePrecisionScore, rocAucScore } from './ranking';
export type { RocCurve, PrecisionRecallCurve, RocCurveOptions, RocAucOptions } from './ranking';
export { logLoss, brierScoreLoss } from './probabilistic';
export type { LogLossOptions } from './probabilistic';
export {
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  r2Score,
  meanAbsolutePercentageError,
  explainedVarianceScore,
  medianAbsoluteError,
  regressionSummary,
} from './regression';
export type { RegressionOptions, RegressionSummary } from './regression';
export { quantile, latencySummary, throughput } from './operational';
export type { LatencySummary, ThroughputWindow, ThroughputOptions } from './operational';
export { createClassificationAccumulator, classificationAccumulatorFromJSON } from './accumulators/classification';
export type {
  ClassificationAccumulatorJSON,
  ClassificationAccumulatorResult,
  ClassificationAccumulator,
} from './accumulators/classification';
export { createRegressionAccumulator, regressionAccumulatorFromJSON } from './accumulators/regression';
export { classificationAccumulatorFromCounts, regressionAccumulatorFromSums } from './accumulators/fromCounts';
export type { ClassificationCountRow, SpreadSums, RegressionSums } from './accumulators/fromCounts';
export type {
  SpreadJSON,
  RegressionAccumulatorJSON,
  RegressionAccumulatorResult,
  RegressionAccumulator,
} from './accumulators/regression';
export { silhouetteSamples, silhouetteScore } from './clustering/silhouette';
export { daviesBouldinScore, calinskiHarabaszScore } from './clustering/centroids';
export type { ClusterLabel, FeatureMatrix } from './clustering/input';
export { corpusBleu, sentenceBleu } from './nlp/bleu';
export type { BleuTokenize, BleuSmoothMethod, BleuOptions, BleuScore } from './nlp/bleu';
export { rougeScore } from './nlp/rouge';
export type { RougeType, RougeValue, RougeTokenizer, RougeOptions } from './nlp/rouge';
export { porterStem } from './nlp/porter';
export { perplexity } from './nlp/perplexity';
export { thresholdCurve, pointAtThreshold, nearestPoint } from './curve-view';
export type { ThresholdCurveOptions, ThresholdCurve } from './curve-view';
export { confusionMatrixView, abbreviateLabel } from './confusion-view';
export type {
  ConfusionMatrixNormalization,
  ConfusionMatrixInput,
  ConfusionMatrixViewOptions,
  ConfusionMatrixView,
} from './confusion-view';
export { bestMetricValues, toCsv } from './table-view';
export type { MetricDirection, MetricColumnSpec, MetricBest } from './table-view';
