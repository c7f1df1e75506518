import { createBoard, type KanbanBoard as Board } from '@sextant/core';
import {
  CumulativeFlowChart,
  CycleTimeChart,
  KanbanBoard,
  type CumulativeFlowChartProps,
  type CycleTimeChartProps,
  type KanbanBoardProps,
} from '@sextant/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';
import { nextCardPosition } from '../../packages/react/src/widgets/KanbanBoard/keyboard';

const D = (d: number) => Date.UTC(2026, 2, d);
function board(): Board {
  return createBoard({
    columns: [
      { id: 'todo', title: 'To do' },
      { id: 'doing', title: 'Doing', wipLimit: 1, policy: 'block' },
      { id: 'done', title: 'Done' },
    ],
    cards: [
      { id: 'a', title: 'Tune LR', type: 'experiment', columnId: 'todo', createdAt: D(2) },
      { id: 'b', title: 'Relabel', type: 'data', columnId: 'doing', createdAt: D(3), blocked: true, blockedReason: 'vendor' },
      { id: 'c', title: 'Ship v2', type: 'model', columnId: 'done', createdAt: D(1) },
    ],
  });
}

describeConformance<KanbanBoardProps>('KanbanBoard', {
  Component: KanbanBoard,
  validProps: { title: 'ML board', defaultBoard: board(), now: D(6) },
  invalidProps: { title: 'ML board', defaultBoard: { columns: 'x' } as unknown as Board, now: D(6) },
  accessibleName: 'ML board',
  errorText: /board must be a board made by createBoard/,
});

describeConformance<CumulativeFlowChartProps>('CumulativeFlowChart', {
  Component: CumulativeFlowChart,
  validProps: { title: 'Flow', board: board(), now: D(6) },
  invalidProps: { title: 'Flow', board: board(), now: D(6), from: D(7) },
  accessibleName: 'Flow',
  errorText: /options\.from .* must be before options\.to/,
});

describeConformance<CycleTimeChartProps>('CycleTimeChart', {
  Component: CycleTimeChart,
  validProps: { title: 'Cycle', board: board(), now: D(6) },
  invalidProps: { title: 'Cycle', board: board(), now: 'yesterday' },
  accessibleName: 'Cycle',
  errorText: /options\.now/,
});

describe('KanbanBoard', () => {
  it('shows WIP count / limit, the oldest card, ages and the blocked reason', () => {
    render(<KanbanBoard title="ML board" defaultBoard={board()} now={D(6)} />);
    expect(screen.getByRole('group', { name: 'Doing: 1 card, WIP limit 1 (blocks), at the limit' })).toBeTruthy();
    expect(screen.getByText('1 / 1')).toBeTruthy();
    expect(screen.getByText('Oldest (4d): Tune LR')).toBeTruthy();
    expect(screen.getByText('Blocked: vendor')).toBeTruthy();
    expect(screen.getAllByText('4 days old, 4 days in this column')).toHaveLength(1);
  });

  it('uses the render prop for card bodies and overridable messages', () => {
    render(
      <KanbanBoard
        title="ML board"
        defaultBoard={board()}
        now={D(6)}
        renderCard={(card, info) => (
          <span>
            custom {card.id} in {info.columnTitle}
          </span>
        )}
        messages={{ empty: 'Nothing here' }}
      />,
    );
    expect(screen.getByText('custom a in To do')).toBeTruthy();
  });

  it('arrow keys move focus between cards without lifting them', () => {
    const onBoardChange = vi.fn();
    render(<KanbanBoard title="ML board" defaultBoard={board()} now={D(6)} onBoardChange={onBoardChange} />);
    const first = document.querySelector<HTMLElement>('[data-sextant-card="a"]')!;
    expect(first.tabIndex).toBe(0);
    expect(document.querySelector<HTMLElement>('[data-sextant-card="b"]')!.tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.querySelector<HTMLElement>('[data-sextant-card="b"]')!.tabIndex).toBe(0);
    expect(onBoardChange).not.toHaveBeenCalled();
  });
});

describe('nextCardPosition', () => {
  it('moves within a column, skips empty columns sideways, clamps the row, and mirrors in RTL', () => {
    const counts = [3, 0, 1, 2];
    expect(nextCardPosition('ArrowDown', { column: 0, index: 2 }, counts)).toBeNull();
    expect(nextCardPosition('ArrowRight', { column: 0, index: 2 }, counts)).toEqual({ column: 2, index: 0 });
    expect(nextCardPosition('ArrowLeft', { column: 2, index: 0 }, counts, { rtl: true })).toEqual({ column: 3, index: 0 });
    expect(nextCardPosition('End', { column: 0, index: 0 }, counts, { ctrl: true })).toEqual({ column: 3, index: 1 });
    expect(nextCardPosition('Home', { column: 3, index: 1 }, counts)).toEqual({ column: 3, index: 0 });
  });
});
