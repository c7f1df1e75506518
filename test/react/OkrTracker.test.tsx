import type { Objective } from '@sextant/core';
import { OkrTracker, type OkrSelection, type OkrTrackerProps } from '@sextant/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';

const period = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }; // 90 days
const NOW = '2026-02-15T00:00:00Z'; // 45 days in: 50 % expected

const objectives: Objective[] = [
  {
    id: 'quality',
    title: 'Catch more fraud',
    owner: 'Amara',
    period,
    keyResults: [
      {
        id: 'f1',
        title: 'F1 to 0.90',
        metric: 'f1',
        baseline: 0.8,
        target: 0.9,
        direction: 'higher',
        history: [
          { at: '2026-01-01T00:00:00Z', value: 0.8 },
          { at: '2026-01-31T00:00:00Z', value: 0.83 },
        ],
      },
      { id: 'dqi', title: 'Data quality to 95', metric: 'dqi', baseline: 85, target: 95, direction: 'higher' },
    ],
  },
  {
    id: 'speed',
    title: 'Decide faster',
    period,
    keyResults: [
      { id: 'p95', title: 'p95 to 120 ms', metric: 'p95', baseline: 200, target: 120, direction: 'lower', unit: 'ms' },
    ],
  },
];
// f1: 0.85 → 50 % (on track); dqi 86 → 10 % (at risk: < 40 %); p95 200 → 0 % after a third (off track).
const values = { f1: 0.85, dqi: 86, p95: 200 };

describeConformance<OkrTrackerProps>('OkrTracker', {
  Component: OkrTracker,
  validProps: { title: 'OKRs', objectives, values, now: NOW },
  invalidProps: { title: 'OKRs', objectives, values: { f1: 0.85 }, now: NOW },
  accessibleName: 'OKRs',
  errorText: /dqi/,
});

const options = () => screen.getAllByRole('option');

describe('OkrTracker', () => {
  it('shows each key result with its bar, expected marker, status in words and icon, grouped by objective', () => {
    const { container } = render(<OkrTracker title="OKRs" objectives={objectives} values={values} now={NOW} />);
    const lists = screen.getAllByRole('listbox');
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual([
      'Key results of Catch more fraud',
      'Key results of Decide faster',
    ]);
    // Each option is named by its visible text (axe: label-content-name-mismatch), parts kept apart.
    expect(options()).toEqual([
      screen.getByRole('option', { name: 'F1 to 0.90 On track 0.85 50% done 50% expected by now' }),
      screen.getByRole('option', { name: 'Data quality to 95 At risk 86 10% done 50% expected by now' }),
      screen.getByRole('option', { name: 'p95 to 120 ms Off track 200 ms 0% done 50% expected by now' }),
    ]);
    expect(options().map((o) => o.dataset.status)).toEqual(['on-track', 'at-risk', 'off-track']);
    const fills = container.querySelectorAll<HTMLElement>('.sextant-okr-tracker__fill');
    expect(Array.from(fills, (f) => parseFloat(f.style.width))).toEqual([expect.closeTo(50, 9), expect.closeTo(10, 9), 0]);
    const markers = container.querySelectorAll<HTMLElement>('.sextant-okr-tracker__expected');
    expect(Array.from(markers, (m) => m.style.left)).toEqual(['50%', '50%', '50%']);
    // Only the F1 key result has two readings: a forecast marker at 100 % (0.8 + 0.03 · 90 / 30 = 0.89 → 90 %).
    const forecast = container.querySelectorAll<HTMLElement>('.sextant-okr-tracker__forecast');
    expect(forecast).toHaveLength(1);
    expect(parseFloat(forecast[0].style.left)).toBeCloseTo(90, 9);
    // Status is words and an icon, not colour alone.
    const status = within(options()[2]).getByText('Off track');
    expect(status.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    expect(screen.getByText('Owner: Amara')).toBeTruthy();
  });

  it('has a text alternative table with every figure', () => {
    render(<OkrTracker title="OKRs" objectives={objectives} values={values} now={NOW} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children, (c) => c.textContent))).toEqual([
      [
        'Catch more fraud',
        'F1 to 0.90',
        '0.85',
        '0.9',
        '50% done',
        '50% expected by now',
        'On track. Progress keeps pace with the time elapsed.',
        'Forecast 0.89 by Mar 31, 2026 (short of the target)',
      ],
      [
        'Catch more fraud',
        'Data quality to 95',
        '86',
        '95',
        '10% done',
        '50% expected by now',
        'At risk. Progress trails the time elapsed.',
        'No forecast: fewer than two readings',
      ],
      [
        'Decide faster',
        'p95 to 120 ms',
        '200 ms',
        '120 ms',
        '0% done',
        '50% expected by now',
        'Off track. No progress from the baseline after a third of the period.',
        'No forecast: fewer than two readings',
      ],
    ]);
  });

  it('keyboard: one tab stop, arrows across objectives, Home/End, focus shows the details', async () => {
    const user = userEvent.setup();
    const onSelectedChange = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <OkrTracker title="OKRs" objectives={objectives} values={values} now={NOW} onSelectedChange={onSelectedChange} />
      </>,
    );
    expect(options().map((o) => o.tabIndex)).toEqual([0, -1, -1]);
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(document.activeElement).toBe(options()[0]);
    expect(onSelectedChange).toHaveBeenLastCalledWith({ objectiveId: 'quality', keyResultId: 'f1' });
    const details = screen.getByRole('group', { name: 'Key result details' });
    expect(within(details).getByRole('heading', { name: 'F1 to 0.90' })).toBeTruthy();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(options()[2]);
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
    expect(options()[2].getAttribute('aria-describedby')).toBe(details.id);
    expect(within(details).getByText('No progress from the baseline after a third of the period.')).toBeTruthy();
    expect(onSelectedChange).toHaveBeenLastCalledWith({ objectiveId: 'speed', keyResultId: 'p95' });
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(options()[0]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(options()[2]);
    await user.keyboard('{ArrowDown}'); // no wrap
    expect(document.activeElement).toBe(options()[2]);
    await user.tab();
    expect(options().map((o) => o.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('selection is controlled or uncontrolled', async () => {
    const user = userEvent.setup();
    function Host() {
      const [sel, setSel] = useState<OkrSelection | null>({ objectiveId: 'quality', keyResultId: 'dqi' });
      return (
        <>
          <OkrTracker title="OKRs" objectives={objectives} values={values} now={NOW} selected={sel} onSelectedChange={setSel} />
          <output>{sel ? sel.keyResultId : 'none'}</output>
          <button type="button" onClick={() => setSel(null)}>
            clear
          </button>
        </>
      );
    }
    render(<Host />);
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    await user.click(options()[2]);
    expect(screen.getByRole('status').textContent).toBe('p95');
    await user.click(screen.getByRole('button', { name: 'clear' }));
    expect(options().every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(screen.getByText(/Focus or select a key result/)).toBeTruthy();
  });

  it('a controlled selection the host declines stays put', async () => {
    const user = userEvent.setup();
    render(
      <OkrTracker
        title="OKRs"
        objectives={objectives}
        values={values}
        now={NOW}
        selected={{ objectiveId: 'speed', keyResultId: 'p95' }}
        onSelectedChange={() => {}}
      />,
    );
    await user.click(options()[0]);
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
  });

  it('empty, overridable messages, and hostile strings rendered as text', () => {
    const { rerender } = render(<OkrTracker title="OKRs" objectives={[]} values={{}} now={NOW} />);
    expect(screen.getByText('No objectives for this period yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    rerender(
      <OkrTracker
        title="OKRs"
        objectives={objectives}
        values={values}
        now={NOW}
        messages={{ statusLabels: { 'on-track': 'En bonne voie', 'at-risk': 'À risque', 'off-track': 'Hors piste' } }}
      />,
    );
    expect(within(options()[0]).getByText('En bonne voie')).toBeTruthy();
    const hostile: Objective[] = [
      {
        id: '__proto__',
        title: '<script>alert(1)</script>',
        period,
        keyResults: [{ id: 'constructor', title: 'خفض زمن', metric: 'toString', baseline: 0, target: 1, direction: 'higher' }],
      },
    ];
    rerender(
      <OkrTracker
        title="OKRs"
        objectives={hostile}
        values={JSON.parse('{"toString": 0.5}') as Record<string, number>}
        now={NOW}
      />,
    );
    expect(screen.getAllByText('<script>alert(1)</script>').length).toBeGreaterThan(0);
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('option', { name: 'خفض زمن On track 0.5 50% done 50% expected by now' })).toBe(options()[0]);
  });

  it('bad props show an error in the frame, naming the key result', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<OkrTracker title="OKRs" objectives={'nope' as never} values={values} now={NOW} />);
    expect(screen.getByRole('alert').textContent).toMatch(/objectives/);
  });
});
