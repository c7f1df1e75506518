// Hostile-input cases for data quality (issue 15): the profile's rows and the schema's key and
// rule lists are array-likes ('other': records and names); instants out of Date's range as
// `now` or a date bound, huge counts and malformed profiles are the refusals. Fields named
// `__proto__`, `constructor`, `toString` keep their entries: test/core/data-quality/hostile.test.ts.
import { dataQualityIndex, profileDataQuality, type DataQualitySchema } from '@sextant/core';
import type { HostileCase, Refusal } from '../harness';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const iso = (t: number): string => new Date(t).toISOString();

const rows = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i % 7 === 6 ? i - 1 : i,
    age: i % 5 === 4 ? null : 20 + ((i * 13) % 50),
    plan: ['free', 'pro', 'team'][i % 3],
    startedAt: iso(T0 + i * DAY),
    endedAt: iso(T0 + (i + (i % 4 === 3 ? -1 : 2)) * DAY),
  }));

const schema = (): DataQualitySchema => ({
  fields: {
    id: { type: 'integer', required: true },
    age: { type: 'integer', min: 0, max: 120 },
    plan: { enum: ['free', 'pro', 'team'] },
    startedAt: { type: 'date' },
    endedAt: { type: 'date', min: '2025-01-01T00:00:00Z' },
  },
  keys: ['id', ['id', 'plan']],
  rules: [{ field: 'startedAt', lessThanOrEqual: 'endedAt' }],
  timeliness: { field: 'endedAt', maxAgeHours: 48 },
});
const now = iso(T0 + 10 * DAY);

const profile =
  (s: Partial<DataQualitySchema>, options: object = { now }): (() => unknown) =>
  () =>
    profileDataQuality(rows(8), { ...schema(), ...s } as DataQualitySchema, options);

const nowRefusals: Refusal[] = [8.64e15 + 1, 1e20, -1e20, '+275760-09-13T00:00:00.001Z', '2026-01-01T00:00:00'].map((bad) => ({
  what: `options.now = ${String(bad)}`,
  call: profile({}, { now: bad }),
  code: 'INVALID_OPTION',
  names: 'options.now',
}));

const scores = { completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 };

export const cases: HostileCase[] = [
  {
    name: 'profileDataQuality',
    fn: profileDataQuality,
    make: (n) => [rows(n), schema(), { now }],
    arrays: [
      { at: 0, name: 'rows', kind: 'other' },
      { at: [1, 'keys'], name: 'schema.keys', kind: 'other' },
      { at: [1, 'rules'], name: 'schema.rules', kind: 'other' },
    ],
    refusals: [
      ...nowRefusals,
      {
        what: 'a date bound at 8.64e15 + 1',
        call: profile({ fields: { ...schema().fields, endedAt: { type: 'date', max: 8.64e15 + 1 } } }),
        code: 'INVALID_OPTION',
        names: 'schema.fields.endedAt.max',
      },
      {
        what: 'a date bound as an invalid Date',
        call: profile({ fields: { ...schema().fields, endedAt: { type: 'date', min: new Date(NaN) } } }),
        code: 'INVALID_OPTION',
        names: 'schema.fields.endedAt.min',
      },
      {
        what: 'an enum of a made-up length',
        call: profile({ fields: { ...schema().fields, plan: { enum: { length: 2 ** 53 - 1 } as never } } }),
        code: 'INVALID_OPTION',
        names: 'schema.fields.plan.enum',
      },
      {
        what: 'an enum of 2^32 − 1 holes (new Set read them all)',
        call: profile({ fields: { ...schema().fields, plan: { enum: new Array<string>(2 ** 32 - 1) } } }),
        code: 'INVALID_OPTION',
        names: 'schema.fields.plan.enum[0]',
      },
      {
        what: 'a key naming __proto__, which schema.fields lacks',
        call: profile({ keys: ['__proto__'] }),
        code: 'INVALID_OPTION',
        names: 'schema.keys[0]',
      },
      {
        what: 'a rule comparing with constructor, which schema.fields lacks',
        call: profile({ rules: [{ field: 'startedAt', lessThan: 'constructor' }] }),
        code: 'INVALID_OPTION',
        names: 'schema.rules[0].lessThan',
      },
      {
        what: 'timeliness on toString, which schema.fields lacks',
        call: profile({ timeliness: { field: 'toString', maxAgeHours: 1 } }),
        code: 'INVALID_OPTION',
        names: 'schema.timeliness.field',
      },
      {
        what: 'maxAgeHours = 1e308 * 10',
        call: profile({ timeliness: { field: 'endedAt', maxAgeHours: 1e308 * 10 } }),
        code: 'INVALID_OPTION',
        names: 'schema.timeliness.maxAgeHours',
      },
      {
        what: 'options.maxExamples = 2 ** 53',
        call: profile({}, { now, maxExamples: 2 ** 53 }),
        code: 'INVALID_OPTION',
        names: 'options.maxExamples',
      },
      {
        what: 'maxLength = 1e20',
        call: profile({ fields: { ...schema().fields, plan: { type: 'string', maxLength: 1e20 } } }),
        code: 'INVALID_OPTION',
        names: 'schema.fields.plan.maxLength',
      },
      {
        what: 'a consistency check that throws',
        call: profile({
          rules: [
            {
              check: () => {
                throw new TypeError('boom');
              },
            },
          ],
        }),
        code: 'INVALID_OPTION',
        names: 'schema.rules[0]',
      },
    ],
  },
  {
    name: 'dataQualityIndex',
    fn: dataQualityIndex,
    make: () => [scores, { weights: { completeness: 2, uniqueness: 0 } }],
    // No array-like: the input is a profile or an object of scores. Its weights' scale
    // (near 1e308 and 5e-324) is a property test in test/core/data-quality/hostile.test.ts.
    arrays: [],
    refusals: [
      {
        what: 'a score of 1e308 * 10',
        call: () => dataQualityIndex({ ...scores, validity: 1e308 * 10 }),
        code: 'NON_FINITE',
        names: 'input.validity',
      },
      {
        what: 'a profile whose scores are null',
        call: () => dataQualityIndex({ rowCount: 3, scores: null } as never),
        code: 'INVALID_OPTION',
        names: 'input.scores',
      },
      {
        what: 'a profile whose scores are a Map',
        call: () => dataQualityIndex({ rowCount: 3, scores: new Map([['completeness', 1]]) } as never),
        code: 'INVALID_OPTION',
        names: 'input.scores',
      },
      {
        what: 'a score keyed __proto__ (JSON.parse makes it an own key)',
        call: () => dataQualityIndex(JSON.parse('{"completeness": 1, "__proto__": 0.5}') as never),
        code: 'INVALID_OPTION',
        names: 'input.__proto__',
      },
      {
        what: 'a weight keyed constructor',
        call: () => dataQualityIndex(scores, { weights: { constructor: 1 } as never }),
        code: 'INVALID_OPTION',
        names: 'options.weights.constructor',
      },
      {
        what: 'a weight of 1e308 * 10',
        call: () => dataQualityIndex(scores, { weights: { validity: 1e308 * 10 } }),
        code: 'INVALID_OPTION',
        names: 'options.weights.validity',
      },
      {
        what: 'the input as a Map',
        call: () => dataQualityIndex(new Map([['completeness', 1]]) as never),
        code: 'INVALID_OPTION',
        names: 'input',
      },
    ],
  },
];
