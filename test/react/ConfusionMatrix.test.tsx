import { confusionMatrix } from '@sextant/core';
import { ConfusionMatrix, type ConfusionMatrixProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance } from '../support/conformance';
import { distinctAbbreviations } from '../../packages/react/src/widgets/ConfusionMatrix/labels';

const yTrue = ['cat', 'cat', 'cat', 'dog', 'dog', 'fox'];
const yPred = ['cat', 'cat', 'dog', 'dog', 'cat', 'fox'];

describeConformance<ConfusionMatrixProps>('ConfusionMatrix', {
  Component: ConfusionMatrix,
  validProps: { title: 'Pets', yTrue, yPred },
  invalidProps: { title: 'Pets', labels: ['a', 'b'], matrix: [[1, 2], [3]] },
  accessibleName: 'Pets',
  errorText: /matrix\[1\] must have 2 entries/,
});

function plot() {
  return screen.getByRole('application');
}

describe('ConfusionMatrix', () => {
  it('hidden table holds the counts and margins (counts from confusionMatrix)', () => {
    render(<ConfusionMatrix title="Pets" yTrue={yTrue} yPred={yPred} />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    // Header, 3 classes, precision row.
    expect(rows).toHaveLength(5);
    const cm = confusionMatrix(yTrue, yPred).matrix;
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([...cm[0].map(String), '66.7%']);
    // Precision of cat: 2 of the 3 predicted cats.
    expect(within(rows[4]).getAllByRole('cell')[0].textContent).toBe('66.7%');
  });

  it('switches to the recall view (uncontrolled) and reports it', () => {
    const onNormalizeChange = vi.fn();
    const { container } = render(
      <ConfusionMatrix title="Pets" yTrue={yTrue} yPred={yPred} onNormalizeChange={onNormalizeChange} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Recall %' }));
    expect(onNormalizeChange).toHaveBeenCalledWith('true');
    expect(container.firstElementChild?.getAttribute('data-view')).toBe('true');
    expect(screen.getByRole('button', { name: 'Recall %' }).getAttribute('aria-pressed')).toBe('true');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(rows[2]).getAllByRole('cell')[0].textContent).toBe('50%');
  });

  it('arrow keys, Home and End move the active cell; the read-out follows; Enter clicks', () => {
    const onCellClick = vi.fn();
    render(<ConfusionMatrix title="Pets" yTrue={yTrue} yPred={yPred} onCellClick={onCellClick} />);
    const p = plot();
    p.focus();
    fireEvent.keyDown(p, { key: 'ArrowDown' });
    expect(screen.getByRole('status').textContent).toBe('True dog, predicted cat: 1 (50% of dog, 33.3% of predicted cat)');
    fireEvent.keyDown(p, { key: 'End' });
    expect(screen.getByRole('status').textContent).toMatch(/^True dog, predicted fox: 0/);
    fireEvent.keyDown(p, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toMatch(/^True dog, predicted fox/);
    fireEvent.keyDown(p, { key: 'Home' });
    fireEvent.keyDown(p, { key: 'ArrowRight' });
    expect(screen.getByRole('status').textContent).toMatch(/^True dog, predicted dog: 1 .*, correct$/);
    fireEvent.keyDown(p, { key: 'Enter' });
    expect(onCellClick).toHaveBeenCalledWith({ trueLabel: 'dog', predLabel: 'dog', count: 1, row: 1, col: 1 });
    // The tooltip shows the focused cell.
    expect(document.querySelector('.sextant-confusion-matrix__tooltip')?.textContent).toMatch(/True dog, predicted dog/);
  });

  it('a precomputed matrix with hostile labels renders them as text', () => {
    const labels = ['__proto__', '<script>x</script>', 'constructor'];
    render(
      <ConfusionMatrix
        title="Hostile"
        labels={labels}
        matrix={[
          [1, 0, 0],
          [0, 2, 0],
          [0, 0, 3],
        ]}
      />,
    );
    const heads = within(screen.getByRole('table'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads.slice(1, 4)).toEqual(labels);
    expect(document.querySelector('script')).toBeNull();
  });

  it('empty input shows the empty state, not an error', () => {
    const { container } = render(<ConfusionMatrix title="Pets" yTrue={[]} yPred={[]} />);
    expect(screen.getByText('No predictions to show yet.')).toBeTruthy();
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('empty');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('large matrices: compact summary table and canvas renderer', () => {
    const k = 45;
    const labels = Array.from({ length: k }, (_, i) => `class ${i}`);
    const matrix = labels.map((_, i) => labels.map((__, j) => (i === j ? 9 : (i + j) % 7 === 0 ? 1 : 0)));
    render(<ConfusionMatrix title="Big" labels={labels} matrix={matrix} />);
    expect(plot().getAttribute('data-renderer')).toBe('canvas');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(k + 1);
  });
});

describe('distinctAbbreviations (axis labels)', () => {
  const taxonomy = Array.from({ length: 200 }, (_, i) => `product_category_${String(i + 1).padStart(3, '0')}`);

  it('labels that share a long start keep the end that tells them apart, whole word', () => {
    const out = distinctAbbreviations(taxonomy, 10);
    expect(new Set(out).size).toBe(200);
    // 10 characters: 6 of the start, the ellipsis, the 3-digit word after the last '_'.
    expect(out.slice(0, 2)).toEqual(['produc…001', 'produc…002']);
    expect(out[199]).toBe('produc…200');
    for (const l of out) expect(Array.from(l).length).toBeLessThanOrEqual(10);
  });

  it('leaves labels that fit, or whose plain cut is unique, as abbreviateLabel would', () => {
    expect(distinctAbbreviations(['cat', 'dog', 'electronics/phones/accessories'], 12)).toEqual(['cat', 'dog', 'electronics…']);
  });

  it('labels that differ only in the middle show the part after what they share', () => {
    const out = distinctAbbreviations(['electronics/phones/accessories', 'electronics/tablets/accessories'], 12);
    expect(out).toEqual(['…phones/acc…', '…tablets/ac…']);
  });

  it('names equal once whitespace is collapsed still get distinct labels', () => {
    const out = distinctAbbreviations(['a  b', 'a b', 'a\tb'], 10);
    expect(new Set(out).size).toBe(3);
  });

  it('the widget draws 40 distinct axis labels for 40 classes with one long prefix, full name in <title>', () => {
    const labels = taxonomy.slice(0, 40);
    const matrix = labels.map((_, i) => labels.map((__, j) => (i === j ? 9 : (i + j) % 7 === 0 ? 1 : 0)));
    const { container } = render(<ConfusionMatrix title="Taxonomy" labels={labels} matrix={matrix} />);
    const drawn = Array.from(container.querySelectorAll('text.sextant-confusion-matrix__label'));
    // One row label and one column label per class.
    expect(drawn).toHaveLength(80);
    const shown = drawn.map((t) => t.firstChild?.textContent);
    expect(new Set(shown).size).toBe(40);
    expect(drawn[0].querySelector('title')?.textContent).toBe('product_category_001');
  });
});
