import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeliveryScorecard, MetricTile } from '@sextant/react';
import { abTestResult, changes, deployments, experiments, incidents, Q2 } from './data/fraudTeam';

const meta = {
  title: 'Widgets/DeliveryScorecard',
  component: DeliveryScorecard,
  tags: ['autodocs'],
  args: {
    title: 'Fraud model delivery, Q2 2026',
    description: 'DORA keys of the fraud-scorer team against Q1, weekly trend lines',
    deployments,
    changes,
    incidents,
    experiments,
    from: Q2.from,
    to: Q2.to,
    buckets: 13,
  },
} satisfies Meta<typeof DeliveryScorecard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A quarter of a fraud model team: six months of records, the second quarter compared with the first. */
export const FraudModelQuarter: Story = {};

/** The same quarter banded by the 2021 report's table (band tables are data, one per report year). */
export const Bands2021: Story = {
  args: { year: 2021, keys: ['deploymentFrequency', 'leadTimeForChanges', 'changeFailureRate', 'meanTimeToRecovery'] },
};

/** No records yet: every tile says so, no NaN, no empty chart. */
export const Empty: Story = {
  args: { title: 'New team', description: undefined, deployments: [], changes: [], incidents: [], experiments: [] },
};

/** One deployment in the period. */
export const OneDeployment: Story = {
  args: {
    title: 'First release',
    description: undefined,
    deployments: [{ id: 'deploy-1', at: '2026-06-02T10:00:00Z', status: 'success', changeIds: ['c1'] }],
    changes: [{ id: 'c1', committedAt: '2026-06-01T15:00:00Z' }],
    incidents: [],
    experiments: [],
  },
};

/** A malformed record: the widget names it (index and field) inside its frame; the page keeps working. */
export const ErrorState: Story = {
  args: {
    title: 'Delivery',
    deployments: [
      { id: 'deploy-1', at: '2026-06-02T10:00:00Z', status: 'success' },
      { id: 'deploy-2', at: '2026-06-03 10:00', status: 'success' },
    ],
  },
};

/** A 360 px column: tiles stack, numbers stay readable. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 360 }}>
      <DeliveryScorecard {...args} />
    </div>
  ),
};

/**
 * Beside the scorecard, the A/B test of fraud-scorer v7 against v6 (pooled z-test, Wald
 * interval): the dashboard was checked twice before the end, so core adds a peeking warning.
 */
export const WithRolloutTest: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16 }}>
      <MetricTile
        title="v7 vs v6: fraud caught per review"
        value={abTestResult.relativeLift ?? 0}
        format="percent"
        description={`Difference ${(abTestResult.difference * 100).toFixed(2)} pp, 95% CI ${(abTestResult.ci[0] * 100).toFixed(2)} to ${(
          abTestResult.ci[1] * 100
        ).toFixed(2)} pp, p = ${abTestResult.pValue.toPrecision(2)}. ${abTestResult.warnings[0]?.message ?? ''}`}
      />
      <DeliveryScorecard {...args} />
    </div>
  ),
};
