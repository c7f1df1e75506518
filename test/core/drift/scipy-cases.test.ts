/**
 * Cases beyond the public golden vectors, every expected value computed by
 * fixtures/gen_scipy_drift.py with SciPy 1.10.1 / NumPy 1.24 (Debian's /usr/bin/python3):
 * exact KS with ties and lattice snapping, the 'auto' switch at 10 000, the exact→asymp
 * fallback, large-n asymptotic p-values through every branch of kstwo, weighted Wasserstein,
 * PSI binnings, chi-square far in the tail, and the special functions behind them.
 */
import { describe, expect, it } from 'vitest';
import { chiSquareTest, jensenShannonDistance, ksTest, populationStabilityIndex, wassersteinDistance } from '@sextant/core';
import { chi2Sf, gammaincc, kolmogorov, normalCdf, normalSf, smirnov } from '../../../packages/core/src/internal/special';
import { kstwoSf } from '../../../packages/core/src/drift/kstwo';
import { data, fixture, type SampleSpec } from './gen';

interface Fixture {
  generatedBy: string;
  ks: {
    ref: SampleSpec;
    cur: SampleSpec;
    method: 'auto' | 'exact' | 'asymp';
    statistic: number;
    pValue: number;
    location: number;
    sign: number;
  }[];
  wasserstein: { u: SampleSpec; v: SampleSpec; uWeights: number[] | null; vWeights: number[] | null; expected: number }[];
  js: { p: number[]; q: number[]; base: number | null; expected: number }[];
  psi: {
    ref: SampleSpec;
    cur: SampleSpec;
    options: Record<string, unknown>;
    value: number;
    edges: (number | string)[];
    referenceCount: number[];
    currentCount: number[];
  }[];
  chi2: { ref: (string | number)[]; cur: (string | number)[]; statistic: number; pValue: number; dof: number }[];
  special: Record<string, number[][]>;
}

const fx = fixture<Fixture>('scipy-drift.json');

function close(actual: number, expected: number, rel: number, abs = 1e-300): void {
  expect(Number.isFinite(actual), `finite ${actual}`).toBe(true);
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(abs + rel * Math.abs(expected));
}

describe(`ksTest against ${fx.generatedBy}`, () => {
  for (const c of fx.ks) {
    it(`n=${c.ref.n} m=${c.cur.n} ${c.method}${c.ref.quantum ? ' ties' : ''}`, () => {
      const r = ksTest(data(c.ref), data(c.cur), { method: c.method });
      close(r.statistic, c.statistic, 1e-12, 1e-15);
      close(r.pValue, c.pValue, 1e-7, 1e-300);
      expect(r.statisticLocation).toBe(c.location);
      expect(r.statisticSign).toBe(c.sign);
    });
  }
  it('reports which method produced the p-value (exact falls back to asymp past int32 lcm, as SciPy warns)', () => {
    const c = fx.ks.find((k) => k.ref.n === 50000 && k.method === 'exact');
    expect(c).toBeDefined();
    expect(ksTest(data(c!.ref), data(c!.cur), { method: 'exact' }).method).toBe('asymp');
    const small = fx.ks.find((k) => k.ref.n === 10000 && k.cur.n === 10000 && k.method === 'auto');
    expect(ksTest(data(small!.ref), data(small!.cur)).method).toBe('exact');
    const big = fx.ks.find((k) => k.ref.n === 10001 && k.method === 'auto');
    expect(ksTest(data(big!.ref), data(big!.cur)).method).toBe('asymp');
  });
});

describe('wassersteinDistance with weights (SciPy)', () => {
  for (const c of fx.wasserstein) {
    it(`n=${c.u.n} m=${c.v.n}${c.uWeights ? ' uWeights' : ''}${c.vWeights ? ' vWeights' : ''}${c.u.quantum ? ' ties' : ''}`, () => {
      const opts: { uWeights?: number[]; vWeights?: number[] } = {};
      if (c.uWeights) opts.uWeights = c.uWeights;
      if (c.vWeights) opts.vWeights = c.vWeights;
      close(wassersteinDistance(data(c.u), data(c.v), opts), c.expected, 1e-11, 1e-15);
    });
  }
});

describe('jensenShannonDistance (SciPy)', () => {
  for (const c of fx.js) {
    it(`${JSON.stringify(c.p)} vs ${JSON.stringify(c.q)} base ${c.base}`, () => {
      const r = jensenShannonDistance(c.p, c.q, c.base === null ? {} : { base: c.base });
      close(r, c.expected, 1e-12, 1e-15);
    });
  }
});

describe('populationStabilityIndex (API.md rule in NumPy)', () => {
  for (const c of fx.psi) {
    it(`n=${c.ref.n} m=${c.cur.n} ${JSON.stringify(c.options)}`, () => {
      const r = populationStabilityIndex(data(c.ref), data(c.cur), c.options);
      close(r.value, c.value, 1e-10, 1e-14);
      expect(r.edges.length).toBe(c.edges.length);
      c.edges.forEach((e, i) => {
        if (typeof e === 'string') expect(r.edges[i]).toBe(e === '-inf' ? -Infinity : Infinity);
        else close(r.edges[i], e, 1e-14, 1e-15);
      });
      expect(r.referenceCount).toEqual(c.referenceCount);
      expect(r.currentCount).toEqual(c.currentCount);
      const sum = r.contributions.reduce((s, x) => s + x, 0);
      close(sum, r.value, 1e-12, 1e-15);
    });
  }
});

describe('chiSquareTest (scipy.stats.chisquare with the epsilon rule)', () => {
  for (const c of fx.chi2) {
    it(`${c.ref.length} vs ${c.cur.length}, dof ${c.dof}`, () => {
      const r = chiSquareTest(c.ref, c.cur);
      close(r.statistic, c.statistic, 1e-12);
      close(r.pValue, c.pValue, 1e-9, 1e-300);
      expect(r.dof).toBe(c.dof);
    });
  }
});

describe('special functions (scipy.special / scipy.stats)', () => {
  const table = (name: string, f: (...a: number[]) => number, rel: number) =>
    it(`${name}: ${fx.special[name].length} points, relative error ≤ ${rel}`, () => {
      for (const row of fx.special[name]) {
        const want = row[row.length - 1];
        const got = f(...row.slice(0, -1));
        if (want === 0) expect(got).toBeLessThan(1e-300);
        else close(got, want, rel);
      }
    });
  table('chi2Sf', (x, df) => chi2Sf(x, df), 1e-11);
  table('normalSf', (x) => normalSf(x), 1e-12);
  table('gammaincc', (a, x) => gammaincc(a, x), 1e-11);
  table('kolmogorov', (x) => kolmogorov(x).sf, 1e-14);
  table('smirnov', (n, x) => smirnov(n, x).sf, 1e-9);
  table('kstwoSf', (n, x) => kstwoSf(n, x), 1e-9);
  it('normalCdf mirrors normalSf', () => {
    for (const x of [-40, -8.5, -1, 0, 0.3, 5]) expect(normalCdf(x)).toBe(normalSf(-x));
  });
});
