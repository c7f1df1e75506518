import { SextantError } from '../errors';
import { assertNonEmpty, show } from '../internal/validate';
import { checkArrayLike } from '../internal/hostile';
import type { Label } from '../internal/labels';
import { chi2Sf } from '../internal/special';

/** A category value: compared by strict identity (`1`, `'1'` and `true` are three categories). */
export type Category = Label;

/** Result of {@link chiSquareTest}. */
export interface ChiSquareResult {
  /** Pearson's statistic Σ (observed − expected)² / expected over the categories. */
  statistic: number;
  /** Upper-tail chi-square probability of `statistic` with `dof` degrees of freedom. */
  pValue: number;
  /** Number of categories − 1. */
  dof: number;
  /** The categories, in first-seen order (reference first, then current). */
  categories: Category[];
  /** Observed count per category in `current`. */
  observed: number[];
  /** Expected count per category in `current` under the reference's shares. */
  expected: number[];
}

/** The zero-share substitute of API.md's chi-square rule. */
const CHI_SQUARE_EPSILON = 1e-4;

/** Check a category value: finite numbers, strings and booleans only. */
function checkCategory(v: unknown, name: string, i: number): void {
  if (typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (v - v !== 0) {
      throw new SextantError('NON_FINITE', `${name}[${i}] is ${v}; categories must be finite numbers, strings or booleans`, {
        argument: name,
        index: i,
        value: v,
      });
    }
    return;
  }
  throw new SextantError('INVALID_VALUE', `${name}[${i}] is ${show(v)}; categories must be strings, numbers or booleans`, {
    argument: name,
    index: i,
    value: v,
  });
}

/** Count categories of `x` into `counts` (keys by SameValueZero, i.e. strict identity for these types). */
function countCategories(x: ArrayLike<unknown>, counts: Map<unknown, number>): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
}

/**
 * Chi-square test from category counts under API.md's rule: over the union of categories,
 * reference shares with 0 replaced by epsilon and renormalised, expected = share × n(current).
 * `keys` fixes the order (and the union).
 */
export function chiSquareFromCounts(
  keys: readonly unknown[],
  refCounts: Map<unknown, number>,
  curCounts: Map<unknown, number>,
  nRef: number,
  nCur: number,
): { statistic: number; pValue: number; dof: number; observed: number[]; expected: number[] } {
  const k = keys.length;
  const observed = new Array<number>(k);
  const expected = new Array<number>(k);
  if (k <= 1) {
    for (let i = 0; i < k; i++) {
      observed[i] = curCounts.get(keys[i]) ?? 0;
      expected[i] = nCur;
    }
    return { statistic: 0, pValue: 1, dof: 0, observed, expected };
  }
  const shares = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    let s = (refCounts.get(keys[i]) ?? 0) / nRef;
    if (s === 0) s = CHI_SQUARE_EPSILON;
    shares[i] = s;
    total += s;
  }
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const e = (shares[i] / total) * nCur;
    const o = curCounts.get(keys[i]) ?? 0;
    observed[i] = o;
    expected[i] = e;
    statistic += ((o - e) * (o - e)) / e;
  }
  const dof = k - 1;
  return { statistic, pValue: chi2Sf(statistic, dof), dof, observed, expected };
}

/**
 * Pearson's chi-square goodness-of-fit test of the current categories against the
 * reference's category shares.
 *
 * Categories are the union of both inputs, compared by strict identity. Reference shares
 * are counts / n(reference), a share of 0 (a category new in `current`) becomes 1e-4 and
 * the shares are renormalised; expected counts are share × n(current). Statistic and
 * p-value are then the same as `scipy.stats.chisquare(observed, expected)`; the p-value's
 * far tail (1e-300) is accurate to ~1e-13 relative. One category → `{ statistic: 0, pValue: 1, dof: 0 }`.
 *
 * @param referenceCategories - baseline categories (strings, finite numbers, booleans)
 * @param currentCategories - categories to compare
 * @throws SextantError `EMPTY_INPUT`, `NON_FINITE` (NaN or ±Infinity as a category),
 *   `INVALID_VALUE` (null, undefined or an object as a category).
 * @example
 * ```ts
 * chiSquareTest(['a', 'b', 'b', 'c'], ['a', 'a', 'c', 'c', 'c']);
 * // { statistic: 5.4, pValue: 0.0672055…, dof: 2, categories: ['a', 'b', 'c'], observed: [2, 0, 3], expected: [1.25, 2.5, 1.25] }
 * ```
 */
export function chiSquareTest(referenceCategories: ArrayLike<Category>, currentCategories: ArrayLike<Category>): ChiSquareResult {
  checkArrayLike(referenceCategories, 'referenceCategories');
  assertNonEmpty(referenceCategories, 'referenceCategories');
  checkArrayLike(currentCategories, 'currentCategories');
  assertNonEmpty(currentCategories, 'currentCategories');
  for (let i = 0; i < referenceCategories.length; i++) checkCategory(referenceCategories[i], 'referenceCategories', i);
  for (let i = 0; i < currentCategories.length; i++) checkCategory(currentCategories[i], 'currentCategories', i);
  const refCounts = new Map<unknown, number>();
  const curCounts = new Map<unknown, number>();
  countCategories(referenceCategories, refCounts);
  countCategories(currentCategories, curCounts);
  const keys: Category[] = [...refCounts.keys()] as Category[];
  for (const k of curCounts.keys()) if (!refCounts.has(k)) keys.push(k as Category);
  const r = chiSquareFromCounts(keys, refCounts, curCounts, referenceCategories.length, currentCategories.length);
  return {
    statistic: r.statistic,
    pValue: r.pValue,
    dof: r.dof,
    categories: keys,
    observed: r.observed,
    expected: r.expected,
  };
}
