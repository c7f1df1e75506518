/**
 * Invariants of the delivery measures on random record sets: counts never exceed the
 * records, rates stay in [0, 1], times are non-negative where the data makes them so, and
 * shifting every timestamp (period included) by the same amount changes nothing — by whole
 * days, not even `deployDays`; ISO strings with offsets give what epoch ms give.
 */
import {
  changeFailureRate,
  deliveryScorecard,
  deploymentFrequency,
  leadTimeForChanges,
  meanTimeToRecovery,
  rollbackRate,
  type Change,
  type Deployment,
  type Incident,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const T0 = Date.UTC(2026, 0, 1);
const SPAN = 90 * 86_400_000;

interface World {
  deployments: Deployment[];
  changes: Change[];
  incidents: Incident[];
  from: number;
  to: number;
}

const world: fc.Arbitrary<World> = fc
  .record({
    commits: fc.array(fc.integer({ min: 0, max: SPAN }), { maxLength: 30 }),
    deps: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: SPAN }),
        status: fc.constantFrom('success', 'success', 'failed', 'rolled-back') as fc.Arbitrary<Deployment['status']>,
        picks: fc.array(fc.nat(40), { maxLength: 5 }),
      }),
      { maxLength: 40 },
    ),
    incs: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: SPAN }),
        dur: fc.option(fc.integer({ min: 0, max: 5 * 86_400_000 }), { nil: null }),
        dep: fc.option(fc.nat(45), { nil: undefined }),
      }),
      { maxLength: 20 },
    ),
    a: fc.integer({ min: 0, max: SPAN }),
    len: fc.integer({ min: 1, max: SPAN }),
  })
  .map(({ commits, deps, incs, a, len }) => ({
    changes: commits.map((t, i) => ({ id: `c${i}`, committedAt: T0 + t })),
    deployments: deps.map((d, i) => ({
      id: `d${i}`,
      at: T0 + d.at,
      status: d.status,
      changeIds: d.picks.map((p) => `c${p}`),
    })),
    incidents: incs.map((x, i) => ({
      id: `INC-${i}`,
      startedAt: T0 + x.at,
      resolvedAt: x.dur === null ? null : T0 + x.at + x.dur,
      ...(x.dep === undefined ? {} : { deploymentId: `d${x.dep}` }),
    })),
    from: T0 + a,
    to: T0 + a + len,
  }));

function all(w: World) {
  const p = { from: w.from, to: w.to };
  return {
    df: deploymentFrequency(w.deployments, p),
    lt: leadTimeForChanges(w.changes, w.deployments, p),
    cfr: changeFailureRate(w.deployments, w.incidents, p),
    rb: rollbackRate(w.deployments, p),
    mttr: meanTimeToRecovery(w.incidents, p),
  };
}

function shift(w: World, by: number, asIso = false): World {
  const t = (x: number) => (asIso ? new Date(x + by).toISOString().replace('Z', '+00:00') : x + by);
  return {
    changes: w.changes.map((c) => ({ ...c, committedAt: t(c.committedAt as number) })),
    deployments: w.deployments.map((d) => ({ ...d, at: t(d.at as number) })),
    incidents: w.incidents.map((x) => ({
      ...x,
      startedAt: t(x.startedAt as number),
      resolvedAt: x.resolvedAt === null ? null : t(x.resolvedAt as number),
    })),
    from: w.from + by,
    to: w.to + by,
  };
}

describe('delivery properties', () => {
  it('counts never exceed the records; rates in [0, 1]; percentiles ordered', () => {
    fc.assert(
      fc.property(world, (w) => {
        const r = all(w);
        expect(r.df.count).toBeLessThanOrEqual(w.deployments.length);
        expect(r.df.deployDays).toBeLessThanOrEqual(r.df.count);
        expect(r.lt.count).toBeLessThanOrEqual(w.changes.length);
        expect(r.cfr.deployments).toBeLessThanOrEqual(w.deployments.length);
        expect(r.cfr.failed).toBeLessThanOrEqual(r.cfr.deployments);
        expect(r.rb.rolledBack).toBeLessThanOrEqual(r.cfr.failed);
        expect(r.mttr.count).toBeLessThanOrEqual(w.incidents.length);
        expect(r.mttr.open).toBeLessThanOrEqual(r.mttr.count);
        for (const rate of [r.cfr.rate, r.rb.rate]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
        expect(r.cfr.rate === null).toBe(r.cfr.deployments === 0);
        expect(r.mttr.meanHours === null).toBe(r.mttr.count === r.mttr.open);
        if (r.mttr.p50Hours !== null) {
          expect(r.mttr.p50Hours).toBeGreaterThanOrEqual(0);
          expect(r.mttr.p95Hours as number).toBeGreaterThanOrEqual(r.mttr.p50Hours);
        }
        if (r.lt.p50Hours !== null) expect(r.lt.p95Hours as number).toBeGreaterThanOrEqual(r.lt.p85Hours as number);
        for (const v of Object.values(r).flatMap((o) => Object.values(o))) expect(Number.isNaN(v)).toBe(false);
      }),
    );
  });

  it('shifting every timestamp by whole days changes nothing; by any amount, nothing but deployDays', () => {
    fc.assert(
      fc.property(
        world,
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: -86_400_000, max: 86_400_000 }),
        (w, days, ms) => {
          const base = all(w);
          expect(all(shift(w, days * 86_400_000))).toEqual(base);
          const moved = all(shift(w, ms));
          expect({ ...moved, df: { ...moved.df, deployDays: 0 } }).toEqual({ ...base, df: { ...base.df, deployDays: 0 } });
        },
      ),
    );
  });

  it('ISO strings with an offset give what epoch milliseconds give', () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(all(shift(w, 0, true))).toEqual(all(w));
      }),
      { numRuns: 30 },
    );
  });

  it('the scorecard is shift-invariant by whole days and its figures match the single functions', () => {
    fc.assert(
      fc.property(world, fc.integer({ min: -400, max: 400 }), (w, days) => {
        const card = deliveryScorecard(w, { from: w.from, to: w.to, buckets: 3 });
        const r = all(w);
        const byKey = Object.fromEntries(card.keys.map((k) => [k.key, k]));
        expect(byKey.deploymentFrequency.value).toBe(r.df.perWeek);
        expect(byKey.leadTimeForChanges.value).toBe(r.lt.p50Hours);
        expect(byKey.changeFailureRate.value).toBe(r.cfr.rate);
        expect(byKey.meanTimeToRecovery.value).toBe(r.mttr.meanHours);
        expect(byKey.rollbackRate.value).toBe(r.rb.rate);
        const s = shift(w, days * 86_400_000);
        const moved = deliveryScorecard(s, { from: s.from, to: s.to, buckets: 3 });
        expect(moved.keys).toEqual(card.keys);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the fast UTC instant path', () => {
  it('agrees with internal/instant on every string of the CI shape, valid or not', async () => {
    const { fastUtcInstant } = await import('../../../packages/core/src/delivery/records');
    const { isoInstantToEpoch } = await import('../../../packages/core/src/internal/instant');
    const two = (max: number) => fc.integer({ min: 0, max }).map((x) => String(x).padStart(2, '0'));
    const shape = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        two(13),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.option(fc.integer({ min: 0, max: 999 })),
      )
      .map(
        ([y, mo, d, h, mi, s, ms]) =>
          `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}${ms === null ? '' : `.${String(ms).padStart(3, '0')}`}Z`,
      );
    fc.assert(
      fc.property(shape, (s) => {
        const fast = fastUtcInstant(s);
        const full = isoInstantToEpoch(s);
        // Where the fast path answers, it gives the full parser's answer; where it does not, the full parser decides.
        if (!Number.isNaN(fast)) expect(fast).toBe(full);
        else if (!Number.isNaN(full)) expect(s.slice(11, 13)).toBe('24');
      }),
      { numRuns: 5000 },
    );
    expect(fastUtcInstant('2024-02-29T23:59:59.999Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(fastUtcInstant('2023-02-29T00:00:00Z')).toBeNaN();
    expect(fastUtcInstant('2026-03-01T10:00:00+00:00')).toBeNaN();
  });
});
