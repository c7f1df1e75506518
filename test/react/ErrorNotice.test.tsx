import { SextantError } from '@sextant/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowIssue, screenRows, WidgetFrame } from '@sextant/react';

const zoneError = new SextantError(
  'UNKNOWN_TIME_ZONE',
  'members[1] (id "ola").timeZone is not a time zone this runtime knows: "Olympus/Mons"',
  { argument: 'members[1] (id "ola").timeZone', value: 'Olympus/Mons' },
);

afterEach(() => vi.restoreAllMocks());

describe('WidgetFrame error state', () => {
  it('shows a sentence for people, the technical message behind a closed disclosure, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <WidgetFrame widget="test" title="Team hours" error={zoneError}>
        body
      </WidgetFrame>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText("Team hours can't be shown")).toBeTruthy();
    expect(within(alert).getByText("One team member's time zone isn't recognised: Olympus/Mons")).toBeTruthy();
    const details = alert.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('members[1] (id "ola").timeZone is not a time zone');
    expect(details.textContent).toContain('UNKNOWN_TIME_ZONE');
    await userEvent.click(within(alert).getByText('Technical details'));
    expect(details.open).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toBe(`[Sextant] test: ${zoneError.message}`);
    expect(log.mock.calls[0][1]).toBe(zoneError);
  });

  it('takes the host’s sentences, key by key', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <WidgetFrame
        widget="test"
        title="Team hours"
        error={zoneError}
        errorMessages={{ 'UNKNOWN_TIME_ZONE:members.timeZone': 'Zeitzone unbekannt: {value}', DETAILS: 'Einzelheiten' }}
      />,
    );
    expect(screen.getByText('Zeitzone unbekannt: Olympus/Mons')).toBeTruthy();
    expect(screen.getByText('Einzelheiten')).toBeTruthy();
  });

  it('says something plain for an error that is not a refusal', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<WidgetFrame widget="test" error={new TypeError("Cannot read properties of undefined (reading 'x')")} />);
    expect(screen.getByText('Something went wrong while preparing this view.')).toBeTruthy();
    expect(screen.getByText("This view can't be shown")).toBeTruthy();
  });

  it('keeps actionsOnError (the controls that can fix the error) and hides the other actions', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <WidgetFrame
        widget="test"
        title="T"
        error={zoneError}
        actions={<button>export</button>}
        actionsOnError={<button>pick a day</button>}
      />,
    );
    expect(screen.getByRole('button', { name: 'pick a day' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'export' })).toBeNull();
  });
});

describe('screenRows and RowIssue', () => {
  const check = (n: number, i: number) => {
    if (n < 0) throw new SextantError('INVALID_VALUE', `values[${i}] is negative`, { argument: `values[${i}]`, value: n });
  };

  it('keeps the good rows in order and lists the bad ones with their index', () => {
    const r = screenRows([1, -2, 3, -4], check);
    expect(r.ok).toEqual([1, 3]);
    expect(r.okIndices).toEqual([0, 2]);
    expect(r.problems.map((p) => p.index)).toEqual([1, 3]);
    expect(r.problemCount).toBe(2);
  });

  it('caps the problems it keeps but counts them all', () => {
    const r = screenRows(
      Array.from({ length: 500 }, () => -1),
      check,
      { maxProblems: 3 },
    );
    expect(r.problems).toHaveLength(3);
    expect(r.problemCount).toBe(500);
  });

  it('refuses a non-array with INVALID_OPTION naming the argument', () => {
    let caught: unknown;
    try {
      screenRows({ length: 1e9 } as unknown as number[], check, { argument: 'members' });
    } catch (e) {
      caught = e;
    }
    expect((caught as SextantError).code).toBe('INVALID_OPTION');
    expect((caught as SextantError).message).toBe('members must be an array');
  });

  it('flags one row in place with a sentence, details and a console line', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ul>
        <li>Ana</li>
        <li>
          <RowIssue
            widget="test"
            error={zoneError}
            name="Ola"
            messages={{ 'UNKNOWN_TIME_ZONE:members.timeZone': "{name}'s time zone isn't recognised: {value}" }}
          />
        </li>
        <li>Kenji</li>
      </ul>,
    );
    expect(screen.getByText("Ola's time zone isn't recognised: Olympus/Mons")).toBeTruthy();
    expect(screen.getByText('Ana')).toBeTruthy();
    expect(screen.getByText('Kenji')).toBeTruthy();
    expect(screen.getByText('Details')).toBeTruthy();
    expect(log).toHaveBeenCalledTimes(1);
  });
});
