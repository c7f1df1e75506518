/**
 * One feature of one batch tested against its prepared reference, the multiple-testing
 * correction across features, and the dataset verdict. Internal.
 */
import { normalSf } from '../internal/special';
import { BinCounter, countSortedInBins, sturgesEdges, uniformEdges, type Binning } from './bins';
import { chiSquareFromCounts } from './chisquare';
import { jensenShannonFromNats, jensenShannonNats } from './distances';
import { ksPValue, ksStatisticSorted, ksStatisticSortedSparse } from './ks';
import { psiFromCounts } from './psi';
import { sortInPlace } from '../internal/sort';
import { wassersteinSorted } from './distances';
import { type DriftCorrection, type DriftReport, type FeatureDrift } from './types';
import { type Extracted, countValues } from './columns';
import { PSI_EPSILON, P_VALUE_METHODS, type PreparedFeature } from './prepare';

// -------------------------------------------------------------------------- evaluation --

/** Test one feature's current column against its prepared reference. */
export function evaluateFeature(p: PreparedFeature, cur: Extracted): FeatureDrift {
  const scoreType: 'p-value' | 'distance' = P_VALUE_METHODS.has(p.method) ? 'p-value' : 'distance';
  const base: FeatureDrift = {
    name: p.name,
    kind: p.kind,
    method: p.method,
    reason: p.reason,
    score: null,
    threshold: p.threshold,
    drifted: false,
    scoreType,
    statistic: null,
    pValue: null,
    missing: { reference: p.refMissing, current: cur.missing },
    count: { reference: p.refCount, current: cur.count },
    edges: null,
  };
  if (p.refCount === 0 || cur.count === 0) {
    base.reason = `not tested: no non-missing values in ${p.refCount === 0 ? 'reference' : 'current'}`;
    return base;
  }

  switch (p.method) {
    case 'ks': {
      const a = p.refSorted as Float64Array;
      const b = sortInPlace(cur.numbers as Float64Array);
      const st = a.length > 16 * b.length ? ksStatisticSortedSparse(a, b) : ksStatisticSorted(a, b);
      const key = `${a.length},${b.length},${st.d}`;
      let r = p.ksCache.get(key);
      if (r === undefined) {
        r = ksPValue(a.length, b.length, st.d, p.ksMethod);
        if (p.ksCache.size >= 65536) p.ksCache.clear();
        p.ksCache.set(key, { d: r.d, pValue: r.pValue });
      }
      return finish(base, r.pValue, r.d, r.pValue);
    }
    case 'wasserstein': {
      const a = p.refSorted as Float64Array;
      const b = sortInPlace(cur.numbers as Float64Array);
      const w = wassersteinSorted(a, b);
      return finish(base, w / Math.max(p.refStd, 0.001), w, null);
    }
    case 'chi-square':
    case 'z-test': {
      const refCounts = p.refCounts as Map<unknown, number>;
      const curCounts = countValues(cur);
      const keys = unionKeys(refCounts, curCounts);
      if (p.method === 'z-test' && keys.length <= 2) {
        const z = zTest(keys, refCounts, curCounts, p.refCount, cur.count);
        return finish(base, z.pValue, z.statistic, z.pValue);
      }
      if (p.method === 'z-test') {
        base.method = 'chi-square';
        base.reason = `${p.reason}; current brings ${keys.length} categories in all, more than a Z-test compares, so chi-square ran instead`;
      }
      const r = chiSquareFromCounts(keys, refCounts, curCounts, p.refCount, cur.count);
      return finish(base, r.pValue, r.statistic, r.pValue);
    }
    case 'jensen-shannon':
    case 'psi': {
      let rc: ArrayLike<number>;
      let cc: ArrayLike<number>;
      if (p.binMode?.kind === 'bins') {
        const b = cur.numbers as Float64Array;
        const edges = edgesFor(p, b);
        base.edges = Array.from(edges);
        const inner = edges.subarray(1, edges.length - 1);
        let lo = Infinity;
        let hi = -Infinity;
        for (let i = 0; i < b.length; i++) {
          const v = b[i];
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        const counter = new BinCounter(inner, lo, hi);
        const c = new Float64Array(edges.length - 1);
        counter.count(b, c);
        cc = c;
        rc = p.quantileRefCounts ?? countSortedInBins(p.refSorted as Float64Array, inner);
      } else {
        const refCounts = p.refCounts as Map<unknown, number>;
        const curCounts = countValues(cur);
        const keys = unionKeys(refCounts, curCounts);
        const r = new Float64Array(keys.length);
        const c = new Float64Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          r[i] = refCounts.get(keys[i]) ?? 0;
          c[i] = curCounts.get(keys[i]) ?? 0;
        }
        rc = r;
        cc = c;
      }
      if (p.method === 'psi') {
        const v = psiFromCounts(rc, cc, p.refCount, cur.count, PSI_EPSILON).value;
        return finish(base, v, v, null);
      }
      const js = jensenShannonFromNats(jensenShannonNats(rc, cc, p.refCount, cur.count), 2);
      return finish(base, js, js, null);
    }
  }
}

function finish(f: FeatureDrift, score: number, statistic: number, pValue: number | null): FeatureDrift {
  f.score = score;
  f.statistic = statistic;
  f.pValue = pValue;
  f.drifted = f.scoreType === 'p-value' ? score <= f.threshold : score >= f.threshold;
  return f;
}

/** Full edges for a binned feature given the current sample. */
function edgesFor(p: PreparedFeature, cur: Float64Array): Float64Array {
  const ref = p.refSorted as Float64Array;
  const mode = p.binMode as { kind: 'bins'; binning: Binning; bins: number };
  let lo = ref[0];
  let hi = ref[ref.length - 1];
  for (let i = 0; i < cur.length; i++) {
    const v = cur[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (mode.binning === 'uniform') return uniformEdges(lo, hi, mode.bins);
  if (mode.binning === 'sturges') return sturgesEdges(lo, hi, ref.length + cur.length);
  if (lo === hi) return Float64Array.of(-Infinity, Infinity);
  const inner = p.quantileInner as Float64Array;
  const edges = new Float64Array(inner.length + 2);
  edges[0] = -Infinity;
  edges.set(inner, 1);
  edges[inner.length + 1] = Infinity;
  return edges;
}

function unionKeys(a: Map<unknown, number>, b: Map<unknown, number>): unknown[] {
  const keys = [...a.keys()];
  for (const k of b.keys()) if (!a.has(k)) keys.push(k);
  return keys;
}

/** Evidently's two-proportion Z-test (pooled variance), two-sided, with an accurate normal tail. */
function zTest(
  keys: readonly unknown[],
  refCounts: Map<unknown, number>,
  curCounts: Map<unknown, number>,
  n1: number,
  n2: number,
): { statistic: number; pValue: number } {
  if (keys.length < 2) return { statistic: 0, pValue: 1 };
  const k = keys[0];
  const p1 = (refCounts.get(k) ?? 0) / n1;
  const p2 = (curCounts.get(k) ?? 0) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

/** Apply the correction to p-value features in place. */
export function applyCorrection(features: FeatureDrift[], correction: DriftCorrection): void {
  if (correction === 'none') return;
  const idx: number[] = [];
  for (let i = 0; i < features.length; i++) if (features[i].scoreType === 'p-value' && features[i].pValue !== null) idx.push(i);
  const m = idx.length;
  if (m <= 1) return;
  if (correction === 'bonferroni') {
    for (const i of idx) setScore(features[i], Math.min(1, (features[i].pValue as number) * m));
    return;
  }
  // Benjamini–Hochberg step-up: adj(i) = min over j ≥ i of p(j)·m/j, in ascending p order.
  const order = idx.slice().sort((x, y) => (features[x].pValue as number) - (features[y].pValue as number));
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const f = features[order[r]];
    const adj = Math.min(1, ((f.pValue as number) * m) / (r + 1));
    if (adj < running) running = adj;
    setScore(f, running);
  }
}

function setScore(f: FeatureDrift, score: number): void {
  f.score = score;
  f.drifted = score <= f.threshold;
}

/** Summarise features into the dataset verdict. */
export function summarise(features: FeatureDrift[], driftShare: number, correction: DriftCorrection): DriftReport {
  let tested = 0;
  let drifted = 0;
  for (const f of features) {
    if (f.score === null) continue;
    tested++;
    if (f.drifted) drifted++;
  }
  const driftedShare = tested === 0 ? 0 : drifted / tested;
  return {
    features,
    testedCount: tested,
    driftedCount: drifted,
    driftedShare,
    datasetDrift: tested > 0 && driftedShare >= driftShare,
    driftShare,
    correction,
  };
}
