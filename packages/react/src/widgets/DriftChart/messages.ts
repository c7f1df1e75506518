/** Every sentence and label DriftChart shows; pass any of them to translate or reword. */
export interface DriftChartMessages {
  featureLabel: string;
  empty: string;
  scoreAxis: (method: string, scoreType: 'p-value' | 'distance') => string;
  threshold: (value: string, scoreType: 'p-value' | 'distance') => string;
  summary: (s: {
    feature: string;
    method: string;
    drifted: string;
    tested: string;
    threshold: string;
    scoreType: 'p-value' | 'distance';
  }) => string;
  point: (p: { at: string; score: string; drifted: boolean }) => string;
  noScore: string;
  alertStart: string;
  alertEnd: string;
  instructions: string;
  overviewLabel: string;
  overviewInstructions: string;
  resetZoom: string;
  showing: (from: string, to: string) => string;
  binsTitle: (at: string) => string;
  binsNote: (psi: string, largest: string) => string;
  reference: string;
  current: string;
  contribution: string;
  bin: string;
  binsUnavailable: string;
  binsCategorical: string;
  alertsCaption: string;
  /** Said instead of an empty alerts table. */
  noAlerts: string;
  pointsCaption: string;
  date: string;
  score: string;
  drifted: string;
  yes: string;
  no: string;
  /**
   * @deprecated No longer shown: the visually hidden summary table repeated the visible
   * summary, the zoom text and the chart's label. Kept so existing catalogues still type-check.
   */
  summaryCaption: (feature: string) => string;
  /** @deprecated see `summaryCaption` */
  window: string;
  /** @deprecated see `summaryCaption` */
  test: string;
  /** @deprecated see `summaryCaption` */
  driftedOf: (drifted: string, tested: string) => string;
  /** @deprecated see `summaryCaption` */
  latest: string;
  /** The button that shows the drawn points as a table. */
  showPoints: (count: string) => string;
  hidePoints: string;
}

export const DEFAULT_DRIFT_CHART_MESSAGES: DriftChartMessages = {
  featureLabel: 'Feature',
  empty: 'No batches to chart yet.',
  scoreAxis: (method, type) => (type === 'p-value' ? `${method} p-value` : `${method} distance`),
  threshold: (v, type) => (type === 'p-value' ? `Drift when p ≤ ${v}` : `Drift when ≥ ${v}`),
  summary: (s) =>
    `${s.feature}: drifted in ${s.drifted} of ${s.tested} batches shown (${s.method}, ${s.scoreType === 'p-value' ? 'p ≤' : 'score ≥'} ${s.threshold}).`,
  point: (p) => `${p.at}: ${p.score}${p.drifted ? ', drifted' : ''}`,
  noScore: 'not tested (no values)',
  alertStart: 'Drift starts',
  alertEnd: 'Drift ends',
  instructions:
    'Left and right arrow keys move between batches, Home and End to the first and last; the histogram below follows.',
  overviewLabel: 'Zoom window',
  overviewInstructions:
    'Drag to choose a time window. With the keyboard: left and right arrows move the window, up and down arrows zoom in and out, Escape shows everything.',
  resetZoom: 'Show all',
  showing: (from, to) => `${from} – ${to}`,
  binsTitle: (at) => `Reference vs batch of ${at}`,
  binsNote: (psi, largest) => `PSI ${psi}; the largest share of it comes from ${largest}.`,
  reference: 'Reference',
  current: 'Batch',
  contribution: 'PSI term',
  bin: 'Bin',
  binsUnavailable: 'The bin-by-bin comparison needs the reference and batch data; this chart was given drift scores only.',
  binsCategorical: 'Histograms with PSI terms are compared for numeric features.',
  alertsCaption: 'Drift alerts',
  noAlerts: 'No drift alerts in this window.',
  pointsCaption: 'Drift score per batch',
  date: 'Date',
  score: 'Score',
  drifted: 'Drifted',
  yes: 'yes',
  no: 'no',
  summaryCaption: (feature) => `Drift of ${feature}`,
  window: 'Window',
  test: 'Test',
  driftedOf: (drifted, tested) => `${drifted} of ${tested} tested batches`,
  latest: 'Latest batch',
  showPoints: (count) => `Show the ${count} points as a table`,
  hidePoints: 'Hide the table',
};
