import { codeOf } from '../../support/errors';
import {
  createRegressionAccumulator,
  explainedVarianceScore,
  meanAbsoluteError,
  meanSquaredError,
  r2Score,
  regressionSummary,
  rootMeanSquaredError,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, expectRefusal, refusal } from './support';

type Opts = { sampleWeight?: ArrayLike<number> };

/** The five figures from the single functions (each with golden scikit-learn parity). */
function singles(t: ArrayLike<number>, p: ArrayLike<number>, o: Opts) {
  return {
    count: t.length,
    meanAbsoluteError: meanAbsoluteError(t, p, o),
    meanSquaredError: meanSquaredError(t, p, o),
    rootMeanSquaredError: rootMeanSquaredError(t, p, o),
    r2Score: t.length < 2 ? null : r2Score(t, p, o),
    explainedVarianceScore: explainedVarianceScore(t, p, o),
  };
}

// R² = 1 − sse/sst: a relative error δ in the ratio moves R² by δ·(1 − R²), so the scores are
// compared to 1e-9·(1 + |value|); the means of errors to 1e-9 relative (plus a tiny floor for 0).
function expectSame(a: ReturnType<typeof singles>, b: ReturnType<typeof singles>): void {
  expect(a.count).toBe(b.count);
  expectClose(a.meanAbsoluteError, b.meanAbsoluteError, 1e-9, 1e-300);
  expectClose(a.meanSquaredError, b.meanSquaredError, 1e-9, 1e-300);
  expectClose(a.rootMeanSquaredError, b.rootMeanSquaredError, 1e-9, 1e-300);
  if (b.r2Score === null) expect(a.r2Score).toBeNull();
  else expectClose(a.r2Score, b.r2Score, 1e-9, 1e-9);
  expectClose(a.explainedVarianceScore, b.explainedVarianceScore, 1e-9, 1e-9);
}

const data = fc
  .record({
    n: fc.integer({ min: 1, max: 300 }),
    offset: fc.constantFrom(0, 1e3, -1e6, 1e9, -3e9),
    scale: fc.constantFrom(1e-3, 1, 1e3),
    shape: fc.constantFrom('random', 'constantTrue', 'perfect', 'biased', 'sorted', 'outlierFirst'),
    weighted: fc.boolean(),
    typed: fc.boolean(),
  })
  .chain(({ n, offset, scale, shape, weighted, typed }) =>
    fc.record({
      t: fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: n, maxLength: n }),
      e: fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: n, maxLength: n }),
      w: weighted
        ? fc.array(
            fc.integer({ min: 1, max: 40 }).map((k) => k / 8),
            { minLength: n, maxLength: n },
          )
        : fc.constant(undefined),
      offset: fc.constant(offset),
      scale: fc.constant(scale),
      shape: fc.constant(shape),
      typed: fc.constant(typed),
    }),
  )
  .map(({ t, e, w, offset, scale, shape, typed }) => {
    let yt = t.map((v) => offset + (v * scale) / 1e3);
    if (shape === 'constantTrue') yt = yt.map(() => yt[0]);
    if (shape === 'sorted') yt = [...yt].sort((a, b) => a - b);
    if (shape === 'outlierFirst') yt[0] = offset + 1e6 * scale;
    const yp = yt.map((v, i) =>
      shape === 'perfect' ? v : shape === 'biased' ? v + 5e3 * scale + (e[i] * scale) / 1e6 : v + (e[i] * scale) / 1e3,
    );
    return {
      t: typed ? Float64Array.from(yt) : yt,
      p: typed ? Float64Array.from(yp) : yp,
      o: w === undefined ? {} : { sampleWeight: w },
    };
  })
  // A yTrue spread within a few ulps of its offset (e.g. 6e-6 around 3e9) makes R² depend on
  // rounding alone: the exact answer and scikit-learn's differ in the 4th digit there, so no
  // two correct implementations agree to 1e-9. Constant yTrue (spread 0) stays in.
  .filter(({ t }) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of t) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return hi === lo || hi - lo > 1e-9 * Math.max(Math.abs(lo), Math.abs(hi));
  });

describe('regressionSummary', () => {
  it('every field equals the single-metric function (1e-9), weighted and unweighted, offsets and constant yTrue', () => {
    fc.assert(
      fc.property(data, ({ t, p, o }) => {
        expectSame(regressionSummary(t, p, o), singles(t, p, o));
      }),
      { numRuns: 400 },
    );
  });

  it('the fused Float64Array path agrees with the plain-array path and with the accumulator', () => {
    fc.assert(
      fc.property(data, ({ t, p }) => {
        const a = regressionSummary(Float64Array.from(t), Float64Array.from(p));
        expectSame(a, regressionSummary(Array.from(t), Array.from(p)));
        expectSame(a, createRegressionAccumulator().update(t, p).compute());
      }),
    );
  });

  it('matches scikit-learn 1.2.1 on data around 1e9 with small spread', () => {
    // /usr/bin/python3: t, p as below (dyadic offsets, exact in float64), w = [1, 2, 0.5, 3, 1.5, 1];
    // mean_absolute_error, mean_squared_error, mean_squared_error(squared=False), r2_score,
    // explained_variance_score with sample_weight=None and =w.
    const t = [0.25, -1.5, 3.0, 0.5, -2.25, 1.0].map((v) => 1e9 + v);
    const p = [0.5, -1.0, 2.0, 0.75, -2.0, 1.5].map((v) => 1e9 + v);
    const sk = {
      count: 6,
      meanAbsoluteError: 0.4583333333333333,
      meanSquaredError: 0.28125,
      rootMeanSquaredError: 0.5303300858899106,
      r2Score: 0.9033412887828163,
      explainedVarianceScore: 0.9087112171837709,
    };
    const skW = {
      count: 6,
      meanAbsoluteError: 0.375,
      meanSquaredError: 0.17708333333333334,
      rootMeanSquaredError: 0.4208127057650866,
      r2Score: 0.9109861340056241,
      explainedVarianceScore: 0.9459904974304277,
    };
    expectClose(regressionSummary(t, p), sk, 1e-12, 1e-12);
    expectClose(regressionSummary(Float64Array.from(t), Float64Array.from(p)), sk, 1e-12, 1e-12);
    expectClose(regressionSummary(t, p, { sampleWeight: [1, 2, 0.5, 3, 1.5, 1] }), skW, 1e-12, 1e-12);
  });

  it('edge rules of the accumulator shape: r2Score null for one sample, explained variance 1; force_finite', () => {
    // By hand: one sample, error 1.
    expect(regressionSummary([2], [3])).toEqual({
      count: 1,
      meanAbsoluteError: 1,
      meanSquaredError: 1,
      rootMeanSquaredError: 1,
      r2Score: null,
      explainedVarianceScore: 1,
    });
    expect(regressionSummary(new Float64Array([2]), new Float64Array([3])).r2Score).toBeNull();
    // Constant yTrue (scikit-learn's force_finite): perfect fit 1, otherwise 0.
    const c = new Float64Array([1e9, 1e9, 1e9]);
    expect(regressionSummary(c, c).r2Score).toBe(1);
    expect(regressionSummary(c, new Float64Array([1e9, 1e9 + 1, 1e9])).r2Score).toBe(0);
    // Result is plain JSON.
    const s = regressionSummary([1, 2, 3], [1, 2, 4]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('finite inputs whose squares overflow: an MSE beyond 1.8e308 is refused; scaled sums stay finite', () => {
    const t = [1e200, -1e200, 3e200];
    const p = [2e200, -1e200, 2e200];
    for (const [a, b] of [
      [t, p],
      [Float64Array.from(t), Float64Array.from(p)],
    ] as const) {
      // MSE = (1e400 + 1e400)/3: not a double, so the summary is refused (was Infinity).
      expect(codeOf(() => regressionSummary(a, b))).toBe('INVALID_VALUE');
    }
    // At 1e150 the squares (1e300) still fit: the scale-free scores equal the unit-scale ones.
    const s = regressionSummary([1e150, -1e150, 3e150], [2e150, -1e150, 2e150]);
    expectClose(s.r2Score, r2Score([1, -1, 3], [2, -1, 2]), 1e-12);
    expectClose(s.explainedVarianceScore, explainedVarianceScore([1, -1, 3], [2, -1, 2]), 1e-12);
    expectClose(s.rootMeanSquaredError / 1e150, Math.sqrt(2 / 3), 1e-12);
  });
});

describe('regressionSummary refusals (same codes and precedence as the single metrics)', () => {
  const f64 = (a: number[]) => Float64Array.from(a);

  it('EMPTY_INPUT and LENGTH_MISMATCH', () => {
    expectRefusal(() => regressionSummary([], []), 'EMPTY_INPUT', /yTrue/);
    expectRefusal(() => regressionSummary(f64([]), f64([])), 'EMPTY_INPUT', /yTrue/);
    expectRefusal(() => regressionSummary([1], []), 'EMPTY_INPUT', /yPred/);
    expectRefusal(() => regressionSummary([1, 2], [1]), 'LENGTH_MISMATCH');
    expectRefusal(() => regressionSummary(f64([1, 2]), f64([1])), 'LENGTH_MISMATCH');
    expectRefusal(() => regressionSummary([1, 2], [1, 2], { sampleWeight: [1] }), 'LENGTH_MISMATCH', /sampleWeight/);
    // LENGTH_MISMATCH outranks NON_FINITE.
    expectRefusal(() => regressionSummary([NaN, 2], [1]), 'LENGTH_MISMATCH');
  });

  it('NON_FINITE names the argument and the first bad index, on the fused path too', () => {
    for (const wrap of [(a: number[]) => a, f64]) {
      const e = expectRefusal(
        () => regressionSummary(wrap([1, 2, 3, NaN, 5]), wrap([1, 2, Infinity, 4, 5])),
        'NON_FINITE',
        /yTrue\[3\] is NaN/,
      );
      expect(e.index).toBe(3);
      const e2 = expectRefusal(
        () => regressionSummary(wrap([1, 2, 3, 4, 5]), wrap([1, 2, -Infinity, 4, NaN])),
        'NON_FINITE',
        /yPred\[2\] is -Infinity/,
      );
      expect(e2.index).toBe(2);
      expectRefusal(() => regressionSummary(wrap([NaN]), wrap([1])), 'NON_FINITE', /yTrue\[0\]/);
    }
    expectRefusal(() => regressionSummary([1, 2], [1, 2], { sampleWeight: [1, NaN] }), 'NON_FINITE', /sampleWeight\[1\]/);
    // NON_FINITE outranks a bad weight.
    expectRefusal(() => regressionSummary([1, NaN], [1, 2], { sampleWeight: [-1, 1] }), 'NON_FINITE');
  });

  it('INVALID_OPTION for a negative weight, INVALID_VALUE for weights summing to 0 or a non-number', () => {
    expectRefusal(
      () => regressionSummary(f64([1, 2]), f64([1, 2]), { sampleWeight: [1, -1] }),
      'INVALID_OPTION',
      /sampleWeight\[1\]/,
    );
    expectRefusal(() => regressionSummary([1, 2], [1, 2], { sampleWeight: [0, 0] }), 'INVALID_VALUE', /sums to 0/);
    expectRefusal(() => regressionSummary([1, 2, 3], [1, '2', 3] as never), 'INVALID_VALUE', /yPred\[1\] must be a number/);
  });

  it('refuses exactly where each single metric refuses, with the same code', () => {
    const cases: [ArrayLike<number>, ArrayLike<number>, Opts | undefined][] = [
      [[], [1], undefined],
      [[1, 2, 3], [1, 2], undefined],
      [f64([1, Infinity]), f64([1, 2]), undefined],
      [[1, 2], [1, 2], { sampleWeight: [2, -0.5] }],
      [[1, 2], [1, 2], { sampleWeight: [0, 0] }],
      [[1, 2], [1, 2], 'x' as never],
    ];
    for (const [t, p, o] of cases) {
      for (const single of [meanAbsoluteError, meanSquaredError, explainedVarianceScore]) {
        const want = refusal(() => single(t, p, o));
        const got = refusal(() => regressionSummary(t, p, o));
        expect(got.code, got.message).toBe(want.code);
        expect(got.index).toBe(want.index);
        expect(got.argument).toBe(want.argument);
      }
    }
  });
});
