import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classificationAccumulatorFromCounts,
  confusionMatrix,
  createClassificationAccumulator,
  createRegressionAccumulator,
  regressionAccumulatorFromSums,
} from '@sextant/core/metrics';
import { codeOf, thrown } from '../../support/errors';

/** The GROUP BY a warehouse would run, done in JS: one row per (true, predicted) pair. */
function groupBy(yTrue: readonly (string | number)[], yPred: readonly (string | number)[]) {
  const m = new Map<string, { yTrue: string | number; yPred: string | number; count: number }>();
  yTrue.forEach((t, i) => {
    const key = JSON.stringify([t, yPred[i]]);
    const row = m.get(key) ?? { yTrue: t, yPred: yPred[i], count: 0 };
    row.count++;
    m.set(key, row);
  });
  return [...m.values()];
}

/** The sums of regressionAccumulatorFromSums, as SQL computes them, shifts taken from the first row. */
function sqlSums(y: readonly number[], p: readonly number[]) {
  const e = y.map((v, i) => v - p[i]);
  const spread = (x: number[]) => {
    const shift = x[0];
    return {
      shift,
      sum: x.reduce((a, v) => a + (v - shift), 0),
      sumSquares: x.reduce((a, v) => a + (v - shift) ** 2, 0),
      min: Math.min(...x),
      max: Math.max(...x),
    };
  };
  return {
    count: y.length,
    sumAbsError: e.reduce((a, v) => a + Math.abs(v), 0),
    sumSquaredError: e.reduce((a, v) => a + v * v, 0),
    yTrue: spread([...y]),
    error: spread(e),
  };
}

describe('classificationAccumulatorFromCounts', () => {
  it('equals an accumulator fed every sample, counts exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', '__proto__', 'toString'), fc.constantFrom('a', 'b', 'c', '__proto__')), {
          minLength: 1,
          maxLength: 200,
        }),
        (pairs) => {
          const yTrue = pairs.map((p) => p[0]);
          const yPred = pairs.map((p) => p[1]);
          const fromRows = classificationAccumulatorFromCounts(groupBy(yTrue, yPred)).compute();
          const direct = createClassificationAccumulator().update(yTrue, yPred).compute();
          expect(fromRows).toEqual(direct);
          expect(fromRows.matrix).toEqual(confusionMatrix(yTrue, yPred, { labels: fromRows.labels }).matrix);
        },
      ),
    );
  });

  it('takes bigint counts from database drivers, repeated pairs add up, labels select and order', () => {
    const acc = classificationAccumulatorFromCounts(
      [
        { yTrue: 1, yPred: 1, count: 3n },
        { yTrue: 0, yPred: 1, count: 2 },
        { yTrue: 1, yPred: 1, count: 1 },
        { yTrue: 0, yPred: 0, count: 4n },
      ],
      { labels: [1, 0] },
    );
    // rows = true, columns = predicted, in the order [1, 0]: (1,1) = 3 + 1, (0,1) = 2, (0,0) = 4.
    expect(acc.compute().matrix).toEqual([
      [4, 0],
      [2, 4],
    ]);
    expect(acc.count).toBe(10);
  });

  it('refuses bad rows at the first offending index', () => {
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 'a', yPred: 'a', count: -1 }]))).toBe('INVALID_VALUE');
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 'a', yPred: 'a', count: Number.NaN }]))).toBe(
      'INVALID_VALUE',
    );
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 'a', yPred: 'a', count: 2n ** 60n }]))).toBe(
      'INVALID_VALUE',
    );
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: {} as never, yPred: 'a', count: 1 }]))).toBe(
      'INVALID_LABEL',
    );
    expect(
      codeOf(() =>
        classificationAccumulatorFromCounts([
          { yTrue: 'a', yPred: 'a', count: 1 },
          { yTrue: 1, yPred: 1, count: 1 },
        ]),
      ),
    ).toBe('INVALID_LABEL');
    // A length no Array can have is refused by the shared array-like check, before any row is read.
    expect(codeOf(() => classificationAccumulatorFromCounts({ length: 2 ** 53 - 1 } as never))).toBe('INVALID_OPTION');
    // A holey one of a possible length is refused at its first row.
    expect(codeOf(() => classificationAccumulatorFromCounts({ length: 1e9 } as never))).toBe('INVALID_VALUE');
    expect(thrown(() => classificationAccumulatorFromCounts(new BigInt64Array(2) as never)).message).toContain('BigInt64Array');
    expect(codeOf(() => classificationAccumulatorFromCounts(null as never))).toBe('INVALID_OPTION');
  });
});

describe('regressionAccumulatorFromSums', () => {
  it('gives the metrics an accumulator fed every row gives (1e-12 relative)', () => {
    fc.assert(
      fc.property(
        // Magnitudes below 1e-100 would square into subnormals, where no sum is 1e-9 accurate.
        fc.array(
          fc
            .tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true }))
            .map(([a, b]) => [Math.abs(a) < 1e-100 ? 0 : a, Math.abs(b) < 1e-100 ? 0 : b] as [number, number]),
          {
            minLength: 2,
            maxLength: 100,
          },
        ),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((o) => (Math.abs(o) < 1e-100 ? 0 : o)),
        (pairs, offset) => {
          const y = pairs.map((q) => q[0] + offset);
          const p = pairs.map((q) => q[1] + offset);
          if (new Set(y).size < 2) return;
          const a = regressionAccumulatorFromSums(sqlSums(y, p)).compute();
          const b = createRegressionAccumulator().update(y, p).compute();
          for (const k of ['meanAbsoluteError', 'meanSquaredError', 'r2Score', 'explainedVarianceScore'] as const) {
            const x = a[k] as number;
            const z = b[k] as number;
            expect(Math.abs(x - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
          }
          expect(a.count).toBe(b.count);
        },
      ),
    );
  });

  it('refuses impossible sums, naming the field', () => {
    const ok = sqlSums([1, 2, 3, 6], [1, 3, 3, 5]);
    expect(codeOf(() => regressionAccumulatorFromSums({ ...ok, count: 0 }))).toBe('INVALID_VALUE');
    expect(codeOf(() => regressionAccumulatorFromSums({ ...ok, sumSquaredError: -1 }))).toBe('INVALID_VALUE');
    expect(codeOf(() => regressionAccumulatorFromSums({ ...ok, yTrue: { ...ok.yTrue, min: 9 } }))).toBe('INVALID_VALUE');
    try {
      regressionAccumulatorFromSums({ ...ok, error: { ...ok.error, sumSquares: Number.NaN } });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('sums.error.sumSquares');
    }
  });
});
