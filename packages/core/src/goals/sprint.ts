/**
 * Scrum for experiments on the Kanban board's own history (API.md, "governance": sprints
 * and cost): burndown and burnup of a sprint from the board's events — no second record of
 * what was planned or done.
 */
import { SextantError } from '../errors';
import { parseInstant, utcDateString, utcDayStart } from '../internal/instant';
import { show, typeName } from '../internal/validate';
import { isPlainObject } from '../kanban/check';
import { eventTime } from '../kanban/flow';
import type { KanbanBoard } from '../kanban/types';
import { DAY_MS, fail, iso, isRecord, MAX_ITEMS, own, period } from './check';
import type { GoalInstant } from './okr';

/** Longest sprint accepted, in days: a daily series of a century is more than any chart shows. */
const MAX_DAYS = 36_600;
/** Largest estimate accepted: sums of ten million of them stay exact enough and finite. */
const MAX_ESTIMATE = 1e12;

/** Options of {@link sprintBurndown}. */
export interface SprintBurndownOptions {
  /** The sprint, half-open `[from, to)`, instants. */
  sprint: { from: GoalInstant; to: GoalInstant };
  /** The column that means done: a card in it or any column after it is completed. */
  done: string;
  /** Only cards carrying this tag are in the sprint (tags changed by `updateCard` are followed). @default every card on the board */
  tag?: string;
  /** Story points per card id (a `Map` or a plain object); cards without one count 0 points and are listed in `unestimated`. @default no points */
  estimates?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** The present: dates after the one holding `now` are left out of `days`, that date is read at `now`. @default the sprint's end */
  now?: GoalInstant;
}

/** Points at one moment (present when `estimates` was given). */
export interface SprintPoints {
  scope: number;
  completed: number;
  remaining: number;
}

/** The sprint at the end of one UTC date (or at `now` / the sprint's end, when earlier). */
export interface SprintDay {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  /** The instant read: the end of the date, the sprint's end or `now`, whichever is first. */
  at: string;
  /** Cards in the sprint (committed + added − removed). */
  scope: number;
  completed: number;
  /** scope − completed: the burndown. */
  remaining: number;
  /** Cards that joined the sprint after it started, so far (scope change, shown in the burnup). */
  added: number;
  /** Cards that left the sprint (removed, untagged) after it started, so far. */
  removed: number;
  points: SprintPoints | null;
}

/** The ideal burndown at the end of a date: the committed scope, falling linearly in time to 0 at the sprint's end. */
export interface SprintIdeal {
  date: string;
  at: string;
  cards: number;
  points: number | null;
}

/** One card of the sprint. */
export interface SprintCard {
  cardId: string;
  title: string;
  /** In the sprint when it started. */
  committed: boolean;
  /** When it joined the sprint after the start, or null (committed, or never joined). */
  addedAt: string | null;
  /** When it last became completed, if it is completed at the last reading; else null. */
  completedAt: string | null;
  /** In the sprint at the last reading. */
  inScope: boolean;
  points: number | null;
}

/** Result of {@link sprintBurndown}. Plain JSON. */
export interface SprintBurndown {
  sprint: { from: string; to: string };
  done: string;
  tag: string | null;
  /** The scope when the sprint started (cards not already done). */
  committed: { cards: number; points: number | null };
  /** One reading per UTC date from the sprint's start, up to `now`. */
  days: SprintDay[];
  /** One point per UTC date of the whole sprint. */
  ideal: SprintIdeal[];
  /** Every card that was in the sprint at some point, in the order they joined. */
  cards: SprintCard[];
  /** Ids of sprint cards without an estimate (when `estimates` was given). */
  unestimated: string[];
}

function optionError(name: string, message: string, value?: unknown): never {
  return fail('INVALID_OPTION', `options.${name}`, message, value);
}

/**
 * Burndown and burnup of a sprint from a Kanban board's events (API.md: `sprintBurndown`).
 *
 * The sprint's cards are those on the board (carrying `tag`, when given) that are not done
 * when it starts — the committed scope — plus any that join during it: added to the board,
 * tagged, or reopened (moved back out of `done` after being done at the start). A card that
 * joins after the start is a scope change (`added`); one removed or untagged leaves the scope
 * (`removed`). A card is completed while it is in `done` or a column after it, so a card
 * moved back is remaining again (unlike `flowMetrics`' first finish, the burndown shows work
 * left). Each date is read after every event before the next 00:00 UTC (or the sprint's end,
 * or `now`). The ideal line falls linearly in time from the committed scope at the start to 0
 * at the end (calendar time; weekends are not skipped).
 *
 * @throws SextantError `INVALID_STATE` (a board whose events are not a board's),
 *   `INVALID_OPTION` (unknown `done` column, a bad instant, a negative or non-finite estimate,
 *   a bad `tag`), `INVALID_INTERVAL` (sprint `from ≥ to`, or longer than 36,600 days).
 * @example
 * ```ts
 * let board = createBoard({
 *   columns: [{ id: 'todo', title: 'To do' }, { id: 'doing', title: 'Doing' }, { id: 'done', title: 'Done' }],
 *   cards: [
 *     { id: 'a', title: 'Label 2k chargebacks', type: 'data', columnId: 'todo', createdAt: '2026-03-01T00:00:00Z' },
 *     { id: 'b', title: 'Retrain with new labels', type: 'model', columnId: 'todo', createdAt: '2026-03-01T00:00:00Z' },
 *   ],
 * });
 * board = moveCard(board, { cardId: 'a', toColumnId: 'done', at: '2026-03-03T10:00:00Z' }).board;
 * board = addCard(board, { id: 'c', title: 'Hotfix threshold', type: 'incident' }, { at: '2026-03-03T12:00:00Z' }).board;
 * const s = sprintBurndown(board, {
 *   sprint: { from: '2026-03-02T00:00:00Z', to: '2026-03-05T00:00:00Z' },
 *   done: 'done',
 *   estimates: { a: 3, b: 5, c: 1 },
 * });
 * s.committed; // { cards: 2, points: 8 }
 * s.days.map((d) => d.remaining); // [2, 2, 2]
 * s.days.map((d) => d.scope); // [2, 3, 3]
 * s.days[1].points; // { scope: 9, completed: 3, remaining: 6 }
 * s.ideal.map((d) => d.cards); // [2 * 2 / 3, 2 / 3, 0]
 * ```
 */
export function sprintBurndown(board: KanbanBoard, options: SprintBurndownOptions): SprintBurndown {
  if (!isPlainObject(board)) {
    throw new SextantError('INVALID_STATE', `board is not a board made by createBoard or boardFromJSON; got ${typeName(board)}`, {
      argument: 'board',
    });
  }
  for (const field of ['columns', 'events'] as const) {
    const v = board[field] as unknown;
    // Only the length is read here: a made-up or huge length is refused before any event.
    if (!Array.isArray(v) || v.length > MAX_ITEMS || (field === 'columns' && v.length === 0)) {
      throw new SextantError(
        'INVALID_STATE',
        `board.${field} must be ${field === 'columns' ? 'a non-empty' : 'an'} array of at most ${MAX_ITEMS} ${field}; got ${
          Array.isArray(v) ? `${v.length} elements` : typeName(v)
        }`,
        { argument: `board.${field}` },
      );
    }
  }
  if (!isRecord(options)) optionError('', `must be { sprint, done }; got ${show(options)}`);
  const columns = board.columns;
  const colIndex = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as unknown;
    if (!isPlainObject(c) || typeof c.id !== 'string')
      throw new SextantError('INVALID_STATE', `board.columns[${i}] is not a column`, { argument: 'board', index: i });
    colIndex.set(c.id, i);
  }
  const sprint = period(own(options, 'sprint'), 'options.sprint', 'INVALID_OPTION');
  const done = own(options, 'done');
  if (typeof done !== 'string' || !colIndex.has(done))
    optionError('done', `must be a column of the board; got ${show(done)}`, done);
  const doneIdx = colIndex.get(done) as number;
  const tagOpt = own(options, 'tag');
  if (tagOpt !== undefined && (typeof tagOpt !== 'string' || tagOpt.length === 0))
    optionError('tag', `must be a non-empty string; got ${show(tagOpt)}`, tagOpt);
  const tag = tagOpt as string | undefined;
  const nowOpt = own(options, 'now');
  const now = nowOpt === undefined ? sprint.to : parseInstant(nowOpt, 'options.now', { code: 'INVALID_OPTION' });
  const est = own(options, 'estimates');
  let estimateOf: ((id: string) => number | undefined) | null = null;
  if (est !== undefined) {
    if (est instanceof Map) {
      for (const [k, v] of est as Map<unknown, unknown>) checkEstimate(v, `estimates.get(${show(k)})`);
      estimateOf = (id) => (est as Map<string, number>).get(id);
    } else if (isRecord(est)) {
      for (const k of Object.keys(est)) checkEstimate(est[k], `estimates[${show(k)}]`);
      estimateOf = (id) => own(est, id) as number | undefined;
    } else optionError('estimates', `must be a Map or an object of card id → points; got ${show(est)}`, est);
  }
  const from = sprint.from;
  const to = sprint.to;
  const day0 = utcDayStart(from);
  const nDays = Math.floor((to - 1 - day0) / DAY_MS) + 1;
  if (nDays > MAX_DAYS) {
    throw new SextantError('INVALID_INTERVAL', `options.sprint spans ${nDays} days; at most ${MAX_DAYS} are accepted`, {
      argument: 'options.sprint',
    });
  }
  const events = board.events;
  const nEv = events.length;
  let prevT = -Infinity;
  for (let i = 0; i < nEv; i++) {
    const e = events[i] as unknown;
    const t = isPlainObject(e) && typeof e.at === 'string' ? eventTime(e.at) : NaN;
    if (Number.isNaN(t) || t < prevT)
      throw new SextantError('INVALID_STATE', `board.events[${i}].at is not an instant in time order`, {
        argument: 'board',
        index: i,
      });
    prevT = t;
  }

  // Per card slot (a card id re-added after removal keeps its slot: same work item for the sprint).
  const slotOf = new Map<string, number>();
  const ids: string[] = [];
  const titles: string[] = [];
  const onBoard: boolean[] = [];
  const matches: boolean[] = [];
  const col: number[] = [];
  const doneAtStart: boolean[] = [];
  const committed: boolean[] = [];
  const addedAt: (number | null)[] = [];
  const completedAt: (number | null)[] = [];
  const points: number[] = [];
  const joinOrder: number[] = [];
  let started = false;
  const isDone = (s: number) => col[s] >= doneIdx;
  const inScope = (s: number) => onBoard[s] && matches[s] && !(doneAtStart[s] && isDone(s));
  const hasTag = (tags: unknown) => tag === undefined || (Array.isArray(tags) && tags.includes(tag));

  let scope = 0;
  let completed = 0;
  let scopePts = 0;
  let completedPts = 0;
  let added = 0;
  let removed = 0;
  const bad = (i: number, what: string): never => {
    throw new SextantError('INVALID_STATE', `board.events[${i}] ${what}`, { argument: 'board', index: i });
  };

  const startSprint = () => {
    started = true;
    for (let s = 0; s < ids.length; s++) {
      doneAtStart[s] = onBoard[s] && isDone(s);
      if (inScope(s)) {
        committed[s] = true;
        joinOrder.push(s);
        scope++;
        scopePts += points[s];
      }
    }
  };

  const days: SprintDay[] = [];
  const ideal: SprintIdeal[] = [];
  let nextDay = 0;
  // The last date read: the one holding the instant before `now` (none when the sprint has not started by then).
  const lastDay = now <= from ? -1 : Math.min(nDays - 1, Math.floor((Math.min(now, to) - 1 - day0) / DAY_MS));
  const readAt = (k: number) => Math.min(day0 + (k + 1) * DAY_MS, to, now);
  const snapshot = () => {
    const at = readAt(nextDay);
    days.push({
      date: utcDateString(day0 + nextDay * DAY_MS),
      at: iso(at),
      scope,
      completed,
      remaining: scope - completed,
      added,
      removed,
      points: estimateOf === null ? null : { scope: scopePts, completed: completedPts, remaining: scopePts - completedPts },
    });
    nextDay++;
  };

  let commitCards = 0;
  let commitPts = 0;
  for (let i = 0; i <= nEv; i++) {
    const t = i < nEv ? prevTime(events[i].at) : Infinity;
    if (!started && t >= from) {
      startSprint();
      commitCards = scope;
      commitPts = scopePts;
    }
    while (started && nextDay <= lastDay && t >= readAt(nextDay)) snapshot();
    if (i === nEv || t >= to || (started && nextDay > lastDay)) break;
    const e = events[i];
    let s: number;
    if (e.type === 'add') {
      const c = colIndex.get(e.to);
      if (c === undefined || !isPlainObject(e.card)) return bad(i, 'adds a card to an unknown column');
      const known = slotOf.get(e.cardId);
      if (known !== undefined && onBoard[known]) return bad(i, 'adds a card that is already on the board');
      if (known === undefined) {
        s = ids.length;
        slotOf.set(e.cardId, s);
        ids.push(e.cardId);
        titles.push(typeof e.card.title === 'string' ? e.card.title : e.cardId);
        const p = estimateOf === null ? undefined : estimateOf(e.cardId);
        points.push(p ?? 0);
        doneAtStart.push(false);
        committed.push(false);
        addedAt.push(null);
        completedAt.push(null);
        onBoard.push(false);
        matches.push(false);
        col.push(c);
      } else s = known;
    } else {
      const known = slotOf.get(e.cardId);
      if (known === undefined || !onBoard[known]) return bad(i, 'names a card that is not on the board');
      s = known;
    }
    const wasIn = started && inScope(s);
    const wasDone = wasIn && isDone(s);
    if (e.type === 'add') {
      onBoard[s] = true;
      col[s] = colIndex.get(e.to) as number;
      matches[s] = hasTag(e.card.tags);
      if (typeof e.card.title === 'string') titles[s] = e.card.title;
    } else if (e.type === 'move') {
      const c = colIndex.get(e.to);
      if (c === undefined) return bad(i, 'moves a card to an unknown column');
      col[s] = c;
    } else if (e.type === 'remove') {
      onBoard[s] = false;
    } else if (e.type === 'update') {
      const after = e.after as unknown;
      if (isPlainObject(after)) {
        if (typeof after.title === 'string') titles[s] = after.title;
        if (Object.prototype.hasOwnProperty.call(after, 'tags')) matches[s] = hasTag(after.tags);
      }
    } else return bad(i, `has an unknown type ${show((e as { type?: unknown }).type)}`);
    if (!started) continue;
    const nowIn = inScope(s);
    const nowDone = nowIn && isDone(s);
    if (nowIn !== wasIn) {
      if (nowIn) {
        scope++;
        scopePts += points[s];
        added++;
        if (!committed[s] && addedAt[s] === null) {
          addedAt[s] = t;
          joinOrder.push(s);
        }
      } else {
        scope--;
        scopePts -= points[s];
        removed++;
      }
    }
    if (nowDone !== wasDone) {
      if (nowDone) {
        completed++;
        completedPts += points[s];
        completedAt[s] = t;
      } else {
        completed--;
        completedPts -= points[s];
      }
    }
    if (!nowDone) completedAt[s] = null;
  }
  while (nextDay <= lastDay) snapshot();

  const span = to - from;
  for (let k = 0; k < nDays; k++) {
    const at = Math.min(day0 + (k + 1) * DAY_MS, to);
    const left = 1 - (at - from) / span;
    ideal.push({
      date: utcDateString(day0 + k * DAY_MS),
      at: iso(at),
      cards: commitCards * left,
      points: estimateOf === null ? null : commitPts * left,
    });
  }
  const cards: SprintCard[] = joinOrder.map((s) => ({
    cardId: ids[s],
    title: titles[s],
    committed: committed[s],
    addedAt: addedAt[s] === null ? null : iso(addedAt[s] as number),
    completedAt: completedAt[s] === null || !inScope(s) ? null : iso(completedAt[s] as number),
    inScope: inScope(s),
    points: estimateOf === null ? null : points[s],
  }));
  const unestimated = estimateOf === null ? [] : joinOrder.filter((s) => estimateOf(ids[s]) === undefined).map((s) => ids[s]);
  return {
    sprint: { from: iso(from), to: iso(to) },
    done,
    tag: tag ?? null,
    committed: { cards: commitCards, points: estimateOf === null ? null : commitPts },
    days,
    ideal,
    cards,
    unestimated,
  };
}

/** The event's time (already checked to be an instant in order). */
function prevTime(at: string): number {
  return eventTime(at);
}

function checkEstimate(v: unknown, where: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_ESTIMATE)
    optionError(where, `must be a number of points in [0, ${MAX_ESTIMATE}]; got ${show(v)}`, v);
}
