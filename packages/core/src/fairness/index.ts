// The fairness area of @sextant/core: Fairlearn's measures of disparity between groups.
export {
  demographicParityDifference,
  demographicParityRatio,
  equalizedOddsDifference,
  equalizedOddsRatio,
  equalOpportunityDifference,
  equalOpportunityRatio,
  selectionRate,
  truePositiveRate,
  falsePositiveRate,
  trueNegativeRate,
  falseNegativeRate,
} from './disparity';
export type {
  EqualizedOddsAggregation,
  DisparityMethod,
  FairnessLabel,
  DisparityOptions,
  EqualizedOddsOptions,
  RateOptions,
} from './disparity';
export { metricFrame } from './metricFrame';
export type { GroupMetric, MetricFrameOptions, MetricFrameResult } from './metricFrame';
export { bootstrapFairness } from './bootstrap';
export type { StatisticOptions, BootstrapSettings, BootstrapInterval, FairnessStatistic } from './bootstrap';
export { fairnessChartModel, fairnessGroupOrder } from './chart';
export type { FairnessChartOptions, FairnessChartGroup, FairnessChartModel } from './chart';
