/**
 * TimezonePlanner: conformance, rendering of core's schedule model, keyboard navigation
 * across hours, controlled and uncontrolled selection, the day picker and the refusals.
 *
 * Expected times are worked out by hand from the zones' offsets on the dates used:
 * 30 March 2026 is the Monday after Europe's change (Berlin UTC+2, Lisbon UTC+1), New York
 * is on EDT (UTC−4) since 8 March, Kathmandu is UTC+5:45 all year.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SextantProvider, TimezonePlanner, type PlannerMember, type TimezonePlannerProps } from '@sextant/react';
import { describeConformance } from '../support/conformance';

const pair: PlannerMember[] = [
  { id: 'lena', name: 'Lena Vogel', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' } },
  {
    id: 'jordan',
    name: 'Jordan Price',
    location: 'New York',
    timeZone: 'America/New_York',
    workHours: { start: '09:00', end: '17:30' },
  },
];
const NOW = '2026-03-30T13:40:00Z';

const noOverlap: PlannerMember[] = [
  { id: 'sam', name: 'Sam Okafor', timeZone: 'America/Vancouver', workHours: { start: '09:00', end: '17:00' } },
  {
    id: 'priya',
    name: 'Priya Nair',
    location: 'Bengaluru',
    timeZone: 'Asia/Kolkata',
    workHours: { start: '09:30', end: '18:00' },
  },
  { id: 'tama', name: 'Tama Ngata', timeZone: 'Pacific/Auckland', workHours: { start: '08:00', end: '16:30' } },
];

function Planner(props: Partial<TimezonePlannerProps>) {
  return (
    <SextantProvider locale="en-GB">
      <TimezonePlanner title="Weekly 1:1" members={pair} now={NOW} defaultDate="2026-03-30" durationMinutes={30} {...props} />
    </SextantProvider>
  );
}

const live = () => document.querySelector('.sextant-timezone-planner__live')?.textContent ?? '';

describeConformance<TimezonePlannerProps>('TimezonePlanner', {
  Component: TimezonePlanner,
  validProps: { title: 'Team hours', members: pair, now: NOW, defaultDate: '2026-03-30' },
  invalidProps: {
    title: 'Team hours',
    members: [...pair, { id: 'rover', timeZone: 'Mars/Olympus_Mons', workHours: { start: '09:00', end: '17:00' } }],
    now: NOW,
  },
  accessibleName: 'Team hours',
  errorText: /members\[2\] \(id "rover"\)\.timeZone is not a time zone this runtime knows/,
  userText: "One team member's time zone isn't recognised: Mars/Olympus_Mons",
});

describe('TimezonePlanner rendering', () => {
  it('shows one row per member with place and local time at `now`', () => {
    render(<Planner />);
    const grid = screen.getByRole('grid', { name: /Working hours on Mon,? 30 Mar 2026, Berlin time/ });
    // 13:40Z is 15:40 in Berlin (UTC+2) and 09:40 in New York (UTC−4).
    expect(within(grid).getByRole('rowheader', { name: /Lena Vogel/ }).textContent).toBe('Lena Vogel Berlin · 15:40 Mon');
    expect(within(grid).getByRole('rowheader', { name: /Jordan Price/ }).textContent).toBe('Jordan Price New York · 09:40 Mon');
    // Two members and the availability row (the hour axis is drawn for the eye only), 24 hours each.
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(within(row).getAllByRole('gridcell')).toHaveLength(24);
  });

  it('colours each hour by the member’s status, quarter by quarter where it changes inside the hour', () => {
    render(<Planner />);
    // Lena: 08:30–17:00 Berlin. The 08:00 cell is working at its midpoint, but its first half is not.
    const lena8 = screen.getByRole('gridcell', { name: 'Lena Vogel, 08:00: in working hours' });
    expect(lena8.dataset.status).toBe('working');
    expect(lena8.dataset.mixed).toBe('true');
    expect(screen.getByRole('gridcell', { name: 'Lena Vogel, 17:00: outside working hours' }).dataset.status).toBe('outside');
    // Berlin 00:00 is 18:00 on Sunday in New York; Berlin 08:00 is 02:00 there, at night.
    expect(screen.getByRole('gridcell', { name: /^Jordan Price, 18:00 Sun,? 29 Mar: outside working hours$/ })).toBeTruthy();
    expect(screen.getByRole('gridcell', { name: 'Jordan Price, 02:00: outside working hours, night' }).dataset.status).toBe(
      'night',
    );
    // Jordan works 15:00–23:30 Berlin time: the 23:00 cell is half working, outside at its midpoint.
    const j23 = screen.getByRole('gridcell', { name: 'Jordan Price, 17:00: outside working hours' });
    expect(j23.dataset.mixed).toBe('true');
  });

  it('handles :45 zones: Kathmandu 09:00 starts at 03:15 UTC, a quarter into the 03:00 UTC hour', () => {
    render(
      <Planner
        timeZone="UTC"
        members={[{ id: 'sita', name: 'Sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } }]}
      />,
    );
    const cell = screen.getByRole('gridcell', { name: 'Sita, 08:45: in working hours' });
    expect(cell.dataset.mixed).toBe('true');
    expect(cell.style.getPropertyValue('--sextant-tzp-fill')).toMatch(
      /^linear-gradient\(90deg, var\(--sextant-tzp-outside\) 0.00% 25.00%, var\(--sextant-tzp-working\) 25.00% 50.00%/,
    );
  });

  it('states the overlap of everyone and counts who is available each hour', () => {
    render(<Planner />);
    // New York 09:00 EDT = 15:00 Berlin; Lena stops at 17:00.
    expect(screen.getByText('Everyone is in working hours 15:00–17:00 Berlin time (2 h).')).toBeTruthy();
    expect(screen.getByRole('gridcell', { name: '15:00–16:00: 2 of 2 in working hours' }).dataset.level).toBe('all');
    expect(screen.getByRole('gridcell', { name: '14:00–15:00: 1 of 2 in working hours' }).dataset.level).toBe('most');
    expect(screen.getByRole('gridcell', { name: '07:00–08:00: 0 of 2 in working hours' }).dataset.level).toBe('none');
  });

  it('lists suggested times with each person’s local time', () => {
    render(<Planner />);
    const list = screen.getByRole('region', { name: 'Suggested 30 min meetings' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(within(first).getByRole('button', { name: /15:00–15:30 Berlin time Everyone in hours/ })).toBeTruthy();
    expect(first.textContent).toContain('Lena Vogel 15:00–15:30');
    expect(first.textContent).toContain('Jordan Price 09:00–09:30');
  });

  it('when no hour has everyone in hours, says so and shows the best partial options', () => {
    render(
      <Planner title="Evaluation sync" members={noOverlap} timeZone="UTC" now="2026-04-14T16:00:00Z" defaultDate="2026-04-14" />,
    );
    expect(
      screen.getByText(
        /^No hour on Tue,? 14 Apr 2026 has all 3 people in working hours\. The best partial options are listed below\.$/,
      ),
    ).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Suggested 30 min meetings' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.length).toBe(3);
    for (const b of buttons) expect(b.textContent).toMatch(/of 3 outside hours$/);
    expect(within(list).getAllByText(/^Outside hours: /)).toHaveLength(3);
  });

  it('has a text alternative: a table of every member’s hours on the day', () => {
    render(<Planner />);
    const table = screen.getByRole('table', { name: /Team hours on Mon,? 30 Mar 2026, working times in Berlin time/ });
    const row = within(table).getByRole('row', { name: /Jordan Price/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['New York, America/New_York (UTC-04:00)', '09:40 Mon, working', '09:00–17:30', '15:00–23:30']);
  });
});

describe('TimezonePlanner keyboard navigation', () => {
  it('moves the focused hour with the arrow keys, Home and End, and reads out everyone’s local time', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    await user.tab(); // previous day
    await user.tab(); // date
    await user.tab(); // next day
    await user.tab(); // the grid: one tab stop, at the start of the overlap
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: in working hours' }));
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 16:00: in working hours' }));
    expect(live()).toMatch(
      /^16:00–17:00 Berlin time, Mon,? 30 Mar 2026: 2 of 2 in working hours\. Lena Vogel 16:00 in working hours; Jordan Price 10:00 in working hours\.$/,
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Jordan Price, 10:00: in working hours' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: '16:00–17:00: 2 of 2 in working hours' }));
    await user.keyboard('{ArrowDown}'); // stays on the last row
    expect(document.activeElement?.getAttribute('aria-label')).toBe('16:00–17:00: 2 of 2 in working hours');
    await user.keyboard('{ArrowUp}{ArrowUp}{End}');
    expect(document.activeElement).toBe(
      screen.getByRole('gridcell', { name: 'Lena Vogel, 23:00: outside working hours, night' }),
    );
    expect(live()).toMatch(/^23:00–24:00 Berlin time/);
    await user.keyboard('{ArrowRight}'); // stays on the last hour
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Lena Vogel, 23:00: outside working hours, night');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(
      screen.getByRole('gridcell', { name: 'Lena Vogel, 00:00: outside working hours, night' }),
    );
    // Tab leaves the grid: the next stop is after it.
    await user.tab();
    expect(document.activeElement?.closest('[role="grid"]')).toBeNull();
  });

  it('Enter selects the focused hour; onValueChange gets its start as an ISO instant', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Planner onValueChange={onValueChange} />);
    screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: in working hours' }).focus();
    await user.keyboard('{ArrowRight}{Enter}');
    // 16:00 Berlin (UTC+2) = 14:00Z.
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-30T14:00:00.000Z');
    const cells = screen.getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true');
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Lena Vogel, 16:00: in working hours',
      'Jordan Price, 10:00: in working hours',
      '16:00–17:00: 2 of 2 in working hours',
    ]);
    expect(live()).toMatch(/^Selected 16:00–17:00 Berlin time\./);
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toMatch(/Mon,? 30 Mar 2026, 16:00–16:30 Berlin time/);
    expect(panel.textContent).toContain('Jordan Price 10:00–10:30');
  });

  it('a click selects the hour too', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Planner onValueChange={onValueChange} />);
    await user.click(screen.getByRole('gridcell', { name: 'Jordan Price, 03:00: outside working hours, night' }));
    // Berlin 09:00 = 07:00Z.
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-30T07:00:00.000Z');
    expect(screen.getByRole('region', { name: 'Selected meeting' }).textContent).toMatch(/Jordan Price 03:00–03:30night/);
  });
});

describe('TimezonePlanner selection', () => {
  it('uncontrolled: defaultValue, picking a suggestion, clearing', async () => {
    const user = userEvent.setup();
    render(<Planner defaultValue="2026-03-30T13:30:00Z" />);
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toContain('15:30–16:00 Berlin time');
    const pick = screen.getByRole('button', { name: /^16:00–16:30 Berlin time/ });
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    await user.click(pick);
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    expect(panel.textContent).toContain('16:00–16:30 Berlin time');
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(panel.textContent).toContain('Pick an hour');
    expect(pick.getAttribute('aria-pressed')).toBe('false');
  });

  it('controlled: reports the change and shows only what the host passes back', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<Planner value={null} onValueChange={onValueChange} />);
    const pick = screen.getByRole('button', { name: /^15:00–15:30 Berlin time/ });
    await user.click(pick);
    expect(onValueChange).toHaveBeenCalledWith('2026-03-30T13:00:00.000Z');
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    rerender(<Planner value="2026-03-30T13:00:00.000Z" onValueChange={onValueChange} />);
    expect(screen.getByRole('button', { name: /^15:00–15:30 Berlin time/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('controlled in a host component: grid selection and the host state agree', async () => {
    const user = userEvent.setup();
    function Host() {
      const [v, setV] = useState<string | null>(null);
      return (
        <>
          <Planner value={v} onValueChange={setV} />
          <output aria-label="host value">{v ?? 'none'}</output>
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('gridcell', { name: '15:00–16:00: 2 of 2 in working hours' }));
    expect(screen.getByRole('status', { name: 'host value' }).textContent).toBe('2026-03-30T13:00:00.000Z');
    expect(screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: in working hours' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });
});

describe('TimezonePlanner day picker', () => {
  it('moves a day at a time, back to today, and reports the change', async () => {
    const user = userEvent.setup();
    const onDateChange = vi.fn();
    render(<Planner onDateChange={onDateChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('Date');
    expect(input.value).toBe('2026-03-30');
    expect(screen.queryByRole('button', { name: 'Today' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(input.value).toBe('2026-03-31');
    expect(onDateChange).toHaveBeenLastCalledWith('2026-03-31');
    expect(screen.getByRole('grid', { name: /Tue,? 31 Mar 2026/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(input.value).toBe('2026-03-30');
  });

  it('the day of a DST change has 23 hours and says so; a weekend has no common hour', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    await user.click(screen.getByRole('button', { name: 'Previous day' }));
    const grid = screen.getByRole('grid', { name: /Sun,? 29 Mar 2026/ });
    // Berlin skips 02:00–03:00 on 29 March 2026: 23 hours, and the hour after 01:00 is 03:00.
    for (const row of within(grid).getAllByRole('row')) expect(within(row).getAllByRole('gridcell')).toHaveLength(23);
    expect(within(grid).getByRole('gridcell', { name: '01:00–03:00: 0 of 2 in working hours' })).toBeTruthy();
    expect(within(grid).getByRole('gridcell', { name: 'Lena Vogel, 03:00: outside working hours, night' }).dataset.col).toBe('2');
    expect(
      screen.getByText(/Clocks change on this day in Berlin \(UTC\+01:00 → UTC\+02:00\); it has 23 hours in Berlin time\./),
    ).toBeTruthy();
    expect(screen.getByText(/No hour on Sun,? 29 Mar 2026 has both people in working hours/)).toBeTruthy();
  });

  it('a date input change shows that day', () => {
    render(<Planner />);
    // jsdom cannot type into a date input segment by segment; a change event is what the browser sends.
    fireEvent.change(screen.getByLabelText<HTMLInputElement>('Date'), { target: { value: '2026-03-20' } });
    // Before Europe's change Berlin is UTC+1 while New York is already on EDT: a 3-hour overlap.
    expect(screen.getByText('Everyone is in working hours 14:00–17:00 Berlin time (3 h).')).toBeTruthy();
  });
});

describe('TimezonePlanner refusals', () => {
  it('malformed work hours: core’s message and code inside the widget', () => {
    render(<Planner members={[pair[0], { ...pair[1], workHours: { start: '9am', end: '17:00' } }]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(`members[1] (id "jordan").workHours.start must be 'HH:mm' in 00:00–23:59; got "9am"`);
    expect(alert.getAttribute('data-code')).toBe('INVALID_OPTION');
  });

  it('an unknown zone: UNKNOWN_TIME_ZONE', () => {
    render(<Planner timeZone="Atlantis/Capital" />);
    expect(screen.getByRole('alert').getAttribute('data-code')).toBe('UNKNOWN_TIME_ZONE');
  });

  it('a bad `now` or `value` is named as the prop', () => {
    const { unmount } = render(<Planner now="yesterday" />);
    // Core's one message for instants (internal/instant.ts), naming the prop.
    expect(screen.getByRole('alert').textContent).toMatch(/now "yesterday" is not an instant/);
    unmount();
    render(<Planner value="2026-03-30T13:00" />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /value "2026-03-30T13:00" is not an instant: it has a time but no 'Z' or offset/,
    );
  });

  it('no members: EMPTY_INPUT', () => {
    render(<Planner members={[]} />);
    expect(screen.getByRole('alert').getAttribute('data-code')).toBe('EMPTY_INPUT');
  });
});

describe('TimezonePlanner on core’s day and meeting API', () => {
  it('scores a selected start off the minute grid like any other', () => {
    // 01:00:30Z: Berlin 03:00:30 (CEST, night), New York 21:00:30 on Sunday (EDT): nobody is at work, so no
    // work-hour boundary lands on this start; core's evaluateMeeting scores it all the same.
    render(<Planner defaultValue="2026-03-30T01:00:30Z" />);
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toMatch(/Mon,? 30 Mar 2026, 03:00–03:30 Berlin time/);
    expect(within(panel).getByText('2 of 2 outside hours')).toBeTruthy();
    expect(panel.textContent).toContain('Lena Vogel 03:00–03:30night');
    expect(panel.textContent).toMatch(/Jordan Price Sun,? 21:00–21:30outside hours/);
  });

  it('marks the new local day where a DST gap skips midnight', () => {
    // Beirut skips 2026-03-29 00:00–01:00 (UTC+2 → +3 at 22:00Z on the 28th): on a UTC axis the 22:00Z hour
    // is Beirut's 01:00 on Sunday, the first hour of that date.
    render(
      <Planner
        timeZone="UTC"
        defaultDate="2026-03-28"
        members={[pair[0], { id: 'rima', name: 'Rima', timeZone: 'Asia/Beirut', workHours: { start: '09:00', end: '17:00' } }]}
      />,
    );
    const cell = screen.getByRole('gridcell', { name: /^Rima, 01:00 Sun,? 29 Mar: outside working hours, night$/ });
    expect(cell.dataset.col).toBe('22');
    expect(cell.dataset.newDay).toBe('true');
    expect(cell.dataset.text).toBe('Sun');
    expect(screen.getByText(/Clocks change on this day in Beirut \(UTC\+02:00 → UTC\+03:00\)\./)).toBeTruthy();
  });
});
