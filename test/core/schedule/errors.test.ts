import {
  availability,
  dayStrip,
  findOverlap,
  handoffWindows,
  instantToWallClock,
  localTimes,
  suggestMeetings,
  suggestSeries,
  validateMember,
  wallClockToInstant,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';

const day = { start: '09:00', end: '17:00' };
const ana: TeamMember = { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: day };
const raj: TeamMember = { id: 'raj', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: day };
const range = { from: '2026-03-30T00:00:00Z', to: '2026-04-03T00:00:00Z' };

describe('schedule refusals', () => {
  it('EMPTY_INPUT for no members, before any other problem', () => {
    expect(thrown(() => findOverlap([], { from: 'x', to: 'y' })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => suggestMeetings([], { ...range, durationMinutes: 0 })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => handoffWindows([], range)).code).toBe('EMPTY_INPUT');
    expect(thrown(() => localTimes([], 0)).code).toBe('EMPTY_INPUT');
    expect(thrown(() => suggestSeries([], { from: range.from, occurrences: 2, durationMinutes: 30 })).code).toBe('EMPTY_INPUT');
  });

  it('UNKNOWN_TIME_ZONE names the member index, id and field', () => {
    const e = thrown(() => findOverlap([ana, { ...raj, timeZone: 'Asia/Kolkatta' }], range));
    expect(e.code).toBe('UNKNOWN_TIME_ZONE');
    expect(e.message).toContain('members[1] (id "raj").timeZone');
    expect(e.message).toContain('Asia/Kolkatta');
    expect(e.argument).toBe('members[1] (id "raj").timeZone');
    expect(thrown(() => dayStrip(ana, { date: '2026-03-30', timeZone: 'Nowhere/City' })).code).toBe('UNKNOWN_TIME_ZONE');
    expect(thrown(() => wallClockToInstant('2026-03-30T09:00', 'Nowhere/City')).code).toBe('UNKNOWN_TIME_ZONE');
  });

  it('UNKNOWN_TIME_ZONE for the empty string, like any zone that does not exist (was INVALID_OPTION)', () => {
    const e = thrown(() => findOverlap([ana, { ...raj, timeZone: '' }], range));
    expect([e.code, e.argument]).toEqual(['UNKNOWN_TIME_ZONE', 'members[1] (id "raj").timeZone']);
    expect(validateMember({ ...ana, timeZone: '' })).toMatchObject({ ok: false, code: 'UNKNOWN_TIME_ZONE', field: 'timeZone' });
    expect(thrown(() => dayStrip(ana, { date: '2026-03-30', timeZone: '' })).code).toBe('UNKNOWN_TIME_ZONE');
    expect(thrown(() => wallClockToInstant('2026-03-30T09:00', '')).code).toBe('UNKNOWN_TIME_ZONE');
    expect(thrown(() => instantToWallClock(0, '')).code).toBe('UNKNOWN_TIME_ZONE');
    // Not a string at all is still a malformed option.
    expect(thrown(() => findOverlap([ana, { ...raj, timeZone: 5 as never }], range)).code).toBe('INVALID_OPTION');
  });

  it('INVALID_INTERVAL when from ≥ to', () => {
    expect(thrown(() => availability(ana, { from: range.from, to: range.from })).code).toBe('INVALID_INTERVAL');
    expect(thrown(() => findOverlap([ana], { from: Date.parse(range.to), to: Date.parse(range.from) })).code).toBe(
      'INVALID_INTERVAL',
    );
    expect(thrown(() => handoffWindows([ana], { from: range.to, to: range.from })).code).toBe('INVALID_INTERVAL');
  });

  it('INVALID_OPTION for malformed work hours, with the field named', () => {
    for (const [workHours, field] of [
      [{ start: '9:00', end: '17:00' }, 'workHours.start'],
      [{ start: '09:00', end: '25:00' }, 'workHours.end'],
      [{ start: '09:60', end: '17:00' }, 'workHours.start'],
      [{ start: '24:00', end: '08:00' }, 'workHours.start'],
      [{ start: '09:00', end: '24:30' }, 'workHours.end'],
      [{ start: '09:00', end: '09:00' }, 'workHours.end'],
      [{ start: '09:00' }, 'workHours.end'],
    ] as const) {
      const e = thrown(() => findOverlap([ana, { ...raj, workHours: workHours as TeamMember['workHours'] }], range));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain(`members[1] (id "raj").${field}`);
    }
    expect(thrown(() => availability({ ...ana, workDays: [1, 9] }, range)).message).toContain('workDays[1]');
    expect(thrown(() => availability({ ...ana, holidays: ['2026-3-30'] }, range)).message).toContain('holidays[0]');
    expect(thrown(() => availability({ ...ana, id: '' }, range)).message).toContain('member.id');
  });

  it('INVALID_OPTION for quorum, minDurationMinutes and duplicate ids', () => {
    expect(thrown(() => findOverlap([ana, raj], { ...range, quorum: 3 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => findOverlap([ana, raj], { ...range, quorum: 0 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => findOverlap([ana, raj], { ...range, quorum: 1.5 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => findOverlap([ana, raj], { ...range, minDurationMinutes: -1 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => findOverlap([ana, raj], { ...range, minDurationMinutes: Number.NaN })).code).toBe('INVALID_OPTION');
    const dup = thrown(() => findOverlap([ana, raj, { ...raj, timeZone: 'UTC' }], range));
    expect(dup.code).toBe('INVALID_OPTION');
    expect(dup.message).toContain('members[2].id "raj" repeats members[1].id');
  });

  it('INVALID_OPTION for instants that are not instants', () => {
    expect(thrown(() => availability(ana, { from: 'yesterday', to: range.to })).code).toBe('INVALID_OPTION');
    // A time without Z or an offset would be read in the machine's zone: refused.
    expect(thrown(() => availability(ana, { from: '2026-03-30T09:00', to: range.to })).message).toContain("no 'Z' or offset");
    expect(thrown(() => availability(ana, { from: Number.POSITIVE_INFINITY, to: range.to })).code).toBe('INVALID_OPTION');
    expect(thrown(() => availability(ana, { from: '2026-02-30T00:00:00Z', to: range.to })).code).toBe('INVALID_OPTION');
    expect(thrown(() => localTimes([ana], 'now')).code).toBe('INVALID_OPTION');
    expect(thrown(() => instantToWallClock('soon', 'UTC')).code).toBe('INVALID_OPTION');
    expect(thrown(() => wallClockToInstant('2026-03-30 09:00', 'UTC')).code).toBe('INVALID_OPTION');
    // The one rule for instants (internal/instant.ts): no bare dates, spaces or lower-case z; still INVALID_OPTION here.
    for (const from of ['2026-03-30', '2026-03-30 09:00:00Z', '2026-03-30T09:00:00z', '']) {
      const e = thrown(() => availability(ana, { from, to: range.to }));
      expect([e.code, e.argument], from).toEqual(['INVALID_OPTION', 'options.from']);
    }
    // A Date is read by its time value; outside the years 1000–9999 is refused.
    expect(availability(ana, { from: new Date(range.from), to: range.to })).toEqual(availability(ana, range));
    expect(thrown(() => availability(ana, { from: '0999-12-31T00:00:00Z', to: range.to })).code).toBe('INVALID_OPTION');
  });

  it('member problems come before range problems', () => {
    expect(thrown(() => findOverlap([{ ...ana, timeZone: 'X/Y' }], { from: range.to, to: range.from })).code).toBe(
      'UNKNOWN_TIME_ZONE',
    );
  });

  it('INVALID_OPTION for meeting options', () => {
    const bad: Record<string, unknown>[] = [
      {},
      { durationMinutes: 0 },
      { durationMinutes: 30.5 },
      { durationMinutes: 30, count: 0 },
      { durationMinutes: 30, stepMinutes: 0 },
      { durationMinutes: 30, nightWeight: 0.5 },
      { durationMinutes: 30, night: { start: '22:00', end: '22:00' } },
    ];
    for (const o of bad) {
      expect(thrown(() => suggestMeetings([ana, raj], { ...range, ...o } as never)).code).toBe('INVALID_OPTION');
    }
    const s = { from: range.from, durationMinutes: 30, occurrences: 3 };
    expect(thrown(() => suggestSeries([ana], { ...s, occurrences: undefined } as never)).code).toBe('INVALID_OPTION');
    expect(thrown(() => suggestSeries([ana], { ...s, everyDays: 1, windowHours: 25 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => dayStrip(ana, { date: '2026-13-01' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => dayStrip(ana, { date: '2026-03-30', slotMinutes: 0 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => handoffWindows([ana], { ...range, cyclic: 'yes' as never })).code).toBe('INVALID_OPTION');
  });

  it('accepts zone aliases and epoch ms, and reports the zone name as given', () => {
    const alias = { ...raj, timeZone: 'Asia/Calcutta' };
    expect(findOverlap([ana, alias], range)).toEqual(
      findOverlap([ana, raj], { from: Date.parse(range.from), to: Date.parse(range.to) }),
    );
    expect(localTimes([alias], range.from)[0].timeZone).toBe('Asia/Calcutta');
    expect(suggestMeetings([alias], { ...range, durationMinutes: 30, count: 1 })[0].members[0].timeZone).toBe('Asia/Calcutta');
    // Offsets in instants are honoured: 09:00+01:00 is 08:00Z.
    expect(availability(ana, { from: '2026-03-30T09:00:00+01:00', to: '2026-03-30T12:00:00.000Z' })).toEqual([
      { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T12:00:00.000Z' },
    ]);
  });
});
