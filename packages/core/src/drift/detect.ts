import type { DetectDriftOptions, DriftReport, DriftTable, FeatureDrift } from './types';
import { extractColumn, extractCurrent } from './columns';
import { applyCorrection, evaluateFeature, summarise } from './evaluate';
import { assertFeatureValues, checkTables, featureNames, prepareFeature, resolveOptions } from './prepare';

export type {
  DetectDriftOptions,
  DriftColumn,
  DriftColumnOptions,
  DriftCorrection,
  DriftMethod,
  DriftReport,
  DriftTable,
  FeatureDrift,
  FeatureKind,
} from './types';

/**
 * Data drift per column and for the dataset, with Evidently's default choice of test per
 * column, every choice overridable, and the reason each test ran.
 *
 * Defaults (Evidently's data-drift preset, as API.md states them; "values" are a column's
 * non-missing values): with ≤ 1000 reference values, a numeric column with > 5 distinct
 * values gets the two-sample KS test (drift at p ≤ 0.05), any other column chi-square when
 * it has > 2 distinct reference values, else a two-proportion Z-test (p ≤ 0.05; chi-square
 * when the current data brings a third category); with > 1000 reference values, a numeric
 * column with > 5 distinct values gets the Wasserstein distance ÷ max(std(reference), 0.001)
 * (drift at ≥ 0.1), any other column the Jensen–Shannon distance in base 2 (≥ 0.1).
 * Dataset drift when the drifted share of tested columns is ≥ 0.5.
 *
 * Beyond Evidently: binning is always honoured (`bins`, `binning` per column or globally;
 * Evidently ignores `n_bins`, its issue #1400), p-values can be corrected across columns
 * (`correction`), and missing values (`null`, `undefined`, `NaN`) are counted per side in
 * `missing` and left out of the tests; a column with no values left on a side is reported
 * with `score: null` and not counted in `driftedShare`. A numeric column is one whose
 * non-missing values are all numbers (typed arrays always are).
 *
 * @param reference - baseline table: columns of equal length
 * @param current - table to compare; must have every tested column (lengths may differ from reference)
 * @throws SextantError `EMPTY_INPUT` (no columns or no rows), `LENGTH_MISMATCH` (columns of one
 *   table of different lengths), `NON_FINITE` (±Infinity in a column), `INVALID_OPTION`
 *   (unknown method, kind, correction, binning; a threshold out of range; a column name in
 *   `columns` or `features` that reference lacks; 'ks' or 'wasserstein' on a categorical
 *   column), `INVALID_VALUE` (a string or boolean in a column declared or found numeric;
 *   an object as a value; a tested column missing from `current`).
 * @example
 * ```ts
 * const reference = { age: [31, 45, 27, 52, 38, 41, 29, 60], plan: ['a', 'b', 'a', 'a', 'b', 'a', 'b', 'a'] };
 * const current = { age: [61, 70, 58, 66, 72, 69, 75, 64], plan: ['b', 'b', 'b', 'a', 'b', 'b', 'b', 'b'] };
 * const report = detectDrift(reference, current);
 * report.features[0]; // { name: 'age', method: 'ks', score: 0.00248…, drifted: true, reason: 'default: numeric with > 5 distinct values …', … }
 * report.features[1].method; // 'z-test' (two categories)
 * report.datasetDrift; // true when at least half the columns drifted
 * ```
 */
export function detectDrift(reference: DriftTable, current: DriftTable, options: DetectDriftOptions = {}): DriftReport {
  checkTables([
    [reference, 'reference'],
    [current, 'current'],
  ]);
  // Values first (NON_FINITE), then options (INVALID_OPTION), then INVALID_VALUE: API.md's precedence.
  const names = featureNames(reference, options);
  const refs = names.map((n) => extractColumn(reference[n], `reference.${n}`));
  const curs = names.map((n) => extractCurrent(current, n, 'current'));
  const opts = resolveOptions(reference, options);
  const byName = new Map(names.map((n, i) => [n, i]));
  const prepared = opts.features.map((n) => prepareFeature(n, refs[byName.get(n) as number], opts));
  const features: FeatureDrift[] = [];
  for (const p of prepared) {
    const i = byName.get(p.name) as number;
    const cur = curs[i];
    assertFeatureValues(p, refs[i], cur, 'current');
    features.push(evaluateFeature(p, cur));
  }
  applyCorrection(features, opts.correction);
  return summarise(features, opts.driftShare, opts.correction);
}
