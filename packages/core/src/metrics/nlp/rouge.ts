/**
 * ROUGE with parity to Google's `rouge-score` package (`rouge_scorer.RougeScorer`,
 * 0.1.2): ROUGE-N for N = 1…9, ROUGE-L (sentence-level LCS) and ROUGE-Lsum (summary-level
 * union LCS over newline-separated sentences), with its tokenizer and, optionally, NLTK's
 * Porter stemmer.
 */
import { SextantError } from '../../errors';
import { pyLower } from './text';
import { show } from '../../internal/validate';
import { porterStem } from './porter';

/** A ROUGE variant: `rouge1` … `rouge9` (n-gram overlap), `rougeL` (LCS), `rougeLsum` (summary-level LCS). */
export type RougeType = `rouge${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | 'rougeL' | 'rougeLsum';

/** Precision, recall and F1 of one ROUGE variant (rouge-score's `Score`). */
export interface RougeValue {
  precision: number;
  recall: number;
  fmeasure: number;
}

/**
 * How text becomes tokens.
 * - `'default'` — rouge-score's: lower-case, every run of characters other than `a-z` and
 *   `0-9` separates tokens. Letters outside ASCII are separators too, so "café" becomes
 *   "caf" and text in other scripts scores 0 — kept for parity.
 * - `'unicode'` — NFKC-normalised and lower-cased; every run of Unicode letters, combining
 *   marks and digits (classes L, M, N) is a token, except that each Han, Hiragana and
 *   Katakana character is a token of its own (those scripts have no spaces between words).
 *   So "café", "Ünïcödé" and "東京" count. Not rouge-score: use it for non-English text and
 *   say so next to the figures. Thai, Lao, Khmer and similar scripts need text segmented
 *   into words (with spaces) beforehand.
 */
export type RougeTokenizer = 'default' | 'unicode';

/** Options of {@link rougeScore}. */
export interface RougeOptions<T extends RougeType = RougeType> {
  /**
   * The variants to compute.
   * @default ['rouge1', 'rouge2', 'rougeL']
   */
  types?: readonly T[];
  /**
   * Stem tokens longer than 3 characters with NLTK's Porter stemmer (rouge-score's `use_stemmer`).
   * @default false
   */
  useStemmer?: boolean;
  /**
   * See {@link RougeTokenizer}.
   * @default 'default'
   */
  tokenizer?: RougeTokenizer;
}

const DEFAULT_TYPES: readonly RougeType[] = ['rouge1', 'rouge2', 'rougeL'];
const ROUGE_N = /^rouge[0-9]$/;
/** The 'unicode' tokenizer: one CJK character, or a run of other letters, marks and digits. */
const UNICODE_TOKEN =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{M}\p{N}])+/gu;

/** rouge-score's `tokenize.tokenize(text, stemmer)`, or the Unicode variant; tokens interned to ids. */
class Tokenizer {
  private ids = new Map<string, number>();
  private stems = new Map<string, string>();

  constructor(
    private readonly stem: boolean,
    private readonly unicode: boolean,
  ) {}

  tokenize(text: string): number[] {
    let words: string[];
    if (this.unicode) {
      words = text.normalize('NFKC').toLowerCase().match(UNICODE_TOKEN) ?? [];
    } else {
      // Lower-case, then every run outside [a-z0-9] becomes one space; split on whitespace.
      words = pyLower(text)
        .replace(/[^a-z0-9]+/g, ' ')
        .split(' ');
    }
    const out: number[] = [];
    for (let w of words) {
      if (w === '') continue;
      if (this.stem && (this.unicode ? codePointLength(w) : w.length) > 3) {
        let s = this.stems.get(w);
        if (s === undefined) {
          s = porterStem(w);
          this.stems.set(w, s);
        }
        w = s;
      }
      // rouge-score keeps only tokens matching ^[a-z0-9]+$ after stemming (the stem of such
      // a token always matches); the Unicode tokenizer keeps every non-empty token.
      if (w === '') continue;
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out.push(id);
    }
    return out;
  }
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** rouge-score's `scoring.fmeasure`. */
function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: readonly number[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    let key = String(tokens[i]);
    for (let j = 1; j < n; j++) key += ',' + tokens[i + j];
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** rouge-score's `_score_ngrams`. */
function scoreNgrams(target: readonly number[], prediction: readonly number[], n: number): RougeValue {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let overlap = 0;
  let tCount = 0;
  let pCount = 0;
  for (const [g, c] of t) {
    const q = p.get(g) ?? 0;
    overlap += c < q ? c : q;
    tCount += c;
  }
  for (const c of p.values()) pCount += c;
  const precision = overlap / Math.max(pCount, 1);
  const recall = overlap / Math.max(tCount, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge-score's `_lcs_table` (rows: reference tokens, columns: candidate tokens), flattened. */
function lcsTable(ref: readonly number[], can: readonly number[]): Int32Array {
  const rows = ref.length;
  const cols = can.length;
  const w = cols + 1;
  const t = new Int32Array((rows + 1) * w);
  for (let i = 1; i <= rows; i++) {
    const r = ref[i - 1];
    for (let j = 1; j <= cols; j++) {
      if (r === can[j - 1]) t[i * w + j] = t[(i - 1) * w + j - 1] + 1;
      else {
        const up = t[(i - 1) * w + j];
        const left = t[i * w + j - 1];
        t[i * w + j] = up > left ? up : left;
      }
    }
  }
  return t;
}

/** Length of the LCS in O(columns) memory (the last cell of `lcsTable`). */
function lcsLength(ref: readonly number[], can: readonly number[]): number {
  const cols = can.length;
  let prev = new Int32Array(cols + 1);
  let cur = new Int32Array(cols + 1);
  for (let i = 1; i <= ref.length; i++) {
    const r = ref[i - 1];
    for (let j = 1; j <= cols; j++) {
      if (r === can[j - 1]) cur[j] = prev[j - 1] + 1;
      else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
    }
    const tmp = prev;
    prev = cur;
    cur = tmp;
  }
  return prev[cols];
}

/** rouge-score's `_score_lcs`. */
function scoreLcs(target: readonly number[], prediction: readonly number[]): RougeValue {
  if (target.length === 0 || prediction.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const lcs = lcsLength(target, prediction);
  const precision = lcs / prediction.length;
  const recall = lcs / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge-score's `lcs_ind` + `_backtrack_norec`: indices into `ref` of one LCS, with its tie-breaking. */
function lcsIndices(ref: readonly number[], can: readonly number[], into: Set<number>): void {
  const t = lcsTable(ref, can);
  const w = can.length + 1;
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      into.add(i - 1);
      i--;
      j--;
    } else if (t[i * w + j - 1] > t[(i - 1) * w + j]) j--;
    else i--;
  }
}

/** rouge-score's `_summary_level_lcs` (ROUGE paper §3.2, without double counting as in ROUGE-1.5.5). */
function summaryLevelLcs(refSents: readonly number[][], canSents: readonly number[][]): RougeValue {
  if (refSents.length === 0 || canSents.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  let m = 0;
  let n = 0;
  for (const s of refSents) m += s.length;
  for (const s of canSents) n += s.length;
  if (n === 0 || m === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const cntR = new Map<number, number>();
  const cntC = new Map<number, number>();
  for (const s of refSents) for (const t of s) cntR.set(t, (cntR.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) cntC.set(t, (cntC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of canSents) lcsIndices(r, c, union);
    const sorted = [...union].sort((a, b) => a - b);
    for (const idx of sorted) {
      const tok = r[idx];
      const c = cntC.get(tok) ?? 0;
      const rr = cntR.get(tok) ?? 0;
      if (c > 0 && rr > 0) {
        hits++;
        cntC.set(tok, c - 1);
        cntR.set(tok, rr - 1);
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge-score's `get_sents` without sentence splitting: lines, empty ones dropped. */
function sentences(text: string): string[] {
  return text.split('\n').filter((s) => s.length > 0);
}

/**
 * ROUGE scores of a prediction against a target, the same as Google's rouge-score:
 * `RougeScorer(types, use_stemmer=useStemmer).score(target, prediction)`.
 *
 * `rougeN` counts overlapping n-grams; `rougeL` uses the longest common subsequence of the
 * whole texts; `rougeLsum` splits both texts into sentences on `"\n"` and uses the union
 * LCS of each target sentence against every prediction sentence.
 *
 * @param target - The reference text.
 * @param prediction - The generated text.
 * @param options - `types` (default `['rouge1', 'rouge2', 'rougeL']`), `useStemmer`
 *   (default false) and `tokenizer` (default rouge-score's ASCII tokenizer, which drops
 *   non-ASCII letters; `'unicode'` keeps them — see {@link RougeTokenizer}).
 * @returns `{ [type]: { precision, recall, fmeasure } }` for each requested type (typed by
 *   the `types` given).
 * @throws SextantError `INVALID_OPTION` (an unknown type, `rouge0`, a bad `tokenizer`),
 *   `INVALID_VALUE` (a text that is not a string).
 *
 * @example
 * ```ts
 * import { rougeScore } from '@sextant/core';
 * const r = rougeScore('The quick brown fox jumps over the lazy dog', 'The quick brown dog jumps on the log.');
 * r.rouge1; // { precision: 0.75, recall: 0.6667, fmeasure: 0.7059 } (rounded)
 * r.rougeL.fmeasure; // ≈ 0.5882
 * // rouge-score drops non-ASCII letters: Japanese scores 0 unless the Unicode tokenizer is asked for.
 * rougeScore('東京は日本の首都です', '日本の首都は東京です', { types: ['rouge1'] }).rouge1.fmeasure; // 0
 * rougeScore('東京は日本の首都です', '日本の首都は東京です', { types: ['rouge1'], tokenizer: 'unicode' }).rouge1.fmeasure; // 1
 * ```
 */
export function rougeScore<T extends RougeType = 'rouge1' | 'rouge2' | 'rougeL'>(
  target: string,
  prediction: string,
  options?: RougeOptions<T>,
): Record<T, RougeValue> {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object, got ${show(options)}`, { argument: 'options' });
  }
  const types = options?.types ?? DEFAULT_TYPES;
  if (!Array.isArray(types)) {
    throw new SextantError('INVALID_OPTION', `options.types must be an array of ROUGE types, got ${show(types)}`, {
      argument: 'options.types',
    });
  }
  types.forEach((t: unknown, i: number) => {
    if (t === 'rougeL' || t === 'rougeLsum') return;
    if (typeof t === 'string' && ROUGE_N.test(t) && t !== 'rouge0') return;
    throw new SextantError(
      'INVALID_OPTION',
      `options.types[${i}] is ${show(t)}; use 'rouge1' … 'rouge9', 'rougeL' or 'rougeLsum'`,
      { argument: 'options.types', index: i, value: t },
    );
  });
  const useStemmer = options?.useStemmer ?? false;
  if (typeof useStemmer !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.useStemmer must be a boolean; got ${show(useStemmer)}`, {
      argument: 'options.useStemmer',
    });
  }
  const tokenizer = options?.tokenizer ?? 'default';
  if (tokenizer !== 'default' && tokenizer !== 'unicode') {
    throw new SextantError('INVALID_OPTION', `options.tokenizer must be 'default' or 'unicode'; got ${show(tokenizer)}`, {
      argument: 'options.tokenizer',
      value: tokenizer,
    });
  }
  if (typeof target !== 'string') {
    throw new SextantError('INVALID_VALUE', `target must be a string, got ${show(target)}`, {
      argument: 'target',
      value: target,
    });
  }
  if (typeof prediction !== 'string') {
    throw new SextantError('INVALID_VALUE', `prediction must be a string, got ${show(prediction)}`, {
      argument: 'prediction',
      value: prediction,
    });
  }

  const tok = new Tokenizer(useStemmer, tokenizer === 'unicode');
  let targetTokens: number[] | undefined;
  let predictionTokens: number[] | undefined;
  const whole = (): [number[], number[]] => {
    if (targetTokens === undefined) {
      targetTokens = tok.tokenize(target);
      predictionTokens = tok.tokenize(prediction);
    }
    return [targetTokens, predictionTokens as number[]];
  };
  const result = {} as Record<T, RougeValue>;
  for (const type of types as readonly T[]) {
    if (type === 'rougeL') {
      const [t, p] = whole();
      result[type] = scoreLcs(t, p);
    } else if (type === 'rougeLsum') {
      const t = sentences(target).map((s) => tok.tokenize(s));
      const p = sentences(prediction).map((s) => tok.tokenize(s));
      result[type] = summaryLevelLcs(t, p);
    } else {
      const [t, p] = whole();
      result[type] = scoreNgrams(t, p, Number(type.slice(5)));
    }
  }
  return result;
}
