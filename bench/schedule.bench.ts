/**
 * Schedule workloads from issue #5: findOverlap and suggestMeetings for 50 members over 4 weeks
 * (target < 10 ms). Zones repeat across members as they do on real teams; the "cold" cases
 * clear the zone cache first, so they include building every Intl formatter.
 */
import {
  evaluateMeeting,
  findOverlap,
  handoffWindows,
  offsetTransitions,
  suggestMeetings,
  teamDayStrip,
  type TeamMember,
} from '@sextant/core';
import { bench, describe } from 'vitest';
import { clearZoneCache } from '../packages/core/src/schedule/zone';

const ZONES = [
  'Europe/Lisbon',
  'Asia/Tokyo',
  'Asia/Makassar',
  'Europe/Berlin',
  'Asia/Singapore',
  'America/Vancouver',
  'Asia/Dubai',
  'Australia/Sydney',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'America/New_York',
  'America/Sao_Paulo',
  'Africa/Lagos',
];
const HOURS = [
  { start: '09:00', end: '17:00' },
  { start: '08:00', end: '16:30' },
  { start: '10:00', end: '18:30' },
  { start: '07:45', end: '15:15' },
  { start: '22:00', end: '06:00' },
];

const team: TeamMember[] = Array.from({ length: 50 }, (_, i) => ({
  id: `m${i}`,
  name: `Member ${i}`,
  timeZone: ZONES[i % ZONES.length],
  workHours: HOURS[(i * 7) % HOURS.length],
  workDays: i % 9 === 4 ? [0, 1, 2, 3, 4] : [1, 2, 3, 4, 5],
  holidays: i % 5 === 0 ? ['2026-04-03', '2026-04-06'] : [],
}));
// Four weeks across the European DST change and the southern-hemisphere one.
const range = { from: '2026-03-23T00:00:00Z', to: '2026-04-20T00:00:00Z' };
// A team of 50 in 17 zones rarely has an hour in common; Europe + Asia half of it does.
const regional = team.filter((m) => /^(Europe|Asia)/.test(m.timeZone));

describe('schedule, 50 members × 4 weeks', () => {
  bench('findOverlap (everyone)', () => {
    findOverlap(team, range);
  });
  bench('findOverlap (quorum 25, min 30 min)', () => {
    findOverlap(team, { ...range, quorum: 25, minDurationMinutes: 30 });
  });
  bench(`findOverlap (everyone, ${regional.length} Europe/Asia members)`, () => {
    findOverlap(regional, range);
  });
  bench('suggestMeetings (60 min, count 5)', () => {
    suggestMeetings(team, { ...range, durationMinutes: 60, count: 5 });
  });
  bench('handoffWindows', () => {
    handoffWindows(team, range);
  });
  bench('findOverlap, cold zone cache', () => {
    clearZoneCache();
    findOverlap(team, range);
  });
  bench('suggestMeetings, cold zone cache', () => {
    clearZoneCache();
    suggestMeetings(team, { ...range, durationMinutes: 60, count: 5 });
  });
});

// What the TimezonePlanner asks for on every render of a day.
describe('schedule, 50 members × 1 day (the planner)', () => {
  bench('teamDayStrip (60-minute slots)', () => {
    teamDayStrip(team, { date: '2026-03-30', timeZone: 'Europe/Lisbon' });
  });
  bench('teamDayStrip (15-minute slots)', () => {
    teamDayStrip(team, { date: '2026-03-30', timeZone: 'Europe/Lisbon', slotMinutes: 15 });
  });
  bench('evaluateMeeting (60 min)', () => {
    evaluateMeeting(team, { start: '2026-03-30T09:00:00Z', durationMinutes: 60 });
  });
  bench('offsetTransitions (17 zones × 1 day)', () => {
    for (const z of ZONES) offsetTransitions(z, { from: '2026-03-29T00:00:00Z', to: '2026-03-30T00:00:00Z' });
  });
});
