/**
 * The words and formatted figures of a delivery scorecard (the DeliveryScorecard widget of
 * @sextant/react): every sentence overridable, numbers formatted with `Intl` in the
 * caller's locale, units chosen here so that the view does no arithmetic.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { describe } from '../internal/hostile';
import type { DoraBand } from './bands';
import { DELIVERY_KEYS, type DeliveryKey, type DeliveryScorecard } from './trend';

/** Sentences of the scorecard. */
export interface DeliveryScorecardMessages {
  keyLabels: Readonly<Record<DeliveryKey, string>>;
  bandLabels: Readonly<Record<DoraBand, string>>;
  /** "Elite · DORA 2023". */
  band: (band: string, year: number) => string;
  noData: string;
  /** The change against the previous period. */
  trend: (change: string, direction: 'better' | 'worse' | 'unchanged') => string;
  noTrend: string;
  /** Read-out of the sparkline. */
  series: (label: string, points: string) => string;
  perWeek: (value: string) => string;
  hours: (value: string) => string;
  days: (value: string) => string;
  basis: (key: DeliveryKey, count: number) => string;
}

/**
 * The default English messages of {@link deliveryScorecardView}.
 *
 * @example
 * ```ts
 * DELIVERY_SCORECARD_MESSAGES.keyLabels.meanTimeToRecovery; // 'Time to restore'
 * ```
 */
export const DELIVERY_SCORECARD_MESSAGES: DeliveryScorecardMessages = {
  keyLabels: {
    deploymentFrequency: 'Deployment frequency',
    leadTimeForChanges: 'Lead time for changes',
    changeFailureRate: 'Change failure rate',
    meanTimeToRecovery: 'Time to restore',
    rollbackRate: 'Rollback rate',
    experimentSuccessRate: 'Experiment success',
  },
  bandLabels: { elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' },
  band: (band, year) => `${band} · DORA ${year}`,
  noData: 'No data in this period',
  trend: (change, direction) =>
    direction === 'unchanged' ? 'No change vs previous period' : `${change} vs previous period (${direction})`,
  noTrend: 'No previous figure to compare',
  series: (label, points) => `${label} by period: ${points}`,
  perWeek: (v) => `${v} / week`,
  hours: (v) => `${v} h`,
  days: (v) => `${v} d`,
  basis: (key, n) => {
    const what =
      key === 'leadTimeForChanges'
        ? 'change'
        : key === 'meanTimeToRecovery'
          ? 'incident'
          : key === 'experimentSuccessRate'
            ? 'experiment'
            : 'deployment';
    return `${n} ${what}${n === 1 ? '' : 's'}`;
  },
};

/** One tile of {@link deliveryScorecardView}. */
export interface DeliveryTileView {
  key: DeliveryKey;
  label: string;
  valueText: string;
  band: DoraBand | null;
  bandText: string | null;
  /** Status for the colour of the band pill: elite/high on track, medium at risk, low off track. */
  status: 'on-track' | 'at-risk' | 'off-track' | null;
  direction: 'better' | 'worse' | 'unchanged' | null;
  /** Which way the figure moved: up, down, flat, or `null` with nothing to compare. */
  change: 'up' | 'down' | 'flat' | null;
  /** The figure exists in this period. */
  hasValue: boolean;
  trendText: string;
  basisText: string;
  /** The series scaled to [0, 1] for a sparkline (`null` = gap), oldest first. */
  spark: (number | null)[];
  seriesText: string;
}

/** Options of {@link deliveryScorecardView}. */
export interface DeliveryScorecardViewOptions {
  /** BCP 47 locale for numbers and dates. @default 'en-US' */
  locale?: string;
  messages?: Partial<DeliveryScorecardMessages>;
}

/** Hours as hours below two days, else days, in the message units. */
function duration(h: number, nf: Intl.NumberFormat, m: DeliveryScorecardMessages): string {
  return Math.abs(h) < 48 ? m.hours(nf.format(h)) : m.days(nf.format(h / 24));
}

/**
 * Tiles of a {@link deliveryScorecard} result, ready to draw: label, formatted value (per
 * week, hours or days, percent), DORA band with its report year, the trend sentence against
 * the previous period, and the series scaled to [0, 1] for a sparkline with its read-out.
 *
 * @example
 * ```ts
 * const card = deliveryScorecard(
 *   { deployments: [{ id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' }] },
 *   { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z', buckets: 2 },
 * );
 * const tile = deliveryScorecardView(card).tiles[0];
 * [tile.label, tile.valueText, tile.bandText]; // ['Deployment frequency', '0.5 / week', 'Medium · DORA 2023']
 * tile.spark; // [1, 0]
 * ```
 */
export function deliveryScorecardView(
  card: DeliveryScorecard,
  options: DeliveryScorecardViewOptions = {},
): { tiles: DeliveryTileView[] } {
  const starts = checkCard(card);
  const m: DeliveryScorecardMessages = { ...DELIVERY_SCORECARD_MESSAGES, ...(options?.messages ?? {}) };
  const locale = options?.locale ?? 'en-US';
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const sp = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const df = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const fmt = (key: DeliveryKey, v: number): string =>
    key === 'deploymentFrequency'
      ? m.perWeek(nf.format(v))
      : key === 'leadTimeForChanges' || key === 'meanTimeToRecovery'
        ? duration(v, nf, m)
        : pf.format(v);
  const change = (key: DeliveryKey, v: number): string =>
    key === 'deploymentFrequency'
      ? m.perWeek(sp.format(v))
      : key === 'leadTimeForChanges' || key === 'meanTimeToRecovery'
        ? duration(v, sp, m)
        : // a change of a share reads in percentage points
          `${sp.format(v * 100)} pp`;
  const tiles = card.keys.map((k): DeliveryTileView => {
    const label = m.keyLabels[k.key];
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of k.series) {
      if (v === null) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    // Halved so that a series spanning ±1.8e308 does not overflow its span (exact: powers of two).
    const span = hi / 2 - lo / 2;
    const spark = k.series.map((v) => (v === null ? null : span > 0 ? Math.min(1, (v / 2 - lo / 2) / span) : 0.5));
    const points = k.series.map((v, i) => `${df.format(new Date(starts[i]))} ${v === null ? '–' : fmt(k.key, v)}`).join(', ');
    return {
      key: k.key,
      label,
      valueText: k.value === null ? m.noData : fmt(k.key, k.value),
      band: k.band,
      bandText: k.band === null ? null : m.band(m.bandLabels[k.band], card.year),
      status:
        k.band === null
          ? null
          : k.band === 'elite' || k.band === 'high'
            ? 'on-track'
            : k.band === 'medium'
              ? 'at-risk'
              : 'off-track',
      direction: k.trend.direction,
      change: k.trend.change === null ? null : k.trend.change > 0 ? 'up' : k.trend.change < 0 ? 'down' : 'flat',
      hasValue: k.value !== null,
      trendText:
        k.trend.direction === null || k.trend.change === null
          ? m.noTrend
          : m.trend(change(k.key, k.trend.change), k.trend.direction),
      basisText: m.basis(k.key, k.basis),
      spark,
      seriesText: m.series(label, points),
    };
  });
  return { tiles };
}

/**
 * Check a scorecard before drawing it (it may come from storage or another process): its
 * bucket starts are instants, every key is known and its series has one finite number or
 * null per bucket. Returns the bucket starts in epoch ms.
 */
function checkCard(card: unknown): number[] {
  const bad = (argument: string, what: string, value: unknown) =>
    new SextantError('INVALID_VALUE', `${argument} must be ${what}; got ${describe(value)}`, { argument, value });
  if (card === null || typeof card !== 'object') throw bad('card', 'a deliveryScorecard result', card);
  const { bucketStarts, keys, year } = card as Record<string, unknown>;
  if (!Array.isArray(bucketStarts)) throw bad('card.bucketStarts', 'an array of instants', bucketStarts);
  if (!Array.isArray(keys)) throw bad('card.keys', 'an array of keys', keys);
  if (typeof year !== 'number' || !Number.isInteger(year)) throw bad('card.year', 'a DORA report year', year);
  const starts = bucketStarts.map((s, i) => parseInstant(s, 'card.bucketStarts', { index: i }));
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as unknown;
    const name = `card.keys[${i}]`;
    if (k === null || typeof k !== 'object') throw bad(name, 'a scorecard key', k);
    const { key, series, value, basis, trend, band } = k as Record<string, unknown>;
    if (band !== null && band !== 'elite' && band !== 'high' && band !== 'medium' && band !== 'low')
      throw bad(`${name}.band`, "'elite', 'high', 'medium', 'low' or null", band);
    if (typeof key !== 'string' || !(DELIVERY_KEYS as readonly string[]).includes(key))
      throw bad(`${name}.key`, `one of ${DELIVERY_KEYS.join(', ')}`, key);
    if (!Array.isArray(series) || series.length !== starts.length)
      throw bad(`${name}.series`, `an array with one value per bucket (${starts.length})`, series);
    for (let j = 0; j < series.length; j++) {
      const v = series[j] as unknown;
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v)))
        throw bad(`${name}.series[${j}]`, 'a finite number or null', v);
    }
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value)))
      throw bad(`${name}.value`, 'a finite number or null', value);
    if (typeof basis !== 'number' || !Number.isFinite(basis)) throw bad(`${name}.basis`, 'a count', basis);
    if (trend === null || typeof trend !== 'object') throw bad(`${name}.trend`, 'a deliveryTrend result', trend);
    const change = (trend as Record<string, unknown>).change;
    if (change !== null && (typeof change !== 'number' || !Number.isFinite(change)))
      throw bad(`${name}.trend.change`, 'a finite number or null', change);
  }
  return starts;
}
