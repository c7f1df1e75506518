/**
 * Shared machinery of the fairness area: encoding sensitive features into group codes,
 * checking binary labels, and turning per-group values into Fairlearn's disparities.
 * Internal to `fairness/` (not re-exported from the barrel).
 */
import { SextantError } from '../errors';
import { holeError, isHole } from '../internal/hostile';
import { encodeFirstSeen, sortFirstSeen, type Label } from '../internal/labels';
import {
  assertNonEmpty,
  assertOneOf,
  assertSameLength,
  checkWeightValues as checkSharedWeightValues,
  assertArrayLike,
  show,
  toFiniteFloat64,
} from '../internal/validate';

/** A label or group value: what `sensitiveFeatures`, `yTrue` and `yPred` may hold (the metrics' {@link Label}). */
export type FairnessLabel = Label;

/** How per-group values are compared (Fairlearn's `method`). */
export type DisparityMethod = 'between_groups' | 'to_overall';

export const DISPARITY_METHODS: readonly DisparityMethod[] = ['between_groups', 'to_overall'];

/** Groups of a sensitive feature, coded 0…G−1 in sorted group order. */
export interface EncodedGroups {
  /** Group code of every row. */
  codes: Int32Array;
  /** The group values in code order (sorted ascending: numbers numerically, strings by code point, false < true). */
  values: FairnessLabel[];
  /** `String(value)` of each group, the keys of `byGroup`. */
  keys: string[];
  /** Row count of each group. */
  sizes: Int32Array;
  /** Index of the first value of an unsupported type (null, object…), or −1. Refused later as INVALID_LABEL. */
  badIndex: number;
  /** Index of the first value whose kind (string / number / boolean) differs from the first row's, or −1. */
  mixedIndex: number;
}

/**
 * Map each row's sensitive feature to a group code: one Map lookup per row, type checks
 * only when a new value appears. Throws NON_FINITE for NaN/±Infinity (highest remaining
 * precedence once lengths are checked); leaves INVALID_LABEL problems in the result.
 */
export function encodeGroups(sf: ArrayLike<unknown>, name = 'options.sensitiveFeatures'): EncodedGroups {
  const n = sf.length;
  const firstCode = new Int32Array(n);
  const seen: unknown[] = [];
  let badIndex = -1;
  let mixedIndex = -1;
  let kind: string | undefined;
  encodeFirstSeen(sf, firstCode, seen, (v, i) => {
    const t = typeof v;
    if (t === 'number') {
      if ((v as number) - (v as number) !== 0) {
        throw new SextantError('NON_FINITE', `${name}[${i}] is ${String(v)}; group values must be finite`, {
          argument: name,
          index: i,
          value: v,
        });
      }
    } else if (t !== 'string' && t !== 'boolean') {
      // A hole (a made-up length) is refused at once: scanning on would cost the claimed length.
      if (v === undefined && isHole(sf, i)) throw holeError(name, i, n, 'INVALID_LABEL');
      if (badIndex < 0) badIndex = i;
    }
    if (kind === undefined) kind = t;
    else if (t !== kind && mixedIndex < 0) mixedIndex = i;
  });
  const g = seen.length;
  if (badIndex >= 0 || mixedIndex >= 0) {
    return {
      codes: firstCode,
      values: seen as FairnessLabel[],
      keys: seen.map(String),
      sizes: new Int32Array(g),
      badIndex,
      mixedIndex,
    };
  }
  const { classes: values, rank } = sortFirstSeen(seen);
  const sizes = new Int32Array(g);
  for (let i = 0; i < n; i++) {
    const c = rank[firstCode[i]];
    firstCode[i] = c;
    sizes[c]++;
  }
  return { codes: firstCode, values, keys: values.map(String), sizes, badIndex, mixedIndex };
}

/** Throw the INVALID_LABEL an {@link encodeGroups} result carries, if any. */
export function assertGroupsValid(groups: EncodedGroups, sf: ArrayLike<unknown>, name = 'options.sensitiveFeatures'): void {
  if (groups.badIndex >= 0) {
    const i = groups.badIndex;
    throw new SextantError(
      'INVALID_LABEL',
      `${name}[${i}] is ${show(sf[i])}; group values must be strings, numbers or booleans`,
      {
        argument: name,
        index: i,
        value: sf[i],
      },
    );
  }
  if (groups.mixedIndex >= 0) {
    const i = groups.mixedIndex;
    throw new SextantError(
      'INVALID_LABEL',
      `${name}[${i}] is ${show(sf[i])}, of another type than ${show(sf[0])}; group values must be all strings, all numbers or all booleans`,
      { argument: name, index: i, value: sf[i] },
    );
  }
}

/** What one pass over a label array found. */
export interface LabelScan {
  /** 1 where the row equals the positive label. */
  positive: Uint8Array;
  /** Up to three distinct values, in order of appearance. */
  distinct: unknown[];
  badIndex: number;
  mixedIndex: number;
}

/**
 * One pass over a label array: finite check (throws NON_FINITE), positive bit per row
 * and the first few distinct values. `posAlt` is the same label in the other encoding
 * (1 ↔ true, 0 ↔ false: API.md, "with boolean labels 1 means true").
 */
export function scanLabels(y: ArrayLike<unknown>, name: string, pos: unknown, posAlt: unknown): LabelScan {
  const n = y.length;
  const positive = new Uint8Array(n);
  const distinct: unknown[] = [];
  let d0: unknown;
  let d1: unknown;
  let badIndex = -1;
  let mixedIndex = -1;
  if (ArrayBuffer.isView(y)) {
    const a = y as unknown as ArrayLike<number>;
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (v - v !== 0) throw labelNonFinite(name, i, v);
      if (v === pos || v === posAlt) positive[i] = 1;
      if (distinct.length < 3 && v !== d0 && v !== d1 && !distinct.includes(v)) {
        distinct.push(v);
        if (distinct.length === 1) d0 = v;
        else if (distinct.length === 2) d1 = v;
      }
    }
    return { positive, distinct, badIndex, mixedIndex };
  }
  let kind: string | undefined;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (v === pos || v === posAlt) positive[i] = 1;
    // Fast exit for the (usual) two label values already seen; d0/d1 are set only after a value passed the checks.
    if ((v === d0 && distinct.length > 0) || (v === d1 && distinct.length > 1)) continue;
    const t = typeof v;
    if (t === 'number') {
      if ((v as number) - (v as number) !== 0) throw labelNonFinite(name, i, v as number);
    } else if (t !== 'string' && t !== 'boolean') {
      // A hole (a made-up length) is refused at once: scanning on would cost the claimed length.
      if (v === undefined && isHole(y, i)) throw holeError(name, i, n, 'INVALID_LABEL');
      if (badIndex < 0) badIndex = i;
      continue;
    }
    if (kind === undefined) kind = t;
    else if (t !== kind && mixedIndex < 0) mixedIndex = i;
    if (distinct.length < 3 && !distinct.includes(v)) {
      distinct.push(v);
      if (distinct.length === 1) d0 = v;
      else if (distinct.length === 2) d1 = v;
    }
  }
  return { positive, distinct, badIndex, mixedIndex };
}

function labelNonFinite(name: string, i: number, v: number): SextantError {
  return new SextantError('NON_FINITE', `${name}[${i}] is ${v}; labels must be finite`, { argument: name, index: i, value: v });
}

/** Throw INVALID_LABEL for a bad or mixed-type label found by {@link scanLabels}. */
export function assertLabelTypes(scan: LabelScan, y: ArrayLike<unknown>, name: string): void {
  if (scan.badIndex >= 0) {
    const i = scan.badIndex;
    throw new SextantError('INVALID_LABEL', `${name}[${i}] is ${show(y[i])}; labels must be strings, numbers or booleans`, {
      argument: name,
      index: i,
      value: y[i],
    });
  }
  if (scan.mixedIndex >= 0) {
    const i = scan.mixedIndex;
    throw new SextantError('INVALID_LABEL', `${name}[${i}] is ${show(y[i])}, of another type than the labels before it`, {
      argument: name,
      index: i,
      value: y[i],
    });
  }
}

/** The positive label in the other encoding (1 ↔ true, 0 ↔ false), else the label itself. */
export function alternatePosLabel(pos: FairnessLabel): FairnessLabel {
  if (pos === 1) return true;
  if (pos === true) return 1;
  if (pos === 0) return false;
  if (pos === false) return 0;
  return pos;
}

/** Refuse a `posLabel` that is not a finite number, a string or a boolean: INVALID_OPTION. */
export function checkPosLabel(pos: unknown): FairnessLabel {
  if (pos === undefined) return 1;
  const t = typeof pos;
  if ((t === 'number' && Number.isFinite(pos)) || t === 'string' || t === 'boolean') return pos as FairnessLabel;
  throw new SextantError('INVALID_OPTION', `options.posLabel must be a finite number, a string or a boolean; got ${show(pos)}`, {
    argument: 'options.posLabel',
    value: pos,
  });
}

/** Options every fairness function reads. */
export interface CommonInput {
  yTrue: ArrayLike<unknown>;
  yPred: ArrayLike<unknown>;
  sf: ArrayLike<unknown> | undefined;
  weightsRaw: ArrayLike<unknown> | undefined;
}

/**
 * The first checks of every fairness function, in API.md's precedence: EMPTY_INPUT
 * (yTrue, yPred, sensitiveFeatures), then LENGTH_MISMATCH (yPred, sensitiveFeatures,
 * sampleWeight against yTrue). `options` may be missing: that is refused later as
 * INVALID_OPTION (a missing `sensitiveFeatures`).
 */
export function checkShapes(yTrue: unknown, yPred: unknown, options: unknown): CommonInput {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new SextantError('INVALID_OPTION', `options must be an object with sensitiveFeatures; got ${show(options)}`, {
      argument: 'options',
    });
  }
  const o = (options ?? {}) as { sensitiveFeatures?: unknown; sampleWeight?: unknown };
  assertNonEmpty(yTrue, 'yTrue');
  assertNonEmpty(yPred, 'yPred');
  const sf = o.sensitiveFeatures;
  if (sf !== undefined && sf !== null) assertNonEmpty(sf, 'options.sensitiveFeatures');
  const w = o.sampleWeight;
  if (w !== undefined && w !== null) assertArrayLike(w, 'options.sampleWeight');
  assertSameLength(yTrue, 'yTrue', yPred, 'yPred');
  if (sf !== undefined && sf !== null) assertSameLength(yTrue, 'yTrue', sf as ArrayLike<unknown>, 'options.sensitiveFeatures');
  if (w !== undefined && w !== null) assertSameLength(yTrue, 'yTrue', w as ArrayLike<unknown>, 'options.sampleWeight');
  return {
    yTrue,
    yPred,
    sf: sf === undefined || sf === null ? undefined : (sf as ArrayLike<unknown>),
    weightsRaw: w === undefined || w === null ? undefined : (w as ArrayLike<unknown>),
  };
}

/** Refuse a missing `sensitiveFeatures`: INVALID_OPTION (Fairlearn makes it a required keyword). */
export function requireSensitiveFeatures(sf: ArrayLike<unknown> | undefined): asserts sf is ArrayLike<unknown> {
  if (sf === undefined) {
    throw new SextantError('INVALID_OPTION', 'options.sensitiveFeatures is required: one group value per row', {
      argument: 'options.sensitiveFeatures',
    });
  }
}

/** Validate `method` (default `'between_groups'`). */
export function checkMethod(method: unknown): DisparityMethod {
  if (method === undefined) return 'between_groups';
  assertOneOf(method, DISPARITY_METHODS, 'options.method');
  return method;
}

/** Finite check of the weights (NON_FINITE); sign and sum are checked later by {@link checkWeightValues}. */
export function finiteWeights(w: ArrayLike<unknown> | undefined): Float64Array | undefined {
  return w === undefined ? undefined : toFiniteFloat64(w, 'options.sampleWeight');
}

/**
 * Negative weights → INVALID_OPTION, weights summing to 0 → INVALID_VALUE: call it last among
 * the option checks, since its INVALID_VALUE ranks after every INVALID_OPTION.
 */
export function checkWeightValues(w: Float64Array | undefined): void {
  checkSharedWeightValues(w, 'options.sampleWeight');
}

/** Fairlearn's `difference` and `ratio` of per-group values against each other or the overall value. */
export interface Disparity {
  difference: number;
  /** `null` where Fairlearn gives ±inf or NaN (a metric that is 0 in one place and not another, or negative). */
  ratio: number | null;
  groupMin: number;
  groupMax: number;
}

/**
 * Fairlearn's `MetricFrame.difference` / `.ratio`:
 * `'between_groups'`: max − min and min / max; `'to_overall'`: max |m(g) − o| and
 * min over g of m(g)/o (inverted when above 1). A ratio of two equal values — 0/0
 * included — is 1 (API.md edge rule).
 */
export function disparity(values: ArrayLike<number>, overall: number, method: DisparityMethod): Disparity {
  let lo = Infinity;
  let hi = -Infinity;
  for (let g = 0; g < values.length; g++) {
    const v = values[g];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (method === 'between_groups') {
    return { difference: hi - lo, ratio: finiteOrNull(lo === hi ? 1 : lo / hi), groupMin: lo, groupMax: hi };
  }
  let diff = 0;
  let ratio = Infinity;
  for (let g = 0; g < values.length; g++) {
    const v = values[g];
    const d = Math.abs(v - overall);
    if (d > diff) diff = d;
    let r = v === overall ? 1 : v / overall;
    if (r > 1) r = 1 / r;
    if (r < ratio) ratio = r;
  }
  return { difference: diff, ratio: finiteOrNull(ratio), groupMin: lo, groupMax: hi };
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
