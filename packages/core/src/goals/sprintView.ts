/**
 * The words and figures of a sprint burndown chart (the SprintBurndown widget of
 * @sextant/react): one measure (cards or points) picked here, dates labelled in the caller's
 * locale, every sentence overridable, so the view only scales and draws.
 */
import { isoInstantToEpoch } from '../internal/instant';
import { SextantError } from '../errors';
import { fail, formatters, isRecord, lengthOf } from './check';
import type { SprintBurndown } from './sprint';

const FIGURES = ['scope', 'completed', 'remaining', 'added', 'removed'];

/** A sprintBurndown result as it must be to draw; `INVALID_VALUE` naming the first bad field otherwise. */
function checkResult(result: unknown): void {
  if (!isRecord(result) || !isRecord(result.committed) || typeof result.committed.cards !== 'number')
    fail('INVALID_VALUE', 'result', 'is not a sprintBurndown result');
  const nIdeal = lengthOf(result.ideal, 'result.ideal', 'INVALID_VALUE');
  for (let i = 0; i < nIdeal; i++) {
    const d = (result.ideal as ArrayLike<unknown>)[i];
    if (!isRecord(d) || typeof d.date !== 'string' || typeof d.cards !== 'number' || !Number.isFinite(d.cards))
      fail('INVALID_VALUE', `result.ideal[${i}]`, 'is not a date of the ideal line');
  }
  const nDays = lengthOf(result.days, 'result.days', 'INVALID_VALUE');
  if (nDays > nIdeal) fail('INVALID_VALUE', 'result.days', `has ${nDays} dates but the sprint has ${nIdeal}`);
  for (let i = 0; i < nDays; i++) {
    const d = (result.days as ArrayLike<unknown>)[i];
    if (!isRecord(d) || typeof d.date !== 'string' || !FIGURES.every((f) => typeof d[f] === 'number' && Number.isFinite(d[f])))
      fail('INVALID_VALUE', `result.days[${i}]`, 'is not a day of a sprintBurndown result');
  }
}

/** Sentences and labels of {@link sprintBurndownView}. */
export interface SprintBurndownMessages {
  series: { remaining: string; ideal: string; scope: string; completed: string };
  units: { cards: string; points: string };
  /** Read-out of one date (the chart's cursor and the table's rows). */
  readout: (
    date: string,
    figures: { remaining: string; completed: string; scope: string; ideal: string; added: number; removed: number },
    unit: string,
  ) => string;
  /** One sentence for the whole sprint so far. */
  summary: (committed: string, remaining: string, added: number, removed: number, unit: string) => string;
  /** Before the sprint's first date has been read. */
  notStarted: string;
  help: string;
  columns: { date: string; remaining: string; ideal: string; completed: string; scope: string; added: string; removed: string };
}

/**
 * The default English messages of {@link sprintBurndownView}.
 *
 * @example
 * ```ts
 * SPRINT_BURNDOWN_MESSAGES.series.ideal; // 'Ideal'
 * ```
 */
export const SPRINT_BURNDOWN_MESSAGES: SprintBurndownMessages = {
  series: { remaining: 'Remaining', ideal: 'Ideal', scope: 'Scope', completed: 'Completed' },
  units: { cards: 'cards', points: 'points' },
  readout: (date, f, unit) =>
    `${date}: ${f.remaining} ${unit} remaining (ideal ${f.ideal}), ${f.completed} of ${f.scope} completed` +
    (f.added > 0 || f.removed > 0 ? `; scope change so far +${f.added} / −${f.removed}` : ''),
  summary: (committed, remaining, added, removed, unit) =>
    `Committed ${committed} ${unit}; ${remaining} remaining` +
    (added > 0 || removed > 0 ? `, ${added} added and ${removed} removed during the sprint.` : '.'),
  notStarted: 'The sprint has not started yet.',
  help: 'Use the left and right arrow keys to read each day.',
  columns: {
    date: 'Date',
    remaining: 'Remaining',
    ideal: 'Ideal',
    completed: 'Completed',
    scope: 'Scope',
    added: 'Added',
    removed: 'Removed',
  },
};

/** One date of the chart in the chosen measure. */
export interface SprintDayView {
  date: string;
  /** Short label in the locale ("Mar 4"). */
  label: string;
  /** Index of the date in the sprint (x position). */
  index: number;
  remaining: number;
  completed: number;
  scope: number;
  ideal: number;
  added: number;
  removed: number;
  /** The four figures formatted in the locale (ideal to one decimal). */
  texts: { remaining: string; completed: string; scope: string; ideal: string };
  readout: string;
}

/** Options of {@link sprintBurndownView}. */
export interface SprintBurndownViewOptions {
  /** Chart cards or story points (points need `estimates` in `sprintBurndown`). @default 'cards' */
  measure?: 'cards' | 'points';
  /** BCP 47 locale. @default 'en-US' */
  locale?: string;
  messages?: Partial<SprintBurndownMessages>;
}

/** Result of {@link sprintBurndownView}. */
export interface SprintBurndownView {
  measure: 'cards' | 'points';
  unit: string;
  /** Every date of the sprint with its ideal value (the x axis). */
  dates: { date: string; label: string; ideal: number }[];
  /** The dates read so far. */
  days: SprintDayView[];
  /** Largest value any series reaches (the y axis' top before rounding). */
  max: number;
  summary: string;
  messages: SprintBurndownMessages;
}

/**
 * A {@link sprintBurndown} result ready to draw: the chosen measure per date, short date
 * labels, the largest value for the y axis, a read-out per date and a summary sentence.
 *
 * @throws SextantError `INVALID_OPTION` (`measure: 'points'` on a result without estimates),
 *   `INVALID_VALUE` (something that is not a sprintBurndown result).
 * @example
 * ```ts
 * let board = createBoard({
 *   columns: [{ id: 'todo', title: 'To do' }, { id: 'done', title: 'Done' }],
 *   cards: [{ id: 'a', title: 'A', type: 'task', columnId: 'todo', createdAt: '2026-03-01T00:00:00Z' }],
 * });
 * board = moveCard(board, { cardId: 'a', toColumnId: 'done', at: '2026-03-03T09:00:00Z' }).board;
 * const v = sprintBurndownView(sprintBurndown(board, { sprint: { from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' }, done: 'done' }));
 * v.days.map((d) => [d.label, d.remaining, d.ideal]); // [['Mar 2', 1, 0.5], ['Mar 3', 0, 0]]
 * v.summary; // 'Committed 1 cards; 0 remaining.'
 * ```
 */
export function sprintBurndownView(result: SprintBurndown, options: SprintBurndownViewOptions = {}): SprintBurndownView {
  checkResult(result);
  if (!isRecord(options as unknown)) fail('INVALID_OPTION', 'options', 'must be an object');
  const measure = options.measure ?? 'cards';
  if (measure !== 'cards' && measure !== 'points') {
    throw new SextantError('INVALID_OPTION', `options.measure must be 'cards' or 'points'`, { argument: 'options.measure' });
  }
  if (measure === 'points' && result.committed.points === null) {
    throw new SextantError('INVALID_OPTION', `options.measure is 'points' but the burndown has no estimates`, {
      argument: 'options.measure',
    });
  }
  const m: SprintBurndownMessages = { ...SPRINT_BURNDOWN_MESSAGES, ...(options.messages ?? {}) };
  const locale = options.locale ?? 'en-US';
  const [short, num] = formatters(locale, () => [
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  ]);
  const label = (date: string) => short.format(new Date(isoInstantToEpoch(`${date}T00:00:00Z`)));
  const unit = m.units[measure];
  const dates = result.ideal.map((d) => ({
    date: d.date,
    label: label(d.date),
    ideal: measure === 'points' ? (d.points as number) : d.cards,
  }));
  const committed = measure === 'points' ? (result.committed.points as number) : result.committed.cards;
  let max = committed;
  const days = result.days.map((d, index): SprintDayView => {
    const f =
      measure === 'points' && d.points !== null ? d.points : { scope: d.scope, completed: d.completed, remaining: d.remaining };
    max = Math.max(max, f.scope);
    const ideal = dates[index].ideal;
    const texts = {
      remaining: num.format(f.remaining),
      completed: num.format(f.completed),
      scope: num.format(f.scope),
      ideal: num.format(ideal),
    };
    return {
      date: d.date,
      label: dates[index].label,
      index,
      remaining: f.remaining,
      completed: f.completed,
      scope: f.scope,
      ideal,
      added: d.added,
      removed: d.removed,
      texts,
      readout: m.readout(dates[index].label, { ...texts, added: d.added, removed: d.removed }, unit),
    };
  });
  const last = days[days.length - 1];
  return {
    measure,
    unit,
    dates,
    days,
    max,
    summary: last ? m.summary(num.format(committed), num.format(last.remaining), last.added, last.removed, unit) : m.notStarted,
    messages: m,
  };
}
