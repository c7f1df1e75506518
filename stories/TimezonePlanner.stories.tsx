import type { Meta, StoryObj } from '@storybook/react-vite';
import { TimezonePlanner } from '@sextant/react';
import { useState } from 'react';
import { fortyTeam, globalNow, globalTeam, hostileTeam, noOverlapTeam, pairTeam } from './data/teams';

const meta = {
  title: 'Widgets/TimezonePlanner',
  component: TimezonePlanner,
  tags: ['autodocs'],
  args: {
    title: 'Model platform team',
    description: 'Eight people in eight cities; Europe moved to summer time on Sunday 29 March.',
    members: globalTeam,
    now: globalNow,
    defaultDate: '2026-03-30',
  },
} satisfies Meta<typeof TimezonePlanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Lisbon, Kyoto, Bali, Berlin, Singapore, Vancouver, Dubai and Sydney in the week of a DST
 * change. No hour has all eight at work, so the widget ranks the best partial options; step
 * back to Sunday to see the 23-hour day.
 */
export const GlobalTeamDstWeek: Story = {};

/** The day Europe's clocks go forward: 23 hours in Lisbon time, and the widget says so. */
export const DstChangeDay: Story = {
  args: {
    defaultDate: '2026-03-29',
    now: '2026-03-29T12:00:00Z',
    description: 'Sunday 29 March 2026: clocks go forward in Europe.',
  },
};

/** Three people whose working hours never meet: the widget says so and lists the fairest partial options. */
export const NoCommonHour: Story = {
  args: {
    title: 'Evaluation sync',
    description: 'Vancouver, Bengaluru and Auckland.',
    members: noOverlapTeam,
    timeZone: 'UTC',
    now: '2026-04-14T16:00:00Z',
    defaultDate: '2026-04-14',
  },
};

/** Two people: the afternoon overlap between Berlin and New York. */
export const TwoPeople: Story = {
  args: {
    title: 'Weekly 1:1',
    description: undefined,
    members: pairTeam,
    now: '2026-03-30T13:40:00Z',
    defaultDate: '2026-03-30',
    durationMinutes: 30,
  },
};

/** Forty people across Europe, Africa, the Middle East and South Asia, with :30 and :45 zones. */
export const FortyPeople: Story = {
  args: {
    title: 'Data labelling guild',
    description: 'Forty people in thirty-odd cities.',
    members: fortyTeam,
    now: '2026-03-30T10:05:00Z',
    defaultDate: '2026-03-30',
    defaultValue: '2026-03-30T09:00:00.000Z',
  },
};

/** Controlled selection: the host keeps the meeting start and shows it outside the widget. */
export const Controlled: Story = {
  render: function Render(args) {
    const [start, setStart] = useState<string | null>('2026-03-30T07:00:00.000Z');
    const [date, setDate] = useState('2026-03-30');
    return (
      <div style={{ display: 'grid', gap: '0.75rem' }}>
        <TimezonePlanner {...args} value={start} onValueChange={setStart} date={date} onDateChange={setDate} />
        <p style={{ margin: 0 }}>
          Host state: <code>{start ?? 'nothing selected'}</code> on <code>{date}</code>
        </p>
      </div>
    );
  },
};

/** A Saturday: nobody works, so nothing is ranked; the planner says so and offers Monday. */
export const Weekend: Story = {
  args: {
    defaultDate: '2026-04-04',
    now: '2026-04-04T10:00:00Z',
    description: 'Saturday 4 April 2026: nobody on the team works.',
  },
};

/** One member with an unknown zone is flagged in place; the other two are planned as usual. */
export const FlaggedMember: Story = {
  args: {
    title: 'Team hours',
    description: undefined,
    members: [
      ...pairTeam,
      { id: 'olympus', name: 'Rover ops', timeZone: 'Mars/Olympus_Mons', workHours: { start: '09:00', end: '17:00' } },
    ],
    now: '2026-03-30T13:40:00Z',
    defaultDate: '2026-03-30',
  },
};

/** Malformed work hours are flagged on that member, naming the field, while the rest render. */
export const MalformedWorkHours: Story = {
  args: {
    title: 'Team hours',
    description: undefined,
    members: [pairTeam[0], { ...pairTeam[1], workHours: { start: '9am', end: '17:00' } }],
    now: '2026-03-30T13:40:00Z',
    defaultDate: '2026-03-30',
  },
};

/** A day the planner cannot show (year 9999's last days): the error says so and the day picker stays to step back. */
export const ErrorState: Story = {
  args: {
    title: 'Team hours',
    description: undefined,
    members: pairTeam,
    now: '2026-03-30T13:40:00Z',
    defaultDate: '9999-12-31',
  },
};

/** No members yet. */
export const Empty: Story = {
  args: { title: 'Team hours', description: undefined, members: [], now: '2026-03-30T13:40:00Z' },
};

/** Hostile strings: a 200-character name, right-to-left names and places, `__proto__` ids, markup — all plain text. */
export const HostileStrings: Story = {
  args: {
    title: 'Team hours',
    description: undefined,
    members: hostileTeam,
    now: '2026-03-30T10:00:00Z',
    defaultDate: '2026-03-30',
  },
};
