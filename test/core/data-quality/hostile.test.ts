/** Issue 15 (items 1 and 7) in data-quality: options naming a missing field, rows that are not arrays. */
import { describe, expect, it } from 'vitest';
import { profileDataQuality } from '@sextant/core';
import { thrown } from '../../support/errors';

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
