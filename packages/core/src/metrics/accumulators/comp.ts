/**
 * The compensated pair both streaming accumulators carry in their state and JSON, and the
 * refusal of a bad saved state. Internal to metrics/accumulators.
 */
import { SextantError } from '../../errors';

/** A Neumaier sum carried as [sum, compensation]; its value is sum + compensation. */
export type Comp = [number, number];

export function add(a: Comp, x: number): void {
  const s = a[0];
  const t = s + x;
  a[1] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  a[0] = t;
}

export function addComp(a: Comp, b: Comp): void {
  add(a, b[0]);
  a[1] += b[1];
}

export const val = (a: Comp): number => (Number.isFinite(a[0]) ? a[0] + a[1] : a[0]);

/** INVALID_STATE; `field` is the path of the first bad field (`state.matrix[2][1]`). */
export function badState(what: string, message: string, field = 'json', value?: unknown): SextantError {
  return new SextantError('INVALID_STATE', `${what}: ${message}`, { argument: field, value });
}

/**
 * An own property of a saved state, never one inherited: `JSON.parse` makes a
 * `"__proto__"` key an own property, and nothing is read through a prototype.
 */
export function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * `v` is an object that can hold a saved state or a warehouse's sums: not null, not an array,
 * and none of the built-ins that are objects without being records (a `Map`, `Set`, `Date`,
 * typed array or `DataView` would read as an empty state; refusals name their type instead).
 */
export function isRecord(v: unknown): v is object {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Map) &&
    !(v instanceof Set) &&
    !(v instanceof Date) &&
    !(v instanceof ArrayBuffer) &&
    !ArrayBuffer.isView(v)
  );
}

export function isComp(v: unknown): v is Comp {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'number' &&
    typeof v[1] === 'number' &&
    Number.isFinite(v[0]) &&
    Number.isFinite(v[1])
  );
}
