/**
 * Data quality of a table of records: completeness, validity against a schema, uniqueness
 * of keys, consistency rules across fields and timeliness, each on 0…1 (the Data Quality
 * Index that combines them is in ./qualityIndex). One measure per dimension below;
 * profileDataQuality checks the input and puts them together.
 */
import { SextantError } from '../errors';
import { assertIntegerInRange, show } from '../internal/validate';
import { checkArrayLike, describe } from '../internal/hostile';
import {
  compileFields,
  compileKeys,
  compileRules,
  compileTimeliness,
  toEpoch,
  type CompiledField,
  type CompiledRule,
  type CompiledTimeliness,
} from './schema';
import type {
  DataQualityProfile,
  DataQualitySchema,
  FieldQuality,
  InvalidExample,
  InvalidReason,
  KeyQuality,
  ProfileDataQualityOptions,
  RuleQuality,
  TimelinessQuality,
} from './types';

const HOUR_MS = 3_600_000;

type Rows = readonly Readonly<Record<string, unknown>>[];
type IsMissing = (v: unknown) => boolean;

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
  // A DataView, Map or made-up length is refused (and named) here; holes stop checkRecords at once.
  if (ArrayBuffer.isView(rows)) {
    throw new SextantError('INVALID_OPTION', `rows must be an array of records; got ${describe(rows)}`, { argument: 'rows' });
  }
  checkArrayLike(rows, 'rows');
  if (rows.length === 0) throw new SextantError('EMPTY_INPUT', 'rows is empty', { argument: 'rows' });
  // INVALID_OPTION: schema and options
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  const fields = compileFields(schema);
  const keys = compileKeys(schema.keys, schema.fields);
  const rules = compileRules(schema.rules, schema.fields);
  const timeliness = compileTimeliness(schema.timeliness, options.now, schema.fields);
  const maxExamples = options.maxExamples ?? 5;
  assertIntegerInRange(maxExamples, 0, 10_000, 'options.maxExamples');
  const emptyIsMissing = options.emptyStringIsMissing ?? true;
  if (typeof emptyIsMissing !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.emptyStringIsMissing must be a boolean; got ${show(emptyIsMissing)}`, {
      argument: 'options.emptyStringIsMissing',
    });
  }
  // INVALID_VALUE: a row that is not a record
  checkRecords(rows);
  const isMissing: IsMissing = (v) =>
    v === undefined ||
    v === null ||
    (typeof v === 'number' && Number.isNaN(v)) ||
    (emptyIsMissing && typeof v === 'string' && v.trim() === '');

  const n = rows.length;
  // Null-prototype: a field named '__proto__' or 'constructor' is a key like any other.
  const fieldOut = Object.create(null) as Record<string, FieldQuality>;
  let missingCells = 0;
  let invalidCells = 0;
  let checkedCells = 0;
  for (const f of fields) {
    const q = measureField(rows, f, isMissing, maxExamples);
    fieldOut[f.name] = q;
    missingCells += q.missing;
    invalidCells += q.invalid;
    checkedCells += q.checked;
  }
  const totalCells = n * fields.length;
  const uniqueness = keys.length > 0 ? measureKeys(rows, keys, isMissing, maxExamples) : null;
  const consistency = rules.length > 0 ? measureRules(rows, rules, isMissing, maxExamples) : null;
  const timelinessOut = timeliness ? measureTimeliness(rows, timeliness, isMissing) : null;

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
    unknownFields: unknownFieldsOf(rows, fields),
  };
}

function checkRecords(rows: Rows): void {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as unknown;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      throw new SextantError('INVALID_VALUE', `rows[${i}] must be a record (a plain object); got ${show(r)}`, {
        argument: 'rows',
        index: i,
        value: r,
      });
    }
  }
}

/**
 * A row's own value of a field: a field named `constructor` or `toString` that a row lacks
 * is missing, not the function every object inherits.
 */
function cell(row: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(row, name) ? row[name] : undefined;
}

/** Completeness and validity of one field. */
function measureField(rows: Rows, f: CompiledField, isMissing: IsMissing, maxExamples: number): FieldQuality {
  const n = rows.length;
  let present = 0;
  let invalid = 0;
  let checked = 0;
  const byReason: Partial<Record<InvalidReason, number>> = {};
  const missingRows: number[] = [];
  const invalidExamples: InvalidExample[] = [];
  for (let i = 0; i < n; i++) {
    const v = cell(rows[i], f.name);
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
  return {
    present,
    missing: n - present,
    completeness: present / n,
    checked,
    invalid,
    validity: checked === 0 ? 1 : 1 - invalid / checked,
    invalidByReason: byReason,
    missingRows,
    invalidExamples,
  };
}

/** Uniqueness of each key, and over all keys. */
function measureKeys(
  rows: Rows,
  keys: readonly string[][],
  isMissing: IsMissing,
  maxExamples: number,
): NonNullable<DataQualityProfile['uniqueness']> {
  const n = rows.length;
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
  return { score: chk === 0 ? 1 : 1 - dup / chk, keys: out };
}

/** Each consistency rule's outcome, and the pass rate over all of them. */
function measureRules(
  rows: Rows,
  rules: readonly CompiledRule[],
  isMissing: IsMissing,
  maxExamples: number,
): NonNullable<DataQualityProfile['consistency']> {
  const n = rows.length;
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
  return { score: checkedAll === 0 ? 1 : 1 - failedAll / checkedAll, rules: out };
}

/** Freshness of the newest record against `now`. */
function measureTimeliness(rows: Rows, t: CompiledTimeliness, isMissing: IsMissing): TimelinessQuality {
  const { field, maxAgeHours, decayHours, now } = t;
  let newest = -Infinity;
  let unparseable = 0;
  let futureRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = cell(rows[i], field);
    if (isMissing(v)) continue;
    const at = toEpoch(v);
    if (at === undefined) {
      unparseable++;
      continue;
    }
    if (at > now) futureRows++;
    if (at > newest) newest = at;
  }
  const has = newest > -Infinity;
  const ageHours = has ? (now - newest) / HOUR_MS : null;
  let score = 0;
  if (ageHours !== null) {
    if (ageHours <= maxAgeHours) score = 1;
    else if (decayHours > 0) score = Math.max(0, 1 - (ageHours - maxAgeHours) / decayHours);
  }
  return {
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

/** Property names found in rows but not in the schema, sorted. */
function unknownFieldsOf(rows: Rows, fields: readonly CompiledField[]): string[] {
  const known = new Set(fields.map((f) => f.name));
  const unknown = new Set<string>();
  for (let i = 0; i < rows.length; i++) for (const k of Object.keys(rows[i])) if (!known.has(k)) unknown.add(k);
  return [...unknown].sort();
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
    const v = cell(row, key[0]);
    if (isMissing(v)) return MISSING;
    return v instanceof Date ? `date:${v.getTime()}` : v;
  }
  const parts: unknown[] = [];
  for (const k of key) {
    const v = cell(row, k);
    if (isMissing(v)) return MISSING;
    parts.push(v instanceof Date ? ['d', v.getTime()] : [typeof v, v]);
  }
  return JSON.stringify(parts);
}
