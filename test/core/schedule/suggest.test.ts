import { availability, evaluateMeeting, suggestMeetings, suggestSeries, type TeamMember } from '@sextant/core';
import { describe, expect, it } from 'vitest';

const week = [1, 2, 3, 4, 5];
const lisbon: TeamMember = {
  id: 'ana',
  name: 'Ana',
  timeZone: 'Europe/Lisbon',
  workHours: { start: '09:00', end: '17:00' },
  workDays: week,
};
const kolkata: TeamMember = {
  id: 'raj',
  name: 'Raj',
  timeZone: 'Asia/Kolkata',
  workHours: { start: '10:00', end: '18:30' },
  workDays: week,
};
const vancouver: TeamMember = {
  id: 'van',
  name: 'Vic',
  timeZone: 'America/Vancouver',
  workHours: { start: '09:00', end: '17:00' },
  workDays: week,
};
const kolkata9: TeamMember = {
  id: 'blr',
  name: 'Raj',
  timeZone: 'Asia/Kolkata',
  workHours: { start: '09:00', end: '17:00' },
  workDays: week,
};

/** Minutes of [s, e) inside a member's availability, from availability() itself. */
function insideMinutes(m: TeamMember, s: number, e: number): number {
  let sum = 0;
  for (const iv of availability(m, { from: s, to: e })) sum += Date.parse(iv.end) - Date.parse(iv.start);
  return sum / 60_000;
}

describe('suggestMeetings', () => {
  it('puts slots inside the common hours first', () => {
    // Hand-checked: on Monday 2026-03-30 Lisbon (WEST) works 08:00–16:00Z and Kolkata 04:30–13:00Z,
    // so 08:00–13:00Z is common; the three earliest non-overlapping hours in it score 0.
    const got = suggestMeetings([lisbon, kolkata], {
      from: '2026-03-30T00:00:00Z',
      to: '2026-03-31T00:00:00Z',
      durationMinutes: 60,
      count: 3,
    });
    expect(got.map((s) => [s.start, s.score, s.allInside])).toEqual([
      ['2026-03-30T08:00:00.000Z', 0, true],
      ['2026-03-30T09:00:00.000Z', 0, true],
      ['2026-03-30T10:00:00.000Z', 0, true],
    ]);
    expect(got[0].members).toEqual([
      {
        id: 'ana',
        name: 'Ana',
        timeZone: 'Europe/Lisbon',
        localStart: '2026-03-30T09:00',
        localEnd: '2026-03-30T10:00',
        minutesOutsideHours: 0,
        minutesAtNight: 0,
      },
      {
        id: 'raj',
        name: 'Raj',
        timeZone: 'Asia/Kolkata',
        localStart: '2026-03-30T13:30',
        localEnd: '2026-03-30T14:30',
        minutesOutsideHours: 0,
        minutesAtNight: 0,
      },
    ]);
    expect(got[0].outsideHours).toEqual([]);
  });

  it('returns the best partial options when no hour is common, with allInside false', () => {
    // Vancouver (PDT) 16:00–24:00Z and Kolkata 03:30–11:30Z never meet.
    const opts = { from: '2026-04-07T00:00:00Z', to: '2026-04-08T00:00:00Z', durationMinutes: 60, count: 4 };
    const got = suggestMeetings([vancouver, kolkata9], opts);
    expect(got).toHaveLength(4);
    for (const s of got) {
      expect(s.allInside).toBe(false);
      expect(s.outsideHours.length).toBeGreaterThan(0);
    }
    // Hand-checked best: 03:30Z = Vancouver 20:30 Monday (60 min outside, before 22:00 so not night),
    // Kolkata 09:00 (inside). Score 60.
    expect(got[0]).toMatchObject({ start: '2026-04-07T03:30:00.000Z', score: 60, outsideHours: ['van'] });
    for (let i = 1; i < got.length; i++) expect(got[i].score).toBeGreaterThanOrEqual(got[i - 1].score);
  });

  it('weighs night minutes by nightWeight', () => {
    // 16:00–17:00Z on Tuesday 2026-04-07: Vancouver 09:00 (inside); Kolkata 21:30–22:30 (60 outside, 30 of them after 22:00).
    const one = (nightWeight: number) =>
      suggestMeetings([vancouver, kolkata9], {
        from: '2026-04-07T16:00:00Z',
        to: '2026-04-07T17:00:00Z',
        durationMinutes: 60,
        nightWeight,
      })[0];
    expect(one(3)).toMatchObject({ score: 60 + 2 * 30 });
    expect(one(1)).toMatchObject({ score: 60 });
    expect(one(3).members[1]).toMatchObject({ minutesOutsideHours: 60, minutesAtNight: 30, localStart: '2026-04-07T21:30' });
  });

  it('agrees with availability() on every slot and never returns overlapping slots', () => {
    const team = [vancouver, kolkata9, lisbon, { ...kolkata, id: 'kat', timeZone: 'Asia/Kathmandu' }];
    const got = suggestMeetings(team, {
      from: '2026-03-25T00:00:00Z',
      to: '2026-04-02T00:00:00Z',
      durationMinutes: 45,
      count: 12,
    });
    expect(got).toHaveLength(12);
    for (const s of got) {
      const a = Date.parse(s.start);
      const b = Date.parse(s.end);
      expect(b - a).toBe(45 * 60_000);
      s.members.forEach((m, i) => expect(m.minutesOutsideHours).toBe(45 - insideMinutes(team[i], a, b)));
    }
    const sorted = got.map((s) => [Date.parse(s.start), Date.parse(s.end)]).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i][0]).toBeGreaterThanOrEqual(sorted[i - 1][1]);
  });

  it('no slot on the 30-minute grid beats the first suggestion', () => {
    const team = [vancouver, kolkata9, lisbon];
    const from = Date.parse('2026-04-06T00:00:00Z');
    const to = Date.parse('2026-04-09T00:00:00Z');
    const [best] = suggestMeetings(team, { from, to, durationMinutes: 60, nightWeight: 1 });
    // With nightWeight 1 the score is plain minutes outside hours, computable from availability().
    for (let s = from; s + 3_600_000 <= to; s += 1_800_000) {
      const score = team.reduce((acc, m) => acc + 60 - insideMinutes(m, s, s + 3_600_000), 0);
      expect(score).toBeGreaterThanOrEqual(best.score);
    }
  });

  it('returns nothing when the range is shorter than the meeting', () => {
    expect(suggestMeetings([lisbon], { from: '2026-03-30T09:00:00Z', to: '2026-03-30T09:30:00Z', durationMinutes: 60 })).toEqual(
      [],
    );
  });
});

describe('suggestSeries', () => {
  const opts = { from: '2026-04-07T00:00:00Z', occurrences: 4, durationMinutes: 60 };

  it('rotates the burden instead of leaving it on one person', () => {
    const series = suggestSeries([vancouver, kolkata9], opts);
    // Hand-checked: occurrence 1 (Tue 04-07) 03:30Z puts Vic at 20:30 (60 min out); occurrence 2 (04-14) would
    // give Vic 120 in total if repeated, so it splits: 15:30Z = Vic 08:30 (30 out), Raj 21:00 (60 out).
    expect(series.occurrences.map((o) => o.start)).toEqual([
      '2026-04-07T03:30:00.000Z',
      '2026-04-14T15:30:00.000Z',
      '2026-04-21T03:30:00.000Z',
      '2026-04-28T15:30:00.000Z',
    ]);
    expect(series.burden).toEqual([
      { id: 'van', minutesOutsideHours: 180, minutesAtNight: 0, timesOutside: 4, penalty: 180 },
      { id: 'blr', minutesOutsideHours: 120, minutesAtNight: 0, timesOutside: 2, penalty: 120 },
    ]);
    expect(series.allInside).toBe(false);
    expect(series.score).toBe(300);
    // Repeating the best single slot would leave 240 minutes on Vic and none on Raj.
    const [best] = suggestMeetings([vancouver, kolkata9], {
      from: '2026-04-07T00:00:00Z',
      to: '2026-04-08T00:00:00Z',
      durationMinutes: 60,
    });
    expect(best.members.map((m) => m.minutesOutsideHours * 4)).toEqual([240, 0]);
    expect(Math.max(...series.burden.map((b) => b.penalty))).toBeLessThan(240);
  });

  it('keeps everyone inside hours when it can', () => {
    const series = suggestSeries([lisbon, kolkata], { ...opts, from: '2026-03-30T00:00:00Z', everyDays: 1 });
    expect(series.allInside).toBe(true);
    expect(series.burden.every((b) => b.penalty === 0)).toBe(true);
    expect(series.occurrences).toHaveLength(4);
  });
});

describe('evaluateMeeting', () => {
  it('scores a given start by hand', () => {
    // Hand-checked: 12:30Z on Monday 2026-03-30 is 13:30 in Lisbon (WEST, inside 09–17) and 18:00 in Kolkata
    // (IST, work ends 18:30): Raj is outside for 30 minutes, none at night. Score 30.
    expect(evaluateMeeting([lisbon, kolkata], { start: '2026-03-30T12:30:00Z', durationMinutes: 60 })).toEqual({
      start: '2026-03-30T12:30:00.000Z',
      end: '2026-03-30T13:30:00.000Z',
      score: 30,
      allInside: false,
      outsideHours: ['raj'],
      members: [
        {
          id: 'ana',
          name: 'Ana',
          timeZone: 'Europe/Lisbon',
          localStart: '2026-03-30T13:30',
          localEnd: '2026-03-30T14:30',
          minutesOutsideHours: 0,
          minutesAtNight: 0,
        },
        {
          id: 'raj',
          name: 'Raj',
          timeZone: 'Asia/Kolkata',
          localStart: '2026-03-30T18:00',
          localEnd: '2026-03-30T19:00',
          minutesOutsideHours: 30,
          minutesAtNight: 0,
        },
      ],
    });
  });

  it('takes night and nightWeight like suggestMeetings', () => {
    // 16:00Z on 2026-04-07: Kolkata 21:30–22:30, 30 minutes after 22:00 (see 'weighs night minutes by nightWeight').
    const at = { start: Date.parse('2026-04-07T16:00:00Z'), durationMinutes: 60 };
    expect(evaluateMeeting([vancouver, kolkata9], at).score).toBe(60 + 2 * 30);
    expect(evaluateMeeting([vancouver, kolkata9], { ...at, nightWeight: 5 }).score).toBe(60 + 4 * 30);
    // With the night from 21:00 all 60 minutes are at night.
    const late = evaluateMeeting([vancouver, kolkata9], { ...at, night: { start: '21:00', end: '06:00' } });
    expect(late.members[1]).toMatchObject({ minutesOutsideHours: 60, minutesAtNight: 60 });
    expect(late.score).toBe(60 + 2 * 60);
  });

  it('accepts a start off the minute grid (what suggestMeetings with a one-meeting window could not)', () => {
    // 15:59:30Z on 2026-03-30: Lisbon 16:59:30 WEST, work ends 17:00 → 30 s inside, 29.5 minutes outside.
    const slot = evaluateMeeting([lisbon], { start: '2026-03-30T15:59:30Z', durationMinutes: 30 });
    expect(slot).toMatchObject({ start: '2026-03-30T15:59:30.000Z', end: '2026-03-30T16:29:30.000Z', score: 29.5 });
    expect(slot.members[0]).toMatchObject({ localStart: '2026-03-30T16:59', minutesOutsideHours: 29.5 });
  });

  it('gives the very slots suggestMeetings returns', () => {
    const team = [vancouver, kolkata9, lisbon, { ...kolkata, id: 'kat', timeZone: 'Asia/Kathmandu' }];
    const opts = { durationMinutes: 45, night: { start: '21:00', end: '06:30' }, nightWeight: 2 };
    const got = suggestMeetings(team, { ...opts, from: '2026-03-25T00:00:00Z', to: '2026-04-02T00:00:00Z', count: 12 });
    expect(got).toHaveLength(12);
    for (const s of got) expect(evaluateMeeting(team, { ...opts, start: s.start })).toEqual(s);
  });

  it('refuses members first, then start, then the scoring options', () => {
    expect(() => evaluateMeeting([], { start: 'x', durationMinutes: 0 })).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => evaluateMeeting([lisbon], null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options' }),
    );
    expect(() => evaluateMeeting([lisbon], { start: '2026-03-30T12:30', durationMinutes: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options.start' }),
    );
    expect(() => evaluateMeeting([lisbon], { start: 0 } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options.durationMinutes' }),
    );
    expect(() => evaluateMeeting([lisbon], { start: 0, durationMinutes: 1.5 })).toThrow(
      expect.objectContaining({ argument: 'options.durationMinutes' }),
    );
    expect(() => evaluateMeeting([lisbon], { start: 0, durationMinutes: 30, nightWeight: 0.5 })).toThrow(
      expect.objectContaining({ argument: 'options.nightWeight' }),
    );
    expect(() => evaluateMeeting([lisbon], { start: 0, durationMinutes: 30, night: { start: '25:00', end: '07:00' } })).toThrow(
      expect.objectContaining({ argument: 'options.night' }),
    );
  });
});
