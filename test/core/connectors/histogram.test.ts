/**
 * histogramQuantile against Prometheus's `histogram_quantile` over classic histograms.
 * Every expected value is worked by hand from BucketQuantile's rules (promql/quantile.go):
 * rank = q · total; b = the first bucket (not counting +Inf) whose cumulative count ≥ rank;
 * b = +Inf → the highest finite bound; b = 0 with bound ≤ 0 → that bound; otherwise
 * lower + (upper − lower) · (rank − count below) / (count in bucket), lower = 0 for b = 0.
 * The first three histograms are the ones of Prometheus's own test file
 * (promql/promqltest/testdata/histograms.test: testhistogram, testhistogram2, mixed_bucket),
 * whose expected values agree with the working below.
 */
import fc from 'fast-check';
import { histogramQuantile, type HistogramBucket } from '@sextant/core/connectors';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const I = Infinity;
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

// testhistogram{start="positive"} at 50m (counts ×10): 0.1→50, 0.2→70, 1→110, +Inf→120.
const positive: HistogramBucket[] = [
  { le: 0.1, count: 50 },
  { le: 0.2, count: 70 },
  { le: 1, count: 110 },
  { le: I, count: 120 },
];
// testhistogram{start="negative"}: −0.2→10, −0.1→20, 0.3→20, +Inf→30.
const negative: HistogramBucket[] = [
  { le: -0.2, count: 10 },
  { le: -0.1, count: 20 },
  { le: 0.3, count: 20 },
  { le: I, count: 30 },
];
// testhistogram2: 0→0, 2→10, 4→20, 6→30, +Inf→30 (quantiles mid-bucket at 1, 3, 5).
const mid: HistogramBucket[] = [
  { le: 0, count: 0 },
  { le: 2, count: 10 },
  { le: 4, count: 20 },
  { le: 6, count: 30 },
  { le: I, count: 30 },
];

describe('histogramQuantile — worked examples', () => {
  it('interpolates inside the bucket, from 0 in a first bucket with a positive bound', () => {
    // q=0: rank 0, b=0 (50 ≥ 0), 0 + 0.1·0/50 = 0
    expect(histogramQuantile(0, positive)).toBe(0);
    // q=0.2: rank 24, b=0, 0 + 0.1·24/50 = 0.048
    close(histogramQuantile(0.2, positive), 0.048);
    // q=0.5: rank 60, b=1 (70 ≥ 60), 0.1 + 0.1·(60−50)/(70−50) = 0.15
    close(histogramQuantile(0.5, positive), 0.15);
    // q=0.8: rank 96, b=2 (110 ≥ 96), 0.2 + 0.8·(96−70)/(110−70) = 0.72
    close(histogramQuantile(0.8, positive), 0.72);
  });

  it('answers the highest finite bound when the rank falls in the +Inf bucket (q = 1)', () => {
    // q=1: rank 120, no finite bucket reaches it → b = +Inf → le of the bucket before it = 1
    expect(histogramQuantile(1, positive)).toBe(1);
    // q=0.95: rank 114 > 110 → +Inf bucket → 1
    expect(histogramQuantile(0.95, positive)).toBe(1);
  });

  it('answers the bound of a first bucket whose bound is ≤ 0', () => {
    // q=0 and q=0.2: rank 0 and 6, b=0 with le −0.2 ≤ 0 → −0.2
    expect(histogramQuantile(0, negative)).toBe(-0.2);
    expect(histogramQuantile(0.2, negative)).toBe(-0.2);
    // q=0.5: rank 15, b=1, −0.2 + 0.1·(15−10)/(20−10) = −0.15
    close(histogramQuantile(0.5, negative), -0.15);
    // q=0.8: rank 24 > 20 (the 0.3 bucket has 20) → +Inf → 0.3
    expect(histogramQuantile(0.8, negative)).toBe(0.3);
    // q=0 in testhistogram2: first bucket le=0 ≤ 0 → 0
    expect(histogramQuantile(0, mid)).toBe(0);
  });

  it('lands mid-bucket where the rank is half a bucket', () => {
    // q=1/6: rank 5, b=1 (0 < 5 ≤ 10), 0 + 2·5/10 = 1; q=1/2 → 3; q=5/6 → 5
    close(histogramQuantile(1 / 6, mid), 1);
    close(histogramQuantile(0.5, mid), 3);
    close(histogramQuantile(5 / 6, mid), 5);
    // q=1: rank 30, b=3 (the 6 bucket reaches 30), 4 + 2·(30−20)/10 = 6
    expect(histogramQuantile(1, mid)).toBe(6);
  });

  it('takes the first bucket that reaches the rank when counts are equal', () => {
    const b = [
      { le: 1, count: 5 },
      { le: 2, count: 5 },
      { le: 3, count: 10 },
      { le: I, count: 10 },
    ];
    // q=0.5: rank 5, b=0 already reaches 5 → 0 + 1·5/5 = 1 (not 2)
    expect(histogramQuantile(0.5, b)).toBe(1);
    // q=0.6: rank 6, b=2 → 2 + 1·(6−5)/(10−5) = 2.2
    close(histogramQuantile(0.6, b), 2.2);
  });

  it('merges buckets with the same bound and sorts them (mixed_bucket: "0.2", "2e-1", "2.0e-1")', () => {
    const b = [
      { le: I, count: 4 },
      { le: 0.2, count: 1 },
      { le: 0.1, count: 1 },
      { le: 0.2, count: 1 },
      { le: 0.2, count: 1 },
    ];
    // merged: 0.1→1, 0.2→3, +Inf→4. q=0.5: rank 2, b=1, 0.1 + 0.1·(2−1)/(3−1) = 0.15
    close(histogramQuantile(0.5, b), 0.15);
    // q=0.75: rank 3, b=1, 0.1 + 0.1·2/2 = 0.2
    close(histogramQuantile(0.75, b), 0.2);
  });

  it('evens out counts that decrease (the envelope)', () => {
    const b = [
      { le: 1, count: 10 },
      { le: 2, count: 8 },
      { le: 3, count: 12 },
      { le: I, count: 12 },
    ];
    // envelope 10, 10, 12, 12. q=0.5: rank 6, b=0 → 0.6; q=0.9: rank 10.8, b=2 → 2 + (0.8/2) = 2.4
    close(histogramQuantile(0.5, b), 0.6);
    close(histogramQuantile(0.9, b), 2.4);
  });

  it('ignores relative differences below 1e-12 between neighbours', () => {
    const b = [
      { le: 1, count: 100 },
      { le: 2, count: 100.00000000001 }, // relative delta 5e-14: read as 100
      { le: 3, count: 200 },
      { le: I, count: 200 },
    ];
    // rank = 0.500000000000025 · 200 = 100.000000000005: without the correction it would land
    // in the (1, 2] bucket (≈ 1.5); with it, b=2 → 2 + (rank − 100)/100 ≈ 2.
    expect(Math.abs(histogramQuantile(0.500000000000025, b) - 2)).toBeLessThan(1e-9);
  });

  it('interpolates across zero with negative bounds', () => {
    const b = [
      { le: -1, count: 2 },
      { le: 1, count: 4 },
      { le: I, count: 4 },
    ];
    // q=0.75: rank 3, b=1, −1 + 2·(3−2)/(4−2) = 0
    expect(histogramQuantile(0.75, b)).toBe(0);
  });

  it('answers the highest finite bound when every observation is in +Inf', () => {
    const b = [
      { le: 1, count: 0 },
      { le: I, count: 10 },
    ];
    // q=0.5: rank 5, bucket 1 has 0 → +Inf → 1
    expect(histogramQuantile(0.5, b)).toBe(1);
    // q=0: rank 0 and the first bucket (le 1 > 0) is empty: 0/0, NaN in Prometheus
    expect(codeOf(() => histogramQuantile(0, b))).toBe('UNDEFINED_METRIC');
  });

  it('does not overflow between bounds near ±1.8e308', () => {
    const b = [
      { le: -1.7e308, count: 1 },
      { le: 1.7e308, count: 3 },
      { le: I, count: 3 },
    ];
    // q=0.5: rank 1.5, b=1, f = 0.5/2 = 0.25 → −1.7e308 + 3.4e308·0.25 overflows; weighted form gives −0.85e308
    const v = histogramQuantile(0.5, b);
    expect(Number.isFinite(v)).toBe(true);
    expect(v / 1e308).toBeCloseTo(-0.85, 12);
  });

  it('reads typed-array-free array-likes and does not modify its input', () => {
    const b = positive.map((x) => ({ ...x })).reverse();
    const copy = JSON.stringify(b);
    close(histogramQuantile(0.5, b), 0.15);
    expect(JSON.stringify(b)).toBe(copy);
  });
});

describe('histogramQuantile — refusals', () => {
  it('refuses q outside [0, 1] (Prometheus: ±Inf or NaN) with INVALID_OPTION', () => {
    for (const q of [-0.1, 1.01, NaN, Infinity]) expect(codeOf(() => histogramQuantile(q, positive))).toBe('INVALID_OPTION');
    expect(codeOf(() => histogramQuantile('0.5' as unknown as number, positive))).toBe('INVALID_OPTION');
  });

  it('refuses histograms Prometheus answers NaN for with INVALID_VALUE', () => {
    const noInf = positive.slice(0, 3);
    const e = thrown(() => histogramQuantile(0.5, noInf));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/\+Inf/);
    expect(codeOf(() => histogramQuantile(0.5, [{ le: I, count: 3 }]))).toBe('INVALID_VALUE');
    expect(
      codeOf(() =>
        histogramQuantile(0.5, [
          { le: 1, count: 0 },
          { le: I, count: 0 },
        ]),
      ),
    ).toBe('INVALID_VALUE');
  });

  it('names the first bad bucket and field', () => {
    const e = thrown(() =>
      histogramQuantile(0.5, [
        { le: 1, count: 1 },
        { le: 2, count: '3' as unknown as number },
        { le: I, count: 3 },
      ]),
    );
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/^buckets\[1\]\.count/);
    expect(
      thrown(() =>
        histogramQuantile(0.5, [
          { le: -I, count: 1 },
          { le: I, count: 1 },
        ]),
      ).message,
    ).toMatch(/buckets\[0\]\.le/);
    expect(
      thrown(() =>
        histogramQuantile(0.5, [
          { le: NaN, count: 1 },
          { le: I, count: 1 },
        ]),
      ).message,
    ).toMatch(/buckets\[0\]\.le/);
    expect(
      thrown(() =>
        histogramQuantile(0.5, [
          { le: 1, count: -1 },
          { le: I, count: 1 },
        ]),
      ).message,
    ).toMatch(/buckets\[0\]\.count/);
    expect(
      codeOf(() =>
        histogramQuantile(0.5, [
          { le: 1, count: NaN },
          { le: I, count: 1 },
        ]),
      ),
    ).toBe('NON_FINITE');
    expect(codeOf(() => histogramQuantile(0.5, []))).toBe('EMPTY_INPUT');
    expect(codeOf(() => histogramQuantile(0.5, null as unknown as HistogramBucket[]))).toBe('INVALID_VALUE');
  });

  it('refuses hostile array-likes at once and ignores inherited fields', () => {
    expect(codeOf(() => histogramQuantile(0.5, { length: 1e9 } as unknown as HistogramBucket[]))).toBe('INVALID_VALUE');
    expect(codeOf(() => histogramQuantile(0.5, { length: 2 ** 53 - 1 } as unknown as HistogramBucket[]))).toBe('INVALID_VALUE');
    const proto = Object.create({ le: 1, count: 1 }) as HistogramBucket;
    expect(thrown(() => histogramQuantile(0.5, [proto, { le: I, count: 1 }])).message).toMatch(/buckets\[0\]\.le/);
  });
});

/** A valid histogram: increasing finite bounds (first may be ≤ 0), cumulative counts, +Inf last, total > 0. */
const histogram = fc
  .tuple(
    fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 12 }),
    fc.array(fc.nat({ max: 50 }), { minLength: 13, maxLength: 13 }),
    // Rates, not only counts: rate(…[5m]) divides every bucket by the same window.
    fc.constantFrom(1, 1 / 300, 1 / 60, 1e-6, 1e6),
  )
  .map(([bounds, adds, scale]) => {
    const les = Array.from(new Set(bounds.map((b) => b / 10))).sort((a, b) => a - b);
    let c = 0;
    const out: HistogramBucket[] = les.map((le, i) => ({ le, count: (c += adds[i]) * scale }));
    out.push({ le: I, count: (c += adds[12]) * scale });
    return out;
  })
  .filter((h) => h[h.length - 1].count > 0 && h[0].count > 0);

describe('histogramQuantile — properties (fast-check)', () => {
  it('is monotone in q', () => {
    fc.assert(
      fc.property(
        histogram,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (h, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(histogramQuantile(lo, h)).toBeLessThanOrEqual(histogramQuantile(hi, h));
        },
      ),
    );
  });

  it('stays within the bounds of the bucket holding rank q · total', () => {
    fc.assert(
      fc.property(histogram, fc.double({ min: 0, max: 1, noNaN: true }), (h, q) => {
        const v = histogramQuantile(q, h);
        const total = h[h.length - 1].count;
        const rank = q * total;
        const b = h.findIndex((x, i) => i < h.length - 1 && x.count >= rank);
        if (b === -1) {
          expect(v).toBe(h[h.length - 2].le);
          return;
        }
        const lower = b === 0 ? Math.min(0, h[0].le) : h[b - 1].le;
        expect(v).toBeGreaterThanOrEqual(lower);
        expect(v).toBeLessThanOrEqual(h[b].le);
      }),
    );
  });

  it('does not depend on the order the buckets come in', () => {
    fc.assert(
      fc.property(histogram, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (h, q, seed) => {
        const shuffled = h
          .map((x, i) => ({ x, k: (i * 7919 + seed) % 101 }))
          .sort((a, b) => a.k - b.k)
          .map((p) => p.x);
        expect(histogramQuantile(q, shuffled)).toBe(histogramQuantile(q, h));
      }),
    );
  });
});

describe("histogramQuantile — Prometheus's own test vectors", () => {
  // request_duration_seconds from prometheus/prometheus promql/promqltest/testdata/histograms.test:
  // each bucket series grows by the given count every 5 m, so rate(…[10m]) is count / 300 per
  // second. Expected values are the ones that file asserts for histogram_quantile.
  const inc: Record<string, [number, number, number]> = {
    'job1/ins1': [1, 3, 4],
    'job1/ins2': [2, 5, 6],
    'job2/ins1': [3, 4, 6],
    'job2/ins2': [4, 7, 9],
  };
  const rate = (c: [number, number, number]): HistogramBucket[] => [
    { le: 0.1, count: c[0] / 300 },
    { le: 0.2, count: c[1] / 300 },
    { le: I, count: c[2] / 300 },
  ];
  const sum = (keys: string[]) => [0, 1, 2].map((i) => keys.reduce((s, k) => s + inc[k][i], 0)) as [number, number, number];
  const cases: [string, HistogramBucket[], number, number][] = [
    ['job1/ins1', rate(inc['job1/ins1']), 0.11, 0.15],
    ['job1/ins2', rate(inc['job1/ins2']), 0.09, 0.13333333333333333],
    ['job2/ins1', rate(inc['job2/ins1']), 0.06, 0.1],
    ['job2/ins2', rate(inc['job2/ins2']), 0.0675, 0.11666666666666667],
    ['sum by (le)', rate(sum(Object.keys(inc))), 0.075, 0.1277777777777778],
    ['sum by (le, job) job1', rate(sum(['job1/ins1', 'job1/ins2'])), 0.1, 0.14],
    ['sum by (le, job) job2', rate(sum(['job2/ins1', 'job2/ins2'])), 0.0642857142857143, 0.1125],
    ['sum by (le, instance) ins1', rate(sum(['job1/ins1', 'job2/ins1'])), 0.075, 0.1333333333],
    ['sum by (le, instance) ins2', rate(sum(['job1/ins2', 'job2/ins2'])), 0.075, 0.125],
  ];
  for (const [name, buckets, q3, q5] of cases) {
    it(`${name}: q=0.3 and q=0.5`, () => {
      // The test file writes some values to 10 significant digits.
      expect(histogramQuantile(0.3, buckets)).toBeCloseTo(q3, 9);
      expect(histogramQuantile(0.5, buckets)).toBeCloseTo(q5, 9);
    });
  }
});
