import type { Meta, StoryObj } from '@storybook/react-vite';
import { CumulativeFlowChart, CycleTimeChart } from '@sextant/react';
import type { KanbanBoard } from '@sextant/core';
import { useState } from 'react';
import { emptyBoard, fraudBoard, kanbanNow } from './data/kanban';

const board = fraudBoard();
const FROM = kanbanNow - 91 * 86_400_000;

const meta = {
  title: 'Widgets/FlowCharts',
  component: CumulativeFlowChart,
  tags: ['autodocs'],
  args: { board, now: kanbanNow, from: FROM },
} satisfies Meta<typeof CumulativeFlowChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three months of the fraud team's board: one band per column, arrows read each date. */
export const CumulativeFlow: Story = {
  args: { title: 'Cumulative flow — fraud detection', description: 'Cards in each column at the end of each day (UTC).' },
};

/** The same period as a cycle-time scatter with the 50th, 85th and 95th percentiles. Click a dot or press Enter to pick a card. */
export const CycleTime: Story = {
  render: (args) => <CycleWithSelection {...args} />,
};

function CycleWithSelection(args: { board: KanbanBoard; now?: string | number; from?: string | number }) {
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <div>
      <CycleTimeChart
        title="Cycle time — fraud detection"
        board={args.board}
        now={args.now}
        from={args.from}
        onCardSelect={(id) => setPicked(id)}
      />
      <p data-testid="picked">{picked ? `Selected card: ${picked}` : 'No card selected'}</p>
    </div>
  );
}

/** An empty board: both charts say there is nothing to show. */
export const Empty: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <CumulativeFlowChart
        title="Cumulative flow — new board"
        board={emptyBoard()}
        now={kanbanNow}
        from={kanbanNow - 14 * 86_400_000}
      />
      <CycleTimeChart title="Cycle time — new board" board={emptyBoard()} now={kanbanNow} from={kanbanNow - 14 * 86_400_000} />
    </div>
  ),
};

/** A period that ends before it starts: the in-widget error state. */
export const ErrorState: Story = {
  args: { title: 'Cumulative flow', from: kanbanNow, to: kanbanNow - 86_400_000 },
};
