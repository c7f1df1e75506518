/**
 * Language-model metrics. BLEU and ROUGE live in ./bleu and ./rouge, the Porter stemmer
 * in ./porter; this file holds perplexity.
 */
import { SextantError } from '../../errors';
import { assertNonEmpty, toFiniteFloat64 } from '../../internal/validate';

/**
 * Perplexity from per-token log-probabilities (natural log): exp(−mean(logProbs)). The same
 * as NumPy's `numpy.exp(-numpy.mean(token_log_probs))`.
 *
 * @param tokenLogProbs - ln p(token) for each token; each ≤ 0.
 * @returns A value ≥ 1 (1 when every token had probability 1).
 * @throws SextantError `EMPTY_INPUT`, `NON_FINITE` (NaN or ±Infinity — a zero probability has
 *   no finite log), `INVALID_VALUE` (a positive log-probability, i.e. p > 1, or a mean
 *   log-probability below about −709.78, whose perplexity exceeds the largest double).
 *
 * @example
 * ```ts
 * import { perplexity } from '@sextant/core';
 * perplexity([Math.log(0.5), Math.log(0.25)]); // 2^1.5 ≈ 2.828
 * ```
 */
export function perplexity(tokenLogProbs: ArrayLike<number>): number {
  assertNonEmpty(tokenLogProbs, 'tokenLogProbs');
  const x = toFiniteFloat64(tokenLogProbs, 'tokenLogProbs');
  let sum = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v > 0) {
      throw new SextantError('INVALID_VALUE', `tokenLogProbs[${i}] is ${v}; a log-probability must be ≤ 0`, {
        argument: 'tokenLogProbs',
        index: i,
        value: v,
      });
    }
    // Neumaier summation: the mean of many log-probabilities stays accurate to ~1 ulp.
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  let mean = (sum + c) / x.length;
  // Log-probabilities near -1.8e308 overflow the sum; their mean is still finite.
  if (!Number.isFinite(mean)) {
    let s2 = 0;
    for (let i = 0; i < x.length; i++) s2 += x[i] * 2 ** -64;
    mean = (s2 / x.length) * 2 ** 64;
  }
  const p = Math.exp(-mean);
  if (p === Infinity) {
    // exp(−mean) beyond the largest double (mean log-probability below about −709.78).
    throw new SextantError(
      'INVALID_VALUE',
      `tokenLogProbs average ${mean}, whose perplexity exp(${-mean}) is beyond the largest number (about 1.8e308)`,
      { argument: 'tokenLogProbs', value: mean },
    );
  }
  return p;
}
