/**
 * Davies–Bouldin and Calinski–Harabasz, Euclidean, from the cluster centroids, with
 * scikit-learn 1.2 parity (`sklearn.metrics.davies_bouldin_score`, `calinski_harabasz_score`).
 */
import { readInput, type ClusterInput, type ClusterLabel, type FeatureMatrix } from './input';

/* ------------------------------------------------------------- centroid scores */

/** Cluster centroids (k×d, row-major), each the running sum of its rows divided by the count, as NumPy's mean(axis=0). */
function centroids(inp: ClusterInput): Float64Array {
  const { data, n, d, codes, k, counts } = inp;
  const c = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const o = codes[i] * d;
    const r = i * d;
    for (let j = 0; j < d; j++) c[o + j] += data[r + j];
  }
  for (let a = 0; a < k; a++) for (let j = 0; j < d; j++) c[a * d + j] /= counts[a];
  return c;
}

/**
 * The Davies–Bouldin index: the mean over clusters of the largest ratio (sᵢ + sⱼ) / dᵢⱼ,
 * with s the mean distance of a cluster's points to its centroid and d the distance
 * between centroids. Lower is better; 0 is the minimum. Same as scikit-learn's
 * `davies_bouldin_score` (including its rule that the score is 0 when every sᵢ or every
 * dᵢⱼ is within 1e-8 of 0).
 *
 * @param X - Rows of features (plain arrays or typed arrays, all the same length).
 * @param labels - The cluster of each row: numbers, strings or booleans.
 * @throws SextantError as {@link silhouetteSamples}.
 *
 * @example
 * ```ts
 * import { daviesBouldinScore } from '@sextant/core';
 * daviesBouldinScore([[0, 0], [0, 1], [5, 5], [5, 6]], [0, 0, 1, 1]); // ≈ 0.1414
 * ```
 */
export function daviesBouldinScore(X: FeatureMatrix, labels: ArrayLike<ClusterLabel>): number {
  const inp = readInput(X, labels);
  const { data, n, d, codes, k, counts } = inp;
  const cen = centroids(inp);
  const intraSum = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const a = codes[i];
    intraSum[a] += distBetween(data, i * d, cen, a * d, d);
  }
  const s = new Float64Array(k);
  let allIntraZero = true;
  for (let a = 0; a < k; a++) {
    s[a] = intraSum[a] / counts[a];
    if (Math.abs(s[a]) > 1e-8) allIntraZero = false;
  }
  // Centroids that coincide in exact arithmetic come out a few ulps apart depending on the
  // order of the rows; dividing by that residue would blow the index up to ~1e16. Distances
  // at the rounding-error level of a mean are treated as 0, as scikit-learn treats exact 0.
  let maxAbs = 0;
  for (let i = 0; i < data.length; i++) {
    const v = Math.abs(data[i]);
    if (v > maxAbs) maxAbs = v;
  }
  const coincident = 1024 * Number.EPSILON * maxAbs * Math.sqrt(d);
  const cd = new Float64Array(k * k);
  let allCentroidZero = true;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let v = distBetween(cen, a * d, cen, b * d, d);
      if (v <= coincident) v = 0;
      cd[a * k + b] = v;
      cd[b * k + a] = v;
      if (v > 1e-8) allCentroidZero = false;
    }
  }
  // np.allclose(x, 0): every |x| ≤ 1e-8.
  if (allIntraZero || allCentroidZero) return 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    let worst = 0;
    for (let b = 0; b < k; b++) {
      const dist = cd[a * k + b];
      // scikit-learn sets zero centroid distances (the diagonal too) to +∞, so they contribute 0.
      if (dist === 0) continue;
      const r = (s[a] + s[b]) / dist;
      if (r > worst) worst = r;
    }
    total += worst;
  }
  return total / k;
}

function distBetween(A: Float64Array, a: number, B: Float64Array, b: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = A[a + j] - B[b + j];
    s += t * t;
  }
  return Math.sqrt(s);
}

/**
 * The Calinski–Harabasz index (variance ratio criterion): between-cluster dispersion over
 * within-cluster dispersion, each divided by its degrees of freedom. Higher is better.
 * Same as scikit-learn's `calinski_harabasz_score` (1 when the within-cluster dispersion is 0).
 *
 * @param X - Rows of features (plain arrays or typed arrays, all the same length).
 * @param labels - The cluster of each row: numbers, strings or booleans.
 * @throws SextantError as {@link silhouetteSamples}.
 *
 * @example
 * ```ts
 * import { calinskiHarabaszScore } from '@sextant/core';
 * calinskiHarabaszScore([[0, 0], [0, 1], [5, 5], [5, 6]], [0, 0, 1, 1]); // 100
 * ```
 */
export function calinskiHarabaszScore(X: FeatureMatrix, labels: ArrayLike<ClusterLabel>): number {
  const inp = readInput(X, labels);
  const { data, n, d, codes, k, counts } = inp;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  const cen = centroids(inp);
  let extra = 0;
  for (let a = 0; a < k; a++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = cen[a * d + j] - mean[j];
      s += t * t;
    }
    extra += counts[a] * s;
  }
  let intra = 0;
  for (let i = 0; i < n; i++) {
    const o = codes[i] * d;
    for (let j = 0; j < d; j++) {
      const t = data[i * d + j] - cen[o + j];
      intra += t * t;
    }
  }
  return intra === 0 ? 1 : (extra * (n - k)) / (intra * (k - 1));
}
