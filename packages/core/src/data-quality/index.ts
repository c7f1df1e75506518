// The data-quality area of @sextant/core: is the data fit to train on (API.md, "data-quality").
export { profileDataQuality, dataQualityIndex, DATA_QUALITY_DEFAULT_WEIGHTS } from './profile';
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
  DataQualityWeights,
  DataQualityIndexPart,
  DataQualityIndex,
} from './profile';
