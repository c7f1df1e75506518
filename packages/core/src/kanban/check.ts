/**
 * Field checks shared by the board functions and `boardFromJSON`. One `fail` callback picks
 * the code (a bad argument of `addCard` is `INVALID_VALUE`, the same field of a saved board is
 * `INVALID_STATE`), so a card is checked by one piece of code wherever it comes from.
 * Internal to the kanban area.
 */
import { SextantError, type SextantErrorCode } from '../errors';
import { instantToIso, parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { CARD_TYPES, type CardType, type DriftEvidence, type KanbanCard, type KanbanColumn, type KanbanLane } from './types';

/** The most elements any array of a board may have (cards, events, tags): refused above, before any loop. */
export const MAX_ITEMS = 10_000_000;

export type Fail = (path: string, message: string, code?: SextantErrorCode) => never;

/** A `fail` that throws `code` (or the code a particular check asks for). */
export function failWith(code: SextantErrorCode, argument: string): Fail {
  return (path, message, override) => {
    throw new SextantError(override ?? code, `${path} ${message}`, { argument });
  };
}

/** A plain object: `{}` or `Object.create(null)`, from this realm or another (an iframe, a vm context). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v) as object | null;
  return p === null || Object.getPrototypeOf(p) === null;
}

/** Own enumerable keys that are not in `allowed` (first one), for saved documents. */
export function firstUnknownKey(o: Record<string, unknown>, allowed: ReadonlySet<string>): string | undefined {
  for (const k of Object.keys(o)) if (!allowed.has(k)) return k;
  return undefined;
}

export function checkArray(v: unknown, path: string, fail: Fail, max = MAX_ITEMS): unknown[] {
  if (!Array.isArray(v)) return fail(path, `must be an array; got ${show(v)}`);
  // Array.isArray rules out { length: 1e9 }; a huge real array is still refused before any loop.
  if (v.length > max) return fail(path, `has ${v.length} elements; at most ${max} are accepted`);
  return v;
}

export function checkId(v: unknown, path: string, fail: Fail): string {
  if (typeof v !== 'string' || v.length === 0) return fail(path, `must be a non-empty string; got ${show(v)}`);
  return v;
}

export function checkString(v: unknown, path: string, fail: Fail): string {
  if (typeof v !== 'string') return fail(path, `must be a string; got ${show(v)}`);
  return v;
}

/** An instant field, returned as its ISO string (UTC). */
export function checkInstant(v: unknown, path: string, fail: Fail): string {
  try {
    return instantToIso(parseInstant(v, path));
  } catch (e) {
    return fail(path, (e as Error).message.startsWith(path) ? (e as Error).message.slice(path.length + 1) : (e as Error).message);
  }
}

export function checkColumns(v: unknown, path: string, fail: Fail, strict: boolean): KanbanColumn[] {
  const arr = checkArray(v, path, fail, 10_000);
  if (arr.length === 0) fail(path, 'must have at least one column', 'EMPTY_INPUT');
  const seen = new Set<string>();
  const out: KanbanColumn[] = [];
  for (let i = 0; i < arr.length; i++) {
    const p = `${path}[${i}]`;
    const c = arr[i];
    if (!isPlainObject(c)) fail(p, `must be an object { id, title, wipLimit?, policy? }; got ${show(c)}`);
    if (strict) {
      const k = firstUnknownKey(c, COLUMN_KEYS);
      if (k !== undefined) fail(`${p}.${k}`, 'is not a column field');
    }
    const id = checkId(c.id, `${p}.id`, fail);
    if (seen.has(id)) fail(`${p}.id`, `${show(id)} is already the id of another column`);
    seen.add(id);
    const col: KanbanColumn = { id, title: checkString(c.title, `${p}.title`, fail) };
    if (c.wipLimit !== undefined) {
      const w = c.wipLimit;
      if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 1)
        fail(`${p}.wipLimit`, `must be an integer ≥ 1; got ${show(w)}`);
      col.wipLimit = w as number;
    }
    if (c.policy !== undefined) {
      if (c.policy !== 'block' && c.policy !== 'warn') fail(`${p}.policy`, `must be 'block' or 'warn'; got ${show(c.policy)}`);
      col.policy = c.policy as 'block' | 'warn';
    }
    out.push(col);
  }
  return out;
}

export function checkLanes(v: unknown, path: string, fail: Fail, strict: boolean): KanbanLane[] {
  if (v === undefined && !strict) return [];
  const arr = checkArray(v, path, fail, 10_000);
  const seen = new Set<string>();
  const out: KanbanLane[] = [];
  for (let i = 0; i < arr.length; i++) {
    const p = `${path}[${i}]`;
    const l = arr[i];
    if (!isPlainObject(l)) fail(p, `must be an object { id, title }; got ${show(l)}`);
    if (strict) {
      const k = firstUnknownKey(l, LANE_KEYS);
      if (k !== undefined) fail(`${p}.${k}`, 'is not a lane field');
    }
    const id = checkId(l.id, `${p}.id`, fail);
    if (seen.has(id)) fail(`${p}.id`, `${show(id)} is already the id of another lane`);
    seen.add(id);
    out.push({ id, title: checkString(l.title, `${p}.title`, fail) });
  }
  return out;
}

export const COLUMN_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'wipLimit', 'policy']);
export const LANE_KEYS: ReadonlySet<string> = new Set(['id', 'title']);
export const CARD_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'type',
  'columnId',
  'laneId',
  'owner',
  'tags',
  'createdAt',
  'blocked',
  'blockedReason',
  'evidence',
]);
const EVIDENCE_KEYS: ReadonlySet<string> = new Set(['feature', 'score', 'method', 'batchAt']);

export function checkCardType(v: unknown, path: string, fail: Fail): CardType {
  if (!(CARD_TYPES as readonly unknown[]).includes(v)) {
    fail(path, `must be one of ${CARD_TYPES.map((t) => `'${t}'`).join(', ')}; got ${show(v)}`);
  }
  return v as CardType;
}

export function checkTags(v: unknown, path: string, fail: Fail): string[] {
  const arr = checkArray(v, path, fail, 10_000);
  const out: string[] = [];
  for (let i = 0; i < arr.length; i++) out.push(checkString(arr[i], `${path}[${i}]`, fail));
  return out;
}

function checkEvidence(v: unknown, path: string, fail: Fail, strict: boolean): DriftEvidence {
  if (!isPlainObject(v)) return fail(path, `must be an object { feature, score, method, batchAt }; got ${show(v)}`);
  if (strict) {
    const k = firstUnknownKey(v, EVIDENCE_KEYS);
    if (k !== undefined) fail(`${path}.${k}`, 'is not an evidence field');
  }
  const score = v.score;
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
    fail(`${path}.score`, `must be a finite number or null; got ${show(score)}`);
  }
  const method = v.method;
  if (method !== null && typeof method !== 'string') fail(`${path}.method`, `must be a string or null; got ${show(method)}`);
  return {
    feature: checkString(v.feature, `${path}.feature`, fail),
    score: score as number | null,
    method: method as string | null,
    batchAt: checkInstant(v.batchAt, `${path}.batchAt`, fail),
  };
}

/**
 * A card checked field by field and copied to a fresh object holding only card fields.
 * `strict` (saved boards) refuses unknown fields and requires `columnId` and `createdAt`.
 * Column and lane existence is checked by the caller (the code differs).
 */
export function checkCard(
  v: unknown,
  path: string,
  fail: Fail,
  strict: boolean,
  defaults: { columnId?: string; createdAt?: string } = {},
): KanbanCard {
  if (!isPlainObject(v)) return fail(path, `must be an object { id, title, type, … }; got ${show(v)}`);
  if (strict) {
    const k = firstUnknownKey(v, CARD_KEYS);
    if (k !== undefined) fail(`${path}.${k}`, 'is not a card field');
  }
  const id = checkId(v.id, `${path}.id`, fail);
  const title = checkString(v.title, `${path}.title`, fail);
  const type = checkCardType(v.type, `${path}.type`, fail);
  const columnId =
    v.columnId === undefined && !strict && defaults.columnId !== undefined
      ? defaults.columnId
      : checkId(v.columnId, `${path}.columnId`, fail);
  const createdAt =
    v.createdAt === undefined && !strict && defaults.createdAt !== undefined
      ? defaults.createdAt
      : checkInstant(v.createdAt, `${path}.createdAt`, fail);
  const card: KanbanCard = { id, title, type, columnId, createdAt };
  if (v.laneId !== undefined) card.laneId = checkId(v.laneId, `${path}.laneId`, fail);
  if (v.owner !== undefined) card.owner = checkString(v.owner, `${path}.owner`, fail);
  if (v.tags !== undefined) card.tags = checkTags(v.tags, `${path}.tags`, fail);
  if (v.blocked !== undefined) {
    if (typeof v.blocked !== 'boolean') fail(`${path}.blocked`, `must be a boolean; got ${show(v.blocked)}`);
    if (v.blocked) card.blocked = true;
    else if (strict) fail(`${path}.blocked`, 'is saved only when true');
  }
  if (v.blockedReason !== undefined) {
    const r = checkString(v.blockedReason, `${path}.blockedReason`, fail);
    if (!card.blocked) fail(`${path}.blockedReason`, 'is kept only while the card is blocked');
    card.blockedReason = r;
  }
  if (v.evidence !== undefined) card.evidence = checkEvidence(v.evidence, `${path}.evidence`, fail, strict);
  return card;
}
