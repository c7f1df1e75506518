/**
 * The machinery behind corpusBleu / sentenceBleu: sacreBLEU 2.x's tokenizers and its n-gram
 * match statistics, computed on character codes and integer ids instead of regex
 * substitutions, strings and tuples. Internal: not exported from the package root.
 *
 * A tokenizer reports each token as a span of the segment text plus a hash of its
 * characters; a token table turns spans into integer ids without cutting substrings (a
 * string is made once per distinct token). Reference n-grams get ids local to their segment
 * through a small hash table keyed by (id of the n-gram's first n−1 tokens, id of its last
 * token). Counts live in typed arrays indexed by those ids.
 */
import { isPyWhitespace, pyLower, pyRstrip } from './text';

/** sacreBLEU's tokenizer names that Sextant implements: mteval-v13a, whitespace only, characters. */
export type BleuTokenize = '13a' | 'none' | 'char';

/** BLEU's n-gram orders (sacreBLEU's MAX_NGRAM_ORDER). */
export const MAX_ORDER = 4;

/* ------------------------------------------------------------------ token spans */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The tokens of one segment as [start, end) offsets into `text`, with an FNV-1a hash of each. */
export class Spans {
  text = '';
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  hash = new Int32Array(256);

  reset(text: string): void {
    this.text = text;
    this.n = 0;
    // A segment has at most one token per character.
    if (this.start.length < text.length) {
      let size = this.start.length;
      while (size < text.length) size *= 2;
      this.start = new Int32Array(size);
      this.end = new Int32Array(size);
      this.hash = new Int32Array(size);
    }
  }

  push(s: number, e: number, h: number): void {
    const k = this.n++;
    this.start[k] = s;
    this.end[k] = e;
    this.hash[k] = h;
  }

  /** The tokens as strings (for tests and debugging; the statistics never need them). */
  strings(): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.n; k++) out.push(this.text.slice(this.start[k], this.end[k]));
    return out;
  }
}

/* ------------------------------------------------------------------ tokenizers */

/**
 * mteval-v13a's first rule isolates each of these ASCII characters
 * (sacreBLEU: `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `).
 */
// Built in a pure IIFE, not top-level loops: a bundler can then drop the tables (and this
// module) from apps that import a metric other than BLEU.
const ISOLATE = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (const [lo, hi] of [
    [0x7b, 0x7e], // { | } ~
    [0x5b, 0x60], // [ \ ] ^ _ `
    [0x20, 0x26], // space ! " # $ % &
    [0x28, 0x2b], // ( ) * +
    [0x3a, 0x40], // : ; < = > ? @
    [0x2f, 0x2f], // /
  ]) {
    for (let c = lo; c <= hi; c++) t[c] = 1;
  }
  return t;
})();

const PERIOD = 0x2e;
const COMMA = 0x2c;
const DASH = 0x2d;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isPeriodOrComma = (c: number): boolean => c === PERIOD || c === COMMA;

/** Character classes for the 13a scan; the first two can never be cut apart from each other. */
const PLAIN = 0;
const DIGIT = 1;
const SPACE = 2;
const ISOLATED = 3;
const STOP = 4; // period or comma
const DASHES = 5;
const CLASS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    t[c] = isPyWhitespace(c)
      ? SPACE
      : ISOLATE[c] === 1
        ? ISOLATED
        : isDigit(c)
          ? DIGIT
          : isPeriodOrComma(c)
            ? STOP
            : c === DASH
              ? DASHES
              : PLAIN;
  }
  return t;
})();

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
 * sacreBLEU's 13a tokenization of `line` (already normalised) in one pass.
 *
 * sacreBLEU pads the line with spaces, applies four `re.sub`s and splits on whitespace:
 *   1. `([\{-\~\[-\` -\&\(-\+\:-\@\/])` → ` \1 `
 *   2. `([^0-9])([\.,])` → `\1 \2 `
 *   3. `([\.,])([^0-9])` → ` \1 \2`
 *   4. `([0-9])(-)` → `\1 \2 `
 * The substitutions only insert spaces, so the tokens are the runs of non-whitespace
 * characters of the line with a cut wherever some rule inserts a space. Working through
 * `re.sub`'s left-to-right, non-overlapping matching gives these cuts between neighbours:
 *   - around every character of rule 1's class;
 *   - between a digit and a following '-', and after that '-' (rule 4);
 *   - for a maximal run of periods/commas c[s…e) with x = c[s−1] and y = c[e] (a padding
 *     space or a rule-1 character counts as a non-digit):
 *     · between every two members of the run;
 *     · before the run unless x is a digit, the run is one character and y is a digit
 *       ("3.14" stays whole);
 *     · after the run if rule 2 matched its last member as its second group — which, as
 *       rule 2 pairs the run off from x (x a non-digit) or from c[s] (x a digit), is when
 *       e−1−s is even, respectively odd — or else if y is not a digit (rule 3).
 * The test suite checks this against the four regexes on adversarial text.
 */
function spans13a(line: string, out: Spans): void {
  out.reset(line);
  const len = line.length;
  let start = -1; // start of the token being read, or −1
  let h = FNV_OFFSET;
  // The pending run of periods/commas: its outer cuts are decided at its first member.
  let runEnd = -1;
  let cutAfterRun = false;
  let prevCls = ISOLATED; // sacreBLEU pads the line with a space
  for (let i = 0; i < len; i++) {
    const c = line.charCodeAt(i);
    const cls = c < 128 ? CLASS[c] : isPyWhitespace(c) ? SPACE : PLAIN;
    // Fast path: a letter or digit after a letter or digit is never cut from it.
    if (cls <= DIGIT && prevCls <= DIGIT && i !== runEnd) {
      h = Math.imul(h ^ c, FNV_PRIME);
      prevCls = cls;
      continue;
    }
    if (cls === SPACE) {
      if (start >= 0) {
        out.push(start, i, h);
        start = -1;
      }
      prevCls = SPACE;
      continue;
    }
    let cut: boolean;
    if (cls === STOP) {
      if (prevCls !== STOP) {
        // First member of a run: find its end and decide both of its outer cuts.
        let e = i + 1;
        while (e < len && isPeriodOrComma(line.charCodeAt(e))) e++;
        const xDigit = prevCls === DIGIT;
        const yDigit = e < len && isDigit(line.charCodeAt(e));
        const r = e - i;
        cut = !xDigit || r >= 2 || !yDigit;
        const lastSecond = xDigit ? (r - 1) % 2 === 1 : (r - 1) % 2 === 0;
        runEnd = e;
        cutAfterRun = lastSecond || !yDigit;
      } else cut = true;
    } else if (i === runEnd) {
      cut = cutAfterRun || cls === ISOLATED;
    } else {
      cut =
        cls === ISOLATED ||
        prevCls === ISOLATED ||
        (cls === DASHES && prevCls === DIGIT) ||
        // after a '-' that followed a digit
        (prevCls === DASHES && i >= 2 && isDigit(line.charCodeAt(i - 2)));
    }
    if (cut) {
      if (start >= 0) out.push(start, i, h);
      start = -1;
    }
    if (start < 0) {
      start = i;
      h = FNV_OFFSET;
    }
    h = Math.imul(h ^ c, FNV_PRIME);
    prevCls = cls;
  }
  if (start >= 0) out.push(start, len, h);
}

/** sacreBLEU's `none` tokenizer followed by `str.split()`. */
function spansNone(line: string, out: Spans): void {
  out.reset(line);
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPyWhitespace(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    let h = FNV_OFFSET;
    for (; i < n; i++) {
      const c = line.charCodeAt(i);
      if (isPyWhitespace(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    out.push(s, i, h);
  }
}

/** sacreBLEU's `char` tokenizer (`" ".join(line)`) followed by `str.split()`: every non-space code point. */
function spansChar(line: string, out: Spans): void {
  out.reset(line);
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(i, i + 2, Math.imul(Math.imul(FNV_OFFSET ^ c, FNV_PRIME) ^ d, FNV_PRIME));
        i++;
        continue;
      }
    }
    if (!isPyWhitespace(c)) out.push(i, i + 1, Math.imul(FNV_OFFSET ^ c, FNV_PRIME));
  }
}

/** sacreBLEU's `_preprocess_segment` + tokenizer + `split()`: the tokens of one segment as spans. */
function tokenizeSpans(text: string, tokenize: BleuTokenize, lowercase: boolean, out: Spans): void {
  let s = lowercase ? pyLower(text) : text;
  s = pyRstrip(s);
  if (tokenize === '13a') spans13a(normalize13a(s), out);
  else if (tokenize === 'none') spansNone(s, out);
  else spansChar(s, out);
}

/** The tokens of one segment as strings (tests and debugging). */
export function tokenizeSegment(text: string, tokenize: BleuTokenize, lowercase: boolean): string[] {
  const sp = new Spans();
  tokenizeSpans(text, tokenize, lowercase, sp);
  return sp.strings();
}

/* ------------------------------------------------------------------ token ids */

/** Distinct tokens → ids 1, 2, …, looked up by span and hash: no substring per occurrence. */
class TokenTable {
  private hashes = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private strs: string[] = new Array<string>(1 << 12);
  private mask = (1 << 12) - 1;
  size = 0;

  /** The id of text[s, e) (hash h); when absent, added (`add`) or 0. */
  id(text: string, s: number, e: number, h: number, add: boolean): number {
    const len = e - s;
    const mask = this.mask;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const id = this.ids[slot];
      if (id === 0) {
        if (!add) return 0;
        this.ids[slot] = ++this.size;
        this.hashes[slot] = h;
        this.strs[slot] = text.slice(s, e);
        if (this.size * 2 > mask) this.grow();
        return this.size;
      }
      if (this.hashes[slot] === h) {
        const t = this.strs[slot];
        if (t.length === len) {
          let k = 0;
          while (k < len && t.charCodeAt(k) === text.charCodeAt(s + k)) k++;
          if (k === len) return id;
        }
      }
    }
  }

  private grow(): void {
    const { hashes, ids, strs } = this;
    const size = ids.length * 2;
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.strs = new Array<string>(size);
    this.mask = size - 1;
    for (let q = 0; q < ids.length; q++) {
      if (ids[q] === 0) continue;
      const h = hashes[q];
      let slot = (h ^ (h >>> 15)) & this.mask;
      while (this.ids[slot] !== 0) slot = (slot + 1) & this.mask;
      this.ids[slot] = ids[q];
      this.hashes[slot] = h;
      this.strs[slot] = strs[q];
    }
  }
}

/* ------------------------------------------------------------------ n-gram counts */

/**
 * The n-grams of one segment's references, numbered 1, 2, …: an open-addressing table keyed
 * by (id of the n-gram's first n−1 tokens, or 0 for a unigram; id of its last token). It is
 * sized to the segment and emptied by bumping a generation stamp, so it stays in cache and
 * is never cleared or rehashed.
 */
class SegmentNgrams {
  private keyA = new Int32Array(1024);
  private keyB = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private gen = 0;
  private mask = 1023;
  /** Ids handed out in this segment (1…count). */
  count = 0;

  /** Start a segment whose references hold at most `maxNgrams` n-grams. */
  reset(maxNgrams: number): void {
    let size = 64;
    while (size < 2 * maxNgrams) size *= 2;
    if (size > this.keyA.length) {
      this.keyA = new Int32Array(size);
      this.keyB = new Int32Array(size);
      this.ids = new Int32Array(size);
      this.stamp = new Int32Array(size);
      this.gen = 0;
    }
    this.mask = size - 1;
    this.count = 0;
    this.gen++;
    if (this.gen === 0x7fffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
  }

  /** The id of (a, b), added when new. */
  add(a: number, b: number): number {
    const { keyA, keyB, stamp, gen, mask } = this;
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca77);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      if (stamp[h] !== gen) {
        stamp[h] = gen;
        keyA[h] = a;
        keyB[h] = b;
        return (this.ids[h] = ++this.count);
      }
      if (keyA[h] === a && keyB[h] === b) return this.ids[h];
      h = (h + 1) & mask;
    }
  }

  /** The id of (a, b), or 0 when the references do not hold it. */
  find(a: number, b: number): number {
    const { keyA, keyB, stamp, gen, mask } = this;
    let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca77);
    h = (h ^ (h >>> 16)) & mask;
    for (;;) {
      if (stamp[h] !== gen) return 0;
      if (keyA[h] === a && keyB[h] === b) return this.ids[h];
      h = (h + 1) & mask;
    }
  }
}

/**
 * Accumulates sacreBLEU's sufficient statistics (`[sys_len, ref_len, correct…, total…]`)
 * segment by segment: `_extract_reference_info` + `_compute_segment_statistics`.
 *
 * Only reference n-grams are numbered: a hypothesis n-gram absent from the references
 * matches nothing, and neither does any longer n-gram that starts with it.
 */
export class BleuStats {
  sysLen = 0;
  refLen = 0;
  readonly correct = new Float64Array(MAX_ORDER);
  readonly total = new Float64Array(MAX_ORDER);

  private tokens = new TokenTable();
  private spans = new Spans();
  private grams = new SegmentNgrams();
  private refIds: Int32Array = new Int32Array(1024);
  private refStart = new Int32Array(16);
  private hypIds: Int32Array = new Int32Array(256);
  private refMax = new Int32Array(1024);
  private cnt = new Int32Array(1024);
  private order = new Uint8Array(1024);
  private touched = new Int32Array(1024);

  /**
   * @param tokenize - sacreBLEU's tokenizer name.
   * @param lowercase - sacreBLEU's `lowercase`.
   * @param resetTokensAt - The token table starts afresh past this many distinct tokens
   *   (ids only need to be unique within a segment), which bounds memory on huge corpora.
   */
  constructor(
    private readonly tokenize: BleuTokenize,
    private readonly lowercase: boolean,
    private readonly resetTokensAt = 1 << 22,
  ) {}

  /** Token ids of `text` appended to `buf` from `at`; returns the (possibly grown) buffer and the count. */
  private ids(text: string, add: boolean, buf: Int32Array, at: number): [Int32Array, number] {
    const sp = this.spans;
    tokenizeSpans(text, this.tokenize, this.lowercase, sp);
    const n = sp.n;
    if (buf.length < at + n) {
      let size = buf.length;
      while (size < at + n) size *= 2;
      const b = new Int32Array(size);
      b.set(buf.subarray(0, at));
      buf = b;
    }
    const { start, end, hash } = sp;
    const t = sp.text;
    const table = this.tokens;
    for (let k = 0; k < n; k++) buf[at + k] = table.id(t, start[k], end[k], hash[k], add);
    return [buf, n];
  }

  /** One segment: the hypothesis and its references (at least one, none empty). */
  addSegment(hyp: string, refs: readonly string[]): void {
    if (this.tokens.size > this.resetTokensAt) this.tokens = new TokenTable();

    // Reference tokens, one after another in refIds.
    const nRefs = refs.length;
    if (this.refStart.length <= nRefs) this.refStart = new Int32Array(2 * nRefs + 2);
    let refTokens = 0;
    for (let q = 0; q < nRefs; q++) {
      this.refStart[q] = refTokens;
      const [buf, n] = this.ids(refs[q], true, this.refIds, refTokens);
      this.refIds = buf;
      refTokens += n;
    }
    this.refStart[nRefs] = refTokens;
    const [hypBuf, hypLen] = this.ids(hyp, false, this.hypIds, 0);
    this.hypIds = hypBuf;

    // Closest reference length, ties to the shorter (sacreBLEU's _get_closest_ref_len).
    let closestDiff = -1;
    let closestLen = -1;
    for (let q = 0; q < nRefs; q++) {
      const rl = this.refStart[q + 1] - this.refStart[q];
      const diff = Math.abs(hypLen - rl);
      if (closestDiff === -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = rl;
      } else if (diff === closestDiff && rl < closestLen) closestLen = rl;
    }
    this.sysLen += hypLen;
    this.refLen += closestLen;
    for (let n = 1; n <= MAX_ORDER; n++) if (hypLen - n + 1 > 0) this.total[n - 1] += hypLen - n + 1;

    const maxGrams = MAX_ORDER * refTokens;
    const grams = this.grams;
    grams.reset(maxGrams);
    if (this.refMax.length <= maxGrams) {
      let size = this.refMax.length;
      while (size <= maxGrams) size *= 2;
      this.refMax = new Int32Array(size);
      this.cnt = new Int32Array(size);
      this.order = new Uint8Array(size);
      this.touched = new Int32Array(size);
    }
    const { refMax, cnt, order, touched, refIds } = this;

    // Highest count of each n-gram over the references.
    for (let q = 0; q < nRefs; q++) {
      const from = this.refStart[q];
      const to = this.refStart[q + 1];
      let nTouched = 0;
      for (let i = from; i < to; i++) {
        let prev = 0;
        const top = to - i < MAX_ORDER ? to - i : MAX_ORDER;
        for (let n = 1; n <= top; n++) {
          prev = grams.add(prev, refIds[i + n - 1]);
          order[prev] = n;
          if (cnt[prev]++ === 0) touched[nTouched++] = prev;
        }
      }
      for (let k = 0; k < nTouched; k++) {
        const id = touched[k];
        if (cnt[id] > refMax[id]) refMax[id] = cnt[id];
        cnt[id] = 0;
      }
    }

    // Clipped hypothesis counts, over the n-grams the references hold.
    const tok = this.hypIds;
    let nTouched = 0;
    for (let i = 0; i < hypLen; i++) {
      let prev = 0;
      const top = hypLen - i < MAX_ORDER ? hypLen - i : MAX_ORDER;
      for (let n = 1; n <= top; n++) {
        const t = tok[i + n - 1];
        if (t === 0) break;
        prev = grams.find(prev, t);
        if (prev === 0) break;
        if (cnt[prev]++ === 0) touched[nTouched++] = prev;
      }
    }
    for (let k = 0; k < nTouched; k++) {
      const id = touched[k];
      const c = cnt[id];
      const r = refMax[id];
      this.correct[order[id] - 1] += c < r ? c : r;
      cnt[id] = 0;
    }
    refMax.fill(0, 0, grams.count + 1);
  }
}
