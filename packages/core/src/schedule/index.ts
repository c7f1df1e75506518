// The schedule area of @sextant/core. Each file's exports are listed here as they land.
export { availability, findOverlap } from './availability';
export type { TimeInterval, OverlapInterval, TimeRange, FindOverlapOptions } from './availability';
export { validateMember, DEFAULT_NIGHT } from './member';
export type { TeamMember, InstantInput, MemberValidation, NightWindow, NightOptions } from './member';
export { suggestMeetings, suggestSeries, evaluateMeeting } from './suggest';
export type {
  MeetingScoringOptions,
  SuggestMeetingsOptions,
  SuggestSeriesOptions,
  EvaluateMeetingOptions,
  MeetingMember,
  MeetingSlot,
  MeetingSeries,
  SeriesBurden,
} from './suggest';
export { dayBounds, dayHours, dayStrip, teamDayStrip } from './day';
export type {
  DayHoursOptions,
  DayHour,
  DayStripOptions,
  DayStripSlot,
  SlotStatus,
  MinuteRange,
  TeamDayCell,
  SlotAvailability,
  TeamDayStripOptions,
  TeamDayStrip,
} from './day';
export { localTimes, wallClockToInstant, instantToWallClock, offsetTransitions, handoffWindows } from './views';
export type {
  ArgumentNameOption,
  LocalTimesOptions,
  MemberLocalTime,
  OffsetTransition,
  HandoffStage,
  Handoff,
  HandoffPlan,
  HandoffOptions,
} from './views';

// A meeting planner's day (TimezonePlanner's arithmetic, as plain data).
export { screenTeam, plannerDay, plannerMeeting, nextDayWithOverlap, stripPosition } from './planner';
export type {
  ScreenedTeam,
  PlannerDayOptions,
  PlannerSpan,
  PlannerHourColumn,
  PlannerCell,
  PlannerRow,
  PlannerOverlap,
  PlannerOverlapKind,
  PlannerMeeting,
  PlannerClockChange,
  PlannerDay,
} from './planner';
