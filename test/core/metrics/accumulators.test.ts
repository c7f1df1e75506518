import {
  accuracyScore,
  classificationAccumulatorFromJSON,
  classificationReport,
  confusionMatrix,
  createClassificationAccumulator,
  createRegressionAccumulator,
  explainedVarianceScore,
  meanAbsoluteError,
  meanSquaredError,
  r2Score,
  regressionAccumulatorFromJSON,
  type ClassificationAccumulator,
  type ClassificationAccumulatorJSON,
  type Label,
  type RegressionAccumulator,
  type RegressionAccumulatorJSON,
  type SpreadJSON,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose, expectRefusal } from './support';

/** Cut [0, n) at the given points (sorted, deduplicated) into non-empty chunks. */
function chunks(n: number, cuts: number[]): [number, number][] {
  const at = Array.from(new Set(cuts.map((c) => c % n).filter((c) => c > 0))).sort((a, b) => a - b);
  const out: [number, number][] = [];
  let lo = 0;
  for (const c of [...at, n]) {
    out.push([lo, c]);
    lo = c;
  }
  return out;
}

/** Apply a permutation given as random keys. */
function shuffled<T>(xs: T[], keys: number[]): T[] {
  return xs
    .map((x, i) => [keys[i % keys.length] + i * 1e-9, x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);
}

/** Merge in the shuffled order — or as a balanced tree when `tree` is set. */
function mergeAll<A extends { merge(o: A): A }>(accs: A[], tree: boolean): A {
  if (!tree) return accs.slice(1).reduce((a, b) => a.merge(b), accs[0]);
  let level = accs;
  while (level.length > 1) {
    const next: A[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? level[i].merge(level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

const roundTrip = <T>(json: T): T => JSON.parse(JSON.stringify(json)) as T;

// ------------------------------------------------------------ classification --

const labelKinds = {
  int: (v: number): Label => v * 3 - 2,
  str: (v: number): Label => ['cat', 'dog', 'émeu', 'Zebra', '🦊', 'ant'][v],
  bool: (v: number): Label => v % 2 === 1,
};

const clsData = fc
  .record({
    n: fc.integer({ min: 1, max: 150 }),
    k: fc.integer({ min: 1, max: 6 }),
    kind: fc.constantFrom('int', 'str', 'bool') as fc.Arbitrary<keyof typeof labelKinds>,
    weighted: fc.boolean(),
  })
  .chain(({ n, k, kind, weighted }) =>
    fc.record({
      t: fc.array(fc.integer({ min: 0, max: k - 1 }).map(labelKinds[kind]), { minLength: n, maxLength: n }),
      p: fc.array(fc.integer({ min: 0, max: k - 1 }).map(labelKinds[kind]), { minLength: n, maxLength: n }),
      // Weights like 0.1·m are not exact in binary: the sums really need compensation.
      w: weighted
        ? fc.array(
            fc.integer({ min: 1, max: 30 }).map((m) => m / 10),
            { minLength: n, maxLength: n },
          )
        : fc.constant(undefined),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }),
      tree: fc.boolean(),
    }),
  );

describe('classification accumulator', () => {
  it('any chunking, JSON round trip and merge order equals one pass and the one-shot functions', () => {
    fc.assert(
      fc.property(clsData, ({ t, p, w, cuts, order, tree }) => {
        const one = createClassificationAccumulator().update(t, p, w ? { sampleWeight: w } : undefined);
        const parts = chunks(t.length, cuts).map(([lo, hi]) => {
          const acc = createClassificationAccumulator().update(
            t.slice(lo, hi),
            p.slice(lo, hi),
            w ? { sampleWeight: w.slice(lo, hi) } : undefined,
          );
          return classificationAccumulatorFromJSON(roundTrip(acc.toJSON()));
        });
        const merged = mergeAll(shuffled(parts, order), tree);
        expect(merged.count).toBe(t.length);
        const a = merged.compute();
        const b = one.compute();
        expect(a.labels).toEqual(b.labels);
        if (!w) {
          // Counts merge exactly.
          expect(a.matrix).toEqual(b.matrix);
          expect(a.matrix).toEqual(confusionMatrix(t, p).matrix);
          expect(a.accuracy).toBe(accuracyScore(t, p));
        }
        expectClose(a.matrix, b.matrix, 1e-12, 0);
        expectClose(a.accuracy, b.accuracy, 1e-12, 0);
        expectClose(a.report, b.report, 1e-12, 1e-15);
        const opts = w ? { sampleWeight: w } : {};
        expectClose(a.matrix, confusionMatrix(t, p, opts).matrix, 1e-12, 0);
        expectClose(a.accuracy, accuracyScore(t, p, opts), 1e-12, 0);
        expectClose(a.report, classificationReport(t, p, opts), 1e-12, 1e-15);
      }),
    );
  });

  it('labels select and order the result; other classes still count in the denominators', () => {
    const t = ['a', 'b', 'c', 'a', 'c'];
    const p = ['a', 'c', 'c', 'b', 'a'];
    const acc = createClassificationAccumulator({ labels: ['c', 'a'] }).update(t.slice(0, 2), p.slice(0, 2));
    acc.merge(
      createClassificationAccumulator({ labels: ['c', 'a'] })
        .update(t.slice(2), p.slice(2))
        .toJSON(),
    );
    const r = acc.compute();
    expect(r.labels).toEqual(['c', 'a']);
    expect(r.matrix).toEqual(confusionMatrix(t, p, { labels: ['c', 'a'] }).matrix);
    expect(r.report).toEqual(classificationReport(t, p, { labels: ['c', 'a'] }));
    expect(r.accuracy).toBe(accuracyScore(t, p));
  });

  it('refuses bad chunks without changing its state', () => {
    const acc = createClassificationAccumulator().update([1, 2], [1, 1]);
    const before = JSON.stringify(acc.toJSON());
    expectRefusal(() => acc.update([1, NaN], [1, 1]), 'NON_FINITE', /yTrue\[1\] is NaN/);
    expectRefusal(() => acc.update(['a'], ['a']), 'INVALID_LABEL', /string labels but this accumulator holds number labels/);
    expectRefusal(() => acc.update([1], [1, 2]), 'LENGTH_MISMATCH');
    expectRefusal(() => acc.update([1, 2], [1, 2], { sampleWeight: [0, 0] }), 'INVALID_VALUE');
    expect(JSON.stringify(acc.toJSON())).toBe(before);
    expectRefusal(() => createClassificationAccumulator().compute(), 'EMPTY_INPUT');
  });

  it('refuses states that are not its own', () => {
    const good = createClassificationAccumulator().update([0, 1], [1, 1]).toJSON();
    const bad = (patch: Partial<Record<keyof ClassificationAccumulatorJSON, unknown>>) =>
      ({ ...roundTrip(good), ...patch }) as unknown as ClassificationAccumulatorJSON;
    expectRefusal(() => classificationAccumulatorFromJSON(null as never), 'INVALID_STATE');
    expectRefusal(() => classificationAccumulatorFromJSON(bad({ type: 'other' })), 'INVALID_STATE', /type/);
    expectRefusal(
      () => classificationAccumulatorFromJSON(bad({ matrix: [[1, 0]] })),
      'INVALID_STATE',
      /state\.matrix must be 2 rows of 2/,
    );
    expectRefusal(
      () => classificationAccumulatorFromJSON(bad({ classes: [0, 0] })),
      'INVALID_STATE',
      /state\.classes\[1\] repeats 0/,
    );
    expectRefusal(
      () => classificationAccumulatorFromJSON(bad({ classes: [0, 'a'] })),
      'INVALID_STATE',
      /state\.classes\[1\] is a string/,
    );
    expectRefusal(() => classificationAccumulatorFromJSON(bad({ count: -1 })), 'INVALID_STATE', /count/);
    expectRefusal(
      () => createClassificationAccumulator().merge(createRegressionAccumulator().toJSON() as never),
      'INVALID_STATE',
    );
    expectRefusal(
      () => createClassificationAccumulator({ labels: [0] }).merge(createClassificationAccumulator({ labels: [1] })),
      'INVALID_STATE',
      /different labels/,
    );
    expectRefusal(
      () =>
        createClassificationAccumulator()
          .update(['x'], ['x'])
          .merge(createClassificationAccumulator().update([1], [1])),
      'INVALID_LABEL',
    );
  });
});

// ----------------------------------------------------------------- regression --

const regData = fc
  .record({ n: fc.integer({ min: 1, max: 200 }), offset: fc.constantFrom(0, 1e3, 1e6, -5e7), weighted: fc.boolean() })
  .chain(({ n, offset, weighted }) =>
    fc.record({
      t: fc.array(
        fc.integer({ min: -1e6, max: 1e6 }).map((v) => offset + v / 1000),
        { minLength: n, maxLength: n },
      ),
      e: fc.array(
        fc.integer({ min: -1e5, max: 1e5 }).map((v) => v / 1000),
        { minLength: n, maxLength: n },
      ),
      w: weighted
        ? fc.array(
            fc.integer({ min: 1, max: 30 }).map((m) => m / 10),
            { minLength: n, maxLength: n },
          )
        : fc.constant(undefined),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 16 }),
      tree: fc.boolean(),
    }),
  );

/** Relative closeness of [sum, compensation] pairs, measured against `scale`. */
function expectSumClose(a: [number, number], b: [number, number], scale: number, what: string): void {
  const x = a[0] + a[1];
  const y = b[0] + b[1];
  expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThanOrEqual(1e-12 * Math.max(Math.abs(y), scale));
}

describe('regression accumulator', () => {
  it('any chunking, JSON round trip and merge order equals one pass (counts exactly, sums to 1e-12)', () => {
    fc.assert(
      fc.property(regData, ({ t, e, w, cuts, order, tree }) => {
        const p = t.map((v, i) => v + e[i]);
        const opts = (lo: number, hi: number) => (w ? { sampleWeight: w.slice(lo, hi) } : undefined);
        const one = createRegressionAccumulator().update(t, p, opts(0, t.length));
        const parts = chunks(t.length, cuts).map(([lo, hi]) =>
          regressionAccumulatorFromJSON(
            roundTrip(createRegressionAccumulator().update(t.slice(lo, hi), p.slice(lo, hi), opts(lo, hi)).toJSON()),
          ),
        );
        const merged = mergeAll(shuffled(parts, order), tree);
        const A = merged.toJSON();
        const B = one.toJSON();
        expect(A.count).toBe(B.count);
        for (const k of ['yTrue', 'error'] as const) expect([A[k].min, A[k].max]).toEqual([B[k].min, B[k].max]);
        const W = B.sumWeight[0];
        expectSumClose(A.sumWeight, B.sumWeight, W, 'Σw');
        expectSumClose(A.sumAbsError, B.sumAbsError, 0, 'Σw|e|');
        expectSumClose(A.sumSquaredError, B.sumSquaredError, 0, 'Σw·e²');
        // Σ w·x = shift·Σw + Σ w·(x − shift), whatever shift each side ended up with.
        const wsum = (sp: SpreadJSON) => sp.shift * W + sp.sumDeviation[0] + sp.sumDeviation[1];
        const absT = t.reduce((acc, v, i) => acc + Math.abs(v) * (w ? w[i] : 1), 0);
        expect(Math.abs(wsum(A.yTrue) - wsum(B.yTrue))).toBeLessThanOrEqual(1e-12 * absT);
        expect(Math.abs(wsum(A.error) - wsum(B.error))).toBeLessThanOrEqual(1e-12 * Math.max(B.sumAbsError[0], 1e-300));
        expectSumClose(A.yTrue.m2, B.yTrue.m2, 0, 'M2(y)');
        expectSumClose(A.error.m2, B.error.m2, 0, 'M2(e)');
        const a = merged.compute();
        const b = one.compute();
        expect(a.count).toBe(b.count);
        expectClose(a.meanAbsoluteError, b.meanAbsoluteError, 1e-12, 0);
        expectClose(a.meanSquaredError, b.meanSquaredError, 1e-12, 0);
        if (b.r2Score === null) expect(a.r2Score).toBeNull();
        else expectClose(a.r2Score, b.r2Score, 1e-9, 1e-9);
        expectClose(a.explainedVarianceScore, b.explainedVarianceScore, 1e-9, 1e-9);
      }),
    );
  });

  it('equals the one-shot regression functions', () => {
    fc.assert(
      fc.property(regData, ({ t, e, w }) => {
        const p = t.map((v, i) => v + e[i]);
        const o = w ? { sampleWeight: w } : undefined;
        const r = createRegressionAccumulator().update(t, p, o).compute();
        expectClose(r.meanAbsoluteError, meanAbsoluteError(t, p, o), 1e-12, 1e-15);
        expectClose(r.meanSquaredError, meanSquaredError(t, p, o), 1e-12, 1e-15);
        expectClose(r.rootMeanSquaredError, Math.sqrt(meanSquaredError(t, p, o)), 1e-12, 1e-15);
        expectClose(r.explainedVarianceScore, explainedVarianceScore(t, p, o), 1e-9, 1e-9);
        if (t.length < 2) expect(r.r2Score).toBeNull();
        else expectClose(r.r2Score, r2Score(t, p, o), 1e-9, 1e-9);
      }),
    );
  });

  it('a constant yTrue has exactly zero spread after merging (force_finite rules hold)', () => {
    const acc = createRegressionAccumulator().update([0.1, 0.1, 0.1], [0.1, 0.1, 0.1]);
    acc.merge(createRegressionAccumulator().update([0.1, 0.1], [0.1, 0.2]));
    const r = acc.compute();
    expect(r.r2Score).toBe(0); // sklearn: numerator ≠ 0, denominator 0 → 0
    expect(createRegressionAccumulator().update([0.1, 0.1], [0.1, 0.1]).compute().r2Score).toBe(1);
  });

  it('refuses bad chunks and foreign states', () => {
    const acc = createRegressionAccumulator().update([1, 2], [1, 3]);
    const before = JSON.stringify(acc.toJSON());
    expectRefusal(() => acc.update(new Float64Array([1, Infinity]), [1, 2]), 'NON_FINITE', /yTrue\[1\] is Infinity/);
    expectRefusal(() => acc.update([1], [1], { sampleWeight: [-1] }), 'INVALID_OPTION');
    expect(JSON.stringify(acc.toJSON())).toBe(before);
    expectRefusal(() => createRegressionAccumulator().compute(), 'EMPTY_INPUT');
    const good = roundTrip(acc.toJSON());
    const bad = (patch: Partial<Record<keyof RegressionAccumulatorJSON, unknown>>) =>
      ({ ...good, ...patch }) as unknown as RegressionAccumulatorJSON;
    expectRefusal(() => regressionAccumulatorFromJSON(bad({ version: 2 })), 'INVALID_STATE');
    expectRefusal(() => regressionAccumulatorFromJSON(bad({ sumSquaredError: [1] })), 'INVALID_STATE', /sumSquaredError/);
    expectRefusal(
      () => regressionAccumulatorFromJSON(bad({ yTrue: { ...good.yTrue, min: null } })),
      'INVALID_STATE',
      /yTrue\.min/,
    );
    expectRefusal(
      () => createRegressionAccumulator().merge(createClassificationAccumulator().toJSON() as never),
      'INVALID_STATE',
    );
    // An empty state round-trips (extremes are null in JSON).
    expect(regressionAccumulatorFromJSON(roundTrip(createRegressionAccumulator().toJSON())).count).toBe(0);
  });
});

describe('docs example: per-partition states merged', () => {
  it('workers ship JSON states; the driver merges them in any order', () => {
    // Three "partitions", as rows of a table split across Spark executors or DuckDB threads.
    const partitions = [
      { yTrue: [3, -0.5], yPred: [2.5, 0] },
      { yTrue: [2], yPred: [2] },
      { yTrue: [7], yPred: [8] },
    ];
    const states = partitions.map(({ yTrue, yPred }) =>
      JSON.stringify(createRegressionAccumulator().update(yTrue, yPred).toJSON()),
    );
    const total: RegressionAccumulator = createRegressionAccumulator();
    for (const s of states.reverse()) total.merge(regressionAccumulatorFromJSON(JSON.parse(s) as RegressionAccumulatorJSON));
    const r = total.compute();
    // The same data in one call: scikit-learn gives MSE 0.375, R² 0.9486081370449679.
    expect(r.count).toBe(4);
    expectClose(r.meanSquaredError, 0.375, 1e-15);
    expectClose(r.r2Score, 0.9486081370449679, 1e-12);

    const cls: ClassificationAccumulator[] = [
      createClassificationAccumulator().update(['cat', 'dog'], ['cat', 'cat']),
      createClassificationAccumulator().update(['dog'], ['dog']),
    ];
    const merged = classificationAccumulatorFromJSON(roundTrip(cls[1].toJSON())).merge(cls[0]);
    expect(merged.compute().matrix).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
});

describe('regression accumulator with overflowing squares', () => {
  it('refuses the chunk rather than keep an overflowed sum (R² = 1 later)', () => {
    // Σ(y − ȳ)² = 3.38e308 overflows; the one-shot r2Score rescales (0.5207…), a running state cannot.
    const acc = createRegressionAccumulator().update([1, 2], [1, 3]);
    const before = JSON.stringify(acc.toJSON());
    expectRefusal(() => acc.update([1.3e154, -1.3e154], [0.4e154, -0.4e154]), 'INVALID_VALUE', /overflow/);
    expect(JSON.stringify(acc.toJSON())).toBe(before);
  });
});
