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
import { SextantError } from '../errors';
import { checkLabelsOption, compareLabels, countPairs, type LabelKind, type PairCounts } from './internal/labels';
import { Deferred, checkPair, checkWeightValues, floatArray, optionsOf, weightsOf } from './internal/validate';
import { regressionChunk } from './internal/kernels';
import { show } from '../internal/validate';
import { reportFromCounts } from './internal/prf';
import type { ClassificationReport } from './classification-types';
import type { Label } from './labels';

// ------------------------------------------------------- compensated pair --

/** A Neumaier sum carried as [sum, compensation]; its value is sum + compensation. */
type Comp = [number, number];

function add(a: Comp, x: number): void {
  const s = a[0];
  const t = s + x;
  a[1] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  a[0] = t;
}

function addComp(a: Comp, b: Comp): void {
  add(a, b[0]);
  a[1] += b[1];
}

const val = (a: Comp): number => (Number.isFinite(a[0]) ? a[0] + a[1] : a[0]);

function badState(what: string, message: string): SextantError {
  return new SextantError('INVALID_STATE', `${what}: ${message}`, { argument: 'json' });
}

function isComp(v: unknown): v is Comp {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1])
  );
}

// ------------------------------------------------------- classification --

/** Saved state of a classification accumulator (plain JSON). */
export interface ClassificationAccumulatorJSON {
  type: 'sextant.classificationAccumulator';
  version: 1;
  /** The `labels` given at creation (they select and order the result), or null. */
  labels: Label[] | null;
  /** Every class seen so far, in the order of `matrix`'s rows and columns. */
  classes: Label[];
  /** Number of samples. */
  count: number;
  /** Rows = true class, columns = predicted class: (weighted) counts. */
  matrix: number[][];
  /** Neumaier compensation of each cell (weighted data only; absent when all 0). */
  compensation?: number[][];
}

/** What {@link ClassificationAccumulator.compute} returns. */
export interface ClassificationAccumulatorResult {
  labels: Label[];
  /** Same as `confusionMatrix(yTrue, yPred, { labels })` over all the data. */
  matrix: number[][];
  /** Same as `accuracyScore(yTrue, yPred)`. */
  accuracy: number;
  /** Same as `classificationReport(yTrue, yPred, { labels })`. */
  report: ClassificationReport;
}

/** A mergeable confusion-matrix state. */
export interface ClassificationAccumulator {
  /** Add a chunk of (true, predicted) labels, optionally weighted. Returns the accumulator. */
  update(
    yTrue: ArrayLike<Label>,
    yPred: ArrayLike<Label>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): ClassificationAccumulator;
  /** Add another accumulator's state (an accumulator or its JSON). Returns this accumulator. */
  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator;
  /** Number of samples so far. */
  readonly count: number;
  /** `{ labels, matrix, accuracy, report }` of everything seen. */
  compute(): ClassificationAccumulatorResult;
  /** The state as plain JSON. */
  toJSON(): ClassificationAccumulatorJSON;
}

class ClassificationAcc implements ClassificationAccumulator {
  private readonly labels: Label[] | undefined;
  private classes: Label[] = [];
  private index = new Map<Label, number>();
  private kind: LabelKind | undefined;
  private k = 0;
  private sums = new Float64Array(0);
  private comp = new Float64Array(0);
  private n = 0;

  constructor(labels: Label[] | undefined) {
    this.labels = labels;
  }

  get count(): number {
    return this.n;
  }

  /** Index of `label`, adding a row and a column for a new class. */
  private slot(label: Label, where: string): number {
    const at = this.index.get(label);
    if (at !== undefined) return at;
    const kind = typeof label as LabelKind;
    if (this.kind !== undefined && this.kind !== kind) {
      throw new SextantError(
        'INVALID_LABEL',
        `${where}: the label ${show(label)} is a ${kind} but this accumulator holds ${this.kind} labels`,
        {
          argument: where,
          value: label,
        },
      );
    }
    this.kind = kind;
    const k = this.k + 1;
    const sums = new Float64Array(k * k);
    const comp = new Float64Array(k * k);
    for (let i = 0; i < this.k; i++) {
      sums.set(this.sums.subarray(i * this.k, (i + 1) * this.k), i * k);
      comp.set(this.comp.subarray(i * this.k, (i + 1) * this.k), i * k);
    }
    this.sums = sums;
    this.comp = comp;
    this.k = k;
    this.classes.push(label);
    this.index.set(label, k - 1);
    return k - 1;
  }

  private addCell(i: number, j: number, s: number, c: number): void {
    const at = i * this.k + j;
    const a = this.sums[at];
    const t = a + s;
    this.comp[at] += (Math.abs(a) >= Math.abs(s) ? a - t + s : s - t + a) + c;
    this.sums[at] = t;
  }

  private addTable(
    classes: readonly Label[],
    k: number,
    sums: ArrayLike<number>,
    comp: ArrayLike<number> | undefined,
    where: string,
  ): void {
    const map = classes.map((c) => this.slot(c, where));
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const s = sums[a * k + b];
        const c = comp === undefined ? 0 : comp[a * k + b];
        if (s !== 0 || c !== 0) this.addCell(map[a], map[b], s, c);
      }
    }
  }

  update(
    yTrue: ArrayLike<Label>,
    yPred: ArrayLike<Label>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): ClassificationAccumulator {
    const o = optionsOf(options, 'update');
    const n = checkPair(yTrue, 'yTrue', yPred, 'yPred');
    const d = new Deferred();
    const w = weightsOf(o.sampleWeight, n, d);
    const pc: PairCounts = countPairs(yTrue, yPred, w, d, 'yTrue', 'yPred', true);
    checkWeightValues(w);
    d.flush();
    // Validate the kind before changing anything, so that a refused chunk leaves no trace.
    if (this.kind !== undefined && pc.k > 0 && pc.kind !== this.kind) {
      throw new SextantError('INVALID_LABEL', `update: labels are ${pc.kind}s but this accumulator holds ${this.kind} labels`, {
        argument: 'yTrue',
      });
    }
    this.addTable(pc.classes, pc.k, pc.counts, pc.comp, 'yTrue');
    this.n += n;
    return this;
  }

  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator {
    const j = other instanceof ClassificationAcc ? other.toJSON() : readClassificationJSON(other, 'merge');
    if (this.labels !== undefined && j.labels !== null && !sameLabels(this.labels, j.labels)) {
      throw badState('merge', `the accumulators were created with different labels (${show(this.labels)} and ${show(j.labels)})`);
    }
    const kind = j.classes.length > 0 ? (typeof j.classes[0] as LabelKind) : undefined;
    if (this.kind !== undefined && kind !== undefined && kind !== this.kind) {
      throw new SextantError(
        'INVALID_LABEL',
        `merge: the other accumulator holds ${kind} labels but this one holds ${this.kind} labels`,
        { argument: 'other' },
      );
    }
    const k = j.classes.length;
    const sums = new Float64Array(k * k);
    const comp = new Float64Array(k * k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        sums[a * k + b] = j.matrix[a][b];
        comp[a * k + b] = j.compensation ? j.compensation[a][b] : 0;
      }
    }
    this.addTable(j.classes, k, sums, comp, 'other');
    this.n += j.count;
    return this;
  }

  /** The state as a sorted pair count (compensation folded in). */
  private pairCounts(): PairCounts {
    const order = this.classes.map((_, i) => i).sort((a, b) => compareLabels(this.classes[a], this.classes[b]));
    const k = this.k;
    const counts = new Float64Array(k * k);
    const inTrue = new Uint8Array(k);
    const inPred = new Uint8Array(k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const at = order[a] * k + order[b];
        const v = this.sums[at] + this.comp[at];
        counts[a * k + b] = v;
        if (v !== 0) {
          inTrue[a] = 1;
          inPred[b] = 1;
        }
      }
    }
    return { classes: order.map((i) => this.classes[i]), kind: this.kind ?? 'number', k, counts, inTrue, inPred };
  }

  compute(): ClassificationAccumulatorResult {
    if (this.n === 0)
      throw new SextantError('EMPTY_INPUT', 'compute: the accumulator has seen no samples', { argument: 'accumulator' });
    const pc = this.pairCounts();
    const labels = this.labels ?? pc.classes;
    const sel = labels.map((l) => pc.classes.findIndex((c) => c === l));
    const matrix = sel.map((a) => sel.map((b) => (a < 0 || b < 0 ? 0 : pc.counts[a * pc.k + b])));
    let hits = 0;
    let all = 0;
    for (let a = 0; a < pc.k; a++) {
      hits += pc.counts[a * pc.k + a];
      for (let b = 0; b < pc.k; b++) all += pc.counts[a * pc.k + b];
    }
    return { labels: labels.slice(), matrix, accuracy: hits / all, report: reportFromCounts(pc, this.labels, undefined, 0) };
  }

  toJSON(): ClassificationAccumulatorJSON {
    const k = this.k;
    const rows = (a: Float64Array): number[][] => Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * k, i * k + k)));
    const out: ClassificationAccumulatorJSON = {
      type: 'sextant.classificationAccumulator',
      version: 1,
      labels: this.labels === undefined ? null : this.labels.slice(),
      classes: this.classes.slice(),
      count: this.n,
      matrix: rows(this.sums),
    };
    if (this.comp.some((c) => c !== 0)) out.compensation = rows(this.comp);
    return out;
  }
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function readClassificationJSON(json: unknown, what: string): ClassificationAccumulatorJSON {
  if (json === null || typeof json !== 'object')
    throw badState(what, `expected a classification accumulator or its JSON, got ${show(json)}`);
  const j = json as Partial<ClassificationAccumulatorJSON>;
  if (j.type !== 'sextant.classificationAccumulator' || j.version !== 1)
    throw badState(what, 'not a classification accumulator state (type/version)');
  const isLabel = (x: unknown): boolean =>
    typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));
  if (!Array.isArray(j.classes) || !j.classes.every(isLabel)) throw badState(what, '`classes` must be an array of labels');
  if (new Set(j.classes).size !== j.classes.length) throw badState(what, '`classes` has duplicates');
  if (j.labels !== null && (!Array.isArray(j.labels) || !j.labels.every(isLabel)))
    throw badState(what, '`labels` must be null or an array of labels');
  if (typeof j.count !== 'number' || !Number.isInteger(j.count) || j.count < 0)
    throw badState(what, '`count` must be a non-negative integer');
  const k = j.classes.length;
  const square = (m: unknown): boolean =>
    Array.isArray(m) &&
    m.length === k &&
    m.every((r) => Array.isArray(r) && r.length === k && r.every((x) => typeof x === 'number' && Number.isFinite(x)));
  if (!square(j.matrix)) throw badState(what, `\`matrix\` must be ${k}×${k} finite numbers`);
  if (j.compensation !== undefined && !square(j.compensation))
    throw badState(what, `\`compensation\` must be ${k}×${k} finite numbers`);
  return j as ClassificationAccumulatorJSON;
}

/**
 * A mergeable confusion-matrix accumulator. `compute()` gives `{ labels, matrix, accuracy,
 * report }`, equal to `confusionMatrix`, `accuracyScore` and `classificationReport` over
 * all the data seen (through `update` and `merge`), in any order.
 *
 * @param options.labels Labels selecting and ordering the result (other classes still count in the precision denominators, as in `classificationReport({ labels })`). @default every class seen, sorted
 * @example
 * ```ts
 * const a = createClassificationAccumulator().update(['cat', 'dog'], ['cat', 'cat']);
 * const b = createClassificationAccumulator().update(['dog'], ['dog']);
 * a.merge(classificationAccumulatorFromJSON(b.toJSON())).compute().matrix; // [[1, 0], [1, 1]]
 * ```
 */
export function createClassificationAccumulator(options?: { labels?: ArrayLike<Label> }): ClassificationAccumulator {
  const o = optionsOf(options, 'createClassificationAccumulator');
  return new ClassificationAcc(checkLabelsOption(o.labels));
}

/**
 * Restore a classification accumulator from its `toJSON()` state (`INVALID_STATE` when the
 * object is not one).
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(createClassificationAccumulator().update([1, 0], [1, 1]).toJSON());
 * classificationAccumulatorFromJSON(JSON.parse(saved)).compute().accuracy; // 0.5
 * ```
 */
export function classificationAccumulatorFromJSON(json: ClassificationAccumulatorJSON): ClassificationAccumulator {
  const j = readClassificationJSON(json, 'classificationAccumulatorFromJSON');
  const kinds = new Set(j.classes.map((c) => typeof c));
  if (kinds.size > 1) throw badState('classificationAccumulatorFromJSON', '`classes` mixes label kinds');
  const acc = new ClassificationAcc(j.labels === null ? undefined : j.labels.slice());
  return acc.merge(j);
}

// ------------------------------------------------------------ regression --

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
