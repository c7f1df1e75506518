/**
 * NLP workloads from issue #3: W8 (corpus BLEU, 10k pairs, one reference stream, 13a, exp
 * smoothing) beside the bare kernel of shared/bench/peers.mjs (13a regexes + a Map of n-gram
 * strings); sentence BLEU, ROUGE with and without the Porter stemmer, and perplexity.
 * Text: seeded sentences over a small vocabulary with punctuation, numbers and hyphens.
 */
import { corpusBleu, perplexity, rougeScore, sentenceBleu } from '@sextant/core';
import { bench, describe } from 'vitest';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 4294967296;
}

const VOCAB =
  'the a model data training latency accuracy drift release pipeline team budget risk quarter user metric incident launch deploy rollback sprint label recall precision batch evaluation monitoring feature store'.split(
    ' ',
  );
const EXTRA = [',', '.', '3.50', '1,000', 'state-of-the-art', '(beta)', "it's", '&', '"ok"', '2-3', 'Pipeline'];

function sentence(r: () => number, len: number): string {
  const w: string[] = [];
  for (let i = 0; i < len; i++)
    w.push(r() < 0.15 ? EXTRA[Math.floor(r() * EXTRA.length)] : VOCAB[Math.floor(r() * VOCAB.length)]);
  return w.join(' ') + '.';
}

/** A reference and a hypothesis that edits ~30% of its words. */
function pairs(n: number, seed: number): { hyps: string[]; refs: string[] } {
  const r = lcg(seed);
  const hyps: string[] = [];
  const refs: string[] = [];
  for (let i = 0; i < n; i++) {
    const ref = sentence(r, 8 + Math.floor(r() * 25));
    const words = ref.split(' ').map((w) => (r() < 0.3 ? VOCAB[Math.floor(r() * VOCAB.length)] : w));
    refs.push(ref);
    hyps.push(words.join(' '));
  }
  return { hyps, refs };
}

// ---- bare kernel (shared/bench/peers.mjs jsCorpusBleu) -------------------------------------

/* eslint-disable no-useless-escape */
const RE13A: [RegExp, string][] = [
  [/([\{-\~\[-\` -\&\(-\+\:-\@\/])/g, ' $1 '],
  [/([^0-9])([\.,])/g, '$1 $2 '],
  [/([\.,])([^0-9])/g, ' $1 $2'],
  [/([0-9])(-)/g, '$1 $2 '],
];
/* eslint-enable no-useless-escape */
function tokenize13a(line: string): string[] {
  line = line.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&'))
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  line = ` ${line} `;
  for (const [re, rep] of RE13A) line = line.replace(re, rep);
  return line.split(/\s+/).filter(Boolean);
}
function ngramCounts(toks: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= toks.length; i++) {
      const key = n + '\u0001' + toks.slice(i, i + n).join(' ');
      m.set(key, (m.get(key) || 0) + 1);
    }
  }
  return m;
}
function bareCorpusBleu(hyps: string[], refStreams: string[][]): number {
  const correct = new Float64Array(4);
  const total = new Float64Array(4);
  let sysLen = 0;
  let refLen = 0;
  for (let s = 0; s < hyps.length; s++) {
    const h = tokenize13a(hyps[s]);
    const refMax = new Map<string, number>();
    let closest = Infinity;
    let closestDiff = Infinity;
    for (const stream of refStreams) {
      const r = tokenize13a(stream[s]);
      const diff = Math.abs(r.length - h.length);
      if (diff < closestDiff || (diff === closestDiff && r.length < closest)) {
        closestDiff = diff;
        closest = r.length;
      }
      for (const [k, c] of ngramCounts(r)) if (c > (refMax.get(k) || 0)) refMax.set(k, c);
    }
    sysLen += h.length;
    refLen += closest;
    for (const [k, c] of ngramCounts(h)) {
      const n = k.charCodeAt(0) - 49;
      total[n] += c;
      const r = refMax.get(k);
      if (r) correct[n] += Math.min(c, r);
    }
  }
  let smooth = 1;
  let logSum = 0;
  for (let n = 0; n < 4; n++) {
    if (correct[n] === 0) smooth *= 2;
    logSum += Math.log(correct[n] === 0 ? 100 / (smooth * total[n]) : (100 * correct[n]) / total[n]);
  }
  const bp = sysLen >= refLen ? 1 : Math.exp(1 - refLen / sysLen);
  return bp * Math.exp(logSum / 4);
}

const w8 = pairs(10_000, 8);
const few = pairs(1_000, 9);
const multiline = few.refs.map((r, i) => `${r}\n${few.hyps[(i + 1) % few.hyps.length]}`);
const logProbs = (() => {
  const r = lcg(10);
  return Float64Array.from({ length: 1_000_000 }, () => Math.log(r()));
})();

describe('W8 corpus BLEU, 10k pairs, 13a, exp smoothing', () => {
  bench('bare JS kernel (peers.mjs)', () => {
    bareCorpusBleu(w8.hyps, [w8.refs]);
  });
  bench('corpusBleu', () => {
    corpusBleu(w8.hyps, [w8.refs]);
  });
});

describe('sentence-level metrics, 1000 pairs', () => {
  bench('sentenceBleu × 1000', () => {
    for (let i = 0; i < few.hyps.length; i++) sentenceBleu(few.hyps[i], [few.refs[i]]);
  });
  bench('rougeScore rouge1/2/L × 1000', () => {
    for (let i = 0; i < few.hyps.length; i++) rougeScore(few.refs[i], few.hyps[i]);
  });
  bench('rougeScore rouge1/2/L/Lsum + stemmer × 1000', () => {
    for (let i = 0; i < few.hyps.length; i++) {
      rougeScore(multiline[i], few.hyps[i], { types: ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'], useStemmer: true });
    }
  });
});

describe('perplexity', () => {
  bench('perplexity, 1e6 log-probabilities', () => {
    perplexity(logProbs);
  });
});
