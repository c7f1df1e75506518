import type { Meta, StoryObj } from '@storybook/react-vite';
import { MetricTile } from '@sextant/react';

const meta = {
  title: 'Widgets/MetricTile',
  component: MetricTile,
  args: { title: 'Macro F1', value: 0.912, format: 'percent', target: 0.9, previous: 0.897 },
} satisfies Meta<typeof MetricTile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A model-quality headline above its target. */
export const OnTrack: Story = {};

/** A delivery figure where lower is better: p95 latency over budget. */
export const OffTrack: Story = {
  args: { title: 'p95 inference latency', value: 412, format: 'milliseconds', target: 300, higherIsBetter: false, previous: 356 },
};

/** A dashboard row of tiles: the widths follow the grid, down to 240 px. */
export const DashboardRow: Story = {
  render: () => (
    <div className="sb-sextant-grid">
      <MetricTile title="Macro F1" value={0.912} format="percent" target={0.9} previous={0.897} />
      <MetricTile
        title="Drifted features"
        value={4}
        target={2}
        higherIsBetter={false}
        previous={1}
        description="Of 48 monitored"
      />
      <MetricTile title="Deployments / week" value={11} target={10} previous={12} />
      <MetricTile
        title="Change failure rate"
        value={0.16}
        format="percent"
        target={0.15}
        higherIsBetter={false}
        previous={0.12}
      />
    </div>
  ),
};

/** Bad props: the widget says what is wrong inside its own frame; the page keeps working. */
export const ErrorState: Story = {
  args: { title: 'Recall', value: Number.NaN },
};
