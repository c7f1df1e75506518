/**
 * Hostile-input cases of the goals area (issue 16 on issue 15's harness): every array-like of
 * OKRs, business figures, sprints, cost and resource samples is refused by its length or type
 * before any element is read; instants, overflow and prototype-named keys are refused or kept
 * by the calls below. Their arrays hold records, so they are `other` (length and type classes).
 *
 * Written for `hostile-metrics`' harness (test/core/hostile/harness.ts, `HostileCase`), checked
 * against it before it reached main; typed structurally so this file compiles on its own.
 */
import {
  businessImpact,
  costPerPrediction,
  createBoard,
  dataQualityValue,
  deploymentFrequencyValue,
  driftShareValue,
  latencyValue,
  moveCard,
  okrProgress,
  okrTrackerView,
  resourceUtilisation,
  sprintBurndown,
  sprintBurndownView,
  type KeyResult,
} from '@sextant/core';

const Q = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const NOW = '2026-02-15T00:00:00Z';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

const keyResults = (n: number): KeyResult[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `k${i}`,
    title: `K${i}`,
    metric: `m${i}`,
    baseline: 0,
    target: 10 + i,
    direction: 'higher' as const,
    history: [
      { at: T0 - DAY, value: 1 },
      { at: T0, value: 2 },
    ],
  }));
const metricValues = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, i]));
const objective = (n: number) => ({ id: 'o', title: 'O', period: Q, keyResults: keyResults(n) });

const dataset = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    at: new Date(T0 + i * DAY).toISOString(),
    driftedShare: (i % 4) / 4,
    datasetDrift: i % 4 >= 2,
    testedCount: 4,
    driftedCount: i % 4,
  }));

const figures = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    label: `F${i}`,
    category: (['revenue', 'cost', 'satisfaction'] as const)[i % 3],
    unit: 'EUR',
    baseline: 100 + i,
    current: 110 + i,
  }));

function board() {
  let b = createBoard({
    columns: [
      { id: 'todo', title: 'To do' },
      { id: 'done', title: 'Done' },
    ],
    cards: Array.from({ length: 8 }, (_, i) => ({
      id: `c${i}`,
      title: `C${i}`,
      type: 'task' as const,
      columnId: 'todo',
      createdAt: T0,
    })),
  });
  b = moveCard(b, { cardId: 'c0', toColumnId: 'done', at: T0 + 2 * DAY }).board;
  return b;
}
const SPRINT = { from: T0 + DAY, to: T0 + 9 * DAY };

const costItems = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ at: T0 + i * 1000, amount: 1 + i, resource: i % 2 ? 'gpu' : 'cpu' }));
const counts = (n: number) => Array.from({ length: n }, (_, i) => ({ at: T0 + i * 1000, count: 100 + i }));
const samples = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ resource: i % 2 ? 'gpu' : 'memory', at: T0 + i * 3_600_000, used: i % 5, capacity: 8 }));

const burndown = sprintBurndown(board(), { sprint: SPRINT, done: 'done' });
const burndownOf = (n: number) => ({
  ...burndown,
  days: burndown.days.slice(0, n),
  ideal: burndown.ideal.slice(0, Math.max(n, 8)),
});

export const cases = [
  {
    name: 'okrProgress',
    fn: okrProgress as never,
    make: (n: number) => [objective(n), { now: NOW, values: metricValues(n) }],
    arrays: [{ at: [0, 'keyResults'], name: 'objective.keyResults', kind: 'other' }],
    refusals: [
      {
        what: 'a history of length 2^53 − 1',
        call: () =>
          okrProgress(
            { ...objective(1), keyResults: [{ ...keyResults(1)[0], history: { length: 2 ** 53 - 1 } as never }] },
            { now: NOW, values: metricValues(1) },
          ),
        code: 'INVALID_VALUE',
        names: 'objective.keyResults[0].history',
      },
      {
        what: 'baseline = target',
        call: () =>
          okrProgress(
            { ...objective(1), keyResults: [{ ...keyResults(1)[0], target: 0 }] },
            { now: NOW, values: metricValues(1) },
          ),
        code: 'INVALID_VALUE',
        names: 'objective.keyResults[0].target',
      },
      {
        what: 'a metric named toString that values lacks (never read from the prototype)',
        call: () =>
          okrProgress({ ...objective(1), keyResults: [{ ...keyResults(1)[0], metric: 'toString' }] }, { now: NOW, values: {} }),
        code: 'NOT_FOUND',
        names: 'k0',
      },
      {
        what: 'now outside the range of Date',
        call: () => okrProgress(objective(1), { now: 8.64e15 + 1, values: metricValues(1) }),
        code: 'INVALID_OPTION',
        names: 'options.now',
      },
    ],
  },
  {
    name: 'latencyValue',
    fn: latencyValue as never,
    make: () => [{ count: 5, mean: 3, min: 1, max: 5, p50: 3, p90: 4.6, p95: 4.8, p99: 4.96 }],
    arrays: [],
    refusals: [
      {
        what: 'an unknown statistic',
        call: () => latencyValue({ p95: 1 } as never, 'p42' as never),
        code: 'INVALID_OPTION',
        names: 'stat',
      },
      {
        what: 'a non-finite p95',
        call: () => latencyValue({ p95: Infinity } as never),
        code: 'NON_FINITE',
        names: 'summary.p95',
      },
    ],
  },
  {
    name: 'deploymentFrequencyValue',
    fn: deploymentFrequencyValue as never,
    make: () => [{ count: 2, perDay: 2 / 7, perWeek: 2, deployDays: 2 }],
    arrays: [],
    refusals: [
      {
        what: 'not a result',
        call: () => deploymentFrequencyValue(new Map() as never),
        code: 'INVALID_VALUE',
        names: 'frequency',
      },
    ],
  },
  {
    name: 'driftShareValue',
    fn: driftShareValue as never,
    make: (n: number) => [{ dataset: dataset(n) }, 'mean'],
    arrays: [{ at: [0, 'dataset'], name: 'result.dataset', kind: 'other' }],
    refusals: [
      {
        what: 'a drifted share above 1',
        call: () => driftShareValue({ dataset: [{ ...dataset(1)[0], driftedShare: 1.5 }] } as never),
        code: 'INVALID_VALUE',
        names: 'result.dataset[0].driftedShare',
      },
    ],
  },
  {
    name: 'dataQualityValue',
    fn: dataQualityValue as never,
    make: () => [{ score: 95.75, breakdown: {}, measured: [] }],
    arrays: [],
    refusals: [
      { what: 'a NaN score', call: () => dataQualityValue({ score: NaN } as never), code: 'NON_FINITE', names: 'index.score' },
    ],
  },
  {
    name: 'businessImpact',
    fn: businessImpact as never,
    make: (n: number) => [{ figures: figures(n) }],
    arrays: [{ at: [0, 'figures'], name: 'facts.figures', kind: 'other' }],
    refusals: [
      {
        what: 'a change beyond ±1.8e308',
        call: () => businessImpact({ figures: [{ ...figures(1)[0], baseline: -1.7e308, current: 1.7e308 }] }),
        code: 'INVALID_VALUE',
        names: 'facts.figures[0].current',
      },
      {
        what: 'a period outside the range of Date',
        call: () => businessImpact({ period: { from: -8.7e15, to: 0 }, figures: figures(1) }),
        code: 'INVALID_VALUE',
        names: 'facts.period.from',
      },
    ],
  },
  {
    name: 'sprintBurndown',
    fn: sprintBurndown as never,
    // The board holds its own cards; the array-like slot is its event list.
    make: () => [board(), { sprint: SPRINT, done: 'done' }],
    arrays: [{ at: [0, 'events'], name: 'board.events', kind: 'other' }],
    refusals: [
      {
        what: 'an estimate near 1e308 (sums would overflow)',
        call: () => sprintBurndown(board(), { sprint: SPRINT, done: 'done', estimates: { c1: 1e308 } }),
        code: 'INVALID_OPTION',
        names: 'estimates',
      },
      {
        what: 'a sprint of more than a century',
        call: () => sprintBurndown(board(), { sprint: { from: -8.64e15, to: 8.64e15 }, done: 'done' }),
        code: 'INVALID_INTERVAL',
        names: 'options.sprint',
      },
    ],
  },
  {
    name: 'costPerPrediction',
    fn: costPerPrediction as never,
    make: (n: number) => [{ cost: costItems(n), predictions: counts(n), from: T0, to: T0 + DAY }],
    arrays: [
      { at: [0, 'cost'], name: 'input.cost', kind: 'other' },
      { at: [0, 'predictions'], name: 'input.predictions', kind: 'other' },
    ],
    refusals: [
      {
        what: 'a total cost beyond 1.8e308',
        call: () =>
          costPerPrediction({
            cost: [
              { at: T0, amount: 1.7e308 },
              { at: T0, amount: 1.7e308 },
            ],
            predictions: 1,
            from: T0,
            to: T0 + DAY,
          }),
        code: 'INVALID_VALUE',
        names: 'input.cost[1]',
      },
      {
        what: 'a prediction count past 2^53',
        call: () => costPerPrediction({ cost: 1, predictions: 2 ** 53, from: T0, to: T0 + DAY }),
        code: 'INVALID_VALUE',
        names: 'input.predictions',
      },
    ],
  },
  {
    name: 'resourceUtilisation',
    fn: resourceUtilisation as never,
    make: (n: number) => [samples(n), { to: T0 + (n + 1) * 3_600_000 }],
    arrays: [{ at: 0, name: 'samples', kind: 'other' }],
    refusals: [
      {
        what: 'used above capacity',
        call: () => resourceUtilisation([{ resource: '__proto__', at: T0, used: 1.7e308, capacity: 1 }]),
        code: 'INVALID_VALUE',
        names: 'samples[0].used',
      },
    ],
  },
  {
    name: 'okrTrackerView',
    fn: okrTrackerView as never,
    make: (n: number) => [Array.from({ length: n }, () => okrProgress(objective(2), { now: NOW, values: metricValues(2) }))],
    arrays: [{ at: 0, name: 'results', kind: 'other' }],
    refusals: [
      {
        what: 'a locale Intl does not know',
        call: () => okrTrackerView([], { locale: '!!' }),
        code: 'INVALID_OPTION',
        names: 'options.locale',
      },
    ],
  },
  {
    name: 'sprintBurndownView',
    fn: sprintBurndownView as never,
    make: (n: number) => [burndownOf(n)],
    arrays: [
      { at: [0, 'days'], name: 'result.days', kind: 'other' },
      { at: [0, 'ideal'], name: 'result.ideal', kind: 'other' },
    ],
  },
];

/** Every function of the goals area has a case. */
export const exempt: Record<string, string> = {};
