import {
  accuracyScore,
  bootstrapFairness,
  fairnessChartModel,
  fairnessGroupOrder,
  metricFrame,
  selectionRate,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../support/errors';

// 3 regions; the model approves the south less often.
const n = 300;
const region = Array.from({ length: n }, (_, i) => (['north', 'south', '__proto__'] as const)[i % 3]);
const yTrue = Array.from({ length: n }, (_, i) => ((i * 7) % 10 < 5 ? 1 : 0));
const yPred = yTrue.map((y, i) => (region[i] === 'south' && i % 4 === 0 ? 0 : (i * 13) % 10 < 8 ? y : 1 - y));

describe('fairnessChartModel', () => {
  const m = fairnessChartModel(accuracyScore, yTrue, yPred, { sensitiveFeatures: region, nBoot: 200, seed: 7 });
  const mf = metricFrame(accuracyScore, yTrue, yPred, { sensitiveFeatures: region });

  it('values are metricFrame’s, in its group order, hostile keys included', () => {
    expect(m.groups.map((g) => g.key)).toEqual(Object.keys(mf.byGroup));
    expect(m.groups.map((g) => g.value)).toEqual(Object.values(mf.byGroup));
    expect(m.overall).toBe(mf.overall);
    expect(m.difference.value).toBe(mf.difference);
    expect(m.groups.map((g) => g.count)).toEqual([100, 100, 100]);
  });

  it('each interval is bootstrapFairness of the metric on that group’s rows, containing the value', () => {
    const idx = region.map((r, i) => (r === 'south' ? i : -1)).filter((i) => i >= 0);
    const ci = bootstrapFairness(
      (t, p) => accuracyScore(t, p),
      idx.map((i) => yTrue[i]),
      idx.map((i) => yPred[i]),
      {
        sensitiveFeatures: idx.map(() => 'south'),
        nBoot: 200,
        seed: 7,
      },
    );
    const south = m.groups.find((g) => g.key === 'south')!;
    expect([south.lower, south.upper]).toEqual([ci.lower, ci.upper]);
    for (const g of m.groups) {
      expect(g.lower).toBeLessThanOrEqual(g.value);
      expect(g.upper).toBeGreaterThanOrEqual(g.value);
    }
    expect(m.difference.lower).toBeLessThanOrEqual(m.difference.value);
  });

  it('names the largest gap by direction', () => {
    const values = m.groups.map((g) => g.value);
    const best = m.groups[values.indexOf(Math.max(...values))].key;
    const worst = m.groups[values.indexOf(Math.min(...values))].key;
    expect(m.gap).toEqual({ best, worst, difference: Math.max(...values) - Math.min(...values) });
    const lower = fairnessChartModel(selectionRate, yTrue, yPred, {
      sensitiveFeatures: region,
      nBoot: 50,
      higherIsBetter: false,
    });
    const sr = metricFrame(selectionRate, yTrue, yPred, { sensitiveFeatures: region }).byGroup;
    expect(sr[lower.gap.best]).toBe(Math.min(...Object.values(sr)));
  });

  it('is deterministic for a seed', () => {
    expect(fairnessChartModel(accuracyScore, yTrue, yPred, { sensitiveFeatures: region, nBoot: 200, seed: 7 })).toEqual(m);
  });

  it('orders groups by value or size, ties in model order', () => {
    const gs = [
      { key: 'a', value: 0.7, lower: 0, upper: 1, count: 5 },
      { key: 'b', value: 0.9, lower: 0, upper: 1, count: 2 },
      { key: 'c', value: 0.7, lower: 0, upper: 1, count: 9 },
    ];
    expect(fairnessGroupOrder(gs, 'value', 'desc')).toEqual([1, 0, 2]);
    expect(fairnessGroupOrder(gs, 'value', 'asc')).toEqual([0, 2, 1]);
    expect(fairnessGroupOrder(gs, 'count', 'desc')).toEqual([2, 0, 1]);
    expect(fairnessGroupOrder(gs, 'group', 'desc')).toEqual([2, 1, 0]);
  });

  it('refuses what metricFrame refuses', () => {
    expect(codeOf(() => fairnessChartModel(accuracyScore, [1, 0], [1], { sensitiveFeatures: ['a', 'b'] }))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(codeOf(() => fairnessChartModel(accuracyScore, [1, 0], [1, 0], { sensitiveFeatures: ['a', 'b'], nBoot: 0 }))).toBe(
      'INVALID_OPTION',
    );
  });
});
