/**
 * BLEU with sacreBLEU 2.x parity (`sacrebleu.corpus_bleu` / `sacrebleu.sentence_bleu`):
 * the same tokenizers (13a, none, char), smoothing (exp, floor, add-k, none), lowercasing,
 * effective order and closest-reference-length brevity penalty, to the last bit of the
 * sufficient statistics.
 */
import { SextantError } from '../../errors';
import { BleuStats, MAX_ORDER, type BleuTokenize } from './bleu-core';
import { assertOneOf, isArrayLike, show } from '../../internal/validate';

export type { BleuTokenize } from './bleu-core';

/** sacreBLEU's smoothing methods (Chen & Cherry 2014): `'floor'` = method 1, `'add-k'` = 2, `'exp'` = 3 (mteval's). */
export type BleuSmoothMethod = 'exp' | 'floor' | 'add-k' | 'none';

/** Options of {@link corpusBleu} and {@link sentenceBleu}: sacreBLEU's keyword names, camelCased. */
export interface BleuOptions {
  /**
   * How zero n-gram matches are smoothed.
   * @default 'exp'
   */
  smoothMethod?: BleuSmoothMethod;
  /**
   * The constant of `'floor'` (default 0.1) and `'add-k'` (default 1); ignored by the others.
   */
  smoothValue?: number;
  /**
   * Lower-case hypotheses and references first (Python's `str.lower()`).
   * @default false
   */
  lowercase?: boolean;
  /**
   * `'13a'` (mteval-v13a, WMT's standard), `'none'` (split on whitespace) or `'char'` (every
   * character a token). sacreBLEU's `'intl'` (Unicode punctuation classes) is not offered.
   * @default '13a'
   */
  tokenize?: BleuTokenize;
  /**
   * Average only the n-gram orders that the hypothesis has (sacreBLEU's `effective_order`).
   * @default false for corpusBleu, true for sentenceBleu (as in sacreBLEU)
   */
  useEffectiveOrder?: boolean;
}

/** sacreBLEU's `BLEUScore`, with `score` and `precisions` on 0–100. */
export interface BleuScore {
  /** BLEU, 0–100. */
  score: number;
  /** Matched (clipped) n-grams for n = 1…4 (after add-k smoothing, as sacreBLEU reports them). */
  counts: number[];
  /** Hypothesis n-grams for n = 1…4 (after add-k smoothing). */
  totals: number[];
  /** Smoothed n-gram precisions, 0–100. */
  precisions: number[];
  /** Brevity penalty. */
  bp: number;
  /** Total hypothesis length in tokens. */
  sysLen: number;
  /** Total length of the closest references in tokens. */
  refLen: number;
}

const SMOOTH_METHODS: readonly BleuSmoothMethod[] = ['exp', 'floor', 'add-k', 'none'];
const TOKENIZERS: readonly BleuTokenize[] = ['13a', 'none', 'char'];
const SMOOTH_DEFAULTS: Record<BleuSmoothMethod, number> = { exp: 0, floor: 0.1, 'add-k': 1, none: 0 };

interface ResolvedOptions {
  smoothMethod: BleuSmoothMethod;
  smoothValue: number;
  lowercase: boolean;
  tokenize: BleuTokenize;
  useEffectiveOrder: boolean;
}

function resolveOptions(options: BleuOptions | undefined, effectiveDefault: boolean): ResolvedOptions {
  if (options === undefined || options === null) {
    return { smoothMethod: 'exp', smoothValue: 0, lowercase: false, tokenize: '13a', useEffectiveOrder: effectiveDefault };
  }
  if (typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object, got ${show(options)}`, { argument: 'options' });
  }
  const smoothMethod = options.smoothMethod ?? 'exp';
  assertOneOf(smoothMethod, SMOOTH_METHODS, 'options.smoothMethod');
  const tokenize = options.tokenize ?? '13a';
  if ((tokenize as string) === 'intl') {
    throw new SextantError('INVALID_OPTION', "options.tokenize 'intl' is not supported; use '13a', 'none' or 'char'", {
      argument: 'options.tokenize',
      value: tokenize,
    });
  }
  assertOneOf(tokenize, TOKENIZERS, 'options.tokenize');
  let smoothValue = SMOOTH_DEFAULTS[smoothMethod];
  if (options.smoothValue !== undefined && options.smoothValue !== null) {
    const v = options.smoothValue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new SextantError('INVALID_OPTION', `options.smoothValue must be a finite number ≥ 0; got ${show(v)}`, {
        argument: 'options.smoothValue',
        value: v,
      });
    }
    if (smoothMethod === 'floor' || smoothMethod === 'add-k') smoothValue = v;
  }
  const lowercase = options.lowercase ?? false;
  if (typeof lowercase !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.lowercase must be a boolean; got ${show(lowercase)}`, {
      argument: 'options.lowercase',
      value: lowercase,
    });
  }
  const useEffectiveOrder = options.useEffectiveOrder ?? effectiveDefault;
  if (typeof useEffectiveOrder !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.useEffectiveOrder must be a boolean; got ${show(useEffectiveOrder)}`, {
      argument: 'options.useEffectiveOrder',
      value: useEffectiveOrder,
    });
  }
  return { smoothMethod, smoothValue, lowercase, tokenize, useEffectiveOrder };
}

/** sacreBLEU's `my_log`: log, with log(0) = −9999999999. */
function myLog(x: number): number {
  return x === 0 ? -9999999999 : Math.log(x);
}

/** sacreBLEU's `BLEU.compute_bleu`, step by step (including add-k's in-place update of the counts). */
function computeBleu(
  correctIn: ArrayLike<number>,
  totalIn: ArrayLike<number>,
  sysLen: number,
  refLen: number,
  o: ResolvedOptions,
): BleuScore {
  const correct = Array.from(correctIn);
  const total = Array.from(totalIn);
  const bp = sysLen < refLen ? (sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0) : 1;
  const precisions = new Array<number>(MAX_ORDER).fill(0);
  if (!correct.some((c) => c !== 0)) {
    return { score: 0, counts: correct, totals: total, precisions, bp, sysLen, refLen };
  }
  let smoothMteval = 1;
  let effOrder = MAX_ORDER;
  for (let n = 1; n <= MAX_ORDER; n++) {
    if (o.smoothMethod === 'add-k' && n > 1) {
      correct[n - 1] += o.smoothValue;
      total[n - 1] += o.smoothValue;
    }
    if (total[n - 1] === 0) break;
    if (o.useEffectiveOrder) effOrder = n;
    if (correct[n - 1] === 0) {
      if (o.smoothMethod === 'exp') {
        smoothMteval *= 2;
        precisions[n - 1] = 100 / (smoothMteval * total[n - 1]);
      } else if (o.smoothMethod === 'floor') {
        precisions[n - 1] = (100 * o.smoothValue) / total[n - 1];
      }
    } else {
      precisions[n - 1] = (100 * correct[n - 1]) / total[n - 1];
    }
  }
  let logSum = 0;
  for (let n = 0; n < effOrder; n++) logSum += myLog(precisions[n]);
  const score = bp * Math.exp(logSum / effOrder);
  return { score, counts: correct, totals: total, precisions, bp, sysLen, refLen };
}

function notString(name: string, index: number, v: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${name} must be a string, got ${show(v)}`, { argument: name, index, value: v });
}

function noReference(i: number): SextantError {
  return new SextantError(
    'INVALID_VALUE',
    `segment ${i} has no reference: every stream holds an empty string or null there (sacreBLEU refuses this too)`,
    { argument: 'references', index: i },
  );
}

/**
 * Corpus-level BLEU, the same as sacreBLEU 2.x's `corpus_bleu(hypotheses, references, …)`:
 * n-gram statistics summed over all segments, then one score.
 *
 * @param hypotheses - One system output per segment.
 * @param references - One or more reference streams, each aligned with `hypotheses`
 *   (`references[k][i]` is the k-th reference of segment i). As in sacreBLEU, an empty
 *   string or `null` in a stream means "no k-th reference for this segment".
 * @param options - sacreBLEU's options ({@link BleuOptions}); defaults: 13a, exp smoothing,
 *   case-sensitive, no effective order.
 * @returns sacreBLEU's `BLEUScore` fields; `score` and `precisions` are on 0–100.
 * @throws SextantError `EMPTY_INPUT` (no hypotheses or no reference streams),
 *   `LENGTH_MISMATCH` (a stream of another length), `INVALID_OPTION` (unknown
 *   `smoothMethod` or `tokenize`, negative `smoothValue`), `INVALID_VALUE` (a non-string
 *   segment, or a segment without any reference).
 *
 * @example
 * ```ts
 * import { corpusBleu } from '@sextant/core';
 * const r = corpusBleu(['The cat sat on the mat.'], [['The cat is sitting on the mat.']]);
 * r.score; // ≈ 42.38
 * r.counts; // [6, 4, 2, 1]
 * ```
 */
export function corpusBleu(
  hypotheses: ArrayLike<string>,
  references: ArrayLike<ArrayLike<string | null | undefined>>,
  options?: BleuOptions,
): BleuScore {
  if (!isArrayLike(hypotheses)) {
    throw new SextantError('INVALID_OPTION', `hypotheses must be an array of strings, got ${show(hypotheses)}`, {
      argument: 'hypotheses',
    });
  }
  if (!isArrayLike(references)) {
    throw new SextantError('INVALID_OPTION', `references must be an array of reference streams, got ${show(references)}`, {
      argument: 'references',
    });
  }
  const n = hypotheses.length;
  if (n === 0) throw new SextantError('EMPTY_INPUT', 'hypotheses is empty', { argument: 'hypotheses' });
  const streams = references.length;
  if (streams === 0) throw new SextantError('EMPTY_INPUT', 'references holds no reference stream', { argument: 'references' });
  for (let k = 0; k < streams; k++) {
    const s = references[k];
    if (!isArrayLike(s)) {
      throw new SextantError(
        'INVALID_OPTION',
        `references[${k}] must be a stream (an array of strings aligned with hypotheses), got ${show(s)}; for one stream pass [refs]`,
        { argument: 'references', index: k },
      );
    }
    if (s.length !== n) {
      throw new SextantError('LENGTH_MISMATCH', `references[${k}] has length ${s.length} but hypotheses has length ${n}`, {
        argument: 'references',
        index: k,
      });
    }
  }
  const o = resolveOptions(options, false);

  const stats = new BleuStats(o.tokenize, o.lowercase);
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = hypotheses[i];
    if (typeof h !== 'string') throw notString('hypotheses', i, h);
    refs.length = 0;
    for (let k = 0; k < streams; k++) {
      const r = references[k][i];
      if (r === '' || r === null || r === undefined) continue;
      if (typeof r !== 'string') throw notString(`references[${k}]`, i, r);
      refs.push(r);
    }
    if (refs.length === 0) throw noReference(i);
    stats.addSegment(h, refs);
  }
  return computeBleu(stats.correct, stats.total, stats.sysLen, stats.refLen, o);
}

/**
 * BLEU of one sentence against one or more references, the same as sacreBLEU 2.x's
 * `sentence_bleu(hypothesis, references, …)` — which, unlike {@link corpusBleu}, uses the
 * effective order by default.
 *
 * @param hypothesis - The system output.
 * @param references - Its references (empty strings are skipped, as in sacreBLEU).
 * @param options - As {@link corpusBleu}; `useEffectiveOrder` defaults to true.
 * @throws SextantError `EMPTY_INPUT` (no references), `INVALID_OPTION`, `INVALID_VALUE`
 *   (a non-string, or only empty references).
 *
 * @example
 * ```ts
 * import { sentenceBleu } from '@sextant/core';
 * sentenceBleu('the cat sat', ['the cat sat on the mat']).score; // ≈ 36.79 (BP e^(1−6/3), 3 orders)
 * ```
 */
export function sentenceBleu(hypothesis: string, references: ArrayLike<string>, options?: BleuOptions): BleuScore {
  if (!isArrayLike(references)) {
    throw new SextantError('INVALID_OPTION', `references must be an array of strings, got ${show(references)}`, {
      argument: 'references',
    });
  }
  if (references.length === 0) throw new SextantError('EMPTY_INPUT', 'references is empty', { argument: 'references' });
  const o = resolveOptions(options, true);
  if (typeof hypothesis !== 'string') {
    throw new SextantError('INVALID_VALUE', `hypothesis must be a string, got ${show(hypothesis)}`, {
      argument: 'hypothesis',
      value: hypothesis,
    });
  }
  const refs: string[] = [];
  for (let k = 0; k < references.length; k++) {
    // An empty or null reference is skipped as sacreBLEU skips it; a hole (a made-up length)
    // is no reference at all, refused where it starts rather than skipped a billion times.
    if (!(k in references)) {
      throw new SextantError('INVALID_VALUE', `references[${k}] is missing (a hole in the array)`, {
        argument: 'references',
        index: k,
      });
    }
    const r = references[k] as unknown;
    if (r === '' || r === null || r === undefined) continue;
    if (typeof r !== 'string') throw notString('references', k, r);
    refs.push(r);
  }
  if (refs.length === 0) {
    throw new SextantError('INVALID_VALUE', 'references holds only empty strings (sacreBLEU refuses this too)', {
      argument: 'references',
    });
  }
  const stats = new BleuStats(o.tokenize, o.lowercase);
  stats.addSegment(hypothesis, refs);
  return computeBleu(stats.correct, stats.total, stats.sysLen, stats.refLen, o);
}
