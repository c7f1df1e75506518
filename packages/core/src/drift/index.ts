// The drift area of @sextant/core: has the data moved away from the reference (SciPy, Evidently's rules).
export { ksTest, KS_MAX_AUTO_N, type KsMethod, type KsTestOptions, type KsTestResult } from './ks';
export { wassersteinDistance, jensenShannonDistance, type WassersteinOptions, type JensenShannonOptions } from './distances';
export { populationStabilityIndex, type PsiOptions, type PsiResult } from './psi';
export type { Binning } from './bins';
export { chiSquareTest, type Category, type ChiSquareResult } from './chisquare';
export { detectDrift } from './detect';
export type {
  DetectDriftOptions,
  DriftColumn,
  DriftColumnOptions,
  DriftCorrection,
  DriftMethod,
  DriftReport,
  DriftTable,
  FeatureDrift,
  FeatureKind,
} from './detect';
export {
  driftOverTime,
  type DriftBatch,
  type DriftSeriesPoint,
  type DriftAlert,
  type DriftDatasetPoint,
  type DriftFeatureInfo,
  type DriftOverTimeResult,
} from './overTime';
export { downsampleLttb } from './downsample';
export {
  driftChartModel,
  driftBinComparison,
  type DriftChartOptions,
  type DriftChartAlert,
  type DriftChartModel,
  type DriftChartInput,
  type DriftSeriesColumns,
  type DriftBinComparison,
} from './chart';
