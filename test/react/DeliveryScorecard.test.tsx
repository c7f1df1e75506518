import { DeliveryScorecard, type DeliveryScorecardProps } from '@sextant/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../support/conformance';

const deployments = [
  // previous fortnight (2026-02-15 … 03-01): 2 successes
  { id: 'p1', at: '2026-02-16T10:00:00Z', status: 'success' as const },
  { id: 'p2', at: '2026-02-20T10:00:00Z', status: 'success' as const },
  // this fortnight: 4 successes, 1 rolled back
  { id: 'a', at: '2026-03-01T10:00:00Z', status: 'success' as const, changeIds: ['c1'] },
  { id: 'b', at: '2026-03-03T10:00:00Z', status: 'success' as const },
  { id: 'c', at: '2026-03-09T10:00:00Z', status: 'rolled-back' as const },
  { id: 'd', at: '2026-03-10T10:00:00Z', status: 'success' as const },
  { id: 'e', at: '2026-03-12T10:00:00Z', status: 'success' as const },
];
const changes = [{ id: 'c1', committedAt: '2026-03-01T06:00:00Z' }];
const period = { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z' };

describeConformance<DeliveryScorecardProps>('DeliveryScorecard', {
  Component: DeliveryScorecard,
  validProps: { title: 'Delivery', deployments, changes, ...period },
  invalidProps: { title: 'Delivery', deployments: [{ id: 'x', at: '2026-03-01 10:00', status: 'success' }], ...period },
  accessibleName: 'Delivery',
  errorText: /deployments\[0\]\.at/,
});

describe('DeliveryScorecard', () => {
  it('shows each key with its band, the change against the previous period and a trend line', () => {
    render(<DeliveryScorecard title="Delivery" deployments={deployments} changes={changes} buckets={2} {...period} />);
    const tiles = screen.getAllByRole('listitem');
    expect(tiles.map((t) => t.dataset.key)).toEqual([
      'deploymentFrequency',
      'leadTimeForChanges',
      'changeFailureRate',
      'meanTimeToRecovery',
      'rollbackRate',
      'experimentSuccessRate',
    ]);
    // 4 successes in 2 weeks = 2 / week (2/7 per day: high in 2023); 1 / week before.
    const df = tiles[0];
    expect(df.querySelector('.sextant-delivery-scorecard__value')?.textContent).toBe('2 / week');
    expect(within(df).getByText('High · DORA 2023')).toBeTruthy();
    expect(df.querySelector('.sextant-delivery-scorecard__trend')?.textContent).toBe('▲+1 / week vs previous period (better)');
    expect(within(df).getByRole('img').getAttribute('aria-label')).toBe(
      'Deployment frequency by period: Mar 1 2 / week, Mar 8 2 / week',
    );
    // CFR 1 of 5 = 20 %: low in 2023; before 0 of 2.
    const cfr = tiles[2];
    expect(cfr.querySelector('.sextant-delivery-scorecard__value')?.textContent).toBe('20%');
    expect(cfr.dataset.direction).toBe('worse');
    expect(within(cfr).getByText('Low · DORA 2023')).toBeTruthy();
    expect(tiles[3].querySelector('.sextant-delivery-scorecard__value')?.textContent).toBe('No data in this period');
  });

  it('shows only the keys asked for, in that order', () => {
    render(
      <DeliveryScorecard title="Delivery" deployments={deployments} keys={['rollbackRate', 'deploymentFrequency']} {...period} />,
    );
    expect(screen.getAllByRole('listitem').map((t) => t.dataset.key)).toEqual(['rollbackRate', 'deploymentFrequency']);
  });
});
