/**
 * Options resolved and each feature prepared from the reference once: Evidently's choice of
 * test, thresholds, binning, and the reference-side precomputation (sorted values, category
 * counts, edges) that every compared batch reuses. Internal.
 */
import { SextantError } from '../errors';
import { assertNumberInRange, assertOneOf, isArrayLike, show } from '../internal/validate';
import { checkArrayLike } from '../internal/hostile';
import { countSortedInBins, quantileInnerEdges, type Binning } from './bins';
import { type KsMethod } from './ks';
import { resolveBinningOptions } from './psi';
import { sortInPlace } from '../internal/sort';
import {
  type DetectDriftOptions,
  type DriftColumnOptions,
  type DriftCorrection,
  type DriftMethod,
  type DriftTable,
  type FeatureKind,
} from './types';
import { type Extracted, assertNumericValues, assertValidValues, countValues, distinctUpTo, std } from './columns';

export const P_VALUE_METHODS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi-square', 'z-test']);
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
export const PSI_EPSILON = 1e-4;

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
    const length = checkArrayLike(col, `${name}.${k}`);
    if (rows < 0) {
      rows = length;
      first = k;
    } else if (length !== rows) {
      throw new SextantError(
        'LENGTH_MISMATCH',
        `${name}.${k} has length ${length} but ${name}.${first} has length ${rows}; columns of a table have equal lengths`,
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
