/**
 * Delivery records (API.md, "delivery"): their types, and the one pass that validates every
 * record and reads it into typed arrays. Every record is checked, in the period or not
 * (API.md's edge rule), and the first bad one is refused: `INVALID_VALUE` naming
 * `deployments[3].at`-style argument and the index.
 */
import { SextantError } from '../errors';
import { daysFromCivil, isoInstantToEpoch, MAX_INSTANT_MS, parseInstant } from '../internal/instant';
import { show, typeName } from '../internal/validate';

/** An instant: epoch milliseconds or an ISO 8601 string with `Z` or an offset. */
export type Instant = string | number;

/** How a deployment ended. */
export type DeploymentStatus = 'success' | 'failed' | 'rolled-back';

/** What a deployment shipped. */
export type DeploymentKind = 'model' | 'code' | 'data' | 'config';

/** One deployment to production (API.md). */
export interface Deployment {
  id: string;
  at: Instant;
  status: DeploymentStatus;
  service?: string;
  kind?: DeploymentKind;
  /** The changes (commits) this deployment shipped, by `Change.id`. */
  changeIds?: readonly string[];
}

/** One change (a commit or merged pull request). */
export interface Change {
  id: string;
  committedAt: Instant;
}

/** One production incident; `resolvedAt` absent or `null` while it is open. */
export interface Incident {
  id: string;
  startedAt: Instant;
  resolvedAt?: Instant | null;
  /** The deployment that caused it, if known: that deployment counts as failed. */
  deploymentId?: string;
}

/** A half-open period `[from, to)`. */
export interface Period {
  from: Instant;
  to: Instant;
}

export const DEPLOYMENT_STATUSES: readonly DeploymentStatus[] = ['success', 'failed', 'rolled-back'];
const KINDS: readonly DeploymentKind[] = ['model', 'code', 'data', 'config'];

/** Status codes in {@link ParsedDeployments.status}. */
export const SUCCESS = 0;
export const FAILED = 1;
export const ROLLED_BACK = 2;

function invalid(argument: string, index: number, message: string, value: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${argument} ${message}; got ${show(value)}`, { argument, index, value });
}

/**
 * Refuse a records argument that is not an array-like of sane length, before any loop:
 * `{ length: 1e9 }` is refused at its first (missing) element, a non-integer length at once.
 */
export function recordsOf<T>(arr: unknown, name: string): ArrayLike<T> {
  if (arr === null || typeof arr !== 'object') {
    throw new SextantError('INVALID_OPTION', `${name} must be an array of records; got ${show(arr)}`, { argument: name });
  }
  // A typed array, DataView, Map, Set or Date holds no records: refused by its type, before its length.
  if (ArrayBuffer.isView(arr) || arr instanceof ArrayBuffer || arr instanceof Map || arr instanceof Set || arr instanceof Date) {
    throw new SextantError('INVALID_OPTION', `${name} must be an array of records; got ${typeName(arr)}`, { argument: name });
  }
  const n = (arr as { length?: unknown }).length;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1) {
    throw new SextantError('INVALID_OPTION', `${name} must be an array of records; its length is ${show(n)}`, {
      argument: name,
      value: n,
    });
  }
  // Before the parsers allocate columns of length n: a made-up length over absent records is
  // refused at its first hole, not after allocating gigabytes for it.
  const a = arr as ArrayLike<unknown>;
  for (let i = 0; i < n; i++) {
    const r = a[i];
    if (r === null || typeof r !== 'object') recordAt(a, i, name);
  }
  return arr as ArrayLike<T>;
}

function recordAt(arr: ArrayLike<unknown>, i: number, name: string): Record<string, unknown> {
  const r = arr[i];
  if (r === null || typeof r !== 'object' || Array.isArray(r)) throw invalid(`${name}[${i}]`, i, 'must be a record object', r);
  return r as Record<string, unknown>;
}

function digits(s: string, at: number, n: number): number {
  let x = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

/**
 * Epoch ms of the one shape CI exports write, `YYYY-MM-DDTHH:MM:SSZ` or `…SS.sssZ`, read
 * without a regular expression (1e6 records); `NaN` for anything else, which then takes
 * internal/instant's full parser. Same rule, same answers (a property test compares them).
 */
export function fastUtcInstant(s: string): number {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 /* Z */) return NaN;
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return NaN;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const h = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  let ms = 0;
  if (n === 24) {
    if (s[19] !== '.') return NaN;
    ms = digits(s, 20, 3);
  }
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (d > dim) return NaN;
  return daysFromCivil(y, mo, d) * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

/**
 * An instant field. ISO strings and numbers take the fast paths (the common UTC shape,
 * then internal/instant's own parser); anything they refuse goes through `parseInstant`,
 * which throws its message.
 */
function instantField(v: unknown, name: string, i: number, field: string): number {
  if (typeof v === 'string') {
    const f = fastUtcInstant(v);
    if (f === f) return f;
    const t = isoInstantToEpoch(v);
    if (t === t) return t;
  } else if (typeof v === 'number' && Math.abs(v) <= MAX_INSTANT_MS) return v;
  return parseInstant(v, `${name}[${i}].${field}`, { index: i });
}

function idField(v: unknown, name: string, i: number, field = 'id'): string {
  if (typeof v !== 'string' || v.length === 0) throw invalid(`${name}[${i}].${field}`, i, 'must be a non-empty string', v);
  return v;
}

/** Deployments read into columns (one entry per input record, input order). */
export interface ParsedDeployments {
  n: number;
  ids: string[];
  at: Float64Array;
  status: Uint8Array;
  changeIds: (readonly string[] | undefined)[];
}

export function parseDeployments(input: unknown, name = 'deployments', withChanges = false): ParsedDeployments {
  const arr = recordsOf<unknown>(input, name);
  const n = arr.length;
  const ids = new Array<string>(n);
  const at = new Float64Array(n);
  const status = new Uint8Array(n);
  const changeIds = withChanges ? new Array<readonly string[] | undefined>(n) : [];
  for (let i = 0; i < n; i++) {
    const r = recordAt(arr, i, name);
    ids[i] = idField(r.id, name, i);
    at[i] = instantField(r.at, name, i, 'at');
    const s = r.status;
    status[i] = s === 'success' ? SUCCESS : s === 'failed' ? FAILED : s === 'rolled-back' ? ROLLED_BACK : 255;
    if (status[i] === 255) throw invalid(`${name}[${i}].status`, i, "must be 'success', 'failed' or 'rolled-back'", s);
    if (r.kind !== undefined && !KINDS.includes(r.kind as DeploymentKind)) {
      throw invalid(`${name}[${i}].kind`, i, "must be 'model', 'code', 'data' or 'config' when given", r.kind);
    }
    if (r.service !== undefined && typeof r.service !== 'string')
      throw invalid(`${name}[${i}].service`, i, 'must be a string when given', r.service);
    const c = r.changeIds;
    if (c !== undefined) {
      if (!Array.isArray(c)) throw invalid(`${name}[${i}].changeIds`, i, 'must be an array of change ids when given', c);
      for (let j = 0; j < c.length; j++) {
        if (typeof c[j] !== 'string') throw invalid(`${name}[${i}].changeIds[${j}]`, i, 'must be a string', c[j]);
      }
      if (withChanges) changeIds[i] = c as string[];
    } else if (withChanges) changeIds[i] = undefined;
  }
  return { n, ids, at, status, changeIds };
}

export interface ParsedChanges {
  n: number;
  ids: string[];
  committedAt: Float64Array;
}

export function parseChanges(input: unknown, name = 'changes'): ParsedChanges {
  const arr = recordsOf<unknown>(input, name);
  const n = arr.length;
  const ids = new Array<string>(n);
  const committedAt = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = recordAt(arr, i, name);
    ids[i] = idField(r.id, name, i);
    committedAt[i] = instantField(r.committedAt, name, i, 'committedAt');
  }
  return { n, ids, committedAt };
}

export interface ParsedIncidents {
  n: number;
  startedAt: Float64Array;
  /** NaN while open. */
  resolvedAt: Float64Array;
  deploymentIds: (string | undefined)[];
}

export function parseIncidents(input: unknown, name = 'incidents'): ParsedIncidents {
  const arr = recordsOf<unknown>(input, name);
  const n = arr.length;
  const startedAt = new Float64Array(n);
  const resolvedAt = new Float64Array(n);
  const deploymentIds = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const r = recordAt(arr, i, name);
    idField(r.id, name, i);
    startedAt[i] = instantField(r.startedAt, name, i, 'startedAt');
    const res = r.resolvedAt;
    if (res === undefined || res === null) resolvedAt[i] = NaN;
    else {
      const t = instantField(res, name, i, 'resolvedAt');
      // A recovery that ends before it starts is a typo in the record, not a negative time.
      if (t < startedAt[i]) throw invalid(`${name}[${i}].resolvedAt`, i, 'is before its startedAt', res);
      resolvedAt[i] = t;
    }
    const d = r.deploymentId;
    if (d !== undefined && d !== null && typeof d !== 'string')
      throw invalid(`${name}[${i}].deploymentId`, i, 'must be a string when given', d);
    deploymentIds[i] = d === null ? undefined : (d as string | undefined);
  }
  return { n, startedAt, resolvedAt, deploymentIds };
}

/** The period `[from, to)` in epoch ms: each an instant (`INVALID_OPTION`), then `from < to` (`INVALID_INTERVAL`). */
export function parsePeriod(period: unknown, name = 'period'): { from: number; to: number } {
  if (period === null || typeof period !== 'object') {
    throw new SextantError('INVALID_OPTION', `${name} must be { from, to }; got ${show(period)}`, { argument: name });
  }
  const p = period as Record<string, unknown>;
  const from = parseInstant(p.from, `${name}.from`, { code: 'INVALID_OPTION' });
  const to = parseInstant(p.to, `${name}.to`, { code: 'INVALID_OPTION' });
  if (!(from < to)) {
    throw new SextantError('INVALID_INTERVAL', `${name}.from (${show(p.from)}) must be before ${name}.to (${show(p.to)})`, {
      argument: `${name}.from`,
      value: p.from,
    });
  }
  return { from, to };
}
