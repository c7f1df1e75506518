import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareTest, jensenShannonDistance, ksTest, populationStabilityIndex, wassersteinDistance } from '@sextant/core';
import { BinCounter } from '../../../packages/core/src/drift/bins';
import { ksStatisticSorted, ksStatisticSortedSparse, ksStatisticUnsorted } from '../../../packages/core/src/drift/ks';
import { orderStatistics, sortedCopy } from '../../../packages/core/src/internal/sort';
import { gen } from './gen';

// Values with many ties, both signs, zeros and a few extremes.
const value = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-300, -1e300, 1e300, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE) },
);
const sample = fc.array(value, { minLength: 1, maxLength: 120 });
const shares = fc
  .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 })
  .filter((a) => a.some((x) => x > 0));

describe('drift properties (fast-check)', () => {
  it('PSI ≥ 0 for every binning, and 0 for identical samples', () => {
    fc.assert(
      fc.property(
        sample,
        sample,
        fc.constantFrom('quantile', 'uniform', 'sturges'),
        fc.integer({ min: 1, max: 40 }),
        (a, b, binning, bins) => {
          const opts = binning === 'sturges' ? { binning } : { binning, bins };
          const r = populationStabilityIndex(a, b, opts);
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(populationStabilityIndex(a, a, opts).value).toBe(0);
          expect(r.referenceCount.reduce((s, x) => s + x, 0)).toBe(a.length);
          expect(r.currentCount.reduce((s, x) => s + x, 0)).toBe(b.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('KS statistic is in [0, 1] and symmetric in its arguments (p-value too)', () => {
    fc.assert(
      fc.property(sample, sample, fc.constantFrom('auto', 'exact', 'asymp'), (a, b, method) => {
        fc.pre(method !== 'asymp' || a.length + b.length > 2);
        const r = ksTest(a, b, { method });
        const s = ksTest(b, a, { method });
        expect(r.statistic).toBeGreaterThanOrEqual(0);
        expect(r.statistic).toBeLessThanOrEqual(1);
        expect(s.statistic).toBe(r.statistic);
        expect(s.pValue).toBe(r.pValue);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect([1, -1]).toContain(r.statisticSign);
      }),
      { numRuns: 300 },
    );
  });

  it('Jensen–Shannon distance in base 2 is in [0, 1], symmetric, and 0 against itself', () => {
    fc.assert(
      fc.property(shares, fc.integer({ min: 0, max: 1e9 }), (p, seed) => {
        const q = p.map((_, i) => ((seed >>> (i % 24)) & 7) + (i === 0 ? 1 : 0));
        const d = jensenShannonDistance(p, q, { base: 2 });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(jensenShannonDistance(q, p, { base: 2 })).toBeCloseTo(d, 15);
        expect(jensenShannonDistance(p, p, { base: 2 })).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('Wasserstein distance is ≥ 0, symmetric, 0 against itself, and |c| against a shift by c', () => {
    const small = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(small, small, fc.integer({ min: -50, max: 50 }), (a, b, c) => {
        const d = wassersteinDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(wassersteinDistance(b, a)).toBeCloseTo(d, 9);
        expect(wassersteinDistance(a, a)).toBe(0);
        expect(
          wassersteinDistance(
            a,
            a.map((x) => x + c),
          ),
        ).toBeCloseTo(Math.abs(c), 9);
      }),
      { numRuns: 200 },
    );
  });

  it('chi-square statistic ≥ 0 and p-value in [0, 1]; identical samples give statistic 0', () => {
    const cats = fc.array(fc.constantFrom('a', 'b', 'c', 1, '1', true, false), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(cats, cats, (a, b) => {
        const r = chiSquareTest(a, b);
        expect(r.statistic).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(r.observed.reduce((s, x) => s + x, 0)).toBe(b.length);
        expect(chiSquareTest(a, a).statistic).toBeCloseTo(0, 12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('drift internals (fast-check)', () => {
  const big = fc.array(value, { minLength: 1, maxLength: 3000 });

  it('sortedCopy equals the native typed-array sort', () => {
    fc.assert(
      fc.property(big, (a) => {
        const want = Float64Array.from(a).sort();
        const got = sortedCopy(a);
        // -0 and 0 compare equal; the order between them is not part of the contract
        expect(Array.from(got, (x) => x + 0)).toEqual(Array.from(want, (x) => x + 0));
      }),
      { numRuns: 150 },
    );
  });

  it('orderStatistics picks the values at the requested ranks', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 5000, maxLength: 9000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (a, qs) => {
          const x = Float64Array.from(a);
          const s = Float64Array.from(a).sort();
          const ranks = qs.map((q) => Math.floor(q * (x.length - 1))).sort((p, q) => p - q);
          let min = Infinity;
          let max = -Infinity;
          for (const v of x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
          const got = orderStatistics(x, ranks, min, max);
          ranks.forEach((r, i) => expect(got[i] + 0).toBe(s[r] + 0));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('BinCounter counts like a binary search over the edges', () => {
    fc.assert(
      fc.property(big, fc.array(value, { minLength: 0, maxLength: 40 }), (a, e) => {
        const inner = Float64Array.from(e).sort();
        let lo = Infinity;
        let hi = -Infinity;
        for (const v of a) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        const counts = new Float64Array(inner.length + 1);
        new BinCounter(inner, lo, hi).count(a, counts);
        const want = new Float64Array(inner.length + 1);
        for (const v of a) want[inner.filter((x) => x <= v).length]++;
        expect(Array.from(counts)).toEqual(Array.from(want));
      }),
      { numRuns: 150 },
    );
  });

  it('the sparse KS statistic (short current, long reference) equals the merge, location and sign included', () => {
    const ints = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(ints, fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 1, maxLength: 30 }), (a, b) => {
        const sa = sortedCopy(a);
        const sb = sortedCopy(b);
        expect(ksStatisticSortedSparse(sa, sb)).toEqual(ksStatisticSorted(sa, sb));
      }),
      { numRuns: 400 },
    );
  });

  it('the bucketed KS statistic of unsorted samples equals sort + merge (ties, outliers, shifts)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8000, max: 40000 }),
        fc.integer({ min: 1, max: 30000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(0, 0, 0.001, 0.25, 1),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.constantFrom(0, 1e6, -1e300),
        (n1, n2, seed, quantum, shift, outlier) => {
          const a = gen(n1, seed, 0, 1, quantum);
          const b = gen(n2, seed + 1, shift, 1.3, quantum);
          if (outlier) a[seed % n1] = outlier;
          let lo = Infinity;
          let hi = -Infinity;
          for (const x of [...a, ...b]) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
          }
          expect(ksStatisticUnsorted(a, b, lo, hi)).toEqual(ksStatisticSorted(sortedCopy(a), sortedCopy(b)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('PSI on Float64Arrays (one-pass quantile path) equals PSI on plain arrays (sorted path)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4000, max: 30000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(0, 0, 0.01, 0.5, 2),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(0, 1e9, -1e300),
        (n1, n2, seed, quantum, bins, outlier) => {
          const a = gen(n1, seed, 0, 1, quantum);
          const b = gen(n2, seed + 7, 0.1, 1.2, quantum);
          if (outlier) a[seed % n1] = outlier;
          const fast = populationStabilityIndex(a, b, { bins });
          const slow = populationStabilityIndex(Array.from(a), Array.from(b), { bins });
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ksTest on Float64Arrays (one pass over a guessed range) equals ksTest on plain arrays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9000, max: 30000 }),
        fc.integer({ min: 8000, max: 20000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(0, 0, 0.01, 0.5),
        fc.constantFrom(0, 1e9, -1e300, 50),
        (n1, n2, seed, quantum, outlier) => {
          const a = gen(n1, seed, 0, 1, quantum);
          const b = gen(n2, seed + 3, 0.05, 1, quantum);
          if (outlier) {
            a[seed % n1] = outlier;
            b[(seed * 7) % n2] = -outlier;
          }
          expect(ksTest(a, b, { method: 'asymp' })).toEqual(ksTest(Array.from(a), Array.from(b), { method: 'asymp' }));
        },
      ),
      { numRuns: 40 },
    );
  });
});
