/**
 * A data-quality schema checked and compiled into what the profile runs per row: field
 * rules with their bounds as numbers, keys as field lists, consistency rules as functions,
 * timeliness with `now` as epoch ms. Every refusal here is INVALID_OPTION naming the field.
 */
import { SextantError } from '../errors';
import { isoInstantToEpoch, MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import { assertIntegerInRange, show } from '../internal/validate';
import { describe, isHole } from '../internal/hostile';
import type { ConsistencyRule, DataQualityFieldType, DataQualitySchema, TimelinessRule } from './types';

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

/** A field's rules, checked and compiled. */
export interface CompiledField {
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

export function optionError(argument: string, message: string, value?: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${argument} ${message}`, { argument, value });
}

export function compileFields(schema: DataQualitySchema): CompiledField[] {
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
      const list = r.enum as unknown;
      if (!Array.isArray(list)) throw optionError(`${arg}.enum`, `must be an array of allowed values; got ${describe(list)}`);
      // Element by element, stopping at the first that is no value (a hole, an object): a
      // Set built from 2^32 − 1 holes read every one of them.
      enumSet = new Set();
      for (let i = 0; i < list.length; i++) {
        const v = list[i] as unknown;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
          throw optionError(
            `${arg}.enum[${i}]`,
            isHole(list, i) ? 'is absent (a hole in the array)' : `must be a string, number or boolean; got ${show(v)}`,
            v,
          );
        }
        enumSet.add(v);
      }
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

/** Refuse a field name that `schema.fields` does not declare: a typo would measure nothing. */
function assertDeclared(name: string, fields: DataQualitySchema['fields'], arg: string): void {
  if (!Object.prototype.hasOwnProperty.call(fields, name)) {
    throw optionError(
      arg,
      `names ${show(name)}, which is not a field of schema.fields (${Object.keys(fields)
        .map((f) => show(f))
        .join(', ')})`,
      name,
    );
  }
}

export function compileKeys(keys: DataQualitySchema['keys'], fields: DataQualitySchema['fields']): string[][] {
  if (keys === undefined) return [];
  if (!Array.isArray(keys))
    throw optionError('schema.keys', `must be an array of field names (or arrays of names); got ${describe(keys)}`);
  const seen = new Set<string>();
  const out: string[][] = [];
  // Index by index, not keys.map: map walks every hole of new Array(2 ** 32 - 1) before refusing.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as unknown;
    const parts: string[] = [];
    let ok = typeof k === 'string';
    if (ok) parts.push(k as string);
    else if (Array.isArray(k) && k.length > 0) {
      ok = true;
      // A key's names are each a field, so a longer key repeats one: stop there.
      for (let j = 0; j < k.length && ok; j++) {
        const p = k[j] as unknown;
        if (typeof p !== 'string') ok = false;
        else {
          assertDeclared(p, fields, `schema.keys[${i}]`);
          if (parts.includes(p)) throw optionError(`schema.keys[${i}]`, `names a field twice; got ${show(k)}`);
          parts.push(p);
        }
      }
    }
    if (!ok) {
      throw optionError(
        `schema.keys[${i}]`,
        isHole(keys, i)
          ? 'is absent (a hole in the array)'
          : `must be a field name or a non-empty array of names; got ${show(k)}`,
      );
    }
    if (parts.length === 1) assertDeclared(parts[0], fields, `schema.keys[${i}]`);
    // One JSON array per key: unambiguous whatever the names contain.
    const id = JSON.stringify(parts);
    if (seen.has(id)) throw optionError(`schema.keys[${i}]`, `repeats an earlier key; got ${show(k)}`);
    seen.add(id);
    out.push(parts);
  }
  return out;
}

export interface CompiledRule {
  name: string;
  /** true: consistent; false: violated; undefined: could not be judged (skipped). */
  evaluate: (row: Readonly<Record<string, unknown>>, i: number, isMissing: (v: unknown) => boolean) => boolean | undefined;
}

export function compileRules(rules: DataQualitySchema['rules'], fields: DataQualitySchema['fields']): CompiledRule[] {
  if (rules === undefined) return [];
  if (!Array.isArray(rules)) throw optionError('schema.rules', `must be an array of rules; got ${describe(rules)}`);
  const list = rules as readonly ConsistencyRule[];
  const out: CompiledRule[] = [];
  // Index by index, not rules.map: map walks every hole of new Array(2 ** 32 - 1) before refusing.
  for (let idx = 0; idx < list.length; idx++) out.push(compileRule(list, idx, fields));
  return out;
}

function compileRule(list: readonly ConsistencyRule[], idx: number, fields: DataQualitySchema['fields']): CompiledRule {
  const rule = list[idx];
  const arg = `schema.rules[${idx}]`;
  if (rule === null || typeof rule !== 'object')
    throw optionError(arg, isHole(list, idx) ? 'is absent (a hole in the array)' : `must be an object; got ${show(rule)}`);
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
  assertDeclared(field, fields, `${arg}.field`);
  const ops = COMPARISONS.filter((c) => rule[c] !== undefined);
  if (ops.length !== 1) throw optionError(arg, `needs exactly one of ${COMPARISONS.join(', ')}; got ${ops.length}`);
  const op = ops[0];
  const other = rule[op];
  if (typeof other !== 'string') throw optionError(`${arg}.${op}`, `must be a field name; got ${show(other)}`);
  assertDeclared(other, fields, `${arg}.${op}`);
  const typeOf = (name: string): unknown =>
    fields !== undefined && Object.prototype.hasOwnProperty.call(fields, name) ? fields[name]?.type : undefined;
  const dates = typeOf(field) === 'date' || typeOf(other) === 'date';
  return {
    name: rule.name ?? `${field} ${SYMBOL[op]} ${other}`,
    evaluate: (row, _i, isMissing) => {
      const own = (name: string): unknown => (Object.prototype.hasOwnProperty.call(row, name) ? row[name] : undefined);
      const a = own(field);
      const b = own(other);
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

export interface CompiledTimeliness {
  field: string;
  maxAgeHours: number;
  decayHours: number;
  now: number;
}

export function compileTimeliness(
  t: TimelinessRule | undefined,
  now: unknown,
  fields: DataQualitySchema['fields'],
): CompiledTimeliness | undefined {
  if (t === undefined) return undefined;
  if (t === null || typeof t !== 'object')
    throw optionError('schema.timeliness', `must be { field, maxAgeHours }; got ${show(t)}`);
  if (typeof t.field !== 'string') throw optionError('schema.timeliness.field', `must be a field name; got ${show(t.field)}`);
  assertDeclared(t.field, fields, 'schema.timeliness.field');
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
export function toEpoch(v: unknown): number | undefined {
  let t = NaN;
  if (typeof v === 'number') t = Math.abs(v) <= MAX_INSTANT_MS ? v : NaN;
  else if (typeof v === 'string') t = isoInstantToEpoch(v);
  else if (v instanceof Date) t = v.getTime();
  return Number.isNaN(t) ? undefined : t;
}
