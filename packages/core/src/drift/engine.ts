/**
 * The machinery of detectDrift and driftOverTime (internal): column extraction, Evidently's
 * choice of test, the reference-side precomputation done once, per-feature evaluation,
 * correction and the dataset verdict.
 */
import { SextantError } from '../errors';
import { assertNumberInRange, assertOneOf, isArrayLike, show } from '../internal/validate';
import { normalSf } from '../internal/special';
import { BinCounter, countSortedInBins, quantileInnerEdges, sturgesEdges, uniformEdges, type Binning } from './bins';
import { chiSquareFromCounts } from './chisquare';
import { jensenShannonFromNats, jensenShannonNats } from './distances';
import { ksPValue, ksStatisticSorted, ksStatisticSortedSparse, type KsMethod } from './ks';
import { psiFromCounts, resolveBinningOptions } from './psi';
import { sortInPlace } from '../internal/sort';
import { wassersteinSorted } from './distances';

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

const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi-square', 'z-test']);
const METHODS = ['ks', 'chi-square', 'z-test', 'wasserstein', 'jensen-shannon', 'psi'] as const;
const DEFAULT_THRESHOLD: Record<DriftMethod, number> = {
  ks: 0.05,
  'chi-square': 0.05,
  'z-test': 0.05,
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
};
/** Evidently's n_bins: numeric columns with at most this many distinct values are compared by value. */
const EVIDENTLY_N_BINS = 30;
const PSI_EPSILON = 1e-4;

// ------------------------------------------------------------------------------ columns --

/** A column split into its non-missing values, typed by what they are. */
export interface Extracted {
  /** Non-missing values as numbers, when every one is a number. */
  numbers: Float64Array | null;
  /** Non-missing values, when some are not numbers. */
  values: unknown[] | null;
  missing: number;
  count: number;
  /** First value that is neither a number, string, boolean nor missing (reported as INVALID_VALUE after option checks). */
  invalid: { index: number; value: unknown } | null;
  /** First string or boolean (what makes the column categorical). */
  firstNonNumber: { index: number; value: unknown } | null;
  where: string;
}

/**
 * Split a column into missing and non-missing values. Throws NON_FINITE for ±Infinity at
 * once; an invalid value is only recorded, so that option errors can take precedence.
 */
export function extractColumn(col: DriftColumn, where: string): Extracted {
  const n = col.length;
  if (ArrayBuffer.isView(col) && !(col instanceof DataView)) {
    const arr = col as unknown as ArrayLike<number>;
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const v = arr[i];
      if (v !== v) missing++;
      else if (v === Infinity || v === -Infinity) throw nonFinite(where, i, v);
    }
    const numbers = new Float64Array(n - missing);
    if (missing === 0) numbers.set(arr);
    else for (let i = 0, k = 0; i < n; i++) if (arr[i] === arr[i]) numbers[k++] = arr[i];
    return { numbers, values: null, missing, count: n - missing, invalid: null, firstNonNumber: null, where };
  }
  let missing = 0;
  let invalid: { index: number; value: unknown } | null = null;
  let firstNonNumber: { index: number; value: unknown } | null = null;
  for (let i = 0; i < n; i++) {
    const v = col[i];
    if (v === null || v === undefined) missing++;
    else if (typeof v === 'number') {
      if (v !== v) missing++;
      else if (v === Infinity || v === -Infinity) throw nonFinite(where, i, v);
    } else if (typeof v === 'string' || typeof v === 'boolean') {
      if (firstNonNumber === null) firstNonNumber = { index: i, value: v };
    } else if (invalid === null) invalid = { index: i, value: v };
  }
  const count = n - missing;
  if (firstNonNumber === null && invalid === null) {
    const numbers = new Float64Array(count);
    for (let i = 0, k = 0; i < n; i++) {
      const v = col[i];
      if (typeof v === 'number' && v === v) numbers[k++] = v;
    }
    return { numbers, values: null, missing, count, invalid, firstNonNumber, where };
  }
  const values = new Array<unknown>(count);
  for (let i = 0, k = 0; i < n; i++) {
    const v = col[i];
    if (v !== null && v !== undefined && !(typeof v === 'number' && v !== v)) values[k++] = v;
  }
  return { numbers: null, values, missing, count, invalid, firstNonNumber, where };
}

/** Throw the INVALID_VALUE an extracted column recorded, if any. */
function assertValidValues(e: Extracted): void {
  if (e.invalid) {
    const { index, value } = e.invalid;
    throw new SextantError(
      'INVALID_VALUE',
      `${e.where}[${index}] is ${show(value)}; values must be numbers, strings, booleans or missing`,
      {
        argument: e.where,
        index,
        value,
      },
    );
  }
}

/** INVALID_VALUE when a numeric feature's column holds a string or boolean. */
function assertNumericValues(e: Extracted, why: string): void {
  if (e.firstNonNumber) {
    const { index, value } = e.firstNonNumber;
    throw new SextantError('INVALID_VALUE', `${e.where}[${index}] is ${show(value)}, but ${why}`, {
      argument: e.where,
      index,
      value,
    });
  }
}

function nonFinite(where: string, i: number, v: number): SextantError {
  return new SextantError('NON_FINITE', `${where}[${i}] is ${v}; numeric values must be finite (NaN counts as missing)`, {
    argument: where,
    index: i,
    value: v,
  });
}

/** Counts per distinct value, in first-seen order. */
function countValues(e: Extracted): Map<unknown, number> {
  const m = new Map<unknown, number>();
  const src: ArrayLike<unknown> = e.numbers ?? e.values ?? [];
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    m.set(v, (m.get(v) ?? 0) + 1);
  }
  return m;
}

/** Number of distinct values, counting only up to `cap` + 1 (enough for Evidently's thresholds). */
function distinctUpTo(x: Float64Array, cap: number): number {
  const seen: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    let found = false;
    for (let k = 0; k < seen.length; k++) {
      if (seen[k] === v) {
        found = true;
        break;
      }
    }
    if (!found) {
      seen.push(v);
      if (seen.length > cap) return seen.length;
    }
  }
  return seen.length;
}

function std(x: Float64Array): number {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i];
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / n);
}

// ------------------------------------------------------------------------ preparation --

type BinMode = { kind: 'values' } | { kind: 'bins'; binning: Binning; bins: number };

/** Everything about a feature that depends on the reference only, computed once. */
export interface PreparedFeature {
  name: string;
  kind: FeatureKind;
  method: DriftMethod;
  /** Set when the method was chosen by default (the Z-test may then give way to chi-square). */
  defaulted: boolean;
  reason: string;
  threshold: number;
  refMissing: number;
  refCount: number;
  /** Numeric reference, ascending (ks, wasserstein, binned). */
  refSorted: Float64Array | null;
  /** Reference standard deviation (wasserstein's norm). */
  refStd: number;
  /** Reference counts per value (chi-square, z-test, by-value JS/PSI). */
  refCounts: Map<unknown, number> | null;
  binMode: BinMode | null;
  /** Quantile edges and reference counts, when they depend on the reference only. */
  quantileInner: Float64Array | null;
  quantileRefCounts: Float64Array | null;
  ksMethod: KsMethod;
  /** KS p-values already computed in this run, by `n1,n2,d` (the exact method is O(n·window)). */
  ksCache: Map<string, { d: number; pValue: number }>;
}

/** Options resolved once for a whole run. */
export interface ResolvedOptions {
  features: string[];
  correction: DriftCorrection;
  driftShare: number;
  perColumn: Map<string, DriftColumnOptions>;
  global: DriftColumnOptions;
  ksMethod: KsMethod;
  /** Shared by the features of a run: batches of equal size repeat (n1, n2, d) often. */
  ksCache: Map<string, { d: number; pValue: number }>;
}

function isTable(t: unknown): t is DriftTable {
  return t !== null && typeof t === 'object' && !Array.isArray(t) && !ArrayBuffer.isView(t);
}

/** Check a table: an object of equal-length array columns (EMPTY_INPUT, LENGTH_MISMATCH, INVALID_OPTION). */
function checkTable(t: unknown, name: string): number {
  if (!isTable(t)) {
    throw new SextantError('INVALID_OPTION', `${name} must be an object of columns (Record<string, array>); got ${show(t)}`, {
      argument: name,
      value: t,
    });
  }
  const keys = Object.keys(t);
  if (keys.length === 0) throw new SextantError('EMPTY_INPUT', `${name} has no columns`, { argument: name });
  let rows = -1;
  let first = '';
  for (const k of keys) {
    const col = (t as Record<string, unknown>)[k];
    if (!isArrayLike(col) || typeof col === 'string') {
      throw new SextantError('INVALID_OPTION', `${name}.${k} must be an array or typed array; got ${show(col)}`, {
        argument: `${name}.${k}`,
      });
    }
    if (rows < 0) {
      rows = col.length;
      first = k;
    } else if (col.length !== rows) {
      throw new SextantError(
        'LENGTH_MISMATCH',
        `${name}.${k} has length ${col.length} but ${name}.${first} has length ${rows}; columns of a table have equal lengths`,
        { argument: `${name}.${k}` },
      );
    }
  }
  if (rows === 0) throw new SextantError('EMPTY_INPUT', `${name} has no rows`, { argument: name });
  return rows;
}

function checkColumnOptions(o: unknown, prefix: string): DriftColumnOptions {
  if (o === undefined || o === null) return {};
  if (typeof o !== 'object')
    throw new SextantError('INVALID_OPTION', `${prefix} must be an object; got ${show(o)}`, { argument: prefix });
  const c = o as DriftColumnOptions;
  if (c.kind !== undefined) assertOneOf(c.kind, ['numeric', 'categorical'] as const, `${prefix}.kind`);
  if (c.method !== undefined) assertOneOf(c.method, METHODS, `${prefix}.method`);
  if (c.threshold !== undefined) assertNumberInRange(c.threshold, 0, Number.MAX_VALUE, `${prefix}.threshold`);
  if (c.bins !== undefined || c.binning !== undefined)
    resolveBinningOptions(c.bins, c.binning, `${prefix}.`, { bins: 10, binning: 'quantile' });
  return c;
}

/** Validate detectDrift's options against the reference's columns. */
export function resolveOptions(reference: DriftTable, options: DetectDriftOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  const global = checkColumnOptions(options, 'options');
  const correction = options.correction ?? 'none';
  assertOneOf(correction, ['none', 'bonferroni', 'benjamini-hochberg'] as const, 'options.correction');
  const driftShare = options.driftShare ?? 0.5;
  assertNumberInRange(driftShare, 0, 1, 'options.driftShare');
  const ksMethod = options.ksMethod ?? 'auto';
  assertOneOf(ksMethod, ['auto', 'exact', 'asymp'] as const, 'options.ksMethod');
  const names = Object.keys(reference);
  let features: string[];
  if (options.features !== undefined) {
    if (!Array.isArray(options.features)) {
      throw new SextantError('INVALID_OPTION', `options.features must be an array of column names`, {
        argument: 'options.features',
      });
    }
    features = [...options.features];
    const seen = new Set<string>();
    for (const f of features) {
      if (typeof f !== 'string' || !Object.prototype.hasOwnProperty.call(reference, f)) {
        throw new SextantError('INVALID_OPTION', `options.features names ${show(f)}, which is not a column of reference`, {
          argument: 'options.features',
          value: f,
        });
      }
      if (seen.has(f))
        throw new SextantError('INVALID_OPTION', `options.features names ${show(f)} twice`, { argument: 'options.features' });
      seen.add(f);
    }
    if (features.length === 0)
      throw new SextantError('EMPTY_INPUT', 'options.features is empty', { argument: 'options.features' });
  } else features = names;
  const perColumn = new Map<string, DriftColumnOptions>();
  if (options.columns !== undefined) {
    if (options.columns === null || typeof options.columns !== 'object') {
      throw new SextantError('INVALID_OPTION', 'options.columns must be an object keyed by column name', {
        argument: 'options.columns',
      });
    }
    for (const [k, v] of Object.entries(options.columns)) {
      if (!Object.prototype.hasOwnProperty.call(reference, k)) {
        throw new SextantError('INVALID_OPTION', `options.columns names ${show(k)}, which is not a column of reference`, {
          argument: 'options.columns',
          value: k,
        });
      }
      perColumn.set(k, checkColumnOptions(v, `options.columns.${k}`));
    }
  }
  return { features, correction, driftShare, perColumn, global, ksMethod, ksCache: new Map() };
}

/**
 * Resolve one feature's test from its extracted reference column (Evidently's defaults
 * unless overridden) and precompute the reference side. Throws only INVALID_OPTION; value
 * problems are left to {@link assertFeatureValues}.
 */
export function prepareFeature(name: string, ref: Extracted, opts: ResolvedOptions): PreparedFeature {
  const col = opts.perColumn.get(name) ?? {};
  const g = opts.global;

  let kind: FeatureKind;
  if (col.kind) kind = col.kind;
  else if (g.kind) kind = g.kind;
  else kind = ref.numbers ? 'numeric' : 'categorical';

  // Distinct reference values, only as far as the rules need them.
  const numbers = kind === 'numeric' ? ref.numbers : null;
  let refCounts: Map<unknown, number> | null = null;
  const distinct = (cap: number): number => {
    if (numbers) return distinctUpTo(numbers, cap);
    refCounts ??= countValues(ref);
    return refCounts.size;
  };

  let method: DriftMethod;
  let reason: string;
  let defaulted = false;
  // A global 'ks' / 'wasserstein' applies to the numeric columns; categorical ones keep their default.
  const numericOnly = (m: DriftMethod | undefined) => m === 'ks' || m === 'wasserstein';
  const globalSkipped = !col.method && g.method !== undefined && numericOnly(g.method) && kind !== 'numeric';
  const explicit = col.method ?? (globalSkipped ? undefined : g.method);
  if (explicit) {
    method = explicit;
    reason = col.method ? `method '${method}' set for this column` : `method '${method}' set for all columns`;
    if (numericOnly(method) && kind !== 'numeric') {
      throw new SextantError(
        'INVALID_OPTION',
        `options.columns.${name}.method '${method}' needs a numeric column; ${name} is categorical`,
        {
          argument: `options.columns.${name}.method`,
          value: method,
        },
      );
    }
  } else {
    defaulted = true;
    const n = ref.count;
    const d = distinct(5);
    if (n <= 1000) {
      if (kind === 'numeric' && d > 5) {
        method = 'ks';
        reason = `default: numeric with > 5 distinct values and ${n} ≤ 1000 reference values → KS (drift at p ≤ 0.05)`;
      } else if (distinct(Infinity) > 2) {
        method = 'chi-square';
        reason = `default: ${kind === 'numeric' ? 'numeric with only' : 'categorical with'} ${distinct(Infinity)} distinct values and ${n} ≤ 1000 reference values → chi-square (drift at p ≤ 0.05)`;
      } else {
        method = 'z-test';
        reason = `default: ${distinct(Infinity)} distinct value${distinct(Infinity) === 1 ? '' : 's'} and ${n} ≤ 1000 reference values → two-proportion Z-test (drift at p ≤ 0.05)`;
      }
    } else if (kind === 'numeric' && d > 5) {
      method = 'wasserstein';
      reason = `default: numeric with > 5 distinct values and ${n} > 1000 reference values → Wasserstein ÷ max(std(reference), 0.001) (drift at ≥ 0.1)`;
    } else {
      method = 'jensen-shannon';
      reason = `default: ${kind === 'numeric' ? 'numeric with ≤ 5 distinct values' : 'categorical'} and ${n} > 1000 reference values → Jensen–Shannon distance, base 2 (drift at ≥ 0.1)`;
    }
  }
  if (globalSkipped) reason = `${reason} (options.method '${g.method as string}' applies to numeric columns only)`;
  const threshold = col.threshold ?? g.threshold ?? DEFAULT_THRESHOLD[method];
  if (P_VALUE_METHODS.has(method) && threshold > 1) {
    throw new SextantError('INVALID_OPTION', `threshold ${threshold} of ${name} is a p-value threshold and must be in [0, 1]`, {
      argument: col.threshold !== undefined ? `options.columns.${name}.threshold` : 'options.threshold',
      value: threshold,
    });
  }

  // Binning for JS / PSI on numeric columns; always honoured when set.
  let binMode: BinMode | null = null;
  if ((method === 'jensen-shannon' || method === 'psi') && kind === 'numeric') {
    const bins = col.bins ?? g.bins;
    const binning = col.binning ?? g.binning;
    if (bins === undefined && binning === undefined) {
      binMode =
        distinct(EVIDENTLY_N_BINS) <= EVIDENTLY_N_BINS ? { kind: 'values' } : { kind: 'bins', binning: 'sturges', bins: 0 };
    } else {
      const r = resolveBinningOptions(
        bins,
        binning,
        col.bins !== undefined || col.binning !== undefined ? `options.columns.${name}.` : 'options.',
        {
          bins: 10,
          binning: 'quantile',
        },
      );
      binMode = { kind: 'bins', binning: r.binning, bins: r.binning === 'sturges' ? 0 : r.bins };
    }
  } else if (method === 'jensen-shannon' || method === 'psi') binMode = { kind: 'values' };
  if (binMode?.kind === 'bins') {
    reason +=
      binMode.binning === 'sturges'
        ? '; numeric values binned by Sturges edges over both samples'
        : `; numeric values in ${binMode.bins} ${binMode.binning} bins`;
  } else if (binMode?.kind === 'values' && kind === 'numeric')
    reason += '; numeric values compared as categories (≤ 30 distinct)';

  const needsSorted = kind === 'numeric' && (method === 'ks' || method === 'wasserstein' || binMode?.kind === 'bins');
  const refSorted = needsSorted && numbers ? sortInPlace(Float64Array.from(numbers)) : null;
  const needsCounts = method === 'chi-square' || method === 'z-test' || binMode?.kind === 'values';
  if (needsCounts) refCounts ??= countValues(ref);

  let quantileInner: Float64Array | null = null;
  let quantileRefCounts: Float64Array | null = null;
  if (binMode?.kind === 'bins' && binMode.binning === 'quantile' && refSorted && refSorted.length > 0) {
    quantileInner = quantileInnerEdges(refSorted, refSorted[0], refSorted[refSorted.length - 1], binMode.bins, refSorted);
    quantileRefCounts = countSortedInBins(refSorted, quantileInner);
  }

  return {
    name,
    kind,
    method,
    defaulted,
    reason,
    threshold,
    refMissing: ref.missing,
    refCount: ref.count,
    refSorted,
    refStd: method === 'wasserstein' && numbers && numbers.length > 0 ? std(numbers) : 0,
    refCounts: needsCounts ? refCounts : null,
    binMode,
    quantileInner,
    quantileRefCounts,
    ksMethod: opts.ksMethod,
    ksCache: opts.ksCache,
  };
}

// -------------------------------------------------------------------------- evaluation --

/** Test one feature's current column against its prepared reference. */
export function evaluateFeature(p: PreparedFeature, cur: Extracted): FeatureDrift {
  const scoreType: 'p-value' | 'distance' = P_VALUE_METHODS.has(p.method) ? 'p-value' : 'distance';
  const base: FeatureDrift = {
    name: p.name,
    kind: p.kind,
    method: p.method,
    reason: p.reason,
    score: null,
    threshold: p.threshold,
    drifted: false,
    scoreType,
    statistic: null,
    pValue: null,
    missing: { reference: p.refMissing, current: cur.missing },
    count: { reference: p.refCount, current: cur.count },
    edges: null,
  };
  if (p.refCount === 0 || cur.count === 0) {
    base.reason = `not tested: no non-missing values in ${p.refCount === 0 ? 'reference' : 'current'}`;
    return base;
  }

  switch (p.method) {
    case 'ks': {
      const a = p.refSorted as Float64Array;
      const b = sortInPlace(cur.numbers as Float64Array);
      const st = a.length > 16 * b.length ? ksStatisticSortedSparse(a, b) : ksStatisticSorted(a, b);
      const key = `${a.length},${b.length},${st.d}`;
      let r = p.ksCache.get(key);
      if (r === undefined) {
        r = ksPValue(a.length, b.length, st.d, p.ksMethod);
        if (p.ksCache.size >= 65536) p.ksCache.clear();
        p.ksCache.set(key, { d: r.d, pValue: r.pValue });
      }
      return finish(base, r.pValue, r.d, r.pValue);
    }
    case 'wasserstein': {
      const a = p.refSorted as Float64Array;
      const b = sortInPlace(cur.numbers as Float64Array);
      const w = wassersteinSorted(a, b);
      return finish(base, w / Math.max(p.refStd, 0.001), w, null);
    }
    case 'chi-square':
    case 'z-test': {
      const refCounts = p.refCounts as Map<unknown, number>;
      const curCounts = countValues(cur);
      const keys = unionKeys(refCounts, curCounts);
      if (p.method === 'z-test' && keys.length <= 2) {
        const z = zTest(keys, refCounts, curCounts, p.refCount, cur.count);
        return finish(base, z.pValue, z.statistic, z.pValue);
      }
      if (p.method === 'z-test') {
        base.method = 'chi-square';
        base.reason = `${p.reason}; current brings ${keys.length} categories in all, more than a Z-test compares, so chi-square ran instead`;
      }
      const r = chiSquareFromCounts(keys, refCounts, curCounts, p.refCount, cur.count);
      return finish(base, r.pValue, r.statistic, r.pValue);
    }
    case 'jensen-shannon':
    case 'psi': {
      let rc: ArrayLike<number>;
      let cc: ArrayLike<number>;
      if (p.binMode?.kind === 'bins') {
        const b = cur.numbers as Float64Array;
        const edges = edgesFor(p, b);
        base.edges = Array.from(edges);
        const inner = edges.subarray(1, edges.length - 1);
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = 0; i < b.length; i++) {
          const v = b[i];
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        const counter = new BinCounter(inner, lo, hi);
        const c = new Float64Array(edges.length - 1);
        counter.count(b, c);
        cc = c;
        rc = p.quantileRefCounts ?? countSortedInBins(p.refSorted as Float64Array, inner);
      } else {
        const refCounts = p.refCounts as Map<unknown, number>;
        const curCounts = countValues(cur);
        const keys = unionKeys(refCounts, curCounts);
        const r = new Float64Array(keys.length);
        const c = new Float64Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          r[i] = refCounts.get(keys[i]) ?? 0;
          c[i] = curCounts.get(keys[i]) ?? 0;
        }
        rc = r;
        cc = c;
      }
      if (p.method === 'psi') {
        const v = psiFromCounts(rc, cc, p.refCount, cur.count, PSI_EPSILON).value;
        return finish(base, v, v, null);
      }
      const js = jensenShannonFromNats(jensenShannonNats(rc, cc, p.refCount, cur.count), 2);
      return finish(base, js, js, null);
    }
  }
}

function finish(f: FeatureDrift, score: number, statistic: number, pValue: number | null): FeatureDrift {
  f.score = score;
  f.statistic = statistic;
  f.pValue = pValue;
  f.drifted = f.scoreType === 'p-value' ? score <= f.threshold : score >= f.threshold;
  return f;
}

/** Full edges for a binned feature given the current sample. */
function edgesFor(p: PreparedFeature, cur: Float64Array): Float64Array {
  const ref = p.refSorted as Float64Array;
  const mode = p.binMode as { kind: 'bins'; binning: Binning; bins: number };
  let lo = ref[0];
  let hi = ref[ref.length - 1];
  for (let i = 0; i < cur.length; i++) {
    const v = cur[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (mode.binning === 'uniform') return uniformEdges(lo, hi, mode.bins);
  if (mode.binning === 'sturges') return sturgesEdges(lo, hi, ref.length + cur.length);
  if (lo === hi) return Float64Array.of(-Infinity, Infinity);
  const inner = p.quantileInner as Float64Array;
  const edges = new Float64Array(inner.length + 2);
  edges[0] = -Infinity;
  edges.set(inner, 1);
  edges[inner.length + 1] = Infinity;
  return edges;
}

function unionKeys(a: Map<unknown, number>, b: Map<unknown, number>): unknown[] {
  const keys = [...a.keys()];
  for (const k of b.keys()) if (!a.has(k)) keys.push(k);
  return keys;
}

/** Evidently's two-proportion Z-test (pooled variance), two-sided, with an accurate normal tail. */
function zTest(
  keys: readonly unknown[],
  refCounts: Map<unknown, number>,
  curCounts: Map<unknown, number>,
  n1: number,
  n2: number,
): { statistic: number; pValue: number } {
  if (keys.length < 2) return { statistic: 0, pValue: 1 };
  const k = keys[0];
  const p1 = (refCounts.get(k) ?? 0) / n1;
  const p2 = (curCounts.get(k) ?? 0) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/** Apply the correction to p-value features in place. */
export function applyCorrection(features: FeatureDrift[], correction: DriftCorrection): void {
  if (correction === 'none') return;
  const idx: number[] = [];
  for (let i = 0; i < features.length; i++) if (features[i].scoreType === 'p-value' && features[i].pValue !== null) idx.push(i);
  const m = idx.length;
  if (m <= 1) return;
  if (correction === 'bonferroni') {
    for (const i of idx) setScore(features[i], Math.min(1, (features[i].pValue as number) * m));
    return;
  }
  // Benjamini–Hochberg step-up: adj(i) = min over j ≥ i of p(j)·m/j, in ascending p order.
  const order = idx.slice().sort((x, y) => (features[x].pValue as number) - (features[y].pValue as number));
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const f = features[order[r]];
    const adj = Math.min(1, ((f.pValue as number) * m) / (r + 1));
    if (adj < running) running = adj;
    setScore(f, running);
  }
}

function setScore(f: FeatureDrift, score: number): void {
  f.score = score;
  f.drifted = score <= f.threshold;
}

/** Summarise features into the dataset verdict. */
export function summarise(features: FeatureDrift[], driftShare: number, correction: DriftCorrection): DriftReport {
  let tested = 0;
  let drifted = 0;
  for (const f of features) {
    if (f.score === null) continue;
    tested++;
    if (f.drifted) drifted++;
  }
  const driftedShare = tested === 0 ? 0 : drifted / tested;
  return {
    features,
    testedCount: tested,
    driftedCount: drifted,
    driftedShare,
    datasetDrift: tested > 0 && driftedShare >= driftShare,
    driftShare,
    correction,
  };
}

/** Extract a feature's column from a compared table (null when the table lacks it). */
export function extractCurrent(table: DriftTable, name: string, where: string): Extracted | null {
  if (!Object.prototype.hasOwnProperty.call(table, name)) return null;
  return extractColumn(table[name], `${where}.${name}`);
}

/** The INVALID_VALUE checks of a feature, after every option check has passed. */
export function assertFeatureValues(
  p: PreparedFeature,
  ref: Extracted,
  cur: Extracted | null,
  where: string,
): asserts cur is Extracted {
  assertValidValues(ref);
  if (p.kind === 'numeric') assertNumericValues(ref, `${p.name} is declared numeric`);
  if (cur === null) {
    throw new SextantError('INVALID_VALUE', `${where} has no column ${show(p.name)}, which reference has`, {
      argument: where,
      value: p.name,
    });
  }
  assertValidValues(cur);
  if (p.kind === 'numeric') assertNumericValues(cur, `${p.name} is numeric in reference`);
}

/** The names of the features to extract before options are validated (a best guess when they are invalid). */
export function featureNames(reference: DriftTable, options: DetectDriftOptions | undefined): string[] {
  const f = options && typeof options === 'object' ? options.features : undefined;
  if (Array.isArray(f) && f.every((x) => typeof x === 'string' && Object.prototype.hasOwnProperty.call(reference, x)))
    return [...f];
  return Object.keys(reference);
}

/** EMPTY_INPUT / LENGTH_MISMATCH / INVALID_OPTION checks of tables, EMPTY_INPUT first across all of them. */
export function checkTables(tables: readonly [unknown, string][]): void {
  for (const [t, name] of tables) {
    if (!isTable(t)) continue;
    if (Object.keys(t).length === 0) throw new SextantError('EMPTY_INPUT', `${name} has no columns`, { argument: name });
    for (const k of Object.keys(t)) {
      const col = (t as Record<string, unknown>)[k];
      if (isArrayLike(col) && typeof col !== 'string' && col.length === 0) {
        throw new SextantError('EMPTY_INPUT', `${name} has no rows`, { argument: name });
      }
    }
  }
  for (const [t, name] of tables) checkTable(t, name);
}
