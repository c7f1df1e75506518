import { StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';
import { f1Score } from '@sextant/core';
import { ConfusionMatrix, MetricTile, SextantProvider, TimezonePlanner } from '@sextant/react';
import '@sextant/react/styles.css';
import './host.css';

// F1 of the fraud class on a small labelled sample: TP = 3, FP = 1, FN = 1 → 0.75.
const f1 = f1Score([1, 1, 1, 1, 0, 0, 0, 0], [1, 1, 1, 0, 1, 0, 0, 0]);

const members = [
  { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:30' } },
  { id: 'kenji', name: 'Kenji', timeZone: 'Asia/Tokyo', workHours: { start: '10:00', end: '19:00' } },
  { id: 'maya', name: 'Maya', timeZone: 'America/New_York', workHours: { start: '08:00', end: '16:00' } },
];

// Lets the browser test check that the host's React 18 is the one rendering the widgets.
document.documentElement.dataset.reactVersion = version;

createRoot(document.getElementById('sextant-tile')!).render(
  <StrictMode>
    <SextantProvider theme="light">
      <MetricTile
        title="F1 (fraud)"
        value={f1}
        format="percent"
        target={0.8}
        previous={0.78}
        // A sparkline: an SVG sized by CSS, which the host's `svg { width: 100% }` must not stretch.
        history={[0.71, 0.74, 0.73, 0.76, 0.78, f1]}
        historyLabel="the last 6 weeks"
      />
    </SextantProvider>
  </StrictMode>,
);

createRoot(document.getElementById('sextant-planner')!).render(
  <StrictMode>
    <SextantProvider theme="light">
      <TimezonePlanner
        title="Fraud team, 1 December"
        members={members}
        timeZone="Europe/Lisbon"
        defaultDate="2026-12-01"
        now="2026-12-01T11:00:00Z"
      />
    </SextantProvider>
  </StrictMode>,
);

// A chart drawn at its own pixel size through its SVG's width attribute (a 3-class matrix is
// narrower than the page): the host's `svg { width: 100% }` must not stretch it.
createRoot(document.getElementById('sextant-chart')!).render(
  <StrictMode>
    <SextantProvider theme="light">
      <ConfusionMatrix
        title="Alert triage classifier"
        yTrue={['fraud', 'fraud', 'fraud', 'review', 'review', 'legit', 'legit', 'legit', 'legit', 'review']}
        yPred={['fraud', 'fraud', 'review', 'review', 'legit', 'legit', 'legit', 'legit', 'fraud', 'review']}
        renderer="svg"
      />
    </SextantProvider>
  </StrictMode>,
);
