// Hostile-input cases for the streaming accumulators (issue 15): their update arrays, their
// saved state (tampered state → INVALID_STATE) and a refused merge or update leaving the
// accumulator's state exactly as it was.
import {
  classificationAccumulatorFromCounts,
  classificationAccumulatorFromJSON,
  createClassificationAccumulator,
  createRegressionAccumulator,
  regressionAccumulatorFromJSON,
  regressionAccumulatorFromSums,
} from '@sextant/core';
import type { HostileCase } from '../harness';

const nums = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7 + k * 3) % 8) + 0.5);
const labels = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => (i + k) % 3);

/** A Map, Date, DataView and BigInt64Array where an object is expected: each refused naming its type. */
const TYPES: [string, () => object][] = [
  ['Map', () => new Map([['count', 4]])],
  ['Date', () => new Date(0)],
  ['DataView', () => new DataView(new ArrayBuffer(8))],
  ['BigInt64Array', () => new BigInt64Array(4)],
];

function typeRefusals(
  call: (v: never) => unknown,
  code: 'INVALID_STATE' | 'INVALID_VALUE',
): NonNullable<HostileCase['refusals']>[number][] {
  return TYPES.map(([type, make]) => ({ what: `a ${type}`, call: () => call(make() as never), code, names: type }));
}

const classState = () => createClassificationAccumulator().update([1, 0, 1], [1, 1, 0]).toJSON();
const regState = () => createRegressionAccumulator().update([1, 2, 3], [1, 2, 4]).toJSON();

/** `f` applied to an accumulator must be refused and leave its toJSON() unchanged. */
function unchangedAfter<A extends { toJSON(): unknown }>(acc: A, f: (a: A) => unknown): () => unknown {
  return () => {
    const before = JSON.stringify(acc.toJSON());
    let out: unknown;
    let err: unknown;
    try {
      out = f(acc);
    } catch (e) {
      err = e;
    }
    const after = JSON.stringify(acc.toJSON());
    if (after !== before) throw new Error(`state changed by a refused call: ${before} → ${after}`);
    if (err !== undefined) throw err;
    return out;
  };
}

export const cases: HostileCase[] = [
  {
    name: 'createClassificationAccumulator',
    fn: (yTrue: ArrayLike<number>, yPred: ArrayLike<number>) => createClassificationAccumulator().update(yTrue, yPred).compute(),
    make: (n) => [labels(n, 0), labels(n, 1)],
    arrays: [
      { at: 0, name: 'yTrue', kind: 'labels' },
      { at: 1, name: 'yPred', kind: 'labels' },
    ],
    refusals: [
      {
        what: 'an update with mismatched lengths leaves the state unchanged',
        call: unchangedAfter(createClassificationAccumulator().update([1, 0], [1, 1]), (a) => a.update([1, 0, 1], [1, 0])),
        code: 'LENGTH_MISMATCH',
        names: 'yPred',
      },
      {
        what: 'string weights (named as not numbers, never as weights that "sum to 0"), the state unchanged',
        call: unchangedAfter(createClassificationAccumulator().update([1, 0], [1, 1]), (a) =>
          a.update([1, 0], [1, 1], { sampleWeight: ['0', '2'] as never }),
        ),
        code: 'INVALID_VALUE',
        names: 'sampleWeight[0] must be a number',
      },
      {
        what: 'a string weight after zero weights, named at its index',
        call: () => createClassificationAccumulator().update([1, 0, 1], [1, 1, 0], { sampleWeight: [0, 0, 'x'] as never }),
        code: 'INVALID_VALUE',
        names: 'sampleWeight[2]',
      },
      {
        what: 'a merge of a tampered state leaves the state unchanged',
        call: unchangedAfter(createClassificationAccumulator().update([1, 0], [1, 1]), (a) =>
          a.merge({ ...classState(), count: 999 } as never),
        ),
        code: 'INVALID_STATE',
        names: 'count',
      },
    ],
  },
  {
    name: 'createRegressionAccumulator',
    fn: (yTrue: ArrayLike<number>, yPred: ArrayLike<number>) => createRegressionAccumulator().update(yTrue, yPred).compute(),
    make: (n) => [nums(n, 1), nums(n, 2)],
    arrays: [
      { at: 0, name: 'yTrue', kind: 'numbers' },
      { at: 1, name: 'yPred', kind: 'numbers' },
    ],
    magnitude: [{ scale: [0, 1], degree: 1, pick: (r) => [(r as { meanAbsoluteError: number }).meanAbsoluteError] }],
    refusals: [
      {
        what: 'an update with a NaN leaves the state unchanged',
        call: unchangedAfter(createRegressionAccumulator().update([1, 2], [1, 3]), (a) => a.update([1, 2, 3], [1, NaN, 3])),
        code: 'NON_FINITE',
        names: 'yPred[1]',
      },
      {
        what: 'string weights (named as not numbers, never as weights that "sum to 0"), the state unchanged',
        call: unchangedAfter(createRegressionAccumulator().update([1, 2], [1, 3]), (a) =>
          a.update([1, 2], [1, 3], { sampleWeight: ['1', '2'] as never }),
        ),
        code: 'INVALID_VALUE',
        names: 'sampleWeight[0] must be a number',
      },
      {
        what: 'a merge of a tampered state leaves the state unchanged',
        call: unchangedAfter(createRegressionAccumulator().update([1, 2], [1, 3]), (a) =>
          a.merge({ ...regState(), count: -5 } as never),
        ),
        code: 'INVALID_STATE',
        names: 'count',
      },
    ],
  },
  {
    name: 'classificationAccumulatorFromJSON',
    fn: classificationAccumulatorFromJSON,
    make: () => [classState()],
    arrays: [],
    refusals: [
      {
        what: 'a count that disagrees with the matrix',
        call: () => classificationAccumulatorFromJSON({ ...classState(), count: 999 }),
        code: 'INVALID_STATE',
        names: 'count',
      },
      {
        what: 'a matrix with a negative cell',
        call: () =>
          classificationAccumulatorFromJSON({
            ...classState(),
            matrix: [
              [-1, 2],
              [1, 1],
            ],
            count: 3,
          }),
        code: 'INVALID_STATE',
        names: 'matrix',
      },
      {
        what: "classes holding '__proto__' and 'constructor' twice",
        call: () => classificationAccumulatorFromJSON({ ...classState(), classes: ['__proto__', '__proto__'] } as never),
        code: 'INVALID_STATE',
        names: 'classes',
      },
      {
        what: 'a state of another type',
        call: () => classificationAccumulatorFromJSON(regState() as never),
        code: 'INVALID_STATE',
        names: 'type',
      },
      ...typeRefusals(classificationAccumulatorFromJSON, 'INVALID_STATE'),
    ],
  },
  {
    name: 'regressionAccumulatorFromJSON',
    fn: regressionAccumulatorFromJSON,
    make: () => [regState()],
    arrays: [],
    refusals: [
      {
        what: 'a negative count',
        call: () => regressionAccumulatorFromJSON({ ...regState(), count: -3 }),
        code: 'INVALID_STATE',
        names: 'count',
      },
      {
        what: 'a min above the max',
        call: () => {
          const s = regState();
          return regressionAccumulatorFromJSON({ ...s, yTrue: { ...s.yTrue, min: 9, max: 1 } });
        },
        code: 'INVALID_STATE',
        names: 'min',
      },
      ...typeRefusals(regressionAccumulatorFromJSON, 'INVALID_STATE'),
    ],
  },
  {
    name: 'classificationAccumulatorFromCounts',
    fn: classificationAccumulatorFromCounts,
    make: (n) => [Array.from({ length: n }, (_, i) => ({ yTrue: i % 2, yPred: (i >> 1) % 2, count: 1 + (i % 5) }))],
    arrays: [{ at: 0, name: 'rows', kind: 'other' }],
    refusals: [
      {
        what: 'a negative count',
        call: () => classificationAccumulatorFromCounts([{ yTrue: 1, yPred: 1, count: -1 }]),
        code: 'INVALID_VALUE',
        names: 'count',
      },
      {
        what: 'a count of 1e300',
        call: () => classificationAccumulatorFromCounts([{ yTrue: 1, yPred: 1, count: 1e300 }]),
        code: 'INVALID_VALUE',
        names: 'count',
      },
    ],
  },
  {
    name: 'regressionAccumulatorFromSums',
    fn: regressionAccumulatorFromSums,
    make: () => [
      {
        count: 4,
        sumAbsError: 2,
        sumSquaredError: 2,
        yTrue: { shift: 3, sum: 0, sumSquares: 14, min: 1, max: 6 },
        error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
      },
    ],
    arrays: [],
    refusals: [
      {
        what: 'a negative sum of squares',
        call: () =>
          regressionAccumulatorFromSums({
            count: 4,
            sumAbsError: 2,
            sumSquaredError: -2,
            yTrue: { shift: 3, sum: 0, sumSquares: 14, min: 1, max: 6 },
            error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
          }),
        code: 'INVALID_VALUE',
        names: 'sumSquaredError',
      },
      {
        what: 'a count of 1e300',
        call: () =>
          regressionAccumulatorFromSums({
            count: 1e300,
            sumAbsError: 2,
            sumSquaredError: 2,
            yTrue: { shift: 3, sum: 0, sumSquares: 14, min: 1, max: 6 },
            error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
          }),
        code: 'INVALID_VALUE',
        names: 'count',
      },
      ...typeRefusals(regressionAccumulatorFromSums, 'INVALID_VALUE'),
      {
        what: 'sums.yTrue as a Map',
        call: () =>
          regressionAccumulatorFromSums({
            count: 4,
            sumAbsError: 2,
            sumSquaredError: 2,
            yTrue: new Map() as never,
            error: { shift: 0, sum: 0, sumSquares: 2, min: -1, max: 1 },
          }),
        code: 'INVALID_VALUE',
        names: 'sums.yTrue',
      },
    ],
  },
];
