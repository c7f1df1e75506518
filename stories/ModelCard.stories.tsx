import type { Meta, StoryObj } from '@storybook/react-vite';
import { ModelCard } from '@sextant/react';
import type { ModelCardFacts } from '@sextant/core';
import {
  GOVERNANCE_NOW,
  emptyCardFacts,
  fraudCardFacts,
  hostileCardFacts,
  manyGroupsFacts,
  oneMetricFacts,
} from './data/governance';

const fraud = fraudCardFacts();

const meta = {
  title: 'Widgets/ModelCard',
  component: ModelCard,
  tags: ['autodocs'],
  args: { facts: fraud, now: GOVERNANCE_NOW },
} satisfies Meta<typeof ModelCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The fraud scorer's model card at the end of Q2, written by core from the team's facts and
 * the SDK's results: recall and precision by region with 90 % bootstrap intervals, June's
 * drift report, the Data Quality Index and the scored risk register. Two facts are missing
 * (licence, training preprocessing) and flagged where they belong. "Copy as Markdown" puts
 * the card on the clipboard for a wiki or an audit folder; print it for a page per section.
 */
export const FraudScorer: Story = {};

/** The same card with the section navigation collapsed: the toggle opens it again (Enter or Space). */
export const NavigationClosed: Story = { args: { defaultNavOpen: false } };

/** A new model with nothing recorded but its name: every section lists what is missing, nothing is made up. */
export const Empty: Story = { args: { facts: emptyCardFacts() } };

/** One metric over one group, without intervals: a three-row table and its intervals flagged as missing. */
export const OneMetric: Story = { args: { facts: oneMetricFacts() } };

/** Recall across twelve markets: a long table that scrolls inside the widget on a phone. */
export const ManyGroups: Story = { args: { facts: manyGroupsFacts() } };

/** Markup, table pipes, RTL text, prototype keys and 200-character strings stay plain text. */
export const HostileStrings: Story = { args: { facts: hostileCardFacts() } };

/** A release date without a time zone: the widget explains the refusal inside its frame; the page keeps working. */
export const ErrorState: Story = {
  args: { facts: { ...fraud, model: { ...fraud.model, date: '2026-06-02 09:00' } } as ModelCardFacts },
};
