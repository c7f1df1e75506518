import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootstrapFairness,
  demographicParityDifference,
  demographicParityRatio,
  equalizedOddsDifference,
  equalizedOddsRatio,
  equalOpportunityDifference,
  metricFrame,
  selectionRate,
  type StatisticOptions,
} from '@sextant/core';
import { codeOf } from '../../support/errors';

// Reference computed with /usr/bin/python3: the same xoshiro128** stream re-implemented in Python (arbitrary-precision ints),
// the same stratified draws (Lemire's bounded integers), then NumPy for the selection rates, np.quantile (linear) and std(ddof=1).
const REF = {
  yTrue: [1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1],
  yPred: [1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1],
  sf: 'qqppqqqrrpqqppqrprqpqrrqprprrq'.split(''),
  value: 0.3333333333333333,
  lower: 0.11111111111111116,
  upper: 0.6680555555555552,
  standardError: 0.1693310207925377,
  bias: 0.06500000000000011,
};

describe('bootstrapFairness', () => {
  it('matches NumPy on the same resamples (seed 12345, 200 resamples, 90%)', () => {
    const ci = bootstrapFairness(demographicParityDifference, REF.yTrue, REF.yPred, {
      sensitiveFeatures: REF.sf,
      nBoot: 200,
      confidence: 0.9,
      seed: 12345,
    });
    expect(ci.value).toBeCloseTo(REF.value, 14);
    expect(ci.lower).toBeCloseTo(REF.lower, 12);
    expect(ci.upper).toBeCloseTo(REF.upper, 12);
    expect(ci.standardError).toBeCloseTo(REF.standardError, 12);
    expect(ci.bias).toBeCloseTo(REF.bias, 12);
    expect(ci).toMatchObject({ confidence: 0.9, nBoot: 200, seed: 12345 });
    expect(JSON.parse(JSON.stringify(ci))).toEqual(ci);
  });

  it('the same seed gives the same interval; another seed another one', () => {
    const o = { sensitiveFeatures: REF.sf, nBoot: 300 };
    const a = bootstrapFairness(equalizedOddsDifference, REF.yTrue, REF.yPred, { ...o, seed: 5 });
    const b = bootstrapFairness(equalizedOddsDifference, REF.yTrue, REF.yPred, { ...o, seed: 5 });
    const c = bootstrapFairness(equalizedOddsDifference, REF.yTrue, REF.yPred, { ...o, seed: 6 });
    expect(b).toEqual(a);
    expect(c.standardError).not.toBe(a.standardError);
    // Default seed is 0: deterministic without one.
    expect(bootstrapFairness(demographicParityRatio, REF.yTrue, REF.yPred, { sensitiveFeatures: REF.sf })).toEqual(
      bootstrapFairness(demographicParityRatio, REF.yTrue, REF.yPred, {
        sensitiveFeatures: REF.sf,
        seed: 0,
        nBoot: 1000,
        confidence: 0.95,
      }),
    );
  });

  it('the cell fast path equals calling the function on rebuilt arrays, weights included', () => {
    const w = REF.sf.map((_, i) => 0.5 + ((i * 37) % 11) / 4);
    for (const fn of [demographicParityDifference, equalizedOddsRatio, equalOpportunityDifference] as const) {
      for (const sampleWeight of [undefined, w]) {
        const o = { sensitiveFeatures: REF.sf, sampleWeight, nBoot: 150, seed: 77, method: 'to_overall' as const };
        const fast = bootstrapFairness(fn, REF.yTrue, REF.yPred, o);
        const slow = bootstrapFairness((t, p, opts: typeof o) => fn(t, p, opts), REF.yTrue, REF.yPred, o);
        expect(slow).toEqual(fast);
      }
    }
  });

  it('resamples within groups: every resample keeps each group and its size; options pass through without bootstrap keys', () => {
    const seen: Record<string, number>[] = [];
    const keys: string[][] = [];
    const stat = (_t: ArrayLike<unknown>, _p: ArrayLike<unknown>, o: StatisticOptions & { extra?: number }) => {
      const c: Record<string, number> = {};
      for (let i = 0; i < o.sensitiveFeatures.length; i++)
        c[String(o.sensitiveFeatures[i])] = (c[String(o.sensitiveFeatures[i])] ?? 0) + 1;
      seen.push(c);
      keys.push(Object.keys(o).sort());
      return o.extra ?? 0;
    };
    const sf = ['a', 'b', 'b', 'c', 'c', 'c'];
    const ci = bootstrapFairness(stat, [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0], {
      sensitiveFeatures: sf,
      extra: 2,
      nBoot: 50,
      seed: 3,
    });
    expect(ci).toMatchObject({ value: 2, lower: 2, upper: 2, standardError: 0, bias: 0 });
    expect(seen).toHaveLength(51);
    for (const c of seen) expect(c).toEqual({ a: 1, b: 2, c: 3 });
    for (const k of keys) expect(k).toEqual(['extra', 'sensitiveFeatures']);
  });

  it('works with any statistic, e.g. a metricFrame difference', () => {
    const stat = (t: ArrayLike<unknown>, p: ArrayLike<unknown>, o: StatisticOptions) =>
      metricFrame(selectionRate, t as number[], p as number[], o).difference;
    const ci = bootstrapFairness(stat, REF.yTrue, REF.yPred, {
      sensitiveFeatures: REF.sf,
      nBoot: 200,
      confidence: 0.9,
      seed: 12345,
    });
    expect(ci.lower).toBeCloseTo(REF.lower, 12);
    expect(ci.upper).toBeCloseTo(REF.upper, 12);
  });

  it('property: the interval contains the point estimate, and lower ≤ upper', () => {
    const row = fc.record({
      t: fc.integer({ min: 0, max: 1 }),
      p: fc.integer({ min: 0, max: 1 }),
      g: fc.constantFrom(0, 1, 2),
      w: fc.double({ min: 0.1, max: 5, noNaN: true }),
    });
    const fns = [
      demographicParityDifference,
      demographicParityRatio,
      equalizedOddsDifference,
      equalizedOddsRatio,
      equalOpportunityDifference,
    ];
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: fns.length - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer(),
        fc.boolean(),
        (rows, k, nBoot, confidence, seed, weighted) => {
          const o = {
            sensitiveFeatures: rows.map((r) => r.g),
            sampleWeight: weighted ? rows.map((r) => r.w) : undefined,
            nBoot,
            confidence,
            seed,
          };
          const t = rows.map((r) => r.t);
          const p = rows.map((r) => r.p);
          const ci = bootstrapFairness(fns[k], t, p, o);
          expect(ci.value).toBe(fns[k](t, p, o));
          expect(ci.lower).toBeLessThanOrEqual(ci.value);
          expect(ci.upper).toBeGreaterThanOrEqual(ci.value);
          expect(bootstrapFairness(fns[k], t, p, o)).toEqual(ci);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    ['empty', () => bootstrapFairness(demographicParityDifference, [], [], { sensitiveFeatures: [] }), 'EMPTY_INPUT'],
    [
      'NaN label beats bad nBoot',
      () => bootstrapFairness(demographicParityDifference, [NaN], [1], { sensitiveFeatures: ['a'], nBoot: 0 }),
      'NON_FINITE',
    ],
    [
      'nBoot 0',
      () => bootstrapFairness(demographicParityDifference, [1], [1], { sensitiveFeatures: ['a'], nBoot: 0 }),
      'INVALID_OPTION',
    ],
    [
      'confidence 1',
      () => bootstrapFairness(demographicParityDifference, [1], [1], { sensitiveFeatures: ['a'], confidence: 1 }),
      'INVALID_OPTION',
    ],
    [
      'fractional seed',
      () => bootstrapFairness(demographicParityDifference, [1], [1], { sensitiveFeatures: ['a'], seed: 0.5 }),
      'INVALID_OPTION',
    ],
    ['not a function', () => bootstrapFairness(42 as never, [1], [1], { sensitiveFeatures: ['a'] }), 'INVALID_OPTION'],
    [
      'bad nBoot beats zero weights',
      () => bootstrapFairness(demographicParityDifference, [1], [1], { sensitiveFeatures: ['a'], sampleWeight: [0], nBoot: -1 }),
      'INVALID_OPTION',
    ],
    [
      'bad nBoot beats bad labels (generic path)',
      () => bootstrapFairness(() => 0, [1], [1], { sensitiveFeatures: [null] as never, nBoot: 1.5 }),
      'INVALID_OPTION',
    ],
    ['missing sensitiveFeatures (generic path)', () => bootstrapFairness(() => 0, [1], [1], {} as never), 'INVALID_OPTION'],
    [
      'statistic NaN on a resample',
      () =>
        bootstrapFairness((_t, p) => (p.length && p[0] === 9 ? 0 : NaN), [1, 2], [9, 8], {
          sensitiveFeatures: ['a', 'a'],
          seed: 1,
        }),
      'UNDEFINED_METRIC',
    ],
  ])('refuses %s', (_n, f, code) => {
    expect(codeOf(f)).toBe(code);
  });
});
