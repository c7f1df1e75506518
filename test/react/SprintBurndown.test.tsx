import { addCard, createBoard, moveCard, type KanbanBoard } from '@sextant/core';
import { SprintBurndown, type SprintBurndownProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../support/conformance';

const T = (day: number, hour = 0) => Date.UTC(2026, 2, day, hour);
// Sprint 2nd–5th March: a and b committed; a done on the 3rd; c added on the 4th.
function board(): KanbanBoard {
  let b = createBoard({
    columns: [
      { id: 'todo', title: 'To do' },
      { id: 'done', title: 'Done' },
    ],
    cards: [
      { id: 'a', title: 'A', type: 'task', columnId: 'todo', createdAt: T(1) },
      { id: 'b', title: 'B', type: 'task', columnId: 'todo', createdAt: T(1) },
    ],
  });
  b = moveCard(b, { cardId: 'a', toColumnId: 'done', at: T(3, 10) }).board;
  b = addCard(b, { id: 'c', title: 'C', type: 'incident', columnId: 'todo' }, { at: T(4, 9) }).board;
  return b;
}
const sprint = { from: T(2), to: T(6) };

describeConformance<SprintBurndownProps>('SprintBurndown', {
  Component: SprintBurndown,
  validProps: { title: 'Sprint', board: board(), sprint, done: 'done' },
  invalidProps: { title: 'Sprint', board: board(), sprint, done: 'shipped' },
  accessibleName: 'Sprint',
  errorText: /options\.done/,
});

describe('SprintBurndown', () => {
  it('reads each day by keyboard and lists every day in the hidden table', () => {
    render(<SprintBurndown title="Sprint" board={board()} sprint={sprint} done="done" />);
    expect(screen.getByText('Committed 2 cards; 2 remaining, 1 added and 0 removed during the sprint.')).toBeTruthy();
    const chart = screen.getByRole('group', { name: /Sprint\. Use the left and right arrow keys/ });
    const readout = () => document.getElementById(chart.getAttribute('aria-describedby') as string)?.textContent;
    expect(readout()).toBe('Mar 5: 2 cards remaining (ideal 0), 1 of 3 completed; scope change so far +1 / −0');
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(readout()).toBe('Mar 2: 2 cards remaining (ideal 1.5), 0 of 2 completed');
    fireEvent.keyDown(chart, { key: 'ArrowRight' });
    expect(readout()).toBe('Mar 3: 1 cards remaining (ideal 1), 1 of 2 completed');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children, (c) => c.textContent))).toEqual([
      ['Mar 2', '2', '1.5', '0', '2', '0', '0'],
      ['Mar 3', '1', '1', '1', '2', '0', '0'],
      ['Mar 4', '2', '0.5', '1', '3', '1', '0'],
      ['Mar 5', '2', '0', '1', '3', '1', '0'],
    ]);
  });

  it('before the sprint starts it says so', () => {
    render(<SprintBurndown title="Sprint" board={board()} sprint={sprint} done="done" now={T(1)} />);
    expect(screen.getAllByText('The sprint has not started yet.').length).toBeGreaterThan(0);
  });
});
