import type { Meta, StoryObj } from '@storybook/react-vite';
import { DriftChart } from '@sextant/react';
import { minuteDrift, minuteDriftColumns, nlpDrift } from './data/quality';

const nlp = nlpDrift();

const meta = {
  title: 'Widgets/DriftChart',
  component: DriftChart,
  tags: ['autodocs'],
  args: {
    title: 'Support assistant: input drift, Q3',
    description: '90 daily batches against the training sample',
    reference: nlp.reference,
    batches: nlp.batches,
    defaultFeature: 'prompt_tokens',
  },
} satisfies Meta<typeof DriftChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Prompt length drifts after a launch on day 40 and recovers on day 70; the panel compares the selected day's histogram. */
export const QuarterOfDailyBatches: Story = {};

/** The language mix: a categorical feature (chi-square / Jensen–Shannon), Spanish up for two weeks. */
export const CategoricalFeature: Story = { args: { defaultFeature: 'language' } };

/** Zoomed into the launch weeks. */
export const Zoomed: Story = { args: { defaultRange: [35, 75], defaultSelectedBatch: 45 } };

/** 100,000 minute-level points from a streaming monitor, downsampled in core (LTTB). */
export const HundredThousandPoints: Story = {
  args: {
    title: 'Embedding drift, streaming monitor',
    description: '100,000 one-minute windows',
    reference: undefined,
    batches: undefined,
    result: minuteDrift(),
    defaultFeature: undefined,
  },
};

/** The same 100,000 minutes as columns (`{ at, score, drifted }` typed arrays), as a monitoring store holds them: no object per minute. */
export const HistoryAsColumns: Story = {
  args: {
    title: 'Embedding drift, from the metrics store',
    description: '100,000 one-minute windows as columns',
    reference: undefined,
    batches: undefined,
    result: minuteDriftColumns(),
    defaultFeature: undefined,
  },
};

/** No batches yet. */
export const Empty: Story = { args: { title: 'Input drift', description: undefined, batches: [] } };

/** An unknown feature: the widget names the features it has. */
export const ErrorState: Story = { args: { title: 'Input drift', description: undefined, defaultFeature: 'promt_tokens' } };
