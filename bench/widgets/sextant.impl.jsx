// The widget bench adapter (../shared/bench/widgets/README.md): Sextant's KanbanBoard in
// scenario S4, from the built packages. Building the board with core's createBoard is part
// of the measured render, as any adapter's reshaping is.
import { createBoard } from '../../packages/core/dist/index.js';
import { KanbanBoard } from '../../packages/react/dist/index.js';
import '../../packages/react/dist/styles.css';

const NOW = Date.UTC(2026, 5, 1);

function toBoard(d) {
  return createBoard({
    columns: d.columns.map((c) => ({ id: c.id, title: c.title })),
    cards: d.columns.flatMap((c) =>
      c.cards.map((k) => ({
        id: k.id,
        title: k.title,
        type: 'task',
        columnId: c.id,
        owner: k.assignee,
        tags: [k.tag],
        createdAt: NOW,
      })),
    ),
  });
}

export default {
  id: 'sextant',
  label: '@sextant/react KanbanBoard',
  scenarios: {
    S4: (d) => (
      <div style={{ width: 1230 }}>
        {/* Columns narrowed (the widget's own token) so all seven show in 1230 px, as in the other boards. */}
        <KanbanBoard title="Board" defaultBoard={toBoard(d)} now={NOW} style={{ '--sextant-kb-column-w': '10.2rem' }} />
      </div>
    ),
  },
};
