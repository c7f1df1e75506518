/**
 * Python `str` semantics that the NLP references (sacreBLEU, rouge-score, NLTK) rely on and
 * that JavaScript's built-ins do not share exactly: what counts as whitespace for
 * `str.split()` / `str.rstrip()`, and `str.lower()` as of Python 3.11 (Unicode 14).
 * Internal: not exported from the package root.
 */

/**
 * True for the code units Python's `str.isspace()` accepts. Unlike JavaScript's `\s`, this
 * includes U+001C–U+001F and U+0085 and excludes U+FEFF (Python 3.11, Unicode 14).
 */
export function isPyWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Python's `s.rstrip()` (no argument). */
export function pyRstrip(s: string): string {
  let end = s.length;
  while (end > 0 && isPyWhitespace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Python's `s.split()` (no argument): runs of whitespace separate, empty strings never returned. */
export function pySplit(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isPyWhitespace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isPyWhitespace(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

/**
 * Upper-case letters that JavaScript lower-cases but Python 3.11 does not, because they were
 * encoded after Unicode 14 (U+1C89, U+A7CB…U+A7DC, U+10D50…U+10D65, U+16EA0…U+16EB8 as of
 * Unicode 17). Found by comparing `chr(c).lower()` with `String#toLowerCase` for every code point.
 */
const NEWER_CASED = /[\u1C89\uA7CB\uA7CC\uA7CE\uA7D2\uA7D4\uA7DA\uA7DC]|\uD803[\uDD50-\uDD65]|\uD81B[\uDEA0-\uDEB8]/;
// The same pattern as a literal, not `new RegExp(NEWER_CASED.source)`: bundlers cannot drop
// that call from apps that never lower-case text.
const NEWER_CASED_G = /[\u1C89\uA7CB\uA7CC\uA7CE\uA7D2\uA7D4\uA7DA\uA7DC]|\uD803[\uDD50-\uDD65]|\uD81B[\uDEA0-\uDEB8]/g;

/** Python 3.11's `s.lower()`: `toLowerCase()` except for letters Python's Unicode 14 tables do not case-map. */
export function pyLower(s: string): string {
  const lower = s.toLowerCase();
  if (lower === s || !NEWER_CASED.test(s)) return lower;
  // Rare: keep those letters as they are, lower-case the text between them.
  let out = '';
  let last = 0;
  NEWER_CASED_G.lastIndex = 0;
  for (let m = NEWER_CASED_G.exec(s); m !== null; m = NEWER_CASED_G.exec(s)) {
    out += s.slice(last, m.index).toLowerCase() + m[0];
    last = m.index + m[0].length;
  }
  return out + s.slice(last).toLowerCase();
}
