// driftChartModel reads each `at` as the ISO string driftOverTime writes or as epoch
// milliseconds (the project's other instant form): a long stored history of scores is charted
// without formatting 100k dates only to parse them again.
import { driftChartModel, type DriftOverTimeResult } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1); // 2026-03-01T00:00:00Z
const scores = [0.02, 0.15, 0.05, 0.3, 0.01];
const feature = {
  name: 'age',
  kind: 'numeric',
  method: 'wasserstein',
  threshold: 0.1,
  scoreType: 'distance',
  reason: '',
} as const;

function result(at: (i: number) => string | number, alertAt: (i: number) => string | number): DriftOverTimeResult {
  return {
    series: { age: scores.map((score, i) => ({ at: at(i), score, drifted: score >= 0.1 })) },
    alerts: [
      { at: alertAt(1), feature: 'age', kind: 'start', score: 0.15 },
      { at: alertAt(2), feature: 'age', kind: 'end', score: 0.05 },
    ],
    dataset: [],
    features: [feature],
  } as unknown as DriftOverTimeResult;
}

describe('driftChartModel with epoch-millisecond instants', () => {
  const iso = (i: number) => new Date(T0 + i * DAY).toISOString();
  const ms = (i: number) => T0 + i * DAY;

  it('gives the same model as the ISO strings of the same instants', () => {
    const fromIso = driftChartModel(result(iso, iso), 'age');
    const fromMs = driftChartModel(result(ms, ms), 'age');
    expect(fromMs.times).toEqual(fromIso.times);
    expect(fromMs.times[0]).toBe(T0);
    expect(fromMs.visible).toEqual([0, 1, 2, 3, 4]);
    // Batch 1 (0.15) and 3 (0.3) are ≥ 0.1; the axis top is the largest score, 0.3.
    expect(fromMs.driftedCount).toBe(2);
    expect(fromMs.yMax).toBe(0.3);
    expect(fromMs.alerts.map((a) => [a.index, a.t, a.kind])).toEqual(fromIso.alerts.map((a) => [a.index, a.t, a.kind]));
    expect(fromMs.alerts.map((a) => a.index)).toEqual([1, 2]);
  });

  it('mixes both forms', () => {
    const m = driftChartModel(
      result((i) => (i % 2 ? iso(i) : ms(i)), iso),
      'age',
    );
    expect([...m.times]).toEqual(scores.map((_, i) => T0 + i * DAY));
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['past the range of Date', 8.64e15 + 1],
    ['a numeric string that is not ISO', '1772323200000'],
  ])('refuses %s with INVALID_VALUE naming the batch', (_, bad) => {
    const e = thrown(() =>
      driftChartModel(
        result((i) => (i === 3 ? (bad as number) : ms(i)), ms),
        'age',
      ),
    );
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('result.series["age"][3].at');
  });

  it('still refuses instants out of order', () => {
    const e = thrown(() =>
      driftChartModel(
        result((i) => (i === 2 ? ms(1) : ms(i)), ms),
        'age',
      ),
    );
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('[2].at is not after the batch before it');
  });
});
