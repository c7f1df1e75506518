/**
 * Ranking metrics beyond the golden vectors (which run in classification.test.ts, since
 * classification.json holds them): refusals, identities and the radix sorts.
 */
import { averagePrecisionScore, precisionRecallCurve, rocAucScore, rocCurve } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argsortStable } from '../../../packages/core/src/metrics/internal/argsort';
import { sortedCopy } from '../../../packages/core/src/internal/sort';
import { expectClose, expectRefusal } from './support';

describe('ranking refusals', () => {
  it('needs both classes where a curve or an AUC is asked for', () => {
    expectRefusal(() => rocCurve([1, 1, 1], [0.1, 0.2, 0.3]), 'INVALID_LABEL', /only 1 occurs/);
    expectRefusal(() => precisionRecallCurve([0, 0], [0.1, 0.2]), 'INVALID_LABEL');
    expectRefusal(() => rocAucScore(['a', 'a'], [0.1, 0.2]), 'INVALID_LABEL');
    expectRefusal(() => rocAucScore([0, 1, 2], [0.1, 0.2, 0.3]), 'INVALID_LABEL', /pass 2-D scores/);
    expectRefusal(() => rocCurve([0, 1, 2], [0.1, 0.2, 0.3]), 'INVALID_LABEL', /binary/);
    // Three or more classes in yTrue: INVALID_LABEL whatever posLabel is, even one that occurs (API.md).
    for (const posLabel of [0, 1, 2, 'a', 7]) {
      expectRefusal(() => rocCurve([0, 1, 2, 1], [0.1, 0.2, 0.3, 0.4], { posLabel }), 'INVALID_LABEL');
      expectRefusal(() => precisionRecallCurve([0, 1, 2, 1], [0.1, 0.2, 0.3, 0.4], { posLabel }), 'INVALID_LABEL');
    }
    expectRefusal(() => precisionRecallCurve(['x', 'y', 'z'], [0.1, 0.2, 0.3], { posLabel: 'z' }), 'INVALID_LABEL');
    expectRefusal(() => rocCurve(['a', 'b'], [0.1, 0.2]), 'INVALID_LABEL', /options\.posLabel|posLabel/);
  });

  it('average precision: no positive sample is undefined, only positives is 1 (scikit-learn)', () => {
    expectRefusal(() => averagePrecisionScore([0, 0, 0], [0.1, 0.5, 0.2]), 'UNDEFINED_METRIC', /no positive sample/);
    expect(averagePrecisionScore([1, 1, 1], [0.2, 0.5, 0.1])).toBe(1); // sklearn: 1.0
  });

  it('names bad scores and rows', () => {
    expectRefusal(() => rocAucScore([0, 1, 0], [0.1, NaN, 0.3]), 'NON_FINITE', /yScore\[1\] is NaN/);
    expectRefusal(
      () =>
        rocAucScore(
          [0, 1, 2],
          [
            [0.2, 0.8, 0],
            [0.5, 0.6, 0.1],
            [0.3, 0.3, 0.4],
          ],
        ),
      'INVALID_VALUE',
      /yScore\[1\] sums to 1\.2/,
    );
    expectRefusal(
      () =>
        rocAucScore(
          [0, 1, 2],
          [
            [0.2, 0.8, 0],
            [0.5, 0.5, 0],
            [0.3, 0.7],
          ],
        ),
      'LENGTH_MISMATCH',
      /yScore\[2\] has 2 entries/,
    );
    expectRefusal(
      () =>
        rocAucScore(
          [0, 1, 2],
          [
            [0.2, 0.8, 0],
            [0.5, NaN, 0],
            [0.3, 0.7, 0],
          ],
        ),
      'NON_FINITE',
      /yScore\[1\]\[1\] is NaN/,
    );
  });

  it('refuses bad options', () => {
    const y = [0, 1, 2, 1];
    const s = [
      [0.6, 0.2, 0.2],
      [0.1, 0.8, 0.1],
      [0.2, 0.2, 0.6],
      [0.3, 0.4, 0.3],
    ];
    expectRefusal(() => rocAucScore([0, 1], [0.2, 0.4], { maxFpr: 0 }), 'INVALID_OPTION', /maxFpr/);
    expectRefusal(() => rocAucScore(y, s, { maxFpr: 0.5 }), 'INVALID_OPTION', /binary only/);
    expectRefusal(() => rocAucScore(y, s, { multiClass: 'ovo', sampleWeight: [1, 1, 1, 1] }), 'INVALID_OPTION', /ovo/);
    expectRefusal(() => rocAucScore(y, s, { multiClass: 'ovo', average: 'micro' }), 'INVALID_OPTION', /options\.average/);
    expectRefusal(() => rocAucScore(y, s, { labels: [2, 1, 0] }), 'INVALID_OPTION', /sorted/);
    expectRefusal(() => rocAucScore(y, s, { labels: [0, 1] }), 'INVALID_OPTION', /2 labels but yScore has 3 columns/);
    expectRefusal(() => rocCurve([0, 1], [0.2, 0.4], { dropIntermediate: 1 as never }), 'INVALID_OPTION');
  });

  it('one-vs-rest needs every class in yTrue; labels place classes absent from the data', () => {
    const s = [
      [0.6, 0.2, 0.2],
      [0.1, 0.8, 0.1],
      [0.5, 0.3, 0.2],
    ];
    expectRefusal(() => rocAucScore([0, 1, 0], s, { labels: [0, 1, 2] }), 'INVALID_LABEL', /class 2 never occurs/);
    expectRefusal(() => rocAucScore([0, 1, 5], s, { labels: [0, 1, 2] }), 'INVALID_LABEL', /not in options\.labels/);
    expectRefusal(() => rocAucScore([0, 1, 0], s), 'INVALID_LABEL', /2 classes but yScore has 3 columns/);
    // One-vs-one only pairs the classes of yTrue: the (0, 1) pair is separated perfectly here.
    expect(rocAucScore([0, 1, 0], s, { labels: [0, 1, 2], multiClass: 'ovo' })).toBe(1);
  });
});

/** Random binary data with heavy ties. */
const binary = fc.integer({ min: 2, max: 900 }).chain((n) =>
  fc
    .record({
      y: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
      s: fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
    })
    .filter(({ y }) => y.includes(0) && y.includes(1)),
);

function trapezoid(x: number[], y: number[]): number {
  let a = 0;
  for (let i = 1; i < x.length; i++) a += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return a;
}

describe('ranking properties', () => {
  it('the Mann–Whitney AUC equals the area under rocCurve (ties included)', () => {
    fc.assert(
      fc.property(binary, ({ y, s }) => {
        const scores = s.map((v) => v / 8);
        const { fpr, tpr } = rocCurve(y, scores, { dropIntermediate: false });
        expectClose(rocAucScore(y, scores), trapezoid(fpr, tpr), 1e-12, 1e-12);
        // Weighted path (curve + trapezoid) with unit weights gives the same number.
        expectClose(rocAucScore(y, scores, { sampleWeight: y.map(() => 1) }), rocAucScore(y, scores), 1e-12, 1e-12);
        // Reversing the scores mirrors the AUC.
        expectClose(
          rocAucScore(
            y,
            scores.map((v) => -v),
          ),
          1 - rocAucScore(y, scores),
          1e-12,
          1e-12,
        );
      }),
    );
  });

  it('curves: rates rise from 0 to 1, thresholds fall; precision–recall recall falls to 0', () => {
    fc.assert(
      fc.property(binary, ({ y, s }) => {
        const roc = rocCurve(y, s);
        expect(roc.thresholds[0]).toBe(Infinity);
        expect(roc.fpr[0]).toBe(0);
        expect(roc.tpr[0]).toBe(0);
        expect(roc.fpr[roc.fpr.length - 1]).toBe(1);
        expect(roc.tpr[roc.tpr.length - 1]).toBe(1);
        for (let i = 1; i < roc.fpr.length; i++) {
          expect(roc.fpr[i]).toBeGreaterThanOrEqual(roc.fpr[i - 1]);
          expect(roc.tpr[i]).toBeGreaterThanOrEqual(roc.tpr[i - 1]);
          expect(roc.thresholds[i]).toBeLessThan(roc.thresholds[i - 1]);
        }
        const pr = precisionRecallCurve(y, s);
        expect(pr.recall[pr.recall.length - 1]).toBe(0);
        expect(pr.precision[pr.precision.length - 1]).toBe(1);
        expect(pr.thresholds.length).toBe(pr.recall.length - 1);
        const ap = averagePrecisionScore(y, s);
        expect(ap).toBeGreaterThan(0);
        expect(ap).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});

describe('radix sorts', () => {
  const doubles = fc.array(
    fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -0, 1, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE),
      fc.integer({ min: -3, max: 3 }),
    ),
    { maxLength: 1200 },
  );

  it('sortedCopy sorts like the built-in numeric sort and leaves its input alone', () => {
    fc.assert(
      fc.property(doubles, (xs) => {
        const src = Float64Array.from(xs);
        const before = Array.from(src);
        const got = Array.from(sortedCopy(src));
        const want = Array.from(src).sort((a, b) => a - b);
        expect(got.length).toBe(want.length);
        got.forEach((v, i) => expect(v === want[i]).toBe(true));
        expect(Array.from(src)).toEqual(before);
      }),
    );
  });

  it('argsortStable is a stable ascending order (ties keep index order; −0 ties with 0)', () => {
    fc.assert(
      fc.property(doubles, (xs) => {
        const order = Array.from(argsortStable(Float64Array.from(xs)));
        const want = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
        expect(order).toEqual(want);
      }),
    );
  });
});
