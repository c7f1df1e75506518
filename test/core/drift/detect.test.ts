import { describe, expect, it } from 'vitest';
import {
  detectDrift,
  jensenShannonDistance,
  ksTest,
  populationStabilityIndex,
  wassersteinDistance,
  type DriftTable,
} from '@sextant/core';
import { fixture, gen, table } from './gen';

interface DetectFixture {
  detect: { ref: [number, number, number]; cur: [number, number, number]; expected: Record<string, [string, number]> }[];
}
const fx = fixture<DetectFixture>('scipy-drift.json');

describe("detectDrift: Evidently's default tests (scores from SciPy in fixtures/gen_scipy_drift.py)", () => {
  for (const c of fx.detect) {
    it(`reference ${c.ref[0]} rows, current ${c.cur[0]} rows, shift ${c.cur[2]}`, () => {
      const report = detectDrift(table(...c.ref) as DriftTable, table(...c.cur) as DriftTable);
      for (const [name, [method, score]] of Object.entries(c.expected)) {
        const f = report.features.find((x) => x.name === name)!;
        expect(f.method, name).toBe(method);
        expect(Math.abs((f.score as number) - score), `${name}: ${f.score} vs ${score}`).toBeLessThanOrEqual(
          1e-9 * Math.abs(score) + 1e-300,
        );
        const pMethod = method === 'ks' || method === 'chi-square' || method === 'z-test';
        expect(f.drifted).toBe(pMethod ? score <= 0.05 : score >= 0.1);
        expect(f.threshold).toBe(pMethod ? 0.05 : 0.1);
      }
      const drifted = report.features.filter((f) => f.drifted).length;
      expect(report.driftedCount).toBe(drifted);
      expect(report.driftedShare).toBe(drifted / report.features.length);
      expect(report.datasetDrift).toBe(drifted / report.features.length >= 0.5);
    });
  }

  it('counts missing values per side and leaves them out of the test', () => {
    const ref = table(400, 41, 0);
    const cur = table(300, 42, 0.25);
    const f = detectDrift(ref as DriftTable, cur as DriftTable, { features: ['numMissing'] }).features[0];
    // by hand: indices divisible by 17 are null, the others divisible by 23 are NaN
    const missing = (n: number) => Array.from({ length: n }, (_, i) => i % 17 === 0 || i % 23 === 0).filter(Boolean).length;
    expect(f.missing).toEqual({ reference: missing(400), current: missing(300) });
    expect(f.count).toEqual({ reference: 400 - missing(400), current: 300 - missing(300) });
    const clean = (xs: (number | string | boolean | null)[]) =>
      xs.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    expect(f.score).toBe(ksTest(clean(ref.numMissing), clean(cur.numMissing)).pValue);
  });

  it('says why each test ran', () => {
    const r = detectDrift(table(400, 41, 0) as DriftTable, table(300, 42, 0) as DriftTable);
    const reason = Object.fromEntries(r.features.map((f) => [f.name, f.reason]));
    expect(reason.num).toMatch(/numeric with > 5 distinct values and 400 ≤ 1000 reference values → KS/);
    expect(reason.few).toMatch(/numeric with only 5 distinct values and 400 ≤ 1000 reference values → chi-square/);
    expect(reason.cat).toMatch(/categorical with 7 distinct values .* chi-square/);
    expect(reason.bin).toMatch(/2 distinct values .* Z-test/);
    const big = detectDrift(table(5000, 41, 0) as DriftTable, table(300, 42, 0) as DriftTable);
    const bigReason = Object.fromEntries(big.features.map((f) => [f.name, f.reason]));
    expect(bigReason.num).toMatch(/> 1000 reference values → Wasserstein ÷ max\(std\(reference\), 0.001\)/);
    expect(bigReason.cat).toMatch(/categorical and 5000 > 1000 reference values → Jensen–Shannon/);
  });

  it('treats typed arrays as numeric, booleans and strings as categorical, NaN in typed arrays as missing', () => {
    const ref = { t: new Float64Array([1, 2, 3, NaN, 5, 6, 7, 8]), b: [true, false, true, true, false, true, null, false] };
    const cur = { t: new Float32Array([2, 3, 4, 5, 6, 7, 8, 9, 10]), b: [true, true, true, true, false, true, true, true, true] };
    const r = detectDrift(ref, cur);
    expect(r.features[0]).toMatchObject({ kind: 'numeric', method: 'ks', missing: { reference: 1, current: 0 } });
    expect(r.features[1]).toMatchObject({ kind: 'categorical', method: 'z-test', missing: { reference: 1, current: 0 } });
  });

  it('runs chi-square instead of the Z-test when current brings a third category, and says so', () => {
    const f = detectDrift({ c: ['a', 'b', 'a', 'b', 'a'] }, { c: ['a', 'b', 'c', 'c', 'c'] }).features[0];
    expect(f.method).toBe('chi-square');
    expect(f.reason).toMatch(/3 categories in all.*chi-square ran instead/);
  });

  it('reports a column with no values on one side as untested, outside driftedShare', () => {
    const r = detectDrift(
      { a: [1, 2, 3, 4, 5, 6, 7], b: ['x', 'y', 'x', 'y', 'x', 'y', 'x'] },
      { a: [null, NaN, null], b: ['y', 'y', 'y'] },
    );
    expect(r.features[0]).toMatchObject({
      score: null,
      drifted: false,
      missing: { reference: 0, current: 3 },
      count: { current: 0 },
    });
    expect(r.features[0].reason).toMatch(/not tested: no non-missing values in current/);
    expect(r.testedCount).toBe(1);
    expect(r.driftedShare).toBe(r.features[1].drifted ? 1 : 0);
  });
});

describe('detectDrift overrides', () => {
  const ref = table(1500, 41, 0) as DriftTable;
  const cur = table(900, 42, 0.15) as DriftTable;

  it('per-column method and threshold beat the global ones, which beat the defaults', () => {
    const r = detectDrift(ref, cur, {
      method: 'psi',
      threshold: 0.2,
      columns: { num: { method: 'ks', threshold: 0.01 }, cat: { threshold: 0.05 } },
    });
    const by = Object.fromEntries(r.features.map((f) => [f.name, f]));
    expect(by.num).toMatchObject({ method: 'ks', threshold: 0.01, scoreType: 'p-value' });
    expect(by.num.reason).toBe("method 'ks' set for this column");
    expect(by.cat).toMatchObject({ method: 'psi', threshold: 0.05 });
    expect(by.cat.reason).toMatch(/^method 'psi' set for all columns/);
    expect(by.few).toMatchObject({ method: 'psi', threshold: 0.2 });
    const nums = (c: DriftTable['num']) => Array.from(c as number[]);
    expect(by.num.score).toBe(ksTest(nums(ref.num), nums(cur.num)).pValue);
  });

  it('wasserstein is normed by max(std(reference), 0.001) as in Evidently', () => {
    const f = detectDrift(ref, cur, { features: ['num'] }).features[0];
    const r = Array.from(ref.num as number[]);
    const mean = r.reduce((s, x) => s + x, 0) / r.length;
    const sd = Math.sqrt(r.reduce((s, x) => s + (x - mean) ** 2, 0) / r.length);
    const w = wassersteinDistance(r, Array.from(cur.num as number[]));
    expect(f.statistic).toBeCloseTo(w, 14);
    expect(f.score).toBeCloseTo(w / sd, 13);
    // a constant reference: the norm is 0.001
    const c = detectDrift(
      { x: Array.from({ length: 2000 }, (_, i) => (i % 7) + (i % 3) / 10) },
      { x: [5, 6, 7, 8, 9, 10] },
      {
        columns: { x: { method: 'wasserstein' } },
      },
    ).features[0];
    expect(c.method).toBe('wasserstein');
  });

  it('honours bins and binning for numeric Jensen–Shannon and PSI (Evidently ignores n_bins)', () => {
    const r = Array.from(ref.num as number[]);
    const c = Array.from(cur.num as number[]);
    for (const opts of [
      { bins: 7 },
      { bins: 7, binning: 'uniform' as const },
      { binning: 'sturges' as const },
      { bins: 25, binning: 'quantile' as const },
    ]) {
      const psi = populationStabilityIndex(r, c, opts);
      const js = detectDrift(ref, cur, { features: ['num'], method: 'jensen-shannon', ...opts }).features[0];
      expect(js.edges).toEqual(psi.edges);
      expect(js.score).toBeCloseTo(jensenShannonDistance(psi.referenceCount, psi.currentCount, { base: 2 }), 14);
      const p = detectDrift(ref, cur, { features: ['num'], columns: { num: { method: 'psi', ...opts } } }).features[0];
      expect(p.score).toBeCloseTo(psi.value, 13);
    }
  });

  it("uses Evidently's binning when none is set: values as categories up to 30 distinct, else Sturges", () => {
    const few = detectDrift(ref, cur, { features: ['few'], method: 'psi' }).features[0];
    expect(few.edges).toBeNull();
    expect(few.reason).toMatch(/compared as categories/);
    const num = detectDrift(ref, cur, { features: ['num'], method: 'psi' }).features[0];
    const psi = populationStabilityIndex(Array.from(ref.num as number[]), Array.from(cur.num as number[]), {
      binning: 'sturges',
    });
    expect(num.edges).toEqual(psi.edges);
    expect(num.score).toBeCloseTo(psi.value, 13);
  });

  it('kind: categorical turns numbers into categories; numeric refuses strings', () => {
    const f = detectDrift(
      { x: [1, 2, 3, 4, 5, 6, 7, 8] },
      { x: [1, 2, 3, 4, 5, 6, 7, 9] },
      { columns: { x: { kind: 'categorical' } } },
    ).features[0];
    expect(f).toMatchObject({ kind: 'categorical', method: 'chi-square' });
    expect(() => detectDrift({ x: ['1', '2'] }, { x: ['1'] }, { kind: 'numeric' })).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
  });

  it('ks and wasserstein need numeric columns: refused per column, skipped for categorical columns when global', () => {
    expect(() => detectDrift({ x: ['a', 'b'] }, { x: ['a'] }, { columns: { x: { method: 'ks' } } })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', argument: 'options.columns.x.method' }),
    );
    const r = detectDrift({ x: ['a', 'b', 'a'], y: [1, 2, 3] }, { x: ['a', 'a'], y: [2, 3] }, { method: 'wasserstein' });
    expect(r.features[0]).toMatchObject({ method: 'z-test' });
    expect(r.features[0].reason).toMatch(/options.method 'wasserstein' applies to numeric columns only/);
    expect(r.features[1]).toMatchObject({ method: 'wasserstein' });
  });

  it('driftShare sets the dataset rule', () => {
    const r = detectDrift(ref, cur, { driftShare: 1 });
    expect(r.datasetDrift).toBe(r.driftedCount === r.testedCount);
    expect(r.driftShare).toBe(1);
  });
});

describe('detectDrift correction across columns', () => {
  // Ten numeric columns, small reference (KS), increasingly shifted current.
  const ref: DriftTable = {};
  const cur: DriftTable = {};
  for (let k = 0; k < 10; k++) {
    ref[`c${k}`] = Array.from(gen(200, 50 + k));
    cur[`c${k}`] = Array.from(gen(150, 70 + k, k * 0.03));
  }
  const raw = detectDrift(ref, cur).features;

  it('bonferroni multiplies each p-value by the number of p-value tests, capped at 1', () => {
    const r = detectDrift(ref, cur, { correction: 'bonferroni' });
    r.features.forEach((f, i) => {
      expect(f.pValue).toBe(raw[i].pValue);
      expect(f.score).toBe(Math.min(1, (raw[i].pValue as number) * 10));
      expect(f.drifted).toBe((f.score as number) <= 0.05);
    });
    expect(r.correction).toBe('bonferroni');
  });

  it('benjamini-hochberg gives the step-up adjusted p-values (checked against a direct evaluation of the definition)', () => {
    const r = detectDrift(ref, cur, { correction: 'benjamini-hochberg' });
    const p = raw.map((f) => f.pValue as number);
    const m = p.length;
    // adj(i) = min over j with p_j ≥ p_i of min(1, p_j · m / rank_j), ranks 1-based in ascending order
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    const rank = new Array<number>(m);
    order.forEach((i, r0) => (rank[i] = r0 + 1));
    p.forEach((pi, i) => {
      let best = 1;
      for (let j = 0; j < m; j++) if (rank[j] >= rank[i]) best = Math.min(best, (p[j] * m) / rank[j]);
      expect(r.features[i].score).toBeCloseTo(best, 15);
    });
    // a correction never creates drift
    r.features.forEach((f, i) => expect(!f.drifted || raw[i].drifted).toBe(true));
  });

  it('hand-checked Benjamini–Hochberg on three p-values', () => {
    // p = 0.01, 0.04, 0.03 → sorted 0.01, 0.03, 0.04 → 0.03, min(0.045, 0.04), 0.04 (by hand)
    const pv = [0.01, 0.04, 0.03];
    const features = pv.map((p, i) => ({
      name: `f${i}`,
      scoreType: 'p-value',
      pValue: p,
      score: p,
      threshold: 0.05,
      drifted: true,
    }));
    return import('../../../packages/core/src/drift/evaluate').then(({ applyCorrection }) => {
      applyCorrection(features as never, 'benjamini-hochberg');
      expect(features.map((f) => f.score)).toEqual([0.03, 0.04, 0.04]);
    });
  });

  it('leaves distance methods alone', () => {
    const big = detectDrift(table(1500, 41, 0) as DriftTable, table(900, 42, 0.15) as DriftTable, { correction: 'bonferroni' });
    const plain = detectDrift(table(1500, 41, 0) as DriftTable, table(900, 42, 0.15) as DriftTable);
    expect(big.features.map((f) => f.score)).toEqual(plain.features.map((f) => f.score));
  });
});
