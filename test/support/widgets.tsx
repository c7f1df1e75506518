/**
 * Every widget @sextant/react exports, found by enumerating the package (so a widget added
 * tomorrow is found the day it lands), with the fixtures the hostile-input suites need:
 * props that render it normally and the same props with a caller's string put in every
 * place a user's text goes (labels, features, members, cards, risks, titles).
 *
 * A widget missing from FIXTURES still gets the generic checks (no props, wrong-typed props
 * drawn by fast-check) and fails one test that asks for its fixture here.
 */
import * as Sextant from '@sextant/react';
import {
  addCard,
  createBoard,
  moveCard,
  defaultStakeholderGroups,
  selectionRate,
  type KanbanBoard as Board,
  type SummaryFacts,
} from '@sextant/core';
import type { ComponentType } from 'react';

export { LAYOUTS, NOT_WIDGETS } from './widget-names';
import { NOT_WIDGETS } from './widget-names';
import { fraudCardFacts, GOVERNANCE_NOW } from '../../stories/data/governance';

export type AnyWidget = ComponentType<Record<string, unknown>>;

function isComponent(v: unknown): v is AnyWidget {
  if (typeof v === 'function') return /^[A-Z]/.test(v.name) || v.prototype?.isReactComponent !== undefined;
  return typeof v === 'object' && v !== null && '$$typeof' in v;
}

/** `[name, component]` for every exported widget (and layout), in export order. */
export const exportedWidgets: readonly (readonly [string, AnyWidget])[] = Object.entries(Sextant)
  .filter(([name, v]) => /^[A-Z]/.test(name) && !NOT_WIDGETS.has(name) && isComponent(v))
  .map(([name, v]) => [name, v as AnyWidget] as const);

export interface WidgetFixture {
  /** Props that render the widget normally. */
  valid: () => Record<string, unknown>;
  /**
   * The valid props with `s` in every place a user's text goes. Where names must differ
   * (labels, ids) the others are `s` plus a suffix.
   */
  withText: (s: string) => Record<string, unknown>;
}

const D = (d: number) => Date.UTC(2026, 2, d);
const WEEK = [1, 2, 3, 4, 5];

function board(s = ''): Board {
  const t = (x: string) => (s ? `${s} ${x}` : x);
  return createBoard({
    columns: [
      { id: s ? t('todo') : 'todo', title: t('To do') },
      { id: s ? t('doing') : 'doing', title: t('Doing'), wipLimit: 2 },
      { id: s ? t('done') : 'done', title: t('Done') },
    ],
    cards: [
      {
        id: s ? t('a') : 'a',
        title: t('Tune LR'),
        type: 'experiment',
        columnId: s ? t('todo') : 'todo',
        createdAt: D(2),
        owner: s || undefined,
        tags: s ? [s] : undefined,
      },
      {
        id: s ? t('b') : 'b',
        title: t('Relabel'),
        type: 'data',
        columnId: s ? t('doing') : 'doing',
        createdAt: D(3),
        blocked: true,
        blockedReason: s || 'vendor',
      },
      { id: s ? t('c') : 'c', title: t('Ship v2'), type: 'model', columnId: s ? t('done') : 'done', createdAt: D(1) },
    ],
  } as never);
}

function driftData(s = 'amount') {
  const reference = {
    [s]: Array.from({ length: 120 }, (_, i) => (i % 20) / 20),
    [`${s} 2`]: Array.from({ length: 120 }, (_, i) => [s, `${s} b`][i % 2]),
  };
  const batches = Array.from({ length: 6 }, (_, d) => ({
    at: `2026-03-${String(d + 1).padStart(2, '0')}T00:00:00Z`,
    columns: {
      [s]: Array.from({ length: 40 }, (_, i) => (i % 20) / 20 + (d >= 3 ? 0.5 : 0)),
      [`${s} 2`]: Array.from({ length: 40 }, (_, i) => [s, `${s} b`][i % 2]),
    },
  }));
  return { reference, batches };
}

function members(s = '') {
  return [
    {
      id: s ? `${s} 1` : 'lena',
      name: s || 'Lena Vogel',
      location: s || undefined,
      timeZone: 'Europe/Berlin',
      workHours: { start: '08:30', end: '17:00' },
      workDays: WEEK,
    },
    {
      id: s ? `${s} 2` : 'jordan',
      name: s ? `${s} 2` : 'Jordan Price',
      location: s || 'New York',
      timeZone: 'America/New_York',
      workHours: { start: '09:00', end: '17:30' },
      workDays: WEEK,
    },
  ];
}

function risks(s = '') {
  return [
    {
      id: s || 'R1',
      title: s || 'Fraud patterns shift',
      category: 'model-drift',
      likelihood: 4,
      impact: 5,
      owner: s || 'Maya',
      mitigations: [{ id: s ? `${s} m` : 'M1', title: s || 'Drift report', status: 'done', reduces: { likelihood: 1 } }],
    },
    {
      id: s ? `${s} 2` : 'R2',
      title: s ? `${s} 2` : 'Regional decline gap',
      category: 'bias',
      likelihood: 3,
      impact: 5,
      owner: s ? `${s} 2` : 'Aisha',
    },
  ];
}

function facts(s = ''): SummaryFacts {
  const n = (x: string) => s || x;
  return {
    project: { name: n('Fraud model') },
    now: '2026-11-16T09:00:00Z',
    metrics: [
      { id: n('recall'), name: n('Recall'), value: 0.7, target: 0.8, direction: 'higher', unit: 'ratio' },
      { id: s ? `${s} 2` : 'p95', name: s ? `${s} 2` : 'p95 latency', value: 30, target: 40, direction: 'lower', unit: 'ms' },
    ],
    risks: [
      {
        risk: { id: n('R1'), title: n('Late labels'), category: 'data-quality', owner: n('Maya') },
        score: { residual: { score: 16, band: 'high' } },
      },
    ],
    milestones: [{ name: n('Shadow deploy'), due: '2026-11-01' }],
    asks: [{ text: n('Approve the labelling budget') }],
  } as SummaryFacts;
}

const yTrue01 = [0, 0, 1, 1, 0, 1, 1, 0];
const yScore01 = [0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.6, 0.3];

const OKR_PERIOD = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const OKR_NOW = '2026-02-15T00:00:00Z';

function objectives(s = '') {
  const t = (x: string) => (s ? `${s} ${x}` : x);
  return [
    {
      id: 'quality',
      title: t('Catch more fraud'),
      owner: s || 'Amara',
      period: OKR_PERIOD,
      keyResults: [
        { id: 'f1', title: t('F1 to 0.90'), metric: 'f1', baseline: 0.8, target: 0.9, direction: 'higher' as const },
        {
          id: 'p95',
          title: t('p95 to 120 ms'),
          metric: 'p95',
          baseline: 200,
          target: 120,
          direction: 'lower' as const,
          unit: 'ms',
        },
      ],
    },
  ];
}

const SD = (day: number, hour = 0) => Date.UTC(2026, 2, day, hour);
const SPRINT = { from: SD(2), to: SD(6) };

function sprintBoard(s = ''): Board {
  const t = (x: string) => (s ? `${s} ${x}` : x);
  let b = createBoard({
    columns: [
      { id: 'todo', title: t('To do') },
      { id: 'done', title: t('Done') },
    ],
    cards: [
      { id: 'a', title: t('Retrain on March data'), type: 'task', columnId: 'todo', createdAt: SD(1) },
      { id: 'b', title: t('Shadow-deploy v8'), type: 'task', columnId: 'todo', createdAt: SD(1) },
    ],
  });
  b = moveCard(b, { cardId: 'a', toColumnId: 'done', at: SD(3, 10) }).board;
  b = addCard(b, { id: 'c', title: t('Label drift incident'), type: 'incident', columnId: 'todo' }, { at: SD(4, 9) }).board;
  return b;
}

/** The fraud model's card facts with `s` as the model's name and description. */
function cardFacts(s: string) {
  const f = fraudCardFacts();
  return { ...f, model: { ...f.model, name: s, description: s } };
}

export const FIXTURES: Record<string, WidgetFixture> = {
  MetricTile: {
    valid: () => ({
      title: 'Macro F1',
      value: 0.912,
      format: 'percent',
      target: 0.9,
      previous: 0.897,
      history: [0.88, 0.9, 0.912],
    }),
    withText: (s) => ({
      title: s,
      description: s,
      value: 0.912,
      format: 'percent',
      target: 0.9,
      history: [0.88, 0.9, 0.912],
      historyLabel: s,
    }),
  },
  MetricTileGrid: {
    valid: () => ({ 'aria-label': 'Model health' }),
    withText: (s) => ({ 'aria-label': s }),
  },
  TimezonePlanner: {
    valid: () => ({ title: 'Team hours', members: members(), now: '2026-03-30T13:40:00Z', defaultDate: '2026-03-30' }),
    withText: (s) => ({ title: s, description: s, members: members(s), now: '2026-03-30T13:40:00Z', defaultDate: '2026-03-30' }),
  },
  KanbanBoard: {
    valid: () => ({ title: 'ML board', defaultBoard: board(), now: D(6) }),
    withText: (s) => ({ title: s, description: s, defaultBoard: board(s), now: D(6) }),
  },
  CumulativeFlowChart: {
    valid: () => ({ title: 'Flow', board: board(), now: D(6) }),
    withText: (s) => ({ title: s, board: board(s), now: D(6) }),
  },
  CycleTimeChart: {
    valid: () => ({ title: 'Cycle time', board: board(), now: D(6) }),
    withText: (s) => ({ title: s, board: board(s), now: D(6) }),
  },
  ConfusionMatrix: {
    valid: () => ({ title: 'Pets', yTrue: ['cat', 'cat', 'dog', 'dog'], yPred: ['cat', 'dog', 'dog', 'cat'] }),
    withText: (s) => ({ title: s, yTrue: [s, s, `${s} 2`, `${s} 2`], yPred: [s, `${s} 2`, `${s} 2`, s] }),
  },
  RocCurve: {
    valid: () => ({ title: 'Fraud', models: [{ name: 'GBM', yTrue: yTrue01, yScore: yScore01 }] }),
    withText: (s) => ({
      title: s,
      models: [
        { name: s, yTrue: yTrue01, yScore: yScore01 },
        { name: `${s} 2`, yTrue: yTrue01, yScore: yScore01.map((x) => 1 - x) },
      ],
    }),
  },
  PrecisionRecallCurve: {
    valid: () => ({ title: 'Fraud PR', models: [{ name: 'GBM', yTrue: yTrue01, yScore: yScore01 }] }),
    withText: (s) => ({ title: s, models: [{ name: s, yTrue: yTrue01, yScore: yScore01 }] }),
  },
  DriftChart: {
    valid: () => ({ title: 'Drift', ...driftData() }),
    withText: (s) => ({ title: s, ...driftData(s) }),
  },
  FairnessChart: {
    valid: () => ({
      title: 'Approval',
      metric: selectionRate,
      metricName: 'Approval rate',
      yTrue: [1, 1, 1, 1, 1, 1, 1, 1],
      yPred: [1, 1, 1, 0, 1, 0, 0, 0],
      sensitiveFeatures: ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'],
      nBoot: 20,
    }),
    withText: (s) => ({
      title: s,
      metric: selectionRate,
      metricName: s,
      yTrue: [1, 1, 1, 1, 1, 1, 1, 1],
      yPred: [1, 1, 1, 0, 1, 0, 0, 0],
      sensitiveFeatures: [s, s, s, s, `${s} 2`, `${s} 2`, `${s} 2`, `${s} 2`],
      nBoot: 20,
    }),
  },
  MetricsTable: {
    valid: () => ({
      title: 'Runs',
      rows: [
        { run: 'r1', model: 'bert', f1: 0.81 },
        { run: 'r2', model: 'llama', f1: 0.88 },
      ],
      columns: [
        { id: 'run', header: 'Run' },
        { id: 'model', header: 'Model' },
        { id: 'f1', header: 'F1', direction: 'higher' },
      ],
    }),
    withText: (s) => ({
      title: s,
      rows: [
        { run: s, [s]: s, f1: 0.81 },
        { run: `${s} 2`, [s]: s, f1: 0.88 },
      ],
      columns: [
        { id: 'run', header: s },
        { id: s, header: s },
        { id: 'f1', header: 'F1', direction: 'higher' },
      ],
    }),
  },
  DeliveryScorecard: {
    valid: () => ({
      title: 'Delivery',
      deployments: [
        { id: 'a', at: '2026-03-01T10:00:00Z', status: 'success' },
        { id: 'b', at: '2026-03-09T10:00:00Z', status: 'rolled-back' },
      ],
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-15T00:00:00Z',
    }),
    withText: (s) => ({
      title: s,
      description: s,
      deployments: [
        { id: s, at: '2026-03-01T10:00:00Z', status: 'success' },
        { id: `${s} 2`, at: '2026-03-09T10:00:00Z', status: 'rolled-back' },
      ],
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-15T00:00:00Z',
    }),
  },
  RiskMatrix: {
    valid: () => ({ title: 'Risks', risks: risks(), today: '2026-06-30' }),
    withText: (s) => ({ title: s, risks: risks(s), today: '2026-06-30' }),
  },
  StakeholderSummary: {
    valid: () => ({ title: 'Fraud model update', facts: facts() }),
    withText: (s) => ({ title: s, facts: facts(s) }),
  },
  CommunicationPlan: {
    valid: () => ({
      title: 'Who hears what',
      members: members(),
      groups: defaultStakeholderGroups({ executive: ['lena'], technical: ['jordan'] }),
      from: '2026-11-16T00:00:00Z',
      to: '2026-12-14T00:00:00Z',
    }),
    withText: (s) => ({
      title: s,
      members: members(s),
      groups: defaultStakeholderGroups({ executive: [`${s} 1`], technical: [`${s} 2`] }).map((g) => ({
        ...g,
        name: s,
        channel: s,
      })),
      from: '2026-11-16T00:00:00Z',
      to: '2026-12-14T00:00:00Z',
    }),
  },
  OkrTracker: {
    valid: () => ({ title: 'Quarter OKRs', objectives: objectives(), values: { f1: 0.85, p95: 150 }, now: OKR_NOW }),
    withText: (s) => ({ title: s, objectives: objectives(s), values: { f1: 0.85, p95: 150 }, now: OKR_NOW }),
  },
  SprintBurndown: {
    valid: () => ({ title: 'Sprint 14', board: sprintBoard(), sprint: SPRINT, done: 'done' }),
    withText: (s) => ({ title: s, board: sprintBoard(s), sprint: SPRINT, done: 'done' }),
  },
  ModelCard: {
    valid: () => ({ facts: fraudCardFacts(), now: GOVERNANCE_NOW }),
    withText: (s) => ({ title: s, facts: cardFacts(s), now: GOVERNANCE_NOW }),
  },
  ImpactAssessmentView: {
    valid: () => ({ facts: fraudCardFacts(), now: GOVERNANCE_NOW }),
    withText: (s) => ({ title: s, facts: cardFacts(s), now: GOVERNANCE_NOW }),
  },
};

/**
 * Widgets merged this round whose owners add their fixtures here next (goals: OkrTracker,
 * SprintBurndown; governance: ModelCard, ImpactAssessmentView). Until then they get the
 * generic checks only. Any other widget without a fixture fails the suite.
 */
export const FIXTURES_PENDING: ReadonlySet<string> = new Set<string>([]);

/** Hostile strings every widget must show as inert text (issue 12 item 6). */
export const HOSTILE_STRINGS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  'שלום עולם 42',
  '__proto__',
  `${'Ensemble gradient-boosted scorer '.repeat(312)}end`.slice(0, 10_000),
];
