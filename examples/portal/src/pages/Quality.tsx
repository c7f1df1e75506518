import {
  ConfusionMatrix,
  MetricsTable,
  MetricTile,
  MetricTileGrid,
  PrecisionRecallCurve,
  RocCurve,
  type MetricsTableColumn,
  type MetricTileProps,
} from '@sextant/react';
import { useMemo, useState } from 'react';
import { experimentRuns, labelsAt, lastWeek, THRESHOLD, weekly } from '../data/model';
import { project } from '../data/project';

const last = (a: readonly number[]) => a[a.length - 1];
const prev = (a: readonly number[]) => a[a.length - 2];
const HISTORY = 'the last 12 weeks';

const runColumns: MetricsTableColumn[] = [
  { id: 'run', header: 'Run' },
  { id: 'model', header: 'Model' },
  { id: 'family', header: 'Family' },
  { id: 'f1', header: 'F1', direction: 'higher' },
  { id: 'auc', header: 'ROC AUC', direction: 'higher' },
  { id: 'ap', header: 'Avg. precision', direction: 'higher' },
  { id: 'logLoss', header: 'Log loss', direction: 'lower' },
  { id: 'p95', header: 'p95 latency', direction: 'lower', format: 'milliseconds' },
  {
    id: 'cost',
    header: 'Cost / 1k',
    direction: 'lower',
    format: { style: 'currency', currency: 'EUR', maximumFractionDigits: 3 },
  },
];

type Weekly = ReturnType<typeof weekly>;

/** The headline tiles: last week's value against the week before, over twelve weeks. */
const TILES: ReadonlyArray<{
  title: string;
  description: string;
  series: (w: Weekly) => readonly number[];
  target: number;
  format?: MetricTileProps['format'];
  higherIsBetter?: boolean;
  round?: boolean;
}> = [
  { title: 'Recall', description: 'Share of fraud the model flags', series: (w) => w.recall, format: 'percent', target: 0.75 },
  {
    title: 'Precision',
    description: 'Share of flags that are fraud',
    series: (w) => w.precision,
    format: 'percent',
    target: 0.8,
  },
  { title: 'F1 score', description: 'Precision and recall together', series: (w) => w.f1, format: 'percent', target: 0.75 },
  { title: 'ROC AUC', description: 'Ranking quality at any threshold', series: (w) => w.auc, target: 0.97 },
  { title: 'Average precision', description: 'Area under the precision–recall curve', series: (w) => w.ap, target: 0.8 },
  {
    title: 'p95 latency',
    description: 'Scoring time, 95th percentile',
    series: (w) => w.p95,
    format: 'milliseconds',
    target: 80,
    higherIsBetter: false,
    round: true,
  },
];

/** How good is the live model, and is the operating threshold in the right place? */
export function QualityPage() {
  const w = weekly();
  const week = lastWeek();
  const [threshold, setThreshold] = useState(THRESHOLD);
  // One operating point for the page: moving it on either curve redraws the confusion matrix.
  const labels = useMemo(() => labelsAt(threshold), [threshold]);
  const models = useMemo(
    () => [
      { name: project.model, yTrue: week.yTrue, yScore: week.live },
      { name: 'fraud-scorer v3.3', yTrue: week.yTrue, yScore: week.previous },
    ],
    [week],
  );
  const shown = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(threshold);

  return (
    <>
      <MetricTileGrid aria-label="Last week's model metrics">
        {TILES.map((t) => {
          const series = t.series(w);
          const round = t.round ? Math.round : (x: number) => x;
          return (
            <MetricTile
              key={t.title}
              title={t.title}
              description={t.description}
              value={round(last(series))}
              previous={round(prev(series))}
              format={t.format}
              target={t.target}
              higherIsBetter={t.higherIsBetter}
              history={series}
              historyLabel={HISTORY}
              headingLevel={2}
            />
          );
        })}
      </MetricTileGrid>

      <div className="portal__grid portal__grid--2">
        <RocCurve
          title="ROC curve, last week"
          description={`${project.model} against the model it replaced, on the same transactions`}
          models={models}
          threshold={threshold}
          onThresholdChange={(t) => setThreshold(t)}
          headingLevel={2}
        />
        <PrecisionRecallCurve
          title="Precision–recall, last week"
          description="Fraud is 6 % of traffic: this view shows what a flag is worth"
          models={models}
          threshold={threshold}
          onThresholdChange={(t) => setThreshold(t)}
          headingLevel={2}
        />
      </div>

      <div className="portal__grid portal__grid--1-2">
        <ConfusionMatrix
          title="Confusion matrix"
          description={`At threshold ${shown}; follows the operating point on the curves above`}
          yTrue={labels.yTrue}
          yPred={labels.yPred}
          labels={['fraud', 'legitimate']}
          headingLevel={2}
        />
        <MetricsTable
          title="Candidate models"
          description="Experiment runs on the 2026-Q2 holdout; the best value of each metric is starred"
          rows={experimentRuns()}
          columns={runColumns}
          defaultSorting={[{ id: 'f1', desc: true }]}
          defaultHidden={['family', 'ap', 'logLoss', 'cost']}
          height={340}
          fileName="fraud-candidate-runs.csv"
          headingLevel={2}
        />
      </div>
    </>
  );
}
