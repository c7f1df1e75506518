export { MetricTile, MetricTileGrid } from './MetricTile';
export type { MetricTileProps, MetricTileGridProps } from './MetricTile';
export { defaultMetricTileMessages, metricTileErrorMessages } from './model';
export type { MetricFormat, MetricTileMessages } from './model';
