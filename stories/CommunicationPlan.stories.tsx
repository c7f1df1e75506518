import type { Meta, StoryObj } from '@storybook/react-vite';
import { CommunicationPlan } from '@sextant/react';
import { defaultStakeholderGroups, summaryMessagesFr } from '@sextant/core';
import { globalTeam } from './data/teams';

const groups = defaultStakeholderGroups({
  executive: ['lena', 'omar'],
  technical: ['ana', 'kenji', 'wayan', 'weiling', 'maya'],
  business: ['lena', 'ana', 'omar'],
  legal: ['lena'],
});

const meta = {
  title: 'Widgets/CommunicationPlan',
  component: CommunicationPlan,
  tags: ['autodocs'],
  args: { groups, members: globalTeam, from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z' },
} satisfies Meta<typeof CommunicationPlan>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The guide's default plan for the fraud project's stakeholders over four weeks: executive
 * sponsors and business users every two weeks, the technical team weekly (Lisbon to Vancouver,
 * so someone is always outside hours and the awkward slot rotates), legal every four weeks.
 */
export const DefaultPlan: Story = {};

/** A period shorter than a cadence: the groups say there is no update in it. */
export const ShortPeriod: Story = { args: { to: '2026-11-20T00:00:00Z' } };

/** A group naming someone who is not in the team: the widget explains inside its frame. */
export const ErrorState: Story = {
  args: {
    groups: [{ id: 'exec', name: 'Executive sponsors', cadence: 'biweekly', channel: 'Call', memberIds: ['lena', 'nobody'] }],
  },
};

/** In French, with fr-FR dates. */
export const French: Story = {
  args: {
    groups: defaultStakeholderGroups({ executive: ['lena', 'omar'], legal: ['lena'] }, { messages: summaryMessagesFr }),
    messages: summaryMessagesFr,
    locale: 'fr-FR',
  },
};
