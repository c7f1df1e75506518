// The summary area of @sextant/core: the same facts told to each audience.
export { statusFromTarget } from './status';
export type { DeliveryStatus, StatusFromTargetOptions } from './status';
export { metricDelta, metricTrend } from './delta';
export type { ChangeDirection, ChangeAssessment, MetricDeltaOptions, MetricDelta, MetricTrendOptions, MetricTrend } from './delta';
