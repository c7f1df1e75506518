import { SextantError } from '../errors';
import { assertIntegerInRange, show } from '../internal/validate';
import { checkArrayLike, describe, holeError, isHole } from '../internal/hostile';
import { lttbIndices, scaleForMax } from './downsample';
import { populationStabilityIndex, type PsiOptions, type PsiResult } from './psi';
import { MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import type { DriftAlert, DriftFeatureInfo, DriftOverTimeResult } from './overTime';

/** Options of {@link driftChartModel}. */
export interface DriftChartOptions {
  /** First batch shown (index into the series, inclusive). @default 0 */
  from?: number;
  /** Last batch shown (inclusive). @default the last batch */
  to?: number;
  /** Most points drawn; longer windows are downsampled with {@link downsampleLttb}. An integer ≥ 3. @default 600 */
  maxPoints?: number;
}

/** An alert of the chosen feature, with the index of its batch. */
export interface DriftChartAlert extends DriftAlert {
  index: number;
  /** Epoch milliseconds of `at`. */
  t: number;
}

/**
 * One feature's series as columns instead of a point object per batch — how a monitoring
 * store or a long-running job usually holds 100k scores. `at[i]`, `score[i]` and
 * `drifted[i]` describe batch `i`: arrays or typed arrays of one length.
 */
export interface DriftSeriesColumns {
  /** Epoch milliseconds or ISO 8601 instants with a zone, ascending. */
  at: ArrayLike<number | string>;
  /** Each batch's score; null where the batch had no values to test. */
  score: ArrayLike<number | null>;
  /** Whether each batch drifted (`true`/`1`); all `false` when absent. */
  drifted?: ArrayLike<boolean | number>;
}

/**
 * What {@link driftChartModel} reads: a {@link driftOverTime} result, whose series may also
 * be given as {@link DriftSeriesColumns}.
 */
export interface DriftChartInput extends Omit<DriftOverTimeResult, 'series' | 'dataset'> {
  series: Record<string, DriftOverTimeResult['series'][string] | DriftSeriesColumns>;
  dataset?: DriftOverTimeResult['dataset'];
}

/** What a drift chart draws for one feature: typed arrays indexed by batch. */
export interface DriftChartModel {
  feature: DriftFeatureInfo;
  /**
   * Epoch milliseconds of each batch (`at` read as UTC when it has no offset, as {@link driftOverTime} reads it).
   * Typed columns of these types (`at` a Float64Array, `score` a Float64Array, `drifted` a
   * Uint8Array) are the model's own arrays, read in place: change them and the model changes.
   */
  times: Float64Array;
  /** Each batch's score; NaN where the batch had no values to test (a score itself is always finite). */
  scores: Float64Array;
  /** 1 where the batch drifted, else 0. */
  drifted: Uint8Array;
  /** The batches to draw, ascending: the window's tested batches, downsampled to at most `maxPoints`. */
  visible: number[];
  /** `[from, to]`, inclusive batch indices of the window. */
  window: [number, number];
  /** This feature's alerts inside the window. */
  alerts: DriftChartAlert[];
  /** Top of the score axis: the largest score in the window or the threshold, whichever is larger (1 for p-values). */
  yMax: number;
  /** Batches in the window that drifted, and that were tested. */
  driftedCount: number;
  testedCount: number;
}

/**
 * The view model of a drift chart for one feature of a {@link driftOverTime} result: times,
 * scores, the threshold, the feature's `start`/`end` alerts and the batches to draw for a
 * zoom window, downsampled by LTTB so 100k batches draw as a few hundred points. A series
 * may also be given as columns ({@link DriftSeriesColumns}): 100k scores without 100k objects.
 *
 * @param result what {@link driftOverTime} returned (or the same shape with column series)
 * @param feature one of `result.features[].name` (`NOT_FOUND` otherwise)
 * @example
 * ```ts
 * const result = {
 *   series: { age: [
 *     { at: '2026-03-01T00:00:00Z', score: 0.02, drifted: false },
 *     { at: '2026-03-02T00:00:00Z', score: 0.15, drifted: true },
 *     { at: '2026-03-03T00:00:00Z', score: 0.05, drifted: false },
 *   ] },
 *   alerts: [{ at: '2026-03-02T00:00:00Z', feature: 'age', kind: 'start', score: 0.15 }, { at: '2026-03-03T00:00:00Z', feature: 'age', kind: 'end', score: 0.05 }],
 *   dataset: [],
 *   features: [{ name: 'age', kind: 'numeric', method: 'wasserstein', threshold: 0.1, scoreType: 'distance', reason: '' }],
 * };
 * const m = driftChartModel(result, 'age');
 * m.visible; // [0, 1, 2]
 * m.alerts.map((a) => a.index); // [1, 2]
 * m.yMax; // 0.15
 * m.driftedCount; // 1
 * ```
 */
export function driftChartModel(result: DriftChartInput, feature: string, options: DriftChartOptions = {}): DriftChartModel {
  if (result === null || typeof result !== 'object' || result.series === null || typeof result.series !== 'object') {
    throw new SextantError('INVALID_OPTION', `result must be what driftOverTime returns; got ${show(result)}`, {
      argument: 'result',
    });
  }
  // The parts are checked, not assumed: a Map, a typed array or a made-up length as
  // `features` or `alerts` was read as "no features" / "no alerts" before.
  const features = recordList<DriftFeatureInfo>(result.features, 'result.features');
  const alertList = recordList<DriftAlert>(result.alerts, 'result.alerts');
  let info: DriftFeatureInfo | undefined;
  for (const f of features) if (f.name === feature) info = f;
  const hasSeries = Object.prototype.hasOwnProperty.call(result.series, feature);
  if (!info || !hasSeries) {
    throw new SextantError(
      'NOT_FOUND',
      `feature ${show(feature)} is not in the drift result; features: ${features.map((f) => show(f.name)).join(', ') || 'none'}`,
      { argument: 'feature', value: feature },
    );
  }
  const where = `result.series[${show(feature)}]`;
  const series = result.series[feature] as unknown;
  const read = Array.isArray(series) ? readPoints(series, where) : readColumns(series, where);
  const { times, scores, drifted } = read;
  const n = times.length;
  const from = options.from ?? 0;
  const to = options.to ?? n - 1;
  assertIntegerInRange(from, 0, n - 1, 'options.from');
  assertIntegerInRange(to, from, n - 1, 'options.to');
  const maxPoints = options.maxPoints ?? 600;
  assertIntegerInRange(maxPoints, 3, 10_000_000, 'options.maxPoints');

  // Tested and drifted batches, the largest score and magnitude: the readers counted the whole
  // series while reading it; a zoom window is counted here.
  let { tested: testedCount, driftedTested: driftedCount, max, maxAbs } = read;
  if (from !== 0 || to !== n - 1) {
    testedCount = 0;
    driftedCount = 0;
    max = -Infinity;
    maxAbs = 0;
    for (let i = from; i <= to; i++) {
      const s = scores[i];
      if (s !== s) continue; // NaN: untested
      testedCount++;
      if (s > max) max = s;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
      if (drifted[i]) driftedCount++;
    }
  }
  const yMax = Math.max(info.scoreType === 'p-value' ? 1 : info.threshold, max);
  let visible: number[];
  if (testedCount <= maxPoints) {
    visible = new Array<number>(testedCount);
    for (let i = from, k = 0; i <= to; i++) if (scores[i] === scores[i]) visible[k++] = i;
  } else if (testedCount === to - from + 1) {
    // Every batch of the window was tested: LTTB reads the window in place. Times ascend, so
    // the largest magnitude is at one end.
    const mx = Math.max(Math.abs(times[from]), Math.abs(times[to]));
    visible = lttbIndices(
      times.subarray(from, to + 1),
      scores.subarray(from, to + 1),
      maxPoints,
      scaleForMax(mx),
      scaleForMax(maxAbs),
    );
    for (let k = 0; k < visible.length; k++) visible[k] += from;
  } else {
    // The tested batches of the window as columns for LTTB, with their indices.
    const xs = new Float64Array(testedCount);
    const ys = new Float64Array(testedCount);
    const index = new Int32Array(testedCount);
    let mx = 0;
    for (let i = from, k = 0; i <= to; i++) {
      const s = scores[i];
      if (s !== s) continue;
      const t = times[i];
      xs[k] = t;
      ys[k] = s;
      index[k] = i;
      if (Math.abs(t) > mx) mx = Math.abs(t);
      k++;
    }
    visible = lttbIndices(xs, ys, maxPoints, scaleForMax(mx), scaleForMax(maxAbs));
    for (let k = 0; k < visible.length; k++) visible[k] = index[visible[k]];
  }
  const alerts: DriftChartAlert[] = [];
  for (let i = 0; i < alertList.length; i++) {
    const a = alertList[i];
    if (a.feature !== feature) continue;
    const t = parseInstant(a.at, `result.alerts[${i}].at`);
    const index = binarySearch(times, t);
    if (index < from || index > to) continue;
    alerts.push({ ...a, index, t });
  }
  return {
    feature: info,
    times,
    scores,
    drifted,
    visible,
    window: [from, to],
    alerts,
    yMax,
    driftedCount,
    testedCount,
  };
}

/** Where the batch reading goes wrong: `INVALID_VALUE` naming the series and the batch. */
function badBatch(
  where: string,
  i: number,
  what: string,
  code: 'INVALID_VALUE' | 'NON_FINITE' = 'INVALID_VALUE',
  value?: unknown,
) {
  return new SextantError(code, `${where}[${i}]${what}`, { argument: 'result.series', index: i, value });
}

/** Typed arrays for `n` batches; a length nothing can hold is refused as the input's fault. */
function allocBatches(n: number, where: string, nTimes = n, nScores = n, nFlags = n) {
  try {
    return {
      times: new Float64Array(nTimes),
      scores: new Float64Array(nScores),
      drifted: new Uint8Array(nFlags),
      /** Tested batches; of them, the drifted ones; the largest score and magnitude (−∞ and 0 when none). */
      tested: 0,
      driftedTested: 0,
      max: -Infinity,
      maxAbs: 0,
    };
  } catch {
    throw new SextantError('INVALID_VALUE', `${where} has ${n} batches, more than can be allocated here`, {
      argument: 'result.series',
    });
  }
}

/**
 * The point-per-batch series driftOverTime returns, read and checked in one pass. Message
 * names are built only on a refusal: a string per batch was a third of the time at 100k.
 */
function readPoints(series: unknown[], where: string) {
  const n = series.length;
  if (n === 0) throw new SextantError('EMPTY_INPUT', `${where} is empty`, { argument: 'result.series' });
  // A sparse array of a huge length is refused at its first hole, before allocating for it.
  if (series[0] === null || typeof series[0] !== 'object')
    throw badBatch(where, 0, ` must be { at, score, drifted }; got ${show(series[0])}`);
  const out = allocBatches(n, where);
  const { times, scores, drifted } = out;
  let { tested, driftedTested, max, maxAbs } = out;
  let prev = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = series[i] as DriftOverTimeResult['series'][string][number] | null | undefined;
    if (p === null || typeof p !== 'object') throw badBatch(where, i, ` must be { at, score, drifted }; got ${show(p)}`);
    // The instants driftOverTime accepts (and echoes): ISO 8601 with a zone, or epoch ms.
    // Epoch ms in range inline; the rest (ISO strings, refusals) through parseInstant, whose
    // message names the batch — built only then: a name per batch was most of this loop.
    const a = p.at;
    const t = typeof a === 'number' && a >= -MAX_INSTANT_MS && a <= MAX_INSTANT_MS ? a : parseInstant(a, `${where}[${i}].at`);
    if (t <= prev) throw badBatch(where, i, '.at is not after the batch before it');
    prev = t;
    const s = p.score;
    const d = p.drifted === true;
    if (s === null) scores[i] = NaN;
    else if (typeof s === 'number' && s - s === 0) {
      scores[i] = s;
      tested++;
      if (d) driftedTested++;
      if (s > max) max = s;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
    } else throw badBatch(where, i, `.score is ${show(s)}`, 'NON_FINITE', s);
    times[i] = t;
    drifted[i] = d ? 1 : 0;
  }
  return { ...out, tested, driftedTested, max, maxAbs };
}

/** A series as columns: `name`'s column checked to be an array or a typed array of length `n` (the first sets it). */
function column(v: unknown, name: string, where: string, n: number): ArrayLike<unknown> {
  const arr = v as ArrayLike<unknown>;
  if (!Array.isArray(v) && !(ArrayBuffer.isView(v) && !(v instanceof DataView) && typeof arr.length === 'number')) {
    throw new SextantError('INVALID_VALUE', `${where}.${name} must be an array or a typed array; got ${describe(v)}`, {
      argument: 'result.series',
    });
  }
  if (n >= 0 && arr.length !== n) {
    throw new SextantError('LENGTH_MISMATCH', `${where}.${name} has length ${arr.length} but ${where}.at has length ${n}`, {
      argument: 'result.series',
    });
  }
  // A sparse array is refused at its first hole before anything is allocated for its length.
  if (arr.length > 0 && isHole(arr, 0)) throw holeError(`${where}.${name}`, 0, arr.length);
  return arr;
}

/** A {@link DriftSeriesColumns} series, checked as the point form is, batch by batch. */
function readColumns(series: unknown, where: string) {
  const cols = series as Partial<DriftSeriesColumns> | null;
  if (cols === null || typeof cols !== 'object' || !('at' in cols) || !('score' in cols)) {
    throw new SextantError(
      'INVALID_VALUE',
      `${where} must be an array of { at, score, drifted } or columns { at, score, drifted? }; got ${describe(series)}`,
      { argument: 'result.series' },
    );
  }
  const atCol = column(cols.at, 'at', where, -1);
  const n = atCol.length;
  const scoreCol = column(cols.score, 'score', where, n);
  const flagCol = cols.drifted === undefined ? undefined : column(cols.drifted, 'drifted', where, n);
  if (n === 0) throw new SextantError('EMPTY_INPUT', `${where} is empty`, { argument: 'result.series' });
  // Typed columns of the model's own types are read in place, not copied: checked here, never
  // written (a NaN score or a flag of 2 is refused, epoch ms in range are kept as they are).
  const shareAt = atCol instanceof Float64Array;
  const shareScore = scoreCol instanceof Float64Array;
  const shareFlags = flagCol instanceof Uint8Array;
  const out = allocBatches(n, where, shareAt ? 0 : n, shareScore ? 0 : n, shareFlags ? 0 : n);
  const times = shareAt ? atCol : out.times;
  const scores = shareScore ? scoreCol : out.scores;
  const drifted = shareFlags ? flagCol : out.drifted;
  let { tested, driftedTested, max, maxAbs } = out;
  let prev = -Infinity;
  if (shareAt && shareScore && flagCol === undefined) {
    // Two Float64Arrays, the shape a metrics store returns: one tight loop. At the first value
    // it would refuse it stops, and the general loop below reads again and names the fault.
    let i = 0;
    for (; i < n; i++) {
      const t = times[i];
      const s = scores[i];
      if (!(t >= -MAX_INSTANT_MS && t <= MAX_INSTANT_MS && t > prev && s - s === 0)) break;
      prev = t;
      if (s > max) max = s;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
    }
    if (i === n) return { times, scores, drifted, tested: n, driftedTested: 0, max, maxAbs };
    prev = -Infinity;
    max = -Infinity;
    maxAbs = 0;
  }
  for (let i = 0; i < n; i++) {
    const a = atCol[i];
    if (a === undefined && isHole(atCol, i)) throw holeError(`${where}.at`, i, n);
    const t = typeof a === 'number' && a >= -MAX_INSTANT_MS && a <= MAX_INSTANT_MS ? a : parseInstant(a, `${where}.at[${i}]`);
    if (t <= prev) throw badBatch(`${where}.at`, i, ' is not after the batch before it');
    prev = t;
    if (!shareAt) times[i] = t;
    let flag = 0;
    if (flagCol !== undefined) {
      const d = flagCol[i];
      if (d === true || d === 1) {
        flag = 1;
        if (!shareFlags) drifted[i] = 1;
      } else if (d !== false && d !== 0) {
        if (d === undefined && isHole(flagCol, i)) throw holeError(`${where}.drifted`, i, n);
        throw badBatch(`${where}.drifted`, i, ` must be true, false, 1 or 0; got ${show(d)}`, 'INVALID_VALUE', d);
      }
    }
    const s = scoreCol[i];
    if (s === null) scores[i] = NaN;
    else if (typeof s === 'number' && s - s === 0) {
      if (!shareScore) scores[i] = s;
      tested++;
      driftedTested += flag;
      if (s > max) max = s;
      if (Math.abs(s) > maxAbs) maxAbs = Math.abs(s);
    } else if (s === undefined && isHole(scoreCol, i)) throw holeError(`${where}.score`, i, n);
    else throw badBatch(`${where}.score`, i, ` is ${show(s)}`, 'NON_FINITE', s);
  }
  return { times, scores, drifted, tested, driftedTested, max, maxAbs };
}

/** `value` as an array of objects, refused at the first thing that is not one (a hole included). */
function recordList<T>(value: unknown, name: string): T[] {
  if (!Array.isArray(value)) {
    throw new SextantError('INVALID_VALUE', `${name} must be an array, as driftOverTime returns it; got ${describe(value)}`, {
      argument: name,
    });
  }
  for (let i = 0; i < value.length; i++) {
    const v = value[i] as unknown;
    if (v === null || typeof v !== 'object') {
      throw new SextantError('INVALID_VALUE', `${name}[${i}] must be an object; got ${show(v)}`, { argument: name, index: i });
    }
  }
  return value as T[];
}

/** Index of `t` in ascending `times`, or −1. */
function binarySearch(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] === t) return mid;
    if (times[mid] < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Result of {@link driftBinComparison}: a PSI breakdown of the non-missing values. */
export interface DriftBinComparison extends PsiResult {
  /** Missing values (null, undefined, NaN) left out, per side. */
  missing: { reference: number; current: number };
  /** Index of the bin with the largest contribution to the PSI. */
  largestBin: number;
}

/**
 * Reference and current histograms of one numeric column with each bin's PSI contribution —
 * the panel under a drift chart for a selected batch. Missing values (null, undefined, NaN)
 * are counted and left out, as {@link driftOverTime} does; the rest is
 * {@link populationStabilityIndex} with `options` (quantile bins of the reference by default).
 *
 * @example
 * ```ts
 * const c = driftBinComparison([1, 2, 3, 4, 5, 6, 7, 8, null], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 4 });
 * c.missing; // { reference: 1, current: 0 }
 * c.largestBin; // 0
 * c.referenceCount; // [2, 2, 2, 2]
 * ```
 */
export function driftBinComparison(
  reference: ArrayLike<number | null | undefined>,
  current: ArrayLike<number | null | undefined>,
  options: PsiOptions = {},
): DriftBinComparison {
  const [ref, refMissing] = presentValues(reference, 'reference');
  const [cur, curMissing] = presentValues(current, 'current');
  const psi = populationStabilityIndex(ref, cur, options);
  let largestBin = 0;
  for (let i = 1; i < psi.contributions.length; i++) if (psi.contributions[i] > psi.contributions[largestBin]) largestBin = i;
  return { ...psi, missing: { reference: refMissing, current: curMissing }, largestBin };
}

function presentValues(a: ArrayLike<unknown>, name: string): [Float64Array, number] {
  const n = checkArrayLike(a, name);
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (v === undefined && !(i in a)) throw holeError(name, i, n);
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) missing++;
    else if (v === Infinity || v === -Infinity) {
      // Here, not in populationStabilityIndex: it would name the index among the present values.
      throw new SextantError('NON_FINITE', `${name}[${i}] is ${v}; values must be finite (null or NaN marks a missing one)`, {
        argument: name,
        index: i,
        value: v,
      });
    } else if (typeof v !== 'number') {
      throw new SextantError('INVALID_VALUE', `${name}[${i}] is ${show(v)}; a bin comparison needs a numeric column`, {
        argument: name,
        index: i,
        value: v,
      });
    }
  }
  const out = new Float64Array(n - missing);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (typeof v === 'number' && !Number.isNaN(v)) out[k++] = v;
  }
  return [out, missing];
}
