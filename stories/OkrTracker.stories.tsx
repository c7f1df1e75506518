import type { Meta, StoryObj } from '@storybook/react-vite';
import { OkrTracker } from '@sextant/react';
import { hostileObjectives, hostileValues, NOW, objectives, QUARTER, values } from './data/goals';

const meta = {
  title: 'Widgets/OkrTracker',
  component: OkrTracker,
  tags: ['autodocs'],
  args: {
    title: 'Fraud detection OKRs, Q2 2026',
    description: 'Key results on live numbers: F1, p95 latency, deployments, drift and data quality, seven weeks in',
    objectives,
    values,
    now: NOW,
  },
} satisfies Meta<typeof OkrTracker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One quarter of the fraud team's OKRs: on track, at risk and off track, with forecasts from each key result's history. */
export const FraudQuarter: Story = {};

/** The latency key result selected: its details (values, why at risk, the forecast) beside the list. */
export const Selected: Story = {
  args: { defaultSelected: { objectiveId: 'fast-decisions', keyResultId: 'p95' } },
};

/** One objective with one key result. */
export const OneKeyResult: Story = {
  args: { title: 'Release cadence', description: undefined, objectives: [objectives[2]] },
};

/** No objectives set for the quarter yet. */
export const Empty: Story = {
  args: { title: 'OKRs, Q3 2026', description: undefined, objectives: [] },
};

/** A key result whose target equals its baseline: the widget says which one, inside its frame. */
export const ErrorState: Story = {
  args: {
    title: 'OKRs',
    description: undefined,
    objectives: [{ ...objectives[0], keyResults: [{ ...objectives[0].keyResults[0], target: 0.8 }] }],
  },
};

/** After the quarter: every key result judged against its target. */
export const QuarterEnded: Story = {
  args: { description: 'The quarter is over: what was met and what was not', now: QUARTER.to },
};

/** Hostile strings: a 10,000-character objective (clamped, whole on hover and focus), right-to-left text, prototype-key names, markup and a value near 1e308. */
export const HostileStrings: Story = {
  args: { title: '<script>alert("x")</script>', description: undefined, objectives: hostileObjectives, values: hostileValues },
};
