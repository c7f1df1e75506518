import {
  metricDelta,
  metricTrend,
  SextantError,
  statusFromTarget,
  type ChangeAssessment,
  type ChangeDirection,
  type DeliveryStatus,
} from '@sextant/core';
import { refuse } from '../../frame/props';

/** How MetricTile formats its numbers. */
export type MetricFormat = 'number' | 'percent' | 'milliseconds' | Intl.NumberFormatOptions;

/** Every word MetricTile shows or announces; pass some or all through `messages` to translate or reword. */
export interface MetricTileMessages {
  /** The target line, e.g. "Target ≥ 90%". */
  target: (target: string, higherIsBetter: boolean) => string;
  /** Word after the change: the change is an improvement. */
  better: string;
  /** Word after the change: the change is a deterioration. */
  worse: string;
  /** Word after the change when it is below the display precision. */
  unchanged: string;
  /** The previous value beside the change, e.g. "was 89.7%". */
  previous: (previous: string) => string;
  /** Unit of a change of a percent value, after the number ("+1.5 pp"). */
  percentagePoints: string;
  /** The same unit, spelt out for screen readers. */
  percentagePointsLong: string;
  /** The change as one sentence for screen readers. */
  change: (p: { direction: ChangeDirection; amount: string; previous: string; assessment: ChangeAssessment }) => string;
  /** Text alternative of the sparkline. */
  trend: (p: { count: number; first: string; last: string; min: string; max: string; period: string | undefined }) => string;
  /** Labels of the status badge. */
  status: Record<DeliveryStatus, string>;
}

const WORDS: Record<ChangeDirection, string> = { up: 'Up', down: 'Down', flat: 'Unchanged' };

/**
 * MetricTile's sentences for its error state, in the keys of core's error catalogue
 * (`CODE:argument`); the `errorMessages` prop overrides them key by key.
 */
export const metricTileErrorMessages: Readonly<Record<string, string>> = {
  'NON_FINITE:value': "The figure to show is missing or isn't a number.",
  'INVALID_OPTION:value': "The figure to show is missing or isn't a number.",
  'NON_FINITE:target': "The target isn't a number: {value}",
  'INVALID_OPTION:target': "The target isn't a number: {value}",
  'NON_FINITE:previous': "The previous period's figure isn't a number: {value}",
  'INVALID_OPTION:previous': "The previous period's figure isn't a number: {value}",
  'INVALID_OPTION:title': 'The tile needs a title in words.',
  'INVALID_OPTION:description': "The tile's description isn't text.",
  'INVALID_OPTION:status': "The status isn't one of on track, at risk or off track: {value}",
  'INVALID_OPTION:format': "The number format isn't one this tile knows: {value}",
  'INVALID_OPTION:headingLevel': "The heading level isn't 1 to 6: {value}",
  'NON_FINITE:history': "One of the past figures isn't a number.",
  'INVALID_VALUE:history': "The past figures aren't a list of numbers.",
  'EMPTY_INPUT:history': 'The list of past figures is empty.',
};

/** The English defaults of {@link MetricTileMessages}. */
export const defaultMetricTileMessages: MetricTileMessages = {
  target: (target, higher) => `Target ${higher ? '≥' : '≤'} ${target}`,
  better: 'better',
  worse: 'worse',
  unchanged: 'no change',
  previous: (previous) => `was ${previous}`,
  percentagePoints: 'pp',
  percentagePointsLong: 'percentage points',
  change: ({ direction, amount, previous, assessment }) =>
    direction === 'flat'
      ? `Unchanged from ${previous}.`
      : `${WORDS[direction]} ${amount} from ${previous}, ${assessment === 'better' ? 'better' : 'worse'}.`,
  trend: ({ count, first, last, min, max, period }) =>
    `Trend over ${period ?? `the last ${count} values`}: from ${first} to ${last}; low ${min}, high ${max}.`,
  status: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' },
};

const STATUSES: readonly unknown[] = ['on-track', 'at-risk', 'off-track'];
const FORMATS: readonly unknown[] = ['number', 'percent', 'milliseconds'];
const MINUS = '\u2212';
const NBSP = '\u00a0';

/** What the view renders: strings and flags only; every number was computed by core. */
export interface MetricTileModel {
  valueText: string;
  status: DeliveryStatus | undefined;
  statusLabel: string | undefined;
  targetText: string | undefined;
  change:
    | {
        direction: ChangeDirection;
        assessment: ChangeAssessment;
        /** The chip: signed amount with its unit ("+1.5 pp", "−56 ms"). */
        amount: string;
        /** The relative change beside a non-percent amount ("+15.7%"), if defined. */
        relative: string | undefined;
        word: string;
        previousText: string;
        sentence: string;
      }
    | undefined;
  trend:
    | {
        /** Heights in [0, 1] between the history's min and max, from core. */
        scaled: number[];
        /** Horizontal positions in [0, 1]: each drawn point's index over the last index. */
        positions: number[];
        text: string;
      }
    | undefined;
}

/** The inputs of {@link metricTileModel}, as the caller passed them. */
export interface MetricTileInput {
  value: unknown;
  format: unknown;
  target: unknown;
  higherIsBetter: unknown;
  tolerance: unknown;
  previous: unknown;
  status: unknown;
  history: unknown;
  historyLabel: unknown;
  messages: unknown;
  locale: string | undefined;
}

function finite(value: unknown, prop: string, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw refuse(
      prop,
      'a finite number',
      value,
      typeof value === 'number' || value === undefined ? 'NON_FINITE' : 'INVALID_OPTION',
    );
  }
  return value;
}

function formatOptions(format: unknown): Intl.NumberFormatOptions {
  if (format === 'percent') return { style: 'percent', maximumFractionDigits: 1 };
  if (format === 'milliseconds') return { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 };
  if (format === 'number') return { maximumFractionDigits: 3 };
  if (format !== null && typeof format === 'object' && !Array.isArray(format)) return { ...(format as Intl.NumberFormatOptions) };
  throw refuse('format', `one of ${FORMATS.map((f) => `'${String(f)}'`).join(', ')} or Intl.NumberFormat options`, format);
}

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch (e) {
    // Intl throws a RangeError/TypeError for bad options; the widget speaks SextantError.
    throw new SextantError('INVALID_OPTION', `format is not valid Intl.NumberFormat options (${(e as Error).message})`, {
      argument: 'format',
    });
  }
}

/** Format with a real minus sign (U+2212), which reads as one and lines up with "+". */
function show(nf: Intl.NumberFormat, x: number): string {
  return nf
    .formatToParts(x)
    .map((p) => (p.type === 'minusSign' ? MINUS : p.value))
    .join('');
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw refuse(`messages.${name}`, 'a string (or return one)', value);
  return value;
}

function mergeMessages(messages: unknown): MetricTileMessages {
  if (messages === undefined) return defaultMetricTileMessages;
  if (messages === null || typeof messages !== 'object' || Array.isArray(messages)) {
    throw refuse('messages', 'an object', messages);
  }
  const out = { ...defaultMetricTileMessages } as Record<string, unknown>;
  // Own keys only, and only the known ones: a `__proto__` key cannot reach the prototype.
  for (const key of Object.keys(defaultMetricTileMessages)) {
    if (Object.prototype.hasOwnProperty.call(messages, key)) {
      const v = (messages as Record<string, unknown>)[key];
      const expected = typeof (defaultMetricTileMessages as unknown as Record<string, unknown>)[key];
      if (typeof v !== expected || v === null) throw refuse(`messages.${key}`, `a ${expected}`, v);
      out[key] = v;
    }
  }
  const status = out.status as Record<string, unknown>;
  for (const s of STATUSES as DeliveryStatus[]) {
    if (typeof status[s] !== 'string') throw refuse(`messages.status.${s}`, 'a string', status[s]);
  }
  return out as unknown as MetricTileMessages;
}

/**
 * Check MetricTile's data props and turn them into display strings. Every figure comes
 * from core (`statusFromTarget`, `metricDelta`, `metricTrend`); this only formats.
 */
export function metricTileModel(input: MetricTileInput): MetricTileModel {
  const value = finite(input.value, 'value', true)!;
  const target = finite(input.target, 'target', false);
  const previous = finite(input.previous, 'previous', false);
  const tolerance = finite(input.tolerance, 'tolerance', false);
  const higherIsBetter = input.higherIsBetter ?? true;
  if (typeof higherIsBetter !== 'boolean') throw refuse('higherIsBetter', 'a boolean', higherIsBetter);
  if (input.status !== undefined && !STATUSES.includes(input.status)) {
    throw refuse('status', "one of 'on-track', 'at-risk', 'off-track'", input.status);
  }
  if (input.historyLabel !== undefined && typeof input.historyLabel !== 'string') {
    throw refuse('historyLabel', 'a string', input.historyLabel);
  }
  const messages = mergeMessages(input.messages);
  const options = formatOptions(input.format);
  const percent = options.style === 'percent';
  const nf = numberFormat(input.locale, options);
  const signed = numberFormat(input.locale, { ...options, signDisplay: 'exceptZero' });

  const status =
    (input.status as DeliveryStatus | undefined) ??
    (target === undefined ? undefined : statusFromTarget(value, { target, higherIsBetter, tolerance }));

  let change: MetricTileModel['change'];
  if (previous !== undefined) {
    // Changes of a percent value are told in percentage points to one decimal; a change
    // that rounds to zero at that precision is "no change", not a coloured "+0".
    const ppFormat = numberFormat(input.locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const digits = percent ? 3 : (nf.resolvedOptions().maximumFractionDigits ?? 3);
    const d = metricDelta(value, previous, { higherIsBetter, percent, flatWithin: 0.5 * 10 ** -digits });
    const previousText = show(nf, previous);
    const amount =
      percent && d.percentagePoints !== null
        ? `${show(ppFormat, d.percentagePoints)}${NBSP}${messages.percentagePoints}`
        : show(signed, d.change);
    const spoken =
      percent && d.percentagePoints !== null
        ? `${show(numberFormat(input.locale, { maximumFractionDigits: 1 }), Math.abs(d.percentagePoints))} ${messages.percentagePointsLong}`
        : show(nf, Math.abs(d.change));
    const relative =
      !percent && d.relativeChange !== null && d.direction !== 'flat'
        ? show(
            numberFormat(input.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
            d.relativeChange,
          )
        : undefined;
    const word = d.direction === 'flat' ? messages.unchanged : d.assessment === 'better' ? messages.better : messages.worse;
    change = {
      direction: d.direction,
      assessment: d.assessment,
      amount: d.direction === 'flat' ? (percent ? `±0${NBSP}${messages.percentagePoints}` : `±${show(nf, 0)}`) : amount,
      relative,
      word: text(word, d.direction === 'flat' ? 'unchanged' : d.assessment),
      previousText: text(messages.previous(previousText), 'previous'),
      sentence: text(
        messages.change({ direction: d.direction, amount: spoken, previous: previousText, assessment: d.assessment }),
        'change',
      ),
    };
  }

  let trend: MetricTileModel['trend'];
  if (input.history !== undefined) {
    const t = metricTrend(input.history as ArrayLike<number>, { maxPoints: 120 });
    trend = {
      scaled: t.scaled,
      positions: t.positions,
      text: text(
        messages.trend({
          count: t.count,
          first: show(nf, t.first),
          last: show(nf, t.last),
          min: show(nf, t.min),
          max: show(nf, t.max),
          period: input.historyLabel as string | undefined,
        }),
        'trend',
      ),
    };
  }

  return {
    valueText: show(nf, value),
    status,
    statusLabel: status ? text(messages.status[status], `status.${status}`) : undefined,
    targetText: target === undefined ? undefined : text(messages.target(show(nf, target), higherIsBetter), 'target'),
    change,
    trend,
  };
}
