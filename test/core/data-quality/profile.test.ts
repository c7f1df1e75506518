import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_QUALITY_DEFAULT_WEIGHTS, dataQualityIndex, profileDataQuality, type DataQualitySchema } from '@sextant/core';
import { codeOf } from '../../support/errors';

// Expected values below are counted by hand from the rows shown.
describe('profileDataQuality', () => {
  const rows = [
    { id: 1, age: 34, startedAt: '2026-01-02T00:00:00Z', endedAt: '2026-01-05T00:00:00Z' },
    { id: 2, age: -3, startedAt: '2026-01-04T00:00:00Z', endedAt: '2026-01-03T00:00:00Z' },
    { id: 2, age: null, startedAt: '2026-01-06T00:00:00Z', endedAt: '2026-01-07T00:00:00Z', note: 'x' },
  ];
  const schema: DataQualitySchema = {
    fields: {
      id: { type: 'integer', required: true },
      age: { type: 'integer', min: 0 },
      startedAt: { type: 'date' },
      endedAt: { type: 'date' },
    },
    keys: ['id'],
    rules: [{ field: 'startedAt', lessThanOrEqual: 'endedAt' }],
    timeliness: { field: 'endedAt', maxAgeHours: 48 },
  };

  it('measures every dimension (the TSDoc example)', () => {
    const p = profileDataQuality(rows, schema, { now: '2026-01-08T00:00:00Z' });
    // 12 cells, 1 missing (age of row 2); 11 checked (the missing age is not required), 1 invalid (age −3 < 0).
    expect(p.completeness).toEqual({ score: 11 / 12, missingCells: 1, totalCells: 12 });
    expect(p.validity).toEqual({ score: 1 - 1 / 11, invalidCells: 1, checkedCells: 11 });
    expect(p.fields.age).toMatchObject({ present: 2, missing: 1, checked: 2, invalid: 1, validity: 0.5, missingRows: [2] });
    expect(p.fields.age.invalidByReason).toEqual({ min: 1 });
    expect(p.fields.age.invalidExamples).toEqual([{ row: 1, reason: 'min', value: -3 }]);
    // id 2 repeats in row 2.
    expect(p.uniqueness?.keys).toEqual([
      {
        fields: ['id'],
        checked: 3,
        missing: 0,
        distinct: 2,
        duplicates: 1,
        uniqueness: 2 / 3,
        examples: [{ row: 2, firstRow: 1 }],
      },
    ]);
    expect(p.uniqueness?.score).toBeCloseTo(2 / 3, 15);
    // Row 1 starts (01-04) after it ends (01-03).
    expect(p.consistency?.rules).toEqual([
      { name: 'startedAt <= endedAt', checked: 3, skipped: 0, failed: 1, passRate: 1 - 1 / 3, failedRows: [1] },
    ]);
    // Newest endedAt 2026-01-07T00:00Z, 24 h before now.
    expect(p.timeliness).toEqual({
      field: 'endedAt',
      score: 1,
      newest: '2026-01-07T00:00:00.000Z',
      now: '2026-01-08T00:00:00.000Z',
      ageHours: 24,
      maxAgeHours: 48,
      decayHours: 48,
      fresh: true,
      unparseable: 0,
      futureRows: 0,
    });
    expect(p.unknownFields).toEqual(['note']);
    expect(p.scores).toEqual({
      completeness: 11 / 12,
      validity: 1 - 1 / 11,
      consistency: 1 - 1 / 3,
      timeliness: 1,
      uniqueness: 1 - 1 / 3,
    });
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('dimensions the schema does not ask for are null', () => {
    const p = profileDataQuality([{ a: 1 }], { fields: { a: {} } });
    expect(p.scores).toEqual({ completeness: 1, validity: 1, consistency: null, timeliness: null, uniqueness: null });
    expect([p.uniqueness, p.consistency, p.timeliness]).toEqual([null, null, null]);
  });

  it('missing: undefined, null, NaN, absent and blank strings (unless told otherwise)', () => {
    const r = [{ a: undefined }, { a: null }, { a: NaN }, {}, { a: '' }, { a: '  ' }, { a: 0 }, { a: false }];
    expect(profileDataQuality(r, { fields: { a: {} } }).fields.a).toMatchObject({
      present: 2,
      missing: 6,
      missingRows: [0, 1, 2, 3, 4],
    });
    expect(profileDataQuality(r, { fields: { a: {} } }, { emptyStringIsMissing: false, maxExamples: 10 }).fields.a).toMatchObject(
      {
        present: 4,
        missing: 4,
        missingRows: [0, 1, 2, 3],
      },
    );
  });

  it('types', () => {
    const check = (type: 'number' | 'integer' | 'string' | 'boolean' | 'date', values: unknown[]) =>
      profileDataQuality(
        values.map((v) => ({ v })),
        { fields: { v: { type } } },
        { maxExamples: 20 },
      ).fields.v.invalidExamples.map((e) => e.row);
    expect(check('number', [1, -2.5, Infinity, '3', true])).toEqual([2, 3, 4]);
    expect(check('integer', [1, -2, 1.5, 1e21, '1'])).toEqual([2, 4]);
    expect(check('string', ['a', 1, false])).toEqual([1, 2]);
    expect(check('boolean', [true, false, 'true', 0])).toEqual([2, 3]);
    expect(
      check('date', [
        '2026-03-29',
        '2026-03-29T01:30:00Z',
        '2026-03-29 01:30:00Z',
        '2026-03-29T01:30:00.123+05:45',
        new Date(0),
        1767225600000,
        '2026-02-30T00:00:00Z',
        '2024-02-29T00:00:00Z',
        '2026-13-01T00:00:00Z',
        'yesterday',
        new Date(NaN),
        '2026-03-29T24:00',
        '2026-03-29T01:30:00z',
        '2026-03-29T01:30',
        9e15,
      ]),
      // One rule for instants (internal/instant.ts): a bare date, a space, a lower-case z, no zone,
      // an impossible date or a time outside Date's range is not one.
    ).toEqual([0, 2, 6, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('ranges, lengths, enums and patterns, reporting the first failing check', () => {
    const p = profileDataQuality(
      [
        { n: 5, s: 'AB-1', d: '2026-01-01T00:00:00Z', c: 'red' },
        { n: 11, s: 'ab-1', d: '2025-12-31T23:59:59Z', c: 'Red' },
        { n: -1, s: 'ABC-12345', d: '2027-01-01T00:00:00Z', c: 1 },
        { n: 'x', s: 'A', d: 'x', c: 'blue' },
      ],
      {
        fields: {
          n: { type: 'number', min: 0, max: 10 },
          s: { type: 'string', pattern: /^[A-Z]+-\d+$/g, maxLength: 8, minLength: 2 },
          d: { type: 'date', min: '2026-01-01T00:00:00Z', max: Date.UTC(2026, 11, 31) },
          c: { enum: ['red', 'blue'] },
        },
      },
    );
    expect(p.fields.n.invalidExamples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'max'],
      [2, 'min'],
      [3, 'type'],
    ]);
    // The global flag is dropped, so a RegExp does not carry lastIndex from row to row (row 0 passes).
    expect(p.fields.s.invalidExamples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'pattern'],
      [2, 'maxLength'],
      [3, 'minLength'],
    ]);
    expect(p.fields.d.invalidExamples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'min'],
      [2, 'max'],
      [3, 'type'],
    ]);
    expect(p.fields.c.invalidExamples.map((e) => [e.row, e.reason])).toEqual([
      [1, 'enum'],
      [2, 'enum'],
    ]);
    expect(p.validity).toEqual({ score: 1 - 11 / 16, invalidCells: 11, checkedCells: 16 });
  });

  it('required fields count missing values as invalid', () => {
    const p = profileDataQuality([{ a: 1 }, { a: null }, {}], { fields: { a: { type: 'number', required: true } } });
    expect(p.fields.a).toMatchObject({ checked: 3, invalid: 2, invalidByReason: { required: 2 } });
    expect(p.fields.a.invalidExamples).toEqual([
      { row: 1, reason: 'required', value: null },
      { row: 2, reason: 'required', value: 'undefined' },
    ]);
  });

  it('caps examples at maxExamples', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ a: i % 2 ? null : -1 }));
    const p = profileDataQuality(many, { fields: { a: { min: 0 } } }, { maxExamples: 3 });
    expect(p.fields.a.missingRows).toEqual([1, 3, 5]);
    expect(p.fields.a.invalidExamples.map((e) => e.row)).toEqual([0, 2, 4]);
    expect(profileDataQuality(many, { fields: { a: { min: 0 } } }, { maxExamples: 0 }).fields.a.missingRows).toEqual([]);
  });

  it('uniqueness: composite keys, strict identity, rows with a missing key part skipped', () => {
    const p = profileDataQuality(
      [
        { o: 1, l: 1 },
        { o: 1, l: 2 },
        { o: '1', l: 1 },
        { o: 1, l: 1 },
        { o: null, l: 1 },
        { o: 1, l: 2 },
      ],
      { fields: { o: {}, l: {} }, keys: [['o', 'l'], 'o'] },
    );
    expect(p.uniqueness?.keys[0]).toEqual({
      fields: ['o', 'l'],
      checked: 5,
      missing: 1,
      distinct: 3,
      duplicates: 2,
      uniqueness: 3 / 5,
      examples: [
        { row: 3, firstRow: 0 },
        { row: 5, firstRow: 1 },
      ],
    });
    expect(p.uniqueness?.keys[1]).toMatchObject({ checked: 5, distinct: 2, duplicates: 3 });
    expect(p.uniqueness?.score).toBe(1 - 5 / 10);
    const dates = profileDataQuality([{ t: new Date(5) }, { t: new Date(5) }], { fields: { t: {} }, keys: ['t'] });
    expect(dates.uniqueness?.keys[0].duplicates).toBe(1);
  });

  it('consistency: functions and comparisons; skipped rows; dates by instant', () => {
    const p = profileDataQuality(
      [
        { a: 1, b: 2, from: '2026-01-01T10:00:00+02:00', to: '2026-01-01T09:00:00Z', s: 'b', t: 'a' },
        { a: 3, b: 2, from: '2026-01-01T10:00:00Z', to: '2026-01-01T09:00:00Z', s: 'a', t: 'b' },
        { a: null, b: 2, from: new Date('2026-01-01T00:00:00Z'), to: '2026-01-01T00:00:00+00:00', s: 'x', t: 5 },
      ],
      {
        fields: { a: {}, b: {}, from: {}, to: {}, s: {}, t: {} },
        rules: [
          { name: 'a below b', check: (r) => (r.a as number) < (r.b as number) },
          { field: 'a', lessThan: 'b' },
          { field: 'from', lessThanOrEqual: 'to' },
          { field: 's', greaterThan: 't' },
          { field: 'b', equals: 'b' },
          { field: 'a', notEquals: 'b', name: 'differ' },
          { field: 'b', greaterThanOrEqual: 'a' },
        ],
      },
    );
    const r = Object.fromEntries(p.consistency!.rules.map((x) => [x.name, [x.checked, x.skipped, x.failed, x.failedRows]]));
    expect(r).toEqual({
      // The function sees null < 2 → true in JavaScript: functions judge every row.
      'a below b': [3, 0, 1, [1]],
      'a < b': [2, 1, 1, [1]],
      // 10:00+02:00 is 08:00Z ≤ 09:00Z; 10:00Z > 09:00Z; the Date equals midnight UTC.
      'from <= to': [3, 0, 1, [1]],
      // 'b' > 'a' yes, 'a' > 'b' no, 'x' vs 5 incomparable → skipped.
      's > t': [2, 1, 1, [1]],
      'b == b': [3, 0, 0, []],
      differ: [2, 1, 0, []],
      'b >= a': [2, 1, 1, [1]],
    });
    expect(p.consistency?.score).toBe(1 - 5 / 17);
  });

  it('a rule that throws is refused with its row', () => {
    const f = () =>
      profileDataQuality([{ a: { x: 1 } }, { a: null }], {
        fields: { a: {} },
        rules: [{ name: 'deep', check: (r) => (r.a as { x: number }).x > 0 }],
      });
    expect(codeOf(f)).toBe('INVALID_OPTION');
    expect(f).toThrow(/deep.*rows\[1\]/);
  });

  it('timeliness: linear decay after maxAgeHours, step with decayHours 0, no timestamps → 0', () => {
    const r = [{ t: '2026-01-01T00:00Z' }, { t: 'garbage' }, { t: null }, { t: Date.UTC(2025, 11, 31) }];
    const at = (now: string | number, decayHours?: number) =>
      profileDataQuality(r, { fields: { t: {} }, timeliness: { field: 't', maxAgeHours: 24, decayHours } }, { now }).timeliness!;
    expect(at('2026-01-01T12:00:00Z')).toMatchObject({ score: 1, ageHours: 12, fresh: true, unparseable: 1, futureRows: 0 });
    // 36 h old: 12 h past the limit of a 24 h decay → 0.5.
    expect(at('2026-01-02T12:00:00Z')).toMatchObject({ score: 0.5, ageHours: 36, fresh: false });
    expect(at('2026-01-04T00:00:00Z').score).toBe(0);
    expect(at('2026-01-02T12:00:00Z', 0).score).toBe(0);
    expect(at(Date.UTC(2025, 11, 31, 12))).toMatchObject({ score: 1, ageHours: -12, futureRows: 1 });
    const none = profileDataQuality([{ t: 'x' }], { fields: { t: {} }, timeliness: { field: 't', maxAgeHours: 1 } }, { now: 0 });
    expect(none.timeliness).toMatchObject({ score: 0, newest: null, ageHours: null, fresh: false, unparseable: 1 });
  });

  it.each([
    ['rows not an array', () => profileDataQuality('rows' as never, { fields: { a: {} } }), 'INVALID_OPTION'],
    ['no rows', () => profileDataQuality([], { fields: { a: {} } }), 'EMPTY_INPUT'],
    ['no fields', () => profileDataQuality([{}], { fields: {} }), 'INVALID_OPTION'],
    ['unknown type', () => profileDataQuality([{}], { fields: { a: { type: 'float' as never } } }), 'INVALID_OPTION'],
    ['min on strings', () => profileDataQuality([{}], { fields: { a: { type: 'string', min: 1 } } }), 'INVALID_OPTION'],
    ['min above max', () => profileDataQuality([{}], { fields: { a: { min: 2, max: 1 } } }), 'INVALID_OPTION'],
    ['bad date bound', () => profileDataQuality([{}], { fields: { a: { type: 'date', min: 'soon' } } }), 'INVALID_OPTION'],
    [
      'date bound without a zone',
      () => profileDataQuality([{}], { fields: { a: { type: 'date', max: '2026-01-01' } } }),
      'INVALID_OPTION',
    ],
    ['bad pattern', () => profileDataQuality([{}], { fields: { a: { pattern: '(' } } }), 'INVALID_OPTION'],
    [
      'two comparisons',
      () => profileDataQuality([{}], { fields: { a: {} }, rules: [{ field: 'a', lessThan: 'b', equals: 'b' }] }),
      'INVALID_OPTION',
    ],
    ['bad key', () => profileDataQuality([{}], { fields: { a: {} }, keys: [[]] }), 'INVALID_OPTION'],
    [
      'timeliness without now',
      () => profileDataQuality([{}], { fields: { a: {} }, timeliness: { field: 'a', maxAgeHours: 1 } }),
      'INVALID_OPTION',
    ],
    [
      'now without a zone',
      () =>
        profileDataQuality([{}], { fields: { a: {} }, timeliness: { field: 'a', maxAgeHours: 1 } }, { now: '2026-01-01T10:00' }),
      'INVALID_OPTION',
    ],
    [
      'unparseable now',
      () => profileDataQuality([{}], { fields: { a: {} }, timeliness: { field: 'a', maxAgeHours: 1 } }, { now: 'today' }),
      'INVALID_OPTION',
    ],
    ['maxExamples', () => profileDataQuality([{}], { fields: { a: {} } }, { maxExamples: -1 }), 'INVALID_OPTION'],
    ['a row that is not a record', () => profileDataQuality([{}, null] as never, { fields: { a: {} } }), 'INVALID_VALUE'],
    [
      'bad schema beats bad row',
      () => profileDataQuality([null] as never, { fields: { a: { type: 'x' as never } } }),
      'INVALID_OPTION',
    ],
  ])('refuses %s', (_n, f, code) => {
    expect(codeOf(f)).toBe(code);
  });

  it('property: every score lies in [0, 1]; repeating all rows keeps completeness and validity', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('a', 'b', '', '2026-01-01'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ a: value, b: value }), { minLength: 1, maxLength: 30 }), (r) => {
        const s: DataQualitySchema = {
          fields: { a: { type: 'integer', min: 0 }, b: { enum: ['a', 'b'], required: true } },
          keys: ['a'],
          rules: [{ field: 'a', lessThanOrEqual: 'b' }],
          timeliness: { field: 'b', maxAgeHours: 1 },
        };
        const p = profileDataQuality(r, s, { now: 0 });
        for (const v of Object.values(p.scores)) {
          expect(v).not.toBeNull();
          expect(v as number).toBeGreaterThanOrEqual(0);
          expect(v as number).toBeLessThanOrEqual(1);
        }
        const q = profileDataQuality([...r, ...r], s, { now: 0 });
        expect(q.scores.completeness).toBeCloseTo(p.scores.completeness as number, 12);
        expect(q.scores.validity).toBeCloseTo(p.scores.validity as number, 12);
        // Every checked key now appears at least twice.
        if (p.uniqueness!.keys[0].checked > 0) expect(q.scores.uniqueness as number).toBeLessThanOrEqual(0.5 + 1e-12);
      }),
    );
  });
});

describe('dataQualityIndex', () => {
  it('equal weights over the measured dimensions by default (by hand)', () => {
    const dqi = dataQualityIndex({ completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 });
    // (0.98 + 0.95 + 0.9 + 1) / 4 = 0.9575
    expect(dqi.score).toBeCloseTo(95.75, 12);
    expect(dqi.measured).toEqual(['completeness', 'validity', 'consistency', 'timeliness']);
    expect(dqi.breakdown.completeness).toEqual({ score: 0.98, weight: 0.25, contribution: 24.5 });
    expect(dqi.breakdown.uniqueness).toEqual({ score: null, weight: 0, contribution: 0 });
    expect(DATA_QUALITY_DEFAULT_WEIGHTS).toEqual({ completeness: 1, validity: 1, consistency: 1, timeliness: 1, uniqueness: 1 });
  });

  it('custom weights are relative and merged over the defaults', () => {
    // (2·0.5 + 1·1 + 0·…) / 3 → 66.67; uniqueness weighted 0.
    const dqi = dataQualityIndex(
      { completeness: 0.5, validity: 1, uniqueness: 0 },
      { weights: { completeness: 2, uniqueness: 0 } },
    );
    expect(dqi.score).toBeCloseTo(200 / 3, 12);
    expect(dqi.breakdown.completeness.weight).toBeCloseTo(2 / 3, 15);
    expect(dqi.breakdown.uniqueness).toEqual({ score: 0, weight: 0, contribution: 0 });
  });

  it('reads a profile', () => {
    const p = profileDataQuality([{ a: 1 }, { a: null }], { fields: { a: {} }, keys: ['a'] });
    // completeness 0.5, validity 1, uniqueness 1 → 250 / 3
    expect(dataQualityIndex(p).score).toBeCloseTo(250 / 3, 12);
    expect(dataQualityIndex(p).measured).toEqual(['completeness', 'validity', 'uniqueness']);
  });

  it('property: the index lies between the smallest and largest measured score, and equals 100·s when all are s', () => {
    const s = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    const w = fc.double({ min: 0.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ completeness: s, validity: s, consistency: s, timeliness: s, uniqueness: s }),
        fc.record({ completeness: w, validity: w, consistency: w, timeliness: w, uniqueness: w }),
        (scores, weights) => {
          const vals = Object.values(scores).filter((v): v is number => v !== null);
          fc.pre(vals.length > 0);
          const d = dataQualityIndex(scores, { weights });
          expect(d.score).toBeGreaterThanOrEqual(100 * Math.min(...vals) - 1e-9);
          expect(d.score).toBeLessThanOrEqual(100 * Math.max(...vals) + 1e-9);
          const same = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v === null ? null : vals[0]]));
          expect(dataQualityIndex(same, { weights }).score).toBeCloseTo(100 * vals[0], 9);
        },
      ),
    );
  });

  it.each([
    ['nothing measured', () => dataQualityIndex({ completeness: null }), 'EMPTY_INPUT'],
    ['NaN score', () => dataQualityIndex({ completeness: NaN, validity: 2 }), 'NON_FINITE'],
    ['unknown dimension', () => dataQualityIndex({ completeness: 1, accuracy: 1 } as never), 'INVALID_OPTION'],
    ['negative weight', () => dataQualityIndex({ completeness: 1 }, { weights: { validity: -1 } }), 'INVALID_OPTION'],
    ['unknown weight', () => dataQualityIndex({ completeness: 1 }, { weights: { freshness: 1 } as never }), 'INVALID_OPTION'],
    ['a percentage instead of a share', () => dataQualityIndex({ completeness: 98 }), 'INVALID_VALUE'],
    [
      'weights zero where measured',
      () => dataQualityIndex({ completeness: 1 }, { weights: { completeness: 0 } }),
      'INVALID_VALUE',
    ],
    ['not an object', () => dataQualityIndex(0.9 as never), 'INVALID_OPTION'],
  ])('refuses %s', (_n, f, code) => {
    expect(codeOf(f)).toBe(code);
  });
});
