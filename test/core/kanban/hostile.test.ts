/** Issue 15 (item 1) in kanban: no raw RangeError/TypeError from a tampered board or an instant at the end of time. */
import { describe, expect, it } from 'vitest';
import {
  addCard,
  boardToJSON,
  flowMetrics,
  forecastCompletion,
  mlopsBoardTemplate,
  redo,
  undo,
  type KanbanBoard,
} from '@sextant/core';
import { thrown } from '../../support/errors';

const withCard = (): KanbanBoard => addCard(mlopsBoardTemplate(), { id: 'x', title: 'Retrain', type: 'model' }, { at: 0 }).board;

describe('forecastCompletion near the end of Date’s range', () => {
  it('a now whose forecast dates Date cannot write is INVALID_OPTION (it threw a raw RangeError)', () => {
    const e = thrown(() => forecastCompletion([2, 2], { items: 10, now: '+275760-09-13T00:00:00Z' }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.now' });
    expect(thrown(() => forecastCompletion([2, 2], { items: 10, now: 1e20 })).code).toBe('INVALID_OPTION');
    // 3660 days + 1 before the end still works: 8.64e15 ms is day 1e8
    const now = (1e8 - 3661) * 86_400_000;
    expect(forecastCompletion([2, 2], { items: 10, now }).p50.days).toBe(5);
  });
});

describe('undo / redo of a tampered history', () => {
  it('an event index that is not a position is INVALID_STATE (it threw a raw TypeError)', () => {
    for (const toIndex of [-1.7e308, -1, 0.5, Number.NaN]) {
      const b = withCard();
      const events = [{ ...b.events[0], toIndex }] as KanbanBoard['events'];
      const e = thrown(() => undo({ ...b, events }));
      expect(e.code).toBe('INVALID_STATE');
      expect(e.message).toMatch(/board\.events\[0\] cannot be undone/);
    }
  });

  it('an event that is not an object, or of no known type, is INVALID_STATE', () => {
    const b = withCard();
    expect(thrown(() => undo({ ...b, events: [null] as never })).code).toBe('INVALID_STATE');
    expect(thrown(() => redo({ ...undo(b), redo: [{ type: 'teleport' }] as never })).message).toMatch(
      /"teleport" is not an event type/,
    );
  });
});

describe('boardToJSON of a board JSON cannot write', () => {
  it('a BigInt inside is INVALID_STATE (it threw a raw TypeError)', () => {
    const b = withCard();
    const e = thrown(() => boardToJSON({ ...b, lanes: new BigInt64Array(2) as never }));
    expect(e).toMatchObject({ code: 'INVALID_STATE', argument: 'board' });
  });
});

describe('flowMetrics at the start of Date’s range', () => {
  it('a period whose first ISO week starts before Date’s range is INVALID_OPTION (it threw a raw RangeError)', () => {
    const e = thrown(() => flowMetrics(mlopsBoardTemplate(), { now: -8.64e15 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.now' });
    expect(thrown(() => flowMetrics(mlopsBoardTemplate(), { from: -8.64e15, to: -8.63e15, now: 0 })).argument).toBe(
      'options.from',
    );
    // two weeks later the first Monday is inside the range: −8.64e15 is Tuesday −271821-04-20
    const r = flowMetrics(mlopsBoardTemplate(), { from: -8.64e15 + 14 * 86_400_000, to: -8.64e15 + 21 * 86_400_000, now: 0 });
    expect(r.throughput[0].weekStart).toBe('-271821-05-03');
  });
});
