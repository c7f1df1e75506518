/**
 * The silhouette, Euclidean, with scikit-learn 1.2 parity (`sklearn.metrics.silhouette_score`,
 * `silhouette_samples`). Davies–Bouldin and Calinski–Harabasz are in ./centroids.
 *
 * The silhouette is O(n²·d). It is computed on the rows sorted by cluster, one pair of
 * clusters at a time, so that each distance is computed once (the matrix is symmetric)
 * and folded straight into per-row sums; columns are visited in cache-sized chunks, and the
 * distance kernel works on a 3×3 tile of rows × columns so that each coordinate loaded
 * serves three distances — in WebAssembly SIMD where available (./wasm),
 * else in JavaScript.
 */
import { compensatedSum } from '../../internal/sum';
import { readInput, type ClusterInput, type ClusterLabel, type FeatureMatrix } from './input';
import { silhouetteScheme, wasmKernel } from './wasm';

/* ------------------------------------------------------------------- silhouette */

/**
 * Where the sorted rows live and how a 3-row tile is computed. `tile(i, c0, c1)` adds, for
 * rows i…i+2 and every column j in [c0, c1) (c1 − c0 a multiple of 3), the distance to
 * rowAcc[i + r] and colAcc[j]; `strip` writes those distances to `out` instead. Rows are
 * `stride` numbers apart (≥ d; padding is zero).
 */
interface Workspace {
  rows: Float64Array;
  stride: number;
  rowAcc: Float64Array;
  colAcc: Float64Array;
  tile: (i: number, c0: number, c1: number) => void;
  /** 3 × n distances written by `strip(i, c0, c1)`: out[r·n + j] = d(i + r, j). */
  out: Float64Array;
  strip: (i: number, c0: number, c1: number) => void;
}

/** The JavaScript 3×3 tile: each coordinate loaded serves three distances. */
function jsTile(Y: Float64Array, d: number, rowAcc: Float64Array, colAcc: Float64Array, i: number, c0: number, c1: number): void {
  const o0 = i * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let j = c0; j < c1; j += 3) {
    const p0 = j * d;
    const p1 = p0 + d;
    const p2 = p1 + d;
    let a00 = 0;
    let a01 = 0;
    let a02 = 0;
    let a10 = 0;
    let a11 = 0;
    let a12 = 0;
    let a20 = 0;
    let a21 = 0;
    let a22 = 0;
    for (let k = 0; k < d; k++) {
      const y0 = Y[p0 + k];
      const y1 = Y[p1 + k];
      const y2 = Y[p2 + k];
      const x0 = Y[o0 + k];
      const x1 = Y[o1 + k];
      const x2 = Y[o2 + k];
      let t = x0 - y0;
      a00 += t * t;
      t = x0 - y1;
      a01 += t * t;
      t = x0 - y2;
      a02 += t * t;
      t = x1 - y0;
      a10 += t * t;
      t = x1 - y1;
      a11 += t * t;
      t = x1 - y2;
      a12 += t * t;
      t = x2 - y0;
      a20 += t * t;
      t = x2 - y1;
      a21 += t * t;
      t = x2 - y2;
      a22 += t * t;
    }
    const d00 = Math.sqrt(a00);
    const d01 = Math.sqrt(a01);
    const d02 = Math.sqrt(a02);
    const d10 = Math.sqrt(a10);
    const d11 = Math.sqrt(a11);
    const d12 = Math.sqrt(a12);
    const d20 = Math.sqrt(a20);
    const d21 = Math.sqrt(a21);
    const d22 = Math.sqrt(a22);
    s0 += d00 + d01 + d02;
    s1 += d10 + d11 + d12;
    s2 += d20 + d21 + d22;
    colAcc[j] += d00 + d10 + d20;
    colAcc[j + 1] += d01 + d11 + d21;
    colAcc[j + 2] += d02 + d12 + d22;
  }
  rowAcc[i] += s0;
  rowAcc[i + 1] += s1;
  rowAcc[i + 2] += s2;
}

/** The JavaScript 3×3 kernel that writes distances: out[r·n + j] = d(row i + r, row j). */
function jsStrip(Y: Float64Array, d: number, out: Float64Array, n: number, i: number, c0: number, c1: number): void {
  const o0 = i * d;
  const o1 = o0 + d;
  const o2 = o1 + d;
  for (let j = c0; j < c1; j += 3) {
    const p0 = j * d;
    const p1 = p0 + d;
    const p2 = p1 + d;
    let a00 = 0;
    let a01 = 0;
    let a02 = 0;
    let a10 = 0;
    let a11 = 0;
    let a12 = 0;
    let a20 = 0;
    let a21 = 0;
    let a22 = 0;
    for (let k = 0; k < d; k++) {
      const y0 = Y[p0 + k];
      const y1 = Y[p1 + k];
      const y2 = Y[p2 + k];
      const x0 = Y[o0 + k];
      const x1 = Y[o1 + k];
      const x2 = Y[o2 + k];
      let t = x0 - y0;
      a00 += t * t;
      t = x0 - y1;
      a01 += t * t;
      t = x0 - y2;
      a02 += t * t;
      t = x1 - y0;
      a10 += t * t;
      t = x1 - y1;
      a11 += t * t;
      t = x1 - y2;
      a12 += t * t;
      t = x2 - y0;
      a20 += t * t;
      t = x2 - y1;
      a21 += t * t;
      t = x2 - y2;
      a22 += t * t;
    }
    out[j] = Math.sqrt(a00);
    out[j + 1] = Math.sqrt(a01);
    out[j + 2] = Math.sqrt(a02);
    out[n + j] = Math.sqrt(a10);
    out[n + j + 1] = Math.sqrt(a11);
    out[n + j + 2] = Math.sqrt(a12);
    out[2 * n + j] = Math.sqrt(a20);
    out[2 * n + j + 1] = Math.sqrt(a21);
    out[2 * n + j + 2] = Math.sqrt(a22);
  }
}

/** Euclidean distance between the rows starting at offsets a and b. */
function dist(Y: Float64Array, a: number, b: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const t = Y[a + k] - Y[b + k];
    s += t * t;
  }
  return Math.sqrt(s);
}

/** Columns per cache block: a block of rows stays in L1/L2 while every row tile visits it. */
function columnBlock(stride: number): number {
  return Math.max(24, Math.floor(4096 / stride));
}

/**
 * Rows r0…r1 against columns c0…c1: each row's sum of distances to the columns goes to
 * rowAcc, each column's sum to colAcc. With `diag` (the same range on both sides) only
 * pairs j > i are visited, each once.
 */
function blockSums(ws: Workspace, r0: number, r1: number, c0: number, c1: number, diag: boolean): void {
  const { rows: Y, stride: d, rowAcc, colAcc } = ws;
  const cb = columnBlock(d);
  for (let cs = c0; cs < c1; cs += cb) {
    const ce = cs + cb < c1 ? cs + cb : c1;
    // In the diagonal block a row only meets the columns to its right.
    const rEnd = diag ? (r1 < ce ? r1 : ce) : r1;
    let i = r0;
    for (; i + 3 <= rEnd; i += 3) {
      const o0 = i * d;
      const o1 = o0 + d;
      const o2 = o1 + d;
      let j = cs;
      if (diag && j < i + 3) {
        // The triangle among rows i…i+2, each pair in the chunk that holds its column.
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        if (i + 1 >= cs && i + 1 < ce) {
          const t = dist(Y, o0, o1, d);
          s0 += t;
          s1 += t;
        }
        if (i + 2 >= cs && i + 2 < ce) {
          const t0 = dist(Y, o0, o2, d);
          const t1 = dist(Y, o1, o2, d);
          s0 += t0;
          s1 += t1;
          s2 += t0 + t1;
        }
        // rowAcc + colAcc is what the diagonal block reports, so either may hold these.
        rowAcc[i] += s0;
        rowAcc[i + 1] += s1;
        rowAcc[i + 2] += s2;
        j = i + 3;
      }
      if (j >= ce) continue;
      const full = j + (ce - j - ((ce - j) % 3));
      if (full > j) ws.tile(i, j, full);
      for (j = full; j < ce; j++) {
        const p = j * d;
        const t0 = dist(Y, o0, p, d);
        const t1 = dist(Y, o1, p, d);
        const t2 = dist(Y, o2, p, d);
        rowAcc[i] += t0;
        rowAcc[i + 1] += t1;
        rowAcc[i + 2] += t2;
        colAcc[j] += t0 + t1 + t2;
      }
    }
    for (; i < rEnd; i++) {
      const o = i * d;
      let s = 0;
      for (let j = diag && i + 1 > cs ? i + 1 : cs; j < ce; j++) {
        const t = dist(Y, o, j * d, d);
        s += t;
        colAcc[j] += t;
      }
      rowAcc[i] += s;
    }
  }
}

/**
 * Many small clusters: the block-per-pair-of-clusters scheme would spend its time on block
 * overhead, so each 3-row strip is measured against every column instead (each distance is
 * computed twice) and summed per cluster straight from the strip.
 */
function stripSums(
  ws: Workspace,
  n: number,
  start: Int32Array,
  k: number,
  counts: Int32Array,
  sortedCode: Int32Array,
  intra: Float64Array,
  inter: Float64Array,
): void {
  const { rows: Y, stride: d, out } = ws;
  const full = n - (n % 3);
  for (let i = 0; i < n; i += 3) {
    const m = i + 3 <= n ? 3 : n - i;
    if (m === 3) {
      ws.strip(i, 0, full);
      for (let j = full; j < n; j++) for (let r = 0; r < 3; r++) out[r * n + j] = dist(Y, (i + r) * d, j * d, d);
    } else {
      for (let r = 0; r < m; r++) for (let j = 0; j < n; j++) out[r * n + j] = dist(Y, (i + r) * d, j * d, d);
    }
    for (let r = 0; r < m; r++) {
      const row = i + r;
      const own = sortedCode[row];
      const base = r * n;
      let best = Infinity;
      for (let c = 0; c < k; c++) {
        let sum = 0;
        for (let j = base + start[c], e = base + start[c + 1]; j < e; j++) sum += out[j];
        if (c === own) intra[row] = sum;
        else {
          const mean = sum / counts[c];
          if (mean < best) best = mean;
        }
      }
      inter[row] = best;
    }
  }
}

/** One block per pair of clusters (a ≤ b): each distance computed once, folded into a and b sums. */
function blockAll(
  ws: Workspace,
  start: Int32Array,
  k: number,
  counts: Int32Array,
  intra: Float64Array,
  inter: Float64Array,
): void {
  const { rowAcc, colAcc } = ws;
  for (let a = 0; a < k; a++) {
    const r0 = start[a];
    const r1 = start[a + 1];
    for (let b = a; b < k; b++) {
      const c0 = start[b];
      const c1 = start[b + 1];
      rowAcc.fill(0, r0, r1);
      colAcc.fill(0, c0, c1);
      blockSums(ws, r0, r1, c0, c1, a === b);
      if (a === b) {
        for (let x = r0; x < r1; x++) intra[x] = rowAcc[x] + colAcc[x];
      } else {
        const nb = counts[b];
        const na = counts[a];
        for (let x = r0; x < r1; x++) {
          const m = rowAcc[x] / nb;
          if (m < inter[x]) inter[x] = m;
        }
        for (let x = c0; x < c1; x++) {
          const m = colAcc[x] / na;
          if (m < inter[x]) inter[x] = m;
        }
      }
    }
  }
}

/** Below this mean cluster size the strip scheme beats per-cluster-pair blocks (measured at n = 5000, d = 16). */
const STRIP_BELOW_MEAN_SIZE = 32;

/** Below this many rows the WebAssembly kernel is not worth its setup. */
const WASM_MIN_ROWS = 96;

/** Silhouette of every row, in input order. */
function silhouetteValues(inp: ClusterInput): Float64Array {
  const { data, n, d, codes, k, counts } = inp;
  // Rows sorted by cluster (counting sort), so each cluster is a contiguous range.
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) start[c + 1] = start[c] + counts[c];
  const next = start.slice(0, k);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[next[codes[i]]++] = i;

  // The sorted rows go to WebAssembly memory (rows padded to an even length for f64x2) when
  // the SIMD kernel is available, else to a plain Float64Array for the JavaScript tile.
  const evenD = d + (d & 1);
  const wasm = n >= WASM_MIN_ROWS ? wasmKernel((n * evenD + 5 * n) * 8) : null;
  let ws: Workspace;
  if (wasm !== null) {
    const rowOff = n * evenD * 8;
    const colOff = rowOff + n * 8;
    const outOff = colOff + n * 8;
    const { tile, strip } = wasm;
    const strideBytes = evenD * 8;
    ws = {
      rows: new Float64Array(wasm.buffer, 0, n * evenD),
      stride: evenD,
      rowAcc: new Float64Array(wasm.buffer, rowOff, n),
      colAcc: new Float64Array(wasm.buffer, colOff, n),
      tile: (i, c0, c1) => tile(0, strideBytes, i, c0, c1, rowOff, colOff),
      out: new Float64Array(wasm.buffer, outOff, 3 * n),
      strip: (i, c0, c1) => strip(0, strideBytes, i, c0, c1, outOff, n),
    };
  } else {
    const rows = new Float64Array(n * d);
    const rowAcc = new Float64Array(n);
    const colAcc = new Float64Array(n);
    const out = new Float64Array(3 * n);
    ws = {
      rows,
      stride: d,
      rowAcc,
      colAcc,
      tile: (i, c0, c1) => jsTile(rows, d, rowAcc, colAcc, i, c0, c1),
      out,
      strip: (i, c0, c1) => jsStrip(rows, d, out, n, i, c0, c1),
    };
  }
  const { rows: Y, stride } = ws;
  for (let p = 0; p < n; p++) {
    const src = perm[p] * d;
    const dst = p * stride;
    for (let j = 0; j < d; j++) Y[dst + j] = data[src + j];
    if (stride > d) Y[dst + d] = 0;
  }

  // Per sorted row: the sum of distances within its own cluster, and the smallest mean
  // distance to another cluster (scikit-learn's a and b, before the division for a).
  const intra = new Float64Array(n);
  const inter = new Float64Array(n).fill(Infinity);
  if (silhouetteScheme === 'strips' || (silhouetteScheme === 'auto' && n < STRIP_BELOW_MEAN_SIZE * k)) {
    const sortedCode = new Int32Array(n);
    for (let p = 0; p < n; p++) sortedCode[p] = codes[perm[p]];
    stripSums(ws, n, start, k, counts, sortedCode, intra, inter);
  } else {
    blockAll(ws, start, k, counts, intra, inter);
  }
  wasm?.release();

  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const i = perm[p];
    const size = counts[codes[i]];
    // scikit-learn: a = intra / (size − 1); 0/0 for a singleton gives NaN, and nan_to_num makes the sample 0.
    if (size <= 1) continue;
    const aa = intra[p] / (size - 1);
    const bb = inter[p];
    const mx = aa > bb ? aa : bb;
    out[i] = mx > 0 ? (bb - aa) / mx : 0;
  }
  return out;
}

/**
 * The silhouette coefficient of every sample: (b − a) / max(a, b), where a is the mean
 * Euclidean distance to the other members of its cluster and b the smallest mean distance
 * to the members of another cluster. Same as scikit-learn's `silhouette_samples`
 * (metric `'euclidean'`); a sample alone in its cluster scores 0.
 *
 * @param X - Rows of features (plain arrays or typed arrays, all the same length).
 * @param labels - The cluster of each row: numbers, strings or booleans.
 * @returns One value in [−1, 1] per row, in input order.
 * @throws SextantError `EMPTY_INPUT`, `LENGTH_MISMATCH` (labels vs rows, or ragged rows),
 *   `NON_FINITE`, `INVALID_VALUE` (a non-number in X), `INVALID_LABEL` (fewer than 2 or
 *   more than n − 1 clusters, mixed label kinds).
 *
 * @example
 * ```ts
 * import { silhouetteSamples } from '@sextant/core';
 * silhouetteSamples([[0, 0], [0, 1], [5, 5], [5, 6]], [0, 0, 1, 1]);
 * // ≈ [0.866, 0.852, 0.852, 0.866]
 * ```
 */
export function silhouetteSamples(X: FeatureMatrix, labels: ArrayLike<ClusterLabel>): number[] {
  return Array.from(silhouetteValues(readInput(X, labels)));
}

/**
 * The mean silhouette coefficient over all samples (Euclidean). Same as scikit-learn's
 * `silhouette_score` with `metric='euclidean'` and no `sample_size`.
 *
 * @param X - Rows of features (plain arrays or typed arrays, all the same length).
 * @param labels - The cluster of each row: numbers, strings or booleans.
 * @returns A value in [−1, 1]: near 1 for dense, well-separated clusters.
 * @throws SextantError as {@link silhouetteSamples}.
 *
 * @example
 * ```ts
 * import { silhouetteScore } from '@sextant/core';
 * silhouetteScore([[0, 0], [0, 1], [5, 5], [5, 6]], [0, 0, 1, 1]); // ≈ 0.8586
 * ```
 */
export function silhouetteScore(X: FeatureMatrix, labels: ArrayLike<ClusterLabel>): number {
  const inp = readInput(X, labels);
  return compensatedSum(silhouetteValues(inp)) / inp.n;
}
