import {
  explainedVarianceScore,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  medianAbsoluteError,
  r2Score,
  rootMeanSquaredError,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, expectRefusal } from './support';
import { codeOf, thrown } from '../../support/errors';

const FNS = {
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  r2Score,
  explainedVarianceScore,
  meanAbsolutePercentageError,
  medianAbsoluteError,
};

describe('regression refusals', () => {
  it('names the first bad value, on the fused Float64Array path too', () => {
    const t = new Float64Array([1, 2, 3, NaN, 5]);
    const p = new Float64Array([1, 2, Infinity, 4, 5]);
    for (const [name, f] of Object.entries(FNS)) {
      const e = expectRefusal(() => f(t, p), 'NON_FINITE', /yTrue\[3\] is NaN/);
      expect(e.index, name).toBe(3);
      expectRefusal(() => f(new Float64Array([1, 2, 3, 4, 5]), p), 'NON_FINITE', /yPred\[2\] is Infinity/);
      expectRefusal(() => f([1, 2, 3], [1, '2', 3] as never), 'INVALID_VALUE', /yPred\[1\] must be a number/);
      expectRefusal(() => f([1, 2], [1, 2], { sampleWeight: [1, -1] }), 'INVALID_OPTION', /sampleWeight\[1\]/);
      expectRefusal(() => f([1, 2], [1, 2], { sampleWeight: [0, 0] }), 'INVALID_VALUE', /sums to 0/);
      // NON_FINITE outranks a bad weight.
      expectRefusal(() => f([1, NaN], [1, 2], { sampleWeight: [-1, 1] }), 'NON_FINITE');
    }
  });

  it('R² of one sample is undefined; explained variance of one sample is 1 (scikit-learn)', () => {
    expectRefusal(() => r2Score([2], [3]), 'UNDEFINED_METRIC', /fewer than two samples/);
    expectRefusal(() => r2Score(new Float64Array([2]), new Float64Array([3])), 'UNDEFINED_METRIC');
    expect(explainedVarianceScore([2], [3])).toBe(1);
  });

  it('finite inputs whose squares overflow: an MSE beyond 1.8e308 is refused (NumPy says Infinity), RMSE and MAE are scaled', () => {
    // Issue 15 item 3: never Infinity out. MSE = (2e200)² = 4e400 is not a double.
    expect(codeOf(() => meanSquaredError(new Float64Array([1e200]), new Float64Array([-1e200])))).toBe('INVALID_VALUE');
    expect(thrown(() => meanSquaredError([1e200, 0], [-1e200, 0])).message).toMatch(/^yPred and yTrue give a meanSquaredError/);
    // RMSE = √((1e400 + 1e400)/2) = 1e200 (was Infinity).
    expect(rootMeanSquaredError([1e200, 0], [0, 1e200])).toBeCloseTo(1e200, -190);
    expect(rootMeanSquaredError(new Float64Array([1e200, 0]), new Float64Array([0, 1e200])) / 1e200).toBeCloseTo(1, 14);
    // MAE of ±1.7e308: |e| = 3.4e308 overflows the difference itself; the mean (1.7e308) does not.
    expect(meanAbsoluteError([1.7e308, 0], [-1.7e308, 0]) / 1.7e308).toBeCloseTo(1, 14);
    // Weights near 1e308 no longer overflow Σw: MSE with weights [1e308, 1e308] = mean of [1, 4] = 2.5.
    expect(meanSquaredError([0, 0], [1, 2], { sampleWeight: [1e308, 1e308] })).toBe(2.5);
    expect(meanAbsoluteError([0, 0], [1, 2], { sampleWeight: [1e308, 1e308] })).toBe(1.5);
    // R² and explained variance do not depend on the scale: same as the data divided by 1e200.
    const t = [1e200, -1e200, 3e200];
    const p = [2e200, -1e200, 2e200];
    expectClose(r2Score(t, p), r2Score([1, -1, 3], [2, -1, 2]), 1e-12);
    expectClose(r2Score(Float64Array.from(t), Float64Array.from(p)), r2Score([1, -1, 3], [2, -1, 2]), 1e-12);
    expectClose(explainedVarianceScore(t, p), explainedVarianceScore([1, -1, 3], [2, -1, 2]), 1e-12);
  });
});

const pairs = fc.integer({ min: 2, max: 300 }).chain((n) =>
  fc.record({
    // Values with three decimals: no subnormal squares that underflow to 0.
    t: fc.array(
      fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 1000),
      { minLength: n, maxLength: n },
    ),
    e: fc.array(
      fc.integer({ min: -1e5, max: 1e5 }).map((v) => v / 1000),
      { minLength: n, maxLength: n },
    ),
    w: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: n, maxLength: n }),
  }),
);

describe('regression properties', () => {
  it('the fused Float64Array path agrees with the checked plain-array path', () => {
    fc.assert(
      fc.property(pairs, ({ t, e }) => {
        const p = t.map((v, i) => v + e[i]);
        const T = Float64Array.from(t);
        const P = Float64Array.from(p);
        expect(meanSquaredError(T, P)).toBe(meanSquaredError(t, p));
        expect(meanAbsoluteError(T, P)).toBe(meanAbsoluteError(t, p));
        // One shifted pass vs two passes: equal up to rounding.
        expectClose(r2Score(T, P), r2Score(t, p), 1e-9, 1e-9);
      }),
    );
  });

  it('unit weights equal no weights; RMSE² = MSE; R² ≤ 1; MAE ≤ RMSE', () => {
    fc.assert(
      fc.property(pairs, ({ t, e, w }) => {
        const p = t.map((v, i) => v + e[i]);
        const ones = t.map(() => 1);
        for (const f of [meanAbsoluteError, meanSquaredError, explainedVarianceScore, meanAbsolutePercentageError]) {
          expectClose(f(t, p, { sampleWeight: ones }), f(t, p), 1e-12, 1e-12);
        }
        expectClose(r2Score(t, p, { sampleWeight: ones }), r2Score(t, p), 1e-9, 1e-9);
        expectClose(
          rootMeanSquaredError(t, p, { sampleWeight: w }) ** 2,
          meanSquaredError(t, p, { sampleWeight: w }),
          1e-12,
          1e-300,
        );
        expect(r2Score(t, p)).toBeLessThanOrEqual(1);
        expect(meanAbsoluteError(t, p)).toBeLessThanOrEqual(rootMeanSquaredError(t, p) * (1 + 1e-12));
      }),
    );
  });

  it('integer weights equal repeating each sample that many times', () => {
    fc.assert(
      fc.property(pairs, ({ t, e, w }) => {
        const p = t.map((v, i) => v + e[i]);
        const rt = t.flatMap((v, i) => Array(w[i]).fill(v));
        const rp = p.flatMap((v, i) => Array(w[i]).fill(v));
        expectClose(meanSquaredError(t, p, { sampleWeight: w }), meanSquaredError(rt, rp), 1e-9, 1e-12);
        expectClose(r2Score(t, p, { sampleWeight: w }), r2Score(rt, rp), 1e-8, 1e-8);
        expectClose(explainedVarianceScore(t, p, { sampleWeight: w }), explainedVarianceScore(rt, rp), 1e-8, 1e-8);
      }),
    );
  });
});

describe('R² and explained variance when a sum of squares overflows', () => {
  // Σ(y − ȳ)² = 3.38e308 overflows while Σ(y − ŷ)² = 1.62e308 does not. By hand:
  // R² = 1 − 1.62/3.38 = 0.52071005917159763; scikit-learn 1.2.1 returns the overflowed 1.0,
  // and on the data divided by 1e154 gives 0.5207100591715976.
  const yTrue = [1.3e154, -1.3e154];
  const yPred = [0.4e154, -0.4e154];
  it.each([
    ['plain arrays', yTrue, yPred],
    ['Float64Arrays', new Float64Array(yTrue), new Float64Array(yPred)],
  ])('rescales instead of answering 1 (%s)', (_, t, p) => {
    expect(r2Score(t, p)).toBeCloseTo(0.5207100591715976, 14);
    expect(explainedVarianceScore(t, p)).toBeCloseTo(0.5207100591715976, 14);
  });
});
