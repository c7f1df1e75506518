/**
 * The direct en-US formatters against Intl itself: the same text for every value drawn, so a
 * widget's first paint can skip ICU's start-up without changing a character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormatter, numberFormatter } from '../../packages/react/src/frame/format';

const values = fc.oneof(
  fc.double(),
  fc.double({ min: -1e7, max: 1e7 }),
  // Decimals with ties at every place: 0.145, 2.5, 1234.5, 0.0095 …
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 9 })).map(([m, k]) => m / 10 ** k),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 0, max: 9 })).map(([m, k]) => (m + 0.5) / 10 ** k),
  fc.constantFrom(0, -0, 0.5, -0.5, 999.5, 9.995, 99999.5, 1e21, 1e-7, 2 ** 53 - 1, 2 ** 53, 2 ** 60, NaN, Infinity, -Infinity),
);

const shapes: Intl.NumberFormatOptions[] = [
  {},
  ...[1, 2, 3, 4, 6, 21].map((k) => ({ maximumSignificantDigits: k })),
  ...[0, 1, 2, 3, 5, 20].map((k) => ({ maximumFractionDigits: k })),
  ...[0, 1, 2].map((k) => ({ style: 'percent' as const, maximumFractionDigits: k })),
  { style: 'percent', maximumFractionDigits: 1, signDisplay: 'never' },
  { maximumFractionDigits: 3, signDisplay: 'never' },
  { maximumSignificantDigits: 3, signDisplay: 'never' },
];

describe('numberFormatter', () => {
  for (const options of shapes) {
    it(`en-US ${JSON.stringify(options)} writes what Intl writes`, () => {
      const ours = numberFormatter('en-US', options);
      const intl = new Intl.NumberFormat('en-US', options);
      fc.assert(
        fc.property(values, (v) => {
          expect(ours(v)).toBe(intl.format(v));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('other locales and other shapes are Intl itself', () => {
    expect(numberFormatter('de-DE', { maximumSignificantDigits: 3 })(12345.6)).toBe('12.300');
    expect(numberFormatter('en-US', { style: 'currency', currency: 'EUR' })(1.5)).toBe('€1.50');
    expect(numberFormatter('en-US', { signDisplay: 'always' })(1.5)).toBe('+1.5');
    expect(numberFormatter('en-US', { notation: 'compact', maximumFractionDigits: 1 })(12345)).toBe('12.3K');
    expect(numberFormatter('fr-FR')(1234.5)).toBe(new Intl.NumberFormat('fr-FR').format(1234.5));
  });
});

describe('dateFormatter', () => {
  const instants = fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
  for (const options of [
    { month: 'short', day: 'numeric', timeZone: 'UTC' },
    { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  ] as const) {
    it(`en-US ${JSON.stringify(options)} writes what Intl writes`, () => {
      const ours = dateFormatter('en-US', options);
      const intl = new Intl.DateTimeFormat('en-US', options);
      fc.assert(
        fc.property(instants, (t) => {
          expect(ours(t)).toBe(intl.format(t));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('years outside 1000–9999, other zones, locales and shapes are Intl itself', () => {
    const full = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' } as const;
    for (const t of [Date.UTC(999, 5, 1), -62198755200000, 8.64e15]) {
      expect(dateFormatter('en-US', full)(t)).toBe(new Intl.DateTimeFormat('en-US', full).format(t));
    }
    expect(dateFormatter('de-DE', full)(Date.UTC(2026, 6, 1))).toBe('1. Juli 2026');
    const tokyo = { month: 'short', day: 'numeric', timeZone: 'Asia/Tokyo' } as const;
    expect(dateFormatter('en-US', tokyo)(Date.UTC(2026, 6, 1, 20))).toBe('Jul 2');
  });
});
