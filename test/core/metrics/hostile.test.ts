// Regression tests for issue 15's lines on the one-shot metrics (items 1, 3 and 7). The
// generic classes for every function are in test/core/hostile; these pin the exact numbers.
import {
  accuracyScore,
  calinskiHarabaszScore,
  classificationAccumulatorFromCounts,
  classificationAccumulatorFromJSON,
  classificationReport,
  confusionMatrix,
  createClassificationAccumulator,
  createRegressionAccumulator,
  f1Score,
  fbetaScore,
  latencySummary,
  logLoss,
  meanSquaredError,
  perplexity,
  precisionScore,
  quantile,
  r2Score,
  regressionAccumulatorFromJSON,
  regressionAccumulatorFromSums,
  rocAucScore,
  silhouetteScore,
  throughput,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';
import { READ_LIMIT, counted } from '../hostile/harness';

const W = [1e308, 1e308];

describe('issue 15 item 3: no silent wrong number from overflow', () => {
  it('sampleWeight [1e308, 1e308] gives the same figures as [1, 1]', () => {
    // One hit in two: accuracy 0.5 (was 0: Σw overflowed to Infinity).
    expect(accuracyScore([0, 1], [0, 0], { sampleWeight: W })).toBe(0.5);
    expect(f1Score([0, 1, 1], [0, 1, 0], { sampleWeight: [1e308, 1e308, 1e308] })).toBe(
      f1Score([0, 1, 1], [0, 1, 0], { sampleWeight: [1, 1, 1] }),
    );
    expect(precisionScore([0, 1], [1, 1], { sampleWeight: W })).toBe(0.5);
    expect(rocAucScore([0, 1, 0, 1], [0.1, 0.9, 0.6, 0.4], { sampleWeight: [1e308, 1e308, 1e308, 1e308] })).toBe(0.75);
    expect(logLoss([0, 1], [0.2, 0.7], { sampleWeight: W })).toBeCloseTo(logLoss([0, 1], [0.2, 0.7]), 15);
    expect(r2Score([1, 2, 4], [1, 3, 3], { sampleWeight: [1e308, 1e308, 1e308] })).toBeCloseTo(r2Score([1, 2, 4], [1, 3, 3]), 14);
    expect(meanSquaredError([0, 0], [1, 3], { sampleWeight: W })).toBe(5);
  });

  it('weighted counts come back in the caller’s units, or are refused beyond 1.8e308', () => {
    // 1e308 · 2^-1024 · 2^1024 = 1e308 exactly (power-of-two scaling is exact).
    expect(accuracyScore([0, 1], [0, 0], { sampleWeight: W, normalize: false })).toBe(1e308);
    expect(confusionMatrix([0, 1], [0, 0], { sampleWeight: W }).matrix).toEqual([
      [1e308, 0],
      [1e308, 0],
    ]);
    // Class 1 has support 5e307 and the averages' support is 1.5e308: both representable.
    expect(classificationReport([0, 1], [0, 1], { sampleWeight: [1e308, 5e307] })['1']).toMatchObject({ support: 5e307 });
    // Two samples of 1e308 in one cell: 2e308 is not a double.
    expect(codeOf(() => confusionMatrix([0, 0], [0, 0], { sampleWeight: W }))).toBe('INVALID_VALUE');
  });

  it('latencySummary([1.7e308, 1.7e308]).mean is 1.7e308 (was NaN)', () => {
    expect(latencySummary([1.7e308, 1.7e308]).mean).toBe(1.7e308);
    expect(latencySummary([-1.7e308, 1.7e308, 0]).mean).toBe(0);
    // The quantile between opposite extremes interpolates without overflowing b − a.
    expect(quantile([-1.7e308, 1.7e308], 0.5)).toBe(0);
  });

  it('silhouette and Calinski–Harabasz on 1e200-scale points equal the unit-scale scores', () => {
    const X = [
      [0, 0],
      [1, 0],
      [10, 10],
      [11, 10],
      [0, 1],
      [10, 11],
    ];
    const labels = [0, 0, 1, 1, 0, 1];
    const big = X.map((r) => r.map((v) => v * 1e200));
    expect(silhouetteScore(big, labels)).toBeCloseTo(silhouetteScore(X, labels), 12);
    expect(calinskiHarabaszScore(big, labels) / calinskiHarabaszScore(X, labels)).toBeCloseTo(1, 12);
    const tiny = X.map((r) => r.map((v) => v * 1e-200));
    expect(silhouetteScore(tiny, labels)).toBeCloseTo(silhouetteScore(X, labels), 12);
  });

  it('fbetaScore with beta 1e200 tends to recall (was NaN: β² overflowed)', () => {
    // P = 1/1, R = 1/2: F_β → R as β → ∞ ((1 + β²)PR / (β²P + R)).
    expect(fbetaScore([0, 1, 1, 0], [0, 1, 0, 0], { beta: 1e200 })).toBe(0.5);
    expect(fbetaScore([0, 1, 1, 0], [0, 1, 0, 0], { beta: 1e-200 })).toBe(1);
  });

  it('perplexity of log-probabilities whose exp overflows is refused, not Infinity', () => {
    expect(thrown(() => perplexity([-1e308, -1e308])).code).toBe('INVALID_VALUE');
    expect(thrown(() => perplexity([-800])).message).toMatch(/^tokenLogProbs average -800/);
    expect(perplexity([-700])).toBe(Math.exp(700));
  });
});

describe('issue 15 item 1: refused early, never a raw RangeError', () => {
  it('a million numeric strings are refused at index 0 after a handful of reads', () => {
    for (const f of [meanSquaredError, r2Score] as const) {
      const { value, reads } = counted(Array.from({ length: 1e6 }, (_, i) => String(i)));
      const e = thrown(() => f(value as never, new Float64Array(1e6)));
      expect([e.code, e.index, e.argument]).toEqual(['INVALID_VALUE', 0, 'yTrue']);
      expect(reads()).toBeLessThanOrEqual(2);
    }
    const q = counted(Array.from({ length: 1e6 }, (_, i) => String(i)));
    expect(thrown(() => quantile(q.value as never, 0.5)).message).toBe('values[0] must be a number, got "0"');
    expect(q.reads()).toBeLessThanOrEqual(2);
  });

  it('new Array(2 ** 32 - 1) with a valid prefix is refused at its first hole, in both accumulators and meanSquaredError', () => {
    // The code and number buffers were allocated for the claimed length before index 0 was read
    // (16–32 GB: a raw RangeError where that cannot be reserved). Now the first hole decides.
    const sparse = (): unknown[] => {
      const a = new Array<unknown>(2 ** 32 - 1);
      a[0] = 1;
      a[1] = 0;
      return a;
    };
    const cls = counted(sparse());
    const e1 = thrown(() => createClassificationAccumulator().update(cls.value as never, cls.value as never));
    expect([e1.code, e1.index]).toEqual(['INVALID_LABEL', 2]);
    expect(cls.reads()).toBeLessThanOrEqual(READ_LIMIT);
    for (const f of [
      (y: unknown) => createRegressionAccumulator().update(y as never, y as never),
      (y: unknown) => meanSquaredError(y as never, y as never),
    ]) {
      const reg = counted(sparse());
      const e = thrown(() => f(reg.value));
      expect([e.code, e.index, e.message]).toEqual(['INVALID_VALUE', 2, 'yTrue[2] must be a number, got undefined']);
      expect(reg.reads()).toBeLessThanOrEqual(READ_LIMIT);
    }
  });

  it('accuracyScore on { length: 2 ** 53 - 1 } is refused from the length (was a hang)', () => {
    const x = counted({ length: 2 ** 53 - 1 });
    const e = thrown(() => accuracyScore(x.value as never, x.value as never));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/^yTrue has length 9007199254740991/);
    expect(x.reads()).toBe(0);
  });

  it('throughput: timestamps and windows outside Date’s range are SextantErrors, not RangeError', () => {
    expect(thrown(() => throughput([8.64e15 + 1], { windowMs: 1000 })).code).toBe('INVALID_VALUE');
    expect(thrown(() => throughput(['+275760-09-13T00:00:00.001Z'], { windowMs: 1000 })).code).toBe('INVALID_VALUE');
    expect(thrown(() => throughput([0], { windowMs: 1000, from: 1e20 })).code).toBe('INVALID_OPTION');
    // The event is in range but its window would end at 8.64e15 + 1000 ms (toISOString threw).
    expect(thrown(() => throughput([8.64e15], { windowMs: 1000 })).message).toMatch(/^options\.windowMs gives windows/);
    expect(thrown(() => throughput([0], { windowMs: 1e300 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => throughput([0, 1e15], { windowMs: 5e-324 })).code).toBe('INVALID_OPTION');
  });
});

describe('issue 15 item 7: messages that tell the truth', () => {
  it('string weights are "not numbers", not "sums to 0"', () => {
    for (const f of [accuracyScore, meanSquaredError, rocAucScore] as const) {
      const e = thrown(() => f([0, 1] as never, [0, 1] as never, { sampleWeight: ['1', '2'] as never }));
      expect(e.message).toBe('sampleWeight[0] must be a number, got "1"');
    }
  });

  it.each([
    ['BigInt64Array', new BigInt64Array(2)],
    ['DataView', new DataView(new ArrayBuffer(16))],
    ['Date', new Date(0)],
    ['Map', new Map([[0, 1]])],
    ['Set', new Set([0, 1])],
  ])('a %s where an array is expected is named in the message', (type, value) => {
    for (const f of [accuracyScore, meanSquaredError, rocAucScore] as const) {
      const e = thrown(() => f(value as never, [0, 1] as never));
      expect(e.message).toContain(`yTrue must be an array or typed array`);
      expect(e.message).toContain(type);
    }
    expect(thrown(() => latencySummary(value as never)).message).toContain(type);
    expect(thrown(() => silhouetteScore(value as never, [0, 1])).message).toContain(type);
  });

  it('string weights are "not numbers" in the accumulators too, named at their index, and change nothing', () => {
    const cls = createClassificationAccumulator().update([1, 0], [1, 1]);
    const before = JSON.stringify(cls.toJSON());
    // The checked prefix before the string is all zeros: it used to be refused as "sums to 0".
    const e = thrown(() => cls.update([1, 0, 1], [1, 1, 0], { sampleWeight: [0, 0, 'x'] as never }));
    expect([e.code, e.message]).toEqual(['INVALID_VALUE', 'sampleWeight[2] must be a number, got "x"']);
    expect(JSON.stringify(cls.toJSON())).toBe(before);
    const reg = createRegressionAccumulator();
    expect(thrown(() => reg.update([1, 2], [1, 3], { sampleWeight: ['1', '2'] as never })).message).toBe(
      'sampleWeight[0] must be a number, got "1"',
    );
    expect(reg.count).toBe(0);
    // All-zero numeric weights are still "sums to 0".
    expect(thrown(() => reg.update([1, 2], [1, 3], { sampleWeight: [0, 0] })).message).toBe('sampleWeight sums to 0');
  });

  it.each([
    ['BigInt64Array', new BigInt64Array(2)],
    ['DataView', new DataView(new ArrayBuffer(16))],
    ['Date', new Date(0)],
    ['Map', new Map([['count', 4]])],
  ])('the accumulators’ constructors name a %s given as rows, sums or state', (type, value) => {
    const rows = thrown(() => classificationAccumulatorFromCounts(value as never));
    expect([rows.code, rows.message]).toEqual(['INVALID_OPTION', expect.stringContaining(`rows must be an array`) as string]);
    expect(rows.message).toContain(type);
    const sums = thrown(() => regressionAccumulatorFromSums(value as never));
    expect([sums.code, sums.argument]).toEqual(['INVALID_VALUE', 'sums']);
    expect(sums.message).toContain(type);
    for (const f of [classificationAccumulatorFromJSON, regressionAccumulatorFromJSON] as const) {
      const e = thrown(() => f(value as never));
      expect([e.code, e.argument]).toEqual(['INVALID_STATE', 'state']);
      expect(e.message).toContain(type);
    }
  });
});
