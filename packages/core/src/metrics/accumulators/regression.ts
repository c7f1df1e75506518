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
import { add, addComp, badState, isComp, isRecord, own, val, type Comp } from './comp';

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
    // A weight that is not a number is refused as such, not as weights that "sum to 0" (the
    // checked prefix before it may well be all zeros, or empty).
    const weightsRefused = d.error !== undefined;
    const t = floatArray(yTrue, 'yTrue', d);
    const p = floatArray(yPred, 'yPred', d);
    if (!weightsRefused) checkWeightValues(w);
    d.flush();
    return this.absorb(chunkState(t, p, w), 'update', 'yTrue');
  }

  merge(other: RegressionAccumulator | RegressionAccumulatorJSON): RegressionAccumulator {
    const b = other instanceof RegressionAcc ? cloneState(other.s) : readState(other, 'merge', 'other');
    return this.absorb(b, 'merge', 'other');
  }

  /** Merge `b` into a copy and keep it only when every sum is still finite. */
  private absorb(b: RegState, what: string, argument: string): this {
    const next = cloneState(this.s);
    mergeReg(next, b);
    if (next.count > Number.MAX_SAFE_INTEGER) {
      throw new SextantError('INVALID_VALUE', `${what}: the sample count would pass 2^53 − 1 and stop being exact`, { argument });
    }
    if (!finiteState(next)) {
      throw new SextantError(
        'INVALID_VALUE',
        `${what}: the sums overflow double precision (values beyond about 1e154); divide yTrue and yPred by a common scale before accumulating`,
        { argument },
      );
    }
    this.s = next;
    return this;
  }

  /** Load a checked state into a fresh accumulator. */
  load(s: RegState): this {
    this.s = s;
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

/** Every number of a state finite (a merge or chunk that overflowed is refused, not kept). */
function finiteState(s: RegState): boolean {
  const ok = (c: Comp): boolean => Number.isFinite(c[0]) && Number.isFinite(c[1]);
  const sp = (x: Spread): boolean => Number.isFinite(x.shift) && ok(x.dev) && ok(x.m2);
  return ok(s.sw) && ok(s.sae) && ok(s.sse) && sp(s.y) && sp(s.e);
}

function cloneState(s: RegState): RegState {
  const sp = (x: Spread): Spread => ({ shift: x.shift, dev: pair(x.dev), m2: pair(x.m2), min: x.min, max: x.max });
  return { count: s.count, sw: pair(s.sw), sae: pair(s.sae), sse: pair(s.sse), y: sp(s.y), e: sp(s.e) };
}

/**
 * Read a saved state, checking everything that would make a later number wrong, and refuse
 * it whole (INVALID_STATE naming the first bad field, `state.yTrue.m2`). Only own
 * properties are read; the state is built from fresh arrays.
 */
function readState(json: unknown, what: string, root: string): RegState {
  const bad = (field: string, message: string, value?: unknown): never => {
    throw badState(what, `${root}${field} ${message}`, `${root}${field}`, value);
  };
  if (!isRecord(json)) throw badState(what, `expected a regression accumulator or its JSON, got ${show(json)}`, root);
  if (own(json, 'type') !== 'sextant.regressionAccumulator') bad('.type', "must be 'sextant.regressionAccumulator'");
  if (own(json, 'version') !== 1) bad('.version', 'must be 1');
  const count = own(json, 'count');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
    bad('.count', `must be an integer from 0 to 2^53 − 1; got ${show(count)}`, count);
  const n = count as number;
  const empty = n === 0;

  /** A [sum, compensation] pair; `sign` ≥ 0 requires a value ≥ 0 (> 0 for 'positive'). */
  const comp = (o: object, key: string, field: string, sign?: 'nonNegative' | 'positive'): Comp => {
    const v = own(o, key);
    if (!isComp(v)) return bad(field, `must be a pair [sum, compensation] of finite numbers; got ${show(v)}`, v);
    // A compensation is a rounding error: it never outweighs its sum.
    if (!(Math.abs(v[1]) <= Math.abs(v[0]) * 2 ** -20))
      bad(field, `has a compensation ${v[1]} that is no rounding error of ${v[0]}`, v);
    const x = val(v);
    if (empty && x !== 0) bad(field, `is ${x} but count is 0`, v);
    if (!empty && sign === 'nonNegative' && x < 0) bad(field, `is ${x}; a sum of magnitudes or squares is ≥ 0`, v);
    if (!empty && sign === 'positive' && !(x > 0)) bad(field, `is ${x}; the weights of ${n} samples add up to more than 0`, v);
    return pair(v);
  };
  const spread = (key: string): Spread => {
    const o = own(json, key);
    if (!isRecord(o)) return bad(`.${key}`, `must be an object; got ${show(o)}`, o);
    const f = `.${key}`;
    const shift = own(o, 'shift');
    if (typeof shift !== 'number' || !Number.isFinite(shift))
      bad(`${f}.shift`, `must be a finite number; got ${show(shift)}`, shift);
    const dev = comp(o, 'sumDeviation', `${f}.sumDeviation`);
    const m2 = comp(o, 'm2', `${f}.m2`, 'nonNegative');
    const ends: number[] = [];
    for (const k of ['min', 'max'] as const) {
      const x = own(o, k);
      if (empty ? x !== null && x !== undefined : typeof x !== 'number' || !Number.isFinite(x))
        bad(`${f}.${k}`, `must be ${empty ? 'null (count is 0)' : 'a finite number'}; got ${show(x)}`, x);
      ends.push(empty ? 0 : (x as number));
    }
    if (ends[0] > ends[1]) bad(`${f}.min`, `(${ends[0]}) is greater than ${f.slice(1)}.max (${ends[1]})`, ends[0]);
    return { shift: shift as number, dev, m2, min: empty ? Infinity : ends[0], max: empty ? -Infinity : ends[1] };
  };
  const sw = comp(json, 'sumWeight', '.sumWeight', 'positive');
  const sae = comp(json, 'sumAbsError', '.sumAbsError', 'nonNegative');
  const sse = comp(json, 'sumSquaredError', '.sumSquaredError', 'nonNegative');
  const y = spread('yTrue');
  const e = spread('error');
  return { count: n, sw, sae, sse, y, e };
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
 * Restore a regression accumulator from its `toJSON()` state. A state that could give a
 * wrong number later is refused whole with `INVALID_STATE` naming the first bad field
 * (`state.yTrue.min`): non-finite fields, a weight sum ≤ 0 with samples, negative sums of
 * magnitudes or squares, `min > max`, `count: 0` with non-zero sums, a compensation larger
 * than a rounding error. Only own properties are read (a `"__proto__"` key pollutes nothing).
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(createRegressionAccumulator().update([1, 2, 3], [1, 2, 4]).toJSON());
 * regressionAccumulatorFromJSON(JSON.parse(saved)).compute().meanAbsoluteError; // 0.3333333333333333
 * ```
 */
export function regressionAccumulatorFromJSON(json: RegressionAccumulatorJSON): RegressionAccumulator {
  return new RegressionAcc().load(readState(json, 'regressionAccumulatorFromJSON', 'state'));
}
