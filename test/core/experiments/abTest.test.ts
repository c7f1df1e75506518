/** abTest / abTestSampleSize behaviour: refusals in API.md's order, the peeking warning, invariants. */
import { abTest, abTestSampleSize } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const counts = (c: number, n: number) => ({ conversions: c, visitors: n });

describe('refusals', () => {
  it('follows the Conventions order: EMPTY_INPUT, NON_FINITE, INVALID_OPTION, INVALID_VALUE, UNDEFINED_METRIC', () => {
    expect(codeOf(() => abTest({ control: [], treatment: [NaN] }, { alpha: 2 }))).toBe('EMPTY_INPUT');
    expect(codeOf(() => abTest({ control: [1, 2], treatment: [Infinity] }, { alpha: 2 }))).toBe('NON_FINITE');
    expect(codeOf(() => abTest({ control: counts(NaN, 10), treatment: counts(-1, 10) }, { alpha: 2 }))).toBe('NON_FINITE');
    expect(codeOf(() => abTest({ control: counts(1.5, 10), treatment: counts(1, 10) }, { alpha: 2 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => abTest({ control: counts(1.5, 10), treatment: counts(1, 10) }))).toBe('INVALID_VALUE');
    expect(codeOf(() => abTest({ control: counts(0, 10), treatment: counts(0, 10) }))).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => abTest({ control: counts(10, 10), treatment: counts(5, 5) }))).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => abTest({ control: [3, 3], treatment: [3, 3, 3] }))).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => abTest({ control: [3, 3], treatment: [4, 4] }))).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => abTest({ control: [1, 2], treatment: [4] }))).toBe('UNDEFINED_METRIC');
  });

  it('names the field', () => {
    const e = thrown(() => abTest({ control: counts(11, 10), treatment: counts(1, 10) }));
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'control.conversions']);
    expect(thrown(() => abTest({ control: [1, 2], treatment: [1, 'x' as never] })).message).toContain('treatment[1]');
    expect(codeOf(() => abTest({ control: [1, 2], treatment: counts(1, 2) } as never))).toBe('INVALID_VALUE');
    expect(codeOf(() => abTest({ control: [1, 2], treatment: [1, 3] }, { peeks: -1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => abTest({ control: [1, 2], treatment: [1, 3] }, { alternative: 'larger' as never }))).toBe(
      'INVALID_OPTION',
    );
  });

  it('never answers Infinity near the double range; tiny values keep their t', () => {
    expect(codeOf(() => abTest({ control: [-1.7e308, -1.6e308], treatment: [1.7e308, 1.6e308] }))).toBe('INVALID_VALUE');
    const big = abTest({ control: [1e300, 2e300, 3e300], treatment: [2e300, 4e300, 6e300] });
    const small = abTest({ control: [1e-300, 2e-300, 3e-300], treatment: [2e-300, 4e-300, 6e-300] });
    const unit = abTest({ control: [1, 2, 3], treatment: [2, 4, 6] });
    expect(big.statistic).toBeCloseTo(unit.statistic, 12);
    expect(small.pValue).toBeCloseTo(unit.pValue, 12);
    expect(small.difference / 1e-300).toBeCloseTo(2, 12);
  });

  it('refuses hostile array-likes at their first element', () => {
    expect(codeOf(() => abTest({ control: { length: 2 ** 53 - 1 } as never, treatment: [1, 2] }))).toBe('INVALID_VALUE');
  });
});

describe('peeking', () => {
  it('warns with the Bonferroni level over looks + final analysis', () => {
    const input = { control: counts(480, 10000), treatment: counts(550, 10000) };
    expect(abTest(input).warnings).toEqual([]);
    const r = abTest(input, { peeks: 3, alpha: 0.05 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'PEEKING', adjustedAlpha: 0.0125 });
    expect(r.warnings[0].message).toContain('3 times');
    expect(abTest(input, { peeks: true }).warnings[0].adjustedAlpha).toBe(0.025);
    // The p-value itself is the fixed-horizon one; only the advice changes.
    expect(r.pValue).toBe(abTest(input).pValue);
  });
});

describe('invariants', () => {
  const arm = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 });
  it('continuous: ci holds the difference, swapping arms negates it, one-sided p-values add to 1', () => {
    fc.assert(
      fc.property(arm, arm, fc.double({ min: 0.001, max: 0.5, noNaN: true }), (c, t, alpha) => {
        let r;
        try {
          r = abTest({ control: c, treatment: t }, { alpha });
        } catch {
          return; // constant samples: UNDEFINED_METRIC, covered above
        }
        expect(r.ci[0]).toBeLessThanOrEqual(r.difference);
        expect(r.ci[1]).toBeGreaterThanOrEqual(r.difference);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        const s = abTest({ control: t, treatment: c }, { alpha });
        expect(s.statistic).toBeCloseTo(-r.statistic, 9);
        const g = abTest({ control: c, treatment: t }, { alternative: 'greater' }).pValue;
        const l = abTest({ control: c, treatment: t }, { alternative: 'less' }).pValue;
        expect(g + l).toBeCloseTo(1, 12);
        expect(r.pValue).toBeCloseTo(Math.min(1, 2 * Math.min(g, l)), 12);
      }),
    );
  });

  it('proportions: a larger treatment rate gives a positive statistic and a smaller one-sided p', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1e6 }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (n, p, extra) => {
          const c = Math.max(1, Math.round(n * p));
          const base = abTest({ control: counts(c, n), treatment: counts(c, n) }, { alternative: 'greater' });
          const more = abTest(
            { control: counts(c, n), treatment: counts(Math.min(n, c + extra), n) },
            { alternative: 'greater' },
          );
          expect(base.statistic).toBe(0);
          expect(base.pValue).toBe(0.5);
          expect(more.statistic).toBeGreaterThan(0);
          expect(more.pValue).toBeLessThan(0.5);
        },
      ),
    );
  });
});

describe('abTestSampleSize', () => {
  it('grows as the effect shrinks and as power rises; refuses parameters out of range', () => {
    const a = abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.01 });
    const b = abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.005 });
    const c = abTestSampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.01, power: 0.9 });
    expect(b.control).toBeGreaterThan(a.control);
    expect(c.control).toBeGreaterThan(a.control);
    // A drop is allowed: 10 % → 8 %.
    expect(abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: -0.02 }).control).toBeGreaterThan(0);
    expect(codeOf(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: -0.2 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.02, ratio: 0 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 1e-9 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: NaN }))).toBe('INVALID_OPTION');
  });
});
