/**
 * Demo boards for the Kanban stories and tests, built by core from a seeded generator: a
 * fraud-detection team's MLOps board with drift incidents (three months of history, so the
 * flow charts have something to show), a data-labelling board, a board at its WIP limits, a
 * 2,000-card board and an empty one. Fixed dates keep screenshots deterministic.
 */
import {
  addCard,
  cardsFromDriftAlerts,
  createBoard,
  driftOverTime,
  labellingBoardTemplate,
  mlopsBoardTemplate,
  moveCard,
  updateCard,
  type CardType,
  type KanbanBoard,
} from '@sextant/core';
import { TEN_THOUSAND_CHARACTERS } from './hostile';

const DAY = 86_400_000;
/** "Now" of every story: Monday 1 June 2026, 09:00 UTC. */
export const kanbanNow = Date.UTC(2026, 5, 1, 9);
const START = kanbanNow - 91 * DAY;

/** A small seeded generator (MINSTD), so every build draws the same board. */
function rng(seed: number): () => number {
  let x = seed % 2147483647 || 1;
  return () => (x = (48271 * x) % 2147483647) / 2147483647;
}

const OWNERS = ['Ana Ribeiro', 'Kenji Mori', 'Wayan Putra', 'Lena Vogel', 'Wei Ling Tan', 'Maya Chen', 'Omar Haddad'];
const WORK: [CardType, string][] = [
  ['experiment', 'Try focal loss on the minority class'],
  ['experiment', 'Gradient-boosted trees vs. the current MLP'],
  ['experiment', 'Calibrate scores with isotonic regression'],
  ['experiment', 'Add merchant-category embeddings'],
  ['experiment', 'Tune the decision threshold for 0.5% FPR'],
  ['data', 'Backfill chargeback labels for March'],
  ['data', 'Deduplicate card-present transactions'],
  ['data', 'Add device fingerprint to the feature store'],
  ['data', 'Great Expectations suite for the payments feed'],
  ['data', 'Re-sample the holdout set by region'],
  ['model', 'fraud-detector v3.2 — retrain on April data'],
  ['model', 'Shadow-deploy v3.2 next to v3.1'],
  ['model', 'A/B v3.2 at 10% of traffic'],
  ['model', 'Export the model card for the risk committee'],
  ['task', 'Latency budget: p95 under 40 ms'],
  ['task', 'Alert routing for the on-call rotation'],
  ['task', 'Document the rollback runbook'],
  ['task', 'SHAP summary for the quarterly review'],
];

interface Planned {
  at: number;
  apply: (b: KanbanBoard) => KanbanBoard;
}

/** Cards created over the period that flow through the columns with random stays. */
function simulate(base: KanbanBoard, n: number, seed: number, lanes: string[]): KanbanBoard {
  const rand = rng(seed);
  const cols = base.columns.map((c) => c.id);
  const plans: Planned[] = [];
  for (let i = 0; i < n; i++) {
    const [type, title] = WORK[i % WORK.length];
    const id = `${type.slice(0, 3)}-${100 + i}`;
    const created = START + rand() * 88 * DAY;
    const owner = OWNERS[Math.floor(rand() * OWNERS.length)];
    const laneId = lanes.length > 0 ? lanes[Math.floor(rand() * lanes.length)] : undefined;
    const tags = type === 'model' ? ['fraud-detector'] : type === 'data' ? ['payments'] : [];
    plans.push({
      at: created,
      apply: (b) =>
        addCard(
          b,
          { id, title: `${title}${i >= WORK.length ? ` (${Math.floor(i / WORK.length) + 1})` : ''}`, type, owner, laneId, tags },
          { at: created, force: true },
        ).board,
    });
    // Walk forward through the columns with random stays; arrivals and stays are set so the
    // columns stay near their limits, as a team that respects them would.
    let t = created + rand() * 4 * DAY;
    for (let c = 1; c < cols.length; c++) {
      const col = cols[c];
      const at = t;
      if (at >= kanbanNow - DAY) break;
      plans.push({ at, apply: (b) => moveCard(b, { cardId: id, toColumnId: col, at, force: true }).board });
      t += (0.8 + rand() * 4) * DAY * (col === 'training' || col === 'evaluation' || col === 'review' ? 1.6 : 1);
    }
  }
  plans.sort((a, b) => a.at - b.at);
  let b = base;
  for (const p of plans) b = p.apply(b);
  return b;
}

/** Drift of a transaction-amount feature: a shift in mid-May starts an episode. */
function driftIncidents() {
  const rand = rng(7);
  const normal = (shift: number) => {
    const u = Math.max(rand(), 1e-9);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand()) + shift;
  };
  const reference = {
    amount: Array.from({ length: 400 }, () => normal(0)),
    merchant_risk: Array.from({ length: 400 }, () => normal(0)),
  };
  const batches = Array.from({ length: 10 }, (_, w) => {
    const at = new Date(kanbanNow - (10 - w) * 7 * DAY).toISOString();
    return {
      at,
      columns: {
        amount: Array.from({ length: 300 }, () => normal(w >= 7 ? 0.6 : 0)),
        merchant_risk: Array.from({ length: 300 }, () => normal(w >= 8 ? 0.5 : 0)),
      },
    };
  });
  const drift = driftOverTime(reference, batches);
  return cardsFromDriftAlerts(drift.alerts, {
    features: drift.features,
    model: 'fraud-detector v3.1',
    owner: 'On-call',
    laneId: 'fraud',
  });
}

const FRAUD_LANES = [
  { id: 'fraud', title: 'Fraud model' },
  { id: 'platform', title: 'ML platform' },
];

/** The fraud-detection team's MLOps board: lanes, drift incidents, a blocked card, 3 months of history. */
export function fraudBoard(): KanbanBoard {
  let b = simulate(mlopsBoardTemplate({ lanes: FRAUD_LANES }), 80, 42, ['fraud', 'platform']);
  for (const card of driftIncidents()) {
    b = addCard(b, card, {
      at: Math.max(Date.parse(card.createdAt as string), Date.parse(b.events[b.events.length - 1].at)),
      force: true,
    }).board;
  }
  const target = b.cards.find((c) => c.columnId === 'training') ?? b.cards[0];
  b = updateCard(
    b,
    target.id,
    { blocked: true, blockedReason: 'Waiting for GPU quota (8×A100)' },
    { at: b.events[b.events.length - 1].at },
  ).board;
  return b;
}

/** A labelling board with annotation batches. */
export function labellingBoard(): KanbanBoard {
  const base = labellingBoardTemplate({
    lanes: [
      { id: 'img', title: 'Receipts (images)' },
      { id: 'txt', title: 'Dispute notes (text)' },
    ],
  });
  const rand = rng(5);
  let b = base;
  const cols = base.columns.map((c) => c.id);
  const counts = [5, 6, 5, 3, 2, 9];
  let t = START;
  let k = 0;
  // Accepted batches are the oldest, the backlog the newest: create them in that order.
  [...cols.keys()].reverse().forEach((ci) => {
    const col = cols[ci];
    for (let i = 0; i < counts[ci]; i++) {
      t += rand() * 5 * DAY;
      const id = `batch-${200 + k++}`;
      b = addCard(
        b,
        {
          id,
          title: `${ci % 2 ? 'Dispute notes' : 'Receipt photos'} batch ${k} — ${200 + Math.floor(rand() * 800)} items`,
          type: 'data',
          columnId: col,
          laneId: rand() < 0.5 ? 'img' : 'txt',
          owner: OWNERS[Math.floor(rand() * OWNERS.length)],
          tags: ['labelling'],
        },
        { at: t, force: true },
      ).board;
    }
  });
  return b;
}

/** Every limited column at or over its limit; Training and Staging block. */
export function limitsBoard(): KanbanBoard {
  const rand = rng(11);
  const base = mlopsBoardTemplate();
  const fill: Record<string, number> = {
    backlog: 3,
    ingestion: 4,
    validation: 4,
    training: 3,
    evaluation: 2,
    staging: 2,
    production: 1,
    monitoring: 1,
  };
  const cards = [];
  let i = 0;
  for (const col of base.columns) {
    for (let k = 0; k < fill[col.id]; k++) {
      const [type, title] = WORK[i % WORK.length];
      cards.push({
        id: `w-${i}`,
        title,
        type,
        columnId: col.id,
        owner: OWNERS[i % OWNERS.length],
        createdAt: kanbanNow - (1 + rand() * 30) * DAY,
      });
      i++;
    }
  }
  return createBoard({ columns: base.columns, cards, flow: base.flow });
}

/** 2,000 cards over the MLOps columns (the virtualisation story and the speed benchmark). */
export function bigBoard(n = 2000): KanbanBoard {
  const rand = rng(3);
  const base = mlopsBoardTemplate();
  const cards = Array.from({ length: n }, (_, i) => {
    const [type, title] = WORK[i % WORK.length];
    return {
      id: `card-${i}`,
      title: `${title} #${i}`,
      type,
      columnId: base.columns[Math.floor(rand() * base.columns.length)].id,
      owner: OWNERS[i % OWNERS.length],
      createdAt: kanbanNow - rand() * 90 * DAY,
    };
  });
  return createBoard({ columns: base.columns.map(({ id, title }) => ({ id, title })), cards, flow: base.flow });
}

/** The MLOps columns and no cards. */
export function emptyBoard(): KanbanBoard {
  return mlopsBoardTemplate();
}

/** Hostile strings: 200-character title, RTL text, `__proto__` ids, markup as text. */
export function hostileBoard(): KanbanBoard {
  return createBoard({
    columns: [
      { id: '__proto__', title: '__proto__' },
      { id: 'constructor', title: '<script>alert(1)</script>', wipLimit: 1, policy: 'block' },
      { id: 'toString', title: 'مراجعة النموذج' },
    ],
    cards: [
      {
        id: '__proto__',
        title: TEN_THOUSAND_CHARACTERS,
        type: 'task',
        columnId: '__proto__',
        owner: '__proto__',
        createdAt: kanbanNow - 3 * DAY,
      },
      {
        id: 'rtl',
        title: 'تدريب النموذج على بيانات أبريل',
        type: 'model',
        columnId: 'toString',
        owner: 'ليلى',
        tags: ['<b>bold</b>'],
        createdAt: kanbanNow - DAY,
      },
    ],
  });
}
