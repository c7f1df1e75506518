import { fairnessChartModel, metricFrame, selectionRate } from '@sextant/core';
import { FairnessChart, type FairnessChartProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';

// Selection rates by hand: a 3/4 = 75 %, b 1/4 = 25 %, __proto__ 2/4 = 50 %.
const sensitiveFeatures = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', '__proto__', '__proto__', '__proto__', '__proto__'];
const yPred = [1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0];
const yTrue = yPred.map(() => 1);
const props = {
  title: 'Approval',
  metric: selectionRate,
  metricName: 'Approval rate',
  yTrue,
  yPred,
  sensitiveFeatures,
  nBoot: 100,
};

describeConformance<FairnessChartProps>('FairnessChart', {
  Component: FairnessChart,
  validProps: props,
  invalidProps: { ...props, sensitiveFeatures: ['a'] },
  accessibleName: 'Approval',
  errorText: /length/,
});

const rowKeys = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getByRole('rowheader').textContent);

describe('FairnessChart', () => {
  it('values, intervals and the gap come from core; the __proto__ group survives', () => {
    render(<FairnessChart {...props} />);
    const m = fairnessChartModel(selectionRate, yTrue, yPred, { sensitiveFeatures, nBoot: 100 });
    expect(metricFrame(selectionRate, yTrue, yPred, { sensitiveFeatures }).byGroup.__proto__).toBe(0.5);
    // Sorted by value, descending.
    expect(rowKeys()).toEqual(['a', '__proto__', 'b', 'Overall']);
    const a = m.groups.find((g) => g.key === 'a')!;
    const cells = within(within(screen.getByRole('table')).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '75%',
      `${Math.round(a.lower * 1000) / 10}%`,
      `${Math.round(a.upper * 1000) / 10}%`,
      '4',
    ]);
    expect(screen.getByText(/^Largest gap: approval rate is 50% apart between a and b/)).toBeTruthy();
  });

  it('sorts by group and flips direction (uncontrolled), reporting the sort', () => {
    const onSortChange = vi.fn();
    render(<FairnessChart {...props} onSortChange={onSortChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'group' } });
    expect(onSortChange).toHaveBeenLastCalledWith({ by: 'group', direction: 'desc' });
    // Group order is metricFrame's (sorted by code point: '__proto__' < 'a' < 'b'), reversed.
    expect(rowKeys()).toEqual(['b', 'a', '__proto__', 'Overall']);
    fireEvent.click(screen.getByRole('button', { name: /Descending/ }));
    expect(rowKeys()).toEqual(['__proto__', 'a', 'b', 'Overall']);
  });

  it('arrow keys move between groups and announce them', () => {
    render(<FairnessChart {...props} />);
    const plot = screen.getByRole('application');
    fireEvent.keyDown(plot, { key: 'ArrowDown' });
    expect(screen.getByRole('status').textContent).toMatch(/^__proto__: Approval rate 50% \(95% interval .* to .*\), 4 rows$/);
    fireEvent.keyDown(plot, { key: 'End' });
    expect(screen.getByRole('status').textContent).toMatch(/^b: Approval rate 25%/);
  });

  it('empty input shows the empty state', () => {
    render(<FairnessChart {...props} yTrue={[]} yPred={[]} sensitiveFeatures={[]} />);
    expect(screen.getByText('No predictions to compare yet.')).toBeTruthy();
  });
});
