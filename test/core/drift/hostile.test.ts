/** Issue 15 (items 1, 3, 7) in drift: early refusals, no overflow, messages naming the type. */
import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  detectDrift,
  downsampleLttb,
  driftBinComparison,
  driftChartModel,
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

describe('keyed results keep every label (issue 15, item 2)', () => {
  const names = ['__proto__', 'constructor', 'toString'];

  it('driftOverTime: columns named __proto__, constructor, toString keep their series, on a null-prototype object', () => {
    // JSON.parse makes "__proto__" an own column, as a table read from a file would have it.
    const reference = JSON.parse(
      '{"__proto__": [1, 2, 3, 4, 5, 6, 7], "constructor": [1, 2, 3, 4, 5, 6, 7], "toString": [1, 2, 3, 4, 5, 6, 7]}',
    ) as DriftTable;
    const batch = JSON.parse(
      '{"__proto__": [11, 12, 13, 14, 15, 16, 17], "constructor": [1, 2, 3, 4, 5, 6, 7], "toString": [1, 2, 3, 4, 5, 6, 7]}',
    ) as DriftTable;
    const r = driftOverTime(reference, [{ at: '2026-03-01T00:00:00Z', columns: batch }]);
    expect(Object.getPrototypeOf(r.series)).toBe(null);
    expect(Object.keys(r.series)).toEqual(names);
    for (const n of names) expect(Array.isArray(r.series[n]) && r.series[n].length).toBe(1);
    // Disjoint samples of 7: KS D = 1, exact two-sided p = 2 / C(14, 7) = 2 / 3432.
    expect(r.series['__proto__'][0].score).toBeCloseTo(2 / 3432, 15);
    expect(r.series['constructor'][0]).toMatchObject({ score: 1, drifted: false });
    expect(r.alerts).toEqual([
      { at: '2026-03-01T00:00:00Z', feature: '__proto__', kind: 'start', score: r.series['__proto__'][0].score },
    ]);
    // The chart model finds each of them, and Object.prototype is untouched.
    for (const n of names) expect(driftChartModel(r, n).feature.name).toBe(n);
    expect(({} as Record<string, unknown>).score).toBeUndefined();
  });

  it('chiSquareTest: categories named __proto__, constructor, toString are categories like any other', () => {
    const r = chiSquareTest(
      ['__proto__', 'constructor', 'toString', 'toString'],
      ['__proto__', '__proto__', 'constructor', 'toString'],
    );
    expect(r.categories).toEqual(names);
    expect(r.observed).toEqual([2, 1, 1]);
    // expected = shares 1/4, 1/4, 1/2 of 4 = 1, 1, 2; statistic = 1 + 0 + 1/2
    expect(r.expected).toEqual([1, 1, 2]);
    expect(r.statistic).toBe(1.5);
  });
});

describe('driftChartModel reads what driftOverTime returns, and nothing else', () => {
  const reference = { a: [1, 2, 3, 4, 5, 6, 7] };

  it('batches at epoch milliseconds (accepted and echoed by driftOverTime) chart (they were refused as "not ISO-8601")', () => {
    const t0 = Date.UTC(2026, 2, 1);
    const r = driftOverTime(reference, [
      { at: t0 as never, columns: { a: [1, 2, 3, 4, 5, 6, 7] } },
      { at: (t0 + 86_400_000) as never, columns: { a: [11, 12, 13, 14, 15, 16, 17] } },
    ]);
    const m = driftChartModel(r, 'a');
    expect([...m.times]).toEqual([t0, t0 + 86_400_000]);
    expect(m.alerts).toMatchObject([{ kind: 'start', index: 1, t: t0 + 86_400_000 }]);
  });

  it('features or alerts that are not arrays of objects are refused, naming them (they read as "none")', () => {
    const r = driftOverTime(reference, [{ at: '2026-03-01T00:00:00Z', columns: { a: [1, 2, 3] } }]);
    expect(thrown(() => driftChartModel({ ...r, features: new Map() as never }, 'a'))).toMatchObject({
      code: 'INVALID_VALUE',
      argument: 'result.features',
    });
    expect(thrown(() => driftChartModel({ ...r, alerts: { length: 1e9 } as never }, 'a')).message).toMatch(
      /result\.alerts must be an array, as driftOverTime returns it; got an object with length 1000000000/,
    );
    expect(thrown(() => driftChartModel({ ...r, alerts: [null as never] }, 'a'))).toMatchObject({
      argument: 'result.alerts',
      index: 0,
    });
    expect(
      thrown(() =>
        driftChartModel({ ...r, alerts: [{ ...r.series.a[0], feature: 'a', kind: 'start', at: 1e20 as never }] }, 'a'),
      ),
    ).toMatchObject({
      code: 'INVALID_VALUE',
      argument: 'result.alerts[0].at',
    });
  });
});

describe('driftBinComparison and downsampleLttb: indices and picks', () => {
  it('Infinity after a missing value is named by its own index (it was the index among the present values)', () => {
    expect(thrown(() => driftBinComparison([null, 1, Infinity], [1, 2]))).toMatchObject({
      code: 'NON_FINITE',
      argument: 'reference',
      index: 2,
    });
  });

  it('LTTB picks the same points at 2^330 as at 1 (dividing by the maximum rounded and broke ties differently)', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const y = [1.5, 0.5, 7.5, 6.5, 5.5, 4.5, 3.5, 2.5];
    const base = downsampleLttb(x, y, 4);
    const s = 2 ** 330;
    expect(
      downsampleLttb(
        x.map((v) => v * s),
        y.map((v) => v * s),
        4,
      ),
    ).toEqual(base);
    expect(
      downsampleLttb(
        x.map((v) => v * 2 ** 1020),
        y.map((v) => v * 2 ** 1020),
        4,
      ),
    ).toEqual(base);
  });
});
