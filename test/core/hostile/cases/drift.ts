// Hostile-input cases for drift (issue 15). A first part: the one-sample-pair tests; the
// table-shaped functions (detectDrift, driftOverTime, driftBinComparison, driftChartModel,
// downsampleLttb) have their regressions in test/core/drift/hostile.test.ts and still need
// a case here.
import { jensenShannonDistance, ksTest, populationStabilityIndex, wassersteinDistance } from '@sextant/core';
import type { HostileCase } from '../harness';

const nums = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => ((i * 7 + k * 3) % 8) + 0.5);

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
];
