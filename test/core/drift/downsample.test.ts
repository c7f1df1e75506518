/** LTTB against a NumPy transcription of Steinarsson's reference (fixtures/gen_lttb.py → lttb.json). */
import { downsampleLttb, driftChartModel, driftOverTime, type DriftOverTimeResult } from '@sextant/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const cases = JSON.parse(readFileSync(new URL('./fixtures/lttb.json', import.meta.url), 'utf8')) as {
  x: number[];
  y: number[];
  threshold: number;
  indices: number[];
}[];

describe('downsampleLttb', () => {
  for (const c of cases) {
    it(`n = ${c.x.length}, threshold ${c.threshold}: same picks as the reference`, () => {
      expect(downsampleLttb(c.x, c.y, c.threshold)).toEqual(c.indices);
      expect(downsampleLttb(Float64Array.from(c.x), Float64Array.from(c.y), c.threshold)).toEqual(c.indices);
    });
  }

  it('worked by hand: spikes survive', () => {
    // every = 5/2; bucket 1 = {1, 2}, next-bucket mean over {3, 4} = (3.5, 0); triangle from (0, 0):
    // k=1 area |(0−3.5)(5−0) − (0−1)(0−0)| = 17.5, k=2 area 0 → 1. Bucket 2 = {3, 4, 5}, mean of {6} = (6, 0),
    // from (1, 5): k=3 |(−5)(−5) − (−2)(−5)| = 15, k=4 |(−5)(−5) − (−3)(−5)| = 10, k=5 |(−5)(−9) − (−4)(−5)| = 25 → 5.
    expect(downsampleLttb([0, 1, 2, 3, 4, 5, 6], [0, 5, 0, 0, 0, -4, 0], 4)).toEqual([0, 1, 5, 6]);
  });

  it('keeps first and last, returns threshold ascending distinct indices', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 300 }),
        fc.integer({ min: 3, max: 400 }),
        (y, th) => {
          const x = y.map((_, i) => i);
          const idx = downsampleLttb(x, y, th);
          expect(idx.length).toBe(Math.min(th, y.length));
          expect(idx[0]).toBe(0);
          expect(idx[idx.length - 1]).toBe(y.length - 1);
          for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
        },
      ),
    );
  });

  it('values near ±1e308 pick the same points as the same shape at a small scale', () => {
    const c = cases[2];
    const small = downsampleLttb(
      c.x.map((_, i) => i),
      c.y,
      c.threshold,
    );
    const big = downsampleLttb(
      c.x.map((_, i) => i * 1e306),
      c.y.map((v) => v * 1e306),
      c.threshold,
    );
    expect(big).toEqual(small);
  });

  it('refuses bad input early', () => {
    expect(codeOf(() => downsampleLttb([0, 1, 2, 3], [0, 1, 2, 3], 2))).toBe('INVALID_OPTION');
    expect(codeOf(() => downsampleLttb([0, 1], [0], 3))).toBe('LENGTH_MISMATCH');
    expect(codeOf(() => downsampleLttb([], [], 3))).toBe('EMPTY_INPUT');
    const e = thrown(() => downsampleLttb([0, 1, 2], [0, Number.NaN, 2], 3));
    expect(e.code).toBe('NON_FINITE');
    expect(e.message).toContain('y[1]');
    // A fake huge length is refused from its length alone (issue 15's shared check), without allocating.
    expect(codeOf(() => downsampleLttb({ length: 2 ** 53 - 1 } as never, { length: 2 ** 53 - 1 } as never, 3))).toBe(
      'INVALID_OPTION',
    );
  });
});

describe('driftChartModel', () => {
  // 40 daily batches of one feature; the mean shifts in batches 10–19.
  const reference = { amount: Array.from({ length: 400 }, (_, i) => (i % 40) / 40) };
  const batches = Array.from({ length: 40 }, (_, d) => ({
    at: new Date(Date.UTC(2026, 0, 1 + d)).toISOString(),
    columns: { amount: Array.from({ length: 100 }, (_, i) => (i % 40) / 40 + (d >= 10 && d < 20 ? 0.4 : 0)) },
  }));
  const result = driftOverTime(reference, batches);

  it('carries the series, the alerts and the threshold of the feature', () => {
    const m = driftChartModel(result, 'amount');
    expect(m.visible).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(m.alerts.map((a) => [a.index, a.kind])).toEqual([
      [10, 'start'],
      [20, 'end'],
    ]);
    expect(m.driftedCount).toBe(10);
    expect(m.times[1] - m.times[0]).toBe(86_400_000);
    expect(m.yMax).toBe(m.feature.scoreType === 'p-value' ? 1 : Math.max(m.feature.threshold, ...m.scores));
  });

  it('a window keeps its alerts and counts only', () => {
    const m = driftChartModel(result, 'amount', { from: 15, to: 30 });
    expect(m.window).toEqual([15, 30]);
    expect(m.alerts.map((a) => a.index)).toEqual([20]);
    expect(m.driftedCount).toBe(5);
    expect(m.visible[0]).toBe(15);
  });

  it('downsamples long series with LTTB over the window', () => {
    const n = 5000;
    const long: DriftOverTimeResult = {
      series: {
        f: Array.from({ length: n }, (_, i) => ({
          at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
          score: i === 2500 ? 9 : Math.abs(Math.sin(i / 50)),
          drifted: false,
        })),
      },
      alerts: [],
      dataset: [],
      features: [{ name: 'f', kind: 'numeric', method: 'wasserstein', threshold: 0.1, scoreType: 'distance', reason: '' }],
    };
    const m = driftChartModel(long, 'f', { maxPoints: 200 });
    expect(m.visible.length).toBe(200);
    expect(m.visible).toContain(2500);
    expect(m.yMax).toBe(9);
  });

  it("picks what downsampleLttb picks from the window's tested batches (untested skipped, any magnitude)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e308, max: 1e308, noNaN: true }), { nil: null, freq: 5 }), {
          minLength: 4,
          maxLength: 300,
        }),
        fc.integer({ min: 3, max: 40 }),
        fc.nat(),
        fc.nat(),
        (raw, maxPoints, a, b) => {
          const n = raw.length;
          const from = a % n;
          const to = from + (b % (n - from));
          const long: DriftOverTimeResult = {
            series: { f: raw.map((score, i) => ({ at: 1_700_000_000_000 + i * 60_000, score, drifted: i % 7 === 0 })) },
            alerts: [],
            dataset: [],
            features: [{ name: 'f', kind: 'numeric', method: 'wasserstein', threshold: 0.1, scoreType: 'distance', reason: '' }],
          };
          const m = driftChartModel(long, 'f', { from, to, maxPoints });
          const tested: number[] = [];
          for (let i = from; i <= to; i++) if (raw[i] !== null) tested.push(i);
          const expected =
            tested.length <= maxPoints
              ? tested
              : downsampleLttb(
                  tested.map((i) => m.times[i]),
                  tested.map((i) => raw[i] as number),
                  maxPoints,
                ).map((k) => tested[k]);
          expect(m.visible).toEqual(expected);
          expect(m.testedCount).toBe(tested.length);
          expect(m.driftedCount).toBe(tested.filter((i) => i % 7 === 0).length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('columns { at, score, drifted } give the model the point form gives (arrays, typed arrays, ISO strings, nulls)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 6 }), fc.boolean()), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.boolean(),
        fc.integer({ min: 3, max: 30 }),
        (rows, typed, maxPoints) => {
          const t0 = Date.UTC(2026, 0, 1);
          const at = rows.map((_, i) => t0 + i * 3_600_000);
          const info: DriftOverTimeResult['features'] = [
            { name: 'f', kind: 'numeric', method: 'wasserstein', threshold: 0.5, scoreType: 'distance', reason: '' },
          ];
          const points: DriftOverTimeResult = {
            series: { f: rows.map(([score, drifted], i) => ({ at: new Date(at[i]).toISOString(), score, drifted })) },
            alerts: [],
            dataset: [],
            features: info,
          };
          const allTested = rows.every(([s]) => s !== null);
          const columns = {
            series: {
              f:
                typed && allTested
                  ? {
                      at: Float64Array.from(at),
                      score: Float64Array.from(rows, ([s]) => s as number),
                      drifted: Uint8Array.from(rows, ([, d]) => (d ? 1 : 0)),
                    }
                  : { at, score: rows.map(([s]) => s), drifted: rows.map(([, d]) => d) },
            },
            alerts: [],
            features: info,
          };
          const a = driftChartModel(points, 'f', { maxPoints });
          const b = driftChartModel(columns, 'f', { maxPoints });
          expect([...b.times]).toEqual([...a.times]);
          expect([...b.scores]).toEqual(rows.map(([s]) => (s === null ? NaN : s)));
          expect([...b.drifted]).toEqual(rows.map(([, d]) => (d ? 1 : 0)));
          expect(b.visible).toEqual(a.visible);
          expect([b.yMax, b.testedCount, b.driftedCount]).toEqual([a.yMax, a.testedCount, a.driftedCount]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('two Float64Array columns (the fast loop) give and refuse exactly what plain arrays do', () => {
    const features: DriftOverTimeResult['features'] = [
      { name: 'f', kind: 'numeric', method: 'wasserstein', threshold: 0.5, scoreType: 'distance', reason: '' },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 120 }),
        fc.option(fc.tuple(fc.nat(), fc.constantFrom(NaN, Infinity, 'back', 9e15)), { nil: undefined }),
        fc.integer({ min: 3, max: 40 }),
        (values, fault, maxPoints) => {
          const at = values.map((_, i) => 1_700_000_000_000 + i * 60_000);
          const score = [...values];
          if (fault) {
            const [k, what] = fault;
            const i = k % values.length;
            if (what === 'back') at[i] = i > 0 ? at[i - 1] : at[i];
            else if (what === 9e15) at[i] = 9e15;
            else score[i] = what as number;
          }
          const run = (series: unknown) => {
            try {
              const m = driftChartModel({ series: { f: series as never }, alerts: [], features }, 'f', { maxPoints });
              return { visible: m.visible, yMax: m.yMax, tested: m.testedCount, times: [...m.times], scores: [...m.scores] };
            } catch (e) {
              return { code: (e as { code?: string }).code, index: (e as { index?: number }).index };
            }
          };
          const plain = run({ at, score });
          expect(run({ at: Float64Array.from(at), score: Float64Array.from(score) })).toEqual(plain);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('typed columns of its own types are read in place, never written', () => {
    const at = Float64Array.from({ length: 1000 }, (_, i) => 1_700_000_000_000 + i * 60_000);
    const score = Float64Array.from({ length: 1000 }, (_, i) => Math.abs(Math.sin(i / 40)));
    const drifted = Uint8Array.from({ length: 1000 }, (_, i) => (Math.abs(Math.sin(i / 40)) > 0.9 ? 1 : 0));
    const copies = [at.slice(), score.slice(), drifted.slice()];
    const features: DriftOverTimeResult['features'] = [
      { name: 'f', kind: 'numeric', method: 'wasserstein', threshold: 0.9, scoreType: 'distance', reason: '' },
    ];
    const m = driftChartModel({ series: { f: { at, score, drifted } }, alerts: [], features }, 'f', { maxPoints: 50 });
    expect(m.times).toBe(at);
    expect(m.scores).toBe(score);
    expect(m.drifted).toBe(drifted);
    expect([at, score, drifted]).toEqual(copies);
    expect(m.driftedCount).toBe(drifted.reduce((a, b) => a + b, 0));
    // Other element types are copied into the model's own arrays.
    const m2 = driftChartModel({ series: { f: { at: [...at], score: Float32Array.from(score) } }, alerts: [], features }, 'f');
    expect(m2.times).not.toBe(at);
    expect([...m2.times]).toEqual([...at]);
    expect([...m2.scores]).toEqual([...Float32Array.from(score)]);
  });

  it('refuses an unknown feature and a bad window', () => {
    const e = thrown(() => driftChartModel(result, 'nope'));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('"amount"');
    expect(codeOf(() => driftChartModel(result, '__proto__'))).toBe('NOT_FOUND');
    expect(codeOf(() => driftChartModel(result, 'amount', { from: 5, to: 2 }))).toBe('INVALID_OPTION');
  });
});

describe('driftBinComparison', () => {
  it('is populationStabilityIndex of the present values, with the missing counted', async () => {
    const { populationStabilityIndex, driftBinComparison } = await import('@sextant/core');
    const ref = [1, 2, null, 3, 4, Number.NaN, 5, 6, 7, 8];
    const cur = [5, 6, 7, undefined, 8, 9, 10, 11, 12];
    const c = driftBinComparison(ref, cur, { bins: 4 });
    const psi = populationStabilityIndex([1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 7, 8, 9, 10, 11, 12], { bins: 4 });
    expect(c.value).toBe(psi.value);
    expect(c.contributions).toEqual(psi.contributions);
    expect(c.missing).toEqual({ reference: 2, current: 1 });
    expect(c.largestBin).toBe(psi.contributions.indexOf(Math.max(...psi.contributions)));
    expect(codeOf(() => driftBinComparison(['a', 'b'] as never, [1]))).toBe('INVALID_VALUE');
    expect(codeOf(() => driftBinComparison([1, Infinity], [1]))).toBe('NON_FINITE');
  });
});
