import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  dayStrip,
  handoffWindows,
  instantToWallClock,
  localTimes,
  offsetTransitions,
  validateMember,
  type OffsetTransition,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';

const week = [1, 2, 3, 4, 5];
const day = { start: '09:00', end: '17:00' };

describe('localTimes', () => {
  it('shows one instant in :30/:45 zones, on the other side of the date line and in a night shift', () => {
    const team: TeamMember[] = [
      { id: 'nfl', timeZone: 'America/St_Johns', workHours: day, workDays: week },
      { id: 'ktm', timeZone: 'Asia/Kathmandu', workHours: day, workDays: week },
      { id: 'cht', timeZone: 'Pacific/Chatham', workHours: { start: '22:00', end: '06:00' }, workDays: [1] },
      { id: 'lhi', name: 'Lou', timeZone: 'Australia/Lord_Howe', workHours: day, workDays: week },
    ];
    // Hand-checked at 2026-03-30T08:00Z (Monday): St John's NDT −2:30 → 05:30 Monday; Kathmandu +5:45 → 13:45;
    // Chatham CHADT +13:45 → 21:45 Monday (shift starts 22:00: not yet working, but night);
    // Lord Howe LHDT +11 → 19:00 Monday.
    const got = localTimes(team, '2026-03-30T08:00:00Z');
    expect(got.map((g) => [g.id, g.local, g.offsetMinutes, g.offsetLabel, g.weekday, g.isWorking, g.isNight])).toEqual([
      ['nfl', '2026-03-30T05:30', -150, 'UTC-02:30', 1, false, true],
      ['ktm', '2026-03-30T13:45', 345, 'UTC+05:45', 1, true, false],
      ['cht', '2026-03-30T21:45', 825, 'UTC+13:45', 1, false, false],
      ['lhi', '2026-03-30T19:00', 660, 'UTC+11:00', 1, false, false],
    ]);
    expect(got[3].name).toBe('Lou');
    // 30 minutes later Chatham's Monday night shift has begun (22:15) and it is night there.
    const later = localTimes(team, '2026-03-30T08:30:00Z');
    expect([later[2].isWorking, later[2].isNight]).toEqual([true, true]);
    // Tuesday 05:45 Chatham (2026-03-30T16:00Z): still Monday's overnight shift, which ends 06:00.
    expect(localTimes(team, '2026-03-30T16:00:00Z')[2]).toMatchObject({ local: '2026-03-31T05:45', weekday: 2, isWorking: true });
  });
});

describe('dayStrip', () => {
  it('labels a Kathmandu member on a Lisbon day (hand-checked)', () => {
    const m: TeamMember = { id: 'ktm', timeZone: 'Asia/Kathmandu', workHours: day, workDays: week };
    // Lisbon 2026-03-30 (WEST, +1) starts 2026-03-29T23:00Z = Kathmandu 04:45 Monday.
    const strip = dayStrip(m, { date: '2026-03-30', timeZone: 'Europe/Lisbon' });
    expect(strip).toHaveLength(24);
    expect(strip[0]).toEqual({
      start: '2026-03-29T23:00:00.000Z',
      end: '2026-03-30T00:00:00.000Z',
      localStart: '2026-03-30T04:45',
      localTime: '04:45',
      localHour: 4.75,
      dayOffset: 0,
      workingMinutes: 0,
      status: 'night',
    });
    // Work 09:00–17:00 NPT = 03:15–11:15Z: slot 04:00–05:00Z (Lisbon 05:00) is 45 min working → 'working' at its midpoint.
    expect(strip[4]).toMatchObject({ localTime: '08:45', workingMinutes: 45, status: 'working' });
    // Slot 11:00–12:00Z holds 15 working minutes, midpoint 17:15 local → 'outside'.
    expect(strip[12]).toMatchObject({ localTime: '16:45', workingMinutes: 15, status: 'outside' });
    // Lisbon 20:00 = 19:00Z = Kathmandu 00:45 Tuesday.
    expect(strip[20]).toMatchObject({ localStart: '2026-03-31T00:45', dayOffset: 1, status: 'night' });
    // 04:45–06:45 night, 06:45–08:45 outside, 8 working slots, 16:45–21:45 outside, night from the 21:45 slot on.
    expect(strip.map((s) => s.status[0]).join('')).toBe('nnoowwwwwwwwooooonnnnnnn');
  });

  it('defaults to the member zone and 60-minute slots; takes other slot lengths', () => {
    const m: TeamMember = { id: 'a', timeZone: 'Asia/Tokyo', workHours: day, workDays: week };
    const strip = dayStrip(m, { date: '2026-04-01' });
    expect(strip[9]).toMatchObject({ localStart: '2026-04-01T09:00', status: 'working', workingMinutes: 60 });
    expect(dayStrip(m, { date: '2026-04-01', slotMinutes: 15 })).toHaveLength(96);
    expect(dayStrip(m, { date: '2026-04-01', slotMinutes: 25 })).toHaveLength(58);
  });
});

describe('handoffWindows', () => {
  const team: TeamMember[] = [
    { id: 'lis', timeZone: 'Europe/Lisbon', workHours: day, workDays: week },
    { id: 'syd', timeZone: 'Australia/Sydney', workHours: day, workDays: week },
    { id: 'blr', timeZone: 'Asia/Kolkata', workHours: day, workDays: week },
    { id: 'lis2', timeZone: 'Europe/Lisbon', workHours: { start: '10:00', end: '18:00' }, workDays: week },
  ];

  it('orders zones east to west and reports overlaps and gaps (hand-checked)', () => {
    // Tuesday 2026-04-07: Sydney AEST 23:00Z(−1d)–07:00Z, Kolkata 03:30–11:30Z, Lisbon WEST 08:00–17:00Z
    // (two members: 09–17 and 10–18 local), next Sydney start 23:00Z.
    const plan = handoffWindows(team, { from: '2026-04-07T00:00:00Z', to: '2026-04-08T00:00:00Z' });
    expect(plan.stages).toEqual([
      { timeZone: 'Australia/Sydney', offsetMinutes: 600, memberIds: ['syd'] },
      { timeZone: 'Asia/Kolkata', offsetMinutes: 330, memberIds: ['blr'] },
      { timeZone: 'Europe/Lisbon', offsetMinutes: 60, memberIds: ['lis', 'lis2'] },
    ]);
    expect(plan.handoffs.map((h) => [h.fromZone, h.toZone, h.kind, h.start, h.end, h.minutes])).toEqual([
      ['Australia/Sydney', 'Asia/Kolkata', 'overlap', '2026-04-07T03:30:00.000Z', '2026-04-07T07:00:00.000Z', 210],
      ['Asia/Kolkata', 'Europe/Lisbon', 'overlap', '2026-04-07T08:00:00.000Z', '2026-04-07T11:30:00.000Z', 210],
      ['Europe/Lisbon', 'Australia/Sydney', 'gap', '2026-04-07T17:00:00.000Z', '2026-04-07T23:00:00.000Z', 360],
    ]);
  });

  it('spans weekends to the next start and can be non-cyclic', () => {
    // Friday 2026-04-10 Lisbon ends 17:00Z; Sydney next works Monday 04-13 09:00 AEST = 04-12T23:00Z.
    const plan = handoffWindows(team, { from: '2026-04-10T12:00:00Z', to: '2026-04-11T00:00:00Z', cyclic: false });
    expect(plan.handoffs).toEqual([]);
    const cyc = handoffWindows(team, { from: '2026-04-10T12:00:00Z', to: '2026-04-11T00:00:00Z' });
    expect(cyc.handoffs).toEqual([
      {
        fromZone: 'Europe/Lisbon',
        toZone: 'Australia/Sydney',
        fromStage: 2,
        toStage: 0,
        at: '2026-04-10T17:00:00.000Z',
        kind: 'gap',
        start: '2026-04-10T17:00:00.000Z',
        end: '2026-04-12T23:00:00.000Z',
        minutes: 54 * 60,
      },
    ]);
  });

  it('has no hand-offs for a single zone', () => {
    expect(handoffWindows([team[0], team[3]], { from: '2026-04-07T00:00:00Z', to: '2026-04-08T00:00:00Z' }).handoffs).toEqual([]);
  });
});

describe('validateMember', () => {
  it('returns ok for a valid member and the first problem otherwise', () => {
    expect(
      validateMember({ id: 'a', name: 'A', timeZone: 'Asia/Calcutta', workHours: { start: '09:00', end: '24:00' } }),
    ).toEqual({ ok: true });
    expect(validateMember({ id: 'a', timeZone: 'Europe/Lisbon', workHours: { start: '9:00', end: '17:00' } }, 4)).toEqual({
      ok: false,
      code: 'INVALID_OPTION',
      field: 'workHours.start',
      message: `members[4] (id "a").workHours.start must be 'HH:mm' in 00:00–23:59; got "9:00"`,
    });
    expect(validateMember({ id: 'a', timeZone: 'Mars/Base', workHours: day })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_TIME_ZONE',
      field: 'timeZone',
    });
    expect(validateMember({ id: 'a', timeZone: 'UTC', workHours: { start: '09:00', end: '09:00' } })).toMatchObject({
      field: 'workHours.end',
    });
    expect(validateMember({ id: 'a', timeZone: 'UTC', workHours: day, workDays: [1, 7] })).toMatchObject({
      field: 'workDays[1]',
    });
    expect(validateMember({ id: 'a', timeZone: 'UTC', workHours: day, holidays: ['2026-02-30'] })).toMatchObject({
      field: 'holidays[0]',
    });
    expect(validateMember({ timeZone: 'UTC', workHours: day })).toMatchObject({ field: 'id' });
    expect(validateMember(null)).toMatchObject({ ok: false, code: 'INVALID_OPTION' });
  });
});

describe('offsetTransitions (zoneinfo)', () => {
  // Computed with /usr/bin/python3 zoneinfo (tzdata 2025b) by day_cases.py: an hourly scan refined to the second.
  const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/day-cases.json', import.meta.url)), 'utf8')) as {
    offsetTransitions: { timeZone: string; from: string; to: string; expected: OffsetTransition[] }[];
  };
  for (const c of fixture.offsetTransitions) {
    it(`${c.timeZone} ${c.from} → ${c.to}: ${c.expected.length} change(s)`, () => {
      expect(offsetTransitions(c.timeZone, { from: c.from, to: c.to })).toEqual(c.expected);
    });
  }
});

describe('offsetTransitions (hand-checked)', () => {
  it('finds the day’s clock change in both hemispheres and :30/:45 zones', () => {
    // Europe: last Sunday of March at 01:00Z. Berlin's 2026-03-29 runs 2026-03-28T23:00Z–2026-03-29T22:00Z.
    expect(offsetTransitions('Europe/Berlin', { from: '2026-03-28T23:00:00Z', to: '2026-03-29T22:00:00Z' })).toEqual([
      {
        at: '2026-03-29T01:00:00.000Z',
        offsetBeforeMinutes: 60,
        offsetAfterMinutes: 120,
        offsetBeforeLabel: 'UTC+01:00',
        offsetAfterLabel: 'UTC+02:00',
      },
    ]);
    // Sydney leaves DST on the first Sunday of April at 03:00 AEDT = 16:00Z the day before.
    expect(offsetTransitions('Australia/Sydney', { from: '2026-04-01T00:00:00Z', to: '2026-04-08T00:00:00Z' })).toMatchObject([
      { at: '2026-04-04T16:00:00.000Z', offsetBeforeMinutes: 660, offsetAfterMinutes: 600 },
    ]);
    // Chatham: +13:45 → +12:45 at 03:45 local on 2026-04-05 = 14:00Z on the 4th.
    expect(offsetTransitions('Pacific/Chatham', { from: '2026-04-04T00:00:00Z', to: '2026-04-05T00:00:00Z' })).toMatchObject([
      { at: '2026-04-04T14:00:00.000Z', offsetBeforeLabel: 'UTC+13:45', offsetAfterLabel: 'UTC+12:45' },
    ]);
    // St John's: −3:30 → −2:30 at 02:00 NST on 2026-03-08 = 05:30Z.
    expect(offsetTransitions('America/St_Johns', { from: '2026-03-08T00:00:00Z', to: '2026-03-09T00:00:00Z' })).toMatchObject([
      { at: '2026-03-08T05:30:00.000Z', offsetBeforeLabel: 'UTC-03:30', offsetAfterLabel: 'UTC-02:30' },
    ]);
  });

  it('[from, to): a change at `from` counts, one at `to` does not; none in a zone without DST', () => {
    const at = '2026-03-29T01:00:00Z';
    expect(offsetTransitions('Europe/Berlin', { from: at, to: '2026-03-30T00:00:00Z' })).toHaveLength(1);
    expect(offsetTransitions('Europe/Berlin', { from: '2026-03-28T00:00:00Z', to: at })).toEqual([]);
    expect(offsetTransitions('Asia/Kathmandu', { from: '2000-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' })).toEqual([]);
    // Every change over ten years, by name as given (an alias).
    expect(offsetTransitions('Asia/Calcutta', { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' })).toEqual([]);
    expect(offsetTransitions('Europe/Lisbon', { from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' })).toHaveLength(20);
  });

  it('refuses a bad zone first, then a bad range', () => {
    expect(() => offsetTransitions('Mars/Base', { from: 'x', to: 'y' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE', argument: 'timeZone' }),
    );
    expect(() => offsetTransitions('UTC', { from: 'x', to: 'y' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options.from' }),
    );
    expect(() => offsetTransitions('UTC', { from: 10, to: 10 })).toThrow(expect.objectContaining({ code: 'INVALID_INTERVAL' }));
  });
});

describe('argumentName: errors name the caller’s argument', () => {
  const ana: TeamMember = { id: 'ana', timeZone: 'Europe/Lisbon', workHours: day };

  it('localTimes and instantToWallClock default to `instant`', () => {
    expect(() => localTimes([ana], 'noon')).toThrow(
      expect.objectContaining({ argument: 'instant', message: expect.stringMatching(/^instant "noon" is not an instant: /) }),
    );
    expect(() => instantToWallClock('2026-03-30T08:00', 'UTC')).toThrow(
      expect.objectContaining({
        argument: 'instant',
        message: expect.stringMatching(/^instant "2026-03-30T08:00" is not an instant: it has a time but no 'Z' or offset/),
      }),
    );
  });

  it('use the given name in the message and `argument`, keeping code and value', () => {
    expect(() => localTimes([ana], 'noon', { argumentName: 'now' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        argument: 'now',
        value: 'noon',
        message: expect.stringMatching(/^now "noon" is not an instant: it is not an ISO 8601 date-time/),
      }),
    );
    expect(() => instantToWallClock('2026-03-30T08:00', 'UTC', { argumentName: 'value' })).toThrow(
      expect.objectContaining({
        argument: 'value',
        message: expect.stringMatching(/^value "2026-03-30T08:00" is not an instant: it has a time but no 'Z' or offset/),
      }),
    );
    // A good instant is unaffected, and the night option still applies.
    expect(
      localTimes([ana], '2026-03-30T21:00:00Z', { argumentName: 'now', night: { start: '21:00', end: '06:00' } })[0],
    ).toMatchObject({
      time: '22:00',
      isNight: true,
    });
    expect(instantToWallClock(0, 'UTC', { argumentName: 'value' })).toBe('1970-01-01T00:00');
  });

  it('member errors come before the instant; a bad argumentName is INVALID_OPTION', () => {
    expect(() => localTimes([], 'noon', { argumentName: 'now' })).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => instantToWallClock(0, 'Mars/Base', { argumentName: 'value' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE' }),
    );
    expect(() => localTimes([ana], 0, { argumentName: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options.argumentName' }),
    );
    expect(() => instantToWallClock(0, 'UTC', { argumentName: 7 as never })).toThrow(
      expect.objectContaining({ argument: 'options.argumentName' }),
    );
  });
});
