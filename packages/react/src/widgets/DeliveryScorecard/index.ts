export { DeliveryScorecard } from './DeliveryScorecard';
export type { DeliveryScorecardProps } from './DeliveryScorecard';
