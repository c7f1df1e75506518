import type { Meta, StoryObj } from '@storybook/react-vite';
import { KanbanBoard } from '@sextant/react';
import type { KanbanBoard as Board } from '@sextant/core';
import { useState } from 'react';
import { bigBoard, emptyBoard, fraudBoard, hostileBoard, kanbanNow, labellingBoard, limitsBoard } from './data/kanban';
import { TEN_THOUSAND_CHARACTERS } from './data/hostile';

const fraud = fraudBoard();

const meta = {
  title: 'Widgets/KanbanBoard',
  component: KanbanBoard,
  tags: ['autodocs'],
  args: {
    title: 'Fraud detection — MLOps board',
    description: 'Data ingestion to monitoring, with drift incidents raised from the monitoring job.',
    defaultBoard: fraud,
    now: kanbanNow,
    getTime: () => kanbanNow,
  },
} satisfies Meta<typeof KanbanBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The fraud-detection team's board: two swimlanes, drift-incident cards with their evidence, a blocked training run. */
export const FraudDetectionMlops: Story = {};

/** A data-labelling board: batches of receipts and dispute notes through QA review (which blocks at 3). */
export const LabellingBoard: Story = {
  args: { title: 'Labelling — receipts and dispute notes', description: undefined, defaultBoard: labellingBoard() },
};

/** Every limited column at or over its limit: Training and Staging refuse a drop (try it), the others warn. */
export const AtWipLimits: Story = {
  args: {
    title: 'Board at its WIP limits',
    description: 'Training and Staging / A-B block at their limits.',
    defaultBoard: limitsBoard(),
  },
};

/** 2,000 cards: each column is virtualised, so only the visible cards are in the page. */
export const TwoThousandCards: Story = {
  args: { title: '2,000 cards', description: undefined, defaultBoard: bigBoard() },
};

/** No cards yet: every column says so. */
export const Empty: Story = {
  args: { title: 'New board', description: undefined, defaultBoard: emptyBoard() },
};

/** A board that is not a board: the widget shows why and the page keeps rendering. */
export const ErrorState: Story = {
  args: { title: 'Broken board', description: undefined, defaultBoard: { columns: 'nope' } as unknown as Board },
};

/** Hostile strings: a 10,000-character heading and card title (clamped to three lines, whole on hover), Arabic (RTL) text, `__proto__` ids and markup shown as text. */
export const HostileStrings: Story = {
  args: { title: TEN_THOUSAND_CHARACTERS, description: undefined, defaultBoard: hostileBoard() },
};

function ControlledBoard() {
  const [board, setBoard] = useState(limitsBoard);
  const [log, setLog] = useState<string[]>([]);
  return (
    <div>
      <KanbanBoard
        title="Controlled board"
        board={board}
        now={kanbanNow}
        getTime={() => kanbanNow}
        onBoardChange={(b, e) => {
          setBoard(b);
          setLog((l) => [...l, `${e.type} ${e.cardId}${e.type === 'move' ? ` ${e.from} → ${e.to}` : ''}`]);
        }}
      />
      <ol aria-label="Events" data-testid="event-log">
        {log.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ol>
    </div>
  );
}

/** Controlled: the host keeps the board and logs every event it receives. */
export const Controlled: Story = {
  render: () => <ControlledBoard />,
};
