import { MetricsTable, type MetricsTableProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';

const rows = [
  { run: 'r1', model: 'bert', f1: 0.81, p95: 48 },
  { run: 'r2', model: 'llama', f1: 0.88, p95: 420 },
  { run: 'r3', model: 'logreg', f1: 0.74, p95: 6 },
  { run: '__proto__', model: 'bert', f1: 0.88, p95: null },
];
const columns: MetricsTableProps['columns'] = [
  { id: 'run', header: 'Run' },
  { id: 'model', header: 'Model' },
  { id: 'f1', header: 'F1', direction: 'higher' },
  { id: 'p95', header: 'p95', direction: 'lower', format: 'milliseconds' },
];

describeConformance<MetricsTableProps>('MetricsTable', {
  Component: MetricsTable,
  validProps: { title: 'Runs', rows, columns },
  invalidProps: {
    title: 'Runs',
    rows: [
      { run: 'a', f1: Number.NaN },
      { run: 'b', f1: Infinity },
    ],
    columns,
  },
  accessibleName: 'Runs',
  errorText: /rows\[1\]\.f1 must be a finite number/,
});

const bodyRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((r) => r.firstElementChild?.textContent);

describe('MetricsTable', () => {
  it('marks the best value per metric, direction-aware, ties included', () => {
    render(<MetricsTable title="Runs" rows={rows} columns={columns} />);
    const best = Array.from(document.querySelectorAll('[data-best]')).map((c) => c.textContent);
    // F1: 0.88 twice (higher is better); p95: 6 ms (lower is better); the missing p95 is not best.
    expect(best).toEqual(['0.88★ (best)', '6 ms★ (best)', '0.88★ (best)']);
  });

  it('sorts by header click and reports the sorting; missing values sort last', () => {
    const onSortingChange = vi.fn();
    render(<MetricsTable title="Runs" rows={rows} columns={columns} onSortingChange={onSortingChange} />);
    fireEvent.click(screen.getByRole('button', { name: /^p95/ }));
    expect(onSortingChange).toHaveBeenLastCalledWith([{ id: 'p95', desc: false }]);
    expect(firstCells()).toEqual(['r3', 'r1', 'r2', '__proto__']);
    expect(screen.getByRole('columnheader', { name: /p95/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters by text and hides columns', () => {
    render(<MetricsTable title="Runs" rows={rows} columns={columns} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rows' }), { target: { value: 'bert' } });
    expect(firstCells()).toEqual(['r1', '__proto__']);
    expect(screen.getByText('2 of 4 rows')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Model' }));
    expect(screen.queryByRole('columnheader', { name: /Model/ })).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Run' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('the filter box reads "Filter rows" with a short hint by default; messages reword both', () => {
    const { unmount } = render(<MetricsTable title="Runs" rows={rows} columns={columns} />);
    const box = screen.getByRole('searchbox', { name: 'Filter rows' }) as HTMLInputElement;
    expect(box.placeholder).toBe('Type to filter');
    unmount();
    render(
      <MetricsTable
        title="Runs"
        rows={rows}
        columns={columns}
        messages={{ filterLabel: 'Find a run', filterPlaceholder: 'Run or model' }}
      />,
    );
    expect((screen.getByRole('searchbox', { name: 'Find a run' }) as HTMLInputElement).placeholder).toBe('Run or model');
  });

  it('exports the visible rows and columns as formula-safe CSV', () => {
    const onExport = vi.fn();
    render(
      <MetricsTable
        title="Runs"
        rows={[...rows, { run: '=cmd()', model: 'x', f1: 0.5, p95: 1 }]}
        columns={columns}
        onExport={onExport}
        defaultHidden={['model']}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExport).toHaveBeenCalledWith(
      "Run,F1,p95\r\nr1,0.81,48\r\nr2,0.88,420\r\nr3,0.74,6\r\n__proto__,0.88,\r\n'=cmd(),0.5,1\r\n",
    );
  });

  it('arrow keys move the focused cell (roving tabindex)', () => {
    render(<MetricsTable title="Runs" rows={rows} columns={columns} />);
    const cells = () => Array.from(document.querySelectorAll<HTMLElement>('[role="gridcell"]'));
    expect(cells().filter((c) => c.tabIndex === 0)).toHaveLength(1);
    cells()[0].focus();
    fireEvent.keyDown(cells()[0], { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('1:3');
    expect(document.activeElement?.textContent).toBe('420 ms');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End', ctrlKey: true });
    expect(document.activeElement?.getAttribute('data-cell')).toBe('3:3');
  });

  it('empty rows show the empty state', () => {
    render(<MetricsTable title="Runs" rows={[]} columns={columns} />);
    expect(screen.getByText('No runs to compare yet.')).toBeTruthy();
  });
});
