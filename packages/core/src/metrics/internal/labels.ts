/**
 * Label handling for the classification metrics: find the classes of yTrue ∪ yPred, sort
 * them as scikit-learn does (numbers numerically, strings by code point, false < true) and
 * count the (true, predicted) pairs into a dense K×K table — the one pass every
 * classification metric is built on.
 *
 * Fast paths: integer labels in a small range are counted by direct indexing into a typed
 * array (no Map, no per-sample allocation); other labels take one Map lookup per element.
 * Internal: not exported from the package root.
 */
import { SextantError } from '../../errors';
import { Deferred, invalidLabel, nonFinite } from './validate';
import { compareLabels } from '../../internal/label-order';
import { sortFirstSeen, type Label, type LabelKind } from '../../internal/labels';
import { assertArrayLike, show } from '../../internal/validate';

export { compareLabels };

export type { Label, LabelKind };

export interface PairCounts {
  /** The classes of yTrue ∪ yPred, sorted. */
  classes: Label[];
  kind: LabelKind;
  k: number;
  /** k×k, row = true class, column = predicted class; weighted sums when weights are given. */
  counts: Float64Array;
  /** 1 where the class occurs in yTrue (whatever its weight). */
  inTrue: Uint8Array;
  /** 1 where the class occurs in yPred. */
  inPred: Uint8Array;
  /**
   * Weighted counts only, and only when asked for: the Neumaier compensation of each cell,
   * so that `counts[c] + comp[c]` is the cell's compensated sum (the accumulators keep both).
   */
  comp?: Float64Array;
}

/** Neumaier-compensated `cnt[c] += x`. */
function addAt(cnt: Float64Array, comp: Float64Array, c: number, x: number): void {
  const s = cnt[c];
  const t = s + x;
  comp[c] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  cnt[c] = t;
}

/** Widest range of integer labels counted by direct indexing into a range×range table. */
const DIRECT_RANGE = 64;
/** Widest integer label range handled through a value → code table (sparse ids). */
const REMAP_RANGE = 1 << 22;
/**
 * Largest class count of the classification metrics and the classification accumulator.
 * Their results are dense K×K confusion matrices (`number[][]`), so memory is quadratic in
 * K: 4096² cells are 128 MB of doubles (and more as JS arrays); 100k classes would be 80 GB.
 * Beyond it a confusion matrix is the wrong tool: count per-class hits in one dimension
 * (as `chiSquareTest` does with 100k categories) instead.
 */
export const MAX_CLASSES = 4096;

/** INVALID_LABEL for more than {@link MAX_CLASSES} distinct classes. */
export function tooManyClasses(name: string, k: number): SextantError {
  return new SextantError(
    'INVALID_LABEL',
    `${name}: ${k} distinct classes; at most ${MAX_CLASSES} (the K×K confusion matrix would take ${Math.round((k * k) / 131072)} MB)`,
    { argument: name, value: k },
  );
}

type IntTyped = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Uint8ClampedArray;

export function isIntTyped(a: unknown): a is IntTyped {
  return (
    a instanceof Int32Array ||
    a instanceof Uint8Array ||
    a instanceof Int8Array ||
    a instanceof Int16Array ||
    a instanceof Uint16Array ||
    a instanceof Uint32Array ||
    a instanceof Uint8ClampedArray
  );
}

function kindOf(v: unknown): LabelKind | undefined {
  const t = typeof v;
  return t === 'number' || t === 'string' || t === 'boolean' ? (t as LabelKind) : undefined;
}

/**
 * Validate a label value met for the first time. Non-finite numbers throw NON_FINITE at
 * once; wrong types, non-integer numbers and mixed kinds are parked in `d` as INVALID_LABEL.
 */
function admitLabel(v: unknown, name: string, i: number, state: { kind: LabelKind | undefined }, d: Deferred): void {
  const k = kindOf(v);
  if (k === 'number') {
    if ((v as number) - (v as number) !== 0) throw nonFinite(name, i, v);
    if (!Number.isInteger(v)) {
      d.note(
        invalidLabel(
          name,
          `${name}[${i}] is ${show(v)}; class labels must be integers, strings or booleans (got a continuous value)`,
          {
            index: i,
            value: v,
          },
        ),
      );
    }
  }
  if (k === undefined) {
    d.note(
      invalidLabel(name, `${name}[${i}] is ${show(v)}; class labels must be numbers, strings or booleans`, {
        index: i,
        value: v,
      }),
    );
    return;
  }
  if (state.kind === undefined) state.kind = k;
  else if (state.kind !== k) {
    d.note(
      invalidLabel(
        name,
        `${name}[${i}] is the ${k} ${show(v)} but earlier labels are ${state.kind}s; labels must all be of one kind`,
        {
          index: i,
          value: v,
        },
      ),
    );
  }
}

interface IntScan {
  ok: boolean;
  min: number;
  max: number;
}

/** min/max of integer labels; ok = false when some element is not an int32 number (no throw). */
function scanInts(a: ArrayLike<unknown>, name: string, acc: IntScan): void {
  const n = a.length;
  const b = a as ArrayLike<number>;
  let mn = acc.min;
  let mx = acc.max;
  for (let i = 0; i < n; i++) {
    const v = b[i];
    if ((v | 0) !== v) {
      // Not an int32: a NaN/±Infinity is refused now, anything else goes to the general path.
      if (typeof v === 'number' && v - v !== 0) throw nonFinite(name, i, v);
      acc.ok = false;
      return;
    }
    if (v < mn) mn = v;
    if (v > mx) mx = v;
  }
  acc.min = mn;
  acc.max = mx;
}

/**
 * The k×k counts of the classes that occur, out of a cap×cap table: sorted class c is row and
 * column `idx[c]` there, and bit 1 / bit 2 of `has[idx[c]]` say it occurs in yTrue / yPred.
 */
function gather(
  classes: Label[],
  kind: LabelKind,
  idx: ArrayLike<number>,
  cnt: Float64Array,
  cmp: Float64Array | undefined,
  cap: number,
  has: Uint8Array,
): PairCounts {
  const k = classes.length;
  const counts = new Float64Array(k * k);
  const comp = cmp && new Float64Array(k * k);
  const inTrue = new Uint8Array(k);
  const inPred = new Uint8Array(k);
  for (let a = 0; a < k; a++) {
    const x = idx[a];
    inTrue[a] = has[x] & 1;
    inPred[a] = has[x] >> 1;
    for (let b = 0; b < k; b++) {
      counts[a * k + b] = cnt[x * cap + idx[b]];
      if (comp) comp[a * k + b] = cmp![x * cap + idx[b]];
    }
  }
  return { classes, kind, k, counts, inTrue, inPred, comp };
}

function countDirect(t: ArrayLike<number>, p: ArrayLike<number>, mn: number, r: number, cnt: Float64Array): void {
  const n = t.length;
  for (let i = 0; i < n; i++) cnt[(t[i] - mn) * r + (p[i] - mn)]++;
}

/**
 * Integer labels in [mn, mn + r): one pass straight into an r×r table (no Map, no per-sample
 * allocation); the classes are the values that occur.
 */
function countInts(t: ArrayLike<number>, p: ArrayLike<number>, w: Float64Array | undefined, mn: number, r: number): PairCounts {
  const n = t.length;
  const cnt = new Float64Array(r * r);
  const cmp = w && new Float64Array(r * r);
  const has = new Uint8Array(r);
  if (cmp === undefined) {
    countDirect(t, p, mn, r, cnt);
    for (let a = 0; a < r; a++) {
      for (let b = 0; b < r; b++) {
        if (cnt[a * r + b] !== 0) {
          has[a] |= 1;
          has[b] |= 2;
        }
      }
    }
  } else {
    // A zero weight still makes its classes present: mark them as we go.
    for (let i = 0; i < n; i++) {
      const a = t[i] - mn;
      const b = p[i] - mn;
      has[a] |= 1;
      has[b] |= 2;
      addAt(cnt, cmp, a * r + b, w![i]);
    }
  }
  const idx: number[] = [];
  const classes: number[] = [];
  for (let v = 0; v < r; v++) {
    if (has[v]) {
      idx.push(v);
      classes.push(v + mn);
    }
  }
  return gather(classes, 'number', idx, cnt, cmp, r, has);
}

/**
 * Integer labels spread over a wide range (sparse ids): the values that occur get codes
 * through a value → code table, then one counting pass. Undefined when the range or the
 * class count is too large for it (the Map route takes over).
 */
function countWide(
  t: ArrayLike<number>,
  p: ArrayLike<number>,
  w: Float64Array | undefined,
  mn: number,
  r: number,
): PairCounts | undefined {
  if (r > REMAP_RANGE) return undefined;
  const n = t.length;
  const has = new Uint8Array(r);
  for (let i = 0; i < n; i++) {
    has[t[i] - mn] |= 1;
    has[p[i] - mn] |= 2;
  }
  const code = new Int32Array(r);
  const classes: number[] = [];
  for (let v = 0; v < r; v++) if (has[v]) code[v] = classes.push(v + mn) - 1;
  const k = classes.length;
  if (k > MAX_CLASSES) return undefined;
  const counts = new Float64Array(k * k);
  const comp = w && new Float64Array(k * k);
  if (comp === undefined) for (let i = 0; i < n; i++) counts[code[t[i] - mn] * k + code[p[i] - mn]]++;
  else for (let i = 0; i < n; i++) addAt(counts, comp, code[t[i] - mn] * k + code[p[i] - mn], w![i]);
  const inTrue = new Uint8Array(k);
  const inPred = new Uint8Array(k);
  for (let a = 0; a < k; a++) {
    const m = has[classes[a] - mn];
    inTrue[a] = m & 1;
    inPred[a] = m >> 1;
  }
  return { classes, kind: 'number', k, counts, inTrue, inPred, comp };
}

/** Copy a cap×cap table into a larger one. */
function widen(a: Float64Array, old: number, cap: number): Float64Array {
  const b = new Float64Array(cap * cap);
  for (let i = 0; i < old; i++) b.set(a.subarray(i * old, i * old + old), i * cap);
  return b;
}

/**
 * Labels of any kind: one pass, one Map lookup per label (none when it repeats the previous
 * one), counting into a table that grows as classes appear. First sightings are validated.
 */
function countGeneral(
  t: ArrayLike<unknown>,
  p: ArrayLike<unknown>,
  w: Float64Array | undefined,
  tName: string,
  pName: string,
  d: Deferred,
): PairCounts {
  const n = t.length;
  const map = new Map<unknown, number>();
  const seen: unknown[] = [];
  const state: { kind: LabelKind | undefined } = { kind: undefined };
  let cap = 16;
  let cnt: Float64Array = new Float64Array(cap * cap);
  let cmp: Float64Array | undefined = w && new Float64Array(cap * cap);
  // Bit 1: the class occurs in yTrue, bit 2: in yPred.
  let has: Uint8Array = new Uint8Array(cap);
  // Counting stops (scanning goes on: a later NaN outranks them) once labels are refused
  // or too many classes appear.
  let counting = true;
  let lastT: unknown = undefined;
  let lastP: unknown = undefined;
  let a = -1;
  let b = -1;
  for (let i = 0; i < n; i++) {
    const x = t[i];
    if (x !== lastT || a < 0) {
      let c = map.get(x);
      if (c === undefined) {
        admitLabel(x, tName, i, state, d);
        c = seen.push(x) - 1;
        map.set(x, c);
        if (d.error !== undefined || c >= MAX_CLASSES) counting = false;
      }
      a = c;
      lastT = x;
    }
    const y = p[i];
    if (y !== lastP || b < 0) {
      let c = map.get(y);
      if (c === undefined) {
        admitLabel(y, pName, i, state, d);
        c = seen.push(y) - 1;
        map.set(y, c);
        if (d.error !== undefined || c >= MAX_CLASSES) counting = false;
      }
      b = c;
      lastP = y;
    }
    // A refused label ends the scan (the first bad element decides; nothing after it is read).
    if (d.error !== undefined) break;
    if (!counting) continue;
    if (a >= cap || b >= cap) {
      const old = cap;
      while (cap <= a || cap <= b) cap *= 2;
      cnt = widen(cnt, old, cap);
      if (cmp) cmp = widen(cmp, old, cap);
      const h = new Uint8Array(cap);
      h.set(has);
      has = h;
    }
    has[a] |= 1;
    has[b] |= 2;
    if (cmp === undefined) cnt[a * cap + b]++;
    else addAt(cnt, cmp, a * cap + b, w![i]);
  }
  const k0 = seen.length;
  const { classes, order } = sortFirstSeen(seen);
  const kind = state.kind ?? 'number';
  // The labels are refused anyway (after the option checks): no table.
  if (d.error !== undefined) {
    return { classes, kind, k: k0, counts: new Float64Array(0), inTrue: new Uint8Array(k0), inPred: new Uint8Array(k0) };
  }
  if (k0 > MAX_CLASSES) throw tooManyClasses(tName, k0);
  return gather(classes, kind, order, cnt, cmp, cap, has);
}

/**
 * Count (yTrue[i], yPred[i]) pairs. Lengths must already match and `w` be finite.
 * Throws NON_FINITE for NaN/±Infinity labels; label-type problems go to `d`. Weighted
 * cells are Neumaier-compensated sums; `keepComp` returns the compensation apart
 * (otherwise it is folded into `counts`).
 */
export function countPairs(
  yTrue: ArrayLike<unknown>,
  yPred: ArrayLike<unknown>,
  w: Float64Array | undefined,
  d: Deferred,
  tName = 'yTrue',
  pName = 'yPred',
  keepComp = false,
): PairCounts {
  const r = countAny(yTrue, yPred, w, d, tName, pName);
  if (!keepComp && r.comp !== undefined) {
    for (let i = 0; i < r.counts.length; i++) r.counts[i] += r.comp[i];
    r.comp = undefined;
  }
  return r;
}

/** min/max over two integer typed arrays of the same length, in one loop. */
function scanIntPair(t: IntTyped, p: IntTyped): IntScan {
  const n = t.length;
  let mn = t[0];
  let mx = t[0];
  for (let i = 0; i < n; i++) {
    const a = t[i];
    const b = p[i];
    if (a < mn) mn = a;
    if (a > mx) mx = a;
    if (b < mn) mn = b;
    if (b > mx) mx = b;
  }
  return { ok: true, min: mn, max: mx };
}

function countAny(
  yTrue: ArrayLike<unknown>,
  yPred: ArrayLike<unknown>,
  w: Float64Array | undefined,
  d: Deferred,
  tName: string,
  pName: string,
): PairCounts {
  let acc: IntScan | undefined;
  // Integer typed arrays (the commonest large input) in one fused, monomorphic scan; other
  // numbers through scanInts, which also finds the non-integers.
  if (isIntTyped(yTrue) && isIntTyped(yPred)) acc = scanIntPair(yTrue, yPred);
  else if (typeof yTrue[0] === 'number') {
    acc = { ok: true, min: Infinity, max: -Infinity };
    scanInts(yTrue, tName, acc);
    if (acc.ok) scanInts(yPred, pName, acc);
  }
  if (acc?.ok) {
    const t = yTrue as ArrayLike<number>;
    const p = yPred as ArrayLike<number>;
    const r = acc.max - acc.min + 1;
    const pc = r <= DIRECT_RANGE ? countInts(t, p, w, acc.min, r) : countWide(t, p, w, acc.min, r);
    if (pc) return pc;
  }
  return countGeneral(yTrue, yPred, w, tName, pName, d);
}

/** The classes present in one label array (sorted), with per-element codes. */
export interface Encoded {
  classes: Label[];
  kind: LabelKind;
  codes: Int32Array;
  /** Number of elements per class. */
  sizes: Float64Array;
}

/**
 * An Int32Array of `n` codes, or `INVALID_VALUE` naming `name` when the machine cannot
 * allocate it (never a raw RangeError).
 */
function allocCodes(n: number, name: string): Int32Array {
  try {
    return new Int32Array(n);
  } catch {
    throw new SextantError('INVALID_VALUE', `${name} has ${n} elements, more than can be allocated here`, { argument: name });
  }
}

/** Codes written so far, in a buffer twice as long (at most `n`). */
function growCodes(codes: Int32Array, n: number, name: string): Int32Array {
  const next = allocCodes(Math.min(n, Math.max(2 * codes.length, 1024)), name);
  next.set(codes);
  return next;
}

/**
 * Encode a single label array (yTrue of curves, log loss, …) into sorted-class codes.
 * Memory follows the elements read, not the `length` claimed: a `new Array(2 ** 32 - 1)`
 * or `{ length: 1e9 }` is refused at its first hole without a 16 GB code buffer (which
 * would be slow, or a raw RangeError where it cannot be allocated).
 */
export function encodeLabels(y: ArrayLike<unknown>, name: string, d: Deferred): Encoded {
  const n = y.length;
  if (typeof y[0] === 'number' || isIntTyped(y)) {
    const acc: IntScan = { ok: true, min: Infinity, max: -Infinity };
    scanInts(y, name, acc);
    const r = acc.max - acc.min + 1;
    if (acc.ok && r <= REMAP_RANGE) {
      // Every element was read and is an int32: the data is real, so is its length.
      const codes = allocCodes(n, name);
      const mn = acc.min;
      const a = y as ArrayLike<number>;
      const cnt = new Float64Array(r);
      for (let i = 0; i < n; i++) cnt[a[i] - mn]++;
      const code = new Int32Array(r);
      const classes: number[] = [];
      const sizes: number[] = [];
      for (let v = 0; v < r; v++) {
        if (cnt[v] !== 0) {
          code[v] = classes.push(v + mn) - 1;
          sizes.push(cnt[v]);
        }
      }
      for (let i = 0; i < n; i++) codes[i] = code[a[i] - mn];
      return { classes, kind: 'number', codes, sizes: Float64Array.from(sizes) };
    }
  }
  // First-seen numbering (as encodeFirstSeen), into a code buffer that grows with the scan.
  const seen: unknown[] = [];
  const map = new Map<unknown, number>();
  const state: { kind: LabelKind | undefined } = { kind: undefined };
  let codes = allocCodes(Math.min(n, 1024), name);
  let last: unknown = undefined;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    let c = lastCode;
    if (v !== last || lastCode < 0) {
      const got = map.get(v);
      if (got === undefined) {
        admitLabel(v, name, i, state, d);
        // A refused label ends the scan: the first bad element decides, in time proportional to it.
        if (d.error !== undefined) break;
        c = seen.push(v) - 1;
        map.set(v, c);
      } else c = got;
      last = v;
      lastCode = c;
    }
    if (i === codes.length) codes = growCodes(codes, n, name);
    codes[i] = c;
  }
  const { classes, rank } = sortFirstSeen(seen);
  const sizes = new Float64Array(classes.length);
  // A refused label stopped the scan: the codes are incomplete and will not be used.
  if (d.error !== undefined) return { classes, kind: state.kind ?? 'number', codes: new Int32Array(0), sizes };
  for (let i = 0; i < n; i++) {
    const c = rank[codes[i]];
    codes[i] = c;
    sizes[c]++;
  }
  return { classes, kind: state.kind ?? 'number', codes, sizes };
}

/**
 * Position of `label` among `classes` (-1 when absent). With boolean classes, 1 and 0 stand
 * for true and false (API.md edge rule: "with boolean labels 1 means true").
 */
export function indexOfLabel(classes: readonly Label[], kind: LabelKind, label: unknown): number {
  let l = label;
  if (kind === 'boolean' && typeof l === 'number') l = l === 1 ? true : l === 0 ? false : l;
  for (let i = 0; i < classes.length; i++) if (classes[i] === l) return i;
  return -1;
}

/** A label given as an option (`posLabel`, an entry of `labels`) must be a finite number, string or boolean. */
export function checkOptionLabel(v: unknown, name: string): Label {
  const k = kindOf(v);
  if (k === undefined || (k === 'number' && !Number.isFinite(v))) {
    throw new SextantError('INVALID_OPTION', `${name} must be a finite number, a string or a boolean; got ${show(v)}`, {
      argument: name,
      value: v,
    });
  }
  return v as Label;
}

/**
 * `options.labels`: an array-like of labels (INVALID_OPTION otherwise); empty is refused, and
 * so is a repeated label (`options.labels[3]`: a repeated row would double-count its class).
 */
export function checkLabelsOption(v: unknown, name = 'options.labels'): Label[] | undefined {
  if (v === undefined || v === null) return undefined;
  assertArrayLike(v, name);
  const n = v.length;
  if (n === 0)
    throw new SextantError('INVALID_OPTION', `${name} is empty; give at least one label`, { argument: name, value: v });
  const out: Label[] = [];
  const seen = new Set<Label>();
  for (let i = 0; i < n; i++) {
    const l = checkOptionLabel(v[i], `${name}[${i}]`);
    if (seen.has(l))
      throw new SextantError('INVALID_OPTION', `${name}[${i}] repeats ${show(l)}`, { argument: name, index: i, value: l });
    seen.add(l);
    out.push(l);
  }
  return out;
}

export { Deferred };
