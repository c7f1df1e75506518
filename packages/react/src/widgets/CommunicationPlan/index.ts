export { CommunicationPlan } from './CommunicationPlan';
export type { CommunicationPlanProps } from './CommunicationPlan';
