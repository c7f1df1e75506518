// The metrics area of @sextant/core. Each file's exports are listed here as they land.
export * from './clustering';
export * from './porter';
export * from './labels';
export * from './classification';
export * from './ranking';
export * from './probabilistic';
export * from './regression';
export * from './operational';
export * from './accumulators';
export * from './bleu';
export * from './rouge';
export * from './nlp';
export * from './curve-view';
export * from './confusion-view';
export * from './table-view';
