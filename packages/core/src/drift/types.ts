/**
 * The public shapes of drift detection: tables, columns, options, per-feature results and
 * the report.
 */
import { type Binning } from './bins';
import { type KsMethod } from './ks';

/** One column of a table: numbers, strings or booleans; `null`, `undefined` and `NaN` are missing. */
export type DriftColumn = ArrayLike<number | string | boolean | null | undefined>;

/** A table as columns of equal length. */
export type DriftTable = Record<string, DriftColumn>;

/** The statistical tests {@link detectDrift} can run on a column. */
export type DriftMethod = 'ks' | 'chi-square' | 'z-test' | 'wasserstein' | 'jensen-shannon' | 'psi';

/** How a column's values are treated. */
export type FeatureKind = 'numeric' | 'categorical';

/** Multiple-testing correction across the columns tested by a p-value method. */
export type DriftCorrection = 'none' | 'bonferroni' | 'benjamini-hochberg';

/** Per-column choices; each overrides the global option of the same name. */
export interface DriftColumnOptions {
  /** Treat the column as numeric (every non-missing value must be a number) or categorical. Inferred by default. */
  kind?: FeatureKind;
  /**
   * The test to run; by default Evidently's choice (see {@link detectDrift}). 'ks' and
   * 'wasserstein' need numeric values: set for a categorical column they are refused, set
   * globally they apply to the numeric columns only.
   */
  method?: DriftMethod;
  /**
   * Drift threshold: a p-value method drifts when `score ≤ threshold`, a distance method
   * when `score ≥ threshold`.
   * @default 0.05 for 'ks', 'chi-square', 'z-test'; 0.1 for 'wasserstein', 'jensen-shannon', 'psi'
   */
  threshold?: number;
  /** Number of bins for numeric columns under 'jensen-shannon' and 'psi' (1…1000). Always honoured. */
  bins?: number;
  /**
   * Binning for numeric columns under 'jensen-shannon' and 'psi'. When neither `bins` nor
   * `binning` is set, Evidently's rule applies: values as categories when the reference has
   * ≤ 30 distinct values, else `'sturges'` edges over both samples. Setting only `bins`
   * selects `'quantile'` (as {@link populationStabilityIndex}).
   */
  binning?: Binning;
}

/** Options of {@link detectDrift} (and {@link driftOverTime}). */
export interface DetectDriftOptions extends DriftColumnOptions {
  /** Per-column overrides, by column name. Every name must be a column of `reference`. */
  columns?: Record<string, DriftColumnOptions>;
  /** The columns to test, in this order. @default every column of `reference`, in key order */
  features?: readonly string[];
  /**
   * Correction of the p-values of the columns tested by 'ks', 'chi-square' or 'z-test'
   * (m = the number of such columns): `'bonferroni'` multiplies each p-value by m,
   * `'benjamini-hochberg'` uses the step-up adjusted p-values (false discovery rate), both
   * capped at 1. `score` is then the adjusted p-value, compared with the threshold as
   * usual, so a correction can only turn `drifted` from true to false; `pValue` keeps the
   * raw one. Distance methods are not affected.
   * @default 'none'
   */
  correction?: DriftCorrection;
  /** Dataset drift when `driftedShare ≥ driftShare` (Evidently's `drift_share`). @default 0.5 */
  driftShare?: number;
  /** p-value method of 'ks' (see {@link ksTest}). @default 'auto' */
  ksMethod?: KsMethod;
}

/** Drift of one column. */
export interface FeatureDrift {
  name: string;
  kind: FeatureKind;
  /** The test that ran. */
  method: DriftMethod;
  /** Why this test ran (Evidently's default rule that applied, or the override). */
  reason: string;
  /**
   * What `threshold` is compared with: the p-value (after any correction) for 'ks',
   * 'chi-square', 'z-test'; the distance for the others. `null` when the column could not
   * be tested (no non-missing values on one side).
   */
  score: number | null;
  threshold: number;
  drifted: boolean;
  /** 'p-value' methods drift at `score ≤ threshold`, 'distance' methods at `score ≥ threshold`. */
  scoreType: 'p-value' | 'distance';
  /** The test statistic: KS D, chi-square, z, the raw Wasserstein distance (before norming); null when untested. */
  statistic: number | null;
  /** Raw p-value before correction (p-value methods only; otherwise null). */
  pValue: number | null;
  /** Missing values (null, undefined, NaN) per side; they are left out of every test. */
  missing: { reference: number; current: number };
  /** Non-missing values per side. */
  count: { reference: number; current: number };
  /** Bin edges used, when the test binned numeric values; otherwise null. */
  edges: number[] | null;
}

/** Result of {@link detectDrift}. */
export interface DriftReport {
  features: FeatureDrift[];
  /** Columns tested (score not null). */
  testedCount: number;
  driftedCount: number;
  /** driftedCount / testedCount (0 when nothing could be tested). */
  driftedShare: number;
  /** driftedShare ≥ driftShare (and at least one column tested). */
  datasetDrift: boolean;
  driftShare: number;
  correction: DriftCorrection;
}
