// Hostile-input cases for delivery (issue 15): the DORA measures, the scorecard and its view,
// the band tables and time to market. Record arrays are 'other' (rows); the period's instants
// and huge/out-of-range values are the refusals.
import {
  changeFailureRate,
  deliveryScorecard,
  deliveryScorecardView,
  deliveryTrend,
  deploymentFrequency,
  doraBand,
  doraBandTable,
  leadTimeForChanges,
  meanTimeToRecovery,
  rollbackRate,
  timeToMarket,
} from '@sextant/core';
import type { HostileCase } from '../harness';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const iso = (t: number): string => new Date(t).toISOString();
const period = { from: iso(T0), to: iso(T0 + 31 * DAY) };
const STATUS = ['success', 'failed', 'rolled-back', 'success'] as const;

const deployments = (n: number, withChanges = false): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    at: iso(T0 + ((i * 7) % 30) * DAY + 3_600_000),
    status: STATUS[i % 4],
    ...(withChanges ? { changeIds: [`c${i}`] } : {}),
  }));
const changes = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, committedAt: iso(T0 + ((i * 7) % 30) * DAY) }));
const incidents = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `INC-${i}`,
    startedAt: iso(T0 + ((i * 5) % 28) * DAY),
    resolvedAt: i % 3 === 2 ? null : iso(T0 + ((i * 5) % 28) * DAY + (1 + (i % 4)) * 3_600_000),
    ...(i % 2 === 0 ? { deploymentId: `d${i}` } : {}),
  }));
const projects = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    ideaAt: iso(T0 - (10 + i) * DAY),
    ...(i % 2 === 0 ? { productionAt: iso(T0 + (i % 20) * DAY) } : {}),
  }));

/** The period's out-of-range instants, for a function whose period sits at argument `at`. */
function periodRefusals(name: string, call: (p: object) => unknown): NonNullable<HostileCase['refusals']> {
  return [
    {
      what: `${name} with period.from = 8.64e15 + 1`,
      call: () => call({ ...period, from: 8.64e15 + 1 }),
      code: 'INVALID_OPTION',
      names: 'from',
    },
    { what: `${name} with period.to = 1e20`, call: () => call({ ...period, to: 1e20 }), code: 'INVALID_OPTION', names: 'to' },
    { what: `${name} with period.from = NaN`, call: () => call({ ...period, from: NaN }), code: 'INVALID_OPTION', names: 'from' },
  ];
}

const card = (n: number): unknown =>
  deliveryScorecard({ deployments: deployments(n, true), changes: changes(n), incidents: incidents(n) } as never, {
    ...period,
    buckets: 2,
  });

export const cases: HostileCase[] = [
  {
    name: 'deploymentFrequency',
    fn: deploymentFrequency,
    make: (n) => [deployments(n), period],
    arrays: [{ at: 0, name: 'deployments', kind: 'other' }],
    refusals: [
      ...periodRefusals('deploymentFrequency', (p) => deploymentFrequency(deployments(4) as never, p as typeof period)),
      {
        what: 'a deployment at 8.64e15 + 1',
        call: () => deploymentFrequency([{ id: 'd', at: 8.64e15 + 1, status: 'success' }] as never, period),
        code: 'INVALID_VALUE',
        names: 'deployments[0]',
      },
    ],
  },
  {
    name: 'leadTimeForChanges',
    fn: leadTimeForChanges,
    make: (n) => [changes(n), deployments(n, true), period],
    arrays: [
      { at: 0, name: 'changes', kind: 'other' },
      { at: 1, name: 'deployments', kind: 'other' },
    ],
    refusals: [
      ...periodRefusals('leadTimeForChanges', (p) =>
        leadTimeForChanges(changes(4) as never, deployments(4, true) as never, p as never),
      ),
      {
        what: 'a change committed at 1e20',
        call: () => leadTimeForChanges([{ id: 'c0', committedAt: 1e20 }] as never, deployments(1, true) as never, period),
        code: 'INVALID_VALUE',
        names: 'changes[0]',
      },
    ],
  },
  {
    name: 'changeFailureRate',
    fn: changeFailureRate,
    make: (n) => [deployments(n), incidents(n), period],
    arrays: [
      { at: 0, name: 'deployments', kind: 'other' },
      { at: 1, name: 'incidents', kind: 'other' },
    ],
    refusals: periodRefusals('changeFailureRate', (p) =>
      changeFailureRate(deployments(4) as never, incidents(4) as never, p as never),
    ),
  },
  {
    name: 'rollbackRate',
    fn: rollbackRate,
    make: (n) => [deployments(n), period],
    arrays: [{ at: 0, name: 'deployments', kind: 'other' }],
    refusals: periodRefusals('rollbackRate', (p) => rollbackRate(deployments(4) as never, p as never)),
  },
  {
    name: 'meanTimeToRecovery',
    fn: meanTimeToRecovery,
    make: (n) => [incidents(n), period],
    arrays: [{ at: 0, name: 'incidents', kind: 'other' }],
    refusals: [
      ...periodRefusals('meanTimeToRecovery', (p) => meanTimeToRecovery(incidents(4) as never, p as never)),
      {
        what: 'an incident resolved at 8.64e15 + 1',
        call: () => meanTimeToRecovery([{ id: 'i', startedAt: iso(T0), resolvedAt: 8.64e15 + 1 }] as never, period),
        code: 'INVALID_VALUE',
        names: 'incidents[0]',
      },
    ],
  },
  {
    name: 'timeToMarket',
    fn: timeToMarket,
    make: (n) => [projects(n), { deployments: deployments(n) }],
    arrays: [
      { at: 0, name: 'projects', kind: 'other' },
      { at: [1, 'deployments'], name: 'deployments', kind: 'other' },
    ],
    refusals: [
      {
        what: 'a project with ideaAt = 8.64e15 + 1',
        call: () => timeToMarket([{ id: 'p', ideaAt: 8.64e15 + 1 }] as never),
        code: 'INVALID_VALUE',
        names: 'projects[0]',
      },
    ],
  },
  {
    name: 'deliveryScorecard',
    fn: deliveryScorecard,
    make: (n) => [
      { deployments: deployments(n, true), changes: changes(n), incidents: incidents(n) } as never,
      { ...period, buckets: 2 },
    ],
    arrays: [
      { at: [0, 'deployments'], name: 'deployments', kind: 'other' },
      { at: [0, 'changes'], name: 'changes', kind: 'other' },
      { at: [0, 'incidents'], name: 'incidents', kind: 'other' },
    ],
    refusals: [
      ...periodRefusals('deliveryScorecard', (p) =>
        deliveryScorecard({ deployments: deployments(4) } as never, { ...p, buckets: 2 } as never),
      ),
      {
        what: 'buckets: 1e9',
        call: () => deliveryScorecard({ deployments: deployments(4) } as never, { ...period, buckets: 1e9 }),
        code: 'INVALID_OPTION',
        names: 'buckets',
      },
    ],
  },
  {
    name: 'deliveryScorecardView',
    fn: deliveryScorecardView,
    make: (n) => [card(n)],
    arrays: [],
    refusals: [
      {
        what: 'a card whose keys is a Map',
        call: () => deliveryScorecardView({ ...(card(4) as object), keys: new Map() } as never),
        code: 'INVALID_VALUE',
        names: 'keys',
      },
    ],
  },
  {
    name: 'deliveryTrend',
    fn: deliveryTrend,
    make: () => ['changeFailureRate', 0.1, 0.2],
    arrays: [],
    magnitude: [{ scale: [], degree: 0 }],
    refusals: [
      { what: "key '__proto__'", call: () => deliveryTrend('__proto__' as never, 1, 2), code: 'INVALID_OPTION', names: 'key' },
      {
        what: 'current = NaN',
        call: () => deliveryTrend('changeFailureRate', NaN, 0.2),
        code: 'INVALID_VALUE',
        names: 'current',
      },
      {
        what: 'previous = Infinity',
        call: () => deliveryTrend('changeFailureRate', 0.1, Infinity),
        code: 'INVALID_VALUE',
        names: 'previous',
      },
    ],
  },
  {
    name: 'doraBand',
    fn: doraBand,
    make: () => ['changeFailureRate', 0.12],
    arrays: [],
    refusals: [
      { what: "metric 'constructor'", call: () => doraBand('constructor' as never, 1), code: 'INVALID_OPTION', names: 'metric' },
      { what: 'value NaN', call: () => doraBand('changeFailureRate', NaN), code: 'NON_FINITE', names: 'value' },
      {
        what: 'year 1e20',
        call: () => doraBand('changeFailureRate', 0.1, { year: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'year',
      },
    ],
  },
  {
    name: 'doraBandTable',
    fn: doraBandTable,
    make: () => [2022],
    arrays: [],
    refusals: [
      { what: 'year NaN', call: () => doraBandTable(NaN), code: 'INVALID_OPTION', names: 'year' },
      { what: "year '__proto__'", call: () => doraBandTable('__proto__' as never), code: 'INVALID_OPTION', names: 'year' },
    ],
  },
];
