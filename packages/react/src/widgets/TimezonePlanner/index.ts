export { TimezonePlanner } from './TimezonePlanner';
export type { TimezonePlannerProps } from './TimezonePlanner';
export type { PlannerMember } from './model';
export { DEFAULT_PLANNER_MESSAGES } from './messages';
export type { PlannerMessages } from './messages';
