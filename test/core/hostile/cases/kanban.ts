// Hostile-input cases for kanban (issue 15): the board and its edits, undo/redo, saved boards,
// the view, drift cards, flow metrics, the forecast and the templates. Card, column and alert
// lists are 'other' (records), the daily throughput is 'numbers'; '__proto__'/'constructor'
// ids, out-of-range instants and tampered saved boards (INVALID_STATE) are the refusals.
import {
  addCard,
  boardFromJSON,
  boardToJSON,
  boardView,
  canRedo,
  canUndo,
  cardsFromDriftAlerts,
  createBoard,
  flowMetrics,
  forecastCompletion,
  labellingBoardTemplate,
  mlopsBoardTemplate,
  moveCard,
  redo,
  removeCard,
  undo,
  updateCard,
} from '@sextant/core';
import type { HostileCase } from '../harness';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2);
const iso = (t: number): string => new Date(t).toISOString();
const columns = [
  { id: 'todo', title: 'To do' },
  { id: 'doing', title: 'Doing' },
  { id: 'done', title: 'Done' },
];
const TYPES = ['experiment', 'data', 'model', 'incident', 'task'] as const;
const cards = (n: number, columnId?: string): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    title: `Card ${i}`,
    type: TYPES[i % 5],
    ...(columnId === undefined ? {} : { columnId }),
    createdAt: iso(T0 + (i % 7) * DAY),
  }));
const definition = (n: number): object => ({ columns, cards: cards(n, 'todo') });
// A board of n cards in 'todo', c0 moved to 'doing' and then to 'done' (so undo/flow have events).
const board = (n: number): ReturnType<typeof createBoard> => {
  let b = createBoard(definition(Math.max(n, 1)) as never);
  b = moveCard(b, { cardId: 'c0', toColumnId: 'doing', at: iso(T0 + 8 * DAY) }).board;
  return moveCard(b, { cardId: 'c0', toColumnId: 'done', at: iso(T0 + 9 * DAY) }).board;
};
const NOW = iso(T0 + 14 * DAY);
const alerts = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    at: iso(T0 + i * DAY),
    feature: `f${Math.floor(i / 2)}`,
    kind: i % 2 === 0 ? 'start' : 'end',
    score: 0.3,
  }));
const saved = (): Record<string, unknown> => JSON.parse(boardToJSON(board(3))) as Record<string, unknown>;

/** An instant out of Date's range, for an option `at` or `now`. */
// An edit's `at` is a value of the event it records (INVALID_VALUE); a view's `now` an option.
function instantRefusals(
  name: string,
  key: string,
  call: (t: number) => unknown,
  code: 'INVALID_OPTION' | 'INVALID_VALUE' = key === 'at' ? 'INVALID_VALUE' : 'INVALID_OPTION',
): NonNullable<HostileCase['refusals']> {
  return [
    { what: `${name} with ${key} = 8.64e15 + 1`, call: () => call(8.64e15 + 1), code, names: key },
    { what: `${name} with ${key} = 1e20`, call: () => call(1e20), code, names: key },
  ];
}

export const cases: HostileCase[] = [
  {
    name: 'createBoard',
    fn: createBoard,
    make: (n) => [definition(n)],
    arrays: [
      { at: [0, 'cards'], name: 'cards', kind: 'other' },
      { at: [0, 'columns'], name: 'columns', kind: 'other' },
    ],
    refusals: [
      // '__proto__'/'constructor' are ordinary ids (kept in Maps): boardFromJSON's make round-trips them.
      {
        what: "a card 'constructor' created at 1e20",
        call: () => createBoard({ columns, cards: [{ ...cards(1, 'todo')[0], id: 'constructor', createdAt: 1e20 }] } as never),
        code: 'INVALID_VALUE',
        names: 'createdAt',
      },
      {
        what: "a card in column '__proto__' that the board lacks",
        call: () => createBoard({ columns, cards: cards(1, '__proto__') } as never),
        code: 'NOT_FOUND',
        names: 'columnId',
      },
    ],
  },
  {
    name: 'addCard',
    fn: addCard,
    make: (n) => [board(n), { id: 'new', title: 'New', type: 'task' }, { at: NOW }],
    arrays: [],
    refusals: instantRefusals('addCard', 'at', (t) =>
      addCard(board(2), { id: 'new', title: 'New', type: 'task' } as never, { at: t }),
    ),
  },
  {
    name: 'moveCard',
    fn: moveCard,
    make: (n) => [board(n), { cardId: 'c1', toColumnId: 'doing', at: NOW }],
    arrays: [],
    refusals: [
      ...instantRefusals('moveCard', 'at', (t) => moveCard(board(2), { cardId: 'c1', toColumnId: 'doing', at: t })),
      {
        what: "toColumnId '__proto__'",
        call: () => moveCard(board(2), { cardId: 'c1', toColumnId: '__proto__', at: NOW }),
        code: 'NOT_FOUND',
        names: '__proto__',
      },
    ],
  },
  {
    name: 'updateCard',
    fn: updateCard,
    make: (n) => [board(n), 'c1', { blocked: true, blockedReason: 'GPU quota' }, { at: NOW }],
    arrays: [],
    refusals: instantRefusals('updateCard', 'at', (t) => updateCard(board(2), 'c1', { blocked: true }, { at: t })),
  },
  {
    name: 'removeCard',
    fn: removeCard,
    make: (n) => [board(n), 'c1', { at: NOW }],
    arrays: [],
    refusals: [
      ...instantRefusals('removeCard', 'at', (t) => removeCard(board(2), 'c1', { at: t })),
      {
        what: "cardId '__proto__'",
        call: () => removeCard(board(2), '__proto__', { at: NOW }),
        code: 'NOT_FOUND',
        names: '__proto__',
      },
    ],
  },
  {
    name: 'undo',
    fn: undo,
    make: (n) => [board(n)],
    arrays: [],
    refusals: [
      {
        what: 'a board with baseline 1e20',
        call: () => undo({ ...board(2), baseline: 1e20 }),
        code: 'INVALID_STATE',
        names: 'board',
      },
    ],
  },
  {
    name: 'redo',
    fn: redo,
    make: (n) => [undo(board(n))],
    arrays: [],
    refusals: [
      {
        what: 'a board whose redo is a string',
        call: () => redo({ ...board(2), redo: 'x' as never }),
        code: 'INVALID_STATE',
        names: 'board',
      },
    ],
  },
  {
    name: 'canUndo',
    fn: canUndo,
    make: (n) => [board(n)],
    arrays: [],
    refusals: [{ what: 'null', call: () => canUndo(null as never), code: 'INVALID_STATE', names: 'board' }],
  },
  {
    name: 'canRedo',
    fn: canRedo,
    make: (n) => [board(n)],
    arrays: [],
    refusals: [{ what: 'a Map', call: () => canRedo(new Map() as never), code: 'INVALID_STATE', names: 'board' }],
  },
  {
    name: 'boardToJSON',
    fn: boardToJSON,
    make: (n) => [board(n)],
    arrays: [],
    refusals: [
      {
        what: 'a board holding a BigInt',
        call: () => boardToJSON({ ...board(2), baseline: 1n as never }),
        code: 'INVALID_STATE',
        names: 'board',
      },
    ],
  },
  {
    name: 'boardFromJSON',
    fn: boardFromJSON,
    // Saved with a column '__proto__' holding a card 'constructor': ids like any other.
    make: (n) => {
      let b = createBoard({ columns: [...columns, { id: '__proto__', title: 'Proto' }], cards: cards(n, 'todo') } as never);
      b = addCard(b, { id: 'constructor', title: 'Ctor', type: 'task', columnId: '__proto__' } as never, { at: NOW }).board;
      return [boardToJSON(moveCard(b, { cardId: 'c0', toColumnId: '__proto__', at: NOW }).board)];
    },
    arrays: [],
    refusals: [
      {
        what: 'a saved board with a card dropped from cards but not from its history',
        call: () => {
          const s = saved();
          const cs = s.cards as Record<string, unknown>[];
          return boardFromJSON({
            ...s,
            cards: [{ ...cs[1], id: '__proto__' }, ...cs.slice(2)],
            events: [],
            redo: [],
            baseline: 0,
          });
        },
        code: 'INVALID_STATE',
        names: 'cards',
      },
      {
        what: 'a saved board with a field __proto__',
        call: () => boardFromJSON(boardToJSON(board(2)).replace(/\}$/, ',"__proto__":{}}')),
        code: 'INVALID_STATE',
        names: '__proto__',
      },
      {
        what: 'a saved board with baseline past its history',
        call: () => boardFromJSON({ ...saved(), baseline: 1e20 }),
        code: 'INVALID_STATE',
        names: 'baseline',
      },
      {
        what: 'a saved board whose card count was tampered with (cards.length 1e20)',
        call: () => boardFromJSON({ ...saved(), cards: { length: 1e20 } }),
        code: 'INVALID_STATE',
        names: 'cards',
      },
      {
        what: 'a saved event at 1e20',
        call: () => {
          const s = saved();
          const ev = s.events as Record<string, unknown>[];
          return boardFromJSON({ ...s, events: [...ev.slice(0, -1), { ...ev[ev.length - 1], at: 1e20 }] });
        },
        code: 'INVALID_STATE',
        names: 'at',
      },
    ],
  },
  {
    name: 'boardView',
    fn: boardView,
    make: (n) => [board(n), { now: NOW }],
    arrays: [],
    refusals: instantRefusals('boardView', 'now', (t) => boardView(board(2), { now: t })),
  },
  {
    name: 'cardsFromDriftAlerts',
    fn: cardsFromDriftAlerts,
    make: (n) => [alerts(n), { features: [{ name: 'f0', method: 'psi' }], model: 'fraud v3' }],
    arrays: [
      { at: 0, name: 'alerts', kind: 'other' },
      { at: [1, 'features'], name: 'features', kind: 'other' },
    ],
    refusals: [
      {
        what: 'an alert at 8.64e15 + 1',
        call: () => cardsFromDriftAlerts([{ at: 8.64e15 + 1, feature: 'f', kind: 'start', score: 1 }]),
        code: 'INVALID_VALUE',
        names: 'alerts',
      },
    ],
  },
  {
    name: 'flowMetrics',
    fn: flowMetrics,
    make: (n) => [board(n), { start: 'doing', now: NOW }],
    arrays: [],
    refusals: [
      ...instantRefusals('flowMetrics', 'now', (t) => flowMetrics(board(2), { start: 'doing', now: t })),
      {
        what: "start '__proto__'",
        call: () => flowMetrics(board(2), { start: '__proto__', now: NOW }),
        code: 'INVALID_OPTION',
        names: 'start',
      },
    ],
  },
  {
    name: 'forecastCompletion',
    fn: forecastCompletion,
    make: (n) => [Array.from({ length: n }, (_, i) => 1 + (i % 3)), { items: 10, seed: 7, now: NOW }],
    arrays: [{ at: 0, name: 'dailyThroughput', kind: 'numbers' }],
    refusals: [
      ...instantRefusals('forecastCompletion', 'now', (t) => forecastCompletion([2, 2], { items: 10, seed: 7, now: t })),
      {
        what: 'items 1e20',
        call: () => forecastCompletion([2, 2], { items: 1e20, seed: 7, now: NOW }),
        code: 'INVALID_OPTION',
        names: 'items',
      },
      {
        what: 'trials 1e20',
        call: () => forecastCompletion([2, 2], { items: 10, seed: 7, now: NOW, trials: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'trials',
      },
    ],
  },
  {
    name: 'mlopsBoardTemplate',
    fn: mlopsBoardTemplate,
    make: (n) => [{ cards: cards(n, 'backlog') }],
    arrays: [{ at: [0, 'cards'], name: 'cards', kind: 'other' }],
    refusals: [
      {
        what: "a card in lane 'constructor' that the board lacks",
        call: () => mlopsBoardTemplate({ cards: [{ ...cards(1, 'backlog')[0], laneId: 'constructor' }] as never }),
        code: 'NOT_FOUND',
        names: 'laneId',
      },
    ],
  },
  {
    name: 'labellingBoardTemplate',
    fn: labellingBoardTemplate,
    make: (n) => [{ cards: cards(n, 'backlog') }],
    arrays: [
      { at: [0, 'cards'], name: 'cards', kind: 'other' },
      { at: [0, 'lanes'], name: 'lanes', kind: 'other' },
    ],
  },
];

export const exempt: Record<string, string> = {};
