// The fairness area of @sextant/core. Each file's exports are listed here as they land.
export * from './disparity';
export * from './metricFrame';
export * from './bootstrap';
export * from './chart';
