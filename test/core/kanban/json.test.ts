import {
  addCard,
  boardFromJSON,
  boardToJSON,
  mlopsBoardTemplate,
  moveCard,
  undo,
  updateCard,
  type KanbanBoard,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document edited freely by the tamper cases
type Doc = any;

function history(): KanbanBoard {
  let b = mlopsBoardTemplate({ lanes: [{ id: '__proto__', title: 'lane' }] });
  b = addCard(
    b,
    { id: 'constructor', title: 'Retrain', type: 'model', laneId: '__proto__', owner: '__proto__' },
    { at: 0 },
  ).board;
  b = addCard(b, { id: 'x', title: 'Label', type: 'data' }, { at: 1000 }).board;
  b = moveCard(b, { cardId: 'constructor', toColumnId: 'ingestion', at: 2000 }).board as KanbanBoard;
  b = updateCard(b, 'x', { blocked: true, blockedReason: 'vendor' }, { at: 3000 }).board;
  b = moveCard(b, { cardId: 'x', toColumnId: 'ingestion', toIndex: 0, at: 4000 }).board as KanbanBoard;
  return undo(b); // leaves one change to redo
}

/** The saved document with `edit` applied to its parsed form. */
function tampered(edit: (doc: Doc) => void): string {
  const doc = JSON.parse(boardToJSON(history()));
  edit(doc);
  return JSON.stringify(doc);
}

function refusal(json: string | unknown): string {
  const e = thrown(() => boardFromJSON(json));
  expect(e.code).toBe('INVALID_STATE');
  return e.message;
}

describe('boardToJSON / boardFromJSON', () => {
  it('round-trips a board with its history, redo list and hostile ids', () => {
    const b = history();
    const back = boardFromJSON(boardToJSON(b));
    expect(back).toEqual(b);
    expect(back.redo).toHaveLength(1);
    expect(back.cards.find((c) => c.id === 'constructor')).toMatchObject({ owner: '__proto__', laneId: '__proto__' });
    expect(boardFromJSON(JSON.parse(boardToJSON(b)))).toEqual(b);
  });

  it('refuses any __proto__, constructor or prototype key, wherever it is', () => {
    expect(refusal(tampered((d) => (d.cards[0].prototype = 1)))).toBe('board.cards[0].prototype is not a card field');
    expect(refusal(boardToJSON(history()).replace('"title":"Retrain"', '"title":"Retrain","__proto__":{"polluted":true}'))).toBe(
      'board.cards[1].__proto__ is not a card field',
    );
    expect(refusal(tampered((d) => (d.events[0].constructor = 'x')))).toBe(
      'board.events[0].constructor is not a field of a saved board',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the first bad field of a tampered document', () => {
    const cases: [(d: Doc) => void, string | RegExp][] = [
      [(d) => (d.version = 2), 'board.version must be 1; got 2'],
      [(d) => (d.columns[3].wipLimit = -1), 'board.columns[3].wipLimit must be an integer ≥ 1; got -1'],
      [(d) => (d.columns[1].id = 'backlog'), 'board.columns[1].id "backlog" is already the id of another column'],
      [(d) => (d.cards[0].columnId = 'nowhere'), 'board.cards[0].columnId "nowhere" is not a column of the board'],
      [(d) => (d.cards[1].title = 'Forged'), "board.cards[1] does not match the board's history"],
      [(d) => d.cards.pop(), 'board.cards has 1 cards but its history leaves 2'],
      [(d) => (d.events[1].at = '2026-03-02T10:00:00'), /^board\.events\[1\]\.at .*no 'Z' or offset/],
      [
        (d) => (d.events[2].at = '1969-12-31T00:00:00Z'),
        'board.events[2].at 1969-12-31T00:00:00.000Z is before the event that precedes it',
      ],
      [
        (d) => (d.events[2].fromIndex = 5),
        /^board\.events\[2\] does not fit the board at that point: card "constructor" is not at index 5/,
      ],
      [
        (d) => (d.events[3].before.blocked = true),
        "board.events[3].before.blocked does not match the card's value at that point",
      ],
      [(d) => (d.baseline = 99), 'board.baseline must be an integer in 0…4; got 99'],
      [(d) => (d.redo[0].toIndex = 7), /^board\.redo\[0\] does not fit the board at that point/],
      [
        (d) => (d.events[0].type = 'teleport'),
        "board.events[0].type must be 'add', 'move', 'update' or 'remove'; got \"teleport\"",
      ],
      [(d) => (d.events = { length: 1e9 }), 'board.events must be an array; got {"length":1000000000}'],
      [(d) => (d.cards[0].tags = 'a'), 'board.cards[0].tags must be an array; got "a"'],
    ];
    for (const [edit, message] of cases) {
      const m = refusal(tampered(edit));
      if (typeof message === 'string') expect(m).toBe(message);
      else expect(m).toMatch(message);
    }
    expect(refusal('{"version":1,')).toMatch(/^json is not valid JSON/);
    expect(refusal(null)).toMatch(/^board must be an object/);
    expect(refusal(Object.assign(Object.create({ inherited: 1 }), JSON.parse(boardToJSON(history()))))).toMatch(
      /^board must be an object/,
    );
  });

  it('refuses a huge array before looking at its elements', () => {
    const doc = JSON.parse(boardToJSON(history()));
    const big: unknown[] = [];
    big.length = 2 ** 31;
    doc.events = big;
    expect(refusal(doc)).toBe('board.events has 2147483648 elements; at most 10000000 are accepted');
  });
});
