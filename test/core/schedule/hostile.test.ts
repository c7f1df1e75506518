/** Issue 15 (items 1 and 7) in schedule: a day strip's hours are checked like input. */
import { describe, expect, it } from 'vitest';
import { plannerDay, plannerMeeting, screenTeam, stripPosition, type TeamMember } from '@sextant/core';
import { counted } from '../hostile/harness';
import { thrown } from '../../support/errors';

const hours = [
  { start: '2026-03-30T00:00:00Z', end: '2026-03-30T01:00:00Z' },
  { start: '2026-03-30T01:00:00Z', end: '2026-03-30T02:00:00Z' },
];
const at = '2026-03-30T00:30:00Z';

describe('stripPosition refuses hours that are not a day strip', () => {
  it('a made-up length is refused before allocating (it threw a raw RangeError / TypeError)', () => {
    for (const bad of [{ length: 2 ** 53 }, { length: 1e9 }, { length: 2.5 }, new Map()]) {
      const e = thrown(() => stripPosition(bad as never, at));
      expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'hours' });
    }
    expect(thrown(() => stripPosition(new Map() as never, at)).message).toMatch(/got a Map/);
  });

  it('new Array(2 ** 32 - 1) is refused at its first hole, never a RangeError from allocating 2^32 bounds', () => {
    const holes = counted(new Array<never>(2 ** 32 - 1));
    expect(thrown(() => stripPosition(holes.value, at))).toMatchObject({ code: 'INVALID_OPTION', argument: 'hours[0]' });
    expect(holes.reads()).toBeLessThanOrEqual(2);
    const after = new Array<(typeof hours)[number]>(2 ** 32 - 1);
    after[0] = hours[0];
    expect(thrown(() => stripPosition(after, at))).toMatchObject({ code: 'INVALID_OPTION', argument: 'hours[1]' });
  });

  it('a missing hour, an hour of zero width or hours out of order are named', () => {
    expect(thrown(() => stripPosition([hours[0], null] as never, at))).toMatchObject({ argument: 'hours[1]', index: 1 });
    expect(thrown(() => stripPosition([hours[0], hours[0]], at)).argument).toBe('hours[1].start');
    const flat = [{ start: hours[0].start, end: hours[0].start }];
    expect(thrown(() => stripPosition(flat, at)).argument).toBe('hours[0].end');
    // the example still holds: 00:30 is half-way through the first of two hours
    expect(stripPosition(hours, at)).toBe(0.25);
  });

  it('an hour outside the range of Date is INVALID_OPTION', () => {
    const far = [{ start: '+275760-09-13T00:00:00.001Z', end: '+275760-09-13T01:00:00Z' }];
    expect(thrown(() => stripPosition(far, at))).toMatchObject({ code: 'INVALID_OPTION', argument: 'hours[0].start' });
  });
});

describe('plannerMeeting checks day.hours the same way', () => {
  it('names day.hours', () => {
    const ana: TeamMember = { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } };
    const day = plannerDay([ana], { date: '2026-03-30' });
    const options = { start: '2026-03-30T09:00:00Z', durationMinutes: 30 };
    expect(() => plannerMeeting([ana], day, options)).not.toThrow();
    expect(thrown(() => plannerMeeting([ana], { hours: { length: 2 ** 53 } } as never, options))).toMatchObject({
      code: 'INVALID_OPTION',
      argument: 'day.hours',
    });
  });
});

describe('screenTeam refuses a sparse team whole, at its first hole', () => {
  const ana: TeamMember = { id: 'ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } };

  it('new Array(2 ** 32 - 1) is refused at index 0 (it was screened hole by hole, 2^32 problems)', () => {
    const holes = counted(new Array<TeamMember>(2 ** 32 - 1));
    const e = thrown(() => screenTeam(holes.value));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'members', index: 0 });
    expect(e.message).toContain('members[0] is absent');
    expect(holes.reads()).toBeLessThanOrEqual(1);
  });

  it('a hole after good members is named; an explicit undefined is still a member flagged in place', () => {
    const sparse = [ana];
    sparse[2] = { ...ana, id: 'raj' };
    expect(thrown(() => screenTeam(sparse))).toMatchObject({ argument: 'members', index: 1 });
    const r = screenTeam([ana, undefined as never, { ...ana, id: 'raj' }]);
    expect(r.indices).toEqual([0, 2]);
    expect(r.problems.map((p) => p.index)).toEqual([1]);
  });
});
