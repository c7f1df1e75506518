/**
 * The words and formatted figures of an OKR tracker (the OkrTracker widget of
 * @sextant/react): every sentence overridable, numbers formatted with `Intl` in the caller's
 * locale, bar positions computed here so that the view does no arithmetic.
 */
import { isoInstantToEpoch } from '../internal/instant';
import type { DeliveryStatus } from '../summary/status';
import { fail, formatters, isRecord, lengthOf } from './check';
import type { ForecastGap, KeyResultStatusReason, ObjectiveProgress } from './okr';

const STATUSES = ['on-track', 'at-risk', 'off-track'];
const REASONS = ['target-met', 'no-progress', 'period-ended', 'behind-baseline', 'on-pace', 'behind-pace'];

/** Results of `okrProgress` as they must be to draw: refused whole (`INVALID_VALUE`, naming the first bad field) otherwise. */
function checkResults(results: unknown): void {
  const n = lengthOf(results, 'results', 'INVALID_VALUE');
  for (let i = 0; i < n; i++) {
    const o = (results as ArrayLike<unknown>)[i];
    const at = `results[${i}]`;
    if (!isRecord(o) || typeof o.title !== 'string' || !STATUSES.includes(o.status as string) || !isRecord(o.period))
      fail('INVALID_VALUE', at, 'is not an okrProgress result');
    const counts = o.counts;
    if (!isRecord(counts) || typeof o.progress !== 'number' || !Number.isFinite(o.progress))
      fail('INVALID_VALUE', at, 'is not an okrProgress result');
    const krs = o.keyResults;
    const m = lengthOf(krs, `${at}.keyResults`, 'INVALID_VALUE');
    for (let j = 0; j < m; j++) {
      const k = (krs as ArrayLike<unknown>)[j];
      const ok =
        isRecord(k) &&
        typeof k.title === 'string' &&
        STATUSES.includes(k.status as string) &&
        REASONS.includes(k.statusReason as string) &&
        ['value', 'baseline', 'target', 'progress', 'expected'].every((f) => typeof k[f] === 'number' && Number.isFinite(k[f]));
      if (!ok) fail('INVALID_VALUE', `${at}.keyResults[${j}]`, 'is not a key result of an okrProgress result');
    }
  }
}

/** Sentences and labels of {@link okrTrackerView}. */
export interface OkrTrackerMessages {
  statusLabels: Readonly<Record<DeliveryStatus, string>>;
  /** Why a key result has its status. */
  reasons: Readonly<Record<KeyResultStatusReason, string>>;
  /** A value with its unit (`unit` is '' when the key result has none). */
  withUnit: (value: string, unit: string) => string;
  /** "50% done". */
  progress: (percent: string) => string;
  /** "50% expected by now". */
  expected: (percent: string) => string;
  /** "Now 0.85 · target 0.9 · from 0.8". */
  values: (current: string, target: string, baseline: string) => string;
  /** "Forecast 0.93 by Apr 1, 2026 (meets the target)". */
  forecast: (value: string, date: string, meetsTarget: boolean) => string;
  /** The forecast beside its label in the details: "122 ms by Jun 30, 2026 (short of the target)". */
  forecastValue: (value: string, date: string, meetsTarget: boolean) => string;
  noForecast: Readonly<Record<ForecastGap, string>>;
  owner: (name: string) => string;
  /** One sentence per key result: the accessible name of its row. */
  keyResult: (title: string, status: string, progress: string, expected: string) => string;
  /** One sentence per objective. */
  objective: (title: string, status: string, progress: string, counts: string) => string;
  /** "2 on track, 1 at risk". */
  counts: (onTrack: number, atRisk: number, offTrack: number) => string;
  empty: string;
  /** Headers of the text alternative's table. */
  columns: {
    objective: string;
    keyResult: string;
    current: string;
    target: string;
    baseline: string;
    progress: string;
    expected: string;
    status: string;
    forecast: string;
  };
  /** Label of the key-result list and heading of the details. */
  listLabel: (objective: string) => string;
  details: string;
  /** Shown in the details panel before a key result is focused or selected. */
  detailsHint: string;
}

/**
 * The default English messages of {@link okrTrackerView}.
 *
 * @example
 * ```ts
 * OKR_TRACKER_MESSAGES.statusLabels['at-risk']; // 'At risk'
 * OKR_TRACKER_MESSAGES.counts(2, 1, 0); // '2 on track, 1 at risk'
 * ```
 */
export const OKR_TRACKER_MESSAGES: OkrTrackerMessages = {
  statusLabels: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' },
  reasons: {
    'target-met': 'Target met.',
    'no-progress': 'No progress from the baseline after a third of the period.',
    'period-ended': 'The period is over and the target was not met.',
    'behind-baseline': 'Worse than the baseline.',
    'on-pace': 'Progress keeps pace with the time elapsed.',
    'behind-pace': 'Progress trails the time elapsed.',
  },
  withUnit: (v, unit) => (unit === '' ? v : unit === '%' ? `${v}%` : `${v} ${unit}`),
  progress: (p) => `${p} done`,
  expected: (p) => `${p} expected by now`,
  values: (current, target, baseline) => `Now ${current} · target ${target} · from ${baseline}`,
  forecast: (v, date, meets) => `Forecast ${v} by ${date} (${meets ? 'meets the target' : 'short of the target'})`,
  forecastValue: (v, date, meets) => `${v} by ${date} (${meets ? 'meets the target' : 'short of the target'})`,
  noForecast: {
    'too-few-points': 'No forecast: fewer than two readings',
    'same-instant': 'No forecast: every reading at one instant',
    'out-of-range': 'No forecast: the trend leaves the range of numbers',
  },
  owner: (name) => `Owner: ${name}`,
  keyResult: (title, status, progress, expected) => `${title}: ${status}, ${progress}, ${expected}`,
  objective: (title, status, progress, counts) => `${title}: ${status}, ${progress} (${counts})`,
  counts: (on, risk, off) =>
    [on > 0 ? `${on} on track` : '', risk > 0 ? `${risk} at risk` : '', off > 0 ? `${off} off track` : '']
      .filter(Boolean)
      .join(', '),
  empty: 'No objectives for this period yet.',
  columns: {
    objective: 'Objective',
    keyResult: 'Key result',
    current: 'Current',
    target: 'Target',
    baseline: 'Baseline',
    progress: 'Progress',
    expected: 'Expected by now',
    status: 'Status',
    forecast: 'Forecast',
  },
  listLabel: (objective) => `Key results of ${objective}`,
  details: 'Key result details',
  detailsHint: 'Focus or select a key result to see its figures, why it has its status, and its forecast.',
};

/** One key result, ready to draw. */
export interface KeyResultView {
  /** `objectiveId` and key result id, unique in the tracker. */
  objectiveId: string;
  id: string;
  title: string;
  status: DeliveryStatus;
  statusText: string;
  reasonText: string;
  /** Bar fill, expected-progress marker and forecast marker as percentages of the track (0–100). */
  progressPercent: number;
  expectedPercent: number;
  forecastPercent: number | null;
  progressText: string;
  expectedText: string;
  /** The bare percentages ("49%", "54%"), for a label-value layout. */
  progressPercentText: string;
  expectedPercentText: string;
  currentText: string;
  targetText: string;
  baselineText: string;
  valuesText: string;
  forecastText: string;
  /** The forecast without its label (or the no-forecast sentence), for a label-value layout. */
  forecastValueText: string;
  /** One sentence for the row: title, status, progress and expected progress. */
  summary: string;
}

/** One objective, ready to draw. */
export interface ObjectiveView {
  id: string;
  title: string;
  ownerText: string | null;
  status: DeliveryStatus;
  statusText: string;
  progressPercent: number;
  progressText: string;
  countsText: string;
  summary: string;
  listLabel: string;
  keyResults: KeyResultView[];
}

/** Options of {@link okrTrackerView}. */
export interface OkrTrackerViewOptions {
  /** BCP 47 locale for numbers and dates. @default 'en-US' */
  locale?: string;
  messages?: Partial<OkrTrackerMessages>;
}

/** Result of {@link okrTrackerView}. */
export interface OkrTrackerView {
  objectives: ObjectiveView[];
  /** The empty-state sentence when there is no objective, else null. */
  emptyText: string | null;
  messages: OkrTrackerMessages;
}

function numberFormat(locale: string): (v: number) => string {
  const plain = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  const sci = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4, notation: 'scientific' });
  // Huge or tiny magnitudes in scientific notation: 1e308 is not 309 digits wide.
  return (v) => (v !== 0 && (Math.abs(v) >= 1e15 || Math.abs(v) < 1e-6) ? sci.format(v) : plain.format(v));
}

/**
 * Objectives and key results of {@link okrProgress} results, ready to draw: formatted
 * values with their units, bar and marker positions in percent, status labels and reasons,
 * forecast sentences and one summary sentence per row.
 *
 * @throws SextantError `INVALID_VALUE` (something that is not an array of okrProgress results).
 *
 * @example
 * ```ts
 * const progress = okrProgress(
 *   {
 *     id: 'o1',
 *     title: 'Catch more fraud',
 *     period: { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
 *     keyResults: [{ id: 'p95', title: 'p95 latency to 120 ms', metric: 'p95', baseline: 200, target: 120, direction: 'lower', unit: 'ms' }],
 *   },
 *   { now: '2026-02-15T00:00:00Z', values: { p95: 150 } },
 * );
 * const kr = okrTrackerView([progress]).objectives[0].keyResults[0];
 * [kr.progressPercent, kr.expectedPercent, kr.statusText]; // [62.5, 50, 'On track']
 * kr.valuesText; // 'Now 150 ms · target 120 ms · from 200 ms'
 * kr.summary; // 'p95 latency to 120 ms: On track, 63% done, 50% expected by now'
 * ```
 */
export function okrTrackerView(results: readonly ObjectiveProgress[], options: OkrTrackerViewOptions = {}): OkrTrackerView {
  checkResults(results);
  const locale = options.locale ?? 'en-US';
  const m: OkrTrackerMessages = { ...OKR_TRACKER_MESSAGES, ...(options.messages ?? {}) };
  const [num, pct, date] = formatters(locale, () => [
    numberFormat(locale),
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ]);
  const objectives = results.map((o): ObjectiveView => {
    const statusText = m.statusLabels[o.status];
    const progressText = m.progress(pct.format(o.progress));
    const countsText = m.counts(o.counts.onTrack, o.counts.atRisk, o.counts.offTrack);
    // The period is half-open: its last day is the one before `to`.
    const endDate = date.format(new Date(isoInstantToEpoch(o.period.to) - 1));
    return {
      id: o.id,
      title: o.title,
      ownerText: o.owner === null ? null : m.owner(o.owner),
      status: o.status,
      statusText,
      progressPercent: o.progress * 100,
      progressText,
      countsText,
      summary: m.objective(o.title, statusText, progressText, countsText),
      listLabel: m.listLabel(o.title),
      keyResults: o.keyResults.map((k): KeyResultView => {
        const unit = k.unit ?? '';
        const fmt = (v: number) => m.withUnit(num(v), unit);
        const kStatus = m.statusLabels[k.status];
        const progress = m.progress(pct.format(k.progress));
        const expected = m.expected(pct.format(k.expected));
        const progressPercentText = pct.format(k.progress);
        const expectedPercentText = pct.format(k.expected);
        const currentText = fmt(k.value);
        const hasForecast = k.forecast !== null && k.forecastGap === null;
        const meets = (k.forecastProgress ?? 0) >= 1;
        const targetText = fmt(k.target);
        const baselineText = fmt(k.baseline);
        return {
          objectiveId: o.id,
          id: k.id,
          title: k.title,
          status: k.status,
          statusText: kStatus,
          reasonText: m.reasons[k.statusReason],
          progressPercent: k.progress * 100,
          expectedPercent: k.expected * 100,
          forecastPercent: k.forecastProgress === null ? null : k.forecastProgress * 100,
          progressText: progress,
          expectedText: expected,
          currentText,
          targetText,
          baselineText,
          valuesText: m.values(currentText, targetText, baselineText),
          progressPercentText,
          expectedPercentText,
          forecastText: hasForecast
            ? m.forecast(fmt(k.forecast as number), endDate, meets)
            : m.noForecast[k.forecastGap ?? 'too-few-points'],
          forecastValueText: hasForecast
            ? m.forecastValue(fmt(k.forecast as number), endDate, meets)
            : m.noForecast[k.forecastGap ?? 'too-few-points'],
          summary: m.keyResult(k.title, kStatus, progress, expected),
        };
      }),
    };
  });
  return { objectives, emptyText: objectives.length === 0 ? m.empty : null, messages: m };
}
