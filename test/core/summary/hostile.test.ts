/** Issue 15 (items 1 and 7) in summary: no raw TypeError from a tampered summary, types named. */
import { describe, expect, it } from 'vitest';
import { metricTrend, plainLine, stakeholderSummary, summaryToMarkdown, summaryToText } from '@sextant/core';
import { thrown } from '../../support/errors';

const summary = () =>
  stakeholderSummary({ project: { name: 'Fraud v3' }, now: '2026-11-16T09:00:00Z' }, { audience: 'executive' });

describe('summaryToMarkdown / summaryToText check the summary they write', () => {
  it('sections, items and asks that are not arrays of the right things name the field', () => {
    for (const write of [summaryToMarkdown, summaryToText]) {
      expect(thrown(() => write({ ...summary(), sections: new Map() as never }))).toMatchObject({
        code: 'INVALID_VALUE',
        argument: 'summary.sections',
      });
      expect(thrown(() => write({ ...summary(), sections: new Map() as never })).message).toMatch(/got a Map/);
      expect(thrown(() => write({ ...summary(), asks: ['ok', 7 as never] })).argument).toBe('summary.asks[1]');
      const sections = [{ title: 'A', items: [{ text: 'fine' }, { text: new Date(0) }] }] as never;
      const e = thrown(() => write({ ...summary(), sections }));
      expect(e.argument).toBe('summary.sections[0].items[1].text');
      expect(e.message).toMatch(/got a Date/);
      expect(thrown(() => write(null as never)).code).toBe('INVALID_VALUE');
    }
  });

  it('evidence is checked only when it is written', () => {
    const sections = [{ title: 'A', items: [{ text: 'fine', evidence: 'oops' }] }] as never;
    expect(summaryToText({ ...summary(), sections })).toMatch(/- fine/);
    expect(thrown(() => summaryToText({ ...summary(), sections }, { evidence: true })).argument).toBe(
      'summary.sections[0].items[0].evidence',
    );
  });

  it('plainLine refuses a non-string', () => {
    expect(thrown(() => plainLine(42 as never))).toMatchObject({ code: 'INVALID_VALUE', argument: 's' });
  });
});

describe('metricTrend names what is not a history', () => {
  it('a DataView is refused (it gave min Infinity), a BigInt64Array and a Map too', () => {
    expect(thrown(() => metricTrend(new DataView(new ArrayBuffer(8)) as never)).message).toMatch(/got a DataView/);
    expect(thrown(() => metricTrend(new BigInt64Array(2) as never)).message).toMatch(/got a BigInt64Array/);
    expect(thrown(() => metricTrend(new Map() as never)).message).toMatch(/got a Map/);
    expect(thrown(() => metricTrend({ length: 1e9 } as never))).toMatchObject({ code: 'INVALID_VALUE', index: 0 });
  });
});
