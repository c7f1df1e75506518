import type { Meta, StoryObj } from '@storybook/react-vite';
import { MetricTile, MetricTileGrid } from '@sextant/react';
import { deploymentsPerWeek, figures, history } from './data/metrics';

const meta = {
  title: 'Widgets/MetricTile',
  component: MetricTile,
  tags: ['autodocs'],
  argTypes: {
    format: { control: 'select', options: ['number', 'percent', 'milliseconds'] },
    status: { control: 'select', options: [undefined, 'on-track', 'at-risk', 'off-track'] },
  },
  args: {
    title: 'F1 (fraud)',
    value: figures.f1,
    format: 'percent',
    target: 0.6,
    previous: figures.previousF1,
    history: history.f1,
    historyLabel: 'the last 12 weeks',
  },
} satisfies Meta<typeof MetricTile>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A model-quality headline against its target: the change in percentage points and twelve weeks of history. */
export const OnTrack: Story = {};

/** A delivery figure where lower is better: p95 latency over budget, and rising. */
export const OffTrack: Story = {
  args: {
    title: 'p95 inference latency',
    value: figures.p95,
    format: 'milliseconds',
    target: 150,
    higherIsBetter: false,
    previous: figures.previousP95,
    history: history.p95,
  },
};

/** The least a tile needs: a title and a value. */
export const ValueOnly: Story = {
  args: { title: 'ROC AUC', value: figures.auc, format: 'number', target: undefined, previous: undefined, history: undefined },
};

/** A change below the display precision reads "no change" and is not coloured. */
export const NoChange: Story = {
  args: { title: 'Accuracy', value: 0.9121, previous: 0.912, history: undefined, target: 0.9 },
};

/**
 * A dashboard row in a `MetricTileGrid`: as many columns as fit, and values, changes and
 * sparklines on shared rows whether or not a tile has a description or a long title.
 */
export const DashboardRow: Story = {
  render: () => (
    <MetricTileGrid aria-label="Model health">
      <MetricTile
        title="F1 (fraud)"
        value={figures.f1}
        format="percent"
        target={0.6}
        previous={figures.previousF1}
        history={history.f1}
        historyLabel="the last 12 weeks"
      />
      <MetricTile
        title="ROC AUC"
        description="Held-out week, 1,500 transactions"
        value={figures.auc}
        target={0.85}
        previous={figures.previousAuc}
        history={history.auc}
        historyLabel="the last 12 weeks"
      />
      <MetricTile
        title="p95 inference latency"
        value={figures.p95}
        format="milliseconds"
        target={150}
        higherIsBetter={false}
        previous={figures.previousP95}
        history={history.p95}
        historyLabel="the last 12 weeks"
      />
      <MetricTile
        title="Deployments per week"
        value={deploymentsPerWeek[11]}
        target={8}
        previous={deploymentsPerWeek[10]}
        history={deploymentsPerWeek}
        historyLabel="the last 12 weeks"
      />
      <MetricTile
        title="Demographic parity difference across regions"
        description="Flag rate, largest gap between EU, APAC and AMER"
        value={0.071}
        target={0.05}
        higherIsBetter={false}
        previous={0.064}
      />
      <MetricTile
        title="Drifted features"
        description="Of 48 monitored"
        value={4}
        target={2}
        higherIsBetter={false}
        previous={1}
      />
    </MetricTileGrid>
  ),
};

/** Hostile strings stay text: a 200-character name, right-to-left text and markup-like names. */
export const HostileStrings: Story = {
  render: () => (
    <MetricTileGrid aria-label="Hostile strings">
      <MetricTile
        title={`Precision for ${'very-long-class-name-'.repeat(10)}`}
        description={'x'.repeat(200)}
        value={0.8123}
        format="percent"
        previous={0.8}
      />
      <MetricTile
        title="دقة النموذج (F1)"
        description="الأسبوع الماضي"
        value={0.874}
        format="percent"
        previous={0.881}
        dir="rtl"
      />
      <MetricTile title="<script>alert(1)</script>" description="__proto__" value={12} status="at-risk" />
      <MetricTile title="constructor" value={1e21} previous={-1e21} />
    </MetricTileGrid>
  ),
};

/** Bad props: the widget says what is wrong inside its own frame; the page keeps working. */
export const ErrorState: Story = {
  args: { title: 'Recall', value: Number.NaN, history: undefined, previous: undefined },
};
