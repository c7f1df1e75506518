// The schedule area of @sextant/core. Each file's exports are listed here as they land.
export { availability, findOverlap } from './availability';
export type { TimeInterval, OverlapInterval, TimeRange, FindOverlapOptions } from './availability';
export { validateMember, DEFAULT_NIGHT } from './member';
export type { TeamMember, InstantInput, MemberValidation, NightWindow } from './member';
export { suggestMeetings, suggestSeries } from './suggest';
export type {
  MeetingScoringOptions,
  SuggestMeetingsOptions,
  SuggestSeriesOptions,
  MeetingMember,
  MeetingSlot,
  MeetingSeries,
  SeriesBurden,
} from './suggest';
export { localTimes, dayStrip, dayBounds, wallClockToInstant, instantToWallClock, handoffWindows } from './views';
export type {
  NightOptions,
  MemberLocalTime,
  DayStripOptions,
  DayStripSlot,
  SlotStatus,
  HandoffStage,
  Handoff,
  HandoffPlan,
  HandoffOptions,
} from './views';
