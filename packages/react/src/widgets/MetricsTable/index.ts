export { MetricsTable } from './MetricsTable';
export type { MetricsTableProps, MetricsTableColumn, MetricsRow } from './MetricsTable';
export { DEFAULT_METRICS_TABLE_MESSAGES } from './messages';
export type { MetricsTableMessages } from './messages';
