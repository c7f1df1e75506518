/**
 * The Data Quality Index: the measured dimensions of a profile combined on 0…100.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { describe, scaleExponent } from '../internal/hostile';
import { optionError } from './schema';
import type { DataQualityDimension, DataQualityProfile } from './types';

/** Weights of the Data Quality Index dimensions (relative; normalised over the measured ones). */
export type DataQualityWeights = Partial<Record<DataQualityDimension, number>>;

/**
 * Default weights: equal. The AI/ML project guide defines the index as "a composite score
 * reflecting completeness, accuracy, consistency, and timeliness" without ranking them;
 * validity here is its accuracy. Uniqueness, when keys were profiled, counts as much as
 * each of them; give it weight 0 for the guide's four-part index.
 */
export const DATA_QUALITY_DEFAULT_WEIGHTS: Readonly<Record<DataQualityDimension, number>> = Object.freeze({
  completeness: 1,
  validity: 1,
  consistency: 1,
  timeliness: 1,
  uniqueness: 1,
});

const DIMENSIONS: readonly DataQualityDimension[] = ['completeness', 'validity', 'consistency', 'timeliness', 'uniqueness'];

/** One dimension's part of the index. */
export interface DataQualityIndexPart {
  /** The dimension's score on 0…1, or null when it was not measured. */
  score: number | null;
  /** Its weight after normalising over the measured dimensions (0 when not measured). */
  weight: number;
  /** Points it adds to the index: 100 · weight · score. */
  contribution: number;
}

/** The result of {@link dataQualityIndex}. Plain JSON. */
export interface DataQualityIndex {
  /** 0…100. */
  score: number;
  breakdown: Record<DataQualityDimension, DataQualityIndexPart>;
  /** The dimensions that had a score, in breakdown order. */
  measured: DataQualityDimension[];
}

/**
 * The Data Quality Index: a weighted mean of the measured dimensions, on 0…100 —
 * `100 · Σ wᵢ·sᵢ / Σ wᵢ` over the dimensions that have a score. Takes a
 * {@link profileDataQuality} result or plain scores on 0…1 (`{ completeness: 0.98, … }`;
 * null or absent = not measured). Weights are relative; by default all equal
 * ({@link DATA_QUALITY_DEFAULT_WEIGHTS}).
 *
 * @param input a profile, or scores on 0…1 per dimension
 * @param options `weights`: relative weight per dimension, merged over the defaults
 * @example
 * ```ts
 * dataQualityIndex({ completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 });
 * // { score: 95.75, breakdown: { completeness: { score: 0.98, weight: 0.25, contribution: 24.5 }, … }, measured: [...] }
 * dataQualityIndex(profile, { weights: { completeness: 2, uniqueness: 0 } });
 * ```
 */
export function dataQualityIndex(
  input: DataQualityProfile | Partial<Record<DataQualityDimension, number | null>>,
  options: { weights?: DataQualityWeights } = {},
): DataQualityIndex {
  if (!isRecord(input)) {
    throw optionError('input', `must be a data-quality profile or an object of scores; got ${describe(input)}`);
  }
  const isProfile = 'rowCount' in input && 'scores' in input;
  const scores = (isProfile ? (input as DataQualityProfile).scores : input) as Record<string, unknown>;
  const argBase = isProfile ? 'input.scores' : 'input';
  // A Map or a typed array has no own score keys: it read as "nothing measured", or (null) threw a TypeError.
  if (!isRecord(scores)) throw optionError(argBase, `must be an object of scores on 0…1; got ${describe(scores)}`);
  const measured = DIMENSIONS.filter((d) => scores[d] !== undefined && scores[d] !== null);
  if (measured.length === 0)
    throw new SextantError('EMPTY_INPUT', `${argBase} has no score for any of ${DIMENSIONS.join(', ')}`, { argument: argBase });
  // NON_FINITE, then INVALID_OPTION, then INVALID_VALUE.
  for (const d of measured) {
    const s = scores[d];
    if (typeof s === 'number' && !Number.isFinite(s)) {
      throw new SextantError('NON_FINITE', `${argBase}.${d} is ${s}`, { argument: `${argBase}.${d}`, value: s });
    }
  }
  for (const k of Object.keys(scores)) {
    if (!DIMENSIONS.includes(k as DataQualityDimension))
      throw optionError(`${argBase}.${k}`, `is not a dimension (${DIMENSIONS.join(', ')})`);
  }
  if (options === null || typeof options !== 'object') throw optionError('options', `must be an object; got ${show(options)}`);
  const given = options.weights ?? {};
  if (given === null || typeof given !== 'object')
    throw optionError('options.weights', `must be an object of weights; got ${show(given)}`);
  const weights: Record<DataQualityDimension, number> = { ...DATA_QUALITY_DEFAULT_WEIGHTS };
  for (const [k, w] of Object.entries(given)) {
    if (!DIMENSIONS.includes(k as DataQualityDimension))
      throw optionError(`options.weights.${k}`, `is not a dimension (${DIMENSIONS.join(', ')})`);
    if (w === undefined) continue;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      throw optionError(`options.weights.${k}`, `must be a finite number ≥ 0; got ${show(w)}`, w);
    weights[k as DataQualityDimension] = w;
  }
  for (const d of measured) {
    const s = scores[d];
    if (typeof s !== 'number' || s < 0 || s > 1) {
      throw new SextantError('INVALID_VALUE', `${argBase}.${d} must be a number in [0, 1]; got ${show(s)}`, {
        argument: `${argBase}.${d}`,
        value: s,
      });
    }
  }
  // Weights are relative: divided by a power of two near the largest (exact), their sum
  // cannot overflow (1e308 + 1e308 made every share 0) nor lose subnormal ones.
  let largest = 0;
  for (const d of measured) largest = Math.max(largest, weights[d]);
  const unit = 2 ** scaleExponent(largest);
  for (const d of DIMENSIONS) weights[d] /= unit;
  let total = 0;
  for (const d of measured) total += weights[d];
  if (total === 0) {
    throw new SextantError('INVALID_VALUE', `options.weights sum to 0 over the measured dimensions (${measured.join(', ')})`, {
      argument: 'options.weights',
    });
  }
  let score = 0;
  const breakdown = {} as Record<DataQualityDimension, DataQualityIndexPart>;
  for (const d of DIMENSIONS) {
    const has = measured.includes(d);
    const s = has ? (scores[d] as number) : null;
    const weight = has ? weights[d] / total : 0;
    const contribution = s === null ? 0 : 100 * weight * s;
    score += contribution;
    breakdown[d] = { score: s, weight, contribution };
  }
  return { score: Math.min(100, Math.max(0, score)), breakdown, measured };
}

function isRecord(v: unknown): boolean {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !ArrayBuffer.isView(v) &&
    !(v instanceof Map) &&
    !(v instanceof Set) &&
    !(v instanceof Date)
  );
}
