/**
 * Fairness workloads from issue #4: metricFrame on 1e6 rows × 10 groups, the disparity
 * functions on the same data, and a seeded bootstrap of 1000 resamples of 1e4 rows. The
 * "bare kernel" cases are the lower bound careful TypeScript can reach for the same answer
 * (group codes already known, one pass of typed-array counting), to read our overhead against.
 */
import {
  accuracyScore,
  bootstrapFairness,
  demographicParityDifference,
  equalizedOddsDifference,
  metricFrame,
  type StatisticOptions,
} from '@sextant/core';
import { bench, describe } from 'vitest';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const GROUPS = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9'];
function makeData(n: number, seed: number) {
  const r = lcg(seed);
  const yTrue = new Array<number>(n);
  const yPred = new Array<number>(n);
  const sf = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const g = Math.floor(r() * 10);
    sf[i] = GROUPS[g];
    yTrue[i] = r() < 0.3 + g * 0.02 ? 1 : 0;
    yPred[i] = r() < 0.85 ? yTrue[i] : 1 - yTrue[i];
  }
  return { yTrue, yPred, sf };
}

const big = makeData(1_000_000, 1);
const bigTyped = { yTrue: Int8Array.from(big.yTrue), yPred: Int8Array.from(big.yPred) };
const small = makeData(10_000, 2);

/** Accuracy on typed arrays, the cheapest metric a user could pass. */
function bareAccuracy(t: ArrayLike<number>, p: ArrayLike<number>): number {
  let c = 0;
  for (let i = 0; i < t.length; i++) if (t[i] === p[i]) c++;
  return c / t.length;
}

/** Lower bound for demographic parity: Map lookup per row, count selections per group. */
function bareDemographicParity(yPred: ArrayLike<number>, sf: ArrayLike<string>): number {
  const map = new Map<string, number>();
  const n = sf.length;
  const sel = new Float64Array(16);
  const tot = new Float64Array(16);
  for (let i = 0; i < n; i++) {
    let g = map.get(sf[i]);
    if (g === undefined) map.set(sf[i], (g = map.size));
    tot[g]++;
    sel[g] += yPred[i];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let g = 0; g < map.size; g++) {
    const v = sel[g] / tot[g];
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}

describe('metricFrame, 1e6 rows × 10 groups', () => {
  bench('metricFrame(accuracyScore) — plain arrays', () => {
    metricFrame(accuracyScore, big.yTrue, big.yPred, { sensitiveFeatures: big.sf });
  });
  bench('metricFrame(bare typed accuracy) — Int8Array labels', () => {
    metricFrame(bareAccuracy, bigTyped.yTrue, bigTyped.yPred, { sensitiveFeatures: big.sf });
  });
});

describe('disparities, 1e6 rows × 10 groups', () => {
  bench('demographicParityDifference', () => {
    demographicParityDifference(big.yTrue, big.yPred, { sensitiveFeatures: big.sf });
  });
  bench('equalizedOddsDifference', () => {
    equalizedOddsDifference(big.yTrue, big.yPred, { sensitiveFeatures: big.sf });
  });
  bench('bare kernel: Map lookup + selection counts', () => {
    bareDemographicParity(big.yPred, big.sf);
  });
});

/**
 * Lower bound for the bootstrap: row cells and group strata precomputed, xoshiro128** inlined
 * on local variables, Lemire's bounded integers, count cells per resample, max − min of the TPR.
 */
function bareBootstrap(rowCell: Int32Array, order: Int32Array, offsets: Int32Array, nBoot: number): Float64Array {
  let s0 = 1;
  let s1 = 2;
  let s2 = 3;
  let s3 = 4;
  const G = offsets.length - 1;
  const cells = new Float64Array(4 * G);
  const out = new Float64Array(nBoot);
  for (let b = 0; b < nBoot; b++) {
    cells.fill(0);
    for (let g = 0; g < G; g++) {
      const from = offsets[g];
      const size = offsets[g + 1] - from;
      for (let k = 0; k < size; k++) {
        const r = Math.imul((Math.imul(s1, 5) << 7) | (Math.imul(s1, 5) >>> 25) | 0, 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        cells[rowCell[order[from + Math.floor(r * size * 2.3283064365386963e-10)]]] += 1;
      }
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (let g = 0; g < G; g++) {
      const v = cells[4 * g + 3] / (cells[4 * g + 3] + cells[4 * g + 2]);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    out[b] = hi - lo;
  }
  return out;
}

const smallStrata = (() => {
  const n = small.sf.length;
  const codes = small.sf.map((g) => GROUPS.indexOf(g));
  const rowCell = new Int32Array(n);
  for (let i = 0; i < n; i++) rowCell[i] = (codes[i] << 2) | (small.yTrue[i] << 1) | small.yPred[i];
  const offsets = new Int32Array(11);
  for (const c of codes) offsets[c + 1]++;
  for (let g = 0; g < 10; g++) offsets[g + 1] += offsets[g];
  const fill = offsets.slice(0, 10);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[codes[i]]++] = i;
  return { rowCell, order, offsets };
})();

describe('bootstrap, 1000 resamples of 1e4 rows × 10 groups', () => {
  bench('bare kernel: inlined RNG + cell counts', () => {
    bareBootstrap(smallStrata.rowCell, smallStrata.order, smallStrata.offsets, 1000);
  });
  bench('bootstrapFairness(equalizedOddsDifference) — cell fast path', () => {
    bootstrapFairness(equalizedOddsDifference, small.yTrue, small.yPred, { sensitiveFeatures: small.sf, nBoot: 1000, seed: 1 });
  });
  bench(
    'bootstrapFairness(custom statistic) — arrays rebuilt per resample',
    () => {
      bootstrapFairness((t, p, o: StatisticOptions) => equalizedOddsDifference(t, p, o), small.yTrue, small.yPred, {
        sensitiveFeatures: small.sf,
        nBoot: 1000,
        seed: 1,
      });
    },
    { iterations: 3 },
  );
});
