// The metrics area of @sextant/core. Each file's exports are listed here as they land.
export * from './clustering/scores';
export * from './nlp/porter';
export * from './labels';
export * from './classification';
export * from './classification-types';
export * from './ranking';
export * from './probabilistic';
export * from './regression';
export * from './operational';
export * from './accumulators';
export * from './nlp/bleu';
export * from './nlp/rouge';
export * from './nlp/perplexity';
