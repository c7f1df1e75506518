// Hostile-input cases for fairness (issue 15): the group metrics, the disparity statistics,
// metricFrame, bootstrapFairness and the chart model.
import {
  bootstrapFairness,
  demographicParityDifference,
  demographicParityRatio,
  equalizedOddsDifference,
  equalizedOddsRatio,
  equalOpportunityDifference,
  equalOpportunityRatio,
  fairnessChartModel,
  fairnessGroupOrder,
  falseNegativeRate,
  falsePositiveRate,
  metricFrame,
  selectionRate,
  trueNegativeRate,
  truePositiveRate,
} from '@sextant/core';
import type { ArrayArg, HostileCase } from '../harness';

/** Labels 0/1 with every (true, pred) cell in each group of the first eight. */
const yt = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 4 < 2 ? 1 : 0));
const yp = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 0));
const groups = (n: number): string[] => Array.from({ length: n }, (_, i) => (i % 8 < 4 ? 'a' : 'b'));
const weights = (n: number): number[] => Array.from({ length: n }, (_, i) => 1 + (i % 5));

const labelArrays: ArrayArg[] = [
  { at: 0, name: 'yTrue', kind: 'labels' },
  { at: 1, name: 'yPred', kind: 'labels' },
];
const groupedArrays: ArrayArg[] = [
  ...labelArrays,
  { at: [2, 'sensitiveFeatures'], name: 'sensitiveFeatures', kind: 'other' },
  { at: [2, 'sampleWeight'], name: 'sampleWeight', kind: 'numbers' },
];
/** Positions shifted by one, for the functions that take the metric first. */
const shifted: ArrayArg[] = groupedArrays.map((a) => ({
  ...a,
  at: typeof a.at === 'number' ? a.at + 1 : ([a.at[0] + 1, a.at[1]] as const),
}));

const disparityCase = (name: string, fn: HostileCase['fn']): HostileCase => ({
  name,
  fn,
  make: (n) => [yt(n), yp(n), { sensitiveFeatures: groups(n), sampleWeight: weights(n) }],
  arrays: groupedArrays,
  // a difference or ratio of weighted rates: invariant under sampleWeight × s
  magnitude: [{ scale: [[2, 'sampleWeight']], degree: 0 }],
  refusals: [
    {
      what: "a group named '__proto__'",
      call: () =>
        (fn as (...a: unknown[]) => unknown)([1, 0, 1, 0], [1, 1, 0, 0], {
          sensitiveFeatures: ['__proto__', '__proto__', 'constructor', 'constructor'],
          method: 'nonsense',
        }),
      code: 'INVALID_OPTION',
      names: 'method',
    },
  ],
});

const rateCase = (name: string, fn: HostileCase['fn']): HostileCase => ({
  name,
  fn,
  make: (n) => [yt(n), yp(n), { sampleWeight: weights(n) }],
  arrays: [...labelArrays, { at: [2, 'sampleWeight'], name: 'sampleWeight', kind: 'numbers' }],
  magnitude: [{ scale: [[2, 'sampleWeight']], degree: 0 }],
});

export const cases: HostileCase[] = [
  {
    name: 'metricFrame',
    fn: metricFrame,
    make: (n) => [selectionRate, yt(n), yp(n), { sensitiveFeatures: groups(n), sampleWeight: weights(n) }],
    arrays: shifted,
    magnitude: [{ scale: [[3, 'sampleWeight']], degree: 0 }],
    refusals: [
      {
        what: 'a metric that is not a function',
        call: () => metricFrame(42 as never, [1, 0], [1, 0], { sensitiveFeatures: ['a', 'b'] }),
        code: 'INVALID_OPTION',
        names: 'metric',
      },
    ],
  },
  {
    name: 'bootstrapFairness',
    fn: bootstrapFairness,
    make: (n) => [
      demographicParityDifference,
      yt(n),
      yp(n),
      { sensitiveFeatures: groups(n), sampleWeight: weights(n), nBoot: 20, seed: 1 },
    ],
    arrays: shifted,
    refusals: [
      {
        what: 'nBoot = 1e12 (a huge count)',
        call: () => bootstrapFairness(demographicParityDifference, yt(8), yp(8), { sensitiveFeatures: groups(8), nBoot: 1e12 }),
        code: 'INVALID_OPTION',
        names: 'nBoot',
      },
    ],
  },
  {
    name: 'fairnessChartModel',
    fn: fairnessChartModel,
    make: (n) => [selectionRate, yt(n), yp(n), { sensitiveFeatures: groups(n), sampleWeight: weights(n), nBoot: 20, seed: 1 }],
    arrays: shifted,
  },
  {
    name: 'fairnessGroupOrder',
    fn: fairnessGroupOrder,
    make: (n) => [
      Array.from({ length: n }, (_, i) => ({ key: `g${i}`, value: (i % 7) / 7, lower: 0, upper: 1, count: 1 + i })),
      'value',
      'desc',
    ],
    arrays: [{ at: 0, name: 'groups', kind: 'other' }],
    refusals: [
      {
        what: 'an unknown sort key',
        call: () => fairnessGroupOrder([], 'constructor' as never),
        code: 'INVALID_OPTION',
        names: 'by',
      },
    ],
  },
  disparityCase('demographicParityDifference', demographicParityDifference),
  disparityCase('demographicParityRatio', demographicParityRatio),
  disparityCase('equalizedOddsDifference', equalizedOddsDifference),
  disparityCase('equalizedOddsRatio', equalizedOddsRatio),
  disparityCase('equalOpportunityDifference', equalOpportunityDifference),
  disparityCase('equalOpportunityRatio', equalOpportunityRatio),
  rateCase('selectionRate', selectionRate),
  rateCase('truePositiveRate', truePositiveRate),
  rateCase('falsePositiveRate', falsePositiveRate),
  rateCase('trueNegativeRate', trueNegativeRate),
  rateCase('falseNegativeRate', falseNegativeRate),
];
