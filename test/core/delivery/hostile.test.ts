/** Issue 15 (items 1, 3, 7) in delivery: early refusals, no overflow, no raw RangeError/TypeError. */
import { describe, expect, it } from 'vitest';
import { deliveryScorecard, deliveryScorecardView, deliveryTrend, deploymentFrequency } from '@sextant/core';
import { thrown } from '../../support/errors';

const period = { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z' };
const card = () =>
  deliveryScorecard({ deployments: [{ id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' }] }, { ...period, buckets: 2 });

describe('delivery refuses early', () => {
  it('{ length: 1e9 } of absent records is refused at index 0 before columns are allocated', () => {
    const e = thrown(() => deploymentFrequency({ length: 1e9 } as never, period));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'deployments[0]', index: 0 });
    // a valid first record does not let the rest through
    const arr = { length: 1e9, 0: { id: 'd1', at: '2026-03-02T09:00:00Z', status: 'success' } };
    expect(thrown(() => deploymentFrequency(arr as never, period))).toMatchObject({ index: 1 });
  });
});

describe('deliveryTrend near ±1.8e308', () => {
  it('a change or relative change beyond the largest double is refused, not ±Infinity', () => {
    // relative change (1e308 − 1e-300)/1e-300 ≈ 1e608: refused
    expect(thrown(() => deliveryTrend('changeFailureRate', 1e308, 1e-300)).code).toBe('INVALID_VALUE');
    // change = 1.5e308 − (−1e308) overflows: refused with the reason, not ±Infinity
    const e = thrown(() => deliveryTrend('changeFailureRate', 1.5e308, -1e308));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'current' });
    expect(e.message).toMatch(/beyond the largest finite number/);
    // 1e308 vs 5e307: change 5e307, relative change 1 — unaffected
    expect(deliveryTrend('deploymentFrequency', 1e308, 5e307)).toMatchObject({ change: 5e307, relativeChange: 1 });
  });
});

describe('deliveryScorecardView checks the card it is given', () => {
  it('a bucket start outside the range of Date is INVALID_VALUE, not a raw RangeError', () => {
    const c = card();
    const e = thrown(() => deliveryScorecardView({ ...c, bucketStarts: ['+275760-09-13T00:00:00.001Z', c.bucketStarts[1]] }));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'card.bucketStarts', index: 0 });
  });

  it('keys and series of the wrong type are named (they threw raw TypeErrors)', () => {
    const c = card();
    expect(thrown(() => deliveryScorecardView({ ...c, keys: new Map() as never })).message).toMatch(
      /card\.keys must be an array of keys; got a Map/,
    );
    const keys = c.keys.map((k, i) => (i === 0 ? { ...k, series: new BigInt64Array(2) as never } : k));
    expect(thrown(() => deliveryScorecardView({ ...c, keys })).message).toMatch(/card\.keys\[0\]\.series .* got a BigInt64Array/);
  });

  it('a series spanning ±1.7e308 scales to [0, 1] (it gave NaN)', () => {
    const c = card();
    const keys = c.keys.map((k, i) => (i === 0 ? { ...k, series: [-1.7e308, 1.7e308] } : k));
    expect(deliveryScorecardView({ ...c, keys }).tiles[0].spark).toEqual([0, 1]);
    // unchanged on ordinary data: the example's 0.5 and 0 per week → [1, 0]
    expect(deliveryScorecardView(c).tiles[0].spark).toEqual([1, 0]);
  });
});
