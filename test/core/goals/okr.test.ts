import {
  dataQualityIndex,
  dataQualityValue,
  deploymentFrequency,
  deploymentFrequencyValue,
  driftShareValue,
  f1Score,
  latencySummary,
  latencyValue,
  okrProgress,
  type KeyResult,
  type Objective,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const Q1 = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }; // 90 days
const DAY = 86_400_000;
const at = (day: number) => Date.parse('2026-01-01T00:00:00Z') + day * DAY;

function kr(over: Partial<KeyResult> = {}): KeyResult {
  return { id: 'k', title: 'K', metric: 'm', baseline: 0, target: 100, direction: 'higher', ...over };
}
function objective(keyResults: KeyResult[], period = Q1): Objective {
  return { id: 'o', title: 'O', period, keyResults };
}
const one = (k: KeyResult, value: number, day: number, tolerance?: number) =>
  okrProgress(objective([k]), { now: at(day), values: { [k.metric]: value }, tolerance }).keyResults[0];

describe('okrProgress: progress and expected', () => {
  it('is linear from baseline to target and clamped, for either direction', () => {
    expect(one(kr(), 25, 0).progress).toBe(0.25);
    expect(one(kr(), -10, 0).progress).toBe(0);
    expect(one(kr(), 130, 0).progress).toBe(1);
    // p95 latency 200 ms → 120 ms: 170 ms is 30 of the 80 ms to gain.
    const lat = kr({ baseline: 200, target: 120, direction: 'lower' });
    expect(one(lat, 170, 0).progress).toBe(0.375);
    expect(one(lat, 230, 0).progress).toBe(0);
    expect(one(lat, 100, 0).progress).toBe(1);
  });

  it('expected is the share of the period elapsed at now, clamped', () => {
    expect(one(kr(), 0, 30).expected).toBe(30 / 90);
    expect(one(kr(), 0, -5).expected).toBe(0);
    expect(one(kr(), 0, 120).expected).toBe(1);
    // Instants with offsets: 2026-02-15T02:00+02:00 is 45 days in.
    const r = okrProgress(objective([kr()]), { now: '2026-02-15T02:00:00+02:00', values: { m: 0 } });
    expect(r.expected).toBe(0.5);
    expect(r.now).toBe('2026-02-15T00:00:00.000Z');
  });

  it('the objective carries the mean progress and the worst status', () => {
    const r = okrProgress(objective([kr({ id: 'a', metric: 'a' }), kr({ id: 'b', metric: 'b' }), kr({ id: 'c', metric: 'c' })]), {
      now: at(45),
      values: { a: 100, b: 45, c: 10 },
    });
    expect(r.progress).toBeCloseTo((1 + 0.45 + 0.1) / 3, 15);
    expect(r.keyResults.map((k) => k.status)).toEqual(['on-track', 'on-track', 'at-risk']);
    expect(r.status).toBe('at-risk');
    expect(r.counts).toEqual({ onTrack: 2, atRisk: 1, offTrack: 0 });
    expect(r.period).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' });
  });
});

describe('okrProgress: status rules (first that applies)', () => {
  it('1. at or past the target is on-track, even at the very start or after the end', () => {
    expect([one(kr(), 100, 0).statusReason, one(kr(), 100, 0).status]).toEqual(['target-met', 'on-track']);
    expect(one(kr(), 120, 200).status).toBe('on-track');
  });
  it('2. at or behind the baseline once a third has passed is off-track', () => {
    expect(one(kr(), 0, 30)).toMatchObject({ status: 'off-track', statusReason: 'no-progress' }); // exactly a third
    expect(one(kr(), -5, 60)).toMatchObject({ status: 'off-track', statusReason: 'no-progress' });
    // Just before a third: not off-track yet (behind pace instead: 0 < 29/90 − 0.1).
    expect(one(kr(), 0, 29)).toMatchObject({ status: 'at-risk', statusReason: 'behind-pace' });
  });
  it('3. period over and target missed is off-track', () => {
    expect(one(kr(), 99, 90)).toMatchObject({ status: 'off-track', statusReason: 'period-ended' });
  });
  it('4. behind the baseline early is at-risk', () => {
    expect(one(kr(), -1, 1)).toMatchObject({ status: 'at-risk', statusReason: 'behind-baseline' });
  });
  it('5/6. on pace within the tolerance, else at-risk', () => {
    // 45 days in: expected 0.5; on pace down to 0.4 with the default tolerance 0.1.
    expect(one(kr(), 40, 45)).toMatchObject({ status: 'on-track', statusReason: 'on-pace' });
    expect(one(kr(), 39, 45)).toMatchObject({ status: 'at-risk', statusReason: 'behind-pace' });
    expect(one(kr(), 49, 45, 0)).toMatchObject({ status: 'at-risk', statusReason: 'behind-pace' });
    expect(one(kr(), 20, 45, 0.3)).toMatchObject({ status: 'on-track', statusReason: 'on-pace' });
  });
});

describe('okrProgress: forecast', () => {
  it('is the least-squares line at the period end (numpy.polyfit deg 1, polyval)', () => {
    // t = [0, 10, 25, 40.5] days, y = [0.80, 0.82, 0.85, 0.855]; np.polyval(np.polyfit(t, y, 1), 90)
    const history = [
      { at: at(25), value: 0.85 }, // any order
      { at: at(0), value: 0.8 },
      { at: at(40.5), value: 0.855 },
      { at: at(10), value: 0.82 },
    ];
    const k = one(kr({ baseline: 0.8, target: 0.9, history }), 0.855, 41);
    expect(k.forecast).toBeCloseTo(0.9309658977597544, 12);
    expect(k.forecastProgress).toBe(1);
    expect(k.forecastGap).toBeNull();
    expect(k.historyCount).toBe(4);
  });
  it('extrapolates for a lower-is-better metric, and clamps its progress', () => {
    // y = [210, 190, 185] at days 0, 1, 2: np.polyval(np.polyfit(...), 30) = −167.5 (np: -167.49999999999906)
    const history = [210, 190, 185].map((value, d) => ({ at: at(d), value }));
    const k = one(kr({ baseline: 200, target: 120, direction: 'lower', history }), 185, 2, undefined);
    const r = okrProgress(
      objective([kr({ baseline: 200, target: 120, direction: 'lower', history })], {
        from: '2026-01-01T00:00:00Z',
        to: '2026-01-31T00:00:00Z',
      }),
      { now: at(2), values: { m: 185 } },
    ).keyResults[0];
    expect(r.forecast).toBeCloseTo(-167.5, 9);
    expect(r.forecastProgress).toBe(1);
    expect(k.forecastGap).toBeNull();
  });
  it('is null with a reason for fewer than two points or one instant', () => {
    expect(one(kr(), 1, 1)).toMatchObject({ forecast: null, forecastProgress: null, forecastGap: 'too-few-points' });
    expect(one(kr({ history: [{ at: at(1), value: 3 }] }), 1, 1).forecastGap).toBe('too-few-points');
    const same = [
      { at: at(1), value: 3 },
      { at: '2026-01-02T01:00:00+01:00', value: 5 },
    ];
    expect(one(kr({ history: same }), 1, 1)).toMatchObject({ forecast: null, forecastGap: 'same-instant' });
  });
  it('near ±1e308 is finite or null, never Infinity', () => {
    const history = [
      { at: at(0), value: -1.7e308 },
      { at: at(1), value: 1.7e308 },
    ];
    const k = one(kr({ baseline: -1.7e308, target: 1.7e308, history }), 1.7e308, 1);
    expect(k.forecast).toBeNull();
    expect(k.forecastGap).toBe('out-of-range');
    expect(k.progress).toBe(1);
    const mid = one(kr({ baseline: -1.7e308, target: 1.7e308 }), 0, 1);
    expect(mid.progress).toBe(0.5);
  });
});

describe('okrProgress: values from the SDK', () => {
  it('maps f1Score, latencySummary p95, deploymentFrequency, drift share and the data-quality index', () => {
    const f1 = f1Score([1, 1, 0, 0, 1, 0, 1, 1], [1, 0, 0, 0, 1, 1, 1, 1]); // tp 4, fp 1, fn 1 → 0.8
    const p95 = latencyValue(latencySummary([80, 95, 110, 120, 300])); // 264
    const deploys = deploymentFrequencyValue(
      deploymentFrequency(
        [
          { id: 'a', at: '2026-01-05T00:00:00Z', status: 'success' },
          { id: 'b', at: '2026-01-12T00:00:00Z', status: 'success' },
        ],
        { from: '2026-01-01T00:00:00Z', to: '2026-01-15T00:00:00Z' },
      ),
    ); // 2 in 14 days = 1 a week
    const drift = driftShareValue({ driftedShare: 0.25, datasetDrift: false } as never);
    const dq = dataQualityValue(dataQualityIndex({ completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 }));
    const r = okrProgress(
      objective([
        kr({ id: 'f1', metric: 'f1', baseline: 0.7, target: 0.9 }),
        kr({ id: 'p95', metric: 'p95', baseline: 300, target: 120, direction: 'lower' }),
        kr({ id: 'dep', metric: 'deploys', baseline: 0.5, target: 2 }),
        kr({ id: 'drift', metric: 'drift', baseline: 0.5, target: 0.1, direction: 'lower' }),
        kr({ id: 'dq', metric: 'dq', baseline: 90, target: 98 }),
      ]),
      {
        now: at(45),
        values: new Map([
          ['f1', f1],
          ['p95', p95],
          ['deploys', deploys],
          ['drift', drift],
          ['dq', dq],
        ]),
      },
    );
    const p = r.keyResults.map((k) => k.progress);
    expect(p[0]).toBeCloseTo(0.5, 12); // (0.8 − 0.7) / 0.2
    expect(p[1]).toBeCloseTo(0.2, 12); // (300 − 264) / 180
    expect(p[2]).toBeCloseTo(1 / 3, 12); // (1 − 0.5) / 1.5
    expect(p[3]).toBeCloseTo(0.625, 12); // (0.5 − 0.25) / 0.4
    expect(p[4]).toBeCloseTo(5.75 / 8, 12); // (95.75 − 90) / 8
  });
  it('a metric named __proto__ or constructor is read as data, not from the prototype', () => {
    const values = JSON.parse('{"__proto__": 50, "constructor": 25}') as Record<string, number>;
    const r = okrProgress(
      objective([kr({ id: '__proto__', metric: '__proto__' }), kr({ id: 'toString', metric: 'constructor' })]),
      { now: at(0), values },
    );
    expect(r.keyResults.map((k) => [k.id, k.progress])).toEqual([
      ['__proto__', 0.5],
      ['toString', 0.25],
    ]);
    expect(codeOf(() => okrProgress(objective([kr({ metric: 'toString' })]), { now: at(0), values: {} }))).toBe('NOT_FOUND');
  });
});

describe('okrProgress: refusals', () => {
  const ok = () => objective([kr()]);
  it('baseline = target → INVALID_VALUE naming the key result', () => {
    const e = thrown(() =>
      okrProgress(objective([kr(), kr({ id: 'x', baseline: 5, target: 5 })]), { now: at(0), values: { m: 1 } }),
    );
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('objective.keyResults[1].target');
  });
  it('a target on the wrong side for the direction → INVALID_VALUE', () => {
    expect(codeOf(() => one(kr({ baseline: 10, target: 5 }), 1, 0))).toBe('INVALID_VALUE');
    expect(codeOf(() => one(kr({ baseline: 5, target: 10, direction: 'lower' }), 1, 0))).toBe('INVALID_VALUE');
  });
  it('a metric missing from values → NOT_FOUND naming the key result', () => {
    const e = thrown(() => okrProgress(objective([kr({ id: 'latency', metric: 'p95' })]), { now: at(0), values: { p50: 1 } }));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('latency');
    expect(e.message).toContain('keyResults[0]');
  });
  it('bad shapes, instants and options', () => {
    const values = { m: 1 };
    expect(codeOf(() => okrProgress(null as never, { now: 0, values }))).toBe('INVALID_VALUE');
    expect(codeOf(() => okrProgress(objective([]), { now: 0, values }))).toBe('EMPTY_INPUT');
    expect(codeOf(() => okrProgress(objective([kr()], { from: Q1.to, to: Q1.from }), { now: 0, values }))).toBe(
      'INVALID_INTERVAL',
    );
    expect(codeOf(() => okrProgress(objective([kr()], { from: '2026-01-01', to: Q1.to }), { now: 0, values }))).toBe(
      'INVALID_VALUE',
    );
    expect(codeOf(() => okrProgress(ok(), { now: '2026-02-01T00:00:00', values }))).toBe('INVALID_OPTION');
    expect(codeOf(() => okrProgress(ok(), { now: 0, values: [1] as never }))).toBe('INVALID_OPTION');
    expect(codeOf(() => okrProgress(ok(), { now: 0, values, tolerance: 2 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => okrProgress(ok(), { now: 0, values: { m: NaN } }))).toBe('NON_FINITE');
    expect(codeOf(() => okrProgress(ok(), { now: 0, values: { m: '1' as never } }))).toBe('INVALID_VALUE');
    expect(codeOf(() => one(kr({ baseline: Infinity }), 1, 0))).toBe('NON_FINITE');
    expect(codeOf(() => one(kr({ history: [{ at: 'yesterday', value: 1 }] }), 1, 0))).toBe('INVALID_VALUE');
    expect(codeOf(() => okrProgress(objective([kr(), kr()]), { now: 0, values }))).toBe('INVALID_VALUE'); // duplicate id
  });
  it('refuses a hostile history length before looping', () => {
    const e = thrown(() => one(kr({ history: { length: 2 ** 53 - 1 } as never }), 1, 0));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('history');
    expect(codeOf(() => okrProgress({ ...ok(), keyResults: { length: 1e9 } as never }, { now: 0, values: { m: 1 } }))).toBe(
      'INVALID_VALUE',
    );
  });
});

describe('okrProgress: properties', () => {
  const num = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const setup = fc
    .tuple(num, num, num, fc.boolean())
    .filter(([b, t]) => b !== t)
    .map(([a, b, v, lowerSide]) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return lowerSide
        ? { baseline: hi, target: lo, direction: 'lower' as const, value: v }
        : { baseline: lo, target: hi, direction: 'higher' as const, value: v };
    });

  it('progress is in [0, 1] and expected in [0, 1]', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: -100, max: 200 }), ({ value, ...k }, day) => {
        const r = one(kr(k), value, day);
        return r.progress >= 0 && r.progress <= 1 && r.expected >= 0 && r.expected <= 1;
      }),
    );
  });

  it('progress never falls as the value moves the right way', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: 0, max: 2_000_000 }), ({ value, ...k }, step) => {
        const better = k.direction === 'higher' ? value + step : value - step;
        return one(kr(k), better, 10).progress >= one(kr(k), value, 10).progress;
      }),
    );
  });

  it('progress is unchanged by the unit (scale and offset applied to baseline, target and value)', () => {
    fc.assert(
      fc.property(
        setup,
        fc.constantFrom(0.001, 1000, 3.6, 1.8, 2 ** -10, 86_400),
        fc.integer({ min: -1000, max: 1000 }),
        ({ value, ...k }, scale, offset) => {
          const u = (x: number) => x * scale + offset;
          const a = one(kr(k), value, 10).progress;
          const b = one(kr({ ...k, baseline: u(k.baseline), target: u(k.target) }), u(value), 10).progress;
          expect(b).toBeCloseTo(a, 8);
        },
      ),
    );
  });
});
