/**
 * Meeting suggestions ranked by fairness, and recurring series that rotate the burden of
 * early and late slots.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { dailyWindows, memberWindows, type TimeRange } from './availability';
import { overlapLength, subtractIntervals } from './intervals';
import {
  compileTeam,
  numberOption,
  instantOption,
  parseNight,
  parseRange,
  type CompiledMember,
  type InstantInput,
  type NightWindow,
  type TeamMember,
} from './member';
import { DAY_MS, instantToWall, MINUTE_MS, wallString } from './zone';

/** Options shared by {@link suggestMeetings} and {@link suggestSeries}. */
export interface MeetingScoringOptions {
  /** Meeting length in minutes (an integer ≥ 1). */
  durationMinutes: number;
  /**
   * Candidate starts lie on multiples of this many minutes since the epoch (so on :00 and :30
   * UTC by default), plus every member's work-hour start and (work-hour end − duration).
   * @default 30
   */
  stepMinutes?: number;
  /**
   * Weight of a minute outside hours that falls in the member's local night (a minute outside
   * hours in daytime weighs 1).
   * @default 3
   */
  nightWeight?: number;
  /**
   * The local night window.
   * @default { start: '22:00', end: '07:00' }
   */
  night?: NightWindow;
}

/** Options of {@link suggestMeetings}. */
export interface SuggestMeetingsOptions extends TimeRange, MeetingScoringOptions {
  /**
   * How many slots to return at most (they never overlap one another).
   * @default 5
   */
  count?: number;
}

/** One member's view of a suggested slot. */
export interface MeetingMember {
  id: string;
  name?: string;
  timeZone: string;
  /** `'YYYY-MM-DDTHH:mm'` wall clock in the member's zone. */
  localStart: string;
  localEnd: string;
  /** Minutes of the slot outside the member's work hours (weekends and holidays count fully). */
  minutesOutsideHours: number;
  /** Of those, the minutes in the member's local night. */
  minutesAtNight: number;
}

/** A suggested meeting slot. */
export interface MeetingSlot {
  /** UTC ISO strings. */
  start: string;
  end: string;
  /**
   * The burden of the slot, lower is better, 0 when everyone is inside hours:
   * Σ over members of `minutesOutsideHours + (nightWeight − 1) · minutesAtNight`.
   */
  score: number;
  /** True when every member is inside work hours for the whole slot. */
  allInside: boolean;
  /** Ids of members with any minute outside hours, in input order. */
  outsideHours: string[];
  members: MeetingMember[];
}

/** Options of {@link suggestSeries}. */
export interface SuggestSeriesOptions extends MeetingScoringOptions {
  /** Start of the first occurrence's window. */
  from: TimeRange['from'];
  /** Number of meetings in the series (an integer ≥ 1). */
  occurrences: number;
  /**
   * Days between the starts of consecutive occurrence windows.
   * @default 7
   */
  everyDays?: number;
  /**
   * Length of each occurrence's window, in hours: occurrence k starts within
   * `[from + k·everyDays days, that + windowHours)` and ends inside it.
   * @default 24
   */
  windowHours?: number;
}

/** One member's share of a series' burden. */
export interface SeriesBurden {
  id: string;
  minutesOutsideHours: number;
  minutesAtNight: number;
  /** Occurrences in which the member had any minute outside hours. */
  timesOutside: number;
  /** Σ of the member's `minutesOutsideHours + (nightWeight − 1) · minutesAtNight`. */
  penalty: number;
}

/** A recurring series chosen by {@link suggestSeries}. */
export interface MeetingSeries {
  /** One slot per occurrence, in order. */
  occurrences: MeetingSlot[];
  /** Per member, in input order. */
  burden: SeriesBurden[];
  /** Σ of the occurrences' scores. */
  score: number;
  /** True when every occurrence has everyone inside hours. */
  allInside: boolean;
}

/** The scoring options, checked in the order durationMinutes, nightWeight, night. */
interface ScoringOptions {
  durMs: number;
  nightExtra: number;
  night: { startMin: number; endMin: number };
}

interface Scoring {
  team: CompiledMember[];
  durMs: number;
  nightExtra: number;
  /** Per member: work windows, and night windows outside work, flat ms. */
  work: number[][];
  nightOut: number[][];
}

function readScoringOptions(o: Record<string, unknown>): ScoringOptions {
  if (o.durationMinutes === undefined) {
    throw new SextantError('INVALID_OPTION', 'options.durationMinutes is required (the meeting length in minutes)', {
      argument: 'options.durationMinutes',
    });
  }
  const dur = numberOption(o.durationMinutes, 0, 1, 7 * 1440, 'options.durationMinutes', true);
  const nightWeight = numberOption(o.nightWeight, 3, 1, 1e6, 'options.nightWeight');
  const night = parseNight(o.night, 'options.night');
  return { durMs: dur * MINUTE_MS, nightExtra: nightWeight - 1, night };
}

function buildScoring(team: CompiledMember[], opts: ScoringOptions, from: number, to: number): Scoring {
  const work: number[][] = [];
  const nightOut: number[][] = [];
  for (const c of team) {
    const w = memberWindows(c, from, to);
    work.push(w);
    nightOut.push(subtractIntervals(dailyWindows(c.zone, opts.night.startMin, opts.night.endMin, 0x7f, null, from, to), w));
  }
  return { team, durMs: opts.durMs, nightExtra: opts.nightExtra, work, nightOut };
}

function readScoring(team: CompiledMember[], o: Record<string, unknown>, from: number, to: number): Scoring {
  return buildScoring(team, readScoringOptions(o), from, to);
}

/** Sorted, distinct candidate starts s with lo ≤ s and s + dur ≤ hi. */
function candidates(sc: Scoring, stepMs: number, lo: number, hi: number): Float64Array {
  const last = hi - sc.durMs;
  const out: number[] = [];
  if (last < lo) return new Float64Array(0);
  for (let s = Math.ceil(lo / stepMs) * stepMs; s <= last; s += stepMs) out.push(s);
  for (const w of sc.work) {
    for (let i = 0; i < w.length; i += 2) {
      const s = w[i];
      const e = w[i + 1] - sc.durMs;
      if (s >= lo && s <= last) out.push(s);
      if (e >= lo && e <= last) out.push(e);
    }
  }
  const arr = Float64Array.from(out).sort();
  let k = 0;
  for (let i = 0; i < arr.length; i++) if (k === 0 || arr[i] !== arr[k - 1]) arr[k++] = arr[i];
  return arr.subarray(0, k);
}

/** Per-member outside and night minutes of the slot starting at s, into the given arrays (any s). */
function evaluate(sc: Scoring, s: number, outside: Float64Array, atNight: Float64Array): void {
  const e = s + sc.durMs;
  for (let m = 0; m < sc.team.length; m++) {
    outside[m] = (sc.durMs - overlapLength(sc.work[m], s, e)) / MINUTE_MS;
    atNight[m] = overlapLength(sc.nightOut[m], s, e) / MINUTE_MS;
  }
}

/**
 * A member's penalty rate over time as disjoint intervals with a rate relative to the baseline
 * of 1 per minute: work hours −1 (rate 0), night outside hours `nightWeight − 1` (rate
 * `nightWeight`). `cum[k]` = Σ rate × length over the first k intervals, so the penalty of
 * `[s, e)` is `(e − s) + C(e) − C(s)` with C the weighted measure before t.
 */
interface PenaltyCover {
  starts: Float64Array;
  ends: Float64Array;
  rates: Float64Array;
  cum: Float64Array;
}

function toPenaltyCover(work: readonly number[], nightOut: readonly number[], nightExtra: number): PenaltyCover {
  const k = (work.length + nightOut.length) >> 1;
  const starts = new Float64Array(k);
  const ends = new Float64Array(k);
  const rates = new Float64Array(k);
  const cum = new Float64Array(k + 1);
  let i = 0;
  let j = 0;
  for (let q = 0; q < k; q++) {
    // The two lists are disjoint and sorted: merge by start.
    if (j >= nightOut.length || (i < work.length && work[i] < nightOut[j])) {
      starts[q] = work[i];
      ends[q] = work[i + 1];
      rates[q] = -1;
      i += 2;
    } else {
      starts[q] = nightOut[j];
      ends[q] = nightOut[j + 1];
      rates[q] = nightExtra;
      j += 2;
    }
    cum[q + 1] = cum[q] + rates[q] * (ends[q] - starts[q]);
  }
  return { starts, ends, rates, cum };
}

/**
 * Penalties of slots at non-decreasing starts in O(1) amortised per member: each member keeps a
 * pointer for the slot starts and one for the slot ends into its {@link PenaltyCover}.
 */
class SweepEvaluator {
  private readonly covers: PenaltyCover[];
  private readonly ptr: Int32Array;

  constructor(private readonly sc: Scoring) {
    this.covers = sc.work.map((w, m) => toPenaltyCover(w, sc.nightOut[m], sc.nightExtra));
    this.ptr = new Int32Array(sc.team.length * 2);
  }

  private weighted(c: PenaltyCover, t: number, slot: number): number {
    const starts = c.starts;
    let k = this.ptr[slot];
    while (k < starts.length && starts[k] <= t) k++;
    this.ptr[slot] = k;
    if (k === 0) return 0;
    const over = c.ends[k - 1] - t;
    return over > 0 ? c.cum[k] - c.rates[k - 1] * over : c.cum[k];
  }

  /** Each member's penalty (minutes outside hours, night minutes weighted) for the slot at s. */
  at(s: number, penalty: Float64Array): void {
    const dur = this.sc.durMs;
    const e = s + dur;
    for (let m = 0; m < penalty.length; m++) {
      const c = this.covers[m];
      penalty[m] = (dur + this.weighted(c, e, 2 * m + 1) - this.weighted(c, s, 2 * m)) / MINUTE_MS;
    }
  }
}

function slotAt(sc: Scoring, s: number): MeetingSlot {
  const n = sc.team.length;
  const outside = new Float64Array(n);
  const atNight = new Float64Array(n);
  evaluate(sc, s, outside, atNight);
  const e = s + sc.durMs;
  const members: MeetingMember[] = [];
  const outsideHours: string[] = [];
  let score = 0;
  for (let m = 0; m < n; m++) {
    const c = sc.team[m];
    const mm: MeetingMember = {
      id: c.id,
      timeZone: c.timeZone,
      localStart: wallString(instantToWall(c.zone, s)),
      localEnd: wallString(instantToWall(c.zone, e)),
      minutesOutsideHours: outside[m],
      minutesAtNight: atNight[m],
    };
    if (c.name !== undefined) mm.name = c.name;
    members.push(mm);
    if (outside[m] > 0) outsideHours.push(c.id);
    score += outside[m] + sc.nightExtra * atNight[m];
  }
  return {
    start: new Date(s).toISOString(),
    end: new Date(e).toISOString(),
    score,
    allInside: outsideHours.length === 0,
    outsideHours,
    members,
  };
}

/**
 * Meeting slots of `durationMinutes` between `from` and `to`, ranked by fairness, best first.
 * Each slot's `score` is the burden it puts on people: Σ over members of minutes outside their
 * work hours, a minute in their local night (default 22:00–07:00) weighing `nightWeight`
 * (default 3). Ties go to the slot whose worst-off member carries less (the burden spread more
 * evenly), then to the earlier slot. Returned slots never overlap one another. When no slot has
 * everyone inside hours, the best partial options are still returned, with `allInside: false`
 * and the ids of those outside hours in `outsideHours`. No reference library; ranking rule as
 * stated here.
 *
 * @example
 * ```ts
 * import { suggestMeetings } from '@sextant/core';
 * const week = [1, 2, 3, 4, 5];
 * const [best] = suggestMeetings(
 *   [
 *     { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' }, workDays: week },
 *     { id: 'raj', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' }, workDays: week },
 *   ],
 *   { from: '2026-03-30T00:00:00Z', to: '2026-03-31T00:00:00Z', durationMinutes: 60, count: 3 },
 * );
 * // best → { start: '2026-03-30T08:00:00.000Z', end: '2026-03-30T09:00:00.000Z', score: 0, allInside: true,
 * //          outsideHours: [], members: [{ id: 'ana', localStart: '2026-03-30T09:00', … }, { id: 'raj', localStart: '2026-03-30T13:30', … }] }
 * ```
 */
export function suggestMeetings(members: readonly TeamMember[], options: SuggestMeetingsOptions): MeetingSlot[] {
  const o = (options ?? {}) as unknown as Record<string, unknown>;
  const team = compileTeam(members);
  const { from, to } = parseRange(options);
  const sc = readScoring(team, o, from, to);
  const count = numberOption(o.count, 5, 1, 10_000, 'options.count', true);
  const stepMs = numberOption(o.stepMinutes, 30, 1, 1440, 'options.stepMinutes', true) * MINUTE_MS;
  const cand = candidates(sc, stepMs, from, to);
  const nc = cand.length;
  const n = sc.team.length;
  const score = new Float64Array(nc);
  const worst = new Float64Array(nc);
  const penalty = new Float64Array(n);
  const ev = new SweepEvaluator(sc);
  for (let i = 0; i < nc; i++) {
    ev.at(cand[i], penalty);
    let sum = 0;
    let max = 0;
    for (let m = 0; m < n; m++) {
      const p = penalty[m];
      sum += p;
      if (p > max) max = p;
    }
    score[i] = sum;
    worst[i] = max;
  }
  const order = new Uint32Array(nc);
  for (let i = 0; i < nc; i++) order[i] = i;
  order.sort((a, b) => score[a] - score[b] || worst[a] - worst[b] || cand[a] - cand[b]);
  const chosen: number[] = [];
  for (let k = 0; k < nc && chosen.length < count; k++) {
    const s = cand[order[k]];
    let free = true;
    for (const c of chosen) {
      if (s < c + sc.durMs && c < s + sc.durMs) {
        free = false;
        break;
      }
    }
    if (free) chosen.push(s);
  }
  return chosen.map((s) => slotAt(sc, s));
}

/** Options of {@link evaluateMeeting}. */
export interface EvaluateMeetingOptions extends Omit<MeetingScoringOptions, 'stepMinutes'> {
  /** The meeting's start: an ISO-8601 instant with `Z` or an offset, epoch ms, or a `Date` (any second). */
  start: InstantInput;
}

/**
 * Score one given meeting `[start, start + durationMinutes)` for everyone: the same slot, with
 * the same `score`, `allInside`, `outsideHours` and per-member minutes, that
 * {@link suggestMeetings} gives when it suggests that start (its scoring code, for one
 * candidate). For showing a time a person picked beside the suggestions. The start need not lie
 * on a whole minute; minutes are then fractional. No reference library; scoring as stated at
 * {@link suggestMeetings}.
 *
 * @example
 * ```ts
 * import { evaluateMeeting } from '@sextant/core';
 * const slot = evaluateMeeting(
 *   [
 *     { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } },
 *     { id: 'raj', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: { start: '10:00', end: '18:30' } },
 *   ],
 *   { start: '2026-03-30T12:30:00Z', durationMinutes: 60 },
 * );
 * // slot → { start: '2026-03-30T12:30:00.000Z', end: '2026-03-30T13:30:00.000Z', score: 30, allInside: false, outsideHours: ['raj'],
 * //     members: [{ id: 'ana', localStart: '2026-03-30T13:30', minutesOutsideHours: 0, … },
 * //               { id: 'raj', localStart: '2026-03-30T18:00', localEnd: '2026-03-30T19:00', minutesOutsideHours: 30, minutesAtNight: 0, … }] }
 * ```
 */
export function evaluateMeeting(members: readonly TeamMember[], options: EvaluateMeetingOptions): MeetingSlot {
  const team = compileTeam(members);
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object with start and durationMinutes; got ${show(options)}`, {
      argument: 'options',
    });
  }
  const o = options as unknown as Record<string, unknown>;
  const start = instantOption(o.start, 'options.start');
  const opts = readScoringOptions(o);
  const sc = buildScoring(team, opts, start, start + opts.durMs);
  return slotAt(sc, start);
}

/**
 * A recurring meeting (`occurrences` meetings, one in each window of `windowHours` starting
 * every `everyDays` days from `from`) that rotates the burden: occurrence by occurrence it picks
 * the slot that keeps the members' cumulative burdens (minutes outside hours, night minutes
 * weighted by `nightWeight`) lowest in the sum of squares, so once someone has taken an early or
 * late slot, the next awkward slot goes to someone else. A slot with everyone inside hours is
 * always preferred. Ties go to the lower slot score, then the earlier slot. No reference library;
 * the rule is as stated here (a greedy minimum of Σ burden²).
 *
 * @example
 * ```ts
 * import { suggestSeries } from '@sextant/core';
 * const week = [1, 2, 3, 4, 5];
 * const series = suggestSeries(
 *   [
 *     { id: 'van', name: 'Vic', timeZone: 'America/Vancouver', workHours: { start: '09:00', end: '17:00' }, workDays: week },
 *     { id: 'blr', name: 'Raj', timeZone: 'Asia/Kolkata', workHours: { start: '09:00', end: '17:00' }, workDays: week },
 *   ],
 *   { from: '2026-04-07T00:00:00Z', occurrences: 4, durationMinutes: 60 },
 * );
 * // Vancouver and Kolkata never overlap. Occurrences 1 and 3 put Vic alone outside hours (20:30 the
 * // evening before, 60 min); 2 and 4 share the load (Vic 08:30, 30 min; Raj 21:00, 60 min):
 * // series.burden → [{ id: 'van', penalty: 180, timesOutside: 4, … }, { id: 'blr', penalty: 120, timesOutside: 2, … }]
 * // (repeating the single best slot would give Vic 240 and Raj 0).
 * ```
 */
export function suggestSeries(members: readonly TeamMember[], options: SuggestSeriesOptions): MeetingSeries {
  const o = (options ?? {}) as unknown as Record<string, unknown>;
  const team = compileTeam(members);
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', 'options must be an object with from, occurrences and durationMinutes', {
      argument: 'options',
    });
  }
  const from = instantOption(o.from, 'options.from');
  if (o.occurrences === undefined) {
    throw new SextantError('INVALID_OPTION', 'options.occurrences is required (the number of meetings)', {
      argument: 'options.occurrences',
    });
  }
  const occurrences = numberOption(o.occurrences, 1, 1, 1000, 'options.occurrences', true);
  const everyMs = numberOption(o.everyDays, 7, 1, 366, 'options.everyDays', true) * DAY_MS;
  const windowMs = numberOption(o.windowHours, 24, 1, 24 * 366, 'options.windowHours') * 3_600_000;
  if (windowMs > everyMs) {
    throw new SextantError(
      'INVALID_OPTION',
      'options.windowHours must not exceed options.everyDays × 24 (windows would overlap)',
      {
        argument: 'options.windowHours',
        value: o.windowHours,
      },
    );
  }
  const to = from + (occurrences - 1) * everyMs + windowMs;
  instantOption(to, 'the end of the last occurrence window');
  const sc = readScoring(team, o, from, to);
  const stepMs = numberOption(o.stepMinutes, 30, 1, 1440, 'options.stepMinutes', true) * MINUTE_MS;
  const n = sc.team.length;
  const burden = new Float64Array(n);
  const penalty = new Float64Array(n);
  const slots: MeetingSlot[] = [];
  const totals = sc.team.map((c) => ({ id: c.id, minutesOutsideHours: 0, minutesAtNight: 0, timesOutside: 0, penalty: 0 }));
  const ev = new SweepEvaluator(sc);
  for (let k = 0; k < occurrences; k++) {
    const w0 = from + k * everyMs;
    const cand = candidates(sc, stepMs, w0, w0 + windowMs);
    let best = -1;
    let bestCost = Infinity;
    let bestScore = Infinity;
    for (let i = 0; i < cand.length; i++) {
      ev.at(cand[i], penalty);
      let cost = 0;
      let score = 0;
      for (let m = 0; m < n; m++) {
        const p = penalty[m];
        cost += (burden[m] + p) * (burden[m] + p);
        score += p;
      }
      if (cost < bestCost || (cost === bestCost && score < bestScore)) {
        best = i;
        bestCost = cost;
        bestScore = score;
      }
    }
    if (best < 0) continue;
    const slot = slotAt(sc, cand[best]);
    slots.push(slot);
    for (let m = 0; m < n; m++) {
      const mm = slot.members[m];
      const p = mm.minutesOutsideHours + sc.nightExtra * mm.minutesAtNight;
      burden[m] += p;
      totals[m].minutesOutsideHours += mm.minutesOutsideHours;
      totals[m].minutesAtNight += mm.minutesAtNight;
      totals[m].penalty += p;
      if (mm.minutesOutsideHours > 0) totals[m].timesOutside++;
    }
  }
  let score = 0;
  for (const s of slots) score += s.score;
  return { occurrences: slots, burden: totals, score, allInside: slots.every((s) => s.allInside) };
}
