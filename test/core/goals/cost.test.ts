import { costPerPrediction, resourceUtilisation } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 1);

describe('costPerPrediction', () => {
  const period = { from: '2026-03-01T00:00:00Z', to: '2026-03-11T00:00:00Z' }; // 10 days
  it('divides the period total by the predictions; numbers are taken as the period total', () => {
    const r = costPerPrediction({ cost: 250, predictions: 100_000, ...period });
    expect(r).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-11T00:00:00.000Z',
      days: 10,
      unit: null,
      cost: 250,
      predictions: 100_000,
      costPerPrediction: 0.0025,
      costPerThousand: 2.5,
      costPerDay: 25,
      predictionsPerDay: 10_000,
      byResource: [],
    });
  });
  it('counts only records in [from, to) and breaks cost down by resource', () => {
    const r = costPerPrediction({
      cost: [
        { at: '2026-02-28T23:59:59Z', amount: 1000, resource: 'gpu' }, // before
        { at: '2026-03-01T00:00:00Z', amount: 60, resource: 'gpu' },
        { at: '2026-03-05T00:00:00+05:00', amount: 30 }, // 'other'
        { at: '2026-03-10T23:00:00Z', amount: 10, resource: '__proto__' },
        { at: '2026-03-11T00:00:00Z', amount: 500, resource: 'gpu' }, // at `to`: out
      ],
      predictions: [
        { at: T0 - 1, count: 7 },
        { at: T0, count: 300 },
        { at: T0 + 240 * H - 1, count: 700 },
      ],
      ...period,
      unit: 'EUR',
    });
    expect(r.cost).toBe(100);
    expect(r.predictions).toBe(1000);
    expect(r.costPerPrediction).toBe(0.1);
    expect(r.unit).toBe('EUR');
    expect(r.byResource).toEqual([
      { resource: 'gpu', cost: 60, share: 0.6 },
      { resource: 'other', cost: 30, share: 0.3 },
      { resource: '__proto__', cost: 10, share: 0.1 },
    ]);
  });
  it('no predictions → null per prediction, not Infinity', () => {
    const r = costPerPrediction({ cost: 40, predictions: [], ...period });
    expect([r.costPerPrediction, r.costPerThousand, r.predictionsPerDay]).toEqual([null, null, 0]);
  });
  it('refuses bad records, overflow and counts past 2^53', () => {
    expect(codeOf(() => costPerPrediction({ cost: -1, predictions: 1, ...period }))).toBe('INVALID_VALUE');
    expect(codeOf(() => costPerPrediction({ cost: 1, predictions: 1.5, ...period }))).toBe('INVALID_VALUE');
    expect(codeOf(() => costPerPrediction({ cost: NaN, predictions: 1, ...period }))).toBe('NON_FINITE');
    expect(codeOf(() => costPerPrediction({ cost: 1, predictions: 1, from: period.to, to: period.from }))).toBe(
      'INVALID_INTERVAL',
    );
    expect(codeOf(() => costPerPrediction({ cost: 1, predictions: 1, from: '2026-03-01', to: period.to }))).toBe(
      'INVALID_OPTION',
    );
    const e = thrown(() =>
      costPerPrediction({
        cost: [
          { at: 0, amount: 1 },
          { at: 'x', amount: 1 },
        ],
        predictions: 1,
        ...period,
      }),
    );
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'input.cost[1].at']);
    const big = [
      { at: T0, amount: 1.7e308 },
      { at: T0, amount: 1.7e308 },
    ];
    expect(thrown(() => costPerPrediction({ cost: big, predictions: 1, ...period })).argument).toBe('input.cost[1]');
    expect(codeOf(() => costPerPrediction({ cost: 1.7e308, predictions: 1, ...period }))).toBe('INVALID_VALUE'); // per thousand
    const many = [
      { at: T0, count: Number.MAX_SAFE_INTEGER },
      { at: T0, count: 1 },
    ];
    expect(codeOf(() => costPerPrediction({ cost: 1, predictions: many, ...period }))).toBe('INVALID_VALUE');
    expect(codeOf(() => costPerPrediction({ cost: { length: 2 ** 53 - 1 } as never, predictions: 1, ...period }))).toBe(
      'INVALID_VALUE',
    );
  });
});

describe('resourceUtilisation', () => {
  const gpu = (hour: number, u: number) => ({ resource: 'gpu', at: T0 + hour * H, used: u * 100, capacity: 100 });
  it('time-weights the step function (numpy: average and quantile inverted_cdf with weights)', () => {
    // u = [0.1, 0.9, 0.5, 0.02, 0.7] held for [3, 1, 4, 2, 10] hours (the last until `to`).
    // np.average(u, weights=w) = 0.512; np.quantile(u, 0.95, method='inverted_cdf', weights=w) = 0.7
    const samples = [gpu(10, 0.7), gpu(0, 0.1), gpu(4, 0.5), gpu(3, 0.9), gpu(8, 0.02)]; // any order
    const r = resourceUtilisation(samples, { to: T0 + 20 * H });
    const g = r.resources[0];
    expect(g.resource).toBe('gpu');
    expect(g.mean).toBeCloseTo(0.512, 12);
    expect(g.p95).toBe(0.7);
    expect(g.peak).toBe(0.9);
    expect(g.idleShare).toBeCloseTo(2 / 20, 12);
    expect([g.samples, g.coveredMs]).toEqual([5, 20 * H]);
    // Weights [3, 10, 4, 2, 1]: np.quantile(..., weights) = 0.9, np.average = 0.602
    const r2 = resourceUtilisation([gpu(0, 0.1), gpu(3, 0.9), gpu(13, 0.5), gpu(17, 0.02), gpu(19, 0.7)], { to: T0 + 20 * H });
    expect(r2.resources[0].p95).toBe(0.9);
    expect(r2.resources[0].mean).toBeCloseTo(0.602, 12);
  });
  it('clips to [from, to); without `to` the last sample carries no weight', () => {
    const s = [gpu(0, 0.2), gpu(10, 0.6), gpu(20, 1)];
    const open = resourceUtilisation(s).resources[0];
    expect([open.mean, open.peak, open.samples, open.coveredMs]).toEqual([0.4, 1, 2, 20 * H]); // the last sample is seen (peak) but holds no time
    // From hour 5 to 15: 0.2 for 5 h, 0.6 for 5 h.
    const mid = resourceUtilisation(s, { from: T0 + 5 * H, to: T0 + 15 * H }).resources[0];
    expect(mid.mean).toBeCloseTo(0.4, 12);
    expect(mid.coveredMs).toBe(10 * H);
  });
  it('a single sample counts as itself; resources keep their names and first-seen order', () => {
    const r = resourceUtilisation([
      { resource: 'memory', at: T0, used: 0, capacity: 64 },
      { resource: '__proto__', at: T0, used: 48, capacity: 64 },
      { resource: 'constructor', at: T0 + H, used: 1, capacity: 4 },
    ]);
    expect(r.resources.map((x) => [x.resource, x.mean, x.idleShare, x.coveredMs])).toEqual([
      ['memory', 0, 1, 0],
      ['__proto__', 0.75, 0, 0],
      ['constructor', 0.25, 0, 0],
    ]);
    expect(Object.getPrototypeOf(r.resources[1])).toBe(Object.prototype);
  });
  it('property: mean, p95 and peak are ordered and in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ h: fc.integer({ min: 0, max: 100 }), u: fc.integer({ min: 0, max: 100 }) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const r = resourceUtilisation(
            rows.map((x) => ({ resource: 'cpu', at: T0 + x.h * H, used: x.u, capacity: 100 })),
            { to: T0 + 101 * H },
          ).resources[0];
          expect(r.mean).toBeGreaterThanOrEqual(0);
          expect(r.mean).toBeLessThanOrEqual(r.peak + 1e-12);
          expect(r.p95).toBeLessThanOrEqual(r.peak);
          expect(r.peak).toBeLessThanOrEqual(1);
          expect(r.idleShare).toBeGreaterThanOrEqual(0);
          expect(r.idleShare).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
  it('refuses bad samples and options', () => {
    expect(codeOf(() => resourceUtilisation([]))).toBe('EMPTY_INPUT');
    expect(codeOf(() => resourceUtilisation([{ resource: 'g', at: T0, used: 5, capacity: 4 }]))).toBe('INVALID_VALUE');
    expect(codeOf(() => resourceUtilisation([{ resource: 'g', at: T0, used: 0, capacity: 0 }]))).toBe('INVALID_VALUE');
    expect(codeOf(() => resourceUtilisation([{ resource: 'g', at: T0, used: Infinity, capacity: 1 }]))).toBe('NON_FINITE');
    expect(codeOf(() => resourceUtilisation([{ resource: '', at: T0, used: 0, capacity: 1 }]))).toBe('INVALID_VALUE');
    expect(codeOf(() => resourceUtilisation([gpu(0, 0)], { idleBelow: -1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => resourceUtilisation([gpu(0, 0)], { from: T0, to: T0 }))).toBe('INVALID_INTERVAL');
    const e = thrown(() => resourceUtilisation({ length: 2 ** 53 - 1 } as never));
    expect(e.code).toBe('INVALID_VALUE');
    // Near 1e308: used/capacity stays in [0, 1].
    expect(resourceUtilisation([{ resource: 'g', at: T0, used: 1.7e308, capacity: 1.79e308 }]).resources[0].mean).toBeCloseTo(
      1.7 / 1.79,
      12,
    );
  });
});
