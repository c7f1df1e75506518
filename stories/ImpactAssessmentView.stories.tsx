import type { Meta, StoryObj } from '@storybook/react-vite';
import { ImpactAssessmentView, StakeholderSummary } from '@sextant/react';
import type { ImpactAssessmentFacts } from '@sextant/core';
import {
  GOVERNANCE_NOW,
  emptyCardFacts,
  fraudAssessmentFacts,
  fraudLegalSummaryFacts,
  hostileCardFacts,
} from './data/governance';

const fraud = fraudAssessmentFacts();

const meta = {
  title: 'Widgets/ImpactAssessmentView',
  component: ImpactAssessmentView,
  tags: ['autodocs'],
  args: { facts: fraud, now: GOVERNANCE_NOW },
} satisfies Meta<typeof ImpactAssessmentView>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The fraud scorer's AI impact assessment at the end of Q2, by NIST AI RMF function: eleven
 * questions answered from the SDK's evidence (four with a concern: an unowned risk, the recall
 * gap across regions, drift in amount and channel, four high residual risks), three answered
 * by the team, and two open — no ethics board review and no third-party audit yet. The open
 * questions become asks for the legal audience of the stakeholder summary.
 */
export const FraudScorer: Story = {};

/** Nothing but a name: the card's completeness is the only evidence; fifteen questions need an answer. */
export const Empty: Story = { args: { facts: emptyCardFacts() } };

/** Every question answered: the open-questions panel says so. */
export const AllAnswered: Story = {
  args: {
    facts: {
      ...fraud,
      answers: {
        ...fraud.answers,
        'govern-ethics-review': { answer: 'Reviewed by the AI ethics board on 2026-06-25.', by: 'Ethics board' },
        'manage-audit': { answer: 'Audit by an external firm booked for September 2026.', by: 'Maya Chen' },
      },
    },
  },
};

/** Markup, RTL text and prototype keys in the facts stay plain text. */
export const HostileStrings: Story = {
  args: {
    facts: {
      ...hostileCardFacts(),
      answers: { 'manage-audit': { answer: '<script>alert(1)</script> | طلب', by: '__proto__' } },
    },
  },
};

/** An answer to a question that does not exist: refused inside the widget, naming it. */
export const ErrorState: Story = {
  args: { facts: { ...fraud, answers: { 'no-such-question': { answer: 'x' } } } as ImpactAssessmentFacts },
};

/**
 * Where the open questions go: the stakeholder summary for legal and compliance, with the
 * assessment's two open questions as its asks (`openQuestions` in the summary's facts).
 */
export const LegalAsks: Story = {
  render: () => <StakeholderSummary facts={fraudLegalSummaryFacts()} audiences={['legal']} defaultAudience="legal" />,
};
