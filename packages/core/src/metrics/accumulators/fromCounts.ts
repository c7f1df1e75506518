/**
 * Accumulators from what a database already counted. When the predictions live in a
 * warehouse, the counting belongs there: a `GROUP BY` yields one row per (true, predicted)
 * pair, or a handful of sums, and these constructors turn that into the same mergeable
 * accumulators that `update` fills — so the same `compute()`, `merge` and widgets apply.
 */
import { SextantError } from '../../errors';
import { arrayLikeProblem, show } from '../../internal/validate';
import { compareLabels } from '../../internal/label-order';
import {
  createClassificationAccumulator,
  type ClassificationAccumulator,
  type ClassificationAccumulatorJSON,
} from './classification';
import { MAX_CLASSES, tooManyClasses } from '../internal/labels';
import { isRecord, own } from './comp';
import { regressionAccumulatorFromJSON, type RegressionAccumulator, type RegressionAccumulatorJSON } from './regression';
import type { Label } from '../labels';

/** One row of `SELECT y_true, y_pred, count(*) … GROUP BY y_true, y_pred`. */
export interface ClassificationCountRow {
  yTrue: Label;
  yPred: Label;
  /** How many samples had this (true, predicted) pair: an integer ≥ 0, or a weight sum ≥ 0. */
  count: number | bigint;
}

function refuse(
  code: 'INVALID_VALUE' | 'INVALID_LABEL' | 'INVALID_OPTION',
  message: string,
  index?: number,
  value?: unknown,
): never {
  throw new SextantError(code, message, { argument: 'rows', index, value });
}

function labelOf(v: unknown, i: number, field: string): Label {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) {
    // As the one-shot functions: a fractional number is a regression target, not a class.
    if (!Number.isInteger(v))
      refuse('INVALID_LABEL', `rows[${i}].${field} is ${v}; class labels are integers, strings or booleans`, i, v);
    return v;
  }
  if (typeof v === 'bigint' && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return refuse('INVALID_LABEL', `rows[${i}].${field} must be a string, a finite number or a boolean; got ${show(v)}`, i, v);
}

/**
 * A classification accumulator from the rows of a `GROUP BY y_true, y_pred` count — the
 * confusion matrix a warehouse computed. Equal to updating an accumulator with every
 * underlying sample (counts are exact up to 2^53).
 *
 * @param rows one `{ yTrue, yPred, count }` per pair (pairs may repeat; they add up).
 * `count` may be a `bigint`, as database drivers return 64-bit integers.
 * @param options `labels`, as for {@link createClassificationAccumulator}: they select and order the result.
 * @example
 * ```ts
 * import { classificationAccumulatorFromCounts, confusionMatrix } from '@sextant/core/metrics';
 * const acc = classificationAccumulatorFromCounts([
 *   { yTrue: 'fraud', yPred: 'fraud', count: 40 },
 *   { yTrue: 'fraud', yPred: 'ok', count: 10 },
 *   { yTrue: 'ok', yPred: 'ok', count: 945n },
 *   { yTrue: 'ok', yPred: 'fraud', count: 5 },
 * ]);
 * acc.compute().matrix; // [[40, 10], [5, 945]]
 * acc.compute().report.fraud.recall; // 0.8
 * ```
 */
export function classificationAccumulatorFromCounts(
  rows: ArrayLike<ClassificationCountRow>,
  options: { labels?: ArrayLike<Label> } = {},
): ClassificationAccumulator {
  // A typed array (BigInt64Array, DataView, …) has a length but holds no rows: named by type.
  if (ArrayBuffer.isView(rows) || arrayLikeProblem(rows) !== undefined) {
    refuse('INVALID_OPTION', `rows must be an array of { yTrue, yPred, count }; got ${show(rows)}`);
  }
  // Refuse bad labels (repeated, mixed kinds) as createClassificationAccumulator does.
  const acc = createClassificationAccumulator(options);
  const n = rows.length;
  // Classes sorted as the one-shot functions sort them; cells keyed by class index.
  const seen = new Map<Label, number>();
  const pairs: Array<[Label, Label, number]> = [];
  let total = 0;
  let integral = true;
  let kind: string | undefined;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as unknown;
    if (r === null || typeof r !== 'object')
      refuse('INVALID_VALUE', `rows[${i}] must be an object { yTrue, yPred, count }; got ${show(r)}`, i, r);
    const row = r as Record<string, unknown>;
    const t = labelOf(own(row, 'yTrue'), i, 'yTrue');
    const p = labelOf(own(row, 'yPred'), i, 'yPred');
    const raw = own(row, 'count');
    let c: number;
    if (typeof raw === 'bigint') {
      if (raw < 0n || raw > BigInt(Number.MAX_SAFE_INTEGER)) {
        refuse('INVALID_VALUE', `rows[${i}].count must be between 0 and 2^53 − 1; got ${raw}`, i, raw);
      }
      c = Number(raw);
    } else if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) {
      c = raw;
    } else {
      refuse('INVALID_VALUE', `rows[${i}].count must be a finite number ≥ 0; got ${show(raw)}`, i, raw);
    }
    for (const l of [t, p]) {
      if (kind === undefined) kind = typeof l;
      else if (typeof l !== kind)
        refuse(
          'INVALID_LABEL',
          `rows[${i}] holds the ${typeof l} ${show(l)} but earlier labels are ${kind}s; use one kind of label`,
          i,
          l,
        );
    }
    if (!Number.isInteger(c)) integral = false;
    total += c;
    if (!Number.isFinite(total)) refuse('INVALID_VALUE', `the counts overflow at rows[${i}]`, i, raw);
    // A pair counted 0 times is no sample: its classes were never seen.
    if (c === 0) continue;
    seen.set(t, 0);
    seen.set(p, 0);
    if (seen.size > MAX_CLASSES) throw tooManyClasses('rows', seen.size);
    pairs.push([t, p, c]);
  }
  if (integral && total > Number.MAX_SAFE_INTEGER) {
    refuse('INVALID_VALUE', `the counts add up to more than 2^53 − 1 (${total}); they would no longer be exact`);
  }
  const classes = [...seen.keys()];
  classes.sort(compareLabels);
  classes.forEach((c, i) => seen.set(c, i));
  const k = classes.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const [t, p, c] of pairs) matrix[seen.get(t)!][seen.get(p)!] += c;
  if (total === 0) return acc;
  const json: ClassificationAccumulatorJSON = {
    type: 'sextant.classificationAccumulator',
    version: 1,
    labels: null,
    classes,
    // `count` is the number of samples; for weight sums it is their total, rounded (at least 1).
    count: integral ? total : Math.max(1, Math.round(total)),
    matrix,
  };
  if (!integral) json.weighted = true;
  // The checks of a merge: labels of the data's kind (INVALID_LABEL), the class cap.
  try {
    return acc.merge(json);
  } catch (e) {
    if (e instanceof SextantError && e.code === 'INVALID_LABEL')
      refuse('INVALID_LABEL', e.message.replace(/^merge: other/, 'rows'));
    throw e;
  }
}

/** The spread of one series as SQL sums it: deviations from a shift (a value near the data). */
export interface SpreadSums {
  /** A value of the series (or near its mean): the sums are of deviations from it, which keeps them accurate. */
  shift: number;
  /** Σ w·(x − shift) */
  sum: number;
  /** Σ w·(x − shift)² */
  sumSquares: number;
  min: number;
  max: number;
}

/** What a warehouse computes for the regression metrics (see the example for the SQL). */
export interface RegressionSums {
  /** Number of rows. */
  count: number | bigint;
  /** Σ w (the row count when unweighted). @default count */
  sumWeight?: number;
  /** Σ w·|y − ŷ| */
  sumAbsError: number;
  /** Σ w·(y − ŷ)² */
  sumSquaredError: number;
  /** Sums of y. */
  yTrue: SpreadSums;
  /** Sums of e = y − ŷ. */
  error: SpreadSums;
}

function num(v: unknown, where: string, min = -Infinity): number {
  if (typeof v === 'number' && Number.isFinite(v) && v >= min) return v;
  throw new SextantError('INVALID_VALUE', `${where} must be a finite number${min === 0 ? ' ≥ 0' : ''}; got ${show(v)}`, {
    argument: where,
    value: v,
  });
}

function spread(s: unknown, where: string, w: number): RegressionAccumulatorJSON['yTrue'] {
  if (!isRecord(s)) {
    throw new SextantError('INVALID_VALUE', `${where} must be { shift, sum, sumSquares, min, max }; got ${show(s)}`, {
      argument: where,
    });
  }
  const shift = num(own(s, 'shift'), `${where}.shift`);
  const s1 = num(own(s, 'sum'), `${where}.sum`);
  const s2 = num(own(s, 'sumSquares'), `${where}.sumSquares`, 0);
  const min = num(own(s, 'min'), `${where}.min`);
  const max = num(own(s, 'max'), `${where}.max`);
  if (min > max) {
    throw new SextantError('INVALID_VALUE', `${where}.min (${min}) is greater than ${where}.max (${max})`, {
      argument: `${where}.min`,
    });
  }
  // M2 = Σw(x − x̄)² = Σw(x − s)² − (Σw(x − s))² / Σw; rounding may leave a tiny negative.
  const m2 = Math.max(0, s2 - (s1 / w) * s1);
  return { shift, sumDeviation: [s1, 0], m2: [m2, 0], min, max };
}

/**
 * A regression accumulator from sums a warehouse computed in one scan, so that MAE, MSE,
 * RMSE, R² and explained variance come out as `createRegressionAccumulator` would give them
 * over the same rows (to the rounding of the database's sums). Shifting each series by a value
 * near its mean keeps Σ(x − shift)² free of cancellation.
 *
 * @example
 * ```ts
 * import { regressionAccumulatorFromSums } from '@sextant/core/metrics';
 * // SELECT count(*), sum(abs(y - p)), sum((y - p)^2),
 * //   sum(y - 3), sum((y - 3)^2), min(y), max(y),          -- y shifted by 3
 * //   sum((y - p) - 0), sum((y - p)^2), min(y - p), max(y - p)
 * // FROM predictions  -- y = [1, 2, 3, 6], p = [1, 3, 3, 5]; R² = 1 − SSE/SST = 1 − 2/14
 * const acc = regressionAccumulatorFromSums({
 *   count: 4, sumAbsError: 2, sumSquaredError: 2,
 *   yTrue: { shift: 3, sum: 0, sumSquares: 14, min: 1, max: 6 },
 *   error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
 * });
 * acc.compute().meanSquaredError; // 0.5
 * acc.compute().r2Score; // 0.8571428571428572
 * ```
 */
export function regressionAccumulatorFromSums(sums: RegressionSums): RegressionAccumulator {
  // A Map, Date or typed array would read as sums that are all missing: named by type instead.
  if (!isRecord(sums)) {
    throw new SextantError(
      'INVALID_VALUE',
      `sums must be an object { count, sumAbsError, sumSquaredError, yTrue, error }; got ${show(sums)}`,
      { argument: 'sums' },
    );
  }
  // Own properties only, as a saved state is read: a JSON "__proto__" key lends nothing.
  const rawCount = own(sums, 'count');
  const count = typeof rawCount === 'bigint' ? Number(rawCount) : rawCount;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
    throw new SextantError('INVALID_VALUE', `sums.count must be an integer ≥ 1; got ${show(rawCount)}`, {
      argument: 'sums.count',
    });
  }
  const rawWeight = own(sums, 'sumWeight');
  const w = rawWeight === undefined ? count : num(rawWeight, 'sums.sumWeight', 0);
  if (w <= 0) throw new SextantError('INVALID_VALUE', `sums.sumWeight must be > 0; got ${w}`, { argument: 'sums.sumWeight' });
  const json: RegressionAccumulatorJSON = {
    type: 'sextant.regressionAccumulator',
    version: 1,
    count,
    sumWeight: [w, 0],
    sumAbsError: [num(own(sums, 'sumAbsError'), 'sums.sumAbsError', 0), 0],
    sumSquaredError: [num(own(sums, 'sumSquaredError'), 'sums.sumSquaredError', 0), 0],
    yTrue: spread(own(sums, 'yTrue'), 'sums.yTrue', w),
    error: spread(own(sums, 'error'), 'sums.error', w),
  };
  return regressionAccumulatorFromJSON(json);
}
