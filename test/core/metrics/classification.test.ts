import {
  accuracyScore,
  balancedAccuracyScore,
  classificationReport,
  cohenKappaScore,
  confusionMatrix,
  f1Score,
  fbetaScore,
  matthewsCorrcoef,
  precisionRecallFscoreSupport,
  precisionScore,
  recallScore,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, expectRefusal } from './support';

// classification.json also holds the ranking and probabilistic functions' vectors.

describe('classification refusals', () => {
  it('names the argument and the first offending index', () => {
    const e = expectRefusal(() => confusionMatrix([0, 1, NaN, NaN], [0, 1, 1, 1]), 'NON_FINITE', /yTrue\[2\] is NaN/);
    expect(e.index).toBe(2);
    expectRefusal(() => f1Score([0, 1, 1], [0, Infinity, 1]), 'NON_FINITE', /yPred\[1\] is Infinity/);
    expectRefusal(() => f1Score(new Float64Array([0, 1, -Infinity]), [0, 1, 1]), 'NON_FINITE', /yTrue\[2\] is -Infinity/);
    expectRefusal(
      () => accuracyScore(['a', 'b', 1], ['a', 'a', 'a']),
      'INVALID_LABEL',
      /yTrue\[2\] is the number 1 but earlier labels are strings/,
    );
    expectRefusal(() => accuracyScore([1, 0], [1, true]), 'INVALID_LABEL', /yPred\[1\]/);
    expectRefusal(() => accuracyScore([0, 0.5, 1], [0, 1, 1]), 'INVALID_LABEL', /yTrue\[1\] is 0\.5.*continuous/);
    expectRefusal(() => accuracyScore([0, null, 1] as unknown as number[], [0, 1, 1]), 'INVALID_LABEL', /yTrue\[1\] is null/);
    expectRefusal(() => accuracyScore([0, 1], [0, 1], { sampleWeight: [1, -2] }), 'INVALID_OPTION', /sampleWeight\[1\] is -2/);
    expectRefusal(() => accuracyScore([0, 1], [0, 1], { sampleWeight: [0, 0] }), 'INVALID_VALUE', /sampleWeight sums to 0/);
    expectRefusal(() => accuracyScore([0, 1], [0, 1], { sampleWeight: [1, NaN] }), 'NON_FINITE', /sampleWeight\[1\] is NaN/);
    expectRefusal(() => confusionMatrix([0, 1], [0, 1], { labels: [5, 6] }), 'INVALID_LABEL', /none of \[5,6\] occurs in yTrue/);
    expectRefusal(
      () => precisionScore([0, 1, 2], [0, 1, 1], { average: 'macro', labels: [7] }),
      'INVALID_LABEL',
      /options\.labels/,
    );
    expectRefusal(() => confusionMatrix([0, 1], [0, 1], { labels: [] }), 'INVALID_OPTION', /options\.labels is empty/);
    expectRefusal(() => confusionMatrix([0, 1], [0, 1], { labels: [NaN] }), 'INVALID_OPTION', /options\.labels\[0\]/);
    expectRefusal(() => fbetaScore([0, 1], [0, 1], {} as never), 'INVALID_OPTION', /options\.beta/);
    expectRefusal(() => precisionRecallFscoreSupport([0, 1], [0, 1], { beta: -1 }), 'INVALID_OPTION', /options\.beta/);
    expectRefusal(() => precisionScore([0, 1], [0, 1], { zeroDivision: 2 as never }), 'INVALID_OPTION', /zeroDivision/);
    expectRefusal(() => precisionScore([0, 1], [0, 1], 'macro' as never), 'INVALID_OPTION', /options must be an object/);
    expectRefusal(() => classificationReport([0, 1], [0, 1], { targetNames: ['a'] }), 'INVALID_OPTION', /targetNames/);
    expectRefusal(() => accuracyScore([0, 1], [0, 1], { normalize: 'yes' as never }), 'INVALID_OPTION', /normalize/);
  });

  it('follows the precedence order of API.md', () => {
    // EMPTY_INPUT before LENGTH_MISMATCH before NON_FINITE before INVALID_OPTION before INVALID_VALUE before INVALID_LABEL.
    expectRefusal(() => f1Score([], [NaN]), 'EMPTY_INPUT');
    expectRefusal(() => f1Score([NaN], [1, 2]), 'LENGTH_MISMATCH');
    expectRefusal(() => f1Score([0, 1], [0, 1], { sampleWeight: [1] }), 'LENGTH_MISMATCH');
    expectRefusal(() => f1Score(['a', NaN as never], ['a', 'a'], { average: 'bogus' as never }), 'NON_FINITE');
    expectRefusal(() => f1Score(['a', 1], ['a', 'a'], { average: 'bogus' as never }), 'INVALID_OPTION');
    expectRefusal(() => f1Score(['a', 1], ['a', 'a'], { average: 'macro', sampleWeight: [0, 0] }), 'INVALID_VALUE');
    expectRefusal(() => f1Score([0, 1, 2], [0, 1, 1], { posLabel: 9 }), 'INVALID_OPTION', /'binary' but the data has 3 classes/);
  });

  it('returns undefined metrics as UNDEFINED_METRIC, not NaN', () => {
    expectRefusal(() => cohenKappaScore(['x', 'x'], ['x', 'x']), 'UNDEFINED_METRIC', /cohenKappaScore/);
    expectRefusal(() => balancedAccuracyScore([1, 1], [1, 0], { adjusted: true }), 'UNDEFINED_METRIC');
  });

  it('refuses more classes than a dense table can hold', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    expectRefusal(() => confusionMatrix(many, many), 'INVALID_LABEL', /5000 distinct classes/);
  });
});

describe('classification, hand-checked', () => {
  it('booleans: false < true, and posLabel 1 means true', () => {
    // tp = 1 (index 0), predicted true = 2, true = 2 → precision 1/2, recall 1/2.
    expect(precisionScore([true, false, true], [true, true, false])).toBe(0.5);
    expect(recallScore([true, false, true], [true, true, false], { posLabel: true })).toBe(0.5);
    expect(confusionMatrix([true, false], [true, true])).toEqual({
      labels: [false, true],
      matrix: [
        [0, 1],
        [0, 1],
      ],
    });
    expect(Object.keys(classificationReport([true, false], [true, true]))).toEqual([
      'false',
      'true',
      'accuracy',
      'macroAvg',
      'weightedAvg',
    ]);
  });

  it('with one present label, posLabel absent gives the zero-division value (scikit-learn)', () => {
    expect(precisionScore([0, 0], [0, 0])).toBe(0); // sklearn: 0.0
    expect(precisionScore([0, 0], [0, 0], { zeroDivision: 1 })).toBe(1);
  });

  it('beta = Infinity gives recall, beta = 0 gives precision', () => {
    const t = [0, 1, 1, 0, 1, 2];
    const p = [0, 1, 0, 0, 2, 2];
    expect(fbetaScore(t, p, { beta: Infinity, average: 'macro' })).toBe(recallScore(t, p, { average: 'macro' }));
    expect(fbetaScore(t, p, { beta: 0, average: null })).toEqual(precisionScore(t, p, { average: null }));
  });

  it('labels outside the data give zero rows and columns; labels order the matrix', () => {
    // Hand count: (0,0) twice, (1,0) once, (1,1) once.
    expect(confusionMatrix([0, 0, 1, 1], [0, 0, 0, 1], { labels: [1, 9, 0] }).matrix).toEqual([
      [1, 0, 1],
      [0, 0, 0],
      [0, 0, 2],
    ]);
  });
});

/** Random labelled data: k classes, n samples, optional weights. */
const data = fc.record({ k: fc.integer({ min: 1, max: 7 }), n: fc.integer({ min: 1, max: 120 }) }).chain(({ k, n }) =>
  fc.record({
    t: fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
    p: fc.array(fc.integer({ min: 0, max: k - 1 }), { minLength: n, maxLength: n }),
    w: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
  }),
);

describe('classification properties', () => {
  it('integer fast paths, the wide-range table and the Map path agree', () => {
    fc.assert(
      fc.property(data, ({ t, p, w }) => {
        const base = confusionMatrix(t, p, { sampleWeight: w });
        // Same classes as padded strings (same sorted order), as Int32Array, and spread over a range > 64.
        const s = (v: number) => `L${String(v).padStart(3, '0')}`;
        const viaMap = confusionMatrix(t.map(s), p.map(s), { sampleWeight: w });
        const viaTyped = confusionMatrix(Int32Array.from(t), Int32Array.from(p), { sampleWeight: new Float64Array(w) });
        const viaRemap = confusionMatrix(
          t.map((v) => v * 1000 - 7),
          p.map((v) => v * 1000 - 7),
          { sampleWeight: w },
        );
        expect(viaMap.matrix).toEqual(base.matrix);
        expect(viaTyped).toEqual(base);
        expect(viaRemap.matrix).toEqual(base.matrix);
        expect(viaRemap.labels).toEqual(base.labels.map((v) => (v as number) * 1000 - 7));
        expect(f1Score(t.map(s), p.map(s), { average: 'macro' })).toBe(f1Score(t, p, { average: 'macro' }));
      }),
    );
  });

  it('weights of 1 equal no weights; scaling all weights changes no ratio', () => {
    fc.assert(
      fc.property(data, ({ t, p, w }) => {
        const ones = t.map(() => 1);
        expect(precisionRecallFscoreSupport(t, p, { sampleWeight: ones })).toEqual(precisionRecallFscoreSupport(t, p));
        const scaled = w.map((x) => x * 3);
        expectClose(matthewsCorrcoef(t, p, { sampleWeight: scaled }), matthewsCorrcoef(t, p, { sampleWeight: w }), 1e-12, 1e-12);
        expectClose(accuracyScore(t, p, { sampleWeight: scaled }), accuracyScore(t, p, { sampleWeight: w }));
      }),
    );
  });

  it('stays in range: accuracy and F-scores in [0, 1], MCC in [−1, 1], F1 between precision and recall', () => {
    fc.assert(
      fc.property(data, ({ t, p }) => {
        const a = accuracyScore(t, p);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        const m = matthewsCorrcoef(t, p);
        expect(Math.abs(m)).toBeLessThanOrEqual(1 + 1e-12);
        const r = precisionRecallFscoreSupport(t, p);
        const P = r.precision as number[];
        const R = r.recall as number[];
        (r.fbetaScore as number[]).forEach((f, i) => {
          expect(f).toBeGreaterThanOrEqual(Math.min(P[i], R[i]) - 1e-12);
          expect(f).toBeLessThanOrEqual(Math.max(P[i], R[i]) + 1e-12);
        });
        expect((r.support as number[]).reduce((x, y) => x + y, 0)).toBe(t.length);
        // Micro-averaged precision of single-label multiclass data is the accuracy.
        expectClose(precisionScore(t, p, { average: 'micro' }), a);
      }),
    );
  });

  it('accepts every integer typed array and Float32/Float64 integer labels alike', () => {
    const t = [3, 1, 2, 2, 0, 1, 3];
    const p = [3, 2, 2, 1, 0, 1, 0];
    const want = confusionMatrix(t, p);
    for (const C of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
      expect(confusionMatrix(C.from(t), C.from(p)), C.name).toEqual(want);
    }
  });
});
