import { demographicParityDifference, recallScore, selectionRate } from '@sextant/core';
import { DriftChart, FairnessChart, MetricsTable, MetricTile, MetricTileGrid, type MetricsTableColumn } from '@sextant/react';
import { useMemo } from 'react';
import { driftData, lastWeekDrift } from '../data/drift';
import { lastMonth } from '../data/model';
import { recallByRegion } from '../data/summary';

const METHOD: Record<string, string> = {
  ks: 'Kolmogorov–Smirnov',
  'chi-square': 'Chi-square',
  'z-test': 'Z-test',
  wasserstein: 'Wasserstein (normed)',
  'jensen-shannon': 'Jensen–Shannon',
  psi: 'PSI',
};

// The verdict sits beside the name and the test goes last: on a phone the table scrolls
// sideways inside its box with the feature pinned, and what matters shows first.
const driftColumns: MetricsTableColumn[] = [
  { id: 'feature', header: 'Feature' },
  { id: 'drifted', header: 'Drifted' },
  { id: 'score', header: 'Score', format: { maximumFractionDigits: 3 } },
  { id: 'threshold', header: 'Threshold', format: { maximumFractionDigits: 3 } },
  { id: 'test', header: 'Test' },
];

/** Have the model's inputs moved since training, and does it treat every region alike? */
export function DriftFairnessPage() {
  const { reference, batches } = driftData();
  const report = lastWeekDrift();
  const drifted = report.features.filter((f) => f.drifted).length;
  const frame = recallByRegion();
  const month = lastMonth();
  const parity = demographicParityDifference(month.yTrue, month.yPred, { sensitiveFeatures: month.region });
  const rows = useMemo(
    () =>
      report.features.map((f) => ({
        feature: f.name,
        test: METHOD[f.method] ?? f.method,
        score: f.score,
        threshold: f.threshold,
        drifted: f.drifted ? 'Yes' : 'No',
      })),
    [report],
  );

  return (
    <>
      <MetricTileGrid aria-label="Drift and fairness at a glance" minTileWidth="13rem">
        <MetricTile
          title="Drifted features"
          description={`Of ${report.features.length} monitored, last week against training`}
          value={drifted}
          target={0}
          higherIsBetter={false}
          headingLevel={2}
        />
        <MetricTile
          title="Share of features drifting"
          description="Dataset drift is declared at 50 %"
          value={report.driftedShare}
          format="percent"
          target={0.5}
          tolerance={0}
          higherIsBetter={false}
          headingLevel={2}
        />
        <MetricTile
          title="Recall gap between regions"
          description="Largest difference, last four weeks"
          value={frame.difference}
          format="percent"
          target={0.1}
          higherIsBetter={false}
          headingLevel={2}
        />
        <MetricTile
          title="Flag-rate gap between regions"
          description="Demographic parity difference"
          value={parity}
          format="percent"
          target={0.05}
          higherIsBetter={false}
          headingLevel={2}
        />
      </MetricTileGrid>

      <DriftChart
        title="Input drift, week by week"
        description="Twelve weekly batches of scored traffic against the training window; pick a feature and a week"
        reference={reference}
        batches={batches}
        defaultFeature="amount"
        headingLevel={2}
      />

      <MetricsTable
        title="Drift test per feature, last week"
        description="Evidently's default test for each column: a distance drifts at or above its threshold"
        rows={rows}
        columns={driftColumns}
        height={260}
        fileName="drift-last-week.csv"
        messages={{ filterPlaceholder: 'Feature or test…' }}
        headingLevel={2}
      />

      <div className="portal__grid portal__grid--2">
        <FairnessChart
          title="Recall by region, last four weeks"
          description="Share of fraud caught in each region, with 95 % bootstrap intervals"
          metric={recallScore}
          metricName="Recall"
          yTrue={month.yTrue}
          yPred={month.yPred}
          sensitiveFeatures={month.region}
          nBoot={300}
          seed={7}
          headingLevel={2}
        />
        <FairnessChart
          title="Flag rate by region, last four weeks"
          description="Share of payments sent for review: a higher rate means more customers stopped"
          metric={selectionRate}
          metricName="Flag rate"
          yTrue={month.yTrue}
          yPred={month.yPred}
          sensitiveFeatures={month.region}
          higherIsBetter={false}
          nBoot={300}
          seed={7}
          headingLevel={2}
        />
      </div>
    </>
  );
}
