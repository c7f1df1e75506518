/**
 * DORA performance bands, one table per State of DevOps report, kept as data.
 *
 * The reports describe each cluster in words ("between once per week and once per month");
 * the limits below turn those words into numbers, and where two clusters leave a gap (lead
 * time "less than one hour" vs "between one day and one week") the value goes to the worse
 * band. Units: deployment frequency in successful deployments per day
 * (`deploymentFrequency().perDay`), lead time and time to restore in hours
 * (`…().meanHours` or a percentile), change failure rate as a share in [0, 1].
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';

/** A DORA performance cluster. Reports from 2022 have no `elite`. */
export type DoraBand = 'elite' | 'high' | 'medium' | 'low';

/** The keys a band table covers. */
export type DoraMetric = 'deploymentFrequency' | 'leadTimeForChanges' | 'changeFailureRate' | 'meanTimeToRecovery';

/** One band's limit: `higher` metrics need `value ≥ limit`, `lower` metrics `value ≤ limit`. */
export interface DoraBandRule {
  band: DoraBand;
  /** The limit in the metric's unit; `null` for the last band, which takes everything else. */
  limit: number | null;
  /** The report's own words for the cluster. */
  wording: string;
}

/** One metric's table in one report. */
export interface DoraMetricBands {
  better: 'higher' | 'lower';
  unit: 'per day' | 'hours' | 'share';
  /** Best band first. */
  rules: readonly DoraBandRule[];
}

/** One report's band table. */
export interface DoraBandTable {
  year: number;
  source: string;
  metrics: Readonly<Record<DoraMetric, DoraMetricBands>>;
}

const DAY = 24;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const SIX_MONTHS = 182.5 * DAY;

function lower(...rules: [DoraBand, number | null, string][]): DoraMetricBands {
  return { better: 'lower', unit: 'hours', rules: rules.map(([band, limit, wording]) => ({ band, limit, wording })) };
}

function cfr(...rules: [DoraBand, number | null, string][]): DoraMetricBands {
  return { better: 'lower', unit: 'share', rules: rules.map(([band, limit, wording]) => ({ band, limit, wording })) };
}

function freq(...rules: [DoraBand, number | null, string][]): DoraMetricBands {
  return { better: 'higher', unit: 'per day', rules: rules.map(([band, limit, wording]) => ({ band, limit, wording })) };
}

/**
 * The band tables shipped, by report year: 2021 (Accelerate State of DevOps 2021, DORA /
 * Google Cloud, table "Software delivery performance"), 2022 (State of DevOps 2022, three
 * clusters, no elite) and 2023 (Accelerate State of DevOps 2023, whose change failure rates
 * are the cluster medians 5 %, 10 %, 15 %, 64 %, used here as upper limits). The 2024 report
 * is left out on purpose: its medium cluster's change failure rate (10 %) is below its high
 * cluster's (20 %), so no ordered table follows from it.
 *
 * @example
 * ```ts
 * DORA_BAND_TABLES.map((t) => t.year); // [2021, 2022, 2023]
 * ```
 */
export const DORA_BAND_TABLES: readonly DoraBandTable[] = [
  {
    year: 2021,
    source: 'Accelerate State of DevOps Report 2021 (DORA, Google Cloud), "Software delivery performance"',
    metrics: {
      deploymentFrequency: freq(
        ['elite', 1, 'On-demand (multiple deploys per day)'],
        ['high', 1 / 30, 'Between once per week and once per month'],
        ['medium', 1 / 182.5, 'Between once per month and once every 6 months'],
        ['low', null, 'Fewer than once per six months'],
      ),
      leadTimeForChanges: lower(
        ['elite', 1, 'Less than one hour'],
        ['high', WEEK, 'Between one day and one week'],
        ['medium', SIX_MONTHS, 'Between one month and six months'],
        ['low', null, 'More than six months'],
      ),
      meanTimeToRecovery: lower(
        ['elite', 1, 'Less than one hour'],
        ['high', DAY, 'Less than one day'],
        ['medium', WEEK, 'Between one day and one week'],
        ['low', null, 'More than six months'],
      ),
      // 2021 gives 16–30 % for high, medium and low alike: above 15 % the table cannot tell
      // them apart, so the share maps to high up to 30 % and low beyond.
      changeFailureRate: cfr(['elite', 0.15, '0–15%'], ['high', 0.3, '16–30%'], ['low', null, 'More than 30%']),
    },
  },
  {
    year: 2022,
    source: 'State of DevOps Report 2022 (DORA, Google Cloud), "Software delivery performance" (three clusters)',
    metrics: {
      deploymentFrequency: freq(
        ['high', 1, 'On-demand (multiple deploys per day)'],
        ['medium', 1 / 30, 'Between once per week and once per month'],
        ['low', null, 'Between once per month and once every six months'],
      ),
      leadTimeForChanges: lower(
        ['high', WEEK, 'Between one day and one week'],
        ['medium', MONTH, 'Between one week and one month'],
        ['low', null, 'Between one month and six months'],
      ),
      meanTimeToRecovery: lower(
        ['high', DAY, 'Less than one day'],
        ['medium', WEEK, 'Between one day and one week'],
        ['low', null, 'Between one week and one month'],
      ),
      changeFailureRate: cfr(['high', 0.15, '0–15%'], ['medium', 0.3, '16–30%'], ['low', null, '46–60%']),
    },
  },
  {
    year: 2023,
    source: 'Accelerate State of DevOps Report 2023 (DORA, Google Cloud), "Software delivery performance"',
    metrics: {
      deploymentFrequency: freq(
        ['elite', 1, 'On demand (multiple deploys per day)'],
        ['high', 1 / 7, 'Between once per day and once per week'],
        ['medium', 1 / 30, 'Between once per week and once per month'],
        ['low', null, 'Between once per week and once per month'],
      ),
      leadTimeForChanges: lower(
        ['elite', DAY, 'Less than one day'],
        ['high', WEEK, 'Between one day and one week'],
        ['medium', MONTH, 'Between one week and one month'],
        ['low', null, 'Between one week and one month'],
      ),
      meanTimeToRecovery: lower(
        ['elite', 1, 'Less than one hour'],
        ['high', DAY, 'Less than one day'],
        ['medium', WEEK, 'Between one day and one week'],
        ['low', null, 'Between one month and six months'],
      ),
      changeFailureRate: cfr(['elite', 0.05, '5%'], ['high', 0.1, '10%'], ['medium', 0.15, '15%'], ['low', null, '64%']),
    },
  },
];

/**
 * The latest report year shipped, the default of {@link doraBand}.
 *
 * @example
 * ```ts
 * DORA_LATEST_YEAR; // 2023
 * ```
 */
export const DORA_LATEST_YEAR = 2023;

const METRICS: readonly DoraMetric[] = ['deploymentFrequency', 'leadTimeForChanges', 'changeFailureRate', 'meanTimeToRecovery'];

/**
 * The band table of one report year; `INVALID_OPTION` for a year not shipped.
 *
 * @param year - @default 2023
 * @example
 * ```ts
 * doraBandTable(2022).metrics.changeFailureRate.rules.map((r) => r.band); // ['high', 'medium', 'low']
 * ```
 */
export function doraBandTable(year: number = DORA_LATEST_YEAR): DoraBandTable {
  const t = DORA_BAND_TABLES.find((x) => x.year === year);
  if (t === undefined) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.year must be one of ${DORA_BAND_TABLES.map((x) => x.year).join(', ')}; got ${show(year)}`,
      { argument: 'options.year', value: year },
    );
  }
  return t;
}

/**
 * The DORA band of a delivery figure, from the band table of that year's State of DevOps
 * report ({@link DORA_BAND_TABLES}). `null` in, `null` out (a rate or time that does not
 * exist for the period has no band).
 *
 * @param metric - `'deploymentFrequency'` (per day), `'leadTimeForChanges'` (hours),
 *   `'changeFailureRate'` (share 0–1) or `'meanTimeToRecovery'` (hours).
 * @param options.year - the report year. @default 2023 ({@link DORA_LATEST_YEAR})
 * @example
 * ```ts
 * doraBand('deploymentFrequency', 2.5); // 'elite'
 * doraBand('leadTimeForChanges', 30); // 'high'
 * doraBand('changeFailureRate', 0.12); // 'medium'
 * doraBand('changeFailureRate', 0.2, { year: 2022 }); // 'medium'
 * doraBand('meanTimeToRecovery', null); // null
 * ```
 */
export function doraBand(metric: DoraMetric, value: number | null, options: { year?: number } = {}): DoraBand | null {
  if (!METRICS.includes(metric)) {
    throw new SextantError('INVALID_OPTION', `metric must be one of ${METRICS.join(', ')}; got ${show(metric)}`, {
      argument: 'metric',
      value: metric,
    });
  }
  const table = doraBandTable(options?.year ?? DORA_LATEST_YEAR);
  if (value === null) return null;
  if (typeof value !== 'number') {
    throw new SextantError('INVALID_VALUE', `value must be a number or null; got ${show(value)}`, { argument: 'value', value });
  }
  if (!Number.isFinite(value)) {
    throw new SextantError('NON_FINITE', `value is ${value}; a delivery figure must be finite`, { argument: 'value', value });
  }
  if (value < 0 || (metric === 'changeFailureRate' && value > 1)) {
    throw new SextantError(
      'INVALID_VALUE',
      `value of ${metric} must be ${metric === 'changeFailureRate' ? 'in [0, 1]' : '≥ 0'}; got ${show(value)}`,
      {
        argument: 'value',
        value,
      },
    );
  }
  const m = table.metrics[metric];
  for (const r of m.rules) {
    if (r.limit === null || (m.better === 'higher' ? value >= r.limit : value <= r.limit)) return r.band;
  }
  /* c8 ignore next */
  return m.rules[m.rules.length - 1].band;
}
