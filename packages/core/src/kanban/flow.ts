import { SextantError } from '../errors';
import { MAX_INSTANT_MS, daysFromCivil, isoInstantToEpoch, parseInstant, utcDateString, utcDayStart } from '../internal/instant';
import { show } from '../internal/validate';
import { quantile } from '../metrics';
import { forecastCompletion, type CompletionForecast } from './forecast';
import { isPlainObject } from './check';
import type { CardType, KanbanBoard } from './types';

const DAY = 86_400_000;
/** Longest period `flowMetrics` accepts: a daily series of a century is already more than any chart shows. */
const MAX_DAYS = 36_600;

/** `{ count, mean, p50, p85, p95 }` in days; `null`s when no card finished in the period. */
export interface FlowTimeStats {
  count: number;
  mean: number | null;
  p50: number | null;
  p85: number | null;
  p95: number | null;
}

/** A card that finished in the period (what a cycle-time scatter plots). */
export interface FinishedCard {
  cardId: string;
  title: string;
  type: CardType;
  startedAt: string;
  finishedAt: string;
  cycleDays: number;
  leadDays: number;
}

/** A started, unfinished card at `now`. */
export interface AgeingCard {
  cardId: string;
  title: string;
  type: CardType;
  columnId: string;
  startedAt: string;
  /** `now` − the card's start, in days (WIP age). */
  ageDays: number;
}

/** Mean time cards spent in a column, over the stays that ended (the card left) in the period. */
export interface ColumnTime {
  columnId: string;
  meanDays: number | null;
  count: number;
}

/** Result of {@link flowMetrics}. Every time is in (fractional) days; dates are UTC `YYYY-MM-DD`. */
export interface FlowMetrics {
  cycleTime: FlowTimeStats;
  leadTime: FlowTimeStats;
  /** Cards finished per ISO week (Monday, UTC), every week that meets the period, empty weeks included. */
  throughput: { weekStart: string; count: number }[];
  /** Cards finished per UTC date of the period (the history the forecast samples). */
  dailyThroughput: { date: string; count: number }[];
  /** Cards started and not finished at the end of each UTC date of the period. */
  wip: { date: string; count: number }[];
  /** Cards in each column at the end of each UTC date; `counts` is a null-prototype object keyed by column id. */
  cumulativeFlow: { date: string; counts: Record<string, number> }[];
  /** Started, unfinished cards at `now`, oldest first. */
  ageing: AgeingCard[];
  /** The in-progress column (from `start` up to, not including, `done`) with the largest mean stay, or null when no card left one. */
  bottleneck: { columnId: string; meanDays: number; count: number } | null;
  /** Mean stay of every column, in column order. */
  timeInColumn: ColumnTime[];
  /** Cards finished in the period, in finishing order. */
  finished: FinishedCard[];
  /** Present when `options.forecast` asked for it. */
  forecast: CompletionForecast | null;
  /** The resolved period and columns. */
  period: { from: string; to: string; now: string; start: string; done: string };
}

/** Options of {@link flowMetrics}. */
export interface FlowMetricsOptions {
  /** Column where work starts. @default the board's `flow.start`, else the first column */
  start?: string;
  /** Column where work is done. @default the board's `flow.done`, else the last column */
  done?: string;
  /** Start of the period (inclusive). @default 00:00 UTC of the date of the board's first event */
  from?: string | number;
  /** End of the period (exclusive). @default `now` */
  to?: string | number;
  /** The present, for ageing and the forecast. Required: nothing here reads the clock. */
  now: string | number;
  /** Forecast when `items` more cards will be done, by sampling the period's daily throughput. */
  forecast?: { items: number; seed?: number; trials?: number };
}

/**
 * Epoch ms of an event time. Boards store `YYYY-MM-DDTHH:MM:SS.sssZ` (toISOString's form);
 * reading that by character codes is ~20× faster than the general ISO parser, which takes
 * anything else.
 */
export function eventTime(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 || s.charCodeAt(10) !== 84) return isoInstantToEpoch(s);
  const d = (i: number) => s.charCodeAt(i) - 48;
  const y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const mo = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  const h = d(11) * 10 + d(12);
  const mi = d(14) * 10 + d(15);
  const sec = d(17) * 10 + d(18);
  const ms = d(20) * 100 + d(21) * 10 + d(22);
  const dim =
    mo === 2
      ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
        ? 29
        : 28
      : mo === 4 || mo === 6 || mo === 9 || mo === 11
        ? 30
        : 31;
  const ok =
    y >= 0 &&
    y <= 9999 &&
    mo >= 1 &&
    mo <= 12 &&
    day >= 1 &&
    day <= dim &&
    h >= 0 &&
    h <= 23 &&
    mi >= 0 &&
    mi <= 59 &&
    sec >= 0 &&
    sec <= 59 &&
    ms >= 0 &&
    ms <= 999;
  if (
    !ok ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 46
  ) {
    return isoInstantToEpoch(s);
  }
  return daysFromCivil(y, mo, day) * DAY + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

function opt(name: string, message: string): SextantError {
  return new SextantError('INVALID_OPTION', `options.${name} ${message}`, { argument: `options.${name}` });
}

function stats(values: number[]): FlowTimeStats {
  const n = values.length;
  if (n === 0) return { count: 0, mean: null, p50: null, p85: null, p95: null };
  let sum = 0;
  for (const v of values) sum += v;
  const [p50, p85, p95] = quantile(values, [0.5, 0.85, 0.95]);
  return { count: n, mean: sum / n, p50, p85, p95 };
}

/**
 * Flow metrics of a board from its events alone (API.md, "kanban"): cycle and lead time,
 * weekly throughput, daily WIP, cumulative flow, ageing WIP and the bottleneck column, plus
 * the finished cards, the mean stay per column and, when asked, a Monte Carlo forecast.
 *
 * A card's start is its first entry into `start` or any column after it; its finish, its
 * first entry into `done` or after (moving back does not undo either). Cycle time = finish
 * − start, lead time = finish − `createdAt`, both over cards finished in `[from, to)`, their
 * percentiles as `quantile` (NumPy linear). State "at the end of a date" is the state after
 * every event before the next 00:00 UTC. A removed card leaves WIP and the columns when it
 * is removed. Ageing is WIP age as in ActionableAgile (`now` − start), over events up to
 * `now`. The bottleneck is the column between `start` and `done` with the largest mean stay,
 * over stays that ended by a move in the period; backlog waiting and done columns are left
 * out (all columns are in `timeInColumn`).
 *
 * @throws SextantError `INVALID_OPTION` (unknown or misordered `start`/`done`, a bad instant,
 *   a bad forecast option), `INVALID_INTERVAL` (`from` ≥ `to`, or more than 36,600 days),
 *   `INVALID_STATE` (a board whose events are not a board's), `UNDEFINED_METRIC` (a forecast
 *   from a period in which nothing finished).
 * @example
 * ```ts
 * import { createBoard, flowMetrics, moveCard } from '@sextant/core';
 * let board = createBoard({
 *   columns: [{ id: 'todo', title: 'To do' }, { id: 'doing', title: 'Doing' }, { id: 'done', title: 'Done' }],
 *   cards: [{ id: 'a', title: 'Tune LR', type: 'experiment', columnId: 'todo', createdAt: '2026-03-02T00:00:00Z' }],
 * });
 * board = moveCard(board, { cardId: 'a', toColumnId: 'doing', at: '2026-03-03T00:00:00Z' }).board;
 * board = moveCard(board, { cardId: 'a', toColumnId: 'done', at: '2026-03-05T12:00:00Z' }).board;
 * const m = flowMetrics(board, { start: 'doing', now: '2026-03-09T00:00:00Z' });
 * m.cycleTime; // → { count: 1, mean: 2.5, p50: 2.5, p85: 2.5, p95: 2.5 }
 * m.leadTime.mean; // → 3.5
 * m.throughput; // → [{ weekStart: '2026-03-02', count: 1 }]
 * m.wip.map((d) => d.count); // → [0, 1, 1, 0, 0, 0, 0]
 * m.bottleneck; // → { columnId: 'doing', meanDays: 2.5, count: 1 }
 * ```
 */
export function flowMetrics(board: KanbanBoard, options: FlowMetricsOptions): FlowMetrics {
  if (!isPlainObject(board) || !Array.isArray(board.columns) || !Array.isArray(board.events) || board.columns.length === 0) {
    throw new SextantError('INVALID_STATE', 'board is not a board made by createBoard or boardFromJSON', { argument: 'board' });
  }
  if (!isPlainObject(options))
    throw new SextantError('INVALID_OPTION', `options must be an object with now; got ${show(options)}`, { argument: 'options' });
  const columns = board.columns;
  const nCols = columns.length;
  const colIndex = new Map<string, number>();
  for (let i = 0; i < nCols; i++) colIndex.set(columns[i].id, i);
  const pick = (v: unknown, name: 'start' | 'done', fallback: string): number => {
    const id = v === undefined ? fallback : v;
    if (typeof id !== 'string' || !colIndex.has(id)) throw opt(name, `must be a column of the board; got ${show(id)}`);
    return colIndex.get(id) as number;
  };
  const startIdx = pick(options.start, 'start', board.flow?.start ?? columns[0].id);
  const doneIdx = pick(options.done, 'done', board.flow?.done ?? columns[nCols - 1].id);
  if (startIdx >= doneIdx) throw opt('start', `(${columns[startIdx].id}) must come before options.done (${columns[doneIdx].id})`);
  const now = parseInstant(options.now, 'options.now', { code: 'INVALID_OPTION' });
  const to = options.to === undefined ? now : parseInstant(options.to, 'options.to', { code: 'INVALID_OPTION' });
  const events = board.events;
  const nEv = events.length;
  const at = new Float64Array(nEv);
  for (let i = 0; i < nEv; i++) {
    const e = events[i];
    const t = e !== null && typeof e === 'object' && typeof e.at === 'string' ? eventTime(e.at) : NaN;
    if (Number.isNaN(t) || (i > 0 && t < at[i - 1])) {
      throw new SextantError('INVALID_STATE', `board.events[${i}].at is not an instant in time order`, {
        argument: 'board',
        index: i,
      });
    }
    at[i] = t;
  }
  const from =
    options.from === undefined
      ? utcDayStart(nEv > 0 ? Math.min(at[0], to - 1) : to - 1)
      : parseInstant(options.from, 'options.from', { code: 'INVALID_OPTION' });
  if (!(from < to)) {
    throw new SextantError(
      'INVALID_INTERVAL',
      `options.from (${new Date(from).toISOString()}) must be before options.to (${new Date(to).toISOString()})`,
      {
        argument: 'options.from',
      },
    );
  }
  const day0 = utcDayStart(from);
  // Dates and ISO week starts are written as strings: the Monday of the first week must be
  // an instant Date can write (a raw RangeError otherwise).
  const firstMonday = (Math.floor(day0 / DAY) - ((((Math.floor(day0 / DAY) + 3) % 7) + 7) % 7)) * DAY;
  if (firstMonday < -MAX_INSTANT_MS) {
    const name = options.from !== undefined ? 'from' : options.to !== undefined ? 'to' : 'now';
    throw new SextantError(
      'INVALID_OPTION',
      `options.${name}: the period starts in the first week of Date's range, whose Monday Date cannot write; start it later`,
      { argument: `options.${name}` },
    );
  }
  const nDays = Math.floor((to - 1 - day0) / DAY) + 1;
  if (nDays > MAX_DAYS) {
    throw new SextantError(
      'INVALID_INTERVAL',
      `options.from … options.to spans ${nDays} days; at most ${MAX_DAYS} are accepted`,
      { argument: 'options.to' },
    );
  }

  // Per work item (a card id re-added after removal is a new item), in typed arrays.
  const slotOf = new Map<string, number>();
  let n = 0;
  let cap = 64;
  let created = new Float64Array(cap);
  let started = new Float64Array(cap);
  let finished = new Float64Array(cap);
  let gone = new Float64Array(cap); // removal time, +∞ while on the board
  let col = new Int32Array(cap);
  let entered = new Float64Array(cap);
  // Event indices of each item's start and finish, so results reuse the events' ISO strings.
  let startEv = new Int32Array(cap);
  let finishEv = new Int32Array(cap);
  const ids: string[] = [];
  const titles: string[] = [];
  const types: CardType[] = [];
  const grow = () => {
    cap *= 2;
    const g = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    created = g(created);
    started = g(started);
    finished = g(finished);
    gone = g(gone);
    entered = g(entered);
    const gi = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    col = gi(col);
    startEv = gi(startEv);
    finishEv = gi(finishEv);
  };
  // Stays, for cumulative flow: per column a difference array over dates.
  const cfd = new Int32Array(nCols * (nDays + 1));
  const wipDiff = new Int32Array(nDays + 1);
  const stayDays = new Float64Array(nCols);
  const stayCount = new Int32Array(nCols);
  const dayEndIndexAbove = (t: number) => Math.floor((t - day0) / DAY); // first date whose end is after t
  const dayEndIndexAtOrBelow = (t: number) => Math.floor((t - day0) / DAY) - 1; // last date whose end is ≤ t
  const addRange = (diff: Int32Array, offset: number, a: number, b: number) => {
    // Count the dates k whose end instant e_k satisfies a < e_k ≤ b.
    const lo = Math.max(0, dayEndIndexAbove(a));
    const hi = b === Infinity ? nDays - 1 : Math.min(nDays - 1, dayEndIndexAtOrBelow(b));
    if (lo > hi) return;
    diff[offset + lo]++;
    diff[offset + hi + 1]--;
  };
  const leave = (s: number, t: number) => addRange(cfd, col[s] * (nDays + 1), entered[s], t);

  let ageing: AgeingCard[] | null = null;
  const snapshotAgeing = () => {
    ageing = [];
    for (let s = 0; s < n; s++) {
      if (Number.isNaN(started[s]) || !Number.isNaN(finished[s]) || gone[s] !== Infinity) continue;
      ageing.push({
        cardId: ids[s],
        title: titles[s],
        type: types[s],
        columnId: columns[col[s]].id,
        startedAt: events[startEv[s]].at,
        ageDays: (now - started[s]) / DAY,
      });
    }
    ageing.sort((a, b) => b.ageDays - a.ageDays || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  };
  const bad = (i: number, what: string): never => {
    throw new SextantError('INVALID_STATE', `board.events[${i}] ${what}`, { argument: 'board', index: i });
  };
  const enter = (s: number, c: number, t: number, i: number) => {
    col[s] = c;
    entered[s] = t;
    if (c >= startIdx && Number.isNaN(started[s])) {
      started[s] = t;
      startEv[s] = i;
    }
    if (c >= doneIdx && Number.isNaN(finished[s])) {
      finished[s] = t;
      finishEv[s] = i;
    }
  };

  for (let i = 0; i < nEv; i++) {
    const e = events[i];
    const t = at[i];
    if (ageing === null && t > now) snapshotAgeing();
    if (e.type === 'add') {
      const c = colIndex.get(e.to);
      if (c === undefined || e.card === null || typeof e.card !== 'object') return bad(i, 'adds a card to an unknown column');
      const prev = slotOf.get(e.cardId);
      if (prev !== undefined && gone[prev] === Infinity) return bad(i, 'adds a card that is already on the board');
      if (n === cap) grow();
      const s = n++;
      slotOf.set(e.cardId, s);
      ids.push(e.cardId);
      titles.push(e.card.title);
      types.push(e.card.type);
      const c0 = typeof e.card.createdAt === 'string' ? eventTime(e.card.createdAt) : NaN;
      created[s] = Number.isNaN(c0) ? t : c0;
      started[s] = NaN;
      finished[s] = NaN;
      gone[s] = Infinity;
      enter(s, c, t, i);
    } else {
      const s = slotOf.get(e.cardId);
      if (s === undefined || gone[s] !== Infinity) return bad(i, 'names a card that is not on the board');
      if (e.type === 'move') {
        const c = colIndex.get(e.to);
        if (c === undefined) return bad(i, 'moves a card to an unknown column');
        leave(s, t);
        if (t >= from && t < to && c !== col[s]) {
          stayDays[col[s]] += (t - entered[s]) / DAY;
          stayCount[col[s]]++;
        }
        enter(s, c, t, i);
      } else if (e.type === 'remove') {
        leave(s, t);
        gone[s] = t;
      } else if (e.type === 'update' && isPlainObject(e.after)) {
        if (typeof e.after.title === 'string') titles[s] = e.after.title;
        if (typeof e.after.type === 'string') types[s] = e.after.type as CardType;
      }
    }
  }
  if (ageing === null) snapshotAgeing();
  const cycle: number[] = [];
  const lead: number[] = [];
  const finishedCards: FinishedCard[] = [];
  const perDay = new Int32Array(nDays);
  for (let s = 0; s < n; s++) {
    if (gone[s] === Infinity) addRange(cfd, col[s] * (nDays + 1), entered[s], Infinity);
    if (Number.isNaN(started[s])) continue;
    const end = Math.min(Number.isNaN(finished[s]) ? Infinity : finished[s], gone[s]);
    addRange(wipDiff, 0, started[s], end);
    const f = finished[s];
    if (!Number.isNaN(f) && f >= from && f < to) {
      const c = (f - started[s]) / DAY;
      const l = (f - created[s]) / DAY;
      cycle.push(c);
      lead.push(l);
      perDay[Math.floor((f - day0) / DAY)]++;
      finishedCards.push({
        cardId: ids[s],
        title: titles[s],
        type: types[s],
        startedAt: events[startEv[s]].at,
        finishedAt: events[finishEv[s]].at,
        cycleDays: c,
        leadDays: l,
      });
    }
  }
  finishedCards.sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));

  const dates: string[] = [];
  for (let k = 0; k < nDays; k++) dates.push(utcDateString(day0 + k * DAY));
  const wip: { date: string; count: number }[] = [];
  let running = 0;
  for (let k = 0; k < nDays; k++) {
    running += wipDiff[k];
    wip.push({ date: dates[k], count: running });
  }
  const cumulativeFlow: { date: string; counts: Record<string, number> }[] = [];
  const runningCol = new Int32Array(nCols);
  for (let k = 0; k < nDays; k++) {
    const counts = Object.create(null) as Record<string, number>;
    for (let c = 0; c < nCols; c++) {
      runningCol[c] += cfd[c * (nDays + 1) + k];
      counts[columns[c].id] = runningCol[c];
    }
    cumulativeFlow.push({ date: dates[k], counts });
  }
  const dailyThroughput = dates.map((date, k) => ({ date, count: perDay[k] }));

  // ISO weeks (Monday, UTC) that meet [from, to). 1970-01-01 was a Thursday.
  const firstDay = Math.floor(day0 / DAY);
  const mondayOf = (d: number) => d - ((((d + 3) % 7) + 7) % 7);
  const week0 = mondayOf(firstDay);
  const nWeeks = Math.floor((firstDay + nDays - 1 - week0) / 7) + 1;
  const weekly = new Int32Array(nWeeks);
  for (let k = 0; k < nDays; k++) weekly[Math.floor((firstDay + k - week0) / 7)] += perDay[k];
  const throughput = Array.from(weekly, (count, w) => ({ weekStart: utcDateString((week0 + 7 * w) * DAY), count }));

  const timeInColumn: ColumnTime[] = columns.map((c, i) => ({
    columnId: c.id,
    meanDays: stayCount[i] === 0 ? null : stayDays[i] / stayCount[i],
    count: stayCount[i],
  }));
  let bottleneck: FlowMetrics['bottleneck'] = null;
  for (let c = startIdx; c < doneIdx; c++) {
    const m = timeInColumn[c].meanDays;
    if (m !== null && (bottleneck === null || m > bottleneck.meanDays))
      bottleneck = { columnId: columns[c].id, meanDays: m, count: stayCount[c] };
  }

  let forecast: CompletionForecast | null = null;
  if (options.forecast !== undefined) {
    const fo = options.forecast;
    if (!isPlainObject(fo)) throw opt('forecast', `must be an object { items, seed?, trials? }; got ${show(fo)}`);
    forecast = forecastCompletion(perDay, {
      items: fo.items,
      seed: fo.seed,
      trials: fo.trials,
      now,
      argument: 'options.forecast',
    });
  }

  return {
    cycleTime: stats(cycle),
    leadTime: stats(lead),
    throughput,
    dailyThroughput,
    wip,
    cumulativeFlow,
    ageing: ageing as unknown as AgeingCard[],
    bottleneck,
    timeInColumn,
    finished: finishedCards,
    forecast,
    period: {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      now: new Date(now).toISOString(),
      start: columns[startIdx].id,
      done: columns[doneIdx].id,
    },
  };
}
