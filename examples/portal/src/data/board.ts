// The team's MLOps board, built by core from a seeded simulation: three months of cards
// flowing through the columns (so the flow charts have history), a blocked card, and the
// incident cards core raises from the drift page's alerts (`cardsFromDriftAlerts`).
import {
  addCard,
  cardsFromDriftAlerts,
  mlopsBoardTemplate,
  moveCard,
  updateCard,
  type CardType,
  type KanbanBoard,
} from '@sextant/core';
import { driftTrend } from './drift';
import { NOW_MS } from './project';
import { DAY, once, seeded } from './random';

const START = NOW_MS - 91 * DAY;
/** The charts' period: the thirteen weeks up to now. */
export const BOARD_FROM = START;
/** The current two-week sprint: day 8 of 14 at the demo's "now". */
export const SPRINT = { from: '2026-06-22T00:00:00Z', to: '2026-07-06T00:00:00Z' };
export const SPRINT_TAG = 'sprint-26';
const SPRINT_PLANNED = Date.UTC(2026, 5, 5);

const OWNERS = ['Ana Ribeiro', 'Kenji Mori', 'Priya Nair', 'Lena Vogel', 'Wei Ling Tan', 'Maya Chen', 'Omar Haddad'];
const WORK: [CardType, string][] = [
  ['experiment', 'Try focal loss on the minority class'],
  ['experiment', 'Gradient-boosted trees vs. the current MLP'],
  ['experiment', 'Calibrate scores with isotonic regression'],
  ['experiment', 'Add merchant-category embeddings'],
  ['experiment', 'Tune the decision threshold for 0.5% FPR'],
  ['data', 'Backfill chargeback labels for May'],
  ['data', 'Deduplicate card-present transactions'],
  ['data', 'Add device fingerprint to the feature store'],
  ['data', 'Great Expectations suite for the payments feed'],
  ['data', 'Label 2,000 LATAM chargebacks'],
  ['model', 'fraud-scorer v3.5: retrain on June data'],
  ['model', 'Shadow-deploy v3.5 next to v3.4'],
  ['model', 'A/B v3.5 at 10% of traffic'],
  ['model', 'Export the model card for the risk committee'],
  ['task', 'Latency budget: p95 under 80 ms'],
  ['task', 'Alert routing for the on-call rotation'],
  ['task', 'Document the rollback runbook'],
  ['task', 'SHAP summary for the quarterly review'],
  ['experiment', 'Velocity features over 1 h and 24 h windows'],
  ['experiment', 'Graph features from shared devices'],
  ['data', 'Issuer fraud reports as early labels'],
  ['data', 'Null-rate alert per feature'],
  ['model', 'Reason codes for declined payments'],
  ['task', 'Cost per 1,000 predictions dashboard'],
  ['experiment', 'Cost-sensitive loss weighted by amount'],
  ['data', 'Backfill 3-D Secure outcomes'],
  ['model', 'Distil the graph model for the edge scorer'],
  ['task', 'Quarterly fairness review pack'],
  ['data', 'Merchant risk scores from the acquirer feed'],
  ['task', 'On-call handbook for drift alerts'],
];

interface Planned {
  at: number;
  apply: (b: KanbanBoard) => KanbanBoard;
}

export const fraudBoard = once((): KanbanBoard => {
  const rand = seeded(42);
  let board = mlopsBoardTemplate({
    lanes: [
      { id: 'fraud', title: 'Fraud model' },
      { id: 'platform', title: 'ML platform' },
    ],
  });
  const cols = board.columns.map((c) => c.id);
  const plans: Planned[] = [];
  const n = 2 * WORK.length;
  for (let i = 0; i < n; i++) {
    const [type, title] = WORK[i % WORK.length];
    const id = `${type.slice(0, 3)}-${100 + i}`;
    // Creation spreads over the quarter in order: the first round of the work list went into
    // v3.4 (mostly done by now), the second is the v3.5 work in flight.
    const created = START + ((i + rand()) / n) * 88 * DAY;
    const owner = OWNERS[Math.floor(rand() * OWNERS.length)];
    const laneId = rand() < 0.6 ? 'fraud' : 'platform';
    const tags = [
      ...(type === 'model' ? ['fraud-scorer'] : type === 'data' ? ['payments'] : []),
      i < WORK.length ? 'v3.4' : 'v3.5',
    ];
    // Sprint 26 took the work created in the fortnight before it and what arrived during it.
    if (created >= SPRINT_PLANNED) tags.push(SPRINT_TAG);
    plans.push({
      at: created,
      apply: (b) => addCard(b, { id, title, type, owner, laneId, tags }, { at: created, force: true }).board,
    });
    // Walk forward through the columns with random stays; the slow columns are slower.
    let t = created + rand() * 4 * DAY;
    for (let c = 1; c < cols.length; c++) {
      const col = cols[c];
      const at = t;
      if (at >= NOW_MS - DAY) break;
      plans.push({ at, apply: (b) => moveCard(b, { cardId: id, toColumnId: col, at, force: true }).board });
      t += (0.8 + rand() * 4) * DAY * (col === 'training' || col === 'evaluation' ? 1.6 : 1);
    }
  }
  plans.sort((a, b) => a.at - b.at);
  for (const p of plans) board = p.apply(board);
  const trend = driftTrend();
  const lastAt = () => Date.parse(board.events[board.events.length - 1].at);
  // Only the episodes still open become incident cards: a feature whose latest alert is a start.
  const latest = new Map<string, (typeof trend.alerts)[number]>();
  for (const a of trend.alerts) latest.set(a.feature, a);
  const open = [...latest.values()].filter((a) => a.kind === 'start');
  for (const card of cardsFromDriftAlerts(open, {
    features: trend.features,
    model: 'fraud-scorer v3.4',
    owner: 'On-call',
    laneId: 'fraud',
  })) {
    board = addCard(board, card, { at: Math.max(Date.parse(String(card.createdAt)), lastAt()), force: true }).board;
  }
  const waiting = board.cards.find((c) => c.type !== 'incident' && (c.columnId === 'training' || c.columnId === 'evaluation'));
  if (waiting) {
    board = updateCard(
      board,
      waiting.id,
      { blocked: true, blockedReason: 'Waiting for GPU quota (8×A100)' },
      { at: lastAt() },
    ).board;
  }
  return board;
});
