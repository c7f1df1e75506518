/**
 * Streaming accumulators whose state merges exactly: feed data in chunks on as many
 * workers as you like, save each state with `toJSON()`, restore and `merge` them in any
 * order, and `compute()` gives the same answer as one pass over all the data — counts
 * exactly, sums to ~1e-15 relative (every sum is Neumaier-compensated and the
 * compensation travels in the JSON).
 *
 * @example Per-partition states merged (Spark, DuckDB, worker pools, …)
 * ```ts
 * import { createRegressionAccumulator, regressionAccumulatorFromJSON } from '@sextant/core';
 *
 * // Partitions of one table, e.g. rows of a Spark DataFrame or DuckDB row groups.
 * const partitions = [
 *   { yTrue: [3, -0.5], yPred: [2.5, 0] },
 *   { yTrue: [2, 7], yPred: [2, 8] },
 * ];
 *
 * // On each worker: accumulate its partition and ship the JSON state.
 * const states = partitions.map(({ yTrue, yPred }) => {
 *   const acc = createRegressionAccumulator();
 *   acc.update(yTrue, yPred);
 *   return JSON.stringify(acc.toJSON());
 * });
 *
 * // On the driver: restore, merge in any order, compute once.
 * const total = createRegressionAccumulator();
 * for (const s of states) total.merge(regressionAccumulatorFromJSON(JSON.parse(s)));
 * total.compute();
 * // { count: 4, meanAbsoluteError: 0.5, meanSquaredError: 0.375, rootMeanSquaredError: 0.6123724356957945, r2Score: 0.9486081370449679, explainedVarianceScore: 0.9571734475374732 }
 * ```
 */
import { SextantError } from '../../errors';
import { show } from '../../internal/validate';
import { regressionChunk } from '../internal/kernels';
import { Deferred, checkPair, checkWeightValues, floatArray, optionsOf, weightsOf } from '../internal/validate';
import { add, addComp, badState, isComp, val, type Comp } from './comp';

/**
 * The spread of one series (y, or the errors e = y − ŷ) as a mergeable state: deviations
 * are summed from a shift (a value of the data), so the means used by Chan et al.'s pairwise
 * update carry no cancellation error when the data sit far from 0.
 */
export interface SpreadJSON {
  /** A value of the series; the sums below are of deviations from it. */
  shift: number;
  /** Σ w·(x − shift), [sum, Neumaier compensation]. */
  sumDeviation: [number, number];
  /** Σ w·(x − x̄)², [sum, compensation]. */
  m2: [number, number];
  /** Extremes (null when empty): a constant series has exactly zero spread. */
  min: number | null;
  max: number | null;
}

/** Saved state of a regression accumulator (plain JSON). */
export interface RegressionAccumulatorJSON {
  type: 'sextant.regressionAccumulator';
  version: 1;
  /** Number of samples. */
  count: number;
  /** Each sum is [sum, Neumaier compensation]. Σ w */
  sumWeight: [number, number];
  /** Σ w·|y − ŷ| */
  sumAbsError: [number, number];
  /** Σ w·(y − ŷ)² */
  sumSquaredError: [number, number];
  /** Spread of y (the R² denominator). */
  yTrue: SpreadJSON;
  /** Spread of e = y − ŷ (the explained-variance numerator). */
  error: SpreadJSON;
}

/** What {@link RegressionAccumulator.compute} returns; `r2Score` is null for fewer than two samples. */
export interface RegressionAccumulatorResult {
  count: number;
  meanAbsoluteError: number;
  meanSquaredError: number;
  rootMeanSquaredError: number;
  r2Score: number | null;
  explainedVarianceScore: number;
}

/** A mergeable state for the regression metrics. */
export interface RegressionAccumulator {
  /** Add a chunk of (true, predicted) values, optionally weighted. Returns the accumulator. */
  update(
    yTrue: ArrayLike<number>,
    yPred: ArrayLike<number>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): RegressionAccumulator;
  /** Add another accumulator's state (an accumulator or its JSON). Returns this accumulator. */
  merge(other: RegressionAccumulator | RegressionAccumulatorJSON): RegressionAccumulator;
  /** Number of samples so far. */
  readonly count: number;
  compute(): RegressionAccumulatorResult;
  toJSON(): RegressionAccumulatorJSON;
}

interface Spread {
  shift: number;
  dev: Comp;
  m2: Comp;
  min: number;
  max: number;
}

interface RegState {
  count: number;
  sw: Comp;
  sae: Comp;
  sse: Comp;
  y: Spread;
  e: Spread;
}

const emptySpread = (): Spread => ({ shift: 0, dev: [0, 0], m2: [0, 0], min: Infinity, max: -Infinity });

function emptyReg(): RegState {
  return { count: 0, sw: [0, 0], sae: [0, 0], sse: [0, 0], y: emptySpread(), e: emptySpread() };
}

/** Chan et al.'s pairwise update of a spread with total weights wa (of a) and wb (of b). */
function mergeSpread(a: Spread, wa: number, b: Spread, wb: number): void {
  if (wb === 0) return;
  if (wa === 0) {
    a.shift = b.shift;
    a.dev = [b.dev[0], b.dev[1]];
    a.m2 = [b.m2[0], b.m2[1]];
    a.min = b.min;
    a.max = b.max;
    return;
  }
  const gap = b.shift - a.shift;
  const delta = gap + (val(b.dev) / wb - val(a.dev) / wa);
  addComp(a.m2, b.m2);
  add(a.m2, (delta * delta * wa * wb) / (wa + wb));
  // Re-express b's deviations from a's shift.
  addComp(a.dev, b.dev);
  add(a.dev, wb * gap);
  a.min = Math.min(a.min, b.min);
  a.max = Math.max(a.max, b.max);
}

function mergeReg(a: RegState, b: RegState): void {
  const wa = val(a.sw);
  const wb = val(b.sw);
  mergeSpread(a.y, wa, b.y, wb);
  mergeSpread(a.e, wa, b.e, wb);
  addComp(a.sw, b.sw);
  addComp(a.sae, b.sae);
  addComp(a.sse, b.sse);
  a.count += b.count;
}

function chunkState(t: Float64Array, p: Float64Array, w: Float64Array | undefined): RegState {
  const c = regressionChunk(t, p, w);
  return {
    count: t.length,
    sw: c.sw,
    sae: c.sae,
    sse: c.sse,
    y: { shift: t[0], dev: c.devT, m2: c.m2T, min: c.minT, max: c.maxT },
    e: { shift: t[0] - p[0], dev: c.devE, m2: c.m2E, min: c.minE, max: c.maxE },
  };
}

const pair = (a: Comp): [number, number] => [a[0], a[1]];

function spreadJSON(s: Spread, empty: boolean): SpreadJSON {
  return { shift: s.shift, sumDeviation: pair(s.dev), m2: pair(s.m2), min: empty ? null : s.min, max: empty ? null : s.max };
}

class RegressionAcc implements RegressionAccumulator {
  private s: RegState = emptyReg();

  get count(): number {
    return this.s.count;
  }

  update(
    yTrue: ArrayLike<number>,
    yPred: ArrayLike<number>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): RegressionAccumulator {
    const o = optionsOf(options, 'update');
    const n = checkPair(yTrue, 'yTrue', yPred, 'yPred');
    const d = new Deferred();
    const w = weightsOf(o.sampleWeight, n, d);
    const t = floatArray(yTrue, 'yTrue', d);
    const p = floatArray(yPred, 'yPred', d);
    checkWeightValues(w);
    d.flush();
    mergeReg(this.s, chunkState(t, p, w));
    return this;
  }

  merge(other: RegressionAccumulator | RegressionAccumulatorJSON): RegressionAccumulator {
    const j = other instanceof RegressionAcc ? other.toJSON() : readRegressionJSON(other, 'merge');
    mergeReg(this.s, stateFromJSON(j));
    return this;
  }

  compute(): RegressionAccumulatorResult {
    const s = this.s;
    if (s.count === 0)
      throw new SextantError('EMPTY_INPUT', 'compute: the accumulator has seen no samples', { argument: 'accumulator' });
    const W = val(s.sw);
    const sse = val(s.sse);
    const sst = s.y.min === s.y.max ? 0 : val(s.y.m2);
    const see = s.e.min === s.e.max ? 0 : val(s.e.m2);
    if (!Number.isFinite(sse) || !Number.isFinite(sst) || !Number.isFinite(see)) {
      // The one-shot functions rescale the data when squares overflow; a running state can't,
      // and R² from an overflowed sum would be a silently wrong 1.
      throw new SextantError(
        'INVALID_VALUE',
        'compute: sums of squares overflowed double precision (values beyond about 1e154); divide yTrue and yPred by a common scale before accumulating',
        { argument: 'accumulator' },
      );
    }
    const mse = sse / W;
    // scikit-learn's force_finite rule.
    const finite = (num: number, den: number): number => (num === 0 ? 1 : den === 0 ? 0 : 1 - num / den);
    return {
      count: s.count,
      meanAbsoluteError: val(s.sae) / W,
      meanSquaredError: mse,
      rootMeanSquaredError: Math.sqrt(mse),
      r2Score: s.count < 2 ? null : finite(sse, sst),
      explainedVarianceScore: finite(see, sst),
    };
  }

  toJSON(): RegressionAccumulatorJSON {
    const s = this.s;
    const empty = s.count === 0;
    return {
      type: 'sextant.regressionAccumulator',
      version: 1,
      count: s.count,
      sumWeight: pair(s.sw),
      sumAbsError: pair(s.sae),
      sumSquaredError: pair(s.sse),
      yTrue: spreadJSON(s.y, empty),
      error: spreadJSON(s.e, empty),
    };
  }
}

function readSpread(v: unknown, key: string, empty: boolean, what: string): Spread {
  if (v === null || typeof v !== 'object') throw badState(what, `\`${key}\` must be an object`);
  const o = v as Partial<SpreadJSON>;
  if (typeof o.shift !== 'number' || !Number.isFinite(o.shift)) throw badState(what, `\`${key}.shift\` must be a finite number`);
  if (!isComp(o.sumDeviation)) throw badState(what, `\`${key}.sumDeviation\` must be a pair of finite numbers`);
  if (!isComp(o.m2)) throw badState(what, `\`${key}.m2\` must be a pair of finite numbers`);
  for (const k of ['min', 'max'] as const) {
    const x = o[k];
    const ok = empty ? x === null || x === undefined : typeof x === 'number' && Number.isFinite(x);
    if (!ok) throw badState(what, `\`${key}.${k}\` must be ${empty ? 'null' : 'a finite number'}`);
  }
  return {
    shift: o.shift,
    dev: pair(o.sumDeviation),
    m2: pair(o.m2),
    min: empty ? Infinity : (o.min as number),
    max: empty ? -Infinity : (o.max as number),
  };
}

function readRegressionJSON(json: unknown, what: string): RegressionAccumulatorJSON {
  if (json === null || typeof json !== 'object')
    throw badState(what, `expected a regression accumulator or its JSON, got ${show(json)}`);
  const j = json as Partial<RegressionAccumulatorJSON>;
  if (j.type !== 'sextant.regressionAccumulator' || j.version !== 1)
    throw badState(what, 'not a regression accumulator state (type/version)');
  if (typeof j.count !== 'number' || !Number.isInteger(j.count) || j.count < 0)
    throw badState(what, '`count` must be a non-negative integer');
  for (const key of ['sumWeight', 'sumAbsError', 'sumSquaredError'] as const) {
    if (!isComp(j[key])) throw badState(what, `\`${key}\` must be a pair of finite numbers`);
  }
  readSpread(j.yTrue, 'yTrue', j.count === 0, what);
  readSpread(j.error, 'error', j.count === 0, what);
  return j as RegressionAccumulatorJSON;
}

function stateFromJSON(j: RegressionAccumulatorJSON): RegState {
  const empty = j.count === 0;
  return {
    count: j.count,
    sw: pair(j.sumWeight),
    sae: pair(j.sumAbsError),
    sse: pair(j.sumSquaredError),
    y: readSpread(j.yTrue, 'yTrue', empty, 'state'),
    e: readSpread(j.error, 'error', empty, 'state'),
  };
}

/**
 * A mergeable accumulator for the regression metrics. `compute()` gives `{ count,
 * meanAbsoluteError, meanSquaredError, rootMeanSquaredError, r2Score,
 * explainedVarianceScore }` equal to the one-shot functions over all the data seen
 * (`r2Score` is null below two samples, where `r2Score()` refuses).
 *
 * @example
 * ```ts
 * const a = createRegressionAccumulator().update([3, -0.5], [2.5, 0]);
 * const b = createRegressionAccumulator().update([2, 7], [2, 8]);
 * a.merge(b.toJSON()).compute().meanSquaredError; // 0.375
 * ```
 */
export function createRegressionAccumulator(): RegressionAccumulator {
  return new RegressionAcc();
}

/**
 * Restore a regression accumulator from its `toJSON()` state (`INVALID_STATE` when the
 * object is not one).
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(createRegressionAccumulator().update([1, 2, 3], [1, 2, 4]).toJSON());
 * regressionAccumulatorFromJSON(JSON.parse(saved)).compute().meanAbsoluteError; // 0.3333333333333333
 * ```
 */
export function regressionAccumulatorFromJSON(json: RegressionAccumulatorJSON): RegressionAccumulator {
  const j = readRegressionJSON(json, 'regressionAccumulatorFromJSON');
  return new RegressionAcc().merge(j);
}
