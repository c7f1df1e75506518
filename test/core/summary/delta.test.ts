import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricDelta, metricTrend } from '@sextant/core';
import { codeOf, thrown } from '../../support/errors';

describe('metricDelta', () => {
  it('gives the change, the relative change and percentage points', () => {
    // 0.912 − 0.897 = 0.015 (1.5 percentage points); relative 0.015 / 0.897 = 0.016722…
    const d = metricDelta(0.912, 0.897, { percent: true });
    expect(d.change).toBeCloseTo(0.015, 15);
    expect(d.percentagePoints).toBeCloseTo(1.5, 12);
    expect(d.relativeChange).toBeCloseTo(0.015 / 0.897, 15);
    expect(d.direction).toBe('up');
    expect(d.assessment).toBe('better');
  });

  it('judges by higherIsBetter and leaves percentage points out for non-shares', () => {
    // 412 − 356 = 56 ms; 56 / 356 = 0.157303…
    const d = metricDelta(412, 356, { higherIsBetter: false });
    expect(d).toEqual({ change: 56, relativeChange: 56 / 356, percentagePoints: null, direction: 'up', assessment: 'worse' });
    expect(metricDelta(300, 356, { higherIsBetter: false }).assessment).toBe('better');
    expect(metricDelta(0.8, 0.9).assessment).toBe('worse');
  });

  it('uses |previous| so a negative base keeps the sign meaningful', () => {
    // −5 → −2 is up by 3; relative to |−5| = +0.6 (not −0.6 as (v − p) / p would say)
    expect(metricDelta(-2, -5).relativeChange).toBeCloseTo(0.6, 15);
  });

  it('has no relative change from a zero base, and is flat within flatWithin', () => {
    expect(metricDelta(5, 0).relativeChange).toBeNull();
    expect(metricDelta(0, 0)).toMatchObject({ change: 0, direction: 'flat', assessment: 'unchanged' });
    expect(metricDelta(0.9001, 0.9, { flatWithin: 0.0005 }).direction).toBe('flat');
    expect(metricDelta(0.901, 0.9, { flatWithin: 0.0005 }).direction).toBe('up');
    expect(metricDelta(0.899, 0.9, { flatWithin: 0.0005 }).direction).toBe('down');
  });

  it('refuses what it cannot answer, naming the argument', () => {
    expect(thrown(() => metricDelta(Number.NaN, 1)).message).toMatch(/^value must be a finite number/);
    expect(codeOf(() => metricDelta(Number.NaN, 1))).toBe('NON_FINITE');
    expect(codeOf(() => metricDelta(1, Number.POSITIVE_INFINITY))).toBe('NON_FINITE');
    expect(thrown(() => metricDelta('1' as unknown as number, 1)).code).toBe('INVALID_VALUE');
    expect(thrown(() => metricDelta(1, undefined as unknown as number)).message).toMatch(/^previous must be a number/);
    expect(codeOf(() => metricDelta(1, 2, { flatWithin: -1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => metricDelta(1, 2, { higherIsBetter: 'yes' as unknown as boolean }))).toBe('INVALID_OPTION');
    expect(codeOf(() => metricDelta(1, 2, { percent: 1 as unknown as boolean }))).toBe('INVALID_OPTION');
    expect(codeOf(() => metricDelta(1, 2, null as unknown as object))).toBe('INVALID_OPTION');
  });

  it('never hands out Infinity or NaN near the edge of the doubles', () => {
    // 1.7e308 − (−1.7e308) = 3.4e308 > Number.MAX_VALUE: refused, not Infinity.
    expect(thrown(() => metricDelta(1.7e308, -1.7e308)).code).toBe('INVALID_VALUE');
    // A representable change over a tiny base: the ratio overflows, so it is null.
    const d = metricDelta(1e300, 1e-300);
    expect(d.change).toBe(1e300);
    expect(d.relativeChange).toBeNull();
    // 1e307 in percentage points is 1e309: not representable, so null, never Infinity.
    expect(metricDelta(1e307, 0, { percent: true }).percentagePoints).toBeNull();
  });

  it('properties: direction is the sign of the change; every number out is finite or null', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e308, max: 1e308 });
    fc.assert(
      fc.property(finite, finite, fc.boolean(), fc.boolean(), (v, p, hib, percent) => {
        let d;
        try {
          d = metricDelta(v, p, { higherIsBetter: hib, percent });
        } catch (e) {
          expect(
            codeOf(() => {
              throw e;
            }),
          ).toBe('INVALID_VALUE');
          expect(Number.isFinite(v - p)).toBe(false);
          return;
        }
        expect(Number.isFinite(d.change)).toBe(true);
        expect(d.relativeChange === null || Number.isFinite(d.relativeChange)).toBe(true);
        expect(d.percentagePoints === null || Number.isFinite(d.percentagePoints)).toBe(true);
        expect(d.direction).toBe(d.change > 0 ? 'up' : d.change < 0 ? 'down' : 'flat');
        // Swapping which way is better swaps better and worse.
        const other = metricDelta(v, p, { higherIsBetter: !hib, percent }).assessment;
        if (d.assessment === 'unchanged') expect(other).toBe('unchanged');
        else expect(other).toBe(d.assessment === 'better' ? 'worse' : 'better');
      }),
    );
  });
});

describe('metricTrend', () => {
  it('summarises a short history and keeps every point', () => {
    const t = metricTrend([0.88, 0.9, 0.87, 0.91]);
    expect(t).toEqual({
      count: 4,
      first: 0.88,
      last: 0.91,
      min: 0.87,
      max: 0.91,
      minIndex: 2,
      maxIndex: 3,
      indices: [0, 1, 2, 3],
      values: [0.88, 0.9, 0.87, 0.91],
      positions: [0, 1 / 3, 2 / 3, 1],
      // (v − 0.87) / 0.04, computed as halves: 0.25, 0.75, 0, 1 to rounding
      scaled: t.scaled,
    });
    expect(t.scaled.map((y) => Math.round(y * 1e9) / 1e9)).toEqual([0.25, 0.75, 0, 1]);
  });

  it('downsamples long histories keeping each bucket’s min and max', () => {
    // maxPoints 4 → first, last, and one bucket over indices 1…5 (5, 2, 8, 3, 9): min at 2, max at 5.
    expect(metricTrend([1, 5, 2, 8, 3, 9, 4], { maxPoints: 4 }).indices).toEqual([0, 2, 5, 6]);
    const spike = new Float64Array(10_000).fill(1);
    spike[4321] = 50;
    const t = metricTrend(spike, { maxPoints: 60 });
    expect(t.indices.length).toBeLessThanOrEqual(60);
    expect(t.indices).toContain(4321);
    expect(t.max).toBe(50);
    expect(t.maxIndex).toBe(4321);
  });

  it('places points in the unit square without overflow, flat histories at mid-height', () => {
    expect(metricTrend([7]).positions).toEqual([1]);
    expect(metricTrend([7, 7, 7]).scaled).toEqual([0.5, 0.5, 0.5]);
    // max − min = 3.4e308 overflows; halves do not: −1.7e308 → 0, 0 → 0.5, 1.7e308 → 1.
    expect(metricTrend([-1.7e308, 0, 1.7e308]).scaled).toEqual([0, 0.5, 1]);
  });

  it('refuses bad histories at the first bad index, fast on hostile lengths', () => {
    expect(thrown(() => metricTrend([1, Number.NaN, 2])).message).toBe('history[1] is NaN; numeric inputs must be finite');
    expect(thrown(() => metricTrend([1, '2' as unknown as number])).message).toBe('history[1] must be a number, got "2"');
    expect(codeOf(() => metricTrend([]))).toBe('EMPTY_INPUT');
    expect(codeOf(() => metricTrend('abc' as unknown as number[]))).toBe('INVALID_VALUE');
    expect(codeOf(() => metricTrend({ length: 1e9 } as ArrayLike<number>))).toBe('INVALID_VALUE');
    // Refused from its length alone (not an array-like: issue 15's shared check), before any read.
    expect(codeOf(() => metricTrend({ length: 2 ** 53 - 1 } as ArrayLike<number>))).toBe('INVALID_VALUE');
    expect(codeOf(() => metricTrend({ length: -1 } as ArrayLike<number>))).toBe('INVALID_VALUE');
    expect(codeOf(() => metricTrend([1, 2], { maxPoints: 3 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => metricTrend([1, 2], { maxPoints: 2.5 }))).toBe('INVALID_OPTION');
  });

  it('properties: indices ascend, stay in budget, and hold first, last, min and max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 4, max: 50 }),
        (xs, maxPoints) => {
          const t = metricTrend(xs, { maxPoints });
          expect(t.indices.length).toBeLessThanOrEqual(maxPoints);
          for (let i = 1; i < t.indices.length; i++) expect(t.indices[i]).toBeGreaterThan(t.indices[i - 1]);
          expect(t.indices[0]).toBe(0);
          expect(t.indices.at(-1)).toBe(xs.length - 1);
          expect(t.values).toEqual(t.indices.map((i) => xs[i]));
          for (const y of t.scaled) expect(y >= 0 && y <= 1).toBe(true);
          for (const x of t.positions) expect(x >= 0 && x <= 1).toBe(true);
          // == so that the first of 0 and −0 counts as the minimum either way.
          expect(t.min == Math.min(...xs)).toBe(true);
          expect(t.max == Math.max(...xs)).toBe(true);
          expect(t.values).toContain(t.min);
          expect(t.values).toContain(t.max);
        },
      ),
    );
  });
});
