import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { checkArrayLike } from '../internal/hostile';
import type { Extracted } from './columns';
import type { DetectDriftOptions, DriftTable, FeatureDrift } from './types';
import { extractColumn, extractCurrent } from './columns';
import { applyCorrection, evaluateFeature, summarise } from './evaluate';
import { assertFeatureValues, checkTables, featureNames, prepareFeature, resolveOptions } from './prepare';

/** One batch of production data: when it was observed and its columns. */
export interface DriftBatch {
  /** An instant: ISO 8601 with `Z` or an offset (`'2026-03-01T10:00:00Z'`, `'…+02:00'`) or epoch milliseconds; echoed as given. */
  at: string | number;
  /** The batch's table; it must have every tested column (columns of equal length; zero rows is allowed). */
  columns: DriftTable;
}

/** One feature's drift in one batch. */
export interface DriftSeriesPoint {
  /** The batch's `at`, as given (ISO 8601 string or epoch milliseconds). */
  at: string | number;
  /** The score compared with the feature's threshold (see {@link FeatureDrift}); null when the batch had no values to test. */
  score: number | null;
  drifted: boolean;
}

/** A change of a feature's drift state. */
export interface DriftAlert {
  /** The batch's `at`, as given. */
  at: string | number;
  feature: string;
  /** `'start'`: drifting from this batch on; `'end'`: recovered at this batch. */
  kind: 'start' | 'end';
  /** The feature's score in that batch. */
  score: number | null;
}

/** The dataset verdict of one batch. */
export interface DriftDatasetPoint {
  /** The batch's `at`, as given. */
  at: string | number;
  driftedShare: number;
  datasetDrift: boolean;
  testedCount: number;
  driftedCount: number;
}

/** What each feature was tested with (its test can only change from a Z-test to chi-square, when a batch brings a third category). */
export interface DriftFeatureInfo {
  name: string;
  kind: FeatureDrift['kind'];
  method: FeatureDrift['method'];
  threshold: number;
  scoreType: FeatureDrift['scoreType'];
  reason: string;
}

/** Result of {@link driftOverTime}: what a drift chart draws. */
export interface DriftOverTimeResult {
  /** Per feature, one point per batch in batch order: a null-prototype object (plain JSON), so a column named `__proto__` keeps its series. */
  series: Record<string, DriftSeriesPoint[]>;
  /** Start and end of every drift episode, in batch order (features in feature order within a batch). */
  alerts: DriftAlert[];
  /** Per batch, the dataset verdict (drifted share of the tested features). */
  dataset: DriftDatasetPoint[];
  features: DriftFeatureInfo[];
}

/**
 * Drift of every feature in each of a series of batches against one reference: a score per
 * feature per batch, `start` / `end` alerts where a feature begins drifting and where it
 * recovers, and the dataset verdict per batch — the data a drift chart draws.
 *
 * Each batch is tested exactly as {@link detectDrift}(reference, batch.columns, options) would
 * test it (same tests, thresholds, binning and correction), so a point's score equals that
 * report's score. The reference-side work (its columns split into values, the choice of
 * test, sorted values, category counts, quantile edges) is done once for all batches.
 * A batch in which a feature has no values to test gets `score: null` and does not change the
 * feature's state (no alert).
 *
 * @param reference - baseline table
 * @param batches - batches in strictly increasing `at` order
 * @param options - as {@link detectDrift}
 * @throws SextantError `EMPTY_INPUT` (no batches; a reference without columns or rows),
 *   `LENGTH_MISMATCH` (columns of one table of different lengths), `NON_FINITE` (±Infinity in
 *   any column), `INVALID_OPTION` (`batches` not an array or a batch not `{ at, columns }`;
 *   the option errors of {@link detectDrift}), `INVALID_VALUE` (an `at` that is not an
 *   instant — ISO 8601 with `Z` or an offset, or epoch milliseconds; batches not in strictly increasing time order; a batch
 *   lacking a tested column; the value errors of {@link detectDrift}).
 * @example
 * ```ts
 * const reference = { score: Array.from({ length: 200 }, (_, i) => (i % 20) / 20) };
 * const batches = [0, 0, 0.5, 0.5, 0].map((shift, d) => ({
 *   at: `2026-03-0${d + 1}T00:00:00Z`,
 *   columns: { score: Array.from({ length: 50 }, (_, i) => (i % 20) / 20 + shift) },
 * }));
 * const { series, alerts } = driftOverTime(reference, batches);
 * alerts; // [{ at: '2026-03-03T00:00:00Z', feature: 'score', kind: 'start', … }, { at: '2026-03-05T00:00:00Z', feature: 'score', kind: 'end', … }]
 * series.score.map((p) => p.drifted); // [false, false, true, true, false]
 * ```
 */
export function driftOverTime(
  reference: DriftTable,
  batches: readonly DriftBatch[],
  options: DetectDriftOptions = {},
): DriftOverTimeResult {
  if (!Array.isArray(batches)) {
    throw new SextantError('INVALID_OPTION', `batches must be an array of { at, columns }; got ${show(batches)}`, {
      argument: 'batches',
    });
  }
  checkTables([[reference, 'reference']]);
  if (batches.length === 0) throw new SextantError('EMPTY_INPUT', 'batches is empty', { argument: 'batches' });
  for (let b = 0; b < batches.length; b++) {
    const batch = batches[b] as unknown;
    const cols = batch !== null && typeof batch === 'object' ? (batch as { columns?: unknown }).columns : undefined;
    if (cols === null || typeof cols !== 'object' || Array.isArray(cols) || ArrayBuffer.isView(cols)) {
      throw new SextantError('INVALID_OPTION', `batches[${b}] must be { at, columns } with columns a table; got ${show(batch)}`, {
        argument: `batches[${b}]`,
        index: b,
      });
    }
    checkBatchColumns(cols as Record<string, unknown>, `batches[${b}].columns`);
  }

  // Values first (NON_FINITE), then options, then INVALID_VALUE — API.md's precedence.
  const names = featureNames(reference, options);
  const refs = names.map((n) => extractColumn(reference[n], `reference.${n}`));
  const curs: (Extracted | null)[][] = batches.map((batch, b) =>
    names.map((n) => extractCurrent(batch.columns, n, `batches[${b}].columns`)),
  );
  const opts = resolveOptions(reference, options);
  const byName = new Map(names.map((n, i) => [n, i]));
  const prepared = opts.features.map((n) => prepareFeature(n, refs[byName.get(n) as number], opts));

  const times = new Float64Array(batches.length);
  for (let b = 0; b < batches.length; b++) {
    const at = batches[b].at as unknown;
    const t = parseInstant(at, `batches[${b}].at`, { index: b });
    if (b > 0 && !(t > times[b - 1])) {
      throw new SextantError(
        'INVALID_VALUE',
        `batches[${b}].at (${at as string}) is not after batches[${b - 1}].at (${batches[b - 1].at}); batches must be in strictly increasing time order`,
        { argument: `batches[${b}].at`, index: b, value: at },
      );
    }
    times[b] = t;
  }
  for (let b = 0; b < batches.length; b++) {
    for (const p of prepared) {
      const i = byName.get(p.name) as number;
      assertFeatureValues(p, refs[i], curs[b][i], `batches[${b}].columns`);
    }
  }

  // Null-prototype: a column named '__proto__' keeps its series (its alerts already name it).
  const series = Object.create(null) as Record<string, DriftSeriesPoint[]>;
  for (const p of prepared) series[p.name] = [];
  const alerts: DriftAlert[] = [];
  const dataset: DriftDatasetPoint[] = [];
  const state = new Uint8Array(prepared.length);
  const info: DriftFeatureInfo[] = prepared.map((p) => ({
    name: p.name,
    kind: p.kind,
    method: p.method,
    threshold: p.threshold,
    scoreType: p.method === 'ks' || p.method === 'chi-square' || p.method === 'z-test' ? 'p-value' : 'distance',
    reason: p.reason,
  }));

  for (let b = 0; b < batches.length; b++) {
    const at = batches[b].at;
    const feats: FeatureDrift[] = prepared.map((p) => evaluateFeature(p, curs[b][byName.get(p.name) as number] as Extracted));
    applyCorrection(feats, opts.correction);
    const report = summarise(feats, opts.driftShare, opts.correction);
    dataset.push({
      at,
      driftedShare: report.driftedShare,
      datasetDrift: report.datasetDrift,
      testedCount: report.testedCount,
      driftedCount: report.driftedCount,
    });
    for (let f = 0; f < feats.length; f++) {
      const r = feats[f];
      series[r.name].push({ at, score: r.score, drifted: r.drifted });
      if (r.method !== info[f].method) {
        info[f].method = r.method;
        info[f].reason = r.reason;
      }
      if (r.score === null) continue;
      if (r.drifted && !state[f]) alerts.push({ at, feature: r.name, kind: 'start', score: r.score });
      else if (!r.drifted && state[f]) alerts.push({ at, feature: r.name, kind: 'end', score: r.score });
      state[f] = r.drifted ? 1 : 0;
    }
  }
  return { series, alerts, dataset, features: info };
}

/** A batch's columns: arrays of equal length (zero rows allowed). */
function checkBatchColumns(cols: Record<string, unknown>, name: string): void {
  let rows = -1;
  let first = '';
  for (const k of Object.keys(cols)) {
    const length = checkArrayLike(cols[k], `${name}.${k}`);
    if (rows < 0) {
      rows = length;
      first = k;
    } else if (length !== rows) {
      throw new SextantError('LENGTH_MISMATCH', `${name}.${k} has length ${length} but ${name}.${first} has length ${rows}`, {
        argument: `${name}.${k}`,
      });
    }
  }
}
