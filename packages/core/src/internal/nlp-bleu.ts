/**
 * The machinery behind corpusBleu / sentenceBleu: sacreBLEU 2.x's tokenizers, emulated on
 * character codes, and its n-gram match statistics, counted on integer ids instead of tuples
 * of strings. Internal: not exported from the package root.
 *
 * Every token becomes an integer (one Map lookup); every n-gram of order ≥ 2 becomes an
 * integer through a hash table keyed by (id of its (n−1)-gram prefix, id of its last token).
 * Counts then live in typed arrays indexed by n-gram id, reset after each segment by walking
 * the ids the segment touched — no per-segment Map, no per-n-gram string.
 */
import { isPyWhitespace, pyLower, pyRstrip } from './nlp-text';

export type BleuTokenize = '13a' | 'none' | 'char';

/** BLEU's n-gram orders (sacreBLEU's MAX_NGRAM_ORDER). */
export const MAX_ORDER = 4;

/* ------------------------------------------------------------ 13a tokenizer */

/**
 * mteval-v13a's first rule: each of these ASCII characters becomes a token of its own
 * (sacreBLEU: `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `).
 */
const ISOLATE = new Uint8Array(128);
for (const [lo, hi] of [
  [0x7b, 0x7e], // { | } ~
  [0x5b, 0x60], // [ \ ] ^ _ `
  [0x20, 0x26], // space ! " # $ % &
  [0x28, 0x2b], // ( ) * +
  [0x3a, 0x40], // : ; < = > ? @
  [0x2f, 0x2f], // /
]) {
  for (let c = lo; c <= hi; c++) ISOLATE[c] = 1;
}

/** An inserted space in the working buffers (never a character of the text). */
const GAP = -1;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const DASH = 0x2d;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Growable Int32 scratch buffers shared by every call (single-threaded, never re-entered). */
let bufA = new Int32Array(1024);
let bufB = new Int32Array(1024);

function ensure(n: number): void {
  if (bufA.length < n) {
    let size = bufA.length;
    while (size < n) size *= 2;
    bufA = new Int32Array(size);
    bufB = new Int32Array(size);
  }
}

/** sacreBLEU's `Tokenizer13a` language-independent part, applied to the right-stripped line. */
function normalize13a(line: string): string {
  if (line.includes('<skipped>')) line = line.replaceAll('<skipped>', '');
  if (line.includes('\n')) line = line.replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  return line;
}

/**
 * Tokens of `line` (already normalised) under sacreBLEU's 13a regexes, pushed onto `out`.
 *
 * The four substitutions only ever insert spaces, so they are replayed on an array of
 * character codes where an inserted space is GAP; the tokens are then the runs of original
 * non-whitespace characters, cut out of `line` by position. Each pass follows `re.sub`'s
 * left-to-right, non-overlapping matching exactly:
 *   1. `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `
 *   2. `([^0-9])([\.,])` → `\1 \2 `
 *   3. `([\.,])([^0-9])` → ` \1 \2`
 *   4. `([0-9])(-)` → `\1 \2 `
 * A GAP (like the padding spaces sacreBLEU adds around the line) is a non-digit that is
 * neither '.', ',' nor '-', which is all these patterns ask of a space.
 */
export function tokens13a(line: string, out: string[]): void {
  const len = line.length;
  // Pass 1 at most triples the line (plus padding); passes 2 and 3 at most double theirs.
  ensure(12 * len + 32);
  const a = bufA;
  const b = bufB;
  // Pass 1, with sacreBLEU's padding: " " + line + " ".
  let m = 0;
  a[m++] = GAP;
  for (let i = 0; i < len; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 && ISOLATE[c] === 1) {
      a[m++] = GAP;
      a[m++] = c;
      a[m++] = GAP;
    } else a[m++] = c;
  }
  a[m++] = GAP;
  // Pass 2: a period or comma after a non-digit.
  let k = 0;
  for (let i = 0; i < m;) {
    const x = a[i];
    if (i + 1 < m && !isDigit(x)) {
      const p = a[i + 1];
      if (p === PERIOD || p === COMMA) {
        b[k++] = x;
        b[k++] = GAP;
        b[k++] = p;
        b[k++] = GAP;
        i += 2;
        continue;
      }
    }
    b[k++] = x;
    i++;
  }
  // Pass 3: a period or comma before a non-digit.
  m = 0;
  for (let i = 0; i < k;) {
    const p = b[i];
    if ((p === PERIOD || p === COMMA) && i + 1 < k && !isDigit(b[i + 1])) {
      a[m++] = GAP;
      a[m++] = p;
      a[m++] = GAP;
      a[m++] = b[i + 1];
      i += 2;
      continue;
    }
    a[m++] = p;
    i++;
  }
  // Pass 4 (a dash after a digit) fused with the final split on whitespace: a dash after a
  // digit only cuts the token before and after it.
  let pos = 0; // index into line of the next original character
  let start = -1; // start (in line) of the token being read
  for (let i = 0; i < m; i++) {
    const c = a[i];
    if (c === GAP) {
      if (start >= 0) {
        out.push(line.slice(start, pos));
        start = -1;
      }
      continue;
    }
    if (isPyWhitespace(c)) {
      if (start >= 0) {
        out.push(line.slice(start, pos));
        start = -1;
      }
      pos++;
      continue;
    }
    if (isDigit(c) && i + 1 < m && a[i + 1] === DASH) {
      // `\1 \2 `: the digit ends its token, the dash is a token of its own.
      if (start < 0) start = pos;
      out.push(line.slice(start, pos + 1));
      out.push('-');
      start = -1;
      pos += 2;
      i++;
      continue;
    }
    if (start < 0) start = pos;
    pos++;
  }
  if (start >= 0) out.push(line.slice(start, pos));
}

/** sacreBLEU's `none` tokenizer followed by `str.split()`. */
function tokensNone(line: string, out: string[]): void {
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPyWhitespace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && !isPyWhitespace(line.charCodeAt(i))) i++;
    out.push(line.slice(s, i));
  }
}

/** sacreBLEU's `char` tokenizer (`" ".join(line)`) followed by `str.split()`: every non-space code point. */
function tokensChar(line: string, out: string[]): void {
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(line.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (!isPyWhitespace(c)) out.push(line[i]);
  }
}

/** sacreBLEU's `_preprocess_segment` + tokenizer + `split()`: the tokens of one segment. */
export function tokenizeSegment(text: string, tokenize: BleuTokenize, lowercase: boolean, out: string[]): void {
  out.length = 0;
  let s = lowercase ? pyLower(text) : text;
  s = pyRstrip(s);
  if (tokenize === '13a') tokens13a(normalize13a(s), out);
  else if (tokenize === 'none') tokensNone(s, out);
  else tokensChar(s, out);
}

/* ------------------------------------------------------------- n-gram counts */

/**
 * Interns tokens and n-grams to dense integer ids. N-gram ids start at 1; a unigram is the
 * pair (0, token id), an n-gram the pair (id of its first n−1 tokens, id of its last token).
 */
class NgramIds {
  private tokens = new Map<string, number>();
  private cap = 1 << 14;
  private keyA = new Int32Array(this.cap);
  private keyB = new Int32Array(this.cap);
  private vals = new Int32Array(this.cap); // 0 = empty slot
  private used = 0;
  /** Number of n-gram ids handed out so far (ids are 1…count). */
  count = 0;
  /** Order (1…4) of each n-gram id. */
  order = new Uint8Array(1 << 14);

  token(t: string): number {
    let id = this.tokens.get(t);
    if (id === undefined) {
      id = this.tokens.size;
      this.tokens.set(t, id);
    }
    return id;
  }

  /** The id of the pair (a, b), created with order `n` when new. */
  pair(a: number, b: number, n: number): number {
    const mask = this.cap - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const v = this.vals[h];
      if (v === 0) break;
      if (this.keyA[h] === a && this.keyB[h] === b) return v;
      h = (h + 1) & mask;
    }
    const id = ++this.count;
    this.keyA[h] = a;
    this.keyB[h] = b;
    this.vals[h] = id;
    if (id >= this.order.length) {
      const o = new Uint8Array(this.order.length * 2);
      o.set(this.order);
      this.order = o;
    }
    this.order[id] = n;
    if (++this.used * 2 > this.cap) this.grow();
    return id;
  }

  private grow(): void {
    const { keyA, keyB, vals } = this;
    this.cap *= 2;
    this.keyA = new Int32Array(this.cap);
    this.keyB = new Int32Array(this.cap);
    this.vals = new Int32Array(this.cap);
    const mask = this.cap - 1;
    for (let s = 0; s < vals.length; s++) {
      const v = vals[s];
      if (v === 0) continue;
      const a = keyA[s];
      const b = keyB[s];
      let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
      h = (h ^ (h >>> 15)) & mask;
      while (this.vals[h] !== 0) h = (h + 1) & mask;
      this.keyA[h] = a;
      this.keyB[h] = b;
      this.vals[h] = v;
    }
  }

  /** Distinct tokens and n-grams seen so far. */
  get size(): number {
    return this.count + this.tokens.size;
  }
}

/**
 * Accumulates sacreBLEU's sufficient statistics (`[sys_len, ref_len, correct…, total…]`)
 * segment by segment.
 */
export class BleuStats {
  sysLen = 0;
  refLen = 0;
  readonly correct = new Float64Array(MAX_ORDER);
  readonly total = new Float64Array(MAX_ORDER);

  private ids = new NgramIds();
  /**
   * Ids only need to be unique within a segment, so the tables start afresh once they hold
   * this many entries (V8's Map tops out near 2^24), which bounds memory on huge corpora.
   */
  constructor(private readonly resetAt = 1 << 22) {}

  private refMax = new Int32Array(1 << 14);
  private cnt = new Int32Array(1 << 14);
  private touched = new Int32Array(1 << 10);
  private nTouched = 0;
  private segTouched = new Int32Array(1 << 10);
  private nSegTouched = 0;
  private gramIds = new Int32Array(1 << 10);
  private tokIds = new Int32Array(256);

  /** N-gram ids (orders 1…4) of a token list into gramIds; returns how many. */
  private grams(tokens: readonly string[]): number {
    const len = tokens.length;
    if (this.tokIds.length < len) this.tokIds = new Int32Array(2 * len);
    const need = len * MAX_ORDER;
    if (this.gramIds.length < need) this.gramIds = new Int32Array(2 * need);
    const ids = this.ids;
    const tok = this.tokIds;
    const out = this.gramIds;
    for (let i = 0; i < len; i++) tok[i] = ids.token(tokens[i]);
    let m = 0;
    for (let i = 0; i < len; i++) {
      let prev = 0;
      const top = len - i < MAX_ORDER ? len - i : MAX_ORDER;
      for (let n = 1; n <= top; n++) {
        prev = ids.pair(prev, tok[i + n - 1], n);
        out[m++] = prev;
      }
    }
    if (ids.count >= this.refMax.length) {
      let size = this.refMax.length;
      while (size <= ids.count) size *= 2;
      const r = new Int32Array(size);
      r.set(this.refMax);
      this.refMax = r;
      const c = new Int32Array(size);
      c.set(this.cnt);
      this.cnt = c;
    }
    return m;
  }

  private pushTouched(id: number): void {
    if (this.nTouched === this.touched.length) {
      const t = new Int32Array(this.touched.length * 2);
      t.set(this.touched);
      this.touched = t;
    }
    this.touched[this.nTouched++] = id;
  }

  private pushSegTouched(id: number): void {
    if (this.nSegTouched === this.segTouched.length) {
      const t = new Int32Array(this.segTouched.length * 2);
      t.set(this.segTouched);
      this.segTouched = t;
    }
    this.segTouched[this.nSegTouched++] = id;
  }

  /**
   * One segment: a tokenised hypothesis and its tokenised references (at least one).
   * sacreBLEU's `_extract_reference_info` + `_compute_segment_statistics`.
   */
  addSegment(hyp: readonly string[], refs: readonly (readonly string[])[]): void {
    if (this.ids.size > this.resetAt) this.ids = new NgramIds();
    const hypLen = hyp.length;
    // Closest reference length, ties to the shorter (sacreBLEU's _get_closest_ref_len).
    let closestDiff = -1;
    let closestLen = -1;
    for (const r of refs) {
      const rl = r.length;
      const diff = Math.abs(hypLen - rl);
      if (closestDiff === -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = rl;
      } else if (diff === closestDiff && rl < closestLen) closestLen = rl;
    }
    this.sysLen += hypLen;
    this.refLen += closestLen;

    // Highest count of each n-gram over the references.
    for (const r of refs) {
      const m = this.grams(r);
      const g = this.gramIds;
      const cnt = this.cnt;
      for (let q = 0; q < m; q++) {
        const id = g[q];
        if (cnt[id]++ === 0) this.pushTouched(id);
      }
      const refMax = this.refMax;
      for (let q = 0; q < this.nTouched; q++) {
        const id = this.touched[q];
        const c = cnt[id];
        if (c > refMax[id]) {
          if (refMax[id] === 0) this.pushSegTouched(id);
          refMax[id] = c;
        }
        cnt[id] = 0;
      }
      this.nTouched = 0;
    }

    // Clipped hypothesis counts.
    const m = this.grams(hyp);
    const g = this.gramIds;
    const cnt = this.cnt;
    for (let q = 0; q < m; q++) {
      const id = g[q];
      if (cnt[id]++ === 0) this.pushTouched(id);
    }
    const order = this.ids.order;
    const refMax = this.refMax;
    for (let q = 0; q < this.nTouched; q++) {
      const id = this.touched[q];
      const c = cnt[id];
      const r = refMax[id];
      this.correct[order[id] - 1] += c < r ? c : r;
      cnt[id] = 0;
    }
    this.nTouched = 0;
    for (let n = 1; n <= MAX_ORDER; n++) if (hypLen - n + 1 > 0) this.total[n - 1] += hypLen - n + 1;

    for (let q = 0; q < this.nSegTouched; q++) refMax[this.segTouched[q]] = 0;
    this.nSegTouched = 0;
  }
}
