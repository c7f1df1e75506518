/**
 * The input of the clustering scores, checked and read once: X as a row-major Float64Array,
 * the labels as cluster codes 0…k−1 with their sizes (API.md's order of refusals).
 */
import { SextantError } from '../../errors';
import { encodeFirstSeen, type Label } from '../../internal/labels';
import { allocFloat64, arrayLikeProblem, isArrayLike, show } from '../../internal/validate';

/** One cluster label: numbers, strings or booleans (one kind per call); the metrics' {@link Label}. */
export type ClusterLabel = Label;

/** A 2-D input: an array of rows, each a plain array or a typed array of the same length. */
export type FeatureMatrix = ArrayLike<ArrayLike<number>>;

export interface ClusterInput {
  /** Row-major n×d copy of X. */
  data: Float64Array;
  n: number;
  d: number;
  /** Cluster index of each row, 0…k−1 (order of first appearance). */
  codes: Int32Array;
  k: number;
  /** Rows per cluster. */
  counts: Int32Array;
}

/* ------------------------------------------------------------------ input checks */

function rowOf(X: FeatureMatrix, i: number): ArrayLike<number> {
  const row = X[i] as unknown;
  if (!isArrayLike(row) || typeof row === 'string') {
    throw new SextantError('INVALID_VALUE', `X[${i}] ${arrayLikeProblem(row) ?? 'must be an array of numbers (a row)'}`, {
      argument: 'X',
      index: i,
      value: row,
    });
  }
  return row as ArrayLike<number>;
}

/**
 * Read and check X and labels in API.md's order of precedence: EMPTY_INPUT, LENGTH_MISMATCH,
 * NON_FINITE, INVALID_VALUE, INVALID_LABEL (1 or n clusters, as scikit-learn's
 * `check_number_of_labels`).
 */
export function readInput(X: FeatureMatrix, labels: ArrayLike<ClusterLabel>): ClusterInput {
  const xWhy = arrayLikeProblem(X);
  if (xWhy !== undefined) throw new SextantError('INVALID_OPTION', `X ${xWhy} (an array of rows)`, { argument: 'X', value: X });
  const lWhy = arrayLikeProblem(labels);
  if (lWhy !== undefined) throw new SextantError('INVALID_OPTION', `labels ${lWhy}`, { argument: 'labels', value: labels });
  const n = X.length;
  if (n === 0) throw new SextantError('EMPTY_INPUT', 'X is empty', { argument: 'X' });
  if (labels.length === 0) throw new SextantError('EMPTY_INPUT', 'labels is empty', { argument: 'labels' });
  const d = rowOf(X, 0).length;
  if (d === 0) throw new SextantError('EMPTY_INPUT', 'X[0] is empty: X has no features', { argument: 'X', index: 0 });
  if (labels.length !== n) {
    throw new SextantError('LENGTH_MISMATCH', `labels has length ${labels.length} but X has ${n} rows`, { argument: 'labels' });
  }
  for (let i = 1; i < n; i++) {
    const len = rowOf(X, i).length;
    if (len !== d) {
      throw new SextantError('LENGTH_MISMATCH', `X[${i}] has length ${len} but X[0] has length ${d}`, {
        argument: 'X',
        index: i,
      });
    }
  }

  const data = allocFloat64(n * d, 'X');
  let bad = false;
  // The first bad row ends the scan (badValue names its first bad element).
  for (let i = 0, o = 0; i < n && !bad; i++, o += d) {
    const row = X[i];
    if (row instanceof Float64Array || row instanceof Float32Array || row instanceof Int32Array) {
      data.set(row, o);
      for (let k = o; k < o + d; k++) {
        const v = data[k];
        if (v - v !== 0) bad = true;
      }
    } else {
      for (let k = 0; k < d; k++) {
        const v = row[k];
        // v - v is 0 for finite numbers, NaN for ±Infinity, NaN and non-numbers.
        if (typeof v !== 'number' || v - v !== 0) {
          bad = true;
          break;
        }
        data[o + k] = v;
      }
    }
  }
  if (bad) throw badValue(X, n, d);
  rescaleInPlace(data);

  const enc = encodeLabels(labels, n);
  if (enc.k < 2 || enc.k > n - 1) {
    throw new SextantError(
      'INVALID_LABEL',
      `labels has ${enc.k} distinct cluster(s) for ${n} rows; valid values are 2 to n − 1 = ${n - 1} (inclusive)`,
      { argument: 'labels', value: enc.k },
    );
  }
  return { data, n, d, ...enc };
}

/**
 * Every score here is scale-free (silhouette and Davies–Bouldin are ratios of distances,
 * Calinski–Harabasz of dispersions), but squared distances overflow beyond ~1e154 and
 * vanish below ~1e-154: data far from 1 is divided by a power of two (exact) first.
 */
function rescaleInPlace(data: Float64Array): void {
  let max = 0;
  for (let i = 0; i < data.length; i++) {
    const a = Math.abs(data[i]);
    if (a > max) max = a;
  }
  if (max === 0 || (max < 1e100 && max > 1e-100)) return;
  const k = Math.ceil(Math.log2(max));
  const a = 2 ** -(k >> 1);
  const b = 2 ** -(k - (k >> 1));
  for (let i = 0; i < data.length; i++) data[i] = data[i] * a * b;
}

/** The error for the first bad value in X: NaN/±Infinity is NON_FINITE, a non-number INVALID_VALUE. */
function badValue(X: FeatureMatrix, n: number, d: number): SextantError {
  for (let i = 0; i < n; i++) {
    const row = X[i];
    for (let k = 0; k < d; k++) {
      const v = row[k] as unknown;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          return new SextantError('NON_FINITE', `X[${i}][${k}] is ${v}; numeric inputs must be finite`, {
            argument: 'X',
            index: i,
            value: v,
          });
        }
      } else {
        return new SextantError('INVALID_VALUE', `X[${i}][${k}] must be a number, got ${show(v)}`, {
          argument: 'X',
          index: i,
          value: v,
        });
      }
    }
  }
  return new SextantError('INVALID_VALUE', 'X holds a value that is not a finite number', { argument: 'X' });
}

/** Number the clusters 0…k−1 in first-seen order. All labels must be of one kind; NaN/±Infinity labels are NON_FINITE. */
function encodeLabels(labels: ArrayLike<ClusterLabel>, n: number): { codes: Int32Array; k: number; counts: Int32Array } {
  const codes = new Int32Array(n);
  const seen: unknown[] = [];
  let kind: string | undefined;
  let kindAt = 0;
  let mixedAt = -1;
  // -0 and 0 are one cluster, as in NumPy (the encoder's Map keys by SameValueZero).
  encodeFirstSeen(labels, codes, seen, (v, i) => {
    const t = typeof v;
    if (t === 'number' && !Number.isFinite(v as number)) {
      throw new SextantError('NON_FINITE', `labels[${i}] is ${String(v)}; numeric labels must be finite`, {
        argument: 'labels',
        index: i,
        value: v,
      });
    }
    if (t !== 'number' && t !== 'string' && t !== 'boolean') {
      if (mixedAt < 0) mixedAt = i;
      return true;
    }
    if (kind === undefined) {
      kind = t;
      kindAt = i;
    } else if (t !== kind && mixedAt < 0) mixedAt = i;
    return mixedAt >= 0;
  });
  if (mixedAt >= 0) {
    throw new SextantError(
      'INVALID_LABEL',
      `labels[${mixedAt}] is ${show(labels[mixedAt])} but labels[${kindAt}] is ${show(labels[kindAt])}; labels must all be numbers, all strings or all booleans`,
      { argument: 'labels', index: mixedAt, value: labels[mixedAt] },
    );
  }
  const k = seen.length;
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) counts[codes[i]]++;
  return { codes, k, counts };
}
