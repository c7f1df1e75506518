// Hostile-input cases for experiments (issue 15): abTest's two samples (numbers, reached as
// the option slots `[0, 'control']` and `[0, 'treatment']`), abTestSampleSize's options (no
// array-like: huge counts and out-of-range rates are its refusals) and the experiment
// success rate's records and period.
import { abTest, abTestSampleSize, experimentSuccessRate } from '@sextant/core';
import type { HostileCase } from '../harness';

/** Deterministic values in [0.5, 7.5]: any n gives the same prefix. */
const nums = (n: number, k: number): number[] => Array.from({ length: n }, (_, i) => ((i * 5 + k * 3) % 8) + 0.5 + k);
const pick =
  (...keys: string[]) =>
  (r: unknown): number[] =>
    keys.flatMap((key) => {
      const v = (r as Record<string, unknown>)[key];
      return typeof v === 'number' ? [v] : (v as number[]);
    });

const iso = (t: number): string => new Date(t).toISOString();
const T0 = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
const OUTCOMES = ['shipped', 'not-shipped', 'inconclusive', 'running'] as const;
const experiments = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    outcome: OUTCOMES[i % 4],
    ...(i % 4 === 3 ? {} : { concludedAt: iso(T0 + (i % 28) * DAY) }),
  }));
const period = { from: iso(T0), to: iso(T0 + 31 * DAY) };

const size = { baselineRate: 0.1, minimumDetectableEffect: 0.02 };
const counts = { control: { conversions: 50, visitors: 1000 }, treatment: { conversions: 70, visitors: 1000 } };

export const cases: HostileCase[] = [
  {
    name: 'abTest',
    fn: abTest,
    make: (n) => [{ control: nums(n, 1), treatment: nums(n, 2) }, { alternative: 'greater' }],
    arrays: [
      { at: [0, 'control'], name: 'control', kind: 'numbers' },
      { at: [0, 'treatment'], name: 'treatment', kind: 'numbers' },
    ],
    magnitude: [
      // Welch's t, its p-value, df and the relative lift are scale-free; the difference and its interval scale.
      {
        scale: [
          [0, 'control'],
          [0, 'treatment'],
        ],
        degree: 0,
        pick: pick('statistic', 'pValue', 'df', 'relativeLift'),
      },
      {
        scale: [
          [0, 'control'],
          [0, 'treatment'],
        ],
        degree: 1,
        pick: pick('difference', 'ci'),
      },
    ],
    refusals: [
      {
        what: 'conversions = 1e308 * 10',
        call: () => abTest({ ...counts, control: { conversions: 1e308 * 10, visitors: 1000 } }),
        code: 'NON_FINITE',
        names: 'control.conversions',
      },
      {
        what: 'visitors = 2 ** 53 + 2 (beyond exact integers)',
        call: () => abTest({ ...counts, treatment: { conversions: 70, visitors: 2 ** 53 + 2 } }),
        code: 'INVALID_VALUE',
        names: 'treatment.visitors',
      },
      {
        what: 'options.peeks = 1e20',
        call: () => abTest(counts, { peeks: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'options.peeks',
      },
      {
        what: 'options.alpha = 1e308 * 10',
        call: () => abTest(counts, { alpha: 1e308 * 10 }),
        code: 'INVALID_OPTION',
        names: 'options.alpha',
      },
      {
        what: 'a difference beyond ±1.8e308',
        call: () => abTest({ control: [-1.7e308, -1.6e308], treatment: [1.7e308, 1.6e308] }),
        code: 'INVALID_VALUE',
        names: 'treatment',
      },
    ],
  },
  {
    name: 'abTestSampleSize',
    fn: abTestSampleSize,
    make: () => [size],
    // No array-like: one options object.
    arrays: [],
    refusals: [
      {
        what: 'an effect of 1e-300 (more than 2^53 visitors)',
        call: () => abTestSampleSize({ ...size, minimumDetectableEffect: 1e-300 }),
        code: 'INVALID_OPTION',
        names: 'options.minimumDetectableEffect',
      },
      {
        what: 'a ratio of 1e308',
        call: () => abTestSampleSize({ ...size, ratio: 1e308 }),
        code: 'INVALID_OPTION',
        names: 'options.ratio',
      },
      {
        what: 'a ratio of 5e-324',
        call: () => abTestSampleSize({ ...size, ratio: 5e-324 }),
        code: 'INVALID_OPTION',
        names: 'options.ratio',
      },
      {
        what: 'a baseline rate of 1e308 * 10',
        call: () => abTestSampleSize({ ...size, baselineRate: 1e308 * 10 }),
        code: 'INVALID_OPTION',
        names: 'options.baselineRate',
      },
      {
        what: 'power = 1 − 1e-17 (rounds to 1)',
        call: () => abTestSampleSize({ ...size, power: 1 - 1e-17 }),
        code: 'INVALID_OPTION',
        names: 'options.power',
      },
      {
        what: 'options as a Map',
        call: () => abTestSampleSize(new Map(Object.entries(size)) as never),
        code: 'INVALID_OPTION',
        names: 'options.baselineRate',
      },
    ],
  },
  {
    name: 'experimentSuccessRate',
    fn: experimentSuccessRate,
    make: (n) => [experiments(n), period],
    arrays: [{ at: 0, name: 'experiments', kind: 'other' }],
    refusals: [
      {
        what: 'period.from = 8.64e15 + 1',
        call: () => experimentSuccessRate(experiments(8) as never, { ...period, from: 8.64e15 + 1 }),
        code: 'INVALID_OPTION',
        names: 'period.from',
      },
      {
        what: 'period.to = 1e20',
        call: () => experimentSuccessRate(experiments(8) as never, { ...period, to: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'period.to',
      },
      {
        what: 'a concludedAt of 1e20',
        call: () => experimentSuccessRate([{ id: 'e', outcome: 'shipped', concludedAt: 1e20 }], period),
        code: 'INVALID_VALUE',
        names: 'experiments[0].concludedAt',
      },
      {
        what: 'a concludedAt of +275760-09-13T00:00:00.001Z',
        call: () => experimentSuccessRate([{ id: 'e', outcome: 'shipped', concludedAt: '+275760-09-13T00:00:00.001Z' }], period),
        code: 'INVALID_VALUE',
        names: 'experiments[0].concludedAt',
      },
      {
        what: 'an outcome named __proto__',
        call: () => experimentSuccessRate([{ id: 'e', outcome: '__proto__' as never }], period),
        code: 'INVALID_VALUE',
        names: 'experiments[0].outcome',
      },
      {
        what: 'an outcome named constructor',
        call: () => experimentSuccessRate([{ id: 'e', outcome: 'constructor' as never }], period),
        code: 'INVALID_VALUE',
        names: 'experiments[0].outcome',
      },
    ],
  },
];
