import type { Meta, StoryObj } from '@storybook/react-vite';
import { PrecisionRecallCurve } from '@sextant/react';
import { churnScores, fraudScores } from './data/quality';

const fraud = fraudScores();
const churn = churnScores();

const meta = {
  title: 'Widgets/PrecisionRecallCurve',
  component: PrecisionRecallCurve,
  tags: ['autodocs'],
  args: {
    title: 'Card-fraud models',
    description: '3,000 held-out transactions, 4 % fraud',
    models: [
      { name: 'Gradient-boosted trees v3', yTrue: fraud.yTrue, yScore: fraud.boosted },
      { name: 'Logistic baseline', yTrue: fraud.yTrue, yScore: fraud.logistic },
      { name: 'Rules engine', yTrue: fraud.yTrue, yScore: fraud.rules },
    ],
    defaultThreshold: 0.5,
  },
} satisfies Meta<typeof PrecisionRecallCurve>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three fraud models overlaid; at 4 % positives the PR view shows what ROC hides. */
export const FraudModels: Story = {};

/** One churn model, 5,000 subscribers, operating point at 0.3. */
export const ChurnModel: Story = {
  args: {
    title: 'Churn model, Q3',
    description: '5,000 subscribers, 18 % churned within 90 days',
    models: [
      { name: 'Churn v7 (this quarter)', yTrue: churn.yTrue, yScore: churn.current },
      { name: 'Churn v6 (last quarter)', yTrue: churn.yTrue, yScore: churn.previous },
    ],
    defaultThreshold: 0.3,
  },
};

/** Model names from user data. */
export const HostileNames: Story = {
  args: {
    title: 'Models named by users',
    description: undefined,
    models: [
      { name: '__proto__', yTrue: fraud.yTrue, yScore: fraud.boosted },
      { name: '<script>alert("x")</script> نموذج الاحتيال '.repeat(4), yTrue: fraud.yTrue, yScore: fraud.logistic },
    ],
  },
};

/** No models yet. */
export const Empty: Story = { args: { title: 'Precision–recall curve', description: undefined, models: [] } };

/** A NaN score: the widget names the model and the index. */
export const ErrorState: Story = {
  args: {
    title: 'Broken scores',
    description: undefined,
    models: [{ name: 'Export of 12 May', yTrue: [0, 1, 1, 0], yScore: [0.1, 0.8, Number.NaN, 0.3] }],
  },
};
