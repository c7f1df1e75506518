/**
 * Reading a foreign JSON payload field by field. Every importer walks a fixed schema with
 * these helpers, so a payload of the wrong shape is refused with `INVALID_VALUE` naming the
 * path inside it (`runs[3].info.start_time`), and nothing here ever recurses into arbitrary
 * structure (deep nesting costs nothing) or reads through a prototype (`__proto__`,
 * `constructor` and `toString` keys are plain data). Internal to the connectors area.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show, typeName } from '../internal/validate';

/** One record an importer left out, with the path of the element and why. */
export interface Skipped {
  /** Path of the element inside the payload, e.g. `deployments[4]`. */
  path: string;
  /** Why it was left out, in a sentence. */
  reason: string;
}

/** What every importer returns: the records it made and the elements it left out. */
export interface ImportResult<T> {
  records: T[];
  skipped: Skipped[];
}

/** A JSON object as read: own enumerable keys only. */
export type JsonObject = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** The refusal for the value at `path`. */
export function invalidAt(path: string, expectation: string, value: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${path} ${expectation}; got ${show(value)}`, { argument: path, value });
}

/** Join a path and a key (`a.b`), or start one at the root. */
export function at(path: string, key: string): string {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '') return k;
  return k.startsWith('"') ? `${path}[${k}]` : `${path}.${k}`;
}

/** `path[i]`. */
export function ix(path: string, i: number): string {
  return `${path}[${i}]`;
}

/** A plain object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `v` must be a JSON object. */
export function objectAt(v: unknown, path: string): JsonObject {
  if (!isObject(v)) throw invalidAt(path || 'the payload', 'must be a JSON object', v);
  // JSON.parse makes plain objects only: a Map, Date or typed array would read as an empty
  // object (no keys), so an import of one would return nothing instead of refusing.
  // (The tag, not the prototype: objects from another realm — an iframe, a vm — are fine.)
  if (Object.prototype.toString.call(v) !== '[object Object]') {
    const p = path || 'the payload';
    throw new SextantError('INVALID_VALUE', `${p} must be a JSON object; got ${typeName(v)}`, { argument: p, value: v });
  }
  return v;
}

/** The own property `key` of `o` (never an inherited one), or undefined. */
export function own(o: JsonObject, key: string): unknown {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

/**
 * `v` must be a real array: a JSON payload's arrays are, and an array-like such as
 * `{ length: 1e9 }` is refused before anything loops over it.
 */
export function arrayAt(v: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(v)) {
    // A Map, Date, typed array or DataView is named by its type (show() would print `{}`).
    const p = path || 'the payload';
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) !== Object.prototype) {
      throw new SextantError('INVALID_VALUE', `${p} must be a JSON array; got ${typeName(v)}`, { argument: p, value: v });
    }
    throw invalidAt(p, 'must be a JSON array', v);
  }
  return v;
}

/** The own field `key` of `o` as an object. */
export function objField(o: JsonObject, key: string, path: string): JsonObject {
  return objectAt(own(o, key), at(path, key));
}

/** The own field `key` of `o` as an object, or undefined when missing or null. */
export function optObjField(o: JsonObject, key: string, path: string): JsonObject | undefined {
  const v = own(o, key);
  return v === undefined || v === null ? undefined : objectAt(v, at(path, key));
}

/** The own field `key` of `o` as an array. */
export function arrField(o: JsonObject, key: string, path: string): readonly unknown[] {
  return arrayAt(own(o, key), at(path, key));
}

/** The own field `key` of `o` as an array; missing or null reads as empty. */
export function optArrField(o: JsonObject, key: string, path: string): readonly unknown[] {
  const v = own(o, key);
  return v === undefined || v === null ? [] : arrayAt(v, at(path, key));
}

/** The own field `key` of `o` as a string. */
export function strField(o: JsonObject, key: string, path: string): string {
  const v = own(o, key);
  if (typeof v !== 'string') throw invalidAt(at(path, key), 'must be a string', v);
  return v;
}

/** The own field `key` of `o` as a string, or undefined when missing or null. */
export function optStrField(o: JsonObject, key: string, path: string): string | undefined {
  const v = own(o, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalidAt(at(path, key), 'must be a string or null', v);
  return v;
}

/**
 * The own field `key` of `o` as a finite number. A number written as a string (`"12"`) is
 * refused: the documented payloads carry numbers, and guessing would hide a broken proxy.
 */
export function numField(o: JsonObject, key: string, path: string): number {
  const v = own(o, key);
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    const why = typeof v === 'string' ? 'must be a JSON number, not a string' : 'must be a finite number';
    throw invalidAt(at(path, key), why, v);
  }
  return v;
}

/** The own field `key` of `o` as a finite number, or undefined when missing or null. */
export function optNumField(o: JsonObject, key: string, path: string): number | undefined {
  const v = own(o, key);
  return v === undefined || v === null ? undefined : numField(o, key, path);
}

/** An id that APIs send as a number or a string, as a string. */
export function idField(o: JsonObject, key: string, path: string): string {
  const v = own(o, key);
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  throw invalidAt(at(path, key), 'must be a non-empty string or an integer id', v);
}

/** The own field `key` of `o` as an instant (epoch ms), through internal/instant's one rule. */
export function instantField(o: JsonObject, key: string, path: string): number {
  return parseInstant(own(o, key), at(path, key));
}

/** The own field `key` as an instant, or undefined when missing or null. */
export function optInstantField(o: JsonObject, key: string, path: string): number | undefined {
  const v = own(o, key);
  return v === undefined || v === null ? undefined : parseInstant(v, at(path, key));
}

/** A null-prototype dictionary: any key, `__proto__` included, is plain data. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * One page, or each page of an array of pages, with the path prefix to report: a single page
 * reads from the root (`runs[3]`), pages from `[1].runs[3]`. Lazy, so a refusal stops it.
 */
export function* pagesOf(payload: unknown, root = ''): Generator<{ page: unknown; path: string }> {
  if (!Array.isArray(payload)) {
    yield { page: payload, path: root };
    return;
  }
  for (let i = 0; i < payload.length; i++) yield { page: payload[i] as unknown, path: ix(root, i) };
}

/**
 * The skipped elements' paths inside the payload (`data.result[3]`, `[1].runs[0]`), as
 * {@link Skipped} documents them, when the importer read the payload from `root` — the
 * argument's name, which every refusal names first (`response.data.result[3]`, `response[1]`).
 */
export function insidePayload(skipped: Skipped[], root: string): Skipped[] {
  for (const s of skipped) {
    if (!s.path.startsWith(root)) continue;
    const next = s.path.charAt(root.length);
    if (next === '') s.path = '';
    else if (next === '.') s.path = s.path.slice(root.length + 1);
    else if (next === '[') s.path = s.path.slice(root.length);
  }
  return skipped;
}

/** The options object, or `{}`; anything else is `INVALID_OPTION`. */
export function optionsAt<T extends object>(options: T | undefined | null, fname: string): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new SextantError('INVALID_OPTION', `${fname}: options must be an object; got ${show(options)}`, {
      argument: 'options',
      value: options,
    });
  }
  return options;
}

/**
 * `arr.forEach(f)` without skipping holes: `forEach` skips them, so a sparse
 * `new Array(2 ** 32 - 1)` is walked to its end; here a hole reaches `f` as `undefined` at
 * index 0 and is refused there.
 */
export function eachOf<T>(arr: readonly T[], f: (x: T, i: number) => void): void {
  for (let i = 0; i < arr.length; i++) f(arr[i], i);
}
