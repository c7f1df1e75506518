export { OkrTracker } from './OkrTracker';
export type { OkrTrackerProps, OkrSelection } from './OkrTracker';
