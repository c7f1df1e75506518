/**
 * Drift workloads from issue #4: KS, Wasserstein and PSI on 1e6 vs 1e6 (the W5 anchors,
 * beside the bare typed-array kernels of shared/bench/peers.mjs: radix sort + merge, and
 * radix sort + edge compare), detectDrift on 100k rows × 50 columns, and driftOverTime over
 * 1000 batches × 50 features. Data is seeded (LCG + Box–Muller), never Math.random.
 */
import {
  detectDrift,
  driftOverTime,
  ksTest,
  populationStabilityIndex,
  wassersteinDistance,
  type DriftTable,
} from '@sextant/core';
import { bench, describe } from 'vitest';
import { bareRadixSortedCopy } from './kernels';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
}
function normal(n: number, seed: number, mean = 0, sd = 1): Float64Array {
  const r = lcg(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = mean + sd * Math.sqrt(-2 * Math.log(r())) * Math.cos(2 * Math.PI * r());
  return out;
}

// ---- bare kernels (as in shared/bench/peers.mjs) -----------------------------------------

function bareKsStatistic(u: Float64Array, v: Float64Array): number {
  const a = bareRadixSortedCopy(u);
  const b = bareRadixSortedCopy(v);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] < b[j] ? a[i] : b[j];
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    const diff = Math.abs(i / a.length - j / b.length);
    if (diff > d) d = diff;
  }
  return d;
}

function bareWasserstein(u: Float64Array, v: Float64Array): number {
  const a = bareRadixSortedCopy(u);
  const b = bareRadixSortedCopy(v);
  let i = 0;
  let j = 0;
  let sum = 0;
  let prev = Math.min(a[0], b[0]);
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    sum += Math.abs(i / a.length - j / b.length) * (x - prev);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    prev = x;
  }
  return sum;
}

function barePsi(ref: Float64Array, cur: Float64Array, bins = 10, eps = 1e-4): number {
  const r = bareRadixSortedCopy(ref);
  const n1 = r.length;
  const e: number[] = [];
  for (let k = 1; k < bins; k++) {
    const vi = (n1 - 1) * (k / bins);
    const lo = Math.floor(vi);
    const t = vi - lo;
    const dd = r[lo + 1] - r[lo];
    const q = t >= 0.5 ? r[lo + 1] - dd * (1 - t) : r[lo] + dd * t;
    if (e.length === 0 || q !== e[e.length - 1]) e.push(q);
  }
  const rc = new Float64Array(e.length + 1);
  const cc = new Float64Array(e.length + 1);
  for (let i = 0; i < n1; i++) {
    let b = 0;
    for (let k = 0; k < e.length; k++) b += r[i] >= e[k] ? 1 : 0;
    rc[b]++;
  }
  for (let i = 0; i < cur.length; i++) {
    let b = 0;
    for (let k = 0; k < e.length; k++) b += cur[i] >= e[k] ? 1 : 0;
    cc[b]++;
  }
  let psi = 0;
  for (let k = 0; k <= e.length; k++) {
    const rs = rc[k] / n1 || eps;
    const cs = cc[k] / cur.length || eps;
    psi += (cs - rs) * Math.log(cs / rs);
  }
  return psi;
}

// ---- data ---------------------------------------------------------------------------------

const ref1e6 = normal(1_000_000, 1);
const cur1e6 = normal(1_000_000, 2, 0.004);

/** A table of `rows` rows: 30 numeric columns (6 with missing values), 20 categorical. */
function makeTable(rows: number, seed: number, shift: number): DriftTable {
  const t: DriftTable = {};
  for (let c = 0; c < 30; c++) {
    const x = normal(rows, seed * 100 + c, c % 5 === 0 ? shift : 0, 1 + c / 30);
    if (c % 5 === 1) for (let i = 0; i < rows; i += 97) x[i] = NaN;
    t[`num${c}`] = x;
  }
  const r = lcg(seed * 7 + 3);
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  for (let c = 0; c < 20; c++) {
    const col = new Array<string>(rows);
    const k = 2 + (c % 7);
    for (let i = 0; i < rows; i++) col[i] = levels[Math.min(k - 1, Math.floor(r() ** (1 + (c % 4 === 0 ? shift : 0)) * k))];
    t[`cat${c}`] = col;
  }
  return t;
}

const ref100k = makeTable(100_000, 11, 0);
const cur100k = makeTable(100_000, 12, 0.05);

const refOverTime = makeTable(5_000, 21, 0);
const batches = Array.from({ length: 1000 }, (_, d) => ({
  at: new Date(Date.UTC(2026, 0, 1) + d * 3_600_000).toISOString(),
  columns: makeTable(200, 1000 + d, d > 400 && d < 700 ? 0.3 : 0),
}));
const ksRef = makeTable(1000, 31, 0);

describe('W5: 1e6 vs 1e6', () => {
  bench('ksTest asymp', () => {
    ksTest(ref1e6, cur1e6, { method: 'asymp' });
  });
  bench('bare kernel: radix sort both + merge (statistic only)', () => {
    bareKsStatistic(ref1e6, cur1e6);
  });
  bench('wassersteinDistance', () => {
    wassersteinDistance(ref1e6, cur1e6);
  });
  bench('bare kernel: radix sort both + merge', () => {
    bareWasserstein(ref1e6, cur1e6);
  });
  bench('populationStabilityIndex quantile, 10 bins', () => {
    populationStabilityIndex(ref1e6, cur1e6, { bins: 10, binning: 'quantile' });
  });
  bench('bare kernel: radix sort ref + edge compare', () => {
    barePsi(ref1e6, cur1e6);
  });
});

describe('detectDrift: 100k rows × 50 columns (Wasserstein / Jensen–Shannon defaults)', () => {
  bench(
    'detectDrift',
    () => {
      detectDrift(ref100k, cur100k);
    },
    { iterations: 8, time: 0 },
  );
  bench(
    'detectDrift, PSI in 10 quantile bins everywhere',
    () => {
      detectDrift(ref100k, cur100k, { method: 'psi', bins: 10 });
    },
    { iterations: 8, time: 0 },
  );
});

// Each call takes about a second: a few timed iterations are enough.
const heavy = { iterations: 4, warmupIterations: 1, time: 0, warmupTime: 0 };

describe('driftOverTime: 1000 batches × 50 features', () => {
  bench(
    'reference 5000 rows, batches of 200 (Wasserstein / Jensen–Shannon)',
    () => {
      driftOverTime(refOverTime, batches);
    },
    heavy,
  );
  bench(
    'reference 1000 rows, batches of 200 (KS exact / chi-square / Z-test), Benjamini–Hochberg',
    () => {
      driftOverTime(ksRef, batches, { correction: 'benjamini-hochberg' });
    },
    heavy,
  );
});
