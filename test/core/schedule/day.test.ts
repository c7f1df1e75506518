/**
 * dayHours, dayStrip and teamDayStrip: zoneinfo references (day_cases.py), hand-checked cases,
 * and agreement between the three.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  dayBounds,
  dayHours,
  dayStrip,
  findOverlap,
  teamDayStrip,
  type DayHour,
  type NightWindow,
  type TeamDayStrip,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';

interface Fixture {
  dayHours: { date: string; timeZone: string; slotMinutes: number; why: string; expected: DayHour[] }[];
  teamDayStrip: {
    team: string;
    members: TeamMember[];
    date: string;
    timeZone: string;
    slotMinutes: number;
    night: NightWindow;
    why: string;
    expected: TeamDayStrip;
  }[];
}

// Computed with /usr/bin/python3 zoneinfo (tzdata 2025b) by day_cases.py: the team day by a
// minute-by-minute scan of each member's wall clock, independent of the interval code under test.
const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/day-cases.json', import.meta.url)), 'utf8')) as Fixture;

describe('dayHours (zoneinfo)', () => {
  for (const c of fixture.dayHours) {
    it(`${c.date} ${c.timeZone} every ${c.slotMinutes} min: ${c.why}`, () => {
      expect(dayHours(c.date, c.timeZone, { slotMinutes: c.slotMinutes })).toEqual(c.expected);
    });
  }
});

describe('dayHours (hand-checked)', () => {
  it('cuts 23-, 24-, 25-hour days and 24.5-hour Lord Howe days', () => {
    // Berlin 2026-03-29: CET until 01:00Z, then CEST; 00:00 local = 23:00Z the day before.
    const spring = dayHours('2026-03-29', 'Europe/Berlin');
    expect(spring).toHaveLength(23);
    expect(spring[0]).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T00:00:00.000Z',
      localStart: '2026-03-29T00:00',
      localTime: '00:00',
      localHour: 0,
    });
    expect(spring.map((h) => h.localTime.slice(0, 2)).join(' ')).toBe(
      '00 01 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23',
    );
    // Sydney leaves DST on 2026-04-05 at 03:00 AEDT (16:00Z on the 4th): 02:00 comes twice.
    const autumn = dayHours('2026-04-05', 'Australia/Sydney');
    expect(autumn.map((h) => h.localTime.slice(0, 2)).slice(0, 5)).toEqual(['00', '01', '02', '02', '03']);
    // Lord Howe moves by 30 minutes (+11 → +10:30 at 02:00 local): 24.5 hours, the last slot 30 minutes.
    const lhi = dayHours('2026-04-05', 'Australia/Lord_Howe');
    expect(lhi).toHaveLength(25);
    expect(lhi.map((h) => h.localTime).slice(1, 4)).toEqual(['01:00', '01:30', '02:30']);
    expect(lhi[24]).toMatchObject({ start: '2026-04-05T13:00:00.000Z', end: '2026-04-05T13:30:00.000Z', localTime: '23:30' });
  });

  it('spans exactly dayBounds, slots contiguous; the default is 60 minutes', () => {
    for (const [date, zone] of [
      ['2026-03-29', 'Asia/Beirut'],
      ['2026-09-06', 'America/Santiago'],
      ['2026-03-30', 'Asia/Kathmandu'],
    ]) {
      const hours = dayHours(date, zone);
      const bounds = dayBounds(date, zone);
      expect(hours[0].start).toBe(bounds.start);
      expect(hours[hours.length - 1].end).toBe(bounds.end);
      for (let k = 1; k < hours.length; k++) expect(hours[k].start).toBe(hours[k - 1].end);
      for (const h of hours.slice(0, -1)) expect(Date.parse(h.end) - Date.parse(h.start)).toBe(3_600_000);
    }
  });

  it('is the slot axis of dayStrip', () => {
    const m: TeamMember = { id: 'sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } };
    for (const slotMinutes of [15, 60, 45]) {
      const hours = dayHours('2026-10-25', 'Europe/Lisbon', { slotMinutes });
      const strip = dayStrip(m, { date: '2026-10-25', timeZone: 'Europe/Lisbon', slotMinutes });
      expect(strip.map((s) => [s.start, s.end])).toEqual(hours.map((h) => [h.start, h.end]));
    }
  });

  it('refuses a bad zone, date or slot length, in that order', () => {
    const zone = thrown(() => dayHours('2026-02-30', 'Mars/Base'));
    expect([zone.code, zone.argument]).toEqual(['UNKNOWN_TIME_ZONE', 'timeZone']);
    const date = thrown(() => dayHours('2026-02-30', 'UTC', { slotMinutes: 0 }));
    expect([date.code, date.argument]).toEqual(['INVALID_OPTION', 'date']);
    const e = thrown(() => dayHours('2026-03-30', 'UTC', { slotMinutes: 0 }));
    expect([e.code, e.argument]).toEqual(['INVALID_OPTION', 'options.slotMinutes']);
    expect(thrown(() => dayHours('2026-03-30', 'UTC', { slotMinutes: 1441 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => dayHours('2026-03-30', 'UTC', { slotMinutes: 7.5 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => dayHours('2026-03-30', 'UTC', null as never)).argument).toBe('options');
  });
});

describe('teamDayStrip (zoneinfo minute scan)', () => {
  for (const c of fixture.teamDayStrip) {
    it(`${c.team} ${c.date} in ${c.timeZone}, ${c.slotMinutes}-minute slots: ${c.why}`, () => {
      const got = teamDayStrip(c.members, { date: c.date, timeZone: c.timeZone, slotMinutes: c.slotMinutes, night: c.night });
      expect(got).toEqual(c.expected);
      // And each row is that member's dayStrip.
      c.members.forEach((m, i) => {
        const strip = dayStrip(m, { date: c.date, timeZone: c.timeZone, slotMinutes: c.slotMinutes, night: c.night });
        expect(got.rows[i].map(({ workingRanges: _w, nightRanges: _n, newDay: _d, ...rest }) => rest)).toEqual(
          strip.map(({ start: _s, end: _e, ...rest }) => rest),
        );
      });
    });
  }
});

describe('teamDayStrip (hand-checked)', () => {
  const lena: TeamMember = { id: 'lena', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' } };
  const sita: TeamMember = { id: 'sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } };

  it('places work inside the slot for a :45 zone and a shift starting at :30', () => {
    // Monday 2026-03-30 on a UTC axis. Kathmandu is UTC+5:45: 09:00–17:00 = 03:15–11:15Z.
    // Berlin is UTC+2 (CEST): 08:30–17:00 = 06:30–15:00Z. Night 22:00–07:00 local.
    const day = teamDayStrip([lena, sita], { date: '2026-03-30', timeZone: 'UTC' });
    expect(day.timeZone).toBe('UTC');
    expect(day.hours).toHaveLength(24);
    expect(day.rows[1][3]).toEqual({
      localStart: '2026-03-30T08:45',
      localTime: '08:45',
      localHour: 8.75,
      dayOffset: 0,
      status: 'working',
      workingMinutes: 45,
      workingRanges: [{ fromMinute: 15, toMinute: 60 }],
      nightRanges: [],
      newDay: null,
    });
    // 03:00Z is 05:00 in Berlin: night all the slot.
    expect(day.rows[0][3]).toMatchObject({ status: 'night', workingRanges: [], nightRanges: [{ fromMinute: 0, toMinute: 60 }] });
    // 01:00Z is 06:45 in Kathmandu: night until 07:00 local, 15 minutes in; outside after.
    expect(day.rows[1][1]).toMatchObject({ status: 'outside', nightRanges: [{ fromMinute: 0, toMinute: 15 }] });
    // 06:00Z: Berlin 08:00, works from 08:30 — half the slot, working at the midpoint (06:30Z).
    expect(day.rows[0][6]).toMatchObject({
      status: 'working',
      workingMinutes: 30,
      workingRanges: [{ fromMinute: 30, toMinute: 60 }],
    });
    expect(day.available[6]).toEqual({ whole: 1, partial: 1, working: 2 });
    // 11:00Z: Sita stops at 11:15Z, Lena works all of it.
    expect(day.available[11]).toEqual({ whole: 1, partial: 1, working: 1 });
    expect(day.available[3]).toEqual({ whole: 0, partial: 1, working: 1 });
    expect(day.available[0]).toEqual({ whole: 0, partial: 0, working: 0 });
    expect(day.overlap).toEqual([
      { start: '2026-03-30T06:30:00.000Z', end: '2026-03-30T11:15:00.000Z', attendees: ['lena', 'sita'] },
    ]);
  });

  it('marks where each member’s local date turns', () => {
    // UTC axis on 2026-03-30: Kathmandu's midnight is 18:15Z (a quarter into the 18:00Z slot);
    // Berlin's is 22:00Z (the start of that slot); UTC's own is the axis start.
    const day = teamDayStrip([lena, sita, { id: 'u', timeZone: 'UTC', workHours: { start: '09:00', end: '17:00' } }], {
      date: '2026-03-30',
      timeZone: 'UTC',
    });
    const turns = day.rows.map((row) => row.flatMap((c, k) => (c.newDay ? [[k, c.newDay.atMinute, c.newDay.date]] : [])));
    expect(turns).toEqual([[[22, 0, '2026-03-31']], [[18, 15, '2026-03-31']], [[0, 0, '2026-03-30']]]);
  });

  it('a midnight that a DST gap skips: the new date begins at 01:00', () => {
    // Santiago skips 2026-09-06 00:00–01:00 (−4 → −3 at 04:00Z). On a UTC axis the 04:00Z slot starts at 01:00 local.
    const ana: TeamMember = { id: 'ana', timeZone: 'America/Santiago', workHours: { start: '09:00', end: '17:00' } };
    const row = teamDayStrip([ana], { date: '2026-09-06', timeZone: 'UTC' }).rows[0];
    expect(row[3]).toMatchObject({ localStart: '2026-09-05T23:00', newDay: null });
    expect(row[4]).toMatchObject({ localStart: '2026-09-06T01:00', dayOffset: 0, newDay: { atMinute: 0, date: '2026-09-06' } });
  });

  it('defaults to the first member’s zone and 60-minute slots; its own refusals', () => {
    const day = teamDayStrip([sita, lena], { date: '2026-03-30' });
    expect(day.timeZone).toBe('Asia/Kathmandu');
    expect(day.hours[0].start).toBe('2026-03-29T18:15:00.000Z');
    expect(thrown(() => teamDayStrip([], { date: '2026-03-30' })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => teamDayStrip([lena, { ...sita, timeZone: 'Mars/Base' }], { date: 'x' })).code).toBe('UNKNOWN_TIME_ZONE');
    expect(thrown(() => teamDayStrip([lena], null as never)).argument).toBe('options');
    expect(thrown(() => teamDayStrip([lena], { date: '30/03/2026' })).argument).toBe('options.date');
    expect(thrown(() => teamDayStrip([lena], { date: '2026-03-30', timeZone: 'Atlantis' })).code).toBe('UNKNOWN_TIME_ZONE');
    expect(thrown(() => teamDayStrip([lena], { date: '2026-03-30', slotMinutes: -1 })).argument).toBe('options.slotMinutes');
    const night = thrown(() => teamDayStrip([lena], { date: '2026-03-30', night: { start: '22:00', end: '22:00' } }));
    expect([night.code, night.argument]).toEqual(['INVALID_OPTION', 'options.night']);
  });

  it('the overlap is findOverlap over the day', () => {
    const team: TeamMember[] = [lena, sita, { id: 'k', timeZone: 'Asia/Kolkata', workHours: { start: '10:30', end: '19:00' } }];
    for (const date of ['2026-03-27', '2026-03-29', '2026-03-30']) {
      const b = dayBounds(date, 'Europe/Berlin');
      expect(teamDayStrip(team, { date, timeZone: 'Europe/Berlin' }).overlap).toEqual(
        findOverlap(team, { from: b.start, to: b.end }),
      );
    }
  });
});
