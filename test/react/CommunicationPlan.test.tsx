/**
 * CommunicationPlan: conformance, each group's cadence and channel, every member's local time
 * per update, out-of-hours marked in text, the empty period, French.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommunicationPlan, type CommunicationPlanProps } from '@sextant/react';
import { defaultStakeholderGroups, summaryMessagesFr, type TeamMember } from '@sextant/core';
import { describeConformance } from '../support/conformance';

const WEEK = [1, 2, 3, 4, 5];
const members: TeamMember[] = [
  { id: 'cto', name: 'Dana', timeZone: 'Europe/London', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  { id: 'pm', name: 'Ravi', timeZone: 'Asia/Kolkata', workHours: { start: '09:30', end: '18:00' }, workDays: WEEK },
  { id: 'ml', name: 'Maya', timeZone: 'America/Vancouver', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
];
const range = { from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z' };
const groups = defaultStakeholderGroups({ executive: ['cto', 'pm'], technical: ['ml', 'pm'] });

describeConformance<CommunicationPlanProps>('CommunicationPlan', {
  Component: CommunicationPlan,
  validProps: { groups, members, ...range, title: 'Who hears what' },
  invalidProps: { groups: [{ ...groups[0], memberIds: ['cto', 'nobody'] }], members, ...range, title: 'Who hears what' },
  accessibleName: 'Who hears what',
  errorText: 'groups[0].memberIds[1] "nobody" is not in options.members',
});

describe('CommunicationPlan', () => {
  it('lists each group with its cadence, channel and every member’s local time', () => {
    render(<CommunicationPlan groups={groups} members={members} {...range} />);
    expect(screen.getByRole('region', { name: 'Communication plan' })).toBeTruthy();
    const exec = screen.getByRole('region', { name: 'Executive sponsors' });
    expect(
      within(exec).getByText('Every two weeks · 30 min · Written executive summary and a 30-minute review call'),
    ).toBeTruthy();
    expect(within(exec).getByText('Every update falls in everyone’s working hours.')).toBeTruthy();
    const rows = within(exec).getAllByRole('row');
    // Header + two fortnightly updates; London and Kolkata (UTC+5:30) share 09:00–12:30 London time.
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['DanaEurope/London', 'RaviAsia/Kolkata']);
    const [london, kolkata] = within(rows[1]).getAllByRole('cell');
    const hm = (s: string) => /(\d\d):(\d\d)/.exec(s)!.slice(1).map(Number);
    const [lh, lm] = hm(london.textContent!);
    const [kh, km] = hm(kolkata.textContent!);
    expect(lh * 60 + lm + 330).toBe(kh * 60 + km);
    expect(lh * 60 + lm).toBeGreaterThanOrEqual(9 * 60);

    const tech = screen.getByRole('region', { name: 'Technical team' });
    // Vancouver and Kolkata never overlap: an hour at 20:00 in Vancouver, marked in text.
    expect(within(tech).getAllByRole('row')).toHaveLength(5);
    expect(within(tech).getAllByText('60 min outside working hours')).toHaveLength(4);
    expect(within(tech).getByText(/^Some updates fall outside working hours for Maya; the awkward slots rotate\.$/)).toBeTruthy();
  });

  it('says when the period is shorter than the cadence, and speaks French', () => {
    const { unmount } = render(
      <CommunicationPlan groups={groups} members={members} from={range.from} to="2026-11-19T00:00:00Z" />,
    );
    expect(screen.getAllByText('No update falls in this period (it is shorter than the cadence).')).toHaveLength(2);
    unmount();
    render(
      <CommunicationPlan
        groups={defaultStakeholderGroups({ executive: ['cto', 'pm'] }, { messages: summaryMessagesFr })}
        members={members}
        {...range}
        messages={summaryMessagesFr}
        locale="fr-FR"
      />,
    );
    expect(screen.getByRole('region', { name: 'Plan de communication' })).toBeTruthy();
    expect(screen.getByText(/^Toutes les deux semaines · 30 min · /)).toBeTruthy();
    expect(within(screen.getAllByRole('row')[1]).getAllByRole('cell')[0].textContent).toMatch(
      /^[a-z]{3}\. \d+ nov\., \d\d:\d\d$/,
    );
  });
});
