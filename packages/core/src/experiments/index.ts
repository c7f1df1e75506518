// The experiments area of @sextant/core (API.md, "experiments"). Exports are listed here by name as they land.
export { abTest } from './abTest';
export type { AbTestAlternative, AbTestInput, AbTestOptions, AbTestResult, AbTestWarning, ConversionCounts } from './abTest';
export { abTestSampleSize } from './sampleSize';
export type { AbTestSampleSize, AbTestSampleSizeOptions } from './sampleSize';
