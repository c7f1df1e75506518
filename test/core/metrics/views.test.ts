/**
 * The chart view models of the metrics area (confusion-view.ts, curve-view.ts) against
 * scikit-learn 1.2: fixtures/views.json from fixtures/gen_views.py.
 */
import {
  abbreviateLabel,
  averagePrecisionScore,
  confusionMatrixView,
  nearestPoint,
  pointAtThreshold,
  rocAucScore,
  thresholdCurve,
} from '@sextant/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';
import { expectClose } from './support';

const ref = JSON.parse(readFileSync(new URL('./fixtures/views.json', import.meta.url), 'utf8'));

describe('confusionMatrixView', () => {
  const mc = ref.multiclass;
  it('counts, normalised views and margins match scikit-learn', () => {
    const input = { yTrue: mc.yTrue, yPred: mc.yPred, labels: mc.labels };
    const counts = confusionMatrixView(input);
    expect(counts.labels).toEqual(mc.labels);
    expect(counts.counts).toEqual(mc.counts);
    expect(counts.values).toEqual(mc.counts);
    expectClose(confusionMatrixView(input, { normalize: 'true' }).values, mc.rowNorm);
    expectClose(confusionMatrixView(input, { normalize: 'pred' }).values, mc.colNorm);
    // 'upgrade' never occurs in yTrue: its recall does not exist (scikit-learn's 0 with zero_division=0).
    expect(counts.recall[4]).toBeNull();
    expectClose(counts.recall.slice(0, 4), mc.recall.slice(0, 4));
    expectClose(counts.precision, mc.precision);
    expect(counts.total).toBe(300);
    // Row argmax off the diagonal, by hand from the counts above; 'upgrade' has no samples.
    expect(counts.topConfusion).toEqual(
      mc.counts.map((r: number[], i: number) => {
        let b: number | null = null;
        r.forEach((v, j) => {
          if (j !== i && v > 0 && (b === null || v > r[b])) b = j;
        });
        return b;
      }),
    );
    expect(counts.topConfusion[0]).toBe(4);
    expect(counts.topConfusion[4]).toBeNull();
    expect(counts.rowTotals).toEqual(mc.counts.map((r: number[]) => r.reduce((a, b) => a + b, 0)));
  });

  it('the precomputed form gives the same view as the labels form', () => {
    const a = confusionMatrixView({ yTrue: mc.yTrue, yPred: mc.yPred, labels: mc.labels }, { normalize: 'pred' });
    const b = confusionMatrixView({ labels: mc.labels, matrix: mc.counts }, { normalize: 'pred' });
    expect(b).toEqual(a);
  });

  it('colour buckets: 0 only for empty cells, the maximum in the top bucket, monotone in the value', () => {
    // Counts [[9, 1], [0, 3]], 9 buckets (steps 8): 9 → 8, 1 → 1 + ⌊8/9⌋ = 1, 3 → 1 + ⌊24/9⌋ = 3.
    expect(
      confusionMatrixView({
        labels: ['a', 'b'],
        matrix: [
          [9, 1],
          [0, 3],
        ],
      }).buckets,
    ).toEqual([
      [8, 1],
      [0, 3],
    ]);
    // sqrt scale: 1 → 1 + ⌊8·1/3⌋ = 3, 3 → 1 + ⌊8·√3/3⌋ = 5.
    expect(
      confusionMatrixView(
        {
          labels: ['a', 'b'],
          matrix: [
            [9, 1],
            [0, 3],
          ],
        },
        { scale: 'sqrt' },
      ).buckets,
    ).toEqual([
      [8, 3],
      [0, 5],
    ]);
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 9, maxLength: 9 }), fc.integer({ min: 2, max: 12 }), (cells, B) => {
        const matrix = [cells.slice(0, 3), cells.slice(3, 6), cells.slice(6, 9)];
        const v = confusionMatrixView({ labels: [1, 2, 3], matrix }, { buckets: B });
        const flat = v.values.flat();
        const b = v.buckets.flat();
        for (let i = 0; i < 9; i++) {
          expect(b[i] === 0).toBe(flat[i] === 0);
          expect(b[i]).toBeLessThan(B);
          for (let j = 0; j < 9; j++) if (flat[i] < flat[j]) expect(b[i]).toBeLessThanOrEqual(b[j]);
          if (flat[i] === v.maxValue && flat[i] > 0) expect(b[i]).toBe(B - 1);
        }
      }),
    );
  });

  it('compact above 30 classes: abbreviated labels, full text kept', () => {
    const labels = Array.from({ length: 31 }, (_, i) => `category/with/a/long/name/${i}`);
    const matrix = labels.map((_, i) => labels.map((__, j) => (i === j ? 5 : 0)));
    const v = confusionMatrixView({ labels, matrix });
    expect(v.compact).toBe(true);
    expect(v.shortLabels[3]).toBe('category/…');
    expect(v.labelText[3]).toBe(labels[3]);
    const small = confusionMatrixView({ labels: labels.slice(0, 30), matrix: matrix.slice(0, 30).map((r) => r.slice(0, 30)) });
    expect(small.compact).toBe(false);
    // Not compact: cut at 20 code points (19 + '…').
    expect(small.shortLabels[3]).toBe('category/with/a/lon…');
    // Margins bucket like shares: recall 1 → top bucket.
    expect(small.recallBuckets.every((b) => b === 8)).toBe(true);

    expect(
      confusionMatrixView({ labels: labels.slice(0, 30), matrix: matrix.slice(0, 30).map((r) => r.slice(0, 30)) }).compact,
    ).toBe(false);
  });

  it('keeps hostile labels as data', () => {
    const labels = ['__proto__', 'constructor', 'toString', '<script>alert(1)</script>', 'طلب استرداد'];
    const matrix = labels.map((_, i) => labels.map((__, j) => (i === j ? 2 : 1)));
    const v = confusionMatrixView({ labels, matrix });
    expect(v.labelText).toEqual(labels);
    expect(v.recall).toEqual([2 / 6, 2 / 6, 2 / 6, 2 / 6, 2 / 6]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses bad matrices naming the first offending place', () => {
    const e1 = thrown(() => confusionMatrixView({ labels: ['a', 'b'], matrix: [[1, 2], [3]] }));
    expect(e1.code).toBe('LENGTH_MISMATCH');
    expect(e1.message).toContain('matrix[1]');
    const e2 = thrown(() =>
      confusionMatrixView({
        labels: ['a', 'b'],
        matrix: [
          [1, Number.NaN],
          [3, 4],
        ],
      }),
    );
    expect(e2.code).toBe('NON_FINITE');
    expect(e2.message).toContain('matrix[0][1]');
    expect(
      codeOf(() =>
        confusionMatrixView({
          labels: ['a', 'b'],
          matrix: [
            [1, -2],
            [3, 4],
          ],
        }),
      ),
    ).toBe('INVALID_VALUE');
    expect(
      codeOf(() =>
        confusionMatrixView({
          labels: ['a', 'a'],
          matrix: [
            [1, 2],
            [3, 4],
          ],
        }),
      ),
    ).toBe('INVALID_LABEL');
    expect(codeOf(() => confusionMatrixView({ labels: [], matrix: [] }))).toBe('EMPTY_INPUT');
    expect(codeOf(() => confusionMatrixView({ labels: ['a'], matrix: [[1e308]] }, {}))).toBe(undefined);
    expect(
      codeOf(() =>
        confusionMatrixView({
          labels: ['a', 'b'],
          matrix: [
            [1e308, 1e308],
            [0, 0],
          ],
        }),
      ),
    ).toBe('INVALID_VALUE');
    expect(codeOf(() => confusionMatrixView({ labels: ['a'], matrix: [[1]] }, { normalize: 'all' as 'true' }))).toBe(
      'INVALID_OPTION',
    );
    // A huge fake length is refused from the length alone, before any element is read.
    expect(
      codeOf(() => confusionMatrixView({ labels: { length: 2 ** 53 - 1 } as never, matrix: { length: 2 ** 53 - 1 } as never })),
    ).toBe('INVALID_OPTION');
  });
});

describe('abbreviateLabel', () => {
  it('cuts by code points and marks the cut', () => {
    expect(abbreviateLabel('shoes', 5)).toBe('shoes');
    expect(abbreviateLabel('sneakers', 5)).toBe('snea…');
    // Four emoji (two UTF-16 units each) fit in 4 code points: not cut.
    expect(abbreviateLabel('😀😀😀😀', 4)).toBe('😀😀😀😀');
    expect(abbreviateLabel('😀😀😀😀😀', 4)).toBe('😀😀😀…');
    expect(abbreviateLabel('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('thresholdCurve', () => {
  for (const name of ['binary', 'weighted']) {
    const c = ref[name];
    const options = c.sampleWeight ? { sampleWeight: c.sampleWeight } : {};
    it(`${name}: rates, precision, AUC and AP match scikit-learn`, () => {
      const t = thresholdCurve(c.yTrue, c.yScore, options);
      expectClose(t.fpr, c.fpr);
      expectClose(t.tpr, c.tpr);
      // scikit-learn 1.2 puts max + 1 where ≥ 1.3 (and Sextant) put Infinity.
      expect(t.thresholds[0]).toBe(Infinity);
      expectClose(t.thresholds.slice(1), c.thresholds.slice(1));
      expectClose(t.precision, [...c.precision].reverse());
      expectClose(t.tpr, [...c.recall].reverse());
      expectClose(t.rocAuc, c.rocAuc, 1e-12, 1e-12);
      expectClose(t.averagePrecision, c.averagePrecision, 1e-12, 1e-12);
      expectClose(t.rocAuc, rocAucScore(c.yTrue, c.yScore, options), 1e-12, 1e-12);
      expectClose(t.averagePrecision, averagePrecisionScore(c.yTrue, c.yScore, options), 1e-12, 1e-12);
    });
    it(`${name}: counts at a decision threshold equal NumPy's (score ≥ t)`, () => {
      const t = thresholdCurve(c.yTrue, c.yScore, options);
      for (const at of c.at) {
        const i = pointAtThreshold(t.thresholds, at.threshold);
        expectClose([t.tp[i], t.fp[i], t.fn[i], t.tn[i]], [at.tp, at.fp, at.fn, at.tn], 1e-12, 1e-9);
      }
    });
  }

  it('unweighted counts are exact integers that add up', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 60 }), (rows) => {
        const y = rows.map(([b]) => (b ? 1 : 0));
        if (!y.includes(0) || !y.includes(1)) return;
        const s = rows.map(([, v]) => v / 20);
        const t = thresholdCurve(y, s);
        const P = y.filter((v) => v === 1).length;
        for (let i = 0; i < t.tp.length; i++) {
          expect(Number.isInteger(t.tp[i]) && Number.isInteger(t.fp[i])).toBe(true);
          expect(t.tp[i] + t.fn[i]).toBe(P);
          expect(t.fp[i] + t.tn[i]).toBe(y.length - P);
          // Brute force at this threshold.
          const th = t.thresholds[i];
          expect(t.tp[i]).toBe(y.filter((v, k) => v === 1 && s[k] >= th).length);
        }
      }),
    );
  });

  it('refuses what the curves refuse', () => {
    expect(codeOf(() => thresholdCurve([1, 1], [0.2, 0.3]))).toBe('INVALID_LABEL');
    expect(codeOf(() => thresholdCurve([0, 1], [0.2, Number.NaN]))).toBe('NON_FINITE');
  });
});

describe('pointAtThreshold and nearestPoint', () => {
  it('finds the last point whose threshold is ≥ t', () => {
    const th = [Infinity, 0.8, 0.4, 0.35, 0.1];
    expect([0.9, 0.8, 0.5, 0.4, 0.36, 0.35, 0.2, 0.1, 0, -Infinity].map((t) => pointAtThreshold(th, t))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
    expect(pointAtThreshold(th, Infinity)).toBe(0);
    expect(codeOf(() => pointAtThreshold(th, Number.NaN))).toBe('INVALID_OPTION');
  });

  it('nearest point in screen units; ties keep the earlier point', () => {
    expect(nearestPoint([0, 1, 2], [0, 0, 0], 0.5, 0)).toBe(0);
    expect(nearestPoint([0, 1, 2], [0, 0, 0], 0.6, 0)).toBe(1);
    // y is 100× more spread on screen: the point at the same y wins.
    expect(nearestPoint([0, 1], [0, 0.1], 0.1, 0.1, 1, 100)).toBe(1);
  });
});
