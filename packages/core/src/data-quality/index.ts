// The data-quality area of @sextant/core: is the data fit to train on (API.md, "data-quality").
export { profileDataQuality } from './profile';
export { dataQualityIndex, DATA_QUALITY_DEFAULT_WEIGHTS } from './qualityIndex';
export type {
  DataQualityFieldType,
  DataQualityField,
  ConsistencyCheckRule,
  ConsistencyCompareRule,
  ConsistencyRule,
  TimelinessRule,
  DataQualitySchema,
  ProfileDataQualityOptions,
  InvalidReason,
  InvalidExample,
  FieldQuality,
  KeyQuality,
  RuleQuality,
  TimelinessQuality,
  DataQualityDimension,
  DataQualityProfile,
} from './types';
export type { DataQualityWeights, DataQualityIndexPart, DataQualityIndex } from './qualityIndex';
