import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricTile, SextantProvider, type MetricTileProps } from '@sextant/react';
import { describeConformance } from '../support/conformance';

describeConformance<MetricTileProps>('MetricTile', {
  Component: MetricTile,
  validProps: { title: 'Macro F1', value: 0.91, target: 0.9 },
  invalidProps: { title: 'Macro F1', value: Number.NaN },
  accessibleName: 'Macro F1',
  errorText: /value must be a finite number; got NaN/,
});

describe('MetricTile', () => {
  it('formats the value and derives the status from the target', () => {
    render(<MetricTile title="Macro F1" value={0.87} format="percent" target={0.9} previous={0.85} />);
    expect(screen.getByText('87%')).toBeTruthy();
    // 0.87 misses 0.9 by 0.03, within 5 % of the target: at risk.
    expect(screen.getByText('At risk')).toBeTruthy();
    // +2 percentage points, and higher is better.
    expect(screen.getByText(/\+2%.*\(better\)/)).toBeTruthy();
  });

  it('treats lower as better when told so', () => {
    render(
      <MetricTile title="p95 latency" value={420} format="milliseconds" target={300} higherIsBetter={false} previous={380} />,
    );
    expect(screen.getByText('Off track')).toBeTruthy();
    expect(screen.getByText(/\(worse\)/)).toBeTruthy();
  });

  it('an explicit status beats the computed one', () => {
    render(<MetricTile title="Drifted features" value={3} target={0} higherIsBetter={false} status="on-track" />);
    expect(screen.getByText('On track')).toBeTruthy();
  });

  it('refuses a bad option from core with its code', () => {
    render(<MetricTile title="Recall" value={0.5} target={Number.POSITIVE_INFINITY} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('options.target');
    expect(alert.getAttribute('data-code')).toBe('INVALID_OPTION');
  });

  it('takes the theme from the provider', () => {
    const { container } = render(
      <SextantProvider theme="dark">
        <MetricTile title="Accuracy" value={0.9} />
      </SextantProvider>,
    );
    expect(container.querySelector('[data-sextant-theme="dark"].sextant-theme')).toBeTruthy();
    expect(container.querySelector('.sextant-widget')?.getAttribute('data-sextant-theme')).toBe('dark');
  });
});
