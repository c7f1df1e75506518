/**
 * Property tests on random teams and ranges spanning DST changes, checked against a brute-force
 * minute scan that reads each member's wall clock from Intl (independent of the zone cache in src).
 */
import {
  availability,
  dayBounds,
  dayHours,
  dayStrip,
  evaluateMeeting,
  findOverlap,
  localTimes,
  offsetTransitions,
  suggestMeetings,
  teamDayStrip,
  type TeamMember,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ZONES = [
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'America/St_Johns',
  'Pacific/Chatham',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Pacific/Auckland',
  'America/Santiago',
  'America/Sao_Paulo',
  'Africa/Johannesburg',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Berlin',
  'America/Vancouver',
  'Asia/Tokyo',
] as const;

// Ranges start a few days before DST changes of 2026 in both hemispheres (03-08, 03-29, 04-05,
// 09-06 Santiago, 09-27 Auckland/Chatham, 10-04, 10-25, 11-01).
const BASES = [
  '2026-03-05',
  '2026-03-26',
  '2026-04-02',
  '2026-09-03',
  '2026-09-24',
  '2026-10-01',
  '2026-10-22',
  '2026-10-29',
].map((d) => Date.parse(`${d}T00:00:00Z`));
const MIN = 60_000;
const DAY = 86_400_000;

/*
 * Work-hour boundaries are drawn from 04:00–22:55 so that none lies in a DST gap or fold of these
 * zones (their changes happen between 23:00 and 04:00 local); there the wall-clock definition the
 * oracle uses and Temporal's 'compatible' agree. Gaps and folds are covered by dst.test.ts.
 */
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const boundary = fc.integer({ min: 4 * 12, max: 22 * 12 + 11 }).map((k) => k * 5);

const memberArb = (id: string) =>
  fc
    .record({
      zone: fc.constantFrom(...ZONES),
      start: boundary,
      end: boundary,
      days: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 0 }),
      holidayOffsets: fc.subarray([-1, 0, 1, 2, 3, 4], { maxLength: 2 }),
    })
    .filter((r) => r.start !== r.end)
    .map((r) => ({ ...r, id }));

const teamArb = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`m${i}`))))
  .map((rs) => rs);

const rangeArb = fc
  .record({
    base: fc.constantFrom(...BASES),
    startMin: fc.integer({ min: 0, max: 3 * 1440 }),
    lenMin: fc.integer({ min: 60, max: 4 * 1440 }),
  })
  .map(({ base, startMin, lenMin }) => ({ from: base + startMin * MIN, to: base + (startMin + lenMin) * MIN }));

type Raw = { id: string; zone: string; start: number; end: number; days: number[]; holidayOffsets: number[] };

function toMember(r: Raw, from: number): TeamMember {
  const holidays = r.holidayOffsets.map((k) => new Date(from + k * DAY).toISOString().slice(0, 10));
  return {
    id: r.id,
    name: r.id,
    timeZone: r.zone,
    workHours: { start: hhmm(r.start), end: hhmm(r.end) },
    workDays: r.days,
    holidays,
  };
}

// ---- the oracle: local wall clock per minute from Intl.formatToParts ----
const fmts = new Map<string, Intl.DateTimeFormat>();
const wallCache = new Map<string, [number, number]>();
/** [local day number, local minute of day] of instant t in zone. */
function wall(zone: string, t: number): [number, number] {
  const key = `${zone}|${t}`;
  const hit = wallCache.get(key);
  if (hit) return hit;
  let f = fmts.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fmts.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
  const day = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / DAY;
  const out: [number, number] = [day, Number(p.hour) * 60 + Number(p.minute)];
  wallCache.set(key, out);
  return out;
}

function worksAt(r: Raw, holidays: Set<number>, t: number): boolean {
  const [day, minute] = wall(r.zone, t);
  const worked = (d: number) => r.days.includes((((d + 4) % 7) + 7) % 7) && !holidays.has(d);
  if (r.end > r.start) return worked(day) && minute >= r.start && minute < r.end;
  return (worked(day) && minute >= r.start) || (worked(day - 1) && minute < r.end);
}

function holidaySet(m: TeamMember): Set<number> {
  return new Set((m.holidays ?? []).map((h) => Date.parse(`${h}T00:00:00Z`) / DAY));
}

/** Minute starts covered by a list of intervals. */
function minutesOf(ivs: { start: string; end: string }[]): Set<number> {
  const s = new Set<number>();
  for (const iv of ivs) for (let t = Date.parse(iv.start); t < Date.parse(iv.end); t += MIN) s.add(t);
  return s;
}

describe('schedule properties (brute-force minute scan via Intl)', () => {
  it('availability equals the minute scan of each member', () => {
    fc.assert(
      fc.property(memberArb('a'), rangeArb, (r, { from, to }) => {
        const m = toMember(r, from);
        const hol = holidaySet(m);
        const got = minutesOf(availability(m, { from, to }));
        for (let t = from; t < to; t += MIN)
          expect(got.has(t), `${m.timeZone} ${new Date(t).toISOString()}`).toBe(worksAt(r, hol, t));
      }),
      { numRuns: 60 },
    );
  });

  it('findOverlap (everyone) lies inside every availability and misses no common minute', () => {
    fc.assert(
      fc.property(teamArb, rangeArb, (raws, { from, to }) => {
        const team = raws.map((r) => toMember(r, from));
        const hols = team.map(holidaySet);
        const got = findOverlap(team, { from, to });
        const avail = team.map((m) => availability(m, { from, to }));
        for (const iv of got) {
          expect(iv.attendees).toEqual(team.map((m) => m.id));
          for (const a of avail) {
            expect(a.some((x) => x.start <= iv.start && iv.end <= x.end)).toBe(true);
          }
        }
        const covered = minutesOf(got);
        for (let t = from; t < to; t += MIN) {
          const all = raws.every((r, i) => worksAt(r, hols[i], t));
          expect(covered.has(t), new Date(t).toISOString()).toBe(all);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('findOverlap with a quorum gives maximal constant-set intervals matching the scan', () => {
    fc.assert(
      fc.property(
        teamArb.chain((raws) => fc.tuple(fc.constant(raws), fc.integer({ min: 1, max: raws.length }))),
        rangeArb,
        ([raws, quorum], { from, to }) => {
          const team = raws.map((r) => toMember(r, from));
          const hols = team.map(holidaySet);
          const got = findOverlap(team, { from, to, quorum });
          const at = new Map<number, string[]>();
          for (const iv of got) for (let t = Date.parse(iv.start); t < Date.parse(iv.end); t += MIN) at.set(t, iv.attendees);
          for (let i = 1; i < got.length; i++) {
            if (got[i].start === got[i - 1].end) expect(got[i].attendees).not.toEqual(got[i - 1].attendees);
          }
          for (let t = from; t < to; t += MIN) {
            const set = team.filter((_, i) => worksAt(raws[i], hols[i], t)).map((m) => m.id);
            if (set.length >= quorum) expect(at.get(t), new Date(t).toISOString()).toEqual(set);
            else expect(at.has(t)).toBe(false);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('suggestMeetings reports minutes outside hours and local times the scan agrees with', () => {
    fc.assert(
      fc.property(teamArb, rangeArb, fc.integer({ min: 15, max: 120 }), (raws, { from, to }, durationMinutes) => {
        const team = raws.map((r) => toMember(r, from));
        const hols = team.map(holidaySet);
        const slots = suggestMeetings(team, { from, to, durationMinutes, count: 3, stepMinutes: 15 });
        for (const s of slots) {
          const a = Date.parse(s.start);
          s.members.forEach((mm, i) => {
            let outside = 0;
            for (let t = a; t < a + durationMinutes * MIN; t += MIN) if (!worksAt(raws[i], hols[i], t)) outside++;
            expect(mm.minutesOutsideHours).toBe(outside);
            const [day, minute] = wall(raws[i].zone, a);
            expect(mm.localStart).toBe(`${new Date(day * DAY).toISOString().slice(0, 10)}T${hhmm(minute)}`);
          });
          expect(s.allInside).toBe(s.members.every((mm) => mm.minutesOutsideHours === 0));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('instant → wall clock agrees with Intl every 5 minutes over each DST change of 2026, in every zone', () => {
    for (const zone of ZONES) {
      for (const base of BASES) {
        for (let t = base; t < base + 4 * DAY; t += 5 * MIN) {
          const [got] = localTimes([{ id: 'x', timeZone: zone, workHours: { start: '09:00', end: '17:00' } }], t);
          const [day, minute] = wall(zone, t);
          if (got.offsetMinutes !== day * 1440 + minute - t / MIN)
            expect(`${zone} ${new Date(t).toISOString()} ${got.local}`).toBe('');
        }
      }
    }
  });

  it('localTimes agrees with Intl at any minute', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 400 * 1440 }), (zone, k) => {
        const t = Date.UTC(2025, 11, 1) + k * MIN;
        const [got] = localTimes([{ id: 'x', timeZone: zone, workHours: { start: '09:00', end: '17:00' } }], t);
        const [day, minute] = wall(zone, t);
        expect(got.local).toBe(`${new Date(day * DAY).toISOString().slice(0, 10)}T${hhmm(minute)}`);
        expect(got.offsetMinutes).toBe(day * 1440 + minute - t / MIN);
      }),
      { numRuns: 300 },
    );
  });
});

describe('team day, meeting and clock-change properties', () => {
  // A reference day near one of the DST changes, on any zone's axis, any slot length and any night window
  // (night is classified by the wall clock shown, which is the oracle's rule even inside gaps and folds).
  const dayArb = fc.record({
    base: fc.constantFrom(...BASES),
    offsetDays: fc.integer({ min: 0, max: 4 }),
    zone: fc.constantFrom(...ZONES),
    slotMinutes: fc.constantFrom(15, 25, 30, 45, 60, 90),
    nightStart: fc.integer({ min: 0, max: 1439 }),
    nightLen: fc.integer({ min: 1, max: 1439 }),
  });
  const toDay = (d: { base: number; offsetDays: number; nightStart: number; nightLen: number }) => ({
    date: new Date(d.base + d.offsetDays * DAY).toISOString().slice(0, 10),
    night: { start: hhmm(d.nightStart), end: hhmm((d.nightStart + d.nightLen) % 1440) },
  });

  it('teamDayStrip agrees with dayHours, dayStrip and findOverlap', () => {
    fc.assert(
      fc.property(teamArb, dayArb, (raws, d) => {
        const { date, night } = toDay(d);
        const team = raws.map((r) => toMember(r, Date.parse(`${date}T00:00:00Z`)));
        const opts = { date, timeZone: d.zone, slotMinutes: d.slotMinutes, night };
        const got = teamDayStrip(team, opts);
        expect(got.hours).toEqual(dayHours(date, d.zone, { slotMinutes: d.slotMinutes }));
        const strips = team.map((m) => dayStrip(m, opts));
        got.rows.forEach((row, i) => {
          expect(row).toHaveLength(got.hours.length);
          row.forEach((cell, k) => {
            const { workingRanges, nightRanges, newDay, ...rest } = cell;
            const { start, end, ...want } = strips[i][k];
            expect(rest).toEqual(want);
            const len = (Date.parse(end) - Date.parse(start)) / MIN;
            let sum = 0;
            let last = -1;
            for (const r of workingRanges) {
              expect(r.fromMinute).toBeGreaterThan(last);
              expect(r.toMinute).toBeGreaterThan(r.fromMinute);
              expect(r.toMinute).toBeLessThanOrEqual(len);
              sum += r.toMinute - r.fromMinute;
              last = r.toMinute;
            }
            expect(sum).toBe(cell.workingMinutes);
            for (const n of nightRanges)
              for (const w of workingRanges) expect(n.toMinute <= w.fromMinute || w.toMinute <= n.fromMinute).toBe(true);
            if (newDay) expect(newDay.atMinute).toBeLessThan(len);
          });
        });
        got.available.forEach((a, k) => {
          const len = (Date.parse(got.hours[k].end) - Date.parse(got.hours[k].start)) / MIN;
          const cells = strips.map((s) => s[k]);
          expect(a).toEqual({
            whole: cells.filter((c) => c.workingMinutes === len).length,
            partial: cells.filter((c) => c.workingMinutes > 0 && c.workingMinutes < len).length,
            working: cells.filter((c) => c.status === 'working').length,
          });
        });
        const b = dayBounds(date, d.zone);
        expect(got.overlap).toEqual(findOverlap(team, { from: b.start, to: b.end }));
      }),
      { numRuns: 60 },
    );
  });

  it('teamDayStrip’s working and night ranges and date turns match the minute scan', () => {
    fc.assert(
      fc.property(teamArb, dayArb, (raws, d) => {
        const { date, night } = toDay(d);
        const team = raws.map((r) => toMember(r, Date.parse(`${date}T00:00:00Z`)));
        const hols = team.map(holidaySet);
        const got = teamDayStrip(team, { date, timeZone: d.zone, slotMinutes: d.slotMinutes, night });
        const nEnd = (d.nightStart + d.nightLen) % 1440;
        const inNight = (m: number) => (d.nightStart < nEnd ? m >= d.nightStart && m < nEnd : m >= d.nightStart || m < nEnd);
        const inRanges = (rs: { fromMinute: number; toMinute: number }[], k: number) =>
          rs.some((r) => r.fromMinute <= k && k < r.toMinute);
        got.hours.forEach((h, k) => {
          const s = Date.parse(h.start);
          const len = (Date.parse(h.end) - s) / MIN;
          raws.forEach((r, i) => {
            const cell = got.rows[i][k];
            let turn: number | null = wall(r.zone, s - MIN)[0] !== wall(r.zone, s)[0] ? 0 : null;
            for (let j = 0; j < len; j++) {
              const t = s + j * MIN;
              const works = worksAt(r, hols[i], t);
              const [day, minute] = wall(r.zone, t);
              if (inRanges(cell.workingRanges, j) !== works || inRanges(cell.nightRanges, j) !== (!works && inNight(minute))) {
                expect(`${r.zone} ${new Date(t).toISOString()} works=${works}`).toBe(JSON.stringify(cell));
              }
              if (turn === null && j > 0 && day !== wall(r.zone, t - MIN)[0]) turn = j;
            }
            expect(cell.newDay?.atMinute ?? null).toBe(turn);
          });
        });
      }),
      { numRuns: 25 },
    );
  });

  it('evaluateMeeting gives each slot suggestMeetings returns, at any step', () => {
    fc.assert(
      fc.property(
        teamArb,
        rangeArb,
        fc.integer({ min: 5, max: 180 }),
        fc.constantFrom(1, 7, 15, 30),
        fc.double({ min: 1, max: 6, noNaN: true }),
        (raws, { from, to }, durationMinutes, stepMinutes, nightWeight) => {
          const team = raws.map((r) => toMember(r, from));
          const slots = suggestMeetings(team, { from, to, durationMinutes, stepMinutes, nightWeight, count: 4 });
          for (const s of slots) expect(evaluateMeeting(team, { start: s.start, durationMinutes, nightWeight })).toEqual(s);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('offsetTransitions finds exactly the hours in which Intl’s offset changes', () => {
    const offsetAt = (zone: string, t: number) => {
      const [day, minute] = wall(zone, t);
      return day * 1440 + minute - t / MIN;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.integer({ min: 1, max: 60 * 24 }),
        (zone, startHour, hours) => {
          const from = Date.UTC(2025, 11, 1) + startHour * 3_600_000;
          const to = from + hours * 3_600_000;
          const got = offsetTransitions(zone, { from, to });
          const want: number[] = [];
          for (let t = from; t < to; t += 3_600_000) {
            const next = Math.min(to, t + 3_600_000);
            // Changes fall on whole minutes: one in [t, next) shows between the minutes before t and before next.
            if (offsetAt(zone, t - MIN) !== offsetAt(zone, next - MIN)) want.push(t);
          }
          expect(got.map((g) => Math.floor((Date.parse(g.at) - from) / 3_600_000) * 3_600_000 + from)).toEqual(want);
          for (const g of got) {
            const at = Date.parse(g.at);
            expect([g.offsetBeforeMinutes, g.offsetAfterMinutes]).toEqual([offsetAt(zone, at - MIN), offsetAt(zone, at)]);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
