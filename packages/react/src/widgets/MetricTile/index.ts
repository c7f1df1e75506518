export { MetricTile, MetricTileGrid } from './MetricTile';
export type { MetricTileProps, MetricTileGridProps } from './MetricTile';
export { defaultMetricTileMessages } from './model';
export type { MetricFormat, MetricTileMessages } from './model';
