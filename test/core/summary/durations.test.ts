// Durations in summaries read as a person writes them: the largest unit the value reaches
// (ms, s, min, h, days), the locale's digits. Every expected string is worked by hand below.
import { stakeholderSummary, type SummaryFacts } from '@sextant/core';
import { describe, expect, it } from 'vitest';

const NOW = '2026-11-16T09:00:00Z';

/** The technical metric line of one duration metric that meets its target exactly. */
function line(value: number, unit: 'ms' | 's', locale = 'en-US'): string {
  const facts: SummaryFacts = {
    project: { name: 'Scorer' },
    now: NOW,
    metrics: [{ id: 'lat', name: 'Latency', value, target: value, direction: 'lower', unit }],
  };
  const s = stakeholderSummary(facts, { audience: 'technical', locale });
  // Intl puts a no-break space between a number and its unit (and French groups with U+202F).
  return s.sections.find((x) => x.id === 'metrics')!.items[0].text.replace(/[\u00a0\u202f]/g, ' ');
}
const shown = (value: number, unit: 'ms' | 's', locale?: string) =>
  /^Latency: (.*) against a target of ≤ (.*) \(on target\)\.$/.exec(line(value, unit, locale))![1];

describe('durations read as a person writes them', () => {
  it('milliseconds stay milliseconds below a second, one decimal at most', () => {
    expect(shown(80, 'ms')).toBe('80 ms');
    expect(shown(412.5, 'ms')).toBe('412.5 ms');
    // Below 1 ms one decimal would give "0 ms" for 0.04: two significant digits instead.
    expect(shown(0.25, 'ms')).toBe('0.25 ms');
    expect(shown(0.04, 'ms')).toBe('0.04 ms');
    expect(shown(0, 'ms')).toBe('0 ms');
  });

  it('a second or more reads in seconds, then minutes, hours and days', () => {
    // 1,500 ms = 1.5 s (was "1,500 ms"; as seconds, "1.5 sec").
    expect(shown(1500, 'ms')).toBe('1.5 s');
    // 1,234 ms = 1.234 s → two decimals → 1.23 s.
    expect(shown(1234, 'ms')).toBe('1.23 s');
    // 90,000 ms = 90 s = 1.5 min.
    expect(shown(90_000, 'ms')).toBe('1.5 min');
    // 5,400,000 ms = 5,400 s = 90 min = 1.5 h.
    expect(shown(5_400_000, 'ms')).toBe('1.5 h');
    // 86,400,000 ms = 24 h = 1 day; 129,600,000 ms = 36 h = 1.5 days.
    expect(shown(86_400_000, 'ms')).toBe('1 day');
    expect(shown(129_600_000, 'ms')).toBe('1.5 days');
  });

  it('the unit is chosen after rounding: never "1,000 ms" or "60 s"', () => {
    // 999.96 ms rounds to 1,000.0 ms at one decimal, so it is a second: 0.99996 s → 1.00 → "1 s".
    expect(shown(999.96, 'ms')).toBe('1 s');
    // 59,999 ms = 59.999 s → 60.00 at two decimals → 0.99998 min → "1 min".
    expect(shown(59_999, 'ms')).toBe('1 min');
  });

  it('values given in seconds read the same way (80 ms was "0.08 sec")', () => {
    expect(shown(0.08, 's')).toBe('80 ms');
    expect(shown(1.5, 's')).toBe('1.5 s');
    expect(shown(90, 's')).toBe('1.5 min');
    // 1e306 s is finite in days (1e306 / 86,400 = 1.1574…e301, 302 digits: "11,574,…") though not in ms: no "∞".
    expect(shown(1e306, 's')).toMatch(/^11,574,074,074,\d{3}(,\d{3})+ days$/);
  });

  it('other locales keep their digits and their own short units', () => {
    expect(shown(1500, 'ms', 'fr-FR')).toBe('1,5 s');
    expect(shown(5_400_000, 'ms', 'fr-FR')).toBe('1,5 h');
    // 36 h = 1.5 jours, short "j".
    expect(shown(129_600_000, 'ms', 'fr-FR')).toBe('1,5 j');
    expect(shown(80, 'ms', 'fr-FR')).toBe('80 ms');
  });

  it('the response-time sentence and the delivery lines use the same durations', () => {
    const facts: SummaryFacts = {
      project: { name: 'Scorer' },
      now: NOW,
      metrics: [
        {
          id: 'p95',
          name: 'p95 latency',
          value: 80,
          target: 100,
          direction: 'lower',
          unit: 'ms',
          meaning: { kind: 'response-time', subject: 'payments' },
        },
      ],
      // 0.5 h = 30 min; 26.5 h = 1.104… days → 1.1 days; 3.4 h stays in hours.
      delivery: {
        leadTimeForChanges: { count: 3, p50Hours: 0.5 },
        meanTimeToRecovery: { count: 2, open: 0, meanHours: 26.5 },
      },
    };
    const business = stakeholderSummary(facts, { audience: 'business' });
    // 80 ms ≤ 0.1 s: it feels instant (Nielsen); 95 % by default.
    expect(business.sections[0].items[0].text.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      '95% of payments get an answer within 80 ms: it feels instant (target: 100 ms).',
    );
    const technical = stakeholderSummary(facts, { audience: 'technical' });
    const delivery = technical.sections
      .find((x) => x.id === 'delivery')!
      .items.map((i) => i.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(delivery).toEqual([
      'Lead time for changes: median 30 min (3 changes).',
      'Mean time to recovery: 1.1 days (2 incidents, 0 open).',
    ]);
  });
});
