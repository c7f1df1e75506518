/**
 * TimezonePlanner: conformance, rendering of core's planner day (bars, counts, summary, next
 * day with an overlap), the shared grid keyboard model, controlled and uncontrolled
 * selection, the one-stop day picker, members flagged in place, refusals that keep the
 * controls that fix them, and hostile props under server rendering.
 *
 * Expected times are worked out by hand from the zones' offsets on the dates used:
 * 30 March 2026 is the Monday after Europe's change (Berlin UTC+2, Lisbon UTC+1), New York
 * is on EDT (UTC−4) since 8 March, Kathmandu is UTC+5:45 all year.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
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
    members: [{ id: 'rover', timeZone: 'Mars/Olympus_Mons', workHours: { start: '09:00', end: '17:00' } }],
    now: NOW,
  },
  accessibleName: 'Team hours',
  errorText: /members\[0\] \(id "rover"\)\.timeZone is not a time zone this runtime knows/,
  userText: "One team member's time zone isn't recognised: Mars/Olympus_Mons",
});

describe('TimezonePlanner rendering', () => {
  it('shows one row per member with place and local time at `now`', () => {
    render(<Planner />);
    const grid = screen.getByRole('grid', { name: /Working hours on Mon,? 30 Mar 2026, Berlin time/ });
    // 13:40Z is 15:40 in Berlin (UTC+2) and 09:40 in New York (UTC−4).
    expect(within(grid).getByRole('rowheader', { name: /Lena Vogel/ }).textContent).toBe('Lena Vogel 15:40 Mon · Berlin');
    expect(within(grid).getByRole('rowheader', { name: /Jordan Price/ }).textContent).toBe('Jordan Price 09:40 Mon · New York');
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(within(row).getAllByRole('gridcell')).toHaveLength(24);
  });

  it('draws each working span as one bar from its exact start to its exact end', () => {
    render(<Planner />);
    const grid = screen.getByRole('grid');
    const lena = within(grid).getByRole('rowheader', { name: /Lena Vogel/ }).parentElement as HTMLElement;
    const bars = Array.from(lena.querySelectorAll<HTMLElement>('.sextant-timezone-planner__span[data-kind="working"]'));
    // Lena 08:30–17:00 Berlin: one bar from 8.5/24 to 17/24 of the strip.
    expect(bars).toHaveLength(1);
    expect(bars[0].style.getPropertyValue('--tzp-l')).toBe((8.5 / 24).toFixed(5));
    expect(bars[0].style.getPropertyValue('--tzp-r')).toBe((17 / 24).toFixed(5));
    // The 08:00 cell is half covered: working at its midpoint, flagged as partial.
    const c8 = screen.getByRole('gridcell', { name: 'Lena Vogel, 08:00: working' });
    expect(c8.dataset.partial).toBe('true');
    expect(screen.getByRole('gridcell', { name: 'Lena Vogel, 09:00: working' }).dataset.partial).toBeUndefined();
    // Berlin 00:00 is 18:00 on Sunday in New York; Berlin 08:00 is 02:00 there, at night.
    expect(screen.getByRole('gridcell', { name: /^Jordan Price, 18:00 Sun,? 29 Mar: outside hours$/ })).toBeTruthy();
    expect(screen.getByRole('gridcell', { name: 'Jordan Price, 02:00: night' }).dataset.status).toBe('night');
  });

  it('handles :45 zones: Kathmandu 09:00 starts at 03:15 UTC, a quarter into the 03:00 UTC hour', () => {
    render(
      <Planner
        timeZone="UTC"
        members={[{ id: 'sita', name: 'Sita', timeZone: 'Asia/Kathmandu', workHours: { start: '09:00', end: '17:00' } }]}
      />,
    );
    const bar = document.querySelector<HTMLElement>('.sextant-timezone-planner__span[data-kind="working"]');
    expect(bar?.style.getPropertyValue('--tzp-l')).toBe((3.25 / 24).toFixed(5));
    const sita = screen.getByRole('gridcell', { name: 'Sita, 08:45: working' });
    expect([sita.dataset.text, sita.dataset.minutes]).toEqual(['8', ':45']);
  });

  it('states the overlap of everyone and counts who is available each hour', () => {
    render(<Planner />);
    // New York 09:00 EDT = 15:00 Berlin; Lena stops at 17:00.
    expect(screen.getByText('Everyone is in working hours 15:00–17:00 Berlin time (2 h).')).toBeTruthy();
    expect(screen.getByRole('gridcell', { name: '15:00–16:00: 2 of 2 in working hours' }).dataset.level).toBe('all');
    expect(screen.getByRole('gridcell', { name: '14:00–15:00: 1 of 2 in working hours' }).dataset.level).toBe('most');
    expect(screen.getByRole('gridcell', { name: '07:00–08:00: 0 of 2 in working hours' }).dataset.level).toBe('none');
    expect(screen.getByRole('gridcell', { name: '15:00–16:00: 2 of 2 in working hours' }).textContent).toBe('2');
  });

  it('lists suggested times once each, with the rule that ranks them in one line', () => {
    render(<Planner />);
    const list = screen.getByRole('region', { name: 'Suggested 30 min meetings' });
    expect(within(list).getByText('Ranked by least time outside working hours; a night hour counts 3×.')).toBeTruthy();
    const first = within(list).getAllByRole('listitem')[0];
    expect(within(first).getByRole('button', { name: /^15:00–15:30 Berlin Everyone in hours$/ })).toBeTruthy();
    expect(first.textContent).toContain('Lena Vogel 15:00–15:30');
    expect(first.textContent).toContain('Jordan Price 09:00–09:30');
  });

  it('outlines a suggestion on the grid while it is pointed at or focused', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    const preview = () => document.querySelectorAll('.sextant-timezone-planner__preview');
    expect(preview()).toHaveLength(0);
    const second = screen.getByRole('button', { name: /^15:30–16:00 Berlin/ });
    await user.hover(second);
    // One mark per row: the hour axis, two members and the Available row; 15:30 Berlin = 15.5/24 of the strip.
    expect(preview()).toHaveLength(4);
    expect((preview()[0] as HTMLElement).style.getPropertyValue('--tzp-l')).toBe((15.5 / 24).toFixed(5));
    await user.unhover(second);
    expect(preview()).toHaveLength(0);
    act(() => second.focus());
    expect(preview()).toHaveLength(4);
  });

  it('when never everyone works together, says so once and keeps the most people in hours', () => {
    render(
      <Planner title="Evaluation sync" members={noOverlap} timeZone="UTC" now="2026-04-14T16:00:00Z" defaultDate="2026-04-14" />,
    );
    expect(
      screen.getByText(
        /^No hour on Tue,? 14 Apr 2026 has all 3 people in working hours\. The times below keep the most people in hours\.$/,
      ),
    ).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Suggested 30 min meetings' });
    for (const b of within(list).getAllByRole('button')) expect(b.textContent).toMatch(/1 of 3 outside hours/);
    // No "Outside hours: …" sentence repeating the people list.
    expect(within(list).queryByText(/^Outside hours: /)).toBeNull();
  });

  it('on a day nobody works it says so, ranks nothing and offers the next day with an overlap', async () => {
    const user = userEvent.setup();
    const onDateChange = vi.fn();
    render(<Planner defaultDate="2026-04-04" onDateChange={onDateChange} />);
    expect(screen.getByText(/^Nobody on the team works on Sat,? 4 Apr 2026\.$/)).toBeTruthy();
    expect(screen.queryAllByRole('button', { pressed: false }).filter((b) => /Berlin/.test(b.textContent ?? ''))).toHaveLength(0);
    expect(screen.getByText(/No 30 min slot on Sat,? 4 Apr 2026 has enough people/)).toBeTruthy();
    const offer = screen.getByRole('button', { name: /^Show Mon,? 6 Apr 2026/ });
    offer.focus();
    await user.click(offer);
    expect(onDateChange).toHaveBeenLastCalledWith('2026-04-06');
    expect(screen.getByText(/^Everyone is in working hours 15:00–17:00 Berlin time/)).toBeTruthy();
    // The offer button is gone; focus went to the date control, not to <body>.
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
    expect(document.activeElement?.className).toContain('sextant-timezone-planner__date');
    expect(live()).toMatch(/^Mon,? 6 Apr 2026$/);
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

describe('TimezonePlanner keyboard navigation (shared useRovingGrid)', () => {
  it('one tab stop at the overlap, arrows/Home/End move, short announcements', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    await user.tab(); // the date control: the day picker is one tab stop
    expect(document.activeElement?.className).toContain('sextant-timezone-planner__date');
    await user.tab(); // the grid
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: working' }));
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 16:00: working' }));
    expect(live()).toBe('16:00–17:00, 2 of 2 free');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: '16:00–17:00: 2 of 2 in working hours' }));
    await user.keyboard('{ArrowUp}{ArrowUp}{End}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 23:00: night' }));
    expect(live()).toBe('23:00–24:00, 0 of 2 free');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('gridcell', { name: 'Lena Vogel, 00:00: night' }));
    await user.tab();
    expect(document.activeElement?.closest('[role="grid"]')).toBeNull();
  });

  it('Enter selects the focused hour; onValueChange gets its start as an ISO instant', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Planner onValueChange={onValueChange} />);
    screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: working' }).focus();
    await user.keyboard('{ArrowRight}{Enter}');
    // 16:00 Berlin (UTC+2) = 14:00Z.
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-30T14:00:00.000Z');
    const cells = screen.getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true');
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Lena Vogel, 16:00: working',
      'Jordan Price, 10:00: working',
      '16:00–17:00: 2 of 2 in working hours',
    ]);
    expect(live()).toBe('Selected 16:00–17:00, 2 of 2 in hours');
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toMatch(/Mon,? 30 Mar 2026, 16:00–16:30 Berlin/);
    expect(panel.textContent).toContain('Jordan Price 10:00–10:30');
  });

  it('a click selects the hour too', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<Planner onValueChange={onValueChange} />);
    await user.click(screen.getByRole('gridcell', { name: 'Jordan Price, 03:00: night' }));
    // Berlin 09:00 = 07:00Z.
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-30T07:00:00.000Z');
    expect(screen.getByRole('region', { name: 'Selected meeting' }).textContent).toMatch(/Jordan Price 03:00–03:30night/);
  });
});

describe('TimezonePlanner selection', () => {
  it('uncontrolled: defaultValue, picking a suggestion, clearing (focus kept in the widget)', async () => {
    const user = userEvent.setup();
    render(<Planner defaultValue="2026-03-30T13:30:00Z" />);
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toContain('15:30–16:00 Berlin');
    const pick = screen.getByRole('button', { name: /^16:00–16:30 Berlin/ });
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    await user.click(pick);
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    expect(panel.textContent).toContain('16:00–16:30 Berlin');
    await user.click(within(panel).getByRole('button', { name: 'Clear' }));
    expect(panel.textContent).toContain('Pick an hour');
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    // The Clear button disappeared: focus is on the grid's tab stop, never <body>.
    expect(document.activeElement?.getAttribute('role')).toBe('gridcell');
    expect(live()).toBe('Selection cleared');
  });

  it('shows the selected slot in a bar that stays in view', () => {
    render(<Planner defaultValue="2026-03-30T13:00:00Z" />);
    const bar = document.querySelector('.sextant-timezone-planner__bar') as HTMLElement;
    expect(bar.textContent).toMatch(/^15:00–15:30 Berlin time Mon,? 30 Mar 2026✓ Everyone in hoursClear$/);
  });

  it('controlled: reports the change and shows only what the host passes back', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<Planner value={null} onValueChange={onValueChange} />);
    const pick = screen.getByRole('button', { name: /^15:00–15:30 Berlin/ });
    await user.click(pick);
    expect(onValueChange).toHaveBeenCalledWith('2026-03-30T13:00:00.000Z');
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    rerender(<Planner value="2026-03-30T13:00:00.000Z" onValueChange={onValueChange} />);
    expect(screen.getByRole('button', { name: /^15:00–15:30 Berlin/ }).getAttribute('aria-pressed')).toBe('true');
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
    expect(screen.getByRole('gridcell', { name: 'Lena Vogel, 15:00: working' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('TimezonePlanner day picker', () => {
  const dateButton = () => document.querySelector<HTMLButtonElement>('.sextant-timezone-planner__date') as HTMLButtonElement;

  it('is one tab stop in the heading’s date format; arrows change the day, Home goes to today', async () => {
    const user = userEvent.setup();
    const onDateChange = vi.fn();
    render(<Planner onDateChange={onDateChange} />);
    const group = screen.getByRole('group', { name: 'Day shown' });
    expect(
      within(group)
        .getAllByRole('button')
        .filter((b) => b.tabIndex !== -1),
    ).toEqual([dateButton()]);
    expect(dateButton().textContent).toBe(screen.getByText(/^Mon,? 30 Mar 2026$/, { selector: 'strong' }).textContent);
    dateButton().focus();
    await user.keyboard('{ArrowRight}');
    expect(onDateChange).toHaveBeenLastCalledWith('2026-03-31');
    expect(screen.getByRole('grid', { name: /Tue,? 31 Mar 2026/ })).toBeTruthy();
    expect(document.activeElement).toBe(dateButton());
    expect(live()).toMatch(/^Tue,? 31 Mar 2026$/);
    await user.keyboard('{Home}');
    expect(onDateChange).toHaveBeenLastCalledWith('2026-03-30');
  });

  it('the pointer buttons step a day; Today disappears without dropping focus', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    expect(screen.queryByRole('button', { name: 'Today' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next day' }));
    expect(screen.getByRole('grid', { name: /Tue,? 31 Mar 2026/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(screen.getByRole('grid', { name: /Mon,? 30 Mar 2026/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Today' })).toBeNull();
    expect(document.activeElement).toBe(dateButton());
  });

  it('the date field opened from the button jumps to any day', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    await user.click(dateButton());
    const input = screen.getByLabelText<HTMLInputElement>('Pick a date');
    expect(document.activeElement).toBe(input);
    // jsdom cannot type into a date input segment by segment; a change event is what the browser sends.
    fireEvent.change(input, { target: { value: '2026-03-20' } });
    // Before Europe's change Berlin is UTC+1 while New York is already on EDT: a 3-hour overlap.
    expect(screen.getByText('Everyone is in working hours 14:00–17:00 Berlin time (3 h).')).toBeTruthy();
  });

  it('the day of a DST change has 23 hours and says so', async () => {
    const user = userEvent.setup();
    render(<Planner />);
    await user.click(screen.getByRole('button', { name: 'Previous day' }));
    const grid = screen.getByRole('grid', { name: /Sun,? 29 Mar 2026/ });
    for (const row of within(grid).getAllByRole('row')) expect(within(row).getAllByRole('gridcell')).toHaveLength(23);
    expect(within(grid).getByRole('gridcell', { name: '01:00–03:00: 0 of 2 in working hours' })).toBeTruthy();
    expect(screen.getByText(/Clocks change on this day in Berlin \(UTC\+01:00 → UTC\+02:00\)\./)).toBeTruthy();
    expect(screen.getByText('This day has 23 hours in Berlin time.')).toBeTruthy();
  });
});

describe('TimezonePlanner refusals and flagged members', () => {
  it('a member core refuses is flagged in place with a plain sentence; the others are planned', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Planner members={[pair[0], { ...pair[1], workHours: { start: '9am', end: '17:00' } }]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    const flagged = screen.getByRole('list', { name: 'Not shown' });
    expect(flagged.textContent).toContain("One team member's start of work isn't a time like 09:00: 9am");
    expect(flagged.querySelector('details')?.textContent).toContain(`members[1] (id "jordan").workHours.start must be 'HH:mm'`);
    expect(
      within(screen.getByRole('grid'))
        .getAllByRole('rowheader')
        .map((r) => r.textContent?.split(' ')[0]),
    ).toEqual(['Lena', 'Available']);
    expect(err).toHaveBeenCalledTimes(1);
    err.mockRestore();
  });

  it('an unknown reference zone: UNKNOWN_TIME_ZONE in the error state', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Planner timeZone="Atlantis/Capital" />);
    expect(screen.getByRole('alert').getAttribute('data-code')).toBe('UNKNOWN_TIME_ZONE');
    expect(screen.getByText("The time zone isn't recognised: Atlantis/Capital")).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('a bad `now` or `value` is named as the prop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { unmount } = render(<Planner now="yesterday" />);
    // Core's one message for instants (internal/instant.ts), naming the prop.
    expect(screen.getByRole('alert').textContent).toMatch(/now "yesterday" is not an instant/);
    unmount();
    render(<Planner value="2026-03-30T13:00" />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /value "2026-03-30T13:00" is not an instant: it has a time but no 'Z' or offset/,
    );
    vi.restoreAllMocks();
  });

  it('no members: EMPTY_INPUT, said plainly', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Planner members={[]} />);
    expect(screen.getByRole('alert').getAttribute('data-code')).toBe('EMPTY_INPUT');
    expect(screen.getByText('There are no team members to show yet.')).toBeTruthy();
    vi.restoreAllMocks();
  });

  for (const bad of ['0099-01-01', '9999-12-31']) {
    it(`a date of ${bad} shows the error and keeps the day picker, so an uncontrolled planner recovers`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const user = userEvent.setup();
      render(<Planner defaultDate={bad} />);
      expect(screen.getByRole('alert').textContent).toContain(`The date isn't one that can be shown: ${bad}`);
      const group = screen.getByRole('group', { name: 'Day shown' });
      expect(within(group).getByRole('button', { name: 'Previous day' }).hasAttribute('disabled')).toBe(true);
      await user.click(within(group).getByRole('button', { name: 'Today' }));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByRole('grid', { name: /Mon,? 30 Mar 2026/ })).toBeTruthy();
      vi.restoreAllMocks();
    });
  }
});

describe('TimezonePlanner hostile props never throw out of server rendering', () => {
  const ssr = (props: Partial<TimezonePlannerProps>) =>
    renderToString(<TimezonePlanner title="Team hours" members={pair} now={NOW} defaultDate="2026-03-30" {...props} />);

  it('a member with an object location is flagged; the page renders', () => {
    const html = ssr({ members: [pair[0], { ...pair[1], location: { city: 'NYC' } as unknown as string }] });
    expect(html).toContain('Lena Vogel');
    expect(html).toContain('One team member&#x27;s place isn&#x27;t text.');
  });

  it.each([
    ['an object title', { title: { text: 'x' } as unknown as string }, 'title must be a string'],
    ['an object description', { description: ['x'] as unknown as string }, 'description must be a string'],
    ['a string style', { style: 'color: red' as unknown as object }, 'style must be an object'],
    ['a bad headingLevel', { headingLevel: 9 as unknown as 3 }, 'headingLevel must be one of 1, 2, 3, 4, 5, 6'],
    ['members not an array', { members: 'everyone' as unknown as PlannerMember[] }, 'members must be an array'],
    ['a null member', { members: [null as unknown as PlannerMember] }, 'members[0] must be a member object'],
    ['a date of year 0099', { defaultDate: '0099-01-01' }, 'date must be a'],
    ['a date of year 9999', { date: '9999-12-31' }, 'date must be a'],
    ['now past the Date range', { now: 8.64e15 + 1 }, 'now must be an instant'],
    ['an object timeZone', { timeZone: {} as unknown as string }, 'timeZone'],
    ['a string durationMinutes', { durationMinutes: '60' as unknown as number }, 'durationMinutes'],
    ['an object value', { value: {} as unknown as string }, 'value'],
    ['hostile messages', { messages: { everyoneFree: 42 } as unknown as Record<string, string> }, 'Everyone is in working hours'],
  ])('%s', (_what, props, text) => {
    const html = ssr(props as Partial<TimezonePlannerProps>);
    expect(html).toContain('sextant-timezone-planner');
    expect(html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'")).toContain(text);
  });

  it('hostile strings render as text: 200-character name, RTL, __proto__, <script>', () => {
    const members: PlannerMember[] = [
      {
        id: '__proto__',
        name: 'x'.repeat(200),
        location: '<script>alert(1)</script>',
        timeZone: 'Europe/Berlin',
        workHours: { start: '09:00', end: '17:00' },
      },
      { id: 'constructor', name: 'نور', timeZone: 'Africa/Cairo', workHours: { start: '09:00', end: '17:00' } },
    ];
    const html = ssr({ members });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('نور');
    render(<Planner members={members} />);
    expect(screen.getAllByRole('row')).toHaveLength(3 + 3); // grid rows (2 + Available) and table rows (header + 2)
  });
});

describe('TimezonePlanner on core’s planner API', () => {
  it('scores a selected start off the minute grid like any other', () => {
    // 01:00:30Z: Berlin 03:00:30 (CEST, night), New York 21:00:30 on Sunday (EDT).
    render(<Planner defaultValue="2026-03-30T01:00:30Z" />);
    const panel = screen.getByRole('region', { name: 'Selected meeting' });
    expect(panel.textContent).toMatch(/Mon,? 30 Mar 2026, 03:00–03:30 Berlin/);
    expect(within(panel).getByText(/^2 of 2 outside hours/)).toBeTruthy();
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
    const cell = screen.getByRole('gridcell', { name: /^Rima, 01:00 Sun,? 29 Mar: night$/ });
    expect(cell.dataset.col).toBe('22');
    expect(cell.dataset.newDay).toBe('true');
    expect(cell.dataset.text).toBe('Sun');
    expect(screen.getByText(/Clocks change on this day in Beirut \(UTC\+02:00 → UTC\+03:00\)\./)).toBeTruthy();
  });
});
