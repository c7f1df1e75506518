import { describe, expect, it } from 'vitest';
import { chiSquareTest, jensenShannonDistance, ksTest, populationStabilityIndex } from '@sextant/core';

// API.md "Edge rules"; every expected value below is by hand.
describe('drift edge rules', () => {
  it('PSI: every value of both samples equal → one bin and value 0, for every binning', () => {
    expect(populationStabilityIndex([3, 3, 3], [3, 3])).toMatchObject({
      value: 0,
      edges: [-Infinity, Infinity],
      referenceShare: [1],
      currentShare: [1],
      contributions: [0],
    });
    expect(populationStabilityIndex([3, 3], [3], { binning: 'uniform', bins: 7 })).toMatchObject({
      value: 0,
      edges: [3, 3],
      referenceCount: [2],
    });
    // numpy.histogram_bin_edges([3, 3, 3], 'sturges') is [2.5, 3.5]
    expect(populationStabilityIndex([3, 3], [3], { binning: 'sturges' })).toMatchObject({
      value: 0,
      edges: [2.5, 3.5],
      currentCount: [1],
    });
  });

  it('PSI: a constant reference and a moved current keep the quantile edge and use epsilon for the empty share', () => {
    const r = populationStabilityIndex([1, 1, 1, 1], [2, 2]);
    expect(r.edges).toEqual([-Infinity, 1, Infinity]);
    expect(r.referenceShare).toEqual([1e-4, 1]);
    expect(r.currentShare).toEqual([1e-4, 1]);
    expect(r.value).toBe(0);
    const s = populationStabilityIndex([1, 1, 1, 1], [0, 0]);
    expect(s.currentShare).toEqual([1, 1e-4]);
    // (1 − 1e-4)·ln(1/1e-4) + (1e-4 − 1)·ln(1e-4/1)
    expect(s.value).toBeCloseTo(2 * (1 - 1e-4) * Math.log(1e4), 12);
  });

  it('PSI: the last uniform bin includes its right edge', () => {
    const r = populationStabilityIndex([0, 1, 2, 3, 4], [4, 4], { binning: 'uniform', bins: 4 });
    expect(r.edges).toEqual([0, 1, 2, 3, 4]);
    expect(r.referenceCount).toEqual([1, 1, 1, 2]);
    expect(r.currentCount).toEqual([0, 0, 0, 2]);
  });

  it('chiSquareTest: one category → statistic 0, p-value 1, dof 0; categories compare by strict identity', () => {
    expect(chiSquareTest(['a', 'a'], ['a'])).toMatchObject({ statistic: 0, pValue: 1, dof: 0 });
    const r = chiSquareTest([1, '1', true], [1, '1', true]);
    expect(r.dof).toBe(2);
    expect(r.categories).toEqual([1, '1', true]);
    expect(r.statistic).toBeCloseTo(0, 15);
  });

  it('ksTest: identical samples → statistic 0 and p-value 1 by every method', () => {
    for (const method of ['auto', 'exact', 'asymp'] as const) {
      expect(ksTest([1, 2, 2, 3], [3, 2, 1, 2], { method })).toMatchObject({ statistic: 0, pValue: 1 });
    }
  });

  it('jensenShannonDistance: disjoint supports reach the bound sqrt(ln 2 / ln base)', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], { base: 2 })).toBe(1);
    expect(jensenShannonDistance([0, 3], [5, 0])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
  });
});
