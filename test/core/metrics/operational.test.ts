import { latencySummary, quantile, throughput } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRefusal, rng } from './support';

/** NumPy's linear quantile on a plain sorted copy: the straightforward reference. */
function npQuantile(xs: ArrayLike<number>, q: number, sorted?: number[]): number {
  const s = sorted ?? Array.from(xs).sort((a, b) => a - b);
  const n = s.length;
  const vi = (n - 1) * q;
  if (vi >= n - 1) return s[n - 1];
  const lo = Math.floor(vi);
  const g = vi - lo;
  const d = s[lo + 1] - s[lo];
  // NumPy's formula overflows (NaN / ±Infinity) when the neighbours are finite, of opposite
  // signs and near ±1.8e308; Sextant answers the weighted mean there instead (found by fast-check:
  // quantile([-9.98e291, 1.797e308], 0) was NaN).
  if (!Number.isFinite(d)) return s[lo] * (1 - g) + s[lo + 1] * g;
  return g >= 0.5 ? s[lo + 1] - d * (1 - g) : s[lo] + d * g;
}

describe('quantile refusals', () => {
  it('names the bad value on the radix-select path too (n ≥ 65536)', () => {
    const x = new Float64Array(100000).map((_, i) => i % 977);
    x[70000] = NaN;
    expect(expectRefusal(() => quantile(x, 0.5), 'NON_FINITE', /values\[70000\] is NaN/).index).toBe(70000);
    x[70000] = 1;
    x[99999] = -Infinity;
    expectRefusal(() => quantile(x, [0.1]), 'NON_FINITE', /values\[99999\] is -Infinity/);
    expectRefusal(() => quantile(Array.from(x), [0.1]), 'NON_FINITE', /values\[99999\]/);
    expectRefusal(() => latencySummary([1, 2, Infinity]), 'NON_FINITE', /values\[2\] is Infinity/);
  });

  it('refuses q outside [0, 1] (after the data checks)', () => {
    expectRefusal(() => quantile([1, 2], NaN), 'INVALID_OPTION', /q must be a number in \[0, 1\]/);
    expectRefusal(() => quantile([1, 2], [0.5, 1.5]), 'INVALID_OPTION', /q\[1\]/);
    expectRefusal(() => quantile([1, NaN], 2), 'NON_FINITE');
    expectRefusal(() => quantile([], 2), 'EMPTY_INPUT');
    expectRefusal(() => quantile([1, 'x' as never], 0.5), 'INVALID_VALUE', /values\[1\] must be a number/);
    expect(quantile([1, 2], [])).toEqual([]);
  });
});

describe('quantile properties', () => {
  it('radix select equals a full sort, for any distribution, and never touches the input', () => {
    const kinds = ['lognormal', 'ties', 'mixed-sign', 'tiny', 'spread'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...kinds),
        fc.integer({ min: 65536, max: 90000 }),
        (seed, kind, n) => {
          const r = rng(seed);
          const x = new Float64Array(n);
          for (let i = 0; i < n; i++) {
            const u = r();
            x[i] =
              kind === 'lognormal'
                ? Math.exp(3 + 2 * (u - 0.5))
                : kind === 'ties'
                  ? Math.floor(u * 5)
                  : kind === 'mixed-sign'
                    ? (u - 0.5) * 1e6
                    : kind === 'tiny'
                      ? (u - 0.5) * 1e-310
                      : (u - 0.5) * 10 ** Math.floor(u * 600 - 300);
          }
          const copy = x.slice();
          const sorted = Array.from(copy).sort((a, b) => a - b);
          const qs = [0, 0.001, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1, r()];
          const got = quantile(x, qs);
          qs.forEach((q, i) => expect(got[i]).toBe(npQuantile(copy, q, sorted)));
          expect(x).toEqual(copy);
        },
      ),
      { numRuns: 10 },
    );
  }, 60_000);

  it('small inputs (sort path) agree with the reference and stay within [min, max]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, q) => {
          const v = quantile(xs, q);
          expect(v).toBe(npQuantile(xs, q));
          expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(v).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });
});

describe('throughput (hand-checked)', () => {
  it('counts events per aligned window, empty windows included', () => {
    expect(throughput([0, 400, 1500, 3100], { windowMs: 1000 })).toEqual([
      { start: '1970-01-01T00:00:00.000Z', end: '1970-01-01T00:00:01.000Z', startMs: 0, endMs: 1000, count: 2, perSecond: 2 },
      { start: '1970-01-01T00:00:01.000Z', end: '1970-01-01T00:00:02.000Z', startMs: 1000, endMs: 2000, count: 1, perSecond: 1 },
      { start: '1970-01-01T00:00:02.000Z', end: '1970-01-01T00:00:03.000Z', startMs: 2000, endMs: 3000, count: 0, perSecond: 0 },
      { start: '1970-01-01T00:00:03.000Z', end: '1970-01-01T00:00:04.000Z', startMs: 3000, endMs: 4000, count: 1, perSecond: 1 },
    ]);
  });

  it('aligns to multiples of windowMs since the epoch, takes ISO strings, any order', () => {
    // 2026-01-01T00:00:00Z = 1767225600000. Minute windows; events at :10, :50, :70 (next minute), :05.
    const t0 = Date.UTC(2026, 0, 1);
    const w = throughput(['2026-01-01T00:00:50Z', t0 + 10_000, '2026-01-01T00:01:10.000Z', t0 + 5_000], { windowMs: 60_000 });
    expect(w.map((x) => [x.start, x.count, x.perSecond])).toEqual([
      ['2026-01-01T00:00:00.000Z', 3, 3 / 60],
      ['2026-01-01T00:01:00.000Z', 1, 1 / 60],
    ]);
    // A 7 s window starts at a multiple of 7000 ms since the epoch, not at the first event.
    const v = throughput([t0 + 1000], { windowMs: 7000 });
    expect(v[0].startMs % 7000).toBe(0);
    expect(v[0].startMs).toBeLessThanOrEqual(t0 + 1000);
    expect(v[0].endMs).toBeGreaterThan(t0 + 1000);
  });

  it('from/to: only events in [from, to) count; the windows cover the span', () => {
    const w = throughput([500, 1500, 2500, 3500], { windowMs: 1000, from: 1000, to: 3000 });
    expect(w.map((x) => [x.startMs, x.count])).toEqual([
      [1000, 1],
      [2000, 1],
    ]);
    // No event in range: the span is still covered, with zero counts.
    expect(throughput([10], { windowMs: 1000, from: 5000, to: 7000 }).map((x) => x.count)).toEqual([0, 0]);
    // No event in range and an open end: nothing to cover.
    expect(throughput([10], { windowMs: 1000, from: 5000 })).toEqual([]);
  });

  it('refuses bad input', () => {
    expectRefusal(() => throughput([], { windowMs: 1000 }), 'EMPTY_INPUT');
    expectRefusal(() => throughput([1, NaN], { windowMs: 1000 }), 'NON_FINITE', /timestamps\[1\] is NaN/);
    expect(
      expectRefusal(() => throughput([1, 'yesterday'], { windowMs: 1000 }), 'INVALID_VALUE', /timestamps at index 1/).index,
    ).toBe(1);
    // One rule for instants: a time without 'Z' or an offset is refused, never read in the machine's zone
    // (Date.parse gave 2 windows under TZ=UTC and 11 under TZ=Asia/Tokyo for this `from`).
    expectRefusal(() => throughput([1, '2026-03-01T10:00'], { windowMs: 1000 }), 'INVALID_VALUE', /no 'Z' or offset/);
    expectRefusal(() => throughput([1, '2026-03-01'], { windowMs: 1000 }), 'INVALID_VALUE', /timestamps at index 1/);
    expectRefusal(
      () => throughput([Date.UTC(2026, 2, 1, 10)], { windowMs: 3_600_000, from: '2026-03-01T10:00' }),
      'INVALID_OPTION',
      /options\.from/,
    );
    // The first bad timestamp is named, after the option checks (INVALID_OPTION before INVALID_VALUE).
    expectRefusal(() => throughput([1, 'x', 'y'], { windowMs: 1000 }), 'INVALID_VALUE', /timestamps at index 1 "x"/);
    expectRefusal(() => throughput([1, 'x'], { windowMs: 0 }), 'INVALID_OPTION', /windowMs/);
    expectRefusal(() => throughput([1], { windowMs: 0 }), 'INVALID_OPTION', /windowMs/);
    expectRefusal(() => throughput([1], {} as never), 'INVALID_OPTION', /windowMs/);
    expectRefusal(() => throughput([1], { windowMs: 1000, from: 'soon' }), 'INVALID_OPTION', /options\.from/);
    expectRefusal(() => throughput([1], { windowMs: 1000, from: 5000, to: 5000 }), 'INVALID_INTERVAL');
    expectRefusal(() => throughput([0, 1e12], { windowMs: 1 }), 'INVALID_OPTION', /windows/);
    // NON_FINITE outranks a bad option.
    expectRefusal(() => throughput([Infinity], { windowMs: -1 }), 'NON_FINITE');
  });
});

describe('quantile near the ends of the double range', () => {
  it('interpolates without overflowing where b − a does', () => {
    const xs = [-9.9792015476736e291, 1.7976931348623157e308];
    expect(quantile(xs, 0)).toBe(-9.9792015476736e291);
    expect(quantile(xs, 1)).toBe(1.7976931348623157e308);
    // By hand: halfway is a/2 + b/2 (both halves exact in binary).
    expect(quantile(xs, 0.5)).toBe(-4.9896007738368e291 + 8.988465674311579e307);
    expect(Number.isFinite(quantile(xs, 0.3))).toBe(true);
  });
});
