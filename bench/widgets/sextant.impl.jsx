// The widget bench adapter (../shared/bench/widgets/README.md): Sextant's widgets as one more
// implementation of the harness's cases, from the built packages (`pnpm build` first; run with
// `pnpm bench:widgets`). Any reshaping of the harness's data into a widget's props happens in
// the scenario function and so counts as rendering, as for every other adapter.
//
// S1/S2: ConfusionMatrix from a precomputed `{ labels, matrix }`, at its designed defaults:
//   past 40 classes it draws its cells on a canvas, and past 30 classes (`compactAbove`) cells
//   carry no text — a count shows in the tooltip on hover or keyboard focus — and class labels
//   are abbreviated. The accessible layer (visually hidden table) is rendered too.
// S3: DriftChart fed a precomputed `driftOverTime`-shaped result with one feature whose series is
//   given as columns (`{ at, score }` typed arrays: epoch ms, and the value shifted to be ≥ 0, a
//   distance; the threshold above every point). The widget validates every batch, downsamples in
//   core (LTTB, 600 points by default) and draws an SVG line with axes, its overview strip with
//   a @visx/brush, a visually hidden alerts sentence and a button that shows the drawn points as a table.
//   It is given a fixed drawing width (its `width` prop) as the peers are given fixed sizes.
// S4: KanbanBoard; building the board with core's createBoard is part of the measured render.
import { createBoard } from '../../packages/core/dist/index.js';
import { ConfusionMatrix, DriftChart, KanbanBoard } from '../../packages/react/dist/index.js';
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

function toDriftResult(d) {
  // One feature whose columns are the harness's points: times as epoch ms and scores shifted
  // to be ≥ 0 (a distance), as typed arrays — the column form a monitoring store's history
  // comes in, without an object per batch.
  const n = d.points.length;
  const at = new Float64Array(n);
  const score = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const p = d.points[i];
    at[i] = p.t;
    score[i] = p.v;
    if (p.v < min) min = p.v;
    if (p.v > max) max = p.v;
  }
  for (let i = 0; i < n; i++) score[i] -= min;
  return {
    series: { value: { at, score } },
    alerts: [],
    features: [
      {
        name: 'value',
        kind: 'numeric',
        method: 'wasserstein',
        threshold: Math.ceil((max - min) * 1.1),
        scoreType: 'distance',
        reason: '',
      },
    ],
  };
}

export default {
  id: 'sextant',
  label: '@sextant/react',
  scenarios: {
    // The page's container shrinks to fit, so a widget that fills its container gets a sized box.
    S1: (d) => (
      <div style={{ width: 1000 }}>
        <ConfusionMatrix title="Confusion matrix" labels={d.labels} matrix={d.matrix} showMargins={false} />
      </div>
    ),
    S2: (d) => (
      <div style={{ width: 1000 }}>
        <ConfusionMatrix title="Confusion matrix" labels={d.labels} matrix={d.matrix} showMargins={false} />
      </div>
    ),
    S3: (d) => (
      <div style={{ width: 1000 }}>
        {/* A fixed drawing width, as the peers get a fixed 1000 px chart (no measuring pass); 966 px
            is what the widget's body measures in a 1000 px frame, so the picture is the same. */}
        <DriftChart title="Drift" result={toDriftResult(d)} width={966} />
      </div>
    ),
    S4: (d) => (
      <div style={{ width: 1230 }}>
        {/* Columns narrowed (the widget's own token) so all seven show in 1230 px, as in the other boards. */}
        <KanbanBoard title="Board" defaultBoard={toBoard(d)} now={NOW} style={{ '--sextant-kb-column-w': '10.2rem' }} />
      </div>
    ),
  },
};
