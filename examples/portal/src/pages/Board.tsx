import type { KanbanBoard as Board } from '@sextant/core';
import { CumulativeFlowChart, CycleTimeChart, KanbanBoard, SprintBurndown } from '@sextant/react';
import { useRef, useState } from 'react';
import { BOARD_FROM, fraudBoard, SPRINT, SPRINT_TAG } from '../data/board';
import { NOW_MS } from '../data/project';

/** What is the team working on, where does work wait, and how long does it take? */
export function BoardPage() {
  // Controlled, so a card moved on the board shows up in the flow charts at once.
  const [board, setBoard] = useState<Board>(fraudBoard);
  // The demo's clock: moves are stamped a minute apart after the pinned "now".
  const clock = useRef(NOW_MS);
  return (
    <>
      <KanbanBoard
        title="MLOps board"
        description="Drag a card, or move it from the keyboard; columns at their WIP limit refuse more"
        board={board}
        onBoardChange={(next) => setBoard(next)}
        now={NOW_MS}
        getTime={() => (clock.current += 60_000)}
        columnHeight={440}
        headingLevel={2}
      />
      <SprintBurndown
        title="Sprint 26 burndown"
        description="22 June – 5 July: cards tagged sprint-26, read from the board's events; done means in production"
        board={board}
        sprint={SPRINT}
        done="production"
        tag={SPRINT_TAG}
        now={NOW_MS}
        headingLevel={2}
      />
      <div className="portal__grid portal__grid--2">
        <CumulativeFlowChart
          title="Cumulative flow"
          description="Cards in each column at the end of each day"
          board={board}
          now={NOW_MS}
          from={BOARD_FROM}
          headingLevel={2}
        />
        <CycleTimeChart
          title="Cycle time"
          description="Days from start to done per card, with the 50th, 85th and 95th percentiles"
          board={board}
          now={NOW_MS}
          from={BOARD_FROM}
          headingLevel={2}
        />
      </div>
    </>
  );
}
