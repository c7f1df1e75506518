/**
 * Clustering workloads from issue #3: W6 (silhouette, 5000 × 16, 8 clusters) beside the
 * bare typed-array kernel of shared/bench/peers.mjs (direct O(n²/2) distances), with the
 * WebAssembly SIMD tile (default) and the JavaScript tile (forced); 1000 small clusters
 * (3-row strips); Davies–Bouldin and Calinski–Harabasz on 100k × 16. Data: seeded Gaussian blobs (LCG + Box–Muller).
 */
import { calinskiHarabaszScore, daviesBouldinScore, silhouetteScore } from '@sextant/core';
import { bench, describe } from 'vitest';
import { setSilhouetteKernel } from '../packages/core/src/metrics/clustering/wasm';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
}

function blobs(n: number, d: number, k: number, seed: number): { flat: Float64Array; rows: Float64Array[]; labels: Int32Array } {
  const r = lcg(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r())) * Math.cos(2 * Math.PI * r());
  const centers = Array.from({ length: k }, () => Array.from({ length: d }, () => 6 * gauss()));
  const flat = new Float64Array(n * d);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * k);
    labels[i] = c;
    for (let j = 0; j < d; j++) flat[i * d + j] = centers[c][j] + 2 * gauss();
  }
  const rows = Array.from({ length: n }, (_, i) => flat.subarray(i * d, (i + 1) * d));
  return { flat, rows, labels };
}

/** shared/bench/peers.mjs jsSilhouette: the bare kernel (labels 0…K−1, no validation). */
function bareSilhouette(X: Float64Array, lab: Int32Array, n: number, d: number): number {
  let K = 0;
  for (let i = 0; i < n; i++) if (lab[i] + 1 > K) K = lab[i] + 1;
  const S = new Float64Array(n * K);
  const cnt = new Float64Array(K);
  for (let i = 0; i < n; i++) cnt[lab[i]]++;
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    const li = lab[i];
    const si = i * K;
    for (let j = i + 1; j < n; j++) {
      const oj = j * d;
      let s = 0;
      for (let k = 0; k < d; k++) {
        const t = X[oi + k] - X[oj + k];
        s += t * t;
      }
      const dist = Math.sqrt(s);
      S[si + lab[j]] += dist;
      S[j * K + li] += dist;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    const li = lab[i];
    if (cnt[li] <= 1) continue;
    const a = S[i * K + li] / (cnt[li] - 1);
    let b = Infinity;
    for (let k = 0; k < K; k++) {
      if (k !== li && cnt[k]) {
        const m = S[i * K + k] / cnt[k];
        if (m < b) b = m;
      }
    }
    const mx = Math.max(a, b);
    total += mx > 0 ? (b - a) / mx : 0;
  }
  return total / n;
}

const w6 = blobs(5000, 16, 8, 6);
const many = blobs(5000, 16, 1000, 8);
const big = blobs(100_000, 16, 8, 7);

describe('W6 silhouette, 5000 × 16, 8 clusters', () => {
  bench('bare JS kernel (peers.mjs)', () => {
    bareSilhouette(w6.flat, w6.labels, 5000, 16);
  });
  bench('silhouetteScore (WebAssembly SIMD tile)', () => {
    setSilhouetteKernel('auto');
    silhouetteScore(w6.rows, w6.labels);
  });
  bench('silhouetteScore (JavaScript tile, the fallback)', () => {
    setSilhouetteKernel('js');
    silhouetteScore(w6.rows, w6.labels);
    setSilhouetteKernel('auto');
  });
});

describe('silhouette, 5000 × 16, 1000 clusters (the 3-row strip scheme)', () => {
  bench('silhouetteScore', () => {
    silhouetteScore(many.rows, many.labels);
  });
});

describe('centroid indices, 100k × 16, 8 clusters', () => {
  bench('daviesBouldinScore', () => {
    daviesBouldinScore(big.rows, big.labels);
  });
  bench('calinskiHarabaszScore', () => {
    calinskiHarabaszScore(big.rows, big.labels);
  });
});
