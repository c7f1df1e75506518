export { SprintBurndown } from './SprintBurndown';
export type { SprintBurndownProps } from './SprintBurndown';
