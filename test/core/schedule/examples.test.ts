import { describeExamples } from '../../support/examples';

describeExamples('schedule', {
  files: ['schedule/'],
  dialect: 'arrow',
  exported: [
    'availability',
    'findOverlap',
    'validateMember',
    'suggestMeetings',
    'suggestSeries',
    'evaluateMeeting',
    'dayBounds',
    'dayHours',
    'dayStrip',
    'teamDayStrip',
    'localTimes',
    'wallClockToInstant',
    'instantToWallClock',
    'offsetTransitions',
    'handoffWindows',
  ],
});
