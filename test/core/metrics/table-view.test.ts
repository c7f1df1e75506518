import { bestMetricValues, toCsv } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../support/errors';

describe('bestMetricValues', () => {
  it('is direction-aware, skips missing values, keeps ties and hostile column names', () => {
    const rows = [
      { run: 'a', loss: 0.31, acc: 0.9, __proto__x: 1, constructor: 5 },
      { run: 'b', loss: 0.29, acc: Number.NaN, constructor: 3 },
      { run: 'c', loss: null, acc: 0.9, constructor: 3 },
    ];
    expect(
      bestMetricValues(rows, [
        { id: 'loss', direction: 'lower' },
        { id: 'acc', direction: 'higher' },
        { id: 'constructor', direction: 'lower' },
        { id: 'toString', direction: 'higher' },
      ]),
    ).toEqual([
      { id: 'loss', value: 0.29, rows: [1] },
      { id: 'acc', value: 0.9, rows: [0, 2] },
      { id: 'constructor', value: 3, rows: [1, 2] },
      { id: 'toString', value: null, rows: [] },
    ]);
  });

  it('equals max / min of the present values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }), { maxLength: 40 }), (vals) => {
        const rows = vals.map((v) => ({ m: v }));
        const present = vals.filter((v): v is number => v !== null);
        const [hi] = bestMetricValues(rows, [{ id: 'm', direction: 'higher' }]);
        const [lo] = bestMetricValues(rows, [{ id: 'm', direction: 'lower' }]);
        expect(hi.value).toBe(present.length ? Math.max(...present) : null);
        expect(lo.value).toBe(present.length ? Math.min(...present) : null);
        expect(hi.rows).toEqual(vals.flatMap((v, i) => (v !== null && v === hi.value ? [i] : [])));
      }),
    );
  });

  it('refuses infinities and bad columns', () => {
    expect(codeOf(() => bestMetricValues([{ m: Infinity }], [{ id: 'm', direction: 'higher' }]))).toBe('NON_FINITE');
    expect(codeOf(() => bestMetricValues([{ m: 1 }], [{ id: 'm', direction: 'up' as 'higher' }]))).toBe('INVALID_OPTION');
    expect(codeOf(() => bestMetricValues([{ m: '0.9' }], [{ id: 'm', direction: 'higher' }]))).toBe('NON_FINITE');
  });
});

describe('toCsv', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    const csv = toCsv(
      [
        { name: 'say "hi", twice', v: 1.5, note: 'line\nbreak' },
        { name: '@SUM(A1)', v: -2, note: undefined },
        { name: '-1+1', v: null, note: 'ok' },
      ],
      [
        { id: 'name', header: 'Name' },
        { id: 'v', header: 'Value' },
        { id: 'note', header: 'Note' },
      ],
    );
    expect(csv).toBe('Name,Value,Note\r\n"say ""hi"", twice",1.5,"line\nbreak"\r\n\'@SUM(A1),-2,\r\n\'-1+1,,ok\r\n');
  });
});
