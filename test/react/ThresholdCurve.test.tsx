import { precisionRecallCurve, rocCurve } from '@sextant/core';
import { PrecisionRecallCurve, RocCurve, type RocCurveProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';

// scikit-learn's doc example: roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]).
const yTrue = [0, 0, 1, 1];
const yScore = [0.1, 0.4, 0.35, 0.8];
const models = [{ name: 'GBM', yTrue, yScore }];

describeConformance<RocCurveProps>('RocCurve', {
  Component: RocCurve,
  validProps: { title: 'Fraud', models },
  invalidProps: { title: 'Fraud', models: [{ name: 'Broken', yTrue, yScore: [0.1, Number.NaN, 0.3, 0.2] }] },
  accessibleName: 'Fraud',
  errorText: /models\[0\] \(Broken\): yScore\[1\]/,
});

describeConformance<RocCurveProps>('PrecisionRecallCurve', {
  Component: PrecisionRecallCurve,
  validProps: { title: 'Fraud PR', models },
  invalidProps: { title: 'Fraud PR', models: [{ name: 'One class', yTrue: [1, 1], yScore: [0.2, 0.3] }] },
  accessibleName: 'Fraud PR',
  errorText: /models\[0\] \(One class\)/,
});

const status = () => screen.getByRole('status').textContent;

describe('RocCurve', () => {
  it('legend shows the AUC; the read-out starts at the default threshold 0.5', () => {
    render(<RocCurve title="Fraud" models={models} />);
    // roc_auc_score = 0.75.
    expect(screen.getByRole('button', { name: /GBM AUC 0\.750/ })).toBeTruthy();
    // Score ≥ 0.5: only 0.8 → TP 1, FP 0: TPR 50 %, FPR 0 %.
    const rows = within(screen.getByRole('table', { name: /Per model/ })).getAllByRole('row');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0.750', '2', '2', '0.8', '1', '0', '1', '2']);
  });

  it('arrow keys step threshold by threshold, announce, and call onThresholdChange', () => {
    const onThresholdChange = vi.fn();
    render(<RocCurve title="Fraud" models={models} onThresholdChange={onThresholdChange} />);
    const plot = screen.getByRole('application');
    const roc = rocCurve(yTrue, yScore, { dropIntermediate: false });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    // Next threshold 0.4: TP 1, FP 1 (scikit-learn: fpr 0.5, tpr 0.5).
    expect(onThresholdChange).toHaveBeenLastCalledWith(
      0.4,
      expect.objectContaining({ tp: 1, fp: 1, fn: 1, tn: 1, fpr: roc.fpr[2], tpr: roc.tpr[2] }),
    );
    expect(status()).toBe(
      'GBM at threshold 0.4: TPR 50%, FPR 50%; 1 true positives, 1 false positives, 1 false negatives, 1 true negatives',
    );
    fireEvent.keyDown(plot, { key: 'End' });
    expect(onThresholdChange).toHaveBeenLastCalledWith(0.1, expect.objectContaining({ tp: 2, fp: 2 }));
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(onThresholdChange).toHaveBeenLastCalledWith(Infinity, expect.objectContaining({ tp: 0, fp: 0 }));
    expect(status()).toMatch(/^GBM at threshold above every score: TPR 0%, FPR 0%/);
  });

  it('controlled threshold: the point follows the prop', () => {
    const { rerender } = render(<RocCurve title="Fraud" models={models} threshold={0.35} />);
    let cells = within(within(screen.getByRole('table', { name: /Per model/ })).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells[3].textContent).toBe('0.35');
    rerender(<RocCurve title="Fraud" models={models} threshold={0.05} />);
    cells = within(within(screen.getByRole('table', { name: /Per model/ })).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.slice(4).map((c) => c.textContent)).toEqual(['2', '2', '0', '0']);
  });

  it('several models: the legend picks whose point is read out', () => {
    const onActiveModelChange = vi.fn();
    render(
      <RocCurve
        title="Fraud"
        models={[...models, { name: 'Baseline', yTrue, yScore: [0.5, 0.2, 0.6, 0.7] }]}
        onActiveModelChange={onActiveModelChange}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Baseline/ }));
    expect(onActiveModelChange).toHaveBeenCalledWith(1);
    expect(screen.getByRole('button', { name: /Baseline/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('empty models show the empty state', () => {
    render(<RocCurve title="Fraud" models={[]} />);
    expect(screen.getByText('No scored examples to draw yet.')).toBeTruthy();
  });
});

describe('PrecisionRecallCurve', () => {
  it('legend shows the average precision; the read-out gives precision and recall', () => {
    render(<PrecisionRecallCurve title="PR" models={models} defaultThreshold={0.35} />);
    // average_precision_score = 0.8333.
    expect(screen.getByRole('button', { name: /GBM AP 0\.833/ })).toBeTruthy();
    const pr = precisionRecallCurve(yTrue, yScore);
    // Threshold 0.35: precision 2/3, recall 1 (scikit-learn's pr.precision[1], pr.recall[1]).
    expect(pr.precision[1]).toBeCloseTo(2 / 3, 15);
    fireEvent.keyDown(screen.getByRole('application'), { key: 'ArrowLeft' });
    expect(status()).toMatch(/^GBM at threshold 0\.4: precision 50%, recall 50%/);
  });
});
