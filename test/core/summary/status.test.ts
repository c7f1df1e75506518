import { statusFromTarget, type DeliveryStatus } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const RANK: Record<DeliveryStatus, number> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

describe('statusFromTarget: hand-computed cases', () => {
  it('higher is better (the default): meet the target, miss by ≤ tolerance·|target|, or more', () => {
    // target 100, tolerance 0.05 → at risk down to 100 − 5 = 95 inclusive.
    expect(statusFromTarget(120, { target: 100 })).toBe('on-track');
    expect(statusFromTarget(100, { target: 100 })).toBe('on-track');
    expect(statusFromTarget(97, { target: 100 })).toBe('at-risk');
    expect(statusFromTarget(95, { target: 100 })).toBe('at-risk');
    expect(statusFromTarget(94.5, { target: 100 })).toBe('off-track');
    // tolerance 0.2 → at risk down to 80.
    expect(statusFromTarget(80, { target: 100, tolerance: 0.2 })).toBe('at-risk');
    expect(statusFromTarget(79, { target: 100, tolerance: 0.2 })).toBe('off-track');
    // tolerance 0: any miss is off track.
    expect(statusFromTarget(99.5, { target: 100, tolerance: 0 })).toBe('off-track');
  });

  it('lower is better: the shortfall is value − target', () => {
    // target 300 ms, tolerance 0.05 → at risk up to 315.
    expect(statusFromTarget(250, { target: 300, higherIsBetter: false })).toBe('on-track');
    expect(statusFromTarget(300, { target: 300, higherIsBetter: false })).toBe('on-track');
    expect(statusFromTarget(310, { target: 300, higherIsBetter: false })).toBe('at-risk');
    expect(statusFromTarget(315, { target: 300, higherIsBetter: false })).toBe('at-risk');
    expect(statusFromTarget(420, { target: 300, higherIsBetter: false })).toBe('off-track');
  });

  it('target 0 takes the tolerance as an absolute amount; a negative target uses |target|', () => {
    expect(statusFromTarget(0, { target: 0 })).toBe('on-track');
    expect(statusFromTarget(-0.04, { target: 0 })).toBe('at-risk'); // short by 0.04 ≤ 0.05
    expect(statusFromTarget(-0.06, { target: 0 })).toBe('off-track');
    expect(statusFromTarget(0.04, { target: 0, higherIsBetter: false })).toBe('at-risk');
    // target −10 → at risk down to −10 − 0.05·10 = −10.5.
    expect(statusFromTarget(-10.5, { target: -10 })).toBe('at-risk');
    expect(statusFromTarget(-10.75, { target: -10 })).toBe('off-track');
  });

  it('the TSDoc example', () => {
    expect(statusFromTarget(0.91, { target: 0.9 })).toBe('on-track');
    expect(statusFromTarget(0.87, { target: 0.9 })).toBe('at-risk'); // short by 0.03 ≤ 0.045
    expect(statusFromTarget(420, { target: 300, higherIsBetter: false })).toBe('off-track');
  });

  it('refuses a value that is not a finite number (NON_FINITE) and bad options (INVALID_OPTION)', () => {
    for (const v of [Number.NaN, Infinity, -Infinity, '1', null, undefined]) {
      expect(
        codeOf(() => statusFromTarget(v as number, { target: 1 })),
        String(v),
      ).toBe('NON_FINITE');
    }
    const e = thrown(() => statusFromTarget(1, { target: Number.NaN }));
    expect([e.code, e.argument]).toEqual(['INVALID_OPTION', 'options.target']);
    expect(thrown(() => statusFromTarget(1, { target: 1, tolerance: -0.1 })).argument).toBe('options.tolerance');
    expect(codeOf(() => statusFromTarget(1, { target: 1, tolerance: Infinity }))).toBe('INVALID_OPTION');
    expect(codeOf(() => statusFromTarget(1, undefined as never))).toBe('INVALID_OPTION');
    // The value is checked first.
    expect(codeOf(() => statusFromTarget(Number.NaN, { target: Number.NaN }))).toBe('NON_FINITE');
    // A truthy string was read as true.
    expect(thrown(() => statusFromTarget(1, { target: 2, higherIsBetter: 'no' as never })).argument).toBe(
      'options.higherIsBetter',
    );
  });

  it('compares without overflow when value and target lie near opposite ends of the doubles', () => {
    // Lower is better, value 1.7e308, target −1.7e308: the shortfall is 3.4e308 (past the
    // largest double, 1.797e308). Allowed with tolerance 1.1: 1.1 × 1.7e308 = 1.87e308 < 3.4e308 → off track
    // (the overflowing Infinity ≤ Infinity said at risk).
    expect(statusFromTarget(1.7e308, { target: -1.7e308, higherIsBetter: false, tolerance: 1.1 })).toBe('off-track');
    // Tolerance 3: allowed 5.1e308 ≥ 3.4e308 → at risk.
    expect(statusFromTarget(1.7e308, { target: -1.7e308, higherIsBetter: false, tolerance: 3 })).toBe('at-risk');
    // Higher is better, mirrored: target 1.7e308, value −1.7e308.
    expect(statusFromTarget(-1.7e308, { target: 1.7e308, tolerance: 1.1 })).toBe('off-track');
    expect(statusFromTarget(-1.7e308, { target: 1.7e308, tolerance: 2 })).toBe('at-risk');
    // Target 0 keeps its absolute tolerance: shortfall 1.7e308 against 1e308 → off track.
    expect(statusFromTarget(1.7e308, { target: 0, higherIsBetter: false, tolerance: 1e308 })).toBe('off-track');
  });
});

describe('statusFromTarget: properties', () => {
  const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const tol = fc.double({ min: 0, max: 2, noNaN: true });

  it('meeting the target is always on track; missing it never is', () => {
    fc.assert(
      fc.property(num, num, tol, fc.boolean(), (value, target, tolerance, higherIsBetter) => {
        const s = statusFromTarget(value, { target, tolerance, higherIsBetter });
        const meets = higherIsBetter ? value >= target : value <= target;
        expect(s === 'on-track').toBe(meets);
      }),
    );
  });

  it('a better value never gives a worse status, nor does a wider tolerance', () => {
    fc.assert(
      fc.property(num, num, num, tol, tol, (a, b, target, t1, t2) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RANK[statusFromTarget(hi, { target, tolerance: t1 })]).toBeLessThanOrEqual(
          RANK[statusFromTarget(lo, { target, tolerance: t1 })],
        );
        expect(RANK[statusFromTarget(lo, { target, tolerance: t1, higherIsBetter: false })]).toBeLessThanOrEqual(
          RANK[statusFromTarget(hi, { target, tolerance: t1, higherIsBetter: false })],
        );
        const [narrow, wide] = t1 <= t2 ? [t1, t2] : [t2, t1];
        expect(RANK[statusFromTarget(a, { target, tolerance: wide })]).toBeLessThanOrEqual(
          RANK[statusFromTarget(a, { target, tolerance: narrow })],
        );
      }),
    );
  });

  it('lower-is-better is higher-is-better mirrored: status(v, t, lower) = status(−v, −t, higher)', () => {
    fc.assert(
      fc.property(num, num, tol, (value, target, tolerance) => {
        expect(statusFromTarget(value, { target, tolerance, higherIsBetter: false })).toBe(
          statusFromTarget(-value, { target: -target, tolerance }),
        );
      }),
    );
  });
});
