export { DriftChart } from './DriftChart';
export type { DriftChartProps } from './DriftChart';
export { DEFAULT_DRIFT_CHART_MESSAGES } from './messages';
export type { DriftChartMessages } from './messages';
