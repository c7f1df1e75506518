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
import { spreadLabels } from '../../packages/react/src/widgets/FlowCharts/shared';

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

describe('spreadLabels (CycleTimeChart percentile labels)', () => {
  it('leaves labels that are far enough apart where they are, in the order given', () => {
    expect(spreadLabels([100, 20, 60], 13, 0, 200)).toEqual([100, 20, 60]);
  });
  it('moves close labels apart by the gap, each as little as it can', () => {
    // p95 at 57, p85 at 67 (10 apart, 13 needed): the upper one moves up 3 px, the lower stays.
    expect(spreadLabels([67, 57], 13, 0, 200)).toEqual([67, 54]);
    // Three on one value: stacked upwards from the lowest.
    expect(spreadLabels([50, 50, 50], 13, 0, 200).sort((a, b) => a - b)).toEqual([24, 37, 50]);
  });
  it('keeps the stack inside [min, max], moving down when the top runs out of room', () => {
    // Worked: [10, 10] wants 10 and -3; -3 < min 7, so 7 and 20.
    expect(spreadLabels([10, 10], 13, 7, 100).sort((a, b) => a - b)).toEqual([7, 20]);
    expect(spreadLabels([150], 13, 7, 100)).toEqual([100]);
  });
});
