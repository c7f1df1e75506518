export { FairnessChart } from './FairnessChart';
export type { FairnessChartProps, FairnessSort } from './FairnessChart';
export { DEFAULT_FAIRNESS_CHART_MESSAGES } from './messages';
export type { FairnessChartMessages } from './messages';
