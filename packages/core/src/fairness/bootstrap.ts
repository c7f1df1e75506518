/**
 * Seeded, deterministic bootstrap confidence intervals for fairness statistics.
 * Fairlearn's `MetricFrame(n_boot=…, ci_quantiles=…, random_state=…)` resamples all rows
 * at once; here each group is resampled within itself (stratified), so every group keeps
 * its size and stays present in every resample.
 */
import { SextantError, isSextantError, type SextantErrorCode } from '../errors';
import { Xoshiro128, assertSeed } from '../internal/random';
import { assertIntegerInRange, show } from '../internal/validate';
import { binaryStatistics, prepareBinary, type LabelUse, type PreparedSettings } from './cells';
import {
  demographicParityDifference,
  demographicParityRatio,
  equalizedOddsDifference,
  equalizedOddsRatio,
  equalOpportunityDifference,
  equalOpportunityRatio,
} from './disparity';
import {
  assertGroupsValid,
  checkShapes,
  checkWeightValues,
  encodeGroups,
  finiteWeights,
  requireSensitiveFeatures,
  type EncodedGroups,
  type FairnessLabel,
} from './groups';

/** The options every statistic given to {@link bootstrapFairness} receives. */
export interface StatisticOptions {
  /** One group value per row; resampling is stratified by it. Required. */
  sensitiveFeatures: ArrayLike<FairnessLabel>;
  /** Non-negative weight per row, resampled with its row. @default undefined */
  sampleWeight?: ArrayLike<number>;
}

/** How many resamples, at which confidence, from which seed. */
export interface BootstrapSettings {
  /** Number of bootstrap resamples, 1…1,000,000. @default 1000 */
  nBoot?: number;
  /** Two-sided confidence level of the interval, strictly between 0 and 1. @default 0.95 */
  confidence?: number;
  /** Seed of the random generator (any safe integer): the same seed gives the same interval. @default 0 */
  seed?: number;
}

/** A point estimate with its bootstrap interval. Plain JSON. */
export interface BootstrapInterval {
  /** The statistic on the data as given. */
  value: number;
  /** Lower end: the (1 − confidence)/2 percentile of the resampled statistics, lowered to `value` if above it. */
  lower: number;
  /** Upper end: the (1 + confidence)/2 percentile, raised to `value` if below it. */
  upper: number;
  confidence: number;
  nBoot: number;
  seed: number;
  /** Standard deviation of the resampled statistics (n − 1 denominator; 0 for one resample). */
  standardError: number;
  /**
   * Mean of the resampled statistics minus `value`. Max-minus-min disparities are biased
   * upwards under resampling (noise widens the spread between groups), so a clearly positive
   * bias says the interval's upper end overstates the disparity.
   */
  bias: number;
}

/** A statistic of labels and options, such as {@link demographicParityDifference}. */
export type FairnessStatistic<O extends StatisticOptions> = (
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: O,
) => number;

interface Kernel {
  use: LabelUse;
  stat: (cells: Float64Array, G: number, p: PreparedSettings) => number;
}

/** The built-in disparities resample their confusion cells directly (no arrays rebuilt per resample). */
function kernelOf(fn: unknown): Kernel | undefined {
  if (fn === demographicParityDifference) return { use: 'pred', stat: binaryStatistics.demographicParityDifference };
  if (fn === demographicParityRatio) return { use: 'pred', stat: binaryStatistics.demographicParityRatio };
  if (fn === equalizedOddsDifference) return { use: 'binary', stat: binaryStatistics.equalizedOddsDifference };
  if (fn === equalizedOddsRatio) return { use: 'binary', stat: binaryStatistics.equalizedOddsRatio };
  if (fn === equalOpportunityDifference) return { use: 'binary', stat: binaryStatistics.equalOpportunityDifference };
  if (fn === equalOpportunityRatio) return { use: 'binary', stat: binaryStatistics.equalOpportunityRatio };
  return undefined;
}

const PRECEDENCE: readonly SextantErrorCode[] = [
  'EMPTY_INPUT',
  'LENGTH_MISMATCH',
  'NON_FINITE',
  'INVALID_OPTION',
  'INVALID_VALUE',
  'INVALID_LABEL',
  'UNDEFINED_METRIC',
];

/**
 * A percentile bootstrap confidence interval for a fairness statistic, seeded and
 * deterministic: the same inputs and `seed` give the same interval on every machine.
 *
 * Each resample draws, within every group of `sensitiveFeatures`, as many rows as the group
 * has, with replacement (stratified bootstrap), and evaluates `statistic` on them. The
 * interval is the (1 ∓ confidence)/2 percentiles of the `nBoot` results (NumPy's linear
 * quantile), widened where needed to contain the point estimate: a percentile interval of
 * a max-minus-min disparity can lie wholly above it, and an interval that excludes the
 * estimate it is reported with only confuses. `bias` shows how far resampling moved the
 * statistic.
 *
 * The built-in disparities (`demographicParityDifference`/`Ratio`, `equalizedOddsDifference`/
 * `Ratio`, `equalOpportunityDifference`/`Ratio`) are resampled on their confusion cells,
 * about one random draw and one addition per row per resample. Any other statistic is called
 * as `statistic(yTrue, yPred, { ...options, sensitiveFeatures, sampleWeight })` on the
 * resampled rows (without `nBoot`, `confidence`, `seed`), e.g.
 * `(t, p, o) => metricFrame(accuracyScore, t, p, o).difference`.
 *
 * @param statistic a function of `(yTrue, yPred, options)` returning a finite number
 * @param options the statistic's options (`sensitiveFeatures` required) plus `nBoot`, `confidence`, `seed`
 * @example
 * ```ts
 * bootstrapFairness(demographicParityDifference, [1, 0, 1, 1, 0, 1, 0, 0], [1, 1, 1, 0, 0, 1, 0, 0], {
 *   sensitiveFeatures: ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'], nBoot: 500, confidence: 0.9, seed: 42,
 * });
 * // { value: 0.5, lower: 0, upper: 1, confidence: 0.9, nBoot: 500, seed: 42, standardError: 0.2814, bias: 0.0245 }
 * ```
 */
export function bootstrapFairness<O extends StatisticOptions>(
  statistic: FairnessStatistic<O>,
  yTrue: ArrayLike<FairnessLabel>,
  yPred: ArrayLike<FairnessLabel>,
  options: O & BootstrapSettings,
): BootstrapInterval {
  const { nBoot: rawB, confidence: rawC, seed: rawSeed, ...rest } = (options ?? {}) as O & BootstrapSettings;
  const statOptions = rest as unknown as O;
  // Bootstrap settings are INVALID_OPTION: raised in API.md's precedence relative to the data checks.
  let settingsError: SextantError | undefined;
  let nBoot = 1000;
  let confidence = 0.95;
  let seed = 0;
  try {
    if (typeof statistic !== 'function') {
      throw new SextantError(
        'INVALID_OPTION',
        `statistic must be a function (yTrue, yPred, options) => number; got ${show(statistic)}`,
        {
          argument: 'statistic',
        },
      );
    }
    if (rawB !== undefined) assertIntegerInRange(rawB, 1, 1_000_000, 'options.nBoot');
    nBoot = rawB ?? 1000;
    if (rawC !== undefined && (typeof rawC !== 'number' || !(rawC > 0 && rawC < 1))) {
      throw new SextantError(
        'INVALID_OPTION',
        `options.confidence must be a number strictly between 0 and 1; got ${show(rawC)}`,
        {
          argument: 'options.confidence',
          value: rawC,
        },
      );
    }
    confidence = rawC ?? 0.95;
    if (rawSeed !== undefined) assertSeed(rawSeed);
    seed = rawSeed ?? 0;
  } catch (e) {
    settingsError = e as SextantError;
  }

  const kernel = kernelOf(statistic);
  let value: number;
  let groups: EncodedGroups;
  let resampleStat: (idx: Int32Array, b: number) => number;
  try {
    if (kernel) {
      const p = prepareBinary(yTrue, yPred, statOptions, kernel.use);
      const G = p.groups.values.length;
      value = kernel.stat(p.cells, G, p);
      groups = p.groups;
      const cells = new Float64Array(4 * G);
      const rowCell = p.rowCell;
      const w = p.weights;
      resampleStat = (idx) => {
        cells.fill(0);
        if (w) for (let k = 0; k < idx.length; k++) cells[rowCell[idx[k]]] += w[idx[k]];
        else for (let k = 0; k < idx.length; k++) cells[rowCell[idx[k]]] += 1;
        return kernel.stat(cells, G, p);
      };
    } else {
      const input = checkShapes(yTrue, yPred, statOptions);
      const g = input.sf ? encodeGroups(input.sf) : undefined;
      const w = finiteWeights(input.weightsRaw);
      if (settingsError) throw settingsError;
      requireSensitiveFeatures(input.sf);
      checkWeightValues(w);
      assertGroupsValid(g as EncodedGroups, input.sf);
      groups = g as EncodedGroups;
      const fn = statistic as FairnessStatistic<O>;
      value = callStatistic(() => fn(yTrue, yPred, statOptions), 'the data');
      const sf = input.sf;
      resampleStat = (idx, b) => {
        const opts = { ...statOptions, sensitiveFeatures: pick(sf, idx) } as O;
        if (w) opts.sampleWeight = pick(w, idx) as Float64Array;
        return callStatistic(() => fn(pick(yTrue, idx), pick(yPred, idx), opts), `resample ${b}`);
      };
    }
  } catch (e) {
    if (settingsError && isSextantError(e) && PRECEDENCE.indexOf(e.code) > PRECEDENCE.indexOf('INVALID_OPTION'))
      throw settingsError;
    throw e;
  }
  if (settingsError) throw settingsError;

  const stats = resampleStratified(groups, nBoot, seed, resampleStat);
  return summarise(value, stats, confidence, nBoot, seed);
}

function callStatistic(f: () => unknown, where: string): number {
  const v = f();
  if (typeof v !== 'number') {
    throw new SextantError('INVALID_OPTION', `statistic must return a number; on ${where} it returned ${show(v)}`, {
      argument: 'statistic',
    });
  }
  if (!Number.isFinite(v))
    throw new SextantError('UNDEFINED_METRIC', `statistic is ${v} on ${where}`, { argument: 'statistic', value: v });
  return v;
}

/**
 * `nBoot` stratified resamples: for each group, its size in uniform draws among its own
 * rows (xoshiro128**, unbiased bounded integers), groups in sorted order.
 */
function resampleStratified(
  groups: EncodedGroups,
  nBoot: number,
  seed: number,
  stat: (idx: Int32Array, b: number) => number,
): Float64Array {
  const G = groups.values.length;
  const n = groups.codes.length;
  const offsets = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) offsets[g + 1] = offsets[g] + groups.sizes[g];
  const order = new Int32Array(n);
  const fill = offsets.slice(0, G);
  const codes = groups.codes;
  for (let i = 0; i < n; i++) order[fill[codes[i]]++] = i;

  const rng = new Xoshiro128(seed);
  const idx = new Int32Array(n);
  const out = new Float64Array(nBoot);
  for (let b = 0; b < nBoot; b++) {
    for (let g = 0; g < G; g++) {
      const from = offsets[g];
      const size = offsets[g + 1] - from;
      for (let k = 0; k < size; k++) idx[from + k] = order[from + rng.nextInt(size)];
    }
    out[b] = stat(idx, b);
  }
  return out;
}

function summarise(value: number, stats: Float64Array, confidence: number, nBoot: number, seed: number): BootstrapInterval {
  let mean = 0;
  for (let b = 0; b < nBoot; b++) mean += stats[b];
  mean /= nBoot;
  let ss = 0;
  for (let b = 0; b < nBoot; b++) ss += (stats[b] - mean) * (stats[b] - mean);
  const standardError = nBoot > 1 ? Math.sqrt(ss / (nBoot - 1)) : 0;
  const sorted = stats.slice().sort();
  const alpha = (1 - confidence) / 2;
  const lo = linearQuantile(sorted, alpha);
  const hi = linearQuantile(sorted, 1 - alpha);
  return {
    value,
    lower: Math.min(lo, value),
    upper: Math.max(hi, value),
    confidence,
    nBoot,
    seed,
    standardError,
    bias: mean - value,
  };
}

/** NumPy's default (linear) quantile of sorted data. */
function linearQuantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * f : sorted[i];
}

/** Rows `idx` of `src`, typed arrays kept typed. */
function pick<T>(src: ArrayLike<T>, idx: Int32Array): ArrayLike<T> {
  const m = idx.length;
  if (ArrayBuffer.isView(src) && !(src instanceof DataView)) {
    const out = new (src.constructor as new (n: number) => { [i: number]: T; length: number })(m);
    for (let k = 0; k < m; k++) out[k] = src[idx[k]];
    return out as unknown as ArrayLike<T>;
  }
  const out = new Array<T>(m);
  for (let k = 0; k < m; k++) out[k] = src[idx[k]];
  return out;
}
