import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rougeScore, type RougeType } from '@sextant/core';
import { codeOf } from '../../support/errors';

describe('rougeScore: hand-checked values', () => {
  it('rougeLsum counts each token once across sentences (rouge-score / ROUGE-1.5.5)', () => {
    // Worked by hand: target sentences [a b] [c a], prediction [a c] [b].
    // Union LCS of [a b] = {a, b}; of [c a] = {c} (backtracking prefers moving up on ties);
    // hits = 3 of m = 4 target and n = 3 prediction tokens.
    const r = rougeScore('a b\nc a', 'a c\nb', { types: ['rougeLsum', 'rougeL'] });
    expect(r.rougeLsum).toEqual({ precision: 1, recall: 0.75, fmeasure: 6 / 7 });
    // Whole-text LCS of [a b c a] and [a c b] has length 2.
    expect(r.rougeL?.precision).toBeCloseTo(2 / 3, 15);
    expect(r.rougeL?.recall).toBe(0.5);
  });

  it('defaults to rouge1, rouge2 and rougeL without stemming', () => {
    const r = rougeScore('cats running', 'cat runs');
    expect(Object.keys(r)).toEqual(['rouge1', 'rouge2', 'rougeL']);
    expect(r.rouge1?.fmeasure).toBe(0);
    expect(rougeScore('cats running', 'cat runs', { useStemmer: true }).rouge1?.fmeasure).toBe(1);
  });

  it('the default tokenizer drops non-ASCII letters, as rouge-score does', () => {
    // 'Café naïve' → caf, na, ve; 'café naive' → caf, naive: one match, p = 1/2, r = 1/3.
    const r = rougeScore('Café naïve', 'café naive', { types: ['rouge1'] });
    expect(r.rouge1?.precision).toBe(0.5);
    expect(r.rouge1?.recall).toBeCloseTo(1 / 3, 15);
    expect(r.rouge1?.fmeasure).toBeCloseTo(0.4, 15);
  });

  it("the 'unicode' tokenizer keeps accented and CJK text", () => {
    const a = rougeScore('Café naïve', 'café naive', { types: ['rouge1'], tokenizer: 'unicode' });
    expect(a.rouge1).toEqual({ precision: 0.5, recall: 0.5, fmeasure: 0.5 });
    // NFKC: a decomposed é is the same token as a precomposed one.
    expect(rougeScore('cafe\u0301', 'café', { types: ['rouge1'], tokenizer: 'unicode' }).rouge1?.fmeasure).toBe(1);
    // One token per Han/kana character: same 10 characters; 6 of 9 bigrams shared (by hand).
    const j = rougeScore('東京は日本の首都です', '日本の首都は東京です', { types: ['rouge1', 'rouge2'], tokenizer: 'unicode' });
    expect(j.rouge1?.fmeasure).toBe(1);
    expect(j.rouge2?.precision).toBeCloseTo(6 / 9, 15);
    expect(rougeScore('東京は日本の首都です', '日本の首都は東京です', { types: ['rouge1'] }).rouge1?.fmeasure).toBe(0);
  });

  it('texts without tokens score 0, not NaN', () => {
    const r = rougeScore('', '...', { types: ['rouge1', 'rouge3', 'rougeL', 'rougeLsum'] });
    for (const v of Object.values(r)) expect(v).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });
});

const words = ['The', 'cat', 'cats', 'sat', 'on', 'mat', 'running', 'runs', '.', ',', 'naïve', '2023', '\n', 'A', 'dog'];
const textArb = fc.array(fc.constantFrom(...words), { maxLength: 25 }).map((w) => w.join(' '));
const types: RougeType[] = ['rouge1', 'rouge2', 'rouge3', 'rougeL', 'rougeLsum'];

describe('rougeScore: properties', () => {
  it('precision, recall and F lie in [0, 1]; swapping the texts swaps precision and recall', () => {
    fc.assert(
      fc.property(
        textArb,
        textArb,
        fc.boolean(),
        fc.constantFrom<'default' | 'unicode'>('default', 'unicode'),
        (t, p, useStemmer, tokenizer) => {
          const a = rougeScore(t, p, { types, useStemmer, tokenizer });
          const b = rougeScore(p, t, { types, useStemmer, tokenizer });
          for (const k of types) {
            const v = a[k]!;
            for (const x of [v.precision, v.recall, v.fmeasure]) {
              expect(x).toBeGreaterThanOrEqual(0);
              expect(x).toBeLessThanOrEqual(1);
            }
            if (k !== 'rougeLsum') {
              expect(b[k]!.precision).toBe(v.recall);
              expect(b[k]!.recall).toBe(v.precision);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a text against itself scores 1 on every type when it has enough tokens', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        const r = rougeScore(t, t, { types: ['rouge1', 'rougeL', 'rougeLsum'] });
        const tokens = t
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim();
        if (tokens === '') return;
        for (const v of Object.values(r)) expect(v).toEqual({ precision: 1, recall: 1, fmeasure: 1 });
      }),
      { numRuns: 200 },
    );
  });
});

describe('rougeScore: refusals', () => {
  it('uses INVALID_OPTION for options and INVALID_VALUE for texts', () => {
    expect(codeOf(() => rougeScore('a', 'a', { types: ['rouge0' as RougeType] }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore('a', 'a', { types: ['rouge10' as RougeType] }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore('a', 'a', { types: ['ROUGE1' as RougeType] }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore('a', 'a', { types: 'rouge1' as unknown as RougeType[] }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore('a', 'a', { tokenizer: 'nltk' as 'unicode' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore('a', 'a', { useStemmer: 1 as unknown as boolean }))).toBe('INVALID_OPTION');
    expect(codeOf(() => rougeScore(null as unknown as string, 'a'))).toBe('INVALID_VALUE');
    expect(codeOf(() => rougeScore('a', 3 as unknown as string))).toBe('INVALID_VALUE');
    expect(() => rougeScore('a', 'a', { types: ['rouge1', 'rougeX' as RougeType] })).toThrow(/options\.types\[1\] is "rougeX"/);
  });
});
