import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  availability,
  dayBounds,
  dayStrip,
  findOverlap,
  instantToWallClock,
  wallClockToInstant,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';

interface Fixture {
  availability: { name: string; member: TeamMember; from: string; to: string; expected: { start: string; end: string }[] }[];
  wall: { timeZone: string; local: string; expected: string }[];
}

// Computed with /usr/bin/python3 zoneinfo (tzdata 2025b) by zoneinfo_cases.py: work-hour boundaries that fall
// in DST gaps and folds, which the golden vectors leave out. fold=0 is Temporal's 'compatible'.
const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('./fixtures/zoneinfo-cases.json', import.meta.url)), 'utf8'),
) as Fixture;

describe('availability at DST gaps and folds (zoneinfo)', () => {
  for (const c of fixture.availability) {
    it(c.name, () => {
      expect(availability(c.member, { from: c.from, to: c.to })).toEqual(c.expected);
    });
  }
});

describe('wallClockToInstant (zoneinfo, fold=0)', () => {
  for (const c of fixture.wall) {
    it(`${c.timeZone} ${c.local}`, () => {
      expect(wallClockToInstant(c.local, c.timeZone)).toBe(c.expected);
    });
  }
});

const week = [1, 2, 3, 4, 5];
const nineToFive = { start: '09:00', end: '17:00' };

describe('hand-checked DST weeks', () => {
  // Europe moves on 2026-03-29, North America on 2026-03-08: between them Lisbon (WET, UTC+0) and
  // Vancouver (PDT, UTC−7) are 7 h apart, after 03-29 Lisbon is WEST (UTC+1), 8 h apart.
  const lisbon: TeamMember = { id: 'lis', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: nineToFive, workDays: week };
  const vancouver: TeamMember = { id: 'van', name: 'Vic', timeZone: 'America/Vancouver', workHours: nineToFive, workDays: week };

  it('Lisbon–Vancouver overlap shrinks from 1 h to 0 when Lisbon springs forward', () => {
    // Friday 2026-03-27: Lisbon 09–17 = 09:00–17:00Z, Vancouver 09–17 PDT = 16:00–24:00Z → 16:00–17:00Z.
    // Monday 2026-03-30: Lisbon 09–17 WEST = 08:00–16:00Z, Vancouver 16:00–24:00Z → they only touch.
    expect(findOverlap([lisbon, vancouver], { from: '2026-03-27T00:00:00Z', to: '2026-03-31T00:00:00Z' })).toEqual([
      { start: '2026-03-27T16:00:00.000Z', end: '2026-03-27T17:00:00.000Z', attendees: ['lis', 'van'] },
    ]);
  });

  it('between the North American and the European change (2026-03-09…03-27) Lisbon is still WET', () => {
    // Monday 2026-03-09: Vancouver already PDT (UTC−7): 16:00–24:00Z; Lisbon WET 09:00–17:00Z.
    expect(findOverlap([lisbon, vancouver], { from: '2026-03-09T00:00:00Z', to: '2026-03-10T00:00:00Z' })).toEqual([
      { start: '2026-03-09T16:00:00.000Z', end: '2026-03-09T17:00:00.000Z', attendees: ['lis', 'van'] },
    ]);
    // Friday 2026-03-06: Vancouver still PST (UTC−8): 17:00–01:00Z; Lisbon ends 17:00Z → no overlap.
    expect(findOverlap([lisbon, vancouver], { from: '2026-03-06T00:00:00Z', to: '2026-03-07T00:00:00Z' })).toEqual([]);
  });

  it('in autumn Europe falls back on 10-25 and Vancouver on 11-01: a week with a 1-hour overlap', () => {
    // Monday 2026-10-26: Lisbon WET 09:00–17:00Z, Vancouver PDT 16:00–24:00Z → 16:00–17:00Z.
    // Monday 2026-11-02: Vancouver PST 17:00–01:00Z → touches Lisbon's end only.
    const got = findOverlap([lisbon, vancouver], { from: '2026-10-26T00:00:00Z', to: '2026-11-03T00:00:00Z' });
    expect(got.map((g) => g.start)).toEqual([
      '2026-10-26T16:00:00.000Z',
      '2026-10-27T16:00:00.000Z',
      '2026-10-28T16:00:00.000Z',
      '2026-10-29T16:00:00.000Z',
      '2026-10-30T16:00:00.000Z',
    ]);
  });

  it('Sydney ends DST on 2026-04-05 and starts it on 2026-10-04 (southern hemisphere)', () => {
    const sydney: TeamMember = { id: 'syd', name: 'Mia', timeZone: 'Australia/Sydney', workHours: nineToFive, workDays: week };
    // Friday 04-03 AEDT (UTC+11): 09:00 = 22:00Z the day before; Monday 04-06 AEST (UTC+10): 23:00Z before.
    expect(availability(sydney, { from: '2026-04-02T12:00:00Z', to: '2026-04-06T12:00:00Z' })).toEqual([
      { start: '2026-04-02T22:00:00.000Z', end: '2026-04-03T06:00:00.000Z' },
      { start: '2026-04-05T23:00:00.000Z', end: '2026-04-06T07:00:00.000Z' },
    ]);
    // Friday 10-02 AEST: 23:00Z before; Monday 10-05 AEDT: 22:00Z before.
    expect(availability(sydney, { from: '2026-10-01T12:00:00Z', to: '2026-10-05T12:00:00Z' })).toEqual([
      { start: '2026-10-01T23:00:00.000Z', end: '2026-10-02T07:00:00.000Z' },
      { start: '2026-10-04T22:00:00.000Z', end: '2026-10-05T06:00:00.000Z' },
    ]);
  });
});

describe('days of 23, 23.5 and 25 hours', () => {
  it('dayBounds follows the zone', () => {
    // Hand-checked: Lisbon 2026-03-29 00:00 WET = 00:00Z, 03-30 00:00 WEST = 03-29T23:00Z.
    expect(dayBounds('2026-03-29', 'Europe/Lisbon')).toEqual({
      start: '2026-03-29T00:00:00.000Z',
      end: '2026-03-29T23:00:00.000Z',
    });
    // Lisbon 2026-10-25: 00:00 WEST = 10-24T23:00Z, 10-26 00:00 WET = 10-26T00:00Z (25 h).
    expect(dayBounds('2026-10-25', 'Europe/Lisbon')).toEqual({
      start: '2026-10-24T23:00:00.000Z',
      end: '2026-10-26T00:00:00.000Z',
    });
  });

  it('dayStrip has one slot per hour of the reference day, the last one cut short on Lord Howe', () => {
    const m: TeamMember = { id: 'k', name: 'Sita', timeZone: 'Asia/Kathmandu', workHours: nineToFive, workDays: week };
    expect(dayStrip(m, { date: '2026-03-29', timeZone: 'Europe/Lisbon' })).toHaveLength(23);
    expect(dayStrip(m, { date: '2026-10-25', timeZone: 'Europe/Lisbon' })).toHaveLength(25);
    expect(dayStrip(m, { date: '2026-04-05', timeZone: 'Australia/Sydney' })).toHaveLength(25);
    expect(dayStrip(m, { date: '2026-10-04', timeZone: 'Australia/Sydney' })).toHaveLength(23);
    // Lord Howe shifts by 30 minutes: 2026-04-05 lasts 24.5 h → 24 full slots and one of 30 minutes.
    const lh = dayStrip(m, { date: '2026-04-05', timeZone: 'Australia/Lord_Howe' });
    expect(lh).toHaveLength(25);
    expect(Date.parse(lh[24].end) - Date.parse(lh[24].start)).toBe(30 * 60_000);
  });
});

describe('instantToWallClock agrees with Intl across a DST change', () => {
  it('Vancouver, every 20 minutes over 2026-11-01', () => {
    const fmt = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/Vancouver',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let t = Date.UTC(2026, 10, 1, 0); t < Date.UTC(2026, 10, 2, 0); t += 20 * 60_000) {
      expect(instantToWallClock(t, 'America/Vancouver')).toBe(fmt.format(t).replace(' ', 'T'));
    }
  });
});
