import type { Meta, StoryObj } from '@storybook/react-vite';
import { SprintBurndown } from '@sextant/react';
import { SPRINT, SPRINT_NOW, sprintBoard14, sprintEstimates } from './data/goals';

const meta = {
  title: 'Widgets/SprintBurndown',
  component: SprintBurndown,
  tags: ['autodocs'],
  args: {
    title: 'Sprint 14 burndown',
    description: 'Fraud team, 11–24 May 2026: read from the Kanban board’s events, cards tagged sprint-14',
    board: sprintBoard14,
    sprint: SPRINT,
    done: 'done',
    tag: 'sprint-14',
    estimates: sprintEstimates,
    now: SPRINT_NOW,
  },
} satisfies Meta<typeof SprintBurndown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Day ten of a two-week sprint: two incidents joined mid-sprint (the scope line rises), one card was dropped. */
export const TwoWeekSprint: Story = {};

/** The same sprint in story points. */
export const Points: Story = { args: { measure: 'points' } };

/** The sprint is over: every day read. */
export const Finished: Story = { args: { now: undefined } };

/** Before the sprint starts: the ideal line only. */
export const NotStarted: Story = { args: { now: '2026-05-10T12:00:00Z' } };

/** A done column the board does not have: the widget says so inside its frame. */
export const ErrorState: Story = { args: { done: 'shipped' } };
