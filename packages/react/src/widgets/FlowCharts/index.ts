export { CumulativeFlowChart } from './CumulativeFlowChart';
export type { CumulativeFlowChartProps } from './CumulativeFlowChart';
export { CycleTimeChart } from './CycleTimeChart';
export type { CycleTimeChartProps } from './CycleTimeChart';
export type { FlowPeriodProps } from './shared';
