/**
 * The fraud-detection team's Q2 2026 OKRs, on the numbers the rest of the demo measures:
 * F1 of the boosted model from the quality data, p95 scoring latency from seeded request
 * timings, deployment frequency from the team's deployment records, the drifted share of
 * features from June's drift report, and the Data Quality Index. Every value and every
 * history point is computed by @sextant/core; nothing is typed in by hand but the targets.
 */
import {
  addCard,
  createBoard,
  moveCard,
  removeCard,
  dataQualityValue,
  deploymentFrequency,
  deploymentFrequencyValue,
  driftShareValue,
  f1Score,
  latencySummary,
  latencyValue,
  type Objective,
} from '@sextant/core';
import { dataQuality, deployments, driftReport } from './fraudTeam';
import { fraudScores, seeded } from './quality';
import { TEN_THOUSAND_CHARACTERS } from './hostile';

export const QUARTER = { from: '2026-04-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };
/** Seven weeks into the quarter. */
export const NOW = '2026-05-20T00:00:00Z';

const DAY = 86_400_000;
const Q_START = Date.UTC(2026, 3, 1);
const weekAt = (w: number) => new Date(Q_START + w * 7 * DAY).toISOString();

// F1 of the boosted model at a 0.5 threshold, on each of six weekly labelled batches of 500 transactions.
const scores = fraudScores();
const f1Of = (a: number, b: number) =>
  f1Score(
    scores.yTrue.slice(a, b),
    scores.boosted.slice(a, b).map((s) => (s >= 0.5 ? 1 : 0)),
  );
const f1History = [0, 1, 2, 3, 4, 5].map((w) => ({ at: weekAt(w), value: f1Of(w * 500, w * 500 + 500) }));
const f1Now = f1Of(0, 3000);

// Scoring latency: 2,000 requests a week, log-normal, the median falling as the feature cache warms.
const rand = seeded(2026);
const normal = () => Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand());
const weekLatencies = (w: number) => Array.from({ length: 2000 }, () => Math.exp(Math.log(118 - 2 * w) + 0.24 * normal()));
const latencyHistory = [0, 1, 2, 3, 4, 5, 6].map((w) => ({
  at: weekAt(w),
  value: latencyValue(latencySummary(weekLatencies(w))),
}));
const p95Now = latencyHistory[latencyHistory.length - 1].value;

const q1Deploys = deploymentFrequencyValue(deploymentFrequency(deployments, { from: '2026-01-01T00:00:00Z', to: QUARTER.from }));
const q2Deploys = deploymentFrequencyValue(deploymentFrequency(deployments, { from: QUARTER.from, to: NOW }));

/** The current value of every key result's metric, from the SDK's results. */
export const values: Record<string, number> = {
  f1: f1Now,
  dataQualityIndex: dataQualityValue(dataQuality),
  p95LatencyMs: p95Now,
  driftedShare: driftShareValue(driftReport),
  deploymentsPerWeek: q2Deploys,
};

export const objectives: Objective[] = [
  {
    id: 'catch-fraud',
    title: 'Catch more fraud without declining good customers',
    owner: 'Amara Okafor',
    period: QUARTER,
    keyResults: [
      {
        id: 'f1',
        title: 'Raise F1 on labelled chargebacks from 0.80 to 0.90',
        metric: 'f1',
        baseline: 0.8,
        target: 0.9,
        direction: 'higher',
        history: f1History,
      },
      {
        id: 'dqi',
        title: 'Lift the training data quality index from 85 to 95',
        metric: 'dataQualityIndex',
        baseline: 85,
        target: 95,
        direction: 'higher',
      },
    ],
  },
  {
    id: 'fast-decisions',
    title: 'Decide in the checkout’s time budget, on data we trust',
    owner: 'Kenji Watanabe',
    period: QUARTER,
    keyResults: [
      {
        id: 'p95',
        title: 'Cut p95 scoring latency from 180 ms to 120 ms',
        metric: 'p95LatencyMs',
        baseline: 180,
        target: 120,
        direction: 'lower',
        unit: 'ms',
        history: latencyHistory,
      },
      {
        id: 'drift',
        title: 'Bring the drifted share of features down to 0.10',
        metric: 'driftedShare',
        baseline: 0.25,
        target: 0.1,
        direction: 'lower',
      },
    ],
  },
  {
    id: 'ship-weekly',
    title: 'Ship model improvements every week',
    owner: 'Lucía Fernández',
    period: QUARTER,
    keyResults: [
      {
        id: 'deploys',
        title: `Deploy 5 times a week (Q1: ${q1Deploys.toFixed(1)})`,
        metric: 'deploymentsPerWeek',
        baseline: q1Deploys,
        target: 5,
        direction: 'higher',
        unit: 'per week',
      },
    ],
  },
];

/** Hostile strings: a 200-character title, right-to-left text, names that are prototype keys, markup. */
export const hostileObjectives: Objective[] = [
  {
    id: '__proto__',
    title: TEN_THOUSAND_CHARACTERS,
    owner: '<script>alert(1)</script>',
    period: QUARTER,
    keyResults: [
      {
        id: 'constructor',
        title: 'خفض زمن الاستجابة إلى ١٢٠ مللي ثانية',
        metric: 'toString',
        baseline: 180,
        target: 120,
        direction: 'lower',
        unit: '<b>ms</b>',
      },
      {
        id: 'toString',
        title: '<img src=x onerror=alert(1)>',
        metric: '__proto__',
        baseline: 0,
        target: 1.7e308,
        direction: 'higher',
      },
    ],
  },
];
export const hostileValues: Record<string, number> = JSON.parse('{"toString": 150, "__proto__": 1e307}') as Record<
  string,
  number
>;

// ------------------------------------------------------------------ a two-week sprint ----

/** Sprint 14 of the fraud team: two weeks from Monday 11 May 2026, read on day ten. */
export const SPRINT = { from: '2026-05-11T00:00:00Z', to: '2026-05-25T00:00:00Z' };
export const SPRINT_NOW = '2026-05-20T12:00:00Z';

const SPRINT_WORK = [
  ['Label 2,000 new chargebacks', 'data'],
  ['Backfill merchant risk features', 'data'],
  ['Retrain with the new labels', 'model'],
  ['Tune the decline threshold per region', 'experiment'],
  ['A/B the boosted model on 10 % of traffic', 'experiment'],
  ['Cache merchant features at the edge', 'task'],
  ['Drift alert on transaction amount', 'task'],
  ['Fairness check by region', 'experiment'],
  ['Model card for the audit', 'task'],
  ['Shadow-score the wallet channel', 'model'],
  ['Dashboard for false declines', 'task'],
  ['Rollback runbook for the scorer', 'task'],
] as const;
const ADDED = [
  ['Hotfix: timeout in the scoring API', 'incident', 3],
  ['Investigate the amount drift alert', 'incident', 5],
  ['Extra labels for the wallet channel', 'data', 8],
] as const;

function sprintBoard() {
  const r = seeded(14);
  const start = Date.UTC(2026, 4, 11);
  const fib = [1, 2, 3, 5, 8];
  const estimates: Record<string, number> = {};
  let board = createBoard({
    columns: [
      { id: 'backlog', title: 'Backlog' },
      { id: 'todo', title: 'Sprint backlog' },
      { id: 'doing', title: 'In progress' },
      { id: 'review', title: 'Review' },
      { id: 'done', title: 'Done' },
    ],
    cards: SPRINT_WORK.map(([title, type], i) => ({
      id: `FD-${140 + i}`,
      title,
      type,
      columnId: 'todo',
      tags: ['sprint-14'],
      createdAt: new Date(start - (3 + i) * DAY).toISOString(),
    })),
  });
  SPRINT_WORK.forEach((_, i) => (estimates[`FD-${140 + i}`] = fib[Math.floor(r() * fib.length)]));
  // Each card's plan: start on a day, review and finish a few days later (hours in the working day).
  const moves: { at: number; id: string; to: string }[] = [];
  const plan = (id: string, from: number) => {
    const s = from + Math.floor(r() * 4);
    const rv = s + 1 + Math.floor(r() * 3);
    const d = rv + Math.floor(r() * 2);
    const h = () => (9 + Math.floor(r() * 8)) * 3_600_000;
    moves.push({ at: start + s * DAY + h(), id, to: 'doing' });
    moves.push({ at: start + rv * DAY + h(), id, to: 'review' });
    moves.push({ at: start + d * DAY + h(), id, to: 'done' });
  };
  SPRINT_WORK.forEach((_, i) => plan(`FD-${140 + i}`, Math.floor((i * 9) / SPRINT_WORK.length)));
  const adds = ADDED.map(([title, type, day], i) => ({
    id: `FD-${160 + i}`,
    title,
    type,
    at: start + day * DAY + 10 * 3_600_000,
  }));
  adds.forEach((a) => {
    estimates[a.id] = fib[Math.floor(r() * 3)];
    plan(a.id, Math.floor((a.at - start) / DAY));
  });
  const events = [
    ...moves.map((m) => ({ kind: 'move' as const, ...m })),
    ...adds.map((a) => ({ kind: 'add' as const, ...a })),
    { kind: 'remove' as const, at: start + 7 * DAY + 11 * 3_600_000, id: 'FD-148' },
  ].sort((a, b) => a.at - b.at);
  const removed = new Set<string>();
  for (const e of events) {
    if (e.kind === 'add') {
      board = addCard(
        board,
        { id: e.id, title: e.title, type: e.type, columnId: 'todo', tags: ['sprint-14'] },
        { at: e.at },
      ).board;
    } else if (e.kind === 'remove') {
      board = removeCard(board, e.id, { at: e.at }).board;
      removed.add(e.id);
    } else if (!removed.has(e.id) && board.cards.some((c) => c.id === e.id)) {
      board = moveCard(board, { cardId: e.id, toColumnId: e.to, at: e.at }).board;
    }
  }
  return { board, estimates };
}

export const { board: sprintBoard14, estimates: sprintEstimates } = sprintBoard();
