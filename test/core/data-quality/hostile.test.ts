/** Issue 15 (items 1 and 7) in data-quality: options naming a missing field, rows that are not arrays. */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { dataQualityIndex, profileDataQuality, type DataQualitySchema } from '@sextant/core';
import { thrown } from '../../support/errors';
import { counted, READ_LIMIT } from '../hostile/harness';

const rows = [{ id: 1, at: '2026-01-02T00:00:00Z' }];
const fields = { id: {}, at: { type: 'date' as const } };

describe('profileDataQuality refuses keys, rules and timeliness naming a field the schema lacks', () => {
  it('keys (a typo measured nothing before)', () => {
    const e = thrown(() => profileDataQuality(rows, { fields, keys: ['id', ['id', 'ID']] }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'schema.keys[1]', value: 'ID' });
    expect(e.message).toMatch(/"ID", which is not a field of schema.fields \("id", "at"\)/);
  });

  it('a key repeated, or a field repeated inside one key, is refused (1e6 copies ran for minutes)', () => {
    expect(thrown(() => profileDataQuality(rows, { fields, keys: ['id', ['id']] }))).toMatchObject({
      code: 'INVALID_OPTION',
      argument: 'schema.keys[1]',
    });
    expect(thrown(() => profileDataQuality(rows, { fields, keys: [['id', 'id']] })).message).toMatch(/names a field twice/);
    const many = Array.from({ length: 1e6 }, () => 'id');
    expect(thrown(() => profileDataQuality(rows, { fields, keys: many })).argument).toBe('schema.keys[1]');
  });

  it('rules on either side and the timeliness field', () => {
    expect(thrown(() => profileDataQuality(rows, { fields, rules: [{ field: 'id', lessThan: 'idd' }] }))).toMatchObject({
      code: 'INVALID_OPTION',
      argument: 'schema.rules[0].lessThan',
    });
    expect(thrown(() => profileDataQuality(rows, { fields, rules: [{ field: 'x', equals: 'id' }] })).argument).toBe(
      'schema.rules[0].field',
    );
    const e = thrown(() => profileDataQuality(rows, { fields, timeliness: { field: 'updatedAt', maxAgeHours: 1 } }, { now: 0 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'schema.timeliness.field' });
  });
});

describe('profileDataQuality names rows that are not an array', () => {
  it('a DataView (it gave NaN scores), a Map, a made-up length', () => {
    expect(thrown(() => profileDataQuality(new DataView(new ArrayBuffer(8)) as never, { fields })).message).toMatch(
      /rows must be an array of records; got a DataView/,
    );
    expect(thrown(() => profileDataQuality(new Map() as never, { fields })).message).toMatch(/got a Map/);
    expect(thrown(() => profileDataQuality({ length: 2 ** 53 - 1 } as never, { fields })).code).toBe('INVALID_OPTION');
    expect(thrown(() => profileDataQuality({ length: 1e9 } as never, { fields }))).toMatchObject({
      code: 'INVALID_VALUE',
      index: 0,
    });
  });

  it('options.now outside the range of Date is INVALID_OPTION', () => {
    for (const now of [1e20, 8.64e15 + 1, '+275760-09-13T00:00:00.001Z']) {
      expect(
        thrown(() => profileDataQuality(rows, { fields, timeliness: { field: 'at', maxAgeHours: 1 } }, { now })),
      ).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.now' });
    }
  });
});

describe('fields named __proto__, constructor, toString keep their entries (issue 15, item 2)', () => {
  it('in fields, keys, rules and timeliness, on a null-prototype fields object', () => {
    // JSON.parse makes "__proto__" an own key, as a schema or rows read from a file have it.
    const schema = JSON.parse(
      '{"fields": {"__proto__": {"type": "integer", "min": 0}, "constructor": {"type": "string", "required": true}, "toString": {"type": "date"}},' +
        ' "keys": ["__proto__"], "rules": [{"field": "__proto__", "lessThan": "toString"}], "timeliness": {"field": "toString", "maxAgeHours": 24}}',
    ) as DataQualitySchema;
    const rows = JSON.parse(
      '[{"__proto__": 1, "constructor": "a", "toString": 1767225600000},' +
        ' {"__proto__": -1, "toString": "2026-01-02T00:00:00Z"},' +
        ' {"__proto__": 1, "constructor": "c"}]',
    ) as Record<string, unknown>[];
    const p = profileDataQuality(rows, schema, { now: '2026-01-02T12:00:00Z' });
    expect(Object.getPrototypeOf(p.fields)).toBe(null);
    expect(Object.keys(p.fields)).toEqual(['__proto__', 'constructor', 'toString']);
    // __proto__: 3 present, row 1 below min 0; constructor: row 1 lacks it (its own value, not
    // Object's constructor) and it is required; toString: row 2 lacks it (not the inherited function).
    expect(p.fields['__proto__']).toMatchObject({ present: 3, invalid: 1, invalidByReason: { min: 1 } });
    expect(p.fields['constructor']).toMatchObject({ present: 2, missing: 1, invalid: 1, invalidByReason: { required: 1 } });
    expect(p.fields['toString']).toMatchObject({ present: 2, missing: 1, invalid: 0 });
    // Key __proto__: values 1, −1, 1 → one duplicate in three checked.
    expect(p.uniqueness?.keys[0]).toMatchObject({ fields: ['__proto__'], duplicates: 1, examples: [{ row: 2, firstRow: 0 }] });
    // Rule __proto__ < toString compares a number with an instant: rows 0 and 1 are judged, row 2 skipped.
    expect(p.consistency?.rules[0]).toMatchObject({ checked: 2, skipped: 1 });
    // Newest toString is 2026-01-02T00:00Z, 12 h before now.
    expect(p.timeliness).toMatchObject({ field: 'toString', ageHours: 12, fresh: true });
    expect(p.unknownFields).toEqual([]);
    expect(({} as Record<string, unknown>).min).toBeUndefined();
  });
});

describe('schema lists are read element by element, refused at the first bad one', () => {
  const rows = [{ id: 1, plan: 'pro' }];
  it('keys, rules and an enum of 2^32 − 1 holes are refused at index 0 (keys.map, rules.map, new Set walked them all)', () => {
    for (const [schema, argument] of [
      [{ fields: { id: {} }, keys: new Array(2 ** 32 - 1) }, 'schema.keys[0]'],
      [{ fields: { id: {} }, rules: new Array(2 ** 32 - 1) }, 'schema.rules[0]'],
    ] as const) {
      const e = thrown(() => profileDataQuality(rows, schema as DataQualitySchema));
      expect(e).toMatchObject({ code: 'INVALID_OPTION', argument });
      expect(e.message).toMatch(/is absent \(a hole in the array\)/);
    }
    const list = counted(new Array<string>(2 ** 32 - 1));
    const e = thrown(() => profileDataQuality(rows, { fields: { plan: { enum: list.value } } }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'schema.fields.plan.enum[0]' });
    expect(list.reads()).toBeLessThanOrEqual(READ_LIMIT);
  });

  it('a key list, rule list or enum of another type is named by its type', () => {
    expect(thrown(() => profileDataQuality(rows, { fields: { id: {} }, keys: new Set(['id']) as never })).message).toMatch(
      /schema\.keys must be an array .*got a Set/,
    );
    expect(thrown(() => profileDataQuality(rows, { fields: { id: {} }, rules: new BigInt64Array(1) as never })).message).toMatch(
      /got a BigInt64Array/,
    );
    expect(thrown(() => profileDataQuality(rows, { fields: { plan: { enum: { pro: true } as never } } })).message).toMatch(
      /schema\.fields\.plan\.enum must be an array of allowed values/,
    );
  });
});

describe('dataQualityIndex: weights are relative at any scale, profiles are checked', () => {
  const scores = { completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 };

  it('weights of 1e308 give the equal-weight index (their sum overflowed and every share was 0)', () => {
    const w = { completeness: 1e308, validity: 1e308, consistency: 1e308, timeliness: 1e308 };
    // (0.98 + 0.95 + 0.9 + 1) / 4 · 100 = 95.75
    expect(dataQualityIndex(scores, { weights: w }).score).toBeCloseTo(95.75, 12);
    // 1.5e308 : 1.5e308 : 1 : 1 → shares ½, ½ and 1/(2 · 1.5e308) (a subnormal, not 0) each.
    const r = dataQualityIndex(scores, { weights: { completeness: 1.5e308, validity: 1.5e308 } });
    expect(r.breakdown.completeness.weight).toBeCloseTo(0.5, 15);
    expect(r.breakdown.consistency.weight).toBeGreaterThan(0);
    expect(r.breakdown.consistency.weight / (1 / 1.5e308 / 2)).toBeCloseTo(1, 3);
    expect(r.score).toBeCloseTo((100 * (0.98 + 0.95)) / 2, 12);
  });

  it('scaling every weight by 2^k leaves the index unchanged, subnormal weights included', () => {
    const weights = { completeness: 3, validity: 1, consistency: 2, timeliness: 0.5, uniqueness: 1 };
    const base = dataQualityIndex(scores, { weights });
    fc.assert(
      fc.property(fc.integer({ min: -1070, max: 1020 }), (k) => {
        const s = 2 ** k;
        const scaled = Object.fromEntries(Object.entries(weights).map(([d, w]) => [d, w * s]));
        const r = dataQualityIndex(scores, { weights: scaled });
        expect(r.score).toBeCloseTo(base.score, 9);
        for (const d of ['completeness', 'validity', 'consistency', 'timeliness'] as const)
          expect(r.breakdown[d].weight).toBeCloseTo(base.breakdown[d].weight, 12);
      }),
    );
  });

  it('a profile whose scores are null or a Map is refused, naming input.scores (null threw a TypeError)', () => {
    expect(thrown(() => dataQualityIndex({ rowCount: 1, scores: null } as never))).toMatchObject({
      code: 'INVALID_OPTION',
      argument: 'input.scores',
    });
    expect(thrown(() => dataQualityIndex({ rowCount: 1, scores: new Map() } as never)).message).toMatch(/got a Map/);
  });
});
