export { TimezonePlanner } from './TimezonePlanner';
export type { TimezonePlannerProps } from './TimezonePlanner';
export type { PlannerMember } from './model';
