/**
 * The planner's day (plannerDay, plannerMeeting, nextDayWithOverlap, stripPosition, screenTeam):
 * hand-worked cases (the working is in the comments), agreement with the schedule functions it
 * is built from, and properties over random teams.
 */
import * as fc from 'fast-check';
import {
  availability,
  findOverlap,
  nextDayWithOverlap,
  plannerDay,
  plannerMeeting,
  screenTeam,
  stripPosition,
  suggestMeetings,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const ana: TeamMember = { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } };
const raj: TeamMember = { id: 'raj', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' } };
const sita: TeamMember = { id: 'sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } };
const maya: TeamMember = { id: 'maya', timeZone: 'America/Vancouver', workHours: { start: '09:00', end: '17:00' } };

describe('plannerDay', () => {
  // Mon 30 Mar 2026. Lisbon is on WEST (UTC+1): Ana 09–17 = 08:00–16:00Z.
  // Kolkata UTC+5:30: Raj 10:00–18:30 = 04:30–13:00Z. Everyone: 08:00–13:00Z = 300 min.
  const day = plannerDay([ana, raj], { date: '2026-03-30', now: '2026-03-30T12:00:00Z' });

  it('finds when everyone works and calls it common for a 60-minute meeting', () => {
    expect(day.overlap.map((o) => [o.start, o.end, o.minutes])).toEqual([
      ['2026-03-30T08:00:00.000Z', '2026-03-30T13:00:00.000Z', 300],
    ]);
    expect(day.overlapKind).toBe('common');
    expect(day.nextOverlapDate).toBeNull();
    // Lisbon's day starts 2026-03-29T23:00Z; 08:00Z is 9 h in: 9/24.
    expect(day.overlap[0].from).toBe(9 / 24);
    expect(day.overlap[0].to).toBe(14 / 24);
  });

  it('draws each working span as one bar from its exact start to its exact end', () => {
    const rajWork = day.rows[1].spans.filter((s) => s.kind === 'working');
    expect(rajWork.map((s) => [s.start, s.end])).toEqual([['2026-03-30T04:30:00.000Z', '2026-03-30T13:00:00.000Z']]);
    // 04:30Z is 5.5 h into Lisbon's day (from 23:00Z): 5.5/24.
    expect(rajWork[0].from).toBeCloseTo(5.5 / 24, 15);
    expect(day.rows[1].workingMinutes).toBe(510);
    // Night 22:00–07:00 Kolkata = 16:30Z–01:30Z: the day's first 2.5 h and its last 6.5 h.
    const night = day.rows[1].spans.filter((s) => s.kind === 'night').map((s) => [s.start, s.end]);
    expect(night).toEqual([
      ['2026-03-29T23:00:00.000Z', '2026-03-30T01:30:00.000Z'],
      ['2026-03-30T16:30:00.000Z', '2026-03-30T23:00:00.000Z'],
    ]);
  });

  it('gives a :45 zone its exact start (Kathmandu UTC+5:45: 09:00 = 03:15Z)', () => {
    const d = plannerDay([ana, sita], { date: '2026-03-30' });
    const w = d.rows[1].spans.filter((s) => s.kind === 'working');
    expect(w.map((s) => [s.start, s.end])).toEqual([['2026-03-30T03:15:00.000Z', '2026-03-30T11:15:00.000Z']]);
  });

  it('counts working people per hour column (hour 09:00 Lisbon = 08:00Z: both)', () => {
    expect(day.hours).toHaveLength(24);
    expect(day.hours[9]).toMatchObject({ from: '09:00', to: '10:00', working: 2, whole: 2 });
    expect(day.hours[5]).toMatchObject({ from: '05:00', working: 1, whole: 0 }); // Raj from 04:30Z = 05:30 Lisbon: half the hour
    expect(day.hours[23].to).toBe('24:00');
  });

  it('places now on the strip, and not on another day', () => {
    expect(day.nowAt).toBe(13 / 24); // 12:00Z = 13:00 Lisbon
    expect(day.rows[0].now?.time).toBe('13:00');
    expect(plannerDay([ana, raj], { date: '2026-03-31', now: '2026-03-30T12:00:00Z' }).nowAt).toBeNull();
    const noNow = plannerDay([ana, raj], { date: '2026-03-30' });
    expect(noNow.nowAt).toBeNull();
    expect(noNow.rows[0].now).toBeNull();
  });

  it('totals each suggestion (minutes outside, at night, how many people)', () => {
    const d = plannerDay([ana, raj], { date: '2026-03-30', durationMinutes: 360 });
    // 300 min together < 360: everyone overlaps but not long enough.
    expect(d.overlapKind).toBe('too-short');
    const s = d.suggestions[0];
    expect(s.minutesOutside).toBe(s.members.reduce((a, m) => a + m.minutesOutsideHours, 0));
    // Together 08:00–13:00Z; any 6 h leaves 60 min outside in all. Ties go to the even spread:
    // 07:30–13:30Z, Ana 30 min before 08:00Z and Raj 30 min after 13:00Z.
    expect(s.start).toBe('2026-03-30T07:30:00.000Z');
    expect(s.minutesOutside).toBe(60);
    expect(s.outsideCount).toBe(2);
    // A day with a long-enough overlap for everyone later on? Same hours every weekday: none in 14 days.
    expect(d.nextOverlapDate).toBeNull();
  });

  it('on a weekend says there is no overlap, suggests nothing and points to Monday', () => {
    const sat = plannerDay([ana, raj], { date: '2026-04-04' });
    expect(sat.overlapKind).toBe('none');
    expect(sat.suggestions).toEqual([]);
    expect(sat.nextOverlapDate).toBe('2026-04-06');
    expect(sat.rows.every((r) => r.workingMinutes === 0)).toBe(true);
  });

  it("is 'partial' when never everyone but two people work together, and keeps only suggestions with the quorum inside", () => {
    // Vancouver (PDT, UTC−7) 09–17 = 16:00–00:00Z; Raj ends 13:00Z: never all three.
    const d = plannerDay([ana, raj, maya], { date: '2026-03-30' });
    expect(d.overlap).toEqual([]);
    expect(d.overlapKind).toBe('partial');
    expect(d.suggestions.length).toBeGreaterThan(0);
    for (const s of d.suggestions) expect(s.members.filter((m) => m.minutesOutsideHours < 60).length).toBeGreaterThanOrEqual(2);
    expect(d.nextOverlapDate).toBeNull(); // no day in 14 has all three
    const solo = plannerDay([ana, raj, maya], { date: '2026-03-30', quorum: 3 });
    expect(solo.overlapKind).toBe('none');
    expect(solo.suggestions).toEqual([]);
  });

  it('a 23-hour day has 23 columns and fractions by column', () => {
    // Sun 29 Mar 2026: Lisbon skips 01:00–02:00.
    const d = plannerDay([ana, raj], { date: '2026-03-29', now: '2026-03-29T23:00:00Z' });
    expect(d.hours).toHaveLength(23);
    expect(d.clockChanges.map((c) => [c.timeZone, c.memberIds, c.transitions[0].offsetAfterLabel])).toEqual([
      ['Europe/Lisbon', ['ana'], 'UTC+01:00'],
    ]);
    expect(d.nowAt).toBeNull(); // 23:00Z is the next day in Lisbon (00:00 WEST)
  });

  it('agrees with availability, findOverlap and suggestMeetings', () => {
    const d = plannerDay([ana, raj, sita], { date: '2026-04-01', suggestionCount: 5 });
    const w = availability(sita, { from: d.start, to: d.end });
    expect(d.rows[2].spans.filter((s) => s.kind === 'working').map((s) => ({ start: s.start, end: s.end }))).toEqual(w);
    expect(d.overlap.map((o) => o.start)).toEqual(
      findOverlap([ana, raj, sita], { from: d.start, to: d.end }).map((o) => o.start),
    );
    const ref = suggestMeetings([ana, raj, sita], { from: d.start, to: d.end, durationMinutes: 60, count: 5 });
    expect(d.suggestions.map((s) => s.start)).toEqual(ref.map((s) => s.start));
  });

  it('refuses a date it cannot show, naming date (years 0099 and 9999 included)', () => {
    for (const date of ['0099-01-01', '9999-12-31', '2026-02-30', '2026-3-1', '']) {
      const e = thrown(() => plannerDay([ana], { date }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.argument).toBe('date');
    }
    expect(codeOf(() => plannerDay([ana], { date: '9999-12-27' }))).toBeUndefined();
    expect(codeOf(() => plannerDay([ana], { date: '1000-01-04' }))).toBeUndefined();
  });

  it('refuses now outside the Date range with INVALID_OPTION naming now', () => {
    for (const now of [1e20, 8.64e15 + 1, '+275760-09-13T00:00:00Z', 'yesterday']) {
      const e = thrown(() => plannerDay([ana], { date: '2026-03-30', now }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.argument).toBe('now');
    }
  });

  it('refuses a bad member with the code every schedule function gives', () => {
    expect(codeOf(() => plannerDay([ana, { ...raj, timeZone: 'Olympus/Mons' }], { date: '2026-03-30' }))).toBe(
      'UNKNOWN_TIME_ZONE',
    );
    expect(codeOf(() => plannerDay([], { date: '2026-03-30' }))).toBe('EMPTY_INPUT');
  });

  it('keeps a member with id __proto__ or constructor', () => {
    const d = plannerDay(
      [
        { ...ana, id: '__proto__' },
        { ...raj, id: 'constructor' },
      ],
      { date: '2026-03-30' },
    );
    expect(d.rows.map((r) => r.id)).toEqual(['__proto__', 'constructor']);
    expect(d.overlapKind).toBe('common');
  });

  const zones = [
    'Europe/Lisbon',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'UTC',
  ];
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const memberArb = fc
    .record({ tz: fc.constantFrom(...zones), start: hhmm, len: fc.integer({ min: 1, max: 23 }) })
    .map(({ tz, start, len }) => {
      const s = Number(start.slice(0, 2)) * 60 + Number(start.slice(3));
      const e = (s + len * 60) % 1440;
      const end = `${String(Math.floor(e / 60)).padStart(2, '0')}:${String(e % 60).padStart(2, '0')}`;
      return { timeZone: tz, workHours: { start, end } };
    });
  const teamArb = fc.array(memberArb, { minLength: 1, maxLength: 5 }).map((ms) => ms.map((m, i) => ({ id: `m${i}`, ...m })));
  const dateArb = fc
    .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('property: spans lie in the strip, sorted and disjoint per kind; working spans are the member’s availability', () => {
    fc.assert(
      fc.property(teamArb, dateArb, (team, date) => {
        const d = plannerDay(team, { date, searchDays: 1 });
        team.forEach((m, i) => {
          for (const kind of ['working', 'night'] as const) {
            const sp = d.rows[i].spans.filter((s) => s.kind === kind);
            sp.forEach((s, k) => {
              expect(s.from).toBeGreaterThanOrEqual(0);
              expect(s.to).toBeLessThanOrEqual(1);
              expect(s.from).toBeLessThan(s.to);
              if (k > 0) expect(Date.parse(sp[k - 1].end)).toBeLessThan(Date.parse(s.start));
            });
          }
          const w = d.rows[i].spans.filter((s) => s.kind === 'working').map((s) => ({ start: s.start, end: s.end }));
          expect(w).toEqual(availability(m, { from: d.start, to: d.end }));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('property: the overlap is inside every member’s working spans, and the kind matches it', () => {
    fc.assert(
      fc.property(teamArb, dateArb, (team, date) => {
        const d = plannerDay(team, { date, searchDays: 1 });
        for (const o of d.overlap) {
          for (const r of d.rows) {
            const inside = r.spans.some((s) => s.kind === 'working' && s.start <= o.start && o.end <= s.end);
            expect(inside).toBe(true);
          }
        }
        if (d.overlap.length === 0) expect(['partial', 'none']).toContain(d.overlapKind);
        else expect(['common', 'too-short']).toContain(d.overlapKind);
        if (d.overlapKind === 'none') expect(d.suggestions).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('plannerMeeting', () => {
  it('scores a picked meeting with totals and its place on the strip', () => {
    const day = plannerDay([ana, raj], { date: '2026-03-30' });
    // 12:30–13:30Z: Raj 18:00–19:00 IST, 30 min after his 18:30 end; Ana 13:30–14:30 WEST, inside.
    const m = plannerMeeting([ana, raj], day, { start: '2026-03-30T12:30:00Z', durationMinutes: 60 });
    expect([m.minutesOutside, m.minutesAtNight, m.outsideCount, m.nightCount]).toEqual([30, 0, 1, 0]);
    expect(m.from).toBe(13.5 / 24);
    expect(m.to).toBe(14.5 / 24);
  });
});

describe('nextDayWithOverlap', () => {
  it('skips a weekend and a holiday', () => {
    const anaOff = { ...ana, holidays: ['2026-04-06'] };
    expect(nextDayWithOverlap([anaOff, raj], { date: '2026-04-03', timeZone: 'Europe/Lisbon' })).toBe('2026-04-07');
  });
  it('returns null when no day in searchDays has one', () => {
    const weekendOnly = { ...raj, workDays: [0, 6] };
    expect(nextDayWithOverlap([ana, weekendOnly], { date: '2026-03-30', searchDays: 14 })).toBeNull();
  });
  it('refuses a bad date', () => {
    expect(codeOf(() => nextDayWithOverlap([ana], { date: '0099-01-01' }))).toBe('INVALID_OPTION');
  });
});

describe('stripPosition', () => {
  it('is by column on a 25-hour day (Lisbon, Sun 25 Oct 2026)', () => {
    const d = plannerDay([ana], { date: '2026-10-25' });
    expect(d.hours).toHaveLength(25);
    // 01:00 WET comes twice; the second 01:00 column (index 2) starts at 01:00Z.
    expect(stripPosition(d.hours, '2026-10-25T01:00:00Z')).toBe(2 / 25);
    expect(stripPosition(d.hours, '2020-01-01T00:00:00Z')).toBe(0);
    expect(stripPosition(d.hours, '2030-01-01T00:00:00Z')).toBe(1);
  });
});

describe('screenTeam', () => {
  it('keeps good members and names each refused one, a repeated id refusing the later', () => {
    const r = screenTeam([ana, { ...raj, timeZone: 'Olympus/Mons' }, sita, { ...ana, name: 'Ana 2' }]);
    expect(r.indices).toEqual([0, 2]);
    expect(r.problems.map((p) => [p.index, p.error.code, p.error.argument])).toEqual([
      [1, 'UNKNOWN_TIME_ZONE', 'members[1] (id "raj").timeZone'],
      [3, 'INVALID_OPTION', 'members[3].id'],
    ]);
    expect(r.problemCount).toBe(2);
  });

  it('refuses a non-array (an array-like of huge length included) at once', () => {
    expect(codeOf(() => screenTeam({ length: 2 ** 53 - 1 } as unknown as TeamMember[]))).toBe('INVALID_OPTION');
    expect(codeOf(() => screenTeam(null as unknown as TeamMember[]))).toBe('INVALID_OPTION');
  });

  it('keeps at most maxProblems problems but counts them all', () => {
    const bad = Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, timeZone: 'Nope/Nope', workHours: ana.workHours }));
    const r = screenTeam(bad, { maxProblems: 5 });
    expect(r.problems).toHaveLength(5);
    expect(r.problemCount).toBe(200);
    expect(r.members).toEqual([]);
  });
});
