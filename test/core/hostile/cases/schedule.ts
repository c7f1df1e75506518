// Hostile-input cases for schedule (issue 15): every team is an array of members ('other':
// the length and type classes), plus each function's own hostile calls — members in unknown
// zones, '__proto__' ids, dates of year 0099 and instants outside Date's range.
import {
  availability,
  dayBounds,
  dayHours,
  dayStrip,
  evaluateMeeting,
  findOverlap,
  handoffWindows,
  instantToWallClock,
  localTimes,
  nextDayWithOverlap,
  offsetTransitions,
  plannerDay,
  plannerMeeting,
  screenTeam,
  stripPosition,
  suggestMeetings,
  suggestSeries,
  teamDayStrip,
  validateMember,
  wallClockToInstant,
  SextantError,
  type TeamMember,
} from '@sextant/core';
import type { HostileCase, Refusal } from '../harness';

const ZONES = ['Europe/Lisbon', 'Asia/Kolkata', 'Europe/Berlin', 'Asia/Kathmandu', 'UTC', 'America/New_York'];
const DAY = { start: '09:00', end: '17:00' };
const member = (i: number, over: Partial<TeamMember> = {}): TeamMember => ({
  id: `m${i}`,
  name: `M${i}`,
  timeZone: ZONES[i % ZONES.length],
  workHours: DAY,
  workDays: [1, 2, 3, 4, 5],
  ...over,
});
const team = (n: number): TeamMember[] => Array.from({ length: n }, (_, i) => member(i));
const FROM = '2026-03-30T00:00:00Z';
const TO = '2026-03-31T00:00:00Z';
const RANGE = { from: FROM, to: TO };
const PAST_DATE = 8.64e15 + 1;

/** Teams carrying one hostile member: refused with the member's index in the message. */
function teamRefusals(call: (members: TeamMember[]) => unknown): Refusal[] {
  return [
    {
      what: "a member in zone ''",
      call: () => call([member(0), member(1, { timeZone: '' })]),
      code: 'UNKNOWN_TIME_ZONE',
      names: 'members[1]',
    },
    {
      what: "a member in zone 'Olympus/Mons'",
      call: () => call([member(0), member(1, { timeZone: 'Olympus/Mons' })]),
      code: 'UNKNOWN_TIME_ZONE',
      names: 'Olympus/Mons',
    },
    {
      what: "two members with id '__proto__'",
      call: () => call([member(0, { id: '__proto__' }), member(1, { id: '__proto__' })]),
      code: 'INVALID_OPTION',
      names: 'members[1].id',
    },
    {
      what: 'a member with a 1e9-length workDays',
      call: () => call([member(0), member(1, { workDays: { length: 1e9 } as unknown as number[] })]),
      code: 'INVALID_OPTION',
      names: 'workDays',
    },
  ];
}

/** Range options with an end outside Date's range: refused naming `to`. */
const rangeRefusals = (call: (range: { from: unknown; to: unknown }) => unknown): Refusal[] => [
  { what: 'to = 8.64e15 + 1', call: () => call({ from: FROM, to: PAST_DATE }), code: 'INVALID_OPTION', names: 'to' },
  { what: 'from = -1e20', call: () => call({ from: -1e20, to: TO }), code: 'INVALID_OPTION', names: 'from' },
];

const dateRefusals = (call: (date: string) => unknown): Refusal[] => [
  { what: "date '0099-01-01'", call: () => call('0099-01-01'), code: 'INVALID_OPTION', names: 'date' },
];

const membersArg = { at: 0, name: 'members', kind: 'other' } as const;

export const cases: HostileCase[] = [
  {
    name: 'availability',
    fn: availability,
    make: () => [member(0), RANGE],
    arrays: [],
    refusals: [
      {
        what: "zone ''",
        call: () => availability(member(0, { timeZone: '' }), RANGE),
        code: 'UNKNOWN_TIME_ZONE',
        names: 'timeZone',
      },
      ...rangeRefusals((r) => availability(member(0), r as never)),
    ],
  },
  {
    name: 'findOverlap',
    fn: findOverlap,
    make: (n) => [team(Math.min(n, 8)), RANGE],
    arrays: [membersArg],
    refusals: [...teamRefusals((m) => findOverlap(m, RANGE)), ...rangeRefusals((r) => findOverlap(team(2), r as never))],
  },
  {
    name: 'validateMember',
    fn: validateMember,
    make: () => [member(0)],
    arrays: [],
    refusals: [
      {
        what: "zone 'Olympus/Mons' (returned as data; rethrown here to check code and message)",
        call: () => {
          const r = validateMember(member(0, { timeZone: 'Olympus/Mons' }));
          if (r.ok) return r;
          throw new SextantError(r.code, r.message);
        },
        code: 'UNKNOWN_TIME_ZONE',
        names: 'Olympus/Mons',
      },
    ],
  },
  {
    name: 'dayBounds',
    fn: dayBounds,
    make: () => ['2026-03-29', 'Europe/Lisbon'],
    arrays: [],
    refusals: [
      ...dateRefusals((d) => dayBounds(d, 'Europe/Lisbon')),
      { what: "zone ''", call: () => dayBounds('2026-03-29', ''), code: 'UNKNOWN_TIME_ZONE', names: 'timeZone' },
    ],
  },
  {
    name: 'dayHours',
    fn: dayHours,
    make: () => ['2026-03-29', 'Europe/Berlin'],
    arrays: [],
    refusals: [
      ...dateRefusals((d) => dayHours(d, 'Europe/Berlin')),
      {
        what: 'slotMinutes = 1e-9',
        call: () => dayHours('2026-03-29', 'Europe/Berlin', { slotMinutes: 1e-9 }),
        code: 'INVALID_OPTION',
        names: 'slotMinutes',
      },
    ],
  },
  {
    name: 'dayStrip',
    fn: dayStrip,
    make: () => [member(3), { date: '2026-03-30', timeZone: 'Europe/Lisbon' }],
    arrays: [],
    refusals: [
      ...dateRefusals((d) => dayStrip(member(3), { date: d })),
      {
        what: "member zone 'Olympus/Mons'",
        call: () => dayStrip(member(0, { timeZone: 'Olympus/Mons' }), { date: '2026-03-30' }),
        code: 'UNKNOWN_TIME_ZONE',
        names: 'Olympus/Mons',
      },
    ],
  },
  {
    name: 'teamDayStrip',
    fn: teamDayStrip,
    make: (n) => [team(Math.min(n, 8)), { date: '2026-03-30', timeZone: 'UTC' }],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => teamDayStrip(m, { date: '2026-03-30' })),
      ...dateRefusals((d) => teamDayStrip(team(2), { date: d })),
    ],
  },
  {
    name: 'suggestMeetings',
    fn: suggestMeetings,
    make: (n) => [team(Math.min(n, 8)), { ...RANGE, durationMinutes: 60, count: 3 }],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => suggestMeetings(m, { ...RANGE, durationMinutes: 60 })),
      ...rangeRefusals((r) => suggestMeetings(team(2), { ...(r as object), durationMinutes: 60 } as never)),
      {
        what: 'count = 1e12',
        call: () => suggestMeetings(team(2), { ...RANGE, durationMinutes: 60, count: 1e12 }),
        code: 'INVALID_OPTION',
        names: 'count',
      },
      {
        what: 'a span of 1e15 ms',
        call: () => suggestMeetings(team(2), { from: 0, to: 1e15, durationMinutes: 60 }),
        code: 'INVALID_OPTION',
        names: 'to',
      },
    ],
  },
  {
    name: 'evaluateMeeting',
    fn: evaluateMeeting,
    make: (n) => [team(Math.min(n, 8)), { start: '2026-03-30T12:30:00Z', durationMinutes: 60 }],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => evaluateMeeting(m, { start: '2026-03-30T12:30:00Z', durationMinutes: 60 })),
      {
        what: 'start = 8.64e15 + 1',
        call: () => evaluateMeeting(team(2), { start: PAST_DATE, durationMinutes: 60 }),
        code: 'INVALID_OPTION',
        names: 'start',
      },
      {
        what: 'durationMinutes = 1e12',
        call: () => evaluateMeeting(team(2), { start: FROM, durationMinutes: 1e12 }),
        code: 'INVALID_OPTION',
        names: 'durationMinutes',
      },
    ],
  },
  {
    name: 'suggestSeries',
    fn: suggestSeries,
    make: (n) => [team(Math.min(n, 4)), { from: '2026-04-07T00:00:00Z', occurrences: 4, durationMinutes: 60 }],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => suggestSeries(m, { from: FROM, occurrences: 2, durationMinutes: 60 })),
      {
        what: 'occurrences = 1e9',
        call: () => suggestSeries(team(2), { from: FROM, occurrences: 1e9, durationMinutes: 60 }),
        code: 'INVALID_OPTION',
        names: 'occurrences',
      },
      {
        what: 'from = 8.64e15 + 1',
        call: () => suggestSeries(team(2), { from: PAST_DATE, occurrences: 2, durationMinutes: 60 }),
        code: 'INVALID_OPTION',
        names: 'from',
      },
    ],
  },
  {
    name: 'localTimes',
    fn: localTimes,
    make: (n) => [team(Math.min(n, 8)), '2026-03-30T08:00:00Z'],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => localTimes(m, FROM)),
      { what: 'instant = 8.64e15 + 1', call: () => localTimes(team(2), PAST_DATE), code: 'INVALID_OPTION', names: 'instant' },
      {
        what: 'now = 1e20',
        call: () => localTimes(team(2), 1e20, { argumentName: 'now' }),
        code: 'INVALID_OPTION',
        names: 'now',
      },
    ],
  },
  {
    name: 'wallClockToInstant',
    fn: wallClockToInstant,
    make: () => ['2026-03-29T01:30', 'Europe/Lisbon'],
    arrays: [],
    refusals: [
      { what: 'year 0099', call: () => wallClockToInstant('0099-01-01T00:00', 'UTC'), code: 'INVALID_OPTION', names: '0099' },
      { what: "zone ''", call: () => wallClockToInstant('2026-03-29T01:30', ''), code: 'UNKNOWN_TIME_ZONE', names: 'timeZone' },
      {
        what: 'a 10k-character wall clock',
        call: () => wallClockToInstant('9'.repeat(10_000), 'UTC'),
        code: 'INVALID_OPTION',
        names: 'local',
      },
    ],
  },
  {
    name: 'instantToWallClock',
    fn: instantToWallClock,
    make: () => ['2026-03-30T08:00:00Z', 'Pacific/Chatham'],
    arrays: [],
    refusals: [
      {
        what: 'instant = 8.64e15 + 1',
        call: () => instantToWallClock(PAST_DATE, 'UTC'),
        code: 'INVALID_OPTION',
        names: 'instant',
      },
      {
        what: 'instant = Invalid Date',
        call: () => instantToWallClock(new Date(NaN), 'UTC'),
        code: 'INVALID_OPTION',
        names: 'instant',
      },
      {
        what: "zone 'Olympus/Mons'",
        call: () => instantToWallClock(FROM, 'Olympus/Mons'),
        code: 'UNKNOWN_TIME_ZONE',
        names: 'Olympus/Mons',
      },
    ],
  },
  {
    name: 'offsetTransitions',
    fn: offsetTransitions,
    make: () => ['Europe/Berlin', { from: '2026-03-28T23:00:00Z', to: '2026-03-29T22:00:00Z' }],
    arrays: [],
    refusals: [
      ...rangeRefusals((r) => offsetTransitions('Europe/Berlin', r as never)),
      { what: "zone ''", call: () => offsetTransitions('', RANGE), code: 'UNKNOWN_TIME_ZONE', names: 'timeZone' },
    ],
  },
  {
    name: 'handoffWindows',
    fn: handoffWindows,
    make: (n) => [team(Math.min(n, 8)), { from: '2026-04-07T00:00:00Z', to: '2026-04-08T00:00:00Z', cyclic: false }],
    arrays: [membersArg],
    refusals: [...teamRefusals((m) => handoffWindows(m, RANGE)), ...rangeRefusals((r) => handoffWindows(team(2), r as never))],
  },
  {
    name: 'screenTeam',
    fn: screenTeam,
    make: (n) => [team(Math.min(n, 8))],
    // A hole refuses the whole team at once (new Array(2 ** 32 - 1) was screened hole by hole);
    // unknown zones are screened out as data (the example), so only the team itself is refused here.
    arrays: [membersArg],
  },
  {
    name: 'plannerDay',
    fn: plannerDay,
    make: (n) => [team(Math.min(n, 8)), { date: '2026-03-30', now: '2026-03-30T12:00:00Z' }],
    arrays: [membersArg],
    refusals: [
      ...dateRefusals((d) => plannerDay(team(2), { date: d })),
      {
        what: 'now = 1e20',
        call: () => plannerDay(team(2), { date: '2026-03-30', now: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'now',
      },
      {
        what: 'searchDays = 1e9',
        call: () => plannerDay(team(2), { date: '2026-03-30', searchDays: 1e9 }),
        code: 'INVALID_OPTION',
        names: 'searchDays',
      },
    ],
  },
  {
    name: 'plannerMeeting',
    fn: plannerMeeting,
    make: (n) => {
      const t = team(Math.min(n, 8));
      return [t, plannerDay(t, { date: '2026-03-30' }), { start: '2026-03-30T12:30:00Z', durationMinutes: 60 }];
    },
    arrays: [membersArg, { at: [1, 'hours'], name: 'day.hours', kind: 'other' }],
    refusals: [
      {
        what: 'start = 8.64e15 + 1',
        call: () =>
          plannerMeeting(team(2), plannerDay(team(2), { date: '2026-03-30' }), { start: PAST_DATE, durationMinutes: 60 }),
        code: 'INVALID_OPTION',
        names: 'start',
      },
    ],
  },
  {
    name: 'nextDayWithOverlap',
    fn: nextDayWithOverlap,
    make: (n) => [team(Math.min(n, 8)), { date: '2026-04-04', timeZone: 'Europe/Lisbon' }],
    arrays: [membersArg],
    refusals: [
      ...teamRefusals((m) => nextDayWithOverlap(m, { date: '2026-04-04' })),
      ...dateRefusals((d) => nextDayWithOverlap(team(2), { date: d })),
      {
        what: 'searchDays = 1e9',
        call: () => nextDayWithOverlap(team(2), { date: '2026-04-04', searchDays: 1e9 }),
        code: 'INVALID_OPTION',
        names: 'searchDays',
      },
    ],
  },
  {
    name: 'stripPosition',
    fn: stripPosition,
    make: (n) => [
      Array.from({ length: Math.min(n, 24) }, (_, i) => ({
        start: new Date(Date.UTC(2026, 2, 30, i)).toISOString(),
        end: new Date(Date.UTC(2026, 2, 30, i + 1)).toISOString(),
      })),
      '2026-03-30T01:30:00Z',
    ],
    arrays: [{ at: 0, name: 'hours', kind: 'other' }],
    refusals: [
      {
        what: 'instant = 8.64e15 + 1',
        call: () => stripPosition([{ start: FROM, end: TO }], PAST_DATE),
        code: 'INVALID_OPTION',
        names: 'instant',
      },
    ],
  },
];
