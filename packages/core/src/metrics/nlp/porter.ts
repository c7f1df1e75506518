/**
 * The Porter stemmer exactly as NLTK 3.8 implements it in its default `NLTK_EXTENSIONS`
 * mode (`nltk.stem.porter.PorterStemmer().stem(word)`), which is what Google's rouge-score
 * uses for `use_stemmer=True`. A line-by-line port: every rule, condition and NLTK
 * deviation from the 1980 paper is kept, in the same order.
 */
import { SextantError } from '../../errors';
import { pyLower } from './text';
import { show } from '../../internal/validate';

/** NLTK's table of irregular forms: form → stem. */
const POOL: ReadonlyMap<string, string> = new Map([
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['tying', 'tie'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['inning', 'inning'],
  ['outings', 'outing'],
  ['outing', 'outing'],
  ['cannings', 'canning'],
  ['canning', 'canning'],
  ['howe', 'howe'],
  ['proceed', 'proceed'],
  ['exceed', 'exceed'],
  ['succeed', 'succeed'],
]);

function isVowelLetter(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** `_is_consonant`: not a, e, i, o, u, and y only when it follows a vowel (or starts the word). */
function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (isVowelLetter(c)) return false;
  if (c !== 'y') return true;
  // NLTK recurses through a run of y's; walk it instead (same answer, no recursion limit).
  let j = i;
  while (j > 0 && w[j - 1] === 'y') j--;
  const first = j === 0 ? true : isVowelLetter(w[j - 1]);
  return (i - j) % 2 === 0 ? first : !first;
}

/** `_measure`: the number of "vc" in the word's consonant/vowel pattern. */
function measure(stem: string): number {
  let m = 0;
  let prevVowel = false;
  for (let i = 0; i < stem.length; i++) {
    const cons = isConsonant(stem, i);
    if (cons && prevVowel) m++;
    prevVowel = !cons;
  }
  return m;
}

function hasPositiveMeasure(stem: string): boolean {
  return measure(stem) > 0;
}

function containsVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

/** `_ends_double_consonant` (*d). */
function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** `_ends_cvc` (*o), with NLTK's extension for two-letter words. */
function endsCvc(w: string): boolean {
  const n = w.length;
  return (
    (n >= 3 &&
      isConsonant(w, n - 3) &&
      !isConsonant(w, n - 2) &&
      isConsonant(w, n - 1) &&
      w[n - 1] !== 'w' &&
      w[n - 1] !== 'x' &&
      w[n - 1] !== 'y') ||
    (n === 2 && !isConsonant(w, 0) && isConsonant(w, 1))
  );
}

/** `_replace_suffix` (the caller has checked that `w` ends with `suffix`). */
function replaceSuffix(w: string, suffix: string, replacement: string): string {
  return suffix === '' ? w + replacement : w.slice(0, w.length - suffix.length) + replacement;
}

type Rule = readonly [suffix: string, replacement: string, condition: ((stem: string) => boolean) | null];

/** `_apply_rule_list`: the first rule whose suffix matches decides, whether its condition holds or not. */
function applyRuleList(w: string, rules: readonly Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d' && endsDoubleConsonant(w)) {
      const stem = w.slice(0, w.length - 2);
      return condition === null || condition(stem) ? stem + replacement : w;
    }
    if (w.endsWith(suffix)) {
      const stem = replaceSuffix(w, suffix, '');
      return condition === null || condition(stem) ? stem + replacement : w;
    }
  }
  return w;
}

const STEP1A: readonly Rule[] = [
  ['sses', 'ss', null],
  ['ies', 'i', null],
  ['ss', 'ss', null],
  ['s', '', null],
];

function step1a(w: string): string {
  // NLTK: 'flies' → 'fli' but 'dies' → 'die'.
  if (w.endsWith('ies') && w.length === 4) return replaceSuffix(w, 'ies', 'ie');
  return applyRuleList(w, STEP1A);
}

function step1b(w: string): string {
  // NLTK: 'spied' → 'spi' but 'died' → 'die'.
  if (w.endsWith('ied')) return w.length === 4 ? replaceSuffix(w, 'ied', 'ie') : replaceSuffix(w, 'ied', 'i');
  if (w.endsWith('eed')) {
    const stem = replaceSuffix(w, 'eed', '');
    return measure(stem) > 0 ? stem + 'ee' : w;
  }
  let intermediate: string | undefined;
  for (const suffix of ['ed', 'ing']) {
    if (w.endsWith(suffix)) {
      const s = replaceSuffix(w, suffix, '');
      if (containsVowel(s)) {
        intermediate = s;
        break;
      }
    }
  }
  if (intermediate === undefined) return w;
  const last = intermediate[intermediate.length - 1];
  return applyRuleList(intermediate, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', last, () => last !== 'l' && last !== 's' && last !== 'z'],
    ['', 'e', (stem) => measure(stem) === 1 && endsCvc(stem)],
  ]);
}

const STEP1C: readonly Rule[] = [['y', 'i', (stem) => stem.length > 1 && isConsonant(stem, stem.length - 1)]];

function step1c(w: string): string {
  return applyRuleList(w, STEP1C);
}

const STEP2_FIXED: readonly Rule[] = [
  ['ational', 'ate', hasPositiveMeasure],
  ['tional', 'tion', hasPositiveMeasure],
  ['enci', 'ence', hasPositiveMeasure],
  ['anci', 'ance', hasPositiveMeasure],
  ['izer', 'ize', hasPositiveMeasure],
  ['bli', 'ble', hasPositiveMeasure],
  ['alli', 'al', hasPositiveMeasure],
  ['entli', 'ent', hasPositiveMeasure],
  ['eli', 'e', hasPositiveMeasure],
  ['ousli', 'ous', hasPositiveMeasure],
  ['ization', 'ize', hasPositiveMeasure],
  ['ation', 'ate', hasPositiveMeasure],
  ['ator', 'ate', hasPositiveMeasure],
  ['alism', 'al', hasPositiveMeasure],
  ['iveness', 'ive', hasPositiveMeasure],
  ['fulness', 'ful', hasPositiveMeasure],
  ['ousness', 'ous', hasPositiveMeasure],
  ['aliti', 'al', hasPositiveMeasure],
  ['iviti', 'ive', hasPositiveMeasure],
  ['biliti', 'ble', hasPositiveMeasure],
  ['fulli', 'ful', hasPositiveMeasure],
];

function step2(w: string): string {
  // NLTK applies ALLI → AL first and, when it fires, runs step 2 again on the result.
  if (w.endsWith('alli') && hasPositiveMeasure(replaceSuffix(w, 'alli', ''))) return step2(replaceSuffix(w, 'alli', 'al'));
  // The 'l' of 'logi' → 'log' stays with the stem, so the condition looks at w minus 'ogi'.
  return applyRuleList(w, [...STEP2_FIXED, ['logi', 'log', () => hasPositiveMeasure(w.slice(0, w.length - 3))]]);
}

const STEP3: readonly Rule[] = [
  ['icate', 'ic', hasPositiveMeasure],
  ['ative', '', hasPositiveMeasure],
  ['alize', 'al', hasPositiveMeasure],
  ['iciti', 'ic', hasPositiveMeasure],
  ['ical', 'ic', hasPositiveMeasure],
  ['ful', '', hasPositiveMeasure],
  ['ness', '', hasPositiveMeasure],
];

const measureGt1 = (stem: string): boolean => measure(stem) > 1;

const STEP4: readonly Rule[] = [
  ['al', '', measureGt1],
  ['ance', '', measureGt1],
  ['ence', '', measureGt1],
  ['er', '', measureGt1],
  ['ic', '', measureGt1],
  ['able', '', measureGt1],
  ['ible', '', measureGt1],
  ['ant', '', measureGt1],
  ['ement', '', measureGt1],
  ['ment', '', measureGt1],
  ['ent', '', measureGt1],
  ['ion', '', (stem) => measure(stem) > 1 && (stem[stem.length - 1] === 's' || stem[stem.length - 1] === 't')],
  ['ou', '', measureGt1],
  ['ism', '', measureGt1],
  ['ate', '', measureGt1],
  ['iti', '', measureGt1],
  ['ous', '', measureGt1],
  ['ive', '', measureGt1],
  ['ize', '', measureGt1],
];

function step5a(w: string): string {
  if (w.endsWith('e')) {
    const stem = replaceSuffix(w, 'e', '');
    if (measure(stem) > 1) return stem;
    if (measure(stem) === 1 && !endsCvc(stem)) return stem;
  }
  return w;
}

function step5b(w: string): string {
  return applyRuleList(w, [['ll', 'l', () => measure(w.slice(0, w.length - 1)) > 1]]);
}

function stemBmp(word: string, lowered: string, codePointLength: number): string {
  if (POOL.has(word)) return POOL.get(lowered) as string;
  // Words of one or two letters are not stemmed (NLTK and Martin Porter's versions).
  if (codePointLength <= 2) return lowered;
  let s = step1a(lowered);
  s = step1b(s);
  s = step1c(s);
  s = step2(s);
  s = applyRuleList(s, STEP3);
  s = applyRuleList(s, STEP4);
  s = step5a(s);
  return step5b(s);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Stem one word with the Porter algorithm as NLTK 3.8 implements it
 * (`PorterStemmer(mode=NLTK_EXTENSIONS).stem(word)`, the word lower-cased first) — the stemmer
 * Google's rouge-score applies with `useStemmer`.
 *
 * @param word - One word; any string is accepted (non-letters simply never match a suffix rule).
 * @returns The stem, lower-case.
 * @throws SextantError `INVALID_VALUE` when `word` is not a string.
 *
 * @example
 * ```ts
 * import { porterStem } from '@sextant/core';
 * ['running', 'generalization', 'flies', 'dying', 'Happily'].map((w) => porterStem(w));
 * // ['run', 'gener', 'fli', 'die', 'happili']
 * ```
 */
export function porterStem(word: string): string {
  if (typeof word !== 'string') {
    throw new SextantError('INVALID_VALUE', `word must be a string, got ${show(word)}`, { argument: 'word', value: word });
  }
  const lowered = pyLower(word);
  if (!SURROGATE.test(lowered) && !SURROGATE.test(word)) return stemBmp(word, lowered, word.length);
  // Python indexes code points. Stand each astral character in for a private-use BMP
  // character absent from the word, stem, and put them back: the rules only compare
  // characters for equality and with ASCII letters, so the result is the same.
  const cps = Array.from(lowered);
  const toBmp = new Map<string, string>();
  const fromBmp = new Map<string, string>();
  let next = 0xe000;
  const used = new Set(cps);
  let mapped = '';
  for (const ch of cps) {
    if (ch.length === 1) {
      mapped += ch;
      continue;
    }
    let sub = toBmp.get(ch);
    if (sub === undefined) {
      while (used.has(String.fromCharCode(next))) next++;
      sub = String.fromCharCode(next++);
      toBmp.set(ch, sub);
      fromBmp.set(sub, ch);
    }
    mapped += sub;
  }
  const out = stemBmp(word, mapped, Array.from(word).length);
  let back = '';
  for (const ch of out) back += fromBmp.get(ch) ?? ch;
  return back;
}
