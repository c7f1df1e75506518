/**
 * Kanban workloads from issue #8: moveCard on a 2,000-card board with a 20,000-event history
 * (target < 1 ms) and flowMetrics over 100,000 events (target < 200 ms). Also undo, and
 * boardFromJSON of the 20,000-event board (a full check and replay).
 */
import {
  boardFromJSON,
  boardToJSON,
  createBoard,
  flowMetrics,
  mlopsBoardTemplate,
  moveCard,
  undo,
  type KanbanBoard,
  type KanbanEvent,
} from '@sextant/core';
import { bench, describe } from 'vitest';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5);

let seed = 99;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** 2,000 cards on the MLOps board and 18,000 moves after their adds: 20,000 events. */
function bigBoard(): KanbanBoard {
  const template = mlopsBoardTemplate();
  const columns = template.columns.map((c) => ({ id: c.id, title: c.title }));
  const cards = Array.from({ length: 2000 }, (_, i) => ({
    id: `card-${i}`,
    title: `Work item ${i}`,
    type: 'task' as const,
    columnId: columns[i % columns.length].id,
    createdAt: T0,
  }));
  let b = createBoard({ columns, cards });
  let t = T0;
  for (let k = 0; b.events.length < 20_000; k++) {
    t += 60_000;
    const cardId = `card-${Math.floor(rand() * 2000)}`;
    const toColumnId = columns[Math.floor(rand() * columns.length)].id;
    b = moveCard(b, { cardId, toColumnId, toIndex: 0, at: t }).board;
  }
  return b;
}

/** 10,000 cards each added and moved through the 8 MLOps columns over a year: 100,000 events (indices not tracked: flowMetrics reads columns and times only). */
function hundredThousandEvents(): KanbanBoard {
  const board = mlopsBoardTemplate();
  const ids = board.columns.map((c) => c.id);
  const pending: { t: number; card: number; step: number }[] = [];
  for (let i = 0; i < 10_000; i++) pending.push({ t: T0 + rand() * 300 * DAY, card: i, step: 0 });
  const events: KanbanEvent[] = [];
  // Each card: add to backlog, then 9 moves (forward mostly, one step back somewhere).
  const path = [0, 1, 2, 3, 2, 3, 4, 5, 6, 7];
  const all: { t: number; card: number; step: number }[] = [];
  for (const p of pending) {
    let t = p.t;
    for (let s = 0; s < path.length; s++) {
      all.push({ t, card: p.card, step: s });
      t += rand() * 4 * DAY;
    }
  }
  all.sort((a, b) => a.t - b.t);
  for (const { t, card, step } of all) {
    const at = new Date(t).toISOString();
    const cardId = `c${card}`;
    if (step === 0) {
      events.push({
        type: 'add',
        cardId,
        at,
        to: 'backlog',
        toIndex: 0,
        card: { id: cardId, title: cardId, type: 'task', columnId: 'backlog', createdAt: at },
      });
    } else {
      events.push({ type: 'move', cardId, at, from: ids[path[step - 1]], to: ids[path[step]], fromIndex: 0, toIndex: 0 });
    }
  }
  return { ...board, events };
}

const big = bigBoard();
const json = boardToJSON(big);
const history = hundredThousandEvents();
const now = history.events[history.events.length - 1].at;
let tick = Date.parse(big.events[big.events.length - 1].at);

describe(`moveCard on ${big.cards.length} cards / ${big.events.length} events`, () => {
  bench('moveCard to another column', () => {
    tick += 1000;
    moveCard(big, { cardId: 'card-1234', toColumnId: 'evaluation', toIndex: 3, at: tick, force: true });
  });
  bench('moveCard to the end of its column', () => {
    tick += 1000;
    moveCard(big, { cardId: 'card-77', toColumnId: big.cards.find((c) => c.id === 'card-77')!.columnId, at: tick });
  });
  bench('undo', () => {
    undo(big);
  });
  bench('boardFromJSON (check + replay of 20,000 events)', () => {
    boardFromJSON(json);
  });
});

describe(`flowMetrics over ${history.events.length} events`, () => {
  bench('flowMetrics (whole history)', () => {
    flowMetrics(history, { now });
  });
  bench('flowMetrics + 10,000-trial forecast of 200 items', () => {
    flowMetrics(history, { now, forecast: { items: 200, seed: 1 } });
  });
});
