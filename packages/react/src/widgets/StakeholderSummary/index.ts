export { StakeholderSummary } from './StakeholderSummary';
export type { StakeholderSummaryProps } from './StakeholderSummary';
export { tabKeyTarget } from './tabKeys';
