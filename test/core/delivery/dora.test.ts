/** Behaviour and refusals of the delivery measures, bands and trends (expected values worked by hand). */
import {
  changeFailureRate,
  deliveryScorecard,
  deliveryTrend,
  deploymentFrequency,
  doraBand,
  experimentSuccessRate,
  leadTimeForChanges,
  meanTimeToRecovery,
  rollbackRate,
  timeToMarket,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const P = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };

describe('refusals', () => {
  it('a malformed record is INVALID_VALUE naming its index and field', () => {
    const deps = [
      { id: 'd0', at: '2026-03-02T00:00:00Z', status: 'success' },
      { id: 'd1', at: '2026-03-02T00:00:00', status: 'success' },
    ];
    const e = thrown(() => deploymentFrequency(deps as never, P));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('deployments[1].at');
    expect(e.message).toContain('no');
    const s = thrown(() => rollbackRate([{ id: 'x', at: 0, status: 'ok' }] as never, P));
    expect([s.code, s.argument, s.index]).toEqual(['INVALID_VALUE', 'deployments[0].status', 0]);
    const c = thrown(() => leadTimeForChanges([{ id: 'c', committedAt: 'yesterday' }], [], P));
    expect(c.message).toContain('changes[0].committedAt');
    const r = thrown(() => meanTimeToRecovery([{ id: 'i', startedAt: 10, resolvedAt: 5 }], P));
    expect([r.code, r.argument]).toEqual(['INVALID_VALUE', 'incidents[0].resolvedAt']);
    expect(codeOf(() => changeFailureRate([], [{ id: 'i' }] as never, P))).toBe('INVALID_VALUE');
    expect(codeOf(() => rollbackRate([null] as never, P))).toBe('INVALID_VALUE');
    expect(codeOf(() => rollbackRate([{ at: 0, status: 'success' }] as never, P))).toBe('INVALID_VALUE');
    expect(codeOf(() => leadTimeForChanges([], [{ id: 'd', at: 0, status: 'success', changeIds: [1] }] as never, P))).toBe(
      'INVALID_VALUE',
    );
  });

  it('records out of the period are validated too', () => {
    const deps = [{ id: 'd0', at: '1999-01-01T00:00:00Z', status: 'shipped' }];
    expect(codeOf(() => deploymentFrequency(deps as never, P))).toBe('INVALID_VALUE');
  });

  it('from ≥ to is INVALID_INTERVAL; a bad period instant INVALID_OPTION', () => {
    expect(codeOf(() => deploymentFrequency([], { from: P.to, to: P.from }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => rollbackRate([], { from: P.from, to: P.from }))).toBe('INVALID_INTERVAL');
    // the same instant written two ways is still from = to
    expect(codeOf(() => rollbackRate([], { from: '2026-03-01T01:00:00+01:00', to: P.from }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => rollbackRate([], { from: '2026-03-01', to: P.to }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rollbackRate([], undefined as never))).toBe('INVALID_OPTION');
  });

  it('hostile array-likes are refused at once, not looped over', () => {
    expect(codeOf(() => deploymentFrequency({ length: 2 ** 53 - 1 } as never, P))).toBe('INVALID_OPTION');
    expect(codeOf(() => deploymentFrequency({ length: 1e9 } as never, P))).toBe('INVALID_VALUE');
    expect(codeOf(() => deploymentFrequency({ length: -1 } as never, P))).toBe('INVALID_OPTION');
    expect(codeOf(() => deploymentFrequency('abc' as never, P))).toBe('INVALID_OPTION');
    expect(codeOf(() => deploymentFrequency([{ id: 'd', at: 9e15, status: 'success' }] as never, P))).toBe('INVALID_VALUE');
  });
});

describe('edge rules', () => {
  it('empty inputs give zeros and nulls, never NaN', () => {
    expect(deploymentFrequency([], P)).toEqual({ count: 0, perDay: 0, perWeek: 0, deployDays: 0 });
    expect(leadTimeForChanges([], [], P)).toEqual({ count: 0, meanHours: null, p50Hours: null, p85Hours: null, p95Hours: null });
    expect(changeFailureRate([], [], P)).toEqual({ deployments: 0, failed: 0, rate: null });
    expect(meanTimeToRecovery([{ id: 'i', startedAt: '2026-03-03T00:00:00Z' }], P)).toEqual({
      count: 1,
      open: 1,
      meanHours: null,
      p50Hours: null,
      p95Hours: null,
    });
  });

  it('a change shipped first before the period is not counted when shipped again inside', () => {
    const changes = [{ id: 'c', committedAt: '2026-02-20T00:00:00Z' }];
    const deps = [
      { id: 'd2', at: '2026-03-05T00:00:00Z', status: 'success' as const, changeIds: ['c'] },
      { id: 'd1', at: '2026-02-27T00:00:00Z', status: 'success' as const, changeIds: ['c'] },
      { id: 'd0', at: '2026-02-21T00:00:00Z', status: 'failed' as const, changeIds: ['c'] },
    ];
    expect(leadTimeForChanges(changes, deps, P).count).toBe(0);
    // 7 days from commit to the first successful deployment (d1): 168 h.
    expect(leadTimeForChanges(changes, deps, { from: '2026-02-01T00:00:00Z', to: P.from }).meanHours).toBe(168);
  });

  it('labels such as __proto__ are plain ids', () => {
    const changes = [
      { id: '__proto__', committedAt: '2026-03-01T00:00:00Z' },
      { id: 'constructor', committedAt: '2026-03-01T00:00:00Z' },
    ];
    const deps = [
      { id: 'toString', at: '2026-03-01T06:00:00Z', status: 'success' as const, changeIds: ['__proto__', 'constructor'] },
    ];
    expect(leadTimeForChanges(changes, deps, P)).toMatchObject({ count: 2, meanHours: 6 });
    expect(changeFailureRate(deps, [{ id: 'i', startedAt: 0, deploymentId: 'toString' }], P).failed).toBe(1);
  });
});

describe('doraBand', () => {
  it('reads the table of the year asked for', () => {
    // 2023: elite ≥ 1/day, high ≥ 1/week; 2021: high from monthly
    expect(doraBand('deploymentFrequency', 1)).toBe('elite');
    expect(doraBand('deploymentFrequency', 0.2)).toBe('high');
    expect(doraBand('deploymentFrequency', 0.1)).toBe('medium');
    expect(doraBand('deploymentFrequency', 0.01)).toBe('low');
    expect(doraBand('deploymentFrequency', 0.1, { year: 2021 })).toBe('high');
    expect(doraBand('leadTimeForChanges', 0.5, { year: 2021 })).toBe('elite');
    expect(doraBand('leadTimeForChanges', 20, { year: 2021 })).toBe('high');
    expect(doraBand('leadTimeForChanges', 20)).toBe('elite');
    expect(doraBand('meanTimeToRecovery', 200)).toBe('low');
    expect(doraBand('changeFailureRate', 0.05)).toBe('elite');
    expect(doraBand('changeFailureRate', 0.64)).toBe('low');
    expect(doraBand('changeFailureRate', 0.1, { year: 2022 })).toBe('high');
  });
  it('refuses unknown metrics, years and impossible values', () => {
    expect(codeOf(() => doraBand('velocity' as never, 1))).toBe('INVALID_OPTION');
    expect(codeOf(() => doraBand('changeFailureRate', 0.1, { year: 2024 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => doraBand('changeFailureRate', 1.5))).toBe('INVALID_VALUE');
    expect(codeOf(() => doraBand('leadTimeForChanges', -1))).toBe('INVALID_VALUE');
    expect(codeOf(() => doraBand('leadTimeForChanges', NaN))).toBe('NON_FINITE');
  });
});

describe('trend and scorecard', () => {
  it('judges direction by the key', () => {
    expect(deliveryTrend('deploymentFrequency', 4, 2)).toEqual({
      current: 4,
      previous: 2,
      change: 2,
      relativeChange: 1,
      direction: 'better',
    });
    expect(deliveryTrend('meanTimeToRecovery', 4, 2).direction).toBe('worse');
    expect(deliveryTrend('rollbackRate', 0.1, 0).relativeChange).toBeNull();
    expect(deliveryTrend('rollbackRate', 0, 0).direction).toBe('unchanged');
    expect(codeOf(() => deliveryTrend('x' as never, 1, 1))).toBe('INVALID_OPTION');
    expect(codeOf(() => deliveryTrend('rollbackRate', NaN, 1))).toBe('INVALID_VALUE');
  });

  it('builds bands, trends and series from the records', () => {
    const deployments = [
      // previous fortnight: 2 successes, one named by an incident
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
    const incidents = [{ id: 'i1', startedAt: '2026-02-20T11:00:00Z', resolvedAt: '2026-02-20T13:00:00Z', deploymentId: 'p2' }];
    const card = deliveryScorecard(
      { deployments, changes, incidents },
      { from: '2026-03-01T00:00:00Z', to: '2026-03-15T00:00:00Z', buckets: 2 },
    );
    const k = Object.fromEntries(card.keys.map((x) => [x.key, x]));
    // 4 successes in 2 weeks = 2/week (2/7 per day: 2023 high), 2 in each week; before 2 in 2 weeks = 1/week
    expect(k.deploymentFrequency).toMatchObject({ value: 2, band: 'high', series: [2, 2] });
    expect(k.deploymentFrequency.trend).toMatchObject({ previous: 1, change: 1, direction: 'better' });
    expect(k.leadTimeForChanges).toMatchObject({ value: 4, band: 'elite', basis: 1 });
    // CFR: 1 of 5 now (0.2, low in 2023), 1 of 2 before (0.5)
    expect(k.changeFailureRate).toMatchObject({ value: 0.2, band: 'low', series: [0, 1 / 3] });
    expect(k.changeFailureRate.trend.direction).toBe('better');
    expect(k.meanTimeToRecovery).toMatchObject({ value: null, band: null, basis: 0 });
    expect(k.meanTimeToRecovery.trend).toMatchObject({ previous: 2, direction: null });
    expect(k.experimentSuccessRate).toMatchObject({ value: null, band: null, unit: 'share' });
    expect(card.bucketStarts).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-08T00:00:00.000Z']);
    expect(codeOf(() => deliveryScorecard({ deployments }, { from: 0, to: 1, buckets: 0 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => deliveryScorecard({ deployments }, { from: -8.6e15, to: 0 }))).toBe('INVALID_INTERVAL');
  });
});

describe('timeToMarket and experimentSuccessRate', () => {
  it('derives a launch from the first model deployment of the service on or after the idea', () => {
    const deployments = [
      { id: 'old', at: '2025-12-01T00:00:00Z', status: 'success' as const, kind: 'model' as const, service: 's' },
      { id: 'code', at: '2026-01-03T00:00:00Z', status: 'success' as const, kind: 'code' as const, service: 's' },
      { id: 'bad', at: '2026-01-04T00:00:00Z', status: 'failed' as const, kind: 'model' as const, service: 's' },
      { id: 'ok', at: '2026-01-06T12:00:00Z', status: 'success' as const, kind: 'model' as const, service: 's' },
    ];
    const t = timeToMarket([{ id: 'm', ideaAt: '2026-01-01T00:00:00Z', service: 's' }], { deployments });
    expect(t.projects).toEqual([{ id: 'm', days: 5.5 }]);
    const inPeriod = timeToMarket(
      [
        { id: 'm', ideaAt: '2026-01-01T00:00:00Z', service: 's' },
        { id: 'n', ideaAt: 0 },
      ],
      {
        deployments,
        period: { from: '2026-02-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      },
    );
    expect(inPeriod).toMatchObject({ count: 0, shipped: 0, inProgress: 0, meanDays: null });
    expect(codeOf(() => timeToMarket([{ id: 'm', ideaAt: 10, productionAt: 5 }]))).toBe('INVALID_VALUE');
  });

  it('counts concluded experiments in the period', () => {
    const e = [
      { id: 'a', outcome: 'shipped' as const, concludedAt: '2026-02-28T23:59:59Z' },
      { id: 'b', outcome: 'shipped' as const, concludedAt: '2026-03-01T00:00:00Z' },
      { id: 'c', outcome: 'not-shipped' as const, concludedAt: '2026-03-31T23:59:59Z' },
      { id: 'd', outcome: 'inconclusive' as const, concludedAt: '2026-04-01T00:00:00Z' },
    ];
    expect(experimentSuccessRate(e, P)).toEqual({
      concluded: 2,
      shipped: 1,
      notShipped: 1,
      inconclusive: 0,
      running: 0,
      rate: 0.5,
    });
    expect(codeOf(() => experimentSuccessRate([{ id: 'x', outcome: 'shipped' }], P))).toBe('INVALID_VALUE');
    expect(codeOf(() => experimentSuccessRate([{ id: 'x', outcome: 'won' }] as never, P))).toBe('INVALID_VALUE');
  });
});
