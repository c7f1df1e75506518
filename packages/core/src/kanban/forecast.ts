import { SextantError } from '../errors';
import { MAX_INSTANT_MS, parseInstant, utcDateString, utcDayStart } from '../internal/instant';
import { assertSeed, Xoshiro128 } from '../internal/random';
import { isArrayLike, show } from '../internal/validate';

const DAY = 86_400_000;
/** Days a trial may run before it counts as "not within ten years". */
const HORIZON_DAYS = 3660;

/** One confidence level of a forecast: done within `days` whole days after `now`'s date, i.e. by the end of `date`. */
export interface ForecastPoint {
  /** `null` when that share of the trials did not finish within ten years. */
  days: number | null;
  date: string | null;
}

/** Result of {@link forecastCompletion}. */
export interface CompletionForecast {
  items: number;
  trials: number;
  seed: number;
  /** Days of throughput history sampled. */
  historyDays: number;
  p50: ForecastPoint;
  p85: ForecastPoint;
  p95: ForecastPoint;
}

/** Options of {@link forecastCompletion}. */
export interface ForecastOptions {
  /** How many more cards must finish: an integer in 1…1,000,000. */
  items: number;
  /** Seed of the generator: the same seed gives the same forecast. @default 0 */
  seed?: number;
  /** Simulated futures: an integer in 100…1,000,000. @default 10000 */
  trials?: number;
  /** The present: day 1 of the forecast is the UTC date after `now`'s. */
  now: string | number;
  /** Name used in messages. @default 'options' */
  argument?: string;
}

/**
 * Monte Carlo "when will these N items be done": each trial draws past days at random (with
 * replacement) from the daily throughput history and adds up what they finished until `items`
 * are done; the 50/85/95 % answers are the days by which that share of trials had finished
 * (nearest rank). ActionableAgile's "How many days" forecast; seeded (xoshiro128**), so the
 * same seed and history give the same dates on every machine.
 *
 * @param dailyThroughput - cards finished on each past day (integers ≥ 0), e.g. `flowMetrics`' `dailyThroughput` counts
 * @throws SextantError `EMPTY_INPUT` (no history), `INVALID_VALUE` (a count that is not an
 *   integer ≥ 0), `INVALID_OPTION` (bad items, trials, seed or now), `UNDEFINED_METRIC`
 *   (nothing finished in the whole history, so there is no rate to sample).
 * @example
 * ```ts
 * import { forecastCompletion } from '@sextant/core';
 * const f = forecastCompletion([2, 2, 2, 2], { items: 10, seed: 7, now: '2026-03-02T12:00:00Z' });
 * f.p85; // → { days: 5, date: '2026-03-07' }
 * ```
 */
export function forecastCompletion(dailyThroughput: ArrayLike<number>, options: ForecastOptions): CompletionForecast {
  const arg =
    options !== null && typeof options === 'object' && typeof options.argument === 'string' ? options.argument : 'options';
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `${arg} must be an object { items, now, seed?, trials? }; got ${show(options)}`, {
      argument: arg,
    });
  }
  if (!isArrayLike(dailyThroughput)) {
    throw new SextantError('INVALID_OPTION', `dailyThroughput must be an array of counts; got ${show(dailyThroughput)}`, {
      argument: 'dailyThroughput',
    });
  }
  const n = dailyThroughput.length;
  if (n === 0) throw new SextantError('EMPTY_INPUT', 'dailyThroughput is empty', { argument: 'dailyThroughput' });
  if (n > 10_000_000)
    throw new SextantError('INVALID_VALUE', `dailyThroughput has ${n} days; at most 10,000,000 are accepted`, {
      argument: 'dailyThroughput',
    });
  const history = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = dailyThroughput[i];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
      throw new SextantError('INVALID_VALUE', `dailyThroughput[${i}] must be an integer ≥ 0; got ${show(v)}`, {
        argument: 'dailyThroughput',
        index: i,
      });
    }
    history[i] = v;
    total += v;
  }
  const { items } = options;
  if (typeof items !== 'number' || !Number.isInteger(items) || items < 1 || items > 1_000_000) {
    throw new SextantError('INVALID_OPTION', `${arg}.items must be an integer in 1…1000000; got ${show(items)}`, {
      argument: `${arg}.items`,
    });
  }
  const trials = options.trials ?? 10_000;
  if (typeof trials !== 'number' || !Number.isInteger(trials) || trials < 100 || trials > 1_000_000) {
    throw new SextantError('INVALID_OPTION', `${arg}.trials must be an integer in 100…1000000; got ${show(trials)}`, {
      argument: `${arg}.trials`,
    });
  }
  const seed = options.seed ?? 0;
  assertSeed(seed, `${arg}.seed`);
  const now = parseInstant(options.now, `${arg}.now`, { code: 'INVALID_OPTION' });
  // Every forecast date must be a date Date can write (a raw RangeError otherwise).
  if (utcDayStart(now) + (HORIZON_DAYS + 1) * DAY > MAX_INSTANT_MS) {
    throw new SextantError(
      'INVALID_OPTION',
      `${arg}.now ${show(options.now)} is within ${HORIZON_DAYS} days of the end of Date's range, where forecast dates cannot be written`,
      { argument: `${arg}.now`, value: options.now },
    );
  }
  if (total === 0) {
    throw new SextantError(
      'UNDEFINED_METRIC',
      `dailyThroughput has no finished card in ${n} days, so there is no rate to forecast from`,
      {
        argument: 'dailyThroughput',
      },
    );
  }
  const rng = new Xoshiro128(seed);
  const days = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let done = 0;
    let d = 0;
    while (done < items && d < HORIZON_DAYS) {
      done += history[rng.nextInt(n)];
      d++;
    }
    days[t] = done >= items ? d : Infinity;
  }
  days.sort();
  const today = utcDayStart(now);
  const point = (p: number): ForecastPoint => {
    const d = days[Math.ceil(p * trials) - 1];
    return d === Infinity ? { days: null, date: null } : { days: d, date: utcDateString(today + d * DAY) };
  };
  return { items, trials, seed, historyDays: n, p50: point(0.5), p85: point(0.85), p95: point(0.95) };
}
