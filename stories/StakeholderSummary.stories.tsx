import type { Meta, StoryObj } from '@storybook/react-vite';
import { StakeholderSummary } from '@sextant/react';
import { summaryMessagesFr, type SummaryFacts } from '@sextant/core';
import {
  emptyProjectFacts,
  fraudProjectFacts,
  fraudProjectFactsFr,
  healthyProjectFacts,
  hostileProjectFacts,
} from './data/summary';

const fraud = fraudProjectFacts();

const meta = {
  title: 'Widgets/StakeholderSummary',
  component: StakeholderSummary,
  tags: ['autodocs'],
  args: { facts: fraud, defaultAudience: 'executive' },
} satisfies Meta<typeof StakeholderSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The card-fraud model mid-quarter, told to its executive sponsors: off track because the
 * shadow-mode launch slipped, with a drift alert and a fairness gap in the key risks, and the
 * three decisions the steering committee has to take. Switch audiences with the tabs (arrow keys work).
 */
export const Executive: Story = {};

/** The same facts for the technical team: every metric with its figure and target, drift by feature, DORA figures, the register. */
export const Technical: Story = { args: { defaultAudience: 'technical' } };

/** For business owners: fraud caught per 100, false alarms per 1,000 reviews, what it costs a month, what customers feel. */
export const Business: Story = { args: { defaultAudience: 'business' } };

/** For legal and compliance: fairness across age bands with the four-fifths rule, privacy, explainability, monitoring. */
export const Legal: Story = { args: { defaultAudience: 'legal' } };

/** A healthy churn model: every target met, nothing drifting, the next milestone ahead. */
export const AllGreen: Story = { args: { facts: healthyProjectFacts() } };

/** Off track in every way at once: a missed date, a critical privacy risk, recall far below target. */
export const OffTrack: Story = {
  args: {
    defaultAudience: 'technical',
    facts: {
      ...fraud,
      metrics: fraud.metrics!.map((m) =>
        m.id === 'recall' ? { ...m, value: 0.71, history: [...m.history!.slice(0, -1), 0.71] } : m,
      ),
      risks: [
        {
          risk: {
            id: 'R-9',
            title: 'Card numbers written to plain-text debug logs',
            category: 'privacy-security',
            owner: 'Ana Ribeiro',
          },
          score: { residual: { band: 'critical', score: 20 }, overdueMitigations: ['M-12', 'M-13'] },
        },
        ...fraud.risks!,
      ],
    },
  },
};

/** A project that has just started: nothing measured yet, and the widget says so instead of showing empty sections. */
export const EmptyFacts: Story = { args: { facts: emptyProjectFacts() } };

/** Bad facts (a metric value that is not a number): the widget explains inside its frame; the page keeps working. */
export const ErrorState: Story = {
  args: {
    facts: {
      ...fraud,
      metrics: [{ id: 'recall', name: 'Recall', value: Number.NaN, target: 0.85, direction: 'higher' }],
    } as SummaryFacts,
  },
};

/** Markdown, HTML, 200-character and right-to-left names, `__proto__` ids: shown as text, copied as escaped Markdown. */
export const HostileStrings: Story = { args: { facts: hostileProjectFacts(), defaultAudience: 'technical' } };

/** The same project written in French by its team: names and subjects in French, the catalogue replaced, fr-FR numbers and dates. */
export const French: Story = {
  args: { facts: fraudProjectFactsFr(), messages: summaryMessagesFr, locale: 'fr-FR', defaultAudience: 'business' },
};

/** Only the tabs a team uses, in its order. */
export const TwoAudiences: Story = { args: { audiences: ['business', 'executive'], defaultAudience: undefined } };
