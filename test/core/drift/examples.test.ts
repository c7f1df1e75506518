/** The @example blocks of the drift exports, run as written; expected values checked with SciPy (see comments). */
import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  detectDrift,
  driftOverTime,
  jensenShannonDistance,
  ksTest,
  populationStabilityIndex,
  wassersteinDistance,
} from '@sextant/core';
import { normalCdf, normalSf } from '../../../packages/core/src/internal/special';

describe('TSDoc examples', () => {
  it('ksTest', () => {
    // scipy.stats.ks_2samp([0.1, 0.4, 0.7, 0.9], [0.5, 1.2, 1.5, 1.9, 2.2]) → 0.8, 0.07936507936507936, location 0.9, sign 1
    expect(ksTest([0.1, 0.4, 0.7, 0.9], [0.5, 1.2, 1.5, 1.9, 2.2])).toEqual({
      statistic: 0.8,
      pValue: 0.07936507936507936,
      method: 'exact',
      statisticLocation: 0.9,
      statisticSign: 1,
    });
  });

  it('wassersteinDistance', () => {
    // scipy.stats.wasserstein_distance: 5.0 and 0.5
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBe(5);
    expect(wassersteinDistance([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [1, 3] })).toBe(0.5);
  });

  it('jensenShannonDistance', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], { base: 2 })).toBe(1);
    expect(jensenShannonDistance([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('populationStabilityIndex', () => {
    // NumPy: quantile edges [2.75, 4.5, 6.25], PSI 4.45976434056003
    const r = populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 4 });
    expect(r.value).toBeCloseTo(4.45976434056003, 12);
    expect(r.contributions[0] + r.contributions[1]).toBeCloseTo(3.9104581962, 9);
  });

  it('chiSquareTest', () => {
    // the public golden case chiSquareTest/small: 5.4, 0.06720551273974976
    const r = chiSquareTest(['a', 'b', 'b', 'c'], ['a', 'a', 'c', 'c', 'c']);
    expect(r).toMatchObject({
      statistic: 5.4,
      dof: 2,
      categories: ['a', 'b', 'c'],
      observed: [2, 0, 3],
      expected: [1.25, 2.5, 1.25],
    });
    expect(r.pValue).toBeCloseTo(0.06720551273974976, 15);
  });

  it('detectDrift', () => {
    const reference = { age: [31, 45, 27, 52, 38, 41, 29, 60], plan: ['a', 'b', 'a', 'a', 'b', 'a', 'b', 'a'] };
    const current = { age: [61, 70, 58, 66, 72, 69, 75, 64], plan: ['b', 'b', 'b', 'a', 'b', 'b', 'b', 'b'] };
    const report = detectDrift(reference, current);
    // ks_2samp(age) p = 0.002486402486402486; Evidently's Z-test on plan: p = 0.0388671038124173
    expect(report.features[0]).toMatchObject({ name: 'age', method: 'ks', drifted: true });
    expect(report.features[0].score).toBeCloseTo(0.002486402486402486, 15);
    expect(report.features[0].reason).toMatch(/^default: numeric with > 5 distinct values/);
    expect(report.features[1].method).toBe('z-test');
    expect(report.features[1].score).toBeCloseTo(0.038867103812417314, 14);
    expect(report.datasetDrift).toBe(true);
  });

  it('driftOverTime', () => {
    const reference = { score: Array.from({ length: 200 }, (_, i) => (i % 20) / 20) };
    const batches = [0, 0, 0.5, 0.5, 0].map((shift, d) => ({
      at: `2026-03-0${d + 1}T00:00:00Z`,
      columns: { score: Array.from({ length: 50 }, (_, i) => (i % 20) / 20 + shift) },
    }));
    const { series, alerts } = driftOverTime(reference, batches);
    expect(alerts.map(({ at, feature, kind }) => ({ at, feature, kind }))).toEqual([
      { at: '2026-03-03T00:00:00Z', feature: 'score', kind: 'start' },
      { at: '2026-03-05T00:00:00Z', feature: 'score', kind: 'end' },
    ]);
    expect(series.score.map((p) => p.drifted)).toEqual([false, false, true, true, false]);
  });

  it('normalSf / normalCdf', () => {
    // scipy.stats.norm.ppf(0.975) = 1.959963984540054
    expect(normalSf(1.959963984540054)).toBeCloseTo(0.025, 15);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 15);
  });
});
