// Hostile-input cases for drift (issue 15): the sample-pair tests, chi-square, the tables of
// detectDrift / driftOverTime (a column is reached as an option slot `[arg, columnName]`),
// the chart model and LTTB. Columns hold missing values (null, undefined, NaN), so they are
// 'other': NaN is data there, not a refusal; their ±Infinity refusals are below.
import {
  chiSquareTest,
  detectDrift,
  downsampleLttb,
  driftBinComparison,
  driftChartModel,
  driftOverTime,
  jensenShannonDistance,
  ksTest,
  populationStabilityIndex,
  wassersteinDistance,
  type DriftOverTimeResult,
} from '@sextant/core';
import type { HostileCase } from '../harness';

const nums = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7 + k * 3) % 8) + 0.5);

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const iso = (t: number): string => new Date(t).toISOString();
/** Categories, all three of them in the first three. */
const cats = (n: number, k: number): string[] => Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][(i + k) % 3]);
/** A table of n rows: a numeric column (KS at ≤ 1000 rows) and a categorical one (chi-square). */
const table = (n: number, k: number): { age: number[]; plan: string[] } => ({ age: nums(n, k), plan: cats(n, k) });
const batches = (n: number, count = 3): { at: string; columns: { age: number[]; plan: string[] } }[] =>
  Array.from({ length: count }, (_, b) => ({ at: iso(T0 + b * DAY), columns: table(n, b + 2) }));
const scoresOf = (r: unknown): number[] => (r as { features: { score: number }[] }).features.map((f) => f.score);
const history = (): DriftOverTimeResult => driftOverTime(table(8, 1), batches(8, 6));

/** driftChartModel of history() with feature "age"'s series replaced (column forms and bad shapes). */
const chartWithAge = (series: unknown) => {
  const r = history() as never as { series: Record<string, unknown> };
  r.series.age = series;
  return driftChartModel(r as never, 'age');
};

export const cases: HostileCase[] = [
  {
    name: 'ksTest',
    fn: ksTest,
    make: (n) => [nums(n, 1), nums(n, 2)],
    arrays: [
      { at: 0, name: 'reference', kind: 'numbers' },
      { at: 1, name: 'current', kind: 'numbers' },
    ],
    // the statistic and p-value depend only on the order of the values
    magnitude: [{ scale: [0, 1], degree: 0, pick: (r) => [(r as { statistic: number }).statistic] }],
  },
  {
    name: 'wassersteinDistance',
    fn: wassersteinDistance,
    make: (n) => [nums(n, 1), nums(n, 2)],
    arrays: [
      { at: 0, name: 'u', kind: 'numbers' },
      { at: 1, name: 'v', kind: 'numbers' },
    ],
    magnitude: [{ scale: [0, 1], degree: 1 }],
  },
  {
    name: 'jensenShannonDistance',
    fn: jensenShannonDistance,
    make: (n) => [nums(n, 1), nums(n, 2)],
    arrays: [
      { at: 0, name: 'p', kind: 'numbers' },
      { at: 1, name: 'q', kind: 'numbers' },
    ],
    magnitude: [{ scale: [0, 1], degree: 0 }],
  },
  {
    name: 'populationStabilityIndex',
    fn: populationStabilityIndex,
    make: (n) => [nums(n, 1), nums(n, 2)],
    arrays: [
      { at: 0, name: 'reference', kind: 'numbers' },
      { at: 1, name: 'current', kind: 'numbers' },
    ],
    magnitude: [{ scale: [0, 1], degree: 0, pick: (r) => [(r as { value: number }).value] }],
  },
  {
    name: 'chiSquareTest',
    fn: chiSquareTest,
    make: (n) => [cats(n, 0), cats(n, 1).map((c, i) => (i % 4 === 0 ? 'a' : c))],
    arrays: [
      { at: 0, name: 'referenceCategories', kind: 'labels' },
      { at: 1, name: 'currentCategories', kind: 'labels' },
    ],
    refusals: [
      {
        what: 'null as a category',
        call: () => chiSquareTest(['a', null as never], ['a']),
        code: 'INVALID_VALUE',
        names: 'referenceCategories[1]',
      },
      {
        what: 'an object as a category',
        call: () => chiSquareTest(['a'], ['a', { toString: () => 'a' } as never]),
        code: 'INVALID_VALUE',
        names: 'currentCategories[1]',
      },
    ],
  },
  {
    name: 'detectDrift',
    fn: detectDrift,
    make: (n) => [table(n, 1), table(n, 2), {}],
    arrays: [
      { at: [0, 'age'], name: 'reference.age', kind: 'other' },
      { at: [1, 'age'], name: 'current.age', kind: 'other' },
      { at: [0, 'plan'], name: 'reference.plan', kind: 'other' },
    ],
    // KS p-values depend only on the order of the values (Wasserstein ÷ std would too, but
    // only down to Evidently's std floor of 0.001, which n = 8 never reaches: KS runs).
    magnitude: [
      {
        scale: [
          [0, 'age'],
          [1, 'age'],
        ],
        degree: 0,
        pick: scoresOf,
      },
    ],
    refusals: [
      {
        what: 'Infinity in a column (NaN there is a missing value)',
        call: () => detectDrift({ a: [1, 2, 3] }, { a: [1, Infinity, 3] }),
        code: 'NON_FINITE',
        names: 'current.a[1]',
      },
      {
        what: 'options.features naming an inherited property',
        call: () => detectDrift(table(8, 1), table(8, 2), { features: ['constructor'] }),
        code: 'INVALID_OPTION',
        names: 'options.features',
      },
      {
        what: 'options.columns naming toString',
        call: () => detectDrift(table(8, 1), table(8, 2), { columns: { toString: { method: 'psi' as const } } }),
        code: 'INVALID_OPTION',
        names: 'options.columns',
      },
      {
        what: 'options.driftShare = 1e308 * 10',
        call: () => detectDrift(table(8, 1), table(8, 2), { driftShare: 1e308 * 10 }),
        code: 'INVALID_OPTION',
        names: 'options.driftShare',
      },
      {
        what: 'options.bins = 2 ** 53',
        call: () => detectDrift(table(8, 1), table(8, 2), { method: 'psi', bins: 2 ** 53 }),
        code: 'INVALID_OPTION',
        names: 'bins',
      },
    ],
  },
  {
    name: 'driftOverTime',
    fn: driftOverTime,
    make: (n) => [table(n, 1), batches(n), {}],
    arrays: [
      { at: 1, name: 'batches', kind: 'other' },
      { at: [0, 'age'], name: 'reference.age', kind: 'other' },
      { at: [0, 'plan'], name: 'reference.plan', kind: 'other' },
    ],
    refusals: [
      {
        what: 'a batch at 8.64e15 + 1 (past the range of Date)',
        call: () => driftOverTime(table(8, 1), [{ at: (8.64e15 + 1) as never, columns: table(8, 2) }]),
        code: 'INVALID_VALUE',
        names: 'batches[0].at',
      },
      {
        what: 'a batch at 1e20',
        call: () => driftOverTime(table(8, 1), [...batches(8, 1), { at: 1e20 as never, columns: table(8, 2) }]),
        code: 'INVALID_VALUE',
        names: 'batches[1].at',
      },
      {
        what: 'a batch at +275760-09-13T00:00:00.001Z',
        call: () => driftOverTime(table(8, 1), [{ at: '+275760-09-13T00:00:00.001Z', columns: table(8, 2) }]),
        code: 'INVALID_VALUE',
        names: 'batches[0].at',
      },
      {
        what: 'batches out of time order',
        call: () => driftOverTime(table(8, 1), batches(8, 2).reverse()),
        code: 'INVALID_VALUE',
        names: 'batches[1].at',
      },
      {
        what: 'a batch column of a made-up length',
        call: () => driftOverTime(table(8, 1), [{ at: iso(T0), columns: { age: { length: 2 ** 53 - 1 } as never, plan: [] } }]),
        code: 'INVALID_OPTION',
        names: 'batches[0].columns.age',
      },
      {
        what: 'a batch lacking a column named constructor',
        call: () => driftOverTime({ constructor: [1, 2, 3] } as never, [{ at: iso(T0), columns: { a: [1] } }]),
        code: 'INVALID_VALUE',
        names: 'batches[0].columns',
      },
    ],
  },
  {
    name: 'driftChartModel',
    fn: driftChartModel,
    make: () => [history(), 'age', { maxPoints: 3 }],
    arrays: [
      { at: [0, 'features'], name: 'result.features', kind: 'other' },
      { at: [0, 'alerts'], name: 'result.alerts', kind: 'other' },
    ],
    refusals: [
      {
        what: 'a feature named __proto__ that the result lacks',
        call: () => driftChartModel(history(), '__proto__'),
        code: 'NOT_FOUND',
        names: 'feature',
      },
      {
        what: 'a feature named constructor that the result lacks',
        call: () => driftChartModel(history(), 'constructor'),
        code: 'NOT_FOUND',
        names: 'feature',
      },
      {
        what: 'a series point at 8.64e15 + 1',
        call: () => {
          const r = history();
          r.series.age = [{ at: (8.64e15 + 1) as never, score: 0.1, drifted: false }];
          return driftChartModel(r, 'age');
        },
        code: 'INVALID_VALUE',
        names: 'result.series',
      },
      {
        what: 'a series point at +275760-09-13T00:00:00.001Z',
        call: () => {
          const r = history();
          r.series.age = [{ at: '+275760-09-13T00:00:00.001Z', score: 0.1, drifted: false }];
          return driftChartModel(r, 'age');
        },
        code: 'INVALID_VALUE',
        names: 'result.series',
      },
      {
        what: 'a series of a made-up length',
        call: () => {
          const r = history();
          r.series.age = { length: 2 ** 53 - 1 } as never;
          return driftChartModel(r, 'age');
        },
        code: 'INVALID_VALUE',
        names: 'result.series',
      },
      {
        what: 'columns whose score column is shorter than at',
        call: () => chartWithAge({ at: [0, 1, 2], score: [0.1, 0.2] }),
        code: 'LENGTH_MISMATCH',
        names: 'result.series["age"].score',
      },
      {
        what: 'columns whose at is an object of a made-up length',
        call: () => chartWithAge({ at: { length: 2 ** 53 - 1 }, score: [] }),
        code: 'INVALID_VALUE',
        names: 'result.series["age"].at',
      },
      {
        what: 'columns of length 2 ** 32 - 1 with nothing in them',
        call: () => chartWithAge({ at: new Array(2 ** 32 - 1), score: new Array(2 ** 32 - 1) }),
        code: 'INVALID_VALUE',
        names: 'result.series["age"].at[0]',
      },
      {
        what: 'a NaN score in a Float64Array column',
        call: () => chartWithAge({ at: Float64Array.of(0, 1, 2), score: Float64Array.of(0.1, NaN, 0.3) }),
        code: 'NON_FINITE',
        names: 'result.series["age"].score[1]',
      },
      {
        what: "a drifted column holding 'yes'",
        call: () => chartWithAge({ at: [0, 1], score: [0.1, 0.2], drifted: [false, 'yes'] }),
        code: 'INVALID_VALUE',
        names: 'result.series["age"].drifted[1]',
      },
      {
        what: 'columns whose times go backwards',
        call: () => chartWithAge({ at: [DAY, 0], score: [0.1, 0.2] }),
        code: 'INVALID_VALUE',
        names: 'result.series["age"].at[1]',
      },
      {
        what: 'options.maxPoints = 1e20',
        call: () => driftChartModel(history(), 'age', { maxPoints: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'options.maxPoints',
      },
      {
        what: 'options.to = 2 ** 53',
        call: () => driftChartModel(history(), 'age', { to: 2 ** 53 }),
        code: 'INVALID_OPTION',
        names: 'options.to',
      },
    ],
  },
  {
    name: 'driftBinComparison',
    fn: driftBinComparison,
    make: (n) => [nums(n, 1), nums(n, 2), { bins: 4 }],
    arrays: [
      { at: 0, name: 'reference', kind: 'other' },
      { at: 1, name: 'current', kind: 'other' },
    ],
    magnitude: [{ scale: [0, 1], degree: 0, pick: (r) => [(r as { value: number }).value] }],
    refusals: [
      {
        what: 'Infinity after a missing value (named by its own index)',
        call: () => driftBinComparison([null, Infinity, 1, 2], [1, 2]),
        code: 'NON_FINITE',
        names: 'reference[1]',
      },
      {
        what: 'a numeric string',
        call: () => driftBinComparison([1, 2], [1, '2' as never]),
        code: 'INVALID_VALUE',
        names: 'current[1]',
      },
      {
        what: 'options.bins = 1e9',
        call: () => driftBinComparison([1, 2], [1, 2], { bins: 1e9 }),
        code: 'INVALID_OPTION',
        names: 'options.bins',
      },
    ],
  },
  {
    name: 'downsampleLttb',
    fn: downsampleLttb,
    make: (n) => [Array.from({ length: n }, (_, i) => i + 1), nums(n, 3), 4],
    arrays: [
      { at: 0, name: 'x', kind: 'numbers' },
      { at: 1, name: 'y', kind: 'numbers' },
    ],
    // the picks are indices, the same at any scale of x and y
    magnitude: [{ scale: [0, 1], degree: 0 }],
    refusals: [
      {
        what: 'threshold = 2 ** 53',
        call: () => downsampleLttb([1, 2, 3], [1, 2, 3], 2 ** 53),
        code: 'INVALID_OPTION',
        names: 'threshold',
      },
      { what: 'threshold = 2', call: () => downsampleLttb([1, 2, 3], [1, 2, 3], 2), code: 'INVALID_OPTION', names: 'threshold' },
      {
        what: 'threshold = NaN',
        call: () => downsampleLttb([1, 2, 3], [1, 2, 3], NaN),
        code: 'INVALID_OPTION',
        names: 'threshold',
      },
    ],
  },
];
