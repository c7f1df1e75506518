import { type Risk } from '@sextant/core';
import { RiskMatrix, type RiskMatrixProps } from '@sextant/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';

const register: Risk[] = [
  {
    id: 'R1',
    title: 'Fraud patterns shift',
    category: 'model-drift',
    likelihood: 4,
    impact: 5,
    owner: 'Maya',
    mitigations: [
      { id: 'M1', title: 'Drift report', status: 'done', reduces: { likelihood: 1 } },
      { id: 'M2', title: 'Retraining', status: 'in-progress', due: '2026-06-15' },
    ],
  },
  { id: 'R2', title: 'Regional decline gap', category: 'bias', likelihood: 3, impact: 5, owner: 'Aisha' },
  { id: 'R3', title: 'Late labels', category: 'data-quality', likelihood: 3, impact: 5 },
];

describeConformance<RiskMatrixProps>('RiskMatrix', {
  Component: RiskMatrix,
  validProps: { title: 'Risks', risks: register, today: '2026-06-30' },
  invalidProps: { title: 'Risks', risks: register, bands: { low: 9, medium: 4, high: 16 } },
  accessibleName: 'Risks',
  errorText: /options\.bands must be increasing limits/,
});

describe('RiskMatrix', () => {
  it('places residual markers, a ghost at the inherent cell, and flags overdue mitigations', () => {
    render(<RiskMatrix title="Risks" risks={register} today="2026-06-30" />);
    // R1: inherent 4 × 5, residual 3 × 5 after M1; M2 due 2026-06-15 is overdue.
    const r1 = screen.getByRole('button', {
      name: /^R1 Fraud patterns shift, High, down from Likely × Severe, 1 overdue mitigation$/,
    });
    const cell = r1.closest('[role="gridcell"]') as HTMLElement;
    expect([cell.dataset.row, cell.dataset.col, cell.dataset.band, cell.dataset.count]).toEqual(['2', '4', 'high', '3']);
    expect(r1.hasAttribute('data-overdue')).toBe(true);
    const ghostCell = document.querySelector('[data-row="1"][data-col="4"]') as HTMLElement;
    expect(ghostCell.querySelector('.sextant-risk-matrix__ghost')?.textContent).toBe('R1');
    // The table lists every risk, worst residual first (all 15: R1 first by overdue count).
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'R1 Fraud patterns shift',
      'R2 Regional decline gap',
      'R3 Late labels',
    ]);
  });

  it('keyboard: one tab stop, arrows move between cells, Enter steps in, arrows between markers, Escape out', async () => {
    const user = userEvent.setup();
    const onRiskClick = vi.fn();
    render(<RiskMatrix title="Risks" risks={register} today="2026-06-30" onRiskClick={onRiskClick} />);
    await user.tab(); // category select
    await user.tab(); // owner select
    await user.tab(); // checkbox
    await user.tab(); // grid
    const focused = () => document.activeElement as HTMLElement;
    expect(focused().getAttribute('role')).toBe('gridcell');
    expect([focused().dataset.row, focused().dataset.col]).toEqual(['0', '0']);
    await user.keyboard('{ArrowDown}{ArrowDown}{End}');
    expect([focused().dataset.row, focused().dataset.col]).toEqual(['2', '4']);
    expect(focused().textContent).toMatch(/^Possible × Severe, High \(15\): 3 risks/);
    await user.keyboard('{Enter}');
    expect(focused().getAttribute('aria-label')).toMatch(/^R1 /);
    await user.keyboard('{ArrowRight}');
    expect(focused().getAttribute('aria-label')).toMatch(/^R2 /);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused().getAttribute('aria-label')).toMatch(/^R3 /);
    await user.keyboard('{Enter}');
    expect(onRiskClick).toHaveBeenCalledWith(expect.objectContaining({ id: 'R3' }));
    // The read-out names the focused risk.
    expect(document.querySelector('.sextant-risk-matrix__readout')?.textContent).toMatch(
      /^R3 Late labels — Possible × Severe, High 15/,
    );
    await user.keyboard('{Escape}');
    expect(focused().getAttribute('role')).toBe('gridcell');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect([focused().dataset.row, focused().dataset.col]).toEqual(['0', '0']);
    // Still one tab stop in the grid.
    expect(document.querySelectorAll('[role="grid"] [tabindex="0"]')).toHaveLength(1);
  });

  it('filters by category and owner and announces the count', async () => {
    const user = userEvent.setup();
    const onOwnerChange = vi.fn();
    render(<RiskMatrix title="Risks" risks={register} onOwnerChange={onOwnerChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'bias');
    expect(screen.getAllByRole('button', { name: /^R\d/ }).map((b) => b.textContent)).toEqual(['R2']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 risks');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), '(no owner)');
    expect(onOwnerChange).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole('button', { name: /^R\d/ }).map((b) => b.textContent)).toEqual(['R3']);
  });

  it('flags a malformed risk in place and renders the others; keeps hostile names as text', () => {
    const risks = [
      ...register,
      { id: 'R9', title: 'Bad', category: 'model-drift', likelihood: 7, impact: 1 } as Risk,
      {
        id: '__proto__',
        title: '<script>alert(1)</script>',
        category: 'bias',
        likelihood: 1,
        impact: 1,
        owner: 'constructor',
      } as Risk,
    ];
    render(<RiskMatrix title="Risks" risks={risks} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/1 risk could not be placed/);
    expect(note.textContent).toMatch(/R9: risks\[3\]\.likelihood must be an integer 1–5; got 7/);
    expect(screen.getAllByRole('button', { name: /^(R\d|__proto__)/ })).toHaveLength(4);
    expect(screen.getByText('<script>alert(1)</script>', { exact: false })).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('option', { name: 'constructor' })).toBeTruthy();
  });
});
