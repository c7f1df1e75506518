export { ImpactAssessmentView } from './ImpactAssessmentView';
export type { ImpactAssessmentViewProps } from './ImpactAssessmentView';
