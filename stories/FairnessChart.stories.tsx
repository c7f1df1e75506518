import type { Meta, StoryObj } from '@storybook/react-vite';
import { recallScore, selectionRate } from '@sextant/core';
import { FairnessChart } from '@sextant/react';
import { creditApprovals } from './data/quality';
import { TEN_THOUSAND_CHARACTERS } from './data/hostile';

const credit = creditApprovals();

const meta = {
  title: 'Widgets/FairnessChart',
  component: FairnessChart,
  tags: ['autodocs'],
  args: {
    title: 'Credit model: approval rate by age band',
    description: '6,000 applications, Q3; 95 % bootstrap intervals',
    metric: selectionRate,
    metricName: 'Approval rate',
    yTrue: credit.yTrue,
    yPred: credit.yPred,
    sensitiveFeatures: credit.ageBand,
    nBoot: 400,
    seed: 7,
  },
} satisfies Meta<typeof FairnessChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Approval rate (selection rate) by age band, sorted by value; under-25s fare worst. */
export const ApprovalByAgeBand: Story = {};

/** Recall (approvals among good payers) by region, sorted by group name; the small Islands region has a wide interval. */
export const RecallByRegion: Story = {
  args: {
    title: 'Credit model: recall by region',
    description: 'Share of good payers approved',
    metric: recallScore,
    metricName: 'Recall',
    sensitiveFeatures: credit.region,
    defaultSort: { by: 'group', direction: 'asc' },
  },
};

/** Group names from user data. */
export const HostileGroups: Story = {
  args: {
    title: TEN_THOUSAND_CHARACTERS,
    description: undefined,
    sensitiveFeatures: credit.region.map((r) =>
      r === 'North'
        ? '__proto__'
        : r === 'South'
          ? '<script>alert(1)</script>'
          : r === 'East'
            ? 'المنطقة الشرقية'
            : r === 'West'
              ? 'constructor'
              : 'x'.repeat(200),
    ),
  },
};

/** No applications yet. */
export const Empty: Story = {
  args: { title: 'Approval rate', description: undefined, yTrue: [], yPred: [], sensitiveFeatures: [] },
};

/** Sensitive features of the wrong length. */
export const ErrorState: Story = {
  args: { title: 'Approval rate', description: undefined, yTrue: [1, 0, 1], yPred: [1, 1, 0], sensitiveFeatures: ['a', 'b'] },
};
