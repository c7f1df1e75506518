/**
 * Data quality of a table of records: completeness, validity against a schema, uniqueness
 * of keys, consistency rules across fields and timeliness, each on 0…1 — and the Data
 * Quality Index that combines them on 0…100 ("a composite score reflecting completeness,
 * accuracy, consistency, and timeliness of data", as the AI/ML project guide puts it).
 */
import { SextantError } from '../errors';
import { isoInstantToEpoch, MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import { assertIntegerInRange, isArrayLike, show } from '../internal/validate';

/** The value types a schema field may require. `'date'`: an instant — epoch milliseconds, an ISO 8601 string with `Z` or an offset — or a valid Date. */
export type DataQualityFieldType = 'number' | 'integer' | 'string' | 'boolean' | 'date';

/** What a field's values must satisfy. Every check is optional. */
export interface DataQualityField {
  /** Required type; `'integer'` is a whole finite number. @default undefined (any type) */
  type?: DataQualityFieldType;
  /** A missing value is also invalid (reason `'required'`). @default false */
  required?: boolean;
  /** Smallest allowed value: a number, or for `'date'` an instant (ISO 8601 with `Z` or an offset, epoch ms) or a Date. @default undefined */
  min?: number | string | Date;
  /** Largest allowed value (inclusive), as `min`. @default undefined */
  max?: number | string | Date;
  /** Shortest allowed string (UTF-16 length). @default undefined */
  minLength?: number;
  /** Longest allowed string. @default undefined */
  maxLength?: number;
  /** The allowed values, compared by strict identity (`1` and `'1'` differ). @default undefined */
  enum?: readonly (string | number | boolean)[];
  /** A RegExp (or its source) the value must match; unanchored like `RegExp#test`, so write `^…$` for whole values. @default undefined */
  pattern?: RegExp | string;
}

/** A consistency rule given as a function of the row; true means consistent. */
export interface ConsistencyCheckRule {
  name?: string;
  check: (row: Readonly<Record<string, unknown>>, index: number) => boolean;
}

/**
 * A declarative rule comparing two fields of the same row, e.g.
 * `{ field: 'startedAt', lessThanOrEqual: 'finishedAt' }`. Give exactly one comparison.
 * Numbers compare as numbers; dates (fields of type `'date'`, Date objects, or two ISO 8601 instants)
 * by instant; other strings by code point. Rows where either side is missing, or the two are
 * not comparable, are skipped (completeness and validity report them).
 */
export interface ConsistencyCompareRule {
  name?: string;
  field: string;
  lessThan?: string;
  lessThanOrEqual?: string;
  greaterThan?: string;
  greaterThanOrEqual?: string;
  equals?: string;
  notEquals?: string;
}

export type ConsistencyRule = ConsistencyCheckRule | ConsistencyCompareRule;

/** How fresh the newest record must be. */
export interface TimelinessRule {
  /** The timestamp field (instants: ISO 8601 with `Z` or an offset, or epoch ms; or Dates). Other values count as unparseable. */
  field: string;
  /** Newest record older than this → the score starts to fall. */
  maxAgeHours: number;
  /** Hours over which the score falls linearly from 1 to 0 once `maxAgeHours` is passed; 0 makes it a step. @default maxAgeHours */
  decayHours?: number;
}

/** The schema {@link profileDataQuality} measures the rows against. */
export interface DataQualitySchema {
  /** Field name → rules. Completeness and validity are measured over these fields. */
  fields: Record<string, DataQualityField>;
  /** Keys that must be unique: a field name, or an array of names for a composite key. @default [] */
  keys?: readonly (string | readonly string[])[];
  /** Cross-field consistency rules. @default [] */
  rules?: readonly ConsistencyRule[];
  /** Freshness of the newest record. @default undefined (not measured) */
  timeliness?: TimelinessRule;
}

/** Options of {@link profileDataQuality}. */
export interface ProfileDataQualityOptions {
  /** The present, as an instant (ISO 8601 with `Z` or an offset, or epoch ms); required when the schema has `timeliness`. */
  now?: string | number;
  /** How many offending row indices to keep per field, key and rule. @default 5 */
  maxExamples?: number;
  /** Strings that are empty or only whitespace count as missing. @default true */
  emptyStringIsMissing?: boolean;
}

/** Why a value failed validation (the first failing check, in this order). */
export type InvalidReason = 'required' | 'type' | 'min' | 'max' | 'minLength' | 'maxLength' | 'enum' | 'pattern';

/** An offending value, as plain JSON. */
export interface InvalidExample {
  row: number;
  reason: InvalidReason;
  /** The value itself when a string, finite number, boolean or null; else a short rendering. */
  value: string | number | boolean | null;
}

/** Completeness and validity of one field. */
export interface FieldQuality {
  present: number;
  missing: number;
  /** present / rows. */
  completeness: number;
  /** Values validated: the present ones, plus the missing ones of a required field. */
  checked: number;
  invalid: number;
  /** 1 − invalid / checked (1 when nothing was checked). */
  validity: number;
  /** Failures per reason (reasons with none are left out). */
  invalidByReason: Partial<Record<InvalidReason, number>>;
  /** First row indices with a missing value. */
  missingRows: number[];
  /** First invalid values. */
  invalidExamples: InvalidExample[];
}

/** Uniqueness of one key. */
export interface KeyQuality {
  fields: string[];
  /** Rows whose key has no missing part. */
  checked: number;
  /** Rows skipped because part of the key is missing. */
  missing: number;
  distinct: number;
  /** Rows repeating a key seen in an earlier row (checked − distinct). */
  duplicates: number;
  /** distinct / checked (1 when nothing was checked). */
  uniqueness: number;
  /** First duplicates: the row and the earlier row whose key it repeats. */
  examples: { row: number; firstRow: number }[];
}

/** One consistency rule's outcome. */
export interface RuleQuality {
  name: string;
  checked: number;
  /** Rows a comparison rule could not judge (a side missing, or values of different kinds). */
  skipped: number;
  failed: number;
  /** 1 − failed / checked (1 when nothing was checked). */
  passRate: number;
  failedRows: number[];
}

/** Freshness of the newest record. */
export interface TimelinessQuality {
  field: string;
  /** 1 up to `maxAgeHours`, then falling linearly to 0 over `decayHours`; 0 when no timestamp parses. */
  score: number;
  /** The newest timestamp (ISO, UTC), or null when none parses. */
  newest: string | null;
  now: string;
  /** Age of the newest record in hours (negative when it lies in the future), or null. */
  ageHours: number | null;
  maxAgeHours: number;
  decayHours: number;
  /** ageHours ≤ maxAgeHours. */
  fresh: boolean;
  /** Present timestamps that did not parse. */
  unparseable: number;
  /** Timestamps later than `now`. */
  futureRows: number;
}

/** The dimensions of data quality measured here. */
export type DataQualityDimension = 'completeness' | 'validity' | 'consistency' | 'timeliness' | 'uniqueness';

/** The result of {@link profileDataQuality}. Plain JSON. */
export interface DataQualityProfile {
  rowCount: number;
  /** Each dimension on 0…1; null where the schema does not ask for it (no keys, rules or timeliness). */
  scores: Record<DataQualityDimension, number | null>;
  /** Present cells / (rows × schema fields). */
  completeness: { score: number; missingCells: number; totalCells: number };
  /** 1 − invalid cells / checked cells over all schema fields. */
  validity: { score: number; invalidCells: number; checkedCells: number };
  /** 1 − duplicate rows / checked rows over all keys. */
  uniqueness: { score: number; keys: KeyQuality[] } | null;
  /** 1 − failures / checks over all rules. */
  consistency: { score: number; rules: RuleQuality[] } | null;
  timeliness: TimelinessQuality | null;
  fields: Record<string, FieldQuality>;
  /** Property names found in rows but not in the schema, sorted. */
  unknownFields: string[];
}

const TYPES: readonly DataQualityFieldType[] = ['number', 'integer', 'string', 'boolean', 'date'];
const COMPARISONS = ['lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'equals', 'notEquals'] as const;
type Comparison = (typeof COMPARISONS)[number];
const SYMBOL: Record<Comparison, string> = {
  lessThan: '<',
  lessThanOrEqual: '<=',
  greaterThan: '>',
  greaterThanOrEqual: '>=',
  equals: '==',
  notEquals: '!=',
};
const HOUR_MS = 3_600_000;

/** A field's rules, checked and compiled. */
interface CompiledField {
  name: string;
  type: DataQualityFieldType | undefined;
  required: boolean;
  min: number | undefined;
  max: number | undefined;
  minLength: number | undefined;
  maxLength: number | undefined;
  enumSet: Set<unknown> | undefined;
  pattern: RegExp | undefined;
}

/**
 * Profile the quality of a table of records against a schema: completeness (non-missing
 * share per field and overall), validity (type, min/max, length, enum, pattern, required),
 * uniqueness of keys, consistency rules across fields and timeliness of the newest record
 * against `options.now`. Missing means `undefined`, `null`, `NaN` or (by default) a blank string.
 * No reference library: the rules are the usual data-quality definitions, spelled out per
 * result field; feed the result to {@link dataQualityIndex}.
 *
 * @param rows the records (plain objects)
 * @param schema fields, keys, rules and timeliness to measure
 * @param options `now` (required with `timeliness`), `maxExamples`, `emptyStringIsMissing`
 * @example
 * ```ts
 * const profile = profileDataQuality(
 *   [
 *     { id: 1, age: 34, startedAt: '2026-01-02T00:00:00Z', endedAt: '2026-01-05T00:00:00Z' },
 *     { id: 2, age: -3, startedAt: '2026-01-04T00:00:00Z', endedAt: '2026-01-03T00:00:00Z' },
 *     { id: 2, age: null, startedAt: '2026-01-06T00:00:00Z', endedAt: '2026-01-07T00:00:00Z' },
 *   ],
 *   {
 *     fields: { id: { type: 'integer', required: true }, age: { type: 'integer', min: 0 }, startedAt: { type: 'date' }, endedAt: { type: 'date' } },
 *     keys: ['id'],
 *     rules: [{ field: 'startedAt', lessThanOrEqual: 'endedAt' }],
 *     timeliness: { field: 'endedAt', maxAgeHours: 48 },
 *   },
 *   { now: '2026-01-08T00:00:00Z' },
 * );
 * profile.scores; // { completeness: 0.9167, validity: 0.9091, uniqueness: 0.6667, consistency: 0.6667, timeliness: 1 }
 * ```
 */
export function profileDataQuality(
  rows: readonly Readonly<Record<string, unknown>>[],
  schema: DataQualitySchema,
  options: ProfileDataQualityOptions = {},
): DataQualityProfile {
  if (!isArrayLike(rows)) {
    throw new SextantError('INVALID_OPTION', `rows must be an array of records; got ${show(rows)}`, { argument: 'rows' });
  }
  if (rows.length === 0) throw new SextantError('EMPTY_INPUT', 'rows is empty', { argument: 'rows' });
  // INVALID_OPTION: schema and options
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  const fields = compileFields(schema);
  const keys = compileKeys(schema.keys);
  const rules = compileRules(schema.rules, schema.fields);
  const timeliness = compileTimeliness(schema.timeliness, options.now);
  const maxExamples = options.maxExamples ?? 5;
  assertIntegerInRange(maxExamples, 0, 10_000, 'options.maxExamples');
  const emptyIsMissing = options.emptyStringIsMissing ?? true;
  if (typeof emptyIsMissing !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.emptyStringIsMissing must be a boolean; got ${show(emptyIsMissing)}`, {
      argument: 'options.emptyStringIsMissing',
    });
  }
  // INVALID_VALUE: a row that is not a record
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as unknown;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      throw new SextantError('INVALID_VALUE', `rows[${i}] must be a record (a plain object); got ${show(r)}`, {
        argument: 'rows',
        index: i,
        value: r,
      });
    }
  }
  const isMissing = (v: unknown): boolean =>
    v === undefined ||
    v === null ||
    (typeof v === 'number' && Number.isNaN(v)) ||
    (emptyIsMissing && typeof v === 'string' && v.trim() === '');

  // Completeness and validity, field by field.
  const fieldOut: Record<string, FieldQuality> = {};
  let missingCells = 0;
  let invalidCells = 0;
  let checkedCells = 0;
  for (const f of fields) {
    let present = 0;
    let invalid = 0;
    let checked = 0;
    const byReason: Partial<Record<InvalidReason, number>> = {};
    const missingRows: number[] = [];
    const invalidExamples: InvalidExample[] = [];
    for (let i = 0; i < n; i++) {
      const v = rows[i][f.name];
      let reason: InvalidReason | undefined;
      if (isMissing(v)) {
        if (missingRows.length < maxExamples) missingRows.push(i);
        if (!f.required) continue;
        reason = 'required';
      } else {
        present++;
        reason = validate(v, f);
      }
      checked++;
      if (reason !== undefined) {
        invalid++;
        byReason[reason] = (byReason[reason] ?? 0) + 1;
        if (invalidExamples.length < maxExamples) invalidExamples.push({ row: i, reason, value: jsonValue(v) });
      }
    }
    const missing = n - present;
    missingCells += missing;
    invalidCells += invalid;
    checkedCells += checked;
    fieldOut[f.name] = {
      present,
      missing,
      completeness: present / n,
      checked,
      invalid,
      validity: checked === 0 ? 1 : 1 - invalid / checked,
      invalidByReason: byReason,
      missingRows,
      invalidExamples,
    };
  }
  const totalCells = n * fields.length;

  // Uniqueness of each key.
  let uniqueness: DataQualityProfile['uniqueness'] = null;
  if (keys.length > 0) {
    let dup = 0;
    let chk = 0;
    const out: KeyQuality[] = [];
    for (const key of keys) {
      const seen = new Map<unknown, number>();
      let checked = 0;
      let duplicates = 0;
      const examples: { row: number; firstRow: number }[] = [];
      for (let i = 0; i < n; i++) {
        const id = keyOf(rows[i], key, isMissing);
        if (id === MISSING) continue;
        checked++;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else {
          duplicates++;
          if (examples.length < maxExamples) examples.push({ row: i, firstRow: first });
        }
      }
      dup += duplicates;
      chk += checked;
      out.push({
        fields: [...key],
        checked,
        missing: n - checked,
        distinct: seen.size,
        duplicates,
        uniqueness: checked === 0 ? 1 : seen.size / checked,
        examples,
      });
    }
    uniqueness = { score: chk === 0 ? 1 : 1 - dup / chk, keys: out };
  }

  // Consistency rules.
  let consistency: DataQualityProfile['consistency'] = null;
  if (rules.length > 0) {
    let failedAll = 0;
    let checkedAll = 0;
    const out: RuleQuality[] = [];
    for (const rule of rules) {
      let checked = 0;
      let skipped = 0;
      let failed = 0;
      const failedRows: number[] = [];
      for (let i = 0; i < n; i++) {
        const ok = rule.evaluate(rows[i], i, isMissing);
        if (ok === undefined) {
          skipped++;
          continue;
        }
        checked++;
        if (!ok) {
          failed++;
          if (failedRows.length < maxExamples) failedRows.push(i);
        }
      }
      failedAll += failed;
      checkedAll += checked;
      out.push({ name: rule.name, checked, skipped, failed, passRate: checked === 0 ? 1 : 1 - failed / checked, failedRows });
    }
    consistency = { score: checkedAll === 0 ? 1 : 1 - failedAll / checkedAll, rules: out };
  }

  // Timeliness of the newest record.
  let timelinessOut: TimelinessQuality | null = null;
  if (timeliness) {
    const { field, maxAgeHours, decayHours, now } = timeliness;
    let newest = -Infinity;
    let unparseable = 0;
    let futureRows = 0;
    for (let i = 0; i < n; i++) {
      const v = rows[i][field];
      if (isMissing(v)) continue;
      const t = toEpoch(v);
      if (t === undefined) {
        unparseable++;
        continue;
      }
      if (t > now) futureRows++;
      if (t > newest) newest = t;
    }
    const has = newest > -Infinity;
    const ageHours = has ? (now - newest) / HOUR_MS : null;
    let score = 0;
    if (ageHours !== null) {
      if (ageHours <= maxAgeHours) score = 1;
      else if (decayHours > 0) score = Math.max(0, 1 - (ageHours - maxAgeHours) / decayHours);
    }
    timelinessOut = {
      field,
      score,
      newest: has ? new Date(newest).toISOString() : null,
      now: new Date(now).toISOString(),
      ageHours,
      maxAgeHours,
      decayHours,
      fresh: ageHours !== null && ageHours <= maxAgeHours,
      unparseable,
      futureRows,
    };
  }

  // Properties outside the schema.
  const known = new Set(fields.map((f) => f.name));
  const unknown = new Set<string>();
  for (let i = 0; i < n; i++) for (const k of Object.keys(rows[i])) if (!known.has(k)) unknown.add(k);

  const completenessScore = totalCells === 0 ? 1 : 1 - missingCells / totalCells;
  const validityScore = checkedCells === 0 ? 1 : 1 - invalidCells / checkedCells;
  return {
    rowCount: n,
    scores: {
      completeness: completenessScore,
      validity: validityScore,
      consistency: consistency ? consistency.score : null,
      timeliness: timelinessOut ? timelinessOut.score : null,
      uniqueness: uniqueness ? uniqueness.score : null,
    },
    completeness: { score: completenessScore, missingCells, totalCells },
    validity: { score: validityScore, invalidCells, checkedCells },
    uniqueness,
    consistency,
    timeliness: timelinessOut,
    fields: fieldOut,
    unknownFields: [...unknown].sort(),
  };
}

/** The first check a present value fails, or undefined. */
function validate(v: unknown, f: CompiledField): InvalidReason | undefined {
  let num: number | undefined;
  switch (f.type) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'type';
      num = v;
      break;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) return 'type';
      num = v;
      break;
    case 'string':
      if (typeof v !== 'string') return 'type';
      break;
    case 'boolean':
      if (typeof v !== 'boolean') return 'type';
      break;
    case 'date': {
      const t = toEpoch(v);
      if (t === undefined) return 'type';
      num = t;
      break;
    }
    default:
      if (typeof v === 'number') num = v;
  }
  if (f.min !== undefined && num !== undefined && !(num >= f.min)) return 'min';
  if (f.max !== undefined && num !== undefined && !(num <= f.max)) return 'max';
  if (typeof v === 'string') {
    if (f.minLength !== undefined && v.length < f.minLength) return 'minLength';
    if (f.maxLength !== undefined && v.length > f.maxLength) return 'maxLength';
  }
  if (f.enumSet && !f.enumSet.has(v)) return 'enum';
  if (f.pattern) {
    const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : String(v);
    if (!f.pattern.test(s)) return 'pattern';
  }
  return undefined;
}

function jsonValue(v: unknown): string | number | boolean | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  return show(v);
}

const MISSING = Symbol('missing');

/** A key's identity: the value itself for one field, a JSON tuple with types for several. */
function keyOf(row: Readonly<Record<string, unknown>>, key: readonly string[], isMissing: (v: unknown) => boolean): unknown {
  if (key.length === 1) {
    const v = row[key[0]];
    if (isMissing(v)) return MISSING;
    return v instanceof Date ? `date:${v.getTime()}` : v;
  }
  const parts: unknown[] = [];
  for (const k of key) {
    const v = row[k];
    if (isMissing(v)) return MISSING;
    parts.push(v instanceof Date ? ['d', v.getTime()] : [typeof v, v]);
  }
  return JSON.stringify(parts);
}

function optionError(argument: string, message: string, value?: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${argument} ${message}`, { argument, value });
}

function compileFields(schema: DataQualitySchema): CompiledField[] {
  if (schema === null || typeof schema !== 'object')
    throw optionError('schema', `must be an object with fields; got ${show(schema)}`, schema);
  const fs = schema.fields;
  if (fs === null || typeof fs !== 'object' || Array.isArray(fs))
    throw optionError('schema.fields', `must be an object of field rules; got ${show(fs)}`, fs);
  const names = Object.keys(fs);
  if (names.length === 0) throw optionError('schema.fields', 'must name at least one field');
  return names.map((name) => {
    const arg = `schema.fields.${name}`;
    const r = fs[name];
    if (r === null || typeof r !== 'object') throw optionError(arg, `must be an object of rules; got ${show(r)}`, r);
    if (r.type !== undefined && !TYPES.includes(r.type))
      throw optionError(`${arg}.type`, `must be one of ${TYPES.join(', ')}; got ${show(r.type)}`, r.type);
    if (r.required !== undefined && typeof r.required !== 'boolean')
      throw optionError(`${arg}.required`, `must be a boolean; got ${show(r.required)}`);
    const bound = (b: unknown, which: 'min' | 'max'): number | undefined => {
      if (b === undefined) return undefined;
      if (r.type === 'string' || r.type === 'boolean') {
        throw optionError(
          `${arg}.${which}`,
          `does not apply to ${r.type} fields${r.type === 'string' ? ' (use minLength / maxLength)' : ''}`,
        );
      }
      if (r.type === 'date')
        return parseInstant(b instanceof Date ? b.getTime() : b, `${arg}.${which}`, { code: 'INVALID_OPTION' });
      if (typeof b !== 'number' || !Number.isFinite(b))
        throw optionError(`${arg}.${which}`, `must be a finite number; got ${show(b)}`, b);
      return b;
    };
    const min = bound(r.min, 'min');
    const max = bound(r.max, 'max');
    if (min !== undefined && max !== undefined && min > max) throw optionError(`${arg}.min`, `is above ${arg}.max`);
    for (const k of ['minLength', 'maxLength'] as const)
      if (r[k] !== undefined) assertIntegerInRange(r[k], 0, Number.MAX_SAFE_INTEGER, `${arg}.${k}`);
    if (r.minLength !== undefined && r.maxLength !== undefined && r.minLength > r.maxLength)
      throw optionError(`${arg}.minLength`, `is above ${arg}.maxLength`);
    let enumSet: Set<unknown> | undefined;
    if (r.enum !== undefined) {
      if (!Array.isArray(r.enum)) throw optionError(`${arg}.enum`, `must be an array of allowed values; got ${show(r.enum)}`);
      enumSet = new Set(r.enum);
    }
    let pattern: RegExp | undefined;
    if (r.pattern !== undefined) {
      if (r.pattern instanceof RegExp) pattern = new RegExp(r.pattern.source, r.pattern.flags.replace(/[gy]/g, ''));
      else if (typeof r.pattern === 'string') {
        try {
          pattern = new RegExp(r.pattern);
        } catch (e) {
          throw optionError(`${arg}.pattern`, `is not a valid regular expression: ${(e as Error).message}`, r.pattern);
        }
      } else throw optionError(`${arg}.pattern`, `must be a RegExp or a string; got ${show(r.pattern)}`);
    }
    return {
      name,
      type: r.type,
      required: r.required ?? false,
      min,
      max,
      minLength: r.minLength,
      maxLength: r.maxLength,
      enumSet,
      pattern,
    };
  });
}

function compileKeys(keys: DataQualitySchema['keys']): string[][] {
  if (keys === undefined) return [];
  if (!Array.isArray(keys))
    throw optionError('schema.keys', `must be an array of field names (or arrays of names); got ${show(keys)}`);
  return keys.map((k, i) => {
    const parts = typeof k === 'string' ? [k] : Array.isArray(k) ? [...k] : undefined;
    if (!parts || parts.length === 0 || parts.some((p) => typeof p !== 'string')) {
      throw optionError(`schema.keys[${i}]`, `must be a field name or a non-empty array of names; got ${show(k)}`);
    }
    return parts as string[];
  });
}

interface CompiledRule {
  name: string;
  /** true: consistent; false: violated; undefined: could not be judged (skipped). */
  evaluate: (row: Readonly<Record<string, unknown>>, i: number, isMissing: (v: unknown) => boolean) => boolean | undefined;
}

function compileRules(rules: DataQualitySchema['rules'], fields: DataQualitySchema['fields']): CompiledRule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw optionError('schema.rules', `must be an array of rules; got ${show(rules)}`);
  return rules.map((rule, idx) => {
    const arg = `schema.rules[${idx}]`;
    if (rule === null || typeof rule !== 'object') throw optionError(arg, `must be an object; got ${show(rule)}`);
    if (rule.name !== undefined && typeof rule.name !== 'string')
      throw optionError(`${arg}.name`, `must be a string; got ${show(rule.name)}`);
    if ('check' in rule) {
      const check = rule.check;
      if (typeof check !== 'function')
        throw optionError(`${arg}.check`, `must be a function (row, index) => boolean; got ${show(check)}`);
      const name = rule.name ?? `rule ${idx}`;
      return {
        name,
        evaluate: (row, i) => {
          try {
            return Boolean(check(row, i));
          } catch (e) {
            throw new SextantError(
              'INVALID_OPTION',
              `${arg} (${show(name)}) threw on rows[${i}]: ${(e as Error)?.message ?? String(e)}`,
              {
                argument: `${arg}.check`,
                index: i,
              },
            );
          }
        },
      };
    }
    const field = rule.field;
    if (typeof field !== 'string') throw optionError(`${arg}.field`, `must be a field name; got ${show(field)}`);
    const ops = COMPARISONS.filter((c) => rule[c] !== undefined);
    if (ops.length !== 1) throw optionError(arg, `needs exactly one of ${COMPARISONS.join(', ')}; got ${ops.length}`);
    const op = ops[0];
    const other = rule[op];
    if (typeof other !== 'string') throw optionError(`${arg}.${op}`, `must be a field name; got ${show(other)}`);
    const dates = fields?.[field]?.type === 'date' || fields?.[other]?.type === 'date';
    return {
      name: rule.name ?? `${field} ${SYMBOL[op]} ${other}`,
      evaluate: (row, _i, isMissing) => {
        const a = row[field];
        const b = row[other];
        if (isMissing(a) || isMissing(b)) return undefined;
        const pair = comparable(a, b, dates);
        if (!pair) return undefined;
        const [x, y] = pair;
        switch (op) {
          case 'lessThan':
            return x < y;
          case 'lessThanOrEqual':
            return x <= y;
          case 'greaterThan':
            return x > y;
          case 'greaterThanOrEqual':
            return x >= y;
          case 'equals':
            return x === y;
          default:
            return x !== y;
        }
      },
    };
  });
}

/** Two values in one comparable form (numbers, instants, or strings by code point), or undefined. */
function comparable(
  a: unknown,
  b: unknown,
  dates: boolean,
): [number, number] | [string, string] | [boolean, boolean] | undefined {
  if (dates || a instanceof Date || b instanceof Date) {
    const x = toEpoch(a);
    const y = toEpoch(b);
    return x === undefined || y === undefined ? undefined : [x, y];
  }
  if (typeof a === 'number' && typeof b === 'number') return [a, b];
  if (typeof a === 'boolean' && typeof b === 'boolean') return [a, b];
  if (typeof a === 'string' && typeof b === 'string') {
    const x = isoInstantToEpoch(a);
    const y = isoInstantToEpoch(b);
    if (!Number.isNaN(x) && !Number.isNaN(y)) return [x, y];
    return [codePointKey(a), codePointKey(b)];
  }
  return undefined;
}

/** A string whose UTF-16 order is the code-point order of `s` (surrogates moved above U+E000–U+FFFF). */
function codePointKey(s: string): string {
  // Only strings with both surrogates and E000–FFFF characters differ between the two orders.
  if (!/[\ud800-\udfff]/.test(s)) return s;
  return Array.from(s, (ch) => {
    const cp = ch.codePointAt(0) as number;
    return cp > 0xffff ? `\uffff${ch}` : ch;
  }).join('');
}

interface CompiledTimeliness {
  field: string;
  maxAgeHours: number;
  decayHours: number;
  now: number;
}

function compileTimeliness(t: TimelinessRule | undefined, now: unknown): CompiledTimeliness | undefined {
  if (t === undefined) return undefined;
  if (t === null || typeof t !== 'object')
    throw optionError('schema.timeliness', `must be { field, maxAgeHours }; got ${show(t)}`);
  if (typeof t.field !== 'string') throw optionError('schema.timeliness.field', `must be a field name; got ${show(t.field)}`);
  if (typeof t.maxAgeHours !== 'number' || !Number.isFinite(t.maxAgeHours) || t.maxAgeHours < 0) {
    throw optionError('schema.timeliness.maxAgeHours', `must be a finite number ≥ 0; got ${show(t.maxAgeHours)}`);
  }
  const decay = t.decayHours ?? t.maxAgeHours;
  if (typeof decay !== 'number' || !Number.isFinite(decay) || decay < 0) {
    throw optionError('schema.timeliness.decayHours', `must be a finite number ≥ 0; got ${show(t.decayHours)}`);
  }
  if (now === undefined) throw optionError('options.now', 'is required to measure timeliness (ISO-8601 string or epoch ms)');
  const nowMs = parseInstant(now, 'options.now', { code: 'INVALID_OPTION' });
  return { field: t.field, maxAgeHours: t.maxAgeHours, decayHours: decay, now: nowMs };
}

/**
 * Epoch ms of an instant by the one rule of internal/instant.ts — epoch ms within `Date`'s
 * range, or ISO 8601 with `Z` or an offset — or of a valid `Date`; undefined otherwise.
 */
function toEpoch(v: unknown): number | undefined {
  let t = NaN;
  if (typeof v === 'number') t = Math.abs(v) <= MAX_INSTANT_MS ? v : NaN;
  else if (typeof v === 'string') t = isoInstantToEpoch(v);
  else if (v instanceof Date) t = v.getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** Weights of the Data Quality Index dimensions (relative; normalised over the measured ones). */
export type DataQualityWeights = Partial<Record<DataQualityDimension, number>>;

/**
 * Default weights: equal. The AI/ML project guide defines the index as "a composite score
 * reflecting completeness, accuracy, consistency, and timeliness" without ranking them;
 * validity here is its accuracy. Uniqueness, when keys were profiled, counts as much as
 * each of them; give it weight 0 for the guide's four-part index.
 */
export const DATA_QUALITY_DEFAULT_WEIGHTS: Readonly<Record<DataQualityDimension, number>> = Object.freeze({
  completeness: 1,
  validity: 1,
  consistency: 1,
  timeliness: 1,
  uniqueness: 1,
});

const DIMENSIONS: readonly DataQualityDimension[] = ['completeness', 'validity', 'consistency', 'timeliness', 'uniqueness'];

/** One dimension's part of the index. */
export interface DataQualityIndexPart {
  /** The dimension's score on 0…1, or null when it was not measured. */
  score: number | null;
  /** Its weight after normalising over the measured dimensions (0 when not measured). */
  weight: number;
  /** Points it adds to the index: 100 · weight · score. */
  contribution: number;
}

/** The result of {@link dataQualityIndex}. Plain JSON. */
export interface DataQualityIndex {
  /** 0…100. */
  score: number;
  breakdown: Record<DataQualityDimension, DataQualityIndexPart>;
  /** The dimensions that had a score, in breakdown order. */
  measured: DataQualityDimension[];
}

/**
 * The Data Quality Index: a weighted mean of the measured dimensions, on 0…100 —
 * `100 · Σ wᵢ·sᵢ / Σ wᵢ` over the dimensions that have a score. Takes a
 * {@link profileDataQuality} result or plain scores on 0…1 (`{ completeness: 0.98, … }`;
 * null or absent = not measured). Weights are relative; by default all equal
 * ({@link DATA_QUALITY_DEFAULT_WEIGHTS}).
 *
 * @param input a profile, or scores on 0…1 per dimension
 * @param options `weights`: relative weight per dimension, merged over the defaults
 * @example
 * ```ts
 * dataQualityIndex({ completeness: 0.98, validity: 0.95, consistency: 0.9, timeliness: 1 });
 * // { score: 95.75, breakdown: { completeness: { score: 0.98, weight: 0.25, contribution: 24.5 }, … }, measured: [...] }
 * dataQualityIndex(profile, { weights: { completeness: 2, uniqueness: 0 } });
 * ```
 */
export function dataQualityIndex(
  input: DataQualityProfile | Partial<Record<DataQualityDimension, number | null>>,
  options: { weights?: DataQualityWeights } = {},
): DataQualityIndex {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw optionError('input', `must be a data-quality profile or an object of scores; got ${show(input)}`);
  }
  const isProfile = 'rowCount' in input && 'scores' in input;
  const scores = (isProfile ? (input as DataQualityProfile).scores : input) as Record<string, unknown>;
  const argBase = isProfile ? 'input.scores' : 'input';
  const measured = DIMENSIONS.filter((d) => scores[d] !== undefined && scores[d] !== null);
  if (measured.length === 0)
    throw new SextantError('EMPTY_INPUT', `${argBase} has no score for any of ${DIMENSIONS.join(', ')}`, { argument: argBase });
  // NON_FINITE, then INVALID_OPTION, then INVALID_VALUE.
  for (const d of measured) {
    const s = scores[d];
    if (typeof s === 'number' && !Number.isFinite(s)) {
      throw new SextantError('NON_FINITE', `${argBase}.${d} is ${s}`, { argument: `${argBase}.${d}`, value: s });
    }
  }
  for (const k of Object.keys(scores)) {
    if (!DIMENSIONS.includes(k as DataQualityDimension))
      throw optionError(`${argBase}.${k}`, `is not a dimension (${DIMENSIONS.join(', ')})`);
  }
  if (options === null || typeof options !== 'object') throw optionError('options', `must be an object; got ${show(options)}`);
  const given = options.weights ?? {};
  if (given === null || typeof given !== 'object')
    throw optionError('options.weights', `must be an object of weights; got ${show(given)}`);
  const weights: Record<DataQualityDimension, number> = { ...DATA_QUALITY_DEFAULT_WEIGHTS };
  for (const [k, w] of Object.entries(given)) {
    if (!DIMENSIONS.includes(k as DataQualityDimension))
      throw optionError(`options.weights.${k}`, `is not a dimension (${DIMENSIONS.join(', ')})`);
    if (w === undefined) continue;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
      throw optionError(`options.weights.${k}`, `must be a finite number ≥ 0; got ${show(w)}`, w);
    weights[k as DataQualityDimension] = w;
  }
  for (const d of measured) {
    const s = scores[d];
    if (typeof s !== 'number' || s < 0 || s > 1) {
      throw new SextantError('INVALID_VALUE', `${argBase}.${d} must be a number in [0, 1]; got ${show(s)}`, {
        argument: `${argBase}.${d}`,
        value: s,
      });
    }
  }
  let total = 0;
  for (const d of measured) total += weights[d];
  if (total === 0) {
    throw new SextantError('INVALID_VALUE', `options.weights sum to 0 over the measured dimensions (${measured.join(', ')})`, {
      argument: 'options.weights',
    });
  }
  let score = 0;
  const breakdown = {} as Record<DataQualityDimension, DataQualityIndexPart>;
  for (const d of DIMENSIONS) {
    const has = measured.includes(d);
    const s = has ? (scores[d] as number) : null;
    const weight = has ? weights[d] / total : 0;
    const contribution = s === null ? 0 : 100 * weight * s;
    score += contribution;
    breakdown[d] = { score: s, weight, contribution };
  }
  return { score: Math.min(100, Math.max(0, score)), breakdown, measured };
}
