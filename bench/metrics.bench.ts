/**
 * Model-quality metrics workloads from issue #3 (W1 confusion matrix 1e6/1e7, W2 macro
 * P/R/F1, W3 ROC AUC with and without ties, W4 regression trio 1e7, W7 quantiles 1e7), each
 * beside a bare typed-array kernel — the same minimal algorithms as the shared anchor
 * harness (../shared/bench/peers.mjs), i.e. what careful hand-written TypeScript reaches —
 * plus string labels and the streaming accumulators. Data is generated here (seeded), so the
 * file runs on a clean machine; the side-by-side run against scikit-learn is
 * `pnpm bench:anchors` / ../shared/bench/run-anchors.sh.
 */
import {
  confusionMatrix,
  createClassificationAccumulator,
  createRegressionAccumulator,
  meanAbsoluteError,
  meanSquaredError,
  precisionRecallFscoreSupport,
  quantile,
  r2Score,
  regressionSummary,
  rocAucScore,
} from '@sextant/core';
import { bench, describe } from 'vitest';
import { bareRadixSortedCopy } from './kernels';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Standard normal by Box–Muller on the seeded stream. */
function normal(r: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** 10 classes, class c drawn with weight c + 1, 70% predicted right (as gen-data.py). */
function classes(n: number, seed: number): { t: Int32Array; p: Int32Array } {
  const r = lcg(seed);
  const t = new Int32Array(n);
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const u = r() * 55;
    let c = 0;
    let acc = 1;
    while (u >= acc && c < 9) acc += ++c + 1;
    t[i] = c;
    p[i] = r() < 0.7 ? c : Math.floor(r() * 10);
  }
  return { t, p };
}

const cls6 = classes(1_000_000, 1);
const cls7 = classes(10_000_000, 2);
const words = ['cat', 'dog', 'émeu', 'fox', 'gnu', 'hen', 'ibis', 'jay', 'kiwi', 'lynx'];
const cls6s = { t: Array.from(cls6.t, (c) => words[c]), p: Array.from(cls6.p, (c) => words[c]) };

const aucN = 1_000_000;
const aucY = new Int32Array(aucN);
const aucS = new Float64Array(aucN);
{
  const r = lcg(3);
  const z = normal(lcg(4));
  for (let i = 0; i < aucN; i++) {
    aucY[i] = r() < 0.3 ? 1 : 0;
    aucS[i] = 1 / (1 + Math.exp(-(z() + 1.2 * aucY[i])));
  }
}
const aucS3 = aucS.map((v) => Math.round(v * 1000) / 1000);

const regN = 10_000_000;
const regT = new Float64Array(regN);
const regP = new Float64Array(regN);
{
  const z = normal(lcg(5));
  for (let i = 0; i < regN; i++) {
    regT[i] = 50 + 10 * z();
    regP[i] = regT[i] + 3 * z();
  }
}
const lat = new Float64Array(10_000_000);
{
  const z = normal(lcg(6));
  for (let i = 0; i < lat.length; i++) lat[i] = Math.exp(3 + 0.8 * z());
}

// ------------------------------------------------------------ bare kernels --

function bareCounts(t: Int32Array, p: Int32Array): { L: number; m: Float64Array; labels: number[] } {
  const n = t.length;
  let mn = t[0];
  let mx = t[0];
  for (let i = 0; i < n; i++) {
    const a = t[i];
    const b = p[i];
    if (a < mn) mn = a;
    if (a > mx) mx = a;
    if (b < mn) mn = b;
    if (b > mx) mx = b;
  }
  const K = mx - mn + 1;
  const cnt = new Float64Array(K * K);
  for (let i = 0; i < n; i++) cnt[(t[i] - mn) * K + (p[i] - mn)]++;
  const idx: number[] = [];
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let j = 0; j < K; j++) s += cnt[k * K + j] + cnt[j * K + k];
    if (s) idx.push(k);
  }
  const L = idx.length;
  const m = new Float64Array(L * L);
  for (let i = 0; i < L; i++) for (let j = 0; j < L; j++) m[i * L + j] = cnt[idx[i] * K + idx[j]];
  return { L, m, labels: idx.map((k) => k + mn) };
}

function bareConfusionMatrix(t: Int32Array, p: Int32Array): { labels: number[]; matrix: number[][] } {
  const { L, m, labels } = bareCounts(t, p);
  const matrix: number[][] = [];
  for (let i = 0; i < L; i++) matrix.push(Array.from(m.subarray(i * L, i * L + L)));
  return { labels, matrix };
}

function barePrfMacro(t: Int32Array, p: Int32Array): number[] {
  const { L, m } = bareCounts(t, p);
  let P = 0;
  let R = 0;
  let F = 0;
  for (let i = 0; i < L; i++) {
    let pred = 0;
    let truth = 0;
    for (let j = 0; j < L; j++) {
      pred += m[j * L + i];
      truth += m[i * L + j];
    }
    const tp = m[i * L + i];
    const pr = pred ? tp / pred : 0;
    const rc = truth ? tp / truth : 0;
    P += pr;
    R += rc;
    F += pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return [P / L, R / L, F / L];
}

function bareAuc(y: Int32Array, score: Float64Array): number {
  const n = y.length;
  let n1 = 0;
  for (let i = 0; i < n; i++) n1 += y[i] === 1 ? 1 : 0;
  const n0 = n - n1;
  const pos = new Float64Array(n1);
  const neg = new Float64Array(n0);
  for (let i = 0, a = 0, b = 0; i < n; i++) {
    if (y[i] === 1) pos[a++] = score[i];
    else neg[b++] = score[i];
  }
  const sp = bareRadixSortedCopy(pos);
  const sn = bareRadixSortedCopy(neg);
  let twoU = 0;
  let i = 0;
  let j = 0;
  while (i < n1) {
    const v = sp[i];
    let cp = 0;
    while (i < n1 && sp[i] === v) {
      i++;
      cp++;
    }
    while (j < n0 && sn[j] < v) j++;
    let jj = j;
    while (jj < n0 && sn[jj] === v) jj++;
    twoU += cp * (2 * j + (jj - j));
    j = jj;
  }
  return twoU / (2 * n1 * n0);
}

function bareRegression(t: Float64Array, p: Float64Array): number[] {
  const n = t.length;
  const y0 = t[0];
  let e0 = 0;
  let e1 = 0;
  let a0 = 0;
  let a1 = 0;
  let s0 = 0;
  let s1 = 0;
  let q0 = 0;
  let q1 = 0;
  let i = 0;
  for (; i + 2 <= n; i += 2) {
    const ea = t[i] - p[i];
    const eb = t[i + 1] - p[i + 1];
    const da = t[i] - y0;
    const db = t[i + 1] - y0;
    e0 += ea * ea;
    e1 += eb * eb;
    a0 += Math.abs(ea);
    a1 += Math.abs(eb);
    s0 += da;
    s1 += db;
    q0 += da * da;
    q1 += db * db;
  }
  for (; i < n; i++) {
    const e = t[i] - p[i];
    const d = t[i] - y0;
    e0 += e * e;
    a0 += Math.abs(e);
    s0 += d;
    q0 += d * d;
  }
  const sst = q0 + q1 - ((s0 + s1) * (s0 + s1)) / n;
  return [(e0 + e1) / n, (a0 + a1) / n, 1 - (e0 + e1) / sst];
}

/** Full-sort quantiles: the simple kernel a radix select must beat. */
function bareQuantilesBySort(x: Float64Array, qs: number[]): number[] {
  const s = bareRadixSortedCopy(x);
  const n = s.length;
  return qs.map((q) => {
    const vi = (n - 1) * q;
    const lo = Math.floor(vi);
    if (vi >= n - 1) return s[n - 1];
    const g = vi - lo;
    const d = s[lo + 1] - s[lo];
    return g >= 0.5 ? s[lo + 1] - d * (1 - g) : s[lo] + d * g;
  });
}

const slow = { time: 1500, iterations: 5, warmupIterations: 1 };

// Give the bare W4 kernel type feedback for its odd-length tail loop before timing: otherwise
// the OSR code V8 compiles inside the first 1e7 call deopts at that tail on every call, and
// the "bare" baseline runs at ~100 ms instead of ~20 ms (node 20).
for (let k = 0; k < 2000; k++) bareRegression(regT.subarray(0, 5), regP.subarray(0, 5));

// ---------------------------------------------------------------- benches --

describe('W1 confusion matrix, 10 classes, n = 1e6', () => {
  bench('sextant confusionMatrix', () => void confusionMatrix(cls6.t, cls6.p));
  bench('bare kernel (min/max pass + count loop)', () => void bareConfusionMatrix(cls6.t, cls6.p));
  bench('sextant confusionMatrix, string labels', () => void confusionMatrix(cls6s.t, cls6s.p), slow);
});

describe('W1 confusion matrix, 10 classes, n = 1e7', () => {
  bench('sextant confusionMatrix', () => void confusionMatrix(cls7.t, cls7.p), slow);
  bench('bare kernel (min/max pass + count loop)', () => void bareConfusionMatrix(cls7.t, cls7.p), slow);
});

describe("W2 precisionRecallFscoreSupport(average: 'macro'), n = 1e6", () => {
  bench('sextant precisionRecallFscoreSupport', () => void precisionRecallFscoreSupport(cls6.t, cls6.p, { average: 'macro' }));
  bench('bare kernel (count loop + macro P/R/F1)', () => void barePrfMacro(cls6.t, cls6.p));
});

describe('W3 ROC AUC, n = 1e6, no ties', () => {
  bench('sextant rocAucScore', () => void rocAucScore(aucY, aucS), slow);
  bench('bare kernel (split + radix sort + merge)', () => void bareAuc(aucY, aucS), slow);
});

describe('W3 ROC AUC, n = 1e6, scores rounded to 3 decimals', () => {
  bench('sextant rocAucScore', () => void rocAucScore(aucY, aucS3), slow);
  bench('bare kernel (split + radix sort + merge)', () => void bareAuc(aucY, aucS3), slow);
});

describe('W4 MSE + MAE + R², n = 1e7', () => {
  bench(
    'sextant meanSquaredError + meanAbsoluteError + r2Score',
    () => {
      meanSquaredError(regT, regP);
      meanAbsoluteError(regT, regP);
      r2Score(regT, regP);
    },
    slow,
  );
  bench('sextant regressionSummary (one fused pass, all five figures)', () => void regressionSummary(regT, regP), slow);
  bench('bare kernel (one fused pass for all three)', () => void bareRegression(regT, regP), slow);
  bench(
    'sextant regression accumulator (update + compute, one chunk)',
    () => {
      createRegressionAccumulator().update(regT, regP).compute();
    },
    slow,
  );
});

describe('W7 quantiles p50/p95/p99, n = 1e7', () => {
  bench('sextant quantile (radix select)', () => void quantile(lat, [0.5, 0.95, 0.99]), slow);
  bench('bare full radix sort + pick', () => void bareQuantilesBySort(lat, [0.5, 0.95, 0.99]), slow);
});

describe('classification accumulator, n = 1e6 in 10 chunks, JSON round trip, merged', () => {
  bench('update × 10 + toJSON/fromJSON + merge + compute', () => {
    const total = createClassificationAccumulator();
    for (let c = 0; c < 10; c++) {
      const lo = c * 100_000;
      const part = createClassificationAccumulator().update(cls6.t.subarray(lo, lo + 100_000), cls6.p.subarray(lo, lo + 100_000));
      total.merge(JSON.parse(JSON.stringify(part.toJSON())));
    }
    total.compute();
  });
});
