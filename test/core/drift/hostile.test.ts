/** Issue 15 (items 1, 3, 7) in drift: early refusals, no overflow, messages naming the type. */
import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  detectDrift,
  driftBinComparison,
  driftOverTime,
  jensenShannonDistance,
  wassersteinDistance,
  type DriftTable,
} from '@sextant/core';
import { thrown } from '../../support/errors';

const table = (col: unknown) => ({ a: col }) as unknown as DriftTable;

describe('drift refuses a made-up length before reading it', () => {
  it('detectDrift: { length: 2**53 - 1 } is no column (it used to hang)', () => {
    const e = thrown(() => detectDrift(table({ length: 2 ** 53 - 1 }), { a: [1, 2] }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'reference.a' });
    expect(e.message).toMatch(/has length 9007199254740991; the length of an array-like must be an integer in 0…4294967295/);
  });

  it('detectDrift: { length: 1e9 } stops at the first absent element', () => {
    const e = thrown(() => detectDrift({ a: [1, 2] }, table({ length: 1e9 })));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'current.a', index: 0 });
    expect(e.message).toMatch(/current\.a\[0\] is absent/);
    // an explicit undefined is still a missing value, as documented
    expect(detectDrift({ a: [1, 2, 3] }, { a: [1, undefined, 3] }).features[0].missing).toEqual({ reference: 0, current: 1 });
  });

  it('driftBinComparison and driftOverTime refuse the same way', () => {
    expect(thrown(() => driftBinComparison({ length: 1e9 } as never, [1, 2]))).toMatchObject({
      code: 'INVALID_VALUE',
      index: 0,
    });
    expect(thrown(() => driftBinComparison({ length: 2 ** 53 - 1 } as never, [1, 2])).code).toBe('INVALID_OPTION');
    expect(
      thrown(() => driftOverTime({ a: [1, 2] }, [{ at: '2026-03-01T00:00:00Z', columns: table({ length: 2 ** 53 - 1 }) }])),
    ).toMatchObject({
      code: 'INVALID_OPTION',
      argument: 'batches[0].columns.a',
    });
    expect(
      thrown(() => driftOverTime(table({ length: 1e9 }), [{ at: '2026-03-01T00:00:00Z', columns: { a: [1] } }])),
    ).toMatchObject({
      code: 'INVALID_VALUE',
      argument: 'reference.a',
      index: 0,
    });
  });

  it('a DataView, BigInt64Array, Map or Date as a column is named in the message', () => {
    const cases: [unknown, RegExp][] = [
      [new DataView(new ArrayBuffer(16)), /got a DataView/],
      [new BigInt64Array(2), /got a BigInt64Array/],
      [new Map([[0, 1]]), /got a Map/],
      [new Date(0), /got a Date/],
    ];
    for (const [col, message] of cases) {
      const e = thrown(() => detectDrift(table(col), { a: [1, 2] }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toMatch(message);
      expect(thrown(() => driftBinComparison(col as never, [1])).message).toMatch(message);
    }
  });
});

describe('drift near ±1.8e308: rescaled, never 0, NaN or Infinity', () => {
  it('Wasserstein drift on ±1.7e308 data scores its true distance (it scored 0)', () => {
    const reference = Array.from({ length: 1200 }, (_, i) => (i % 2 ? 1 : -1) * (1.7e308 / 7) * ((i % 7) + 1));
    const current = Array.from({ length: 1200 }, (_, i) => (1.7e308 / 7) * ((i % 7) + 1));
    const f = detectDrift({ x: reference }, { x: current }).features[0];
    // NumPy/SciPy on the data ÷ 1e300: wasserstein_distance → 9.706190476190476e+307 (× 1e300),
    // ÷ np.std(reference) → 0.8945395754489245
    expect(f.method).toBe('wasserstein');
    expect((f.statistic as number) / 9.706190476190476e307).toBeCloseTo(1, 14);
    expect(f.score).toBeCloseTo(0.8945395754489245, 14);
    expect(f.drifted).toBe(true);
  });

  it('wassersteinDistance rescales gaps that overflow and weights whose total overflows', () => {
    // merged support −1.7e308, 0, 1, 1.7e308: |½ − 0|·1.7e308 + 0·1 + |½ − 1|·(1.7e308 − 1) = 1.7e308
    expect(wassersteinDistance([1.7e308, -1.7e308], [0, 1])).toBe(1.7e308);
    // F_u(0) = ½ (equal weights); F_v(0) = 1e308 / 1.3e308 = 10/13; |½ − 10/13|·1 = 7/26
    expect(wassersteinDistance([0, 1], [0, 1], { uWeights: [1e308, 1e308], vWeights: [1e308, 3e307] })).toBeCloseTo(7 / 26, 15);
  });

  it('a Wasserstein distance beyond the largest double is refused, not Infinity', () => {
    const e = thrown(() => wassersteinDistance([1.7e308, 1.7e308], [-1.7e308]));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/beyond the largest finite number/);
  });

  it('jensenShannonDistance: entries near 1e308 are shares like any others (they gave 0.707)', () => {
    // scipy.spatial.distance.jensenshannon([1, 1], [1, 0], base=2) = 0.5579230452841438
    expect(jensenShannonDistance([1e308, 1e308], [1e308, 0], { base: 2 })).toBeCloseTo(0.5579230452841438, 15);
  });

  it('jensenShannonDistance: a base below 1 is refused (the square root of a negative divergence was NaN)', () => {
    const e = thrown(() => jensenShannonDistance([1, 0], [0, 1], { base: 0.5 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.base' });
    expect(e.message).toMatch(/> 1/);
  });
});

describe('chiSquareTest names what is not a list of categories', () => {
  it('a DataView is refused (it gave a NaN statistic)', () => {
    const e = thrown(() => chiSquareTest(new DataView(new ArrayBuffer(8)) as never, ['a']));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'referenceCategories' });
    expect(e.message).toMatch(/got a DataView/);
  });
});
