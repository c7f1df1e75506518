import { businessImpact, type ImpactFigure } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const fig = (over: Partial<ImpactFigure>): ImpactFigure => ({
  id: 'x',
  label: 'X',
  category: 'revenue',
  unit: 'EUR',
  baseline: 100,
  current: 110,
  ...over,
});

describe('businessImpact', () => {
  it('gives absolute and relative change, judged by direction (defaults per category)', () => {
    const r = businessImpact({
      figures: [
        fig({ id: 'rev', baseline: 200, current: 250 }), // +50, +25 %, better (revenue: higher)
        fig({ id: 'cost', category: 'cost', baseline: 80, current: 100 }), // +20, +25 %, worse (cost: lower)
        fig({ id: 'csat', category: 'satisfaction', unit: 'points', baseline: 4.2, current: 4.2 }),
        fig({ id: 'ttd', category: 'efficiency', unit: 'hours', baseline: -8, current: -6, direction: 'higher' }),
      ],
    });
    expect(r.figures.map((f) => [f.id, f.direction, f.change.absolute, f.change.relative, f.change.outcome])).toEqual([
      ['rev', 'higher', 50, 0.25, 'better'],
      ['cost', 'lower', 20, 0.25, 'worse'],
      ['csat', 'higher', 0, 0, 'unchanged'],
      // relative change is over |baseline|: +2 on a base of −8 is +25 %, not −25 %.
      ['ttd', 'higher', 2, 0.25, 'better'],
    ]);
    expect(r.totals).toEqual({ better: 2, worse: 1, unchanged: 1 });
    expect(r.categories.map((c) => [c.category, c.ids, c.better, c.worse, c.unchanged])).toEqual([
      ['revenue', ['rev'], 1, 0, 0],
      ['cost', ['cost'], 0, 1, 0],
      ['efficiency', ['ttd'], 1, 0, 0],
      ['satisfaction', ['csat'], 0, 0, 1],
    ]);
    expect(r.period).toBeNull();
  });

  it('a zero baseline gives relative null with a reason, not Infinity', () => {
    const r = businessImpact({ figures: [fig({ baseline: 0, current: 5 })] });
    expect(r.figures[0].change).toEqual({ absolute: 5, relative: null, relativeGap: 'zero-baseline', outcome: 'better' });
  });

  it('nets revenue and cost only within one unit', () => {
    const r = businessImpact({
      figures: [
        fig({ id: 'a', baseline: 1000, current: 1100 }), // +100 EUR revenue
        fig({ id: 'b', category: 'cost', baseline: 500, current: 450 }), // 50 EUR saved
        fig({ id: 'c', category: 'cost', baseline: 300, current: 320 }), // 20 EUR more cost
        fig({ id: 'd', unit: 'USD', baseline: 10, current: 20 }), // USD revenue, no USD cost: no net
        fig({ id: 'e', category: 'cost', unit: 'GBP', baseline: 50, current: 90 }),
        fig({ id: 'f', unit: 'GBP', baseline: 50, current: 60 }),
      ],
    });
    expect(r.net).toEqual([
      { unit: 'EUR', revenueChange: 100, costSaved: 30, netBenefit: 130, outcome: 'better' },
      { unit: 'GBP', revenueChange: 10, costSaved: -40, netBenefit: -30, outcome: 'worse' },
    ]);
  });

  it('echoes the periods as ISO and keeps hostile ids and labels as data', () => {
    const r = businessImpact({
      period: { from: '2026-01-01T00:00:00+01:00', to: '2026-04-01T00:00:00Z' },
      baselinePeriod: { from: 1759276800000, to: '2026-01-01T00:00:00Z' },
      figures: [
        fig({ id: '__proto__', label: '<script>alert(1)</script>', unit: 'constructor' }),
        fig({ id: 'toString', category: 'cost', unit: 'constructor' }),
      ],
    });
    expect(r.period).toEqual({ from: '2025-12-31T23:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
    expect(r.baselinePeriod?.from).toBe('2025-10-01T00:00:00.000Z');
    expect(r.figures[0].label).toBe('<script>alert(1)</script>');
    expect(r.net[0].unit).toBe('constructor');
  });

  it('refuses what it cannot judge', () => {
    expect(codeOf(() => businessImpact({ figures: [] }))).toBe('EMPTY_INPUT');
    expect(codeOf(() => businessImpact({ figures: [fig({ category: 'vibes' as never })] }))).toBe('INVALID_VALUE');
    const e = thrown(() => businessImpact({ figures: [fig({}), fig({ id: 'y', category: 'efficiency' })] }));
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'facts.figures[1].direction']);
    expect(codeOf(() => businessImpact({ figures: [fig({}), fig({})] }))).toBe('INVALID_VALUE');
    expect(codeOf(() => businessImpact({ figures: [fig({ current: NaN })] }))).toBe('NON_FINITE');
    expect(codeOf(() => businessImpact({ period: { from: 5, to: 5 }, figures: [fig({})] }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => businessImpact({ figures: { length: 2 ** 53 - 1 } as never }))).toBe('INVALID_VALUE');
  });

  it('never returns Infinity near ±1e308: refuses with the figure named', () => {
    const e = thrown(() => businessImpact({ figures: [fig({ baseline: -1.7e308, current: 1.7e308 })] }));
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'facts.figures[0].current']);
    // Large but representable: fine, and the relative change of a subnormal baseline is null, not Infinity.
    const r = businessImpact({ figures: [fig({ baseline: 5e-324, current: 1e308 })] });
    expect(r.figures[0].change.relative).toBeNull();
    expect(r.figures[0].change.relativeGap).toBe('out-of-range');
    const n = thrown(() =>
      businessImpact({
        figures: [fig({ baseline: 0, current: 1.7e308 }), fig({ id: 'c', category: 'cost', baseline: 1.7e308, current: 0 })],
      }),
    );
    expect(n.code).toBe('INVALID_VALUE');
  });
});
