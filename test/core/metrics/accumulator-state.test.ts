/**
 * Issue 15 items 4 and 5 for the streaming accumulators: a saved state that lies is refused
 * whole (INVALID_STATE naming the first bad field), a refused update or merge changes
 * nothing, `labels` are checked as the one-shot functions check them, and many classes
 * cost no cliff (correctness here; speed in bench/accumulators.bench.ts).
 */
import {
  classificationAccumulatorFromCounts,
  classificationAccumulatorFromJSON,
  classificationReport,
  confusionMatrix,
  createClassificationAccumulator,
  createRegressionAccumulator,
  regressionAccumulatorFromJSON,
  regressionAccumulatorFromSums,
  type ClassificationAccumulatorJSON,
  type RegressionAccumulatorJSON,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Three classes, unweighted: matrix [[2, 1, 0], [0, 1, 0], [0, 0, 1]], count 5. */
function good(): ClassificationAccumulatorJSON {
  return createClassificationAccumulator().update(['a', 'a', 'a', 'b', 'c'], ['a', 'a', 'b', 'b', 'c']).toJSON();
}

function refusedAt(json: unknown, field: string, code = 'INVALID_STATE'): void {
  const e = thrown(() => classificationAccumulatorFromJSON(json as ClassificationAccumulatorJSON));
  expect(e.code, e.message).toBe(code);
  expect(e.message).toContain(field);
}

describe('classificationAccumulatorFromJSON refuses a state that lies', () => {
  it('names the first bad field', () => {
    const cases: [string, (j: Record<string, unknown> & ClassificationAccumulatorJSON) => void][] = [
      ['state.matrix[2][1]', (j) => (j.matrix[2][1] = -1)],
      ['state.matrix[0][1]', (j) => (j.matrix[0][1] = 0.5)], // fractional cell in an unweighted state
      ['state.matrix[1][1]', (j) => (j.matrix[1][1] = Number.NaN)], // JSON null after the round trip
      ['state.count', (j) => (j.count = 6)], // the matrix holds 5
      ['state.count', (j) => (j.count = 2.5)],
      ['state.classes[1]', (j) => (j.classes = ['a', 'a', 'c'])],
      ['state.matrix', (j) => (j.classes = [])], // 3 rows for no class
      ['state.classes[1]', (j) => (j.classes = [0, 1.5, 2])],
      ['state.classes[2]', (j) => (j.classes = ['a', 'b', 3])],
      ['state.matrix', (j) => (j.matrix = j.matrix.slice(0, 2))],
      ['state.matrix[1]', (j) => (j.matrix[1] = [0, 1])],
      ['state.labels', (j) => (j.labels = [])],
      ['state.labels[1]', (j) => (j.labels = ['a', 'a'])],
      ['state.labels[1]', (j) => (j.labels = ['a', 1])],
      ['state.labels', (j) => (j.labels = [0, 1, 2])], // number labels, string classes
      [
        'state.compensation',
        (j) =>
          (j.compensation = [
            [0, 0, 0],
            [0, 0, 0],
            [0, 0, 0],
          ]),
      ], // unweighted
      ['state.weighted', (j) => ((j as Record<string, unknown>).weighted = 'yes')],
      ['state.type', (j) => ((j as Record<string, unknown>).type = 'sextant.regressionAccumulator')],
      ['state.version', (j) => ((j as Record<string, unknown>).version = 2)],
    ];
    for (const [field, lie] of cases) {
      const j = clone(good()) as Record<string, unknown> & ClassificationAccumulatorJSON;
      lie(j);
      const e = thrown(() => classificationAccumulatorFromJSON(clone(j)));
      expect(e.code, `${field}: ${e.message}`).toBe('INVALID_STATE');
      expect(e.message, field).toContain(field);
    }
    // A class that no sample produced (empty row and column) in an unweighted state.
    const j = good();
    const phantom = { ...j, classes: [...j.classes, 'd'], matrix: [...j.matrix.map((r) => [...r, 0]), [0, 0, 0, 0]] };
    refusedAt(phantom, 'state.classes[3]');
    // count 0 with classes or cells.
    refusedAt({ ...createClassificationAccumulator().toJSON(), classes: ['a'], matrix: [[0]] }, 'state.count');
    // More classes than the cap.
    const many = Array.from({ length: 4097 }, (_, i) => i);
    refusedAt({ ...createClassificationAccumulator().toJSON(), classes: many, matrix: [] }, 'state.classes');
  });

  it('weighted states: fractional cells are fine, negative ones and lying compensations are not', () => {
    const w = createClassificationAccumulator()
      .update([0, 1, 1], [0, 1, 0], { sampleWeight: [0.1, 0.2, 0.3] })
      .toJSON();
    expect(w.weighted).toBe(true);
    expect(classificationAccumulatorFromJSON(clone(w)).toJSON()).toEqual(w);
    refusedAt(
      {
        ...clone(w),
        matrix: [
          [0.1, 0],
          [-0.3, 0.2],
        ],
      },
      'state.matrix[1][0]',
    );
    refusedAt(
      {
        ...clone(w),
        compensation: [
          [0, 0],
          [5, 0],
        ],
      },
      'state.compensation[1][0]',
    );
    refusedAt({ ...clone(w), count: 0 }, 'state.count');
  });

  it('reads only own fields: a "__proto__" key pollutes nothing, a "__proto__" class round-trips', () => {
    const text = JSON.stringify(good()).replace('{', '{"__proto__": {"polluted": true, "count": 99},');
    const parsed = JSON.parse(text) as ClassificationAccumulatorJSON;
    const acc = classificationAccumulatorFromJSON(parsed);
    expect(acc.count).toBe(5);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(acc.toJSON(), '__proto__')).toBe(false);
    // A state without its own `type`, whose prototype has one, is not a state.
    const inherited = Object.create(good()) as ClassificationAccumulatorJSON;
    expect(codeOf(() => classificationAccumulatorFromJSON(inherited))).toBe('INVALID_STATE');
    const p = createClassificationAccumulator().update(['__proto__', 'constructor'], ['__proto__', '__proto__']);
    const back = classificationAccumulatorFromJSON(JSON.parse(JSON.stringify(p.toJSON())) as ClassificationAccumulatorJSON);
    expect(back.compute().report['__proto__']).toEqual(p.compute().report['__proto__']);
    expect(back.compute().labels).toEqual(['__proto__', 'constructor']);
  });
});

/** A state plus a way to corrupt its JSON: the corruptions a tamperer or a bug would make. */
const corruption = fc.constantFrom<(j: ClassificationAccumulatorJSON) => unknown>(
  (j) => ({ ...j, count: j.count + 1 }),
  (j) => ({ ...j, matrix: j.matrix.map((r, i) => (i === 0 ? r.map((x, c) => (c === 0 ? -1 : x)) : r)) }),
  (j) => ({ ...j, classes: [...j.classes, j.classes[0]] }),
  (j) => ({ ...j, classes: j.classes.map((c, i) => (i === j.classes.length - 1 ? (typeof c === 'string' ? 7 : 'x') : c)) }),
  (j) => ({ ...j, labels: [j.classes[0], j.classes[0]] }),
  (j) => ({ ...j, type: undefined }),
  (j) => ({ ...j, matrix: [...j.matrix, j.matrix[0]] }),
);

const smallData = fc.record({
  names: fc.uniqueArray(fc.constantFrom('cat', 'dog', '__proto__', 'toString', 'emu', 'ant'), { minLength: 2, maxLength: 6 }),
  picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 }),
});

describe('a refused merge or update changes nothing', () => {
  it('merge of a corrupted state: toJSON() byte-identical (property)', () => {
    fc.assert(
      fc.property(smallData, smallData, corruption, (a, b, corrupt) => {
        const pick = (d: typeof a) => ({
          t: d.picks.map(([x]) => d.names[x % d.names.length]),
          p: d.picks.map(([, y]) => d.names[y % d.names.length]),
        });
        const da = pick(a);
        const db = pick(b);
        const acc = createClassificationAccumulator().update(da.t, da.p);
        const before = JSON.stringify(acc.toJSON());
        const other = createClassificationAccumulator().update(db.t, db.p).toJSON();
        const e = thrown(() => acc.merge(corrupt(other) as ClassificationAccumulatorJSON));
        expect(['INVALID_STATE', 'INVALID_LABEL']).toContain(e.code);
        expect(JSON.stringify(acc.toJSON())).toBe(before);
        // …and it still works: merging the honest state equals one pass over both.
        acc.merge(other);
        expect(acc.compute().matrix).toEqual(confusionMatrix([...da.t, ...db.t], [...da.p, ...db.p]).matrix);
      }),
    );
  });

  it('a merge of another kind leaves no class behind and does not fix the kind', () => {
    const acc = createClassificationAccumulator();
    const before = JSON.stringify(acc.toJSON());
    const mixed = { ...createClassificationAccumulator().update([1, 2], [1, 1]).toJSON(), classes: [1, 'x'] };
    expect(codeOf(() => acc.merge(mixed as ClassificationAccumulatorJSON))).toBe('INVALID_STATE');
    expect(JSON.stringify(acc.toJSON())).toBe(before);
    // Still free to take strings.
    expect(acc.update(['s'], ['s']).compute().labels).toEqual(['s']);
    const nums = createClassificationAccumulator().update([1], [2]);
    const numsBefore = JSON.stringify(nums.toJSON());
    expect(codeOf(() => nums.merge(createClassificationAccumulator().update(['x'], ['y'])))).toBe('INVALID_LABEL');
    expect(codeOf(() => nums.update([3, 4], ['a', 'b']))).toBe('INVALID_LABEL');
    expect(JSON.stringify(nums.toJSON())).toBe(numsBefore);
  });

  it('the class cap refuses the chunk whole', () => {
    const acc = createClassificationAccumulator().update([0, 1], [1, 1]);
    const before = JSON.stringify(acc.toJSON());
    const big = Array.from({ length: 4096 }, (_, i) => i + 10);
    const e = thrown(() => acc.update(big, big));
    expect(e.code).toBe('INVALID_LABEL');
    expect(e.message).toMatch(/4098 distinct classes; at most 4096/);
    expect(JSON.stringify(acc.toJSON())).toBe(before);
  });

  it('a merge into itself doubles every count', () => {
    const acc = createClassificationAccumulator().update(['a', 'b', 'b'], ['a', 'a', 'b']);
    expect(acc.merge(acc).compute().matrix).toEqual([
      [2, 0],
      [2, 2],
    ]);
    expect(acc.count).toBe(6);
  });
});

describe('labels are checked as the one-shot functions check them', () => {
  it('duplicate labels are INVALID_OPTION everywhere', () => {
    const t = ['a', 'b'];
    const p = ['a', 'a'];
    const calls: (() => unknown)[] = [
      () => confusionMatrix(t, p, { labels: ['a', 'b', 'a'] }),
      () => classificationReport(t, p, { labels: ['a', 'a'] }),
      () => createClassificationAccumulator({ labels: ['a', 'a'] }),
      () => classificationAccumulatorFromCounts([{ yTrue: 'a', yPred: 'a', count: 1 }], { labels: ['a', 'a'] }),
      () => createClassificationAccumulator({ labels: [0, -0] }), // the same class
    ];
    for (const f of calls) {
      const e = thrown(f);
      expect(e.code, e.message).toBe('INVALID_OPTION');
      expect(e.message).toMatch(/options\.labels\[\d\]/);
    }
    expect(codeOf(() => createClassificationAccumulator({ labels: ['a', 1] }))).toBe('INVALID_OPTION');
  });

  it('labels of another kind than the data: INVALID_LABEL, as confusionMatrix refuses them', () => {
    expect(codeOf(() => confusionMatrix([1, 2], [1, 2], { labels: ['a', 'b'] }))).toBe('INVALID_LABEL');
    const acc = createClassificationAccumulator({ labels: ['a', 'b'] });
    expect(codeOf(() => acc.update([1, 2], [1, 2]))).toBe('INVALID_LABEL');
    expect(acc.count).toBe(0);
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 1, yPred: 2, count: 3 }], { labels: ['a'] }))).toBe(
      'INVALID_LABEL',
    );
    // None of the labels in yTrue: refused at compute, as classificationReport refuses it.
    const none = createClassificationAccumulator({ labels: ['z'] }).update(['a'], ['z']);
    expect(codeOf(() => classificationReport(['a'], ['z'], { labels: ['z'] }))).toBe('INVALID_LABEL');
    expect(codeOf(() => none.compute())).toBe('INVALID_LABEL');
    // Boolean data with labels [1, 0]: "1 means true", as the one-shot functions.
    const b = createClassificationAccumulator({ labels: [1, 0] }).update([true, false, true], [true, true, true]);
    expect(b.compute().matrix).toEqual(confusionMatrix([true, false, true], [true, true, true], { labels: [1, 0] }).matrix);
  });

  it('fromCounts: a pair counted 0 times adds no class; weight sums make a weighted state', () => {
    const acc = classificationAccumulatorFromCounts([
      { yTrue: 'a', yPred: 'a', count: 2 },
      { yTrue: 'b', yPred: 'a', count: 1 },
      { yTrue: 'ghost', yPred: 'ghost', count: 0 },
    ]);
    expect(acc.compute().labels).toEqual(['a', 'b']);
    expect(acc.compute().matrix).toEqual(confusionMatrix(['a', 'a', 'b'], ['a', 'a', 'a']).matrix);
    const w = classificationAccumulatorFromCounts([
      { yTrue: 0, yPred: 0, count: 0.25 },
      { yTrue: 1, yPred: 0, count: 0.5 },
    ]);
    expect(w.toJSON().weighted).toBe(true);
    expect(classificationAccumulatorFromJSON(clone(w.toJSON())).compute().matrix).toEqual([
      [0.25, 0],
      [0.5, 0],
    ]);
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 'a', yPred: 1, count: 1 }]))).toBe('INVALID_LABEL');
    expect(
      codeOf(() =>
        classificationAccumulatorFromCounts(Array.from({ length: 4097 }, (_, i) => ({ yTrue: i, yPred: i, count: 1 }))),
      ),
    ).toBe('INVALID_LABEL');
  });

  it('fromCounts refuses a fractional class like the one-shot functions', () => {
    expect(codeOf(() => classificationAccumulatorFromCounts([{ yTrue: 1.5, yPred: 1, count: 1 }]))).toBe('INVALID_LABEL');
    expect(codeOf(() => confusionMatrix([1.5], [1]))).toBe('INVALID_LABEL');
  });
});

describe('many classes (item 5): correct at any growth pattern', () => {
  it('classes arriving chunk by chunk (capacity doubling) give the one-shot matrix (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })), { minLength: 1, maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (pairs, sizes, strings) => {
          const lab = (v: number) => (strings ? `c${v}` : v);
          const t = pairs.map(([x]) => lab(x));
          const p = pairs.map(([, y]) => lab(y));
          const acc = createClassificationAccumulator();
          for (let i = 0, s = 0; i < t.length; i += sizes[s++ % sizes.length]) {
            const end = Math.min(t.length, i + sizes[s % sizes.length]);
            acc.update(t.slice(i, end), p.slice(i, end));
          }
          const one = confusionMatrix(t, p);
          const r = acc.compute();
          expect(r.labels).toEqual(one.labels);
          expect(r.matrix).toEqual(one.matrix);
          const back = classificationAccumulatorFromJSON(clone(acc.toJSON())).compute();
          expect(back.matrix).toEqual(one.matrix);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('600 classes in two halves: update, fromJSON and merge equal confusionMatrix', () => {
    const K = 600;
    const t = Array.from({ length: 3 * K }, (_, i) => `k${(i * 7919) % K}`);
    const p = Array.from({ length: 3 * K }, (_, i) => `k${(i * 104729 + (i % 3)) % K}`);
    const one = confusionMatrix(t, p);
    const acc = createClassificationAccumulator().update(t.slice(0, K), p.slice(0, K));
    acc.merge(
      classificationAccumulatorFromJSON(clone(createClassificationAccumulator().update(t.slice(K), p.slice(K)).toJSON())),
    );
    const r = acc.compute();
    expect(r.labels).toEqual(one.labels);
    expect(r.matrix).toEqual(one.matrix);
  });
});

// ----------------------------------------------------------------- regression --

function goodReg(): RegressionAccumulatorJSON {
  return createRegressionAccumulator().update([1, 2, 3, 6], [1, 3, 3, 5]).toJSON();
}

describe('regressionAccumulatorFromJSON refuses a state that lies', () => {
  it('names the first bad field', () => {
    const cases: [string, (j: RegressionAccumulatorJSON & Record<string, unknown>) => void][] = [
      ['state.sumWeight', (j) => (j.sumWeight = [0, 0])],
      ['state.sumWeight', (j) => (j.sumWeight = [-4, 0])],
      ['state.sumSquaredError', (j) => (j.sumSquaredError = [-2, 0])],
      ['state.sumAbsError', (j) => (j.sumAbsError = [-1, 0])],
      ['state.yTrue.m2', (j) => (j.yTrue.m2 = [-14, 0])],
      ['state.error.m2', (j) => (j.error.m2 = [-1, 0])],
      ['state.yTrue.min', (j) => (j.yTrue.min = 7)], // min 7 > max 6
      ['state.error.max', (j) => (j.error.max = null)],
      ['state.count', (j) => (j.count = 1.5)],
      ['state.sumWeight', (j) => (j.count = 0)], // count 0 with non-zero sums
      ['state.yTrue.shift', (j) => (j.yTrue.shift = Number.POSITIVE_INFINITY)],
      ['state.sumAbsError', (j) => (j.sumAbsError = [2, 1])], // a compensation as large as its sum
      ['state.yTrue', (j) => (j.yTrue = [] as never)],
      ['state.type', (j) => (j.type = 'sextant.classificationAccumulator' as never)],
    ];
    for (const [field, lie] of cases) {
      const j = clone(goodReg()) as RegressionAccumulatorJSON & Record<string, unknown>;
      lie(j);
      // No round trip here: Infinity must be refused as given, not as JSON's null.
      const e = thrown(() => regressionAccumulatorFromJSON(j));
      expect(e.code, `${field}: ${e.message}`).toBe('INVALID_STATE');
      expect(e.message, field).toContain(field);
    }
  });

  it('a refused merge leaves the state byte-identical; the empty state round-trips', () => {
    const acc = createRegressionAccumulator().update([1, 2], [1, 1]);
    const before = JSON.stringify(acc.toJSON());
    const bad = { ...goodReg(), sumWeight: [-1, 0] } as RegressionAccumulatorJSON;
    expect(codeOf(() => acc.merge(bad))).toBe('INVALID_STATE');
    expect(JSON.stringify(acc.toJSON())).toBe(before);
    const polluted = JSON.parse(
      JSON.stringify(goodReg()).replace('{', '{"__proto__": {"count": 0},'),
    ) as RegressionAccumulatorJSON;
    expect(regressionAccumulatorFromJSON(polluted).count).toBe(4);
    expect(({} as { count?: unknown }).count).toBeUndefined();
    const empty = createRegressionAccumulator().toJSON();
    expect(regressionAccumulatorFromJSON(clone(empty)).toJSON()).toEqual(empty);
  });

  it('toJSON → fromJSON round-trips and merge equals one pass (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e4, max: 1e4 })), {
          minLength: 2,
          maxLength: 60,
        }),
        fc.nat(),
        (rows, cut) => {
          const t = rows.map(([y]) => y / 100);
          const p = rows.map(([y, e]) => (y - e) / 100);
          const k = 1 + (cut % (t.length - 1));
          const a = createRegressionAccumulator().update(t.slice(0, k), p.slice(0, k));
          const b = regressionAccumulatorFromJSON(clone(createRegressionAccumulator().update(t.slice(k), p.slice(k)).toJSON()));
          expect(regressionAccumulatorFromJSON(clone(a.toJSON())).toJSON()).toEqual(a.toJSON());
          const merged = a.merge(b).compute();
          const one = createRegressionAccumulator().update(t, p).compute();
          expect(merged.count).toBe(one.count);
          expect(merged.meanSquaredError).toBeCloseTo(one.meanSquaredError, 9);
          expect(merged.meanAbsoluteError).toBeCloseTo(one.meanAbsoluteError, 9);
        },
      ),
    );
  });

  it('regressionAccumulatorFromSums applies the same rules (INVALID_VALUE: they are inputs)', () => {
    const sums = {
      count: 4,
      sumAbsError: 2,
      sumSquaredError: 2,
      yTrue: { shift: 3, sum: 0, sumSquares: 14, min: 1, max: 6 },
      error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
    };
    expect(regressionAccumulatorFromSums(sums).compute().meanSquaredError).toBe(0.5);
    for (const lie of [
      { ...sums, sumWeight: 0 },
      { ...sums, sumSquaredError: -1 },
      { ...sums, yTrue: { ...sums.yTrue, min: 9 } },
      { ...sums, count: 0 },
      { ...sums, error: { ...sums.error, sumSquares: Number.NaN } },
    ]) {
      expect(codeOf(() => regressionAccumulatorFromSums(lie))).toBe('INVALID_VALUE');
    }
  });
});
