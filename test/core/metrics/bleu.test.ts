import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusBleu, sentenceBleu, type BleuOptions } from '@sextant/core';
import { BleuStats, tokenizeSegment, type BleuTokenize } from '../../../packages/core/src/metrics/nlp/bleu-core';
import { codeOf } from '../../support/errors';

/* ---------------------------------------------------------------------------------------
 * A literal transcription of sacreBLEU 2.x (tokenizer_13a.py, tokenizer_re.py,
 * tokenizer_char.py, helpers.extract_all_word_ngrams, BLEU._compute_segment_statistics and
 * compute_bleu), with strings and Maps as the Python code has them. The library's engine
 * (character-code passes, integer n-gram ids) must agree with it exactly.
 * ------------------------------------------------------------------------------------- */

/** Python's str.isspace() code points (printed by /usr/bin/python3 over all of Unicode). */
const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_WS_RUN = new RegExp(`[${PY_WS}]+`);
const PY_WS_END = new RegExp(`[${PY_WS}]+$`);
const pyReplace = (s: string, a: string, b: string) => s.split(a).join(b);
const pySplit = (s: string) => s.split(PY_WS_RUN).filter((t) => t !== '');

// Transcribed character for character from sacreBLEU's tokenizer_re.py, escapes included.
/* eslint-disable no-useless-escape */
const RE13A: [RegExp, string][] = [
  [/([\{-\~\[-\` -\&\(-\+\:-\@\/])/g, ' $1 '],
  [/([^0-9])([\.,])/g, '$1 $2 '],
  [/([\.,])([^0-9])/g, ' $1 $2'],
  [/([0-9])(-)/g, '$1 $2 '],
];
/* eslint-enable no-useless-escape */

function refTokenize(text: string, tokenize: BleuTokenize, lowercase: boolean): string[] {
  let line = lowercase ? text.toLowerCase() : text;
  line = line.replace(PY_WS_END, '');
  if (tokenize === 'none') return pySplit(line);
  if (tokenize === 'char') return pySplit(Array.from(line).join(' '));
  line = pyReplace(line, '<skipped>', '');
  line = pyReplace(line, '-\n', '');
  line = pyReplace(line, '\n', ' ');
  line = pyReplace(line, '&quot;', '"');
  line = pyReplace(line, '&amp;', '&');
  line = pyReplace(line, '&lt;', '<');
  line = pyReplace(line, '&gt;', '>');
  line = ` ${line} `;
  for (const [re, rep] of RE13A) line = line.replace(re, rep);
  return pySplit(line);
}

function ngrams(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = `${n}\u0001${tokens.slice(i, i + n).join('\u0002')}`;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  return m;
}

interface RefStats {
  sysLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

function refStats(hyps: string[], streams: (string | null)[][], tokenize: BleuTokenize, lowercase: boolean): RefStats {
  const st: RefStats = { sysLen: 0, refLen: 0, correct: [0, 0, 0, 0], total: [0, 0, 0, 0] };
  hyps.forEach((h, i) => {
    const refs = streams.map((s) => s[i]).filter((r): r is string => r !== null && r !== '');
    const maxRef = new Map<string, number>();
    const lens: number[] = [];
    for (const r of refs) {
      const t = refTokenize(r, tokenize, lowercase);
      lens.push(t.length);
      for (const [g, c] of ngrams(t)) maxRef.set(g, Math.max(maxRef.get(g) ?? 0, c));
    }
    const ht = refTokenize(h, tokenize, lowercase);
    let closestDiff = -1;
    let closestLen = -1;
    for (const l of lens) {
      const diff = Math.abs(ht.length - l);
      if (closestDiff === -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = l;
      } else if (diff === closestDiff && l < closestLen) closestLen = l;
    }
    st.sysLen += ht.length;
    st.refLen += closestLen;
    for (const [g, c] of ngrams(ht)) {
      const n = Number(g[0]) - 1;
      st.total[n] += c;
      st.correct[n] += Math.min(c, maxRef.get(g) ?? 0);
    }
  });
  return st;
}

/* ------------------------------------------------------------------------------------- */

const pieces = [
  'a',
  'B',
  'cat',
  'Mat',
  '1',
  '9',
  '.',
  ',',
  '-',
  "'",
  ' ',
  '  ',
  '\t',
  '\n',
  '-\n',
  '&',
  ';',
  '<skipped>',
  '&quot;',
  '&amp;',
  '&lt;',
  '&gt;',
  '(',
  ')',
  '$',
  '/',
  '@',
  '~',
  '`',
  '"',
  'é',
  'Ü',
  '東',
  '\u00a0',
  '\u0085',
  '\u001c',
  '\u3000',
  '\ufeff',
  '😀',
  '\u2028',
];
const text = fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 });

describe('BLEU tokenizers = sacreBLEU regexes', () => {
  it('13a on adversarial text (dots, commas, dashes, digits, entities, Unicode spaces)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (s, lower) => {
        const got = tokenizeSegment(s, '13a', lower);
        expect(got).toEqual(refTokenize(s, '13a', lower));
      }),
      { numRuns: 3000 },
    );
  });

  it('13a on dense runs of digits, dots, commas and dashes', () => {
    const dense = fc.string({ unit: fc.constantFrom('1', '.', ',', '-', 'a', ' '), maxLength: 12 });
    fc.assert(
      fc.property(dense, (s) => {
        const got = tokenizeSegment(s, '13a', false);
        expect(got).toEqual(refTokenize(s, '13a', false));
      }),
      { numRuns: 3000 },
    );
  });

  it('13a on hand-picked cases', () => {
    // Expected tokens worked out by applying the four sacreBLEU regexes by hand.
    const cases: [string, string[]][] = [
      ['a..5', ['a', '.', '.5']],
      ['a.5', ['a', '.', '5']],
      ['1.,5', ['1', '.', ',', '5']],
      ['3.14, 1,000,000.', ['3.14', ',', '1,000,000', '.']],
      ['1-2 x-y', ['1', '-', '2', 'x-y']],
      ["It's 5-6 p.m.", ["It's", '5', '-', '6', 'p', '.', 'm', '.']],
      ['&amp;lt;b&gt;', ['<', 'b', '>']],
      ['end-\nline', ['endline']],
    ];
    for (const [s, want] of cases) {
      const got = tokenizeSegment(s, '13a', false);
      expect(got, s).toEqual(want);
    }
  });

  it('none and char', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<BleuTokenize>('none', 'char'), (s, tok) => {
        const got = tokenizeSegment(s, tok, false);
        expect(got).toEqual(refTokenize(s, tok, false));
      }),
      { numRuns: 1000 },
    );
  });
});

const vocab = ['the', 'cat', 'sat', 'on', 'mat', 'a', 'dog', '.', ',', 'ran', '1,000', 'x-y', "it's"];
const sentence = fc.array(fc.constantFrom(...vocab), { maxLength: 12 }).map((w) => w.join(' '));
const corpus = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    hyps: fc.array(sentence, { minLength: n, maxLength: n }),
    streams: fc.array(fc.array(fc.oneof(sentence, fc.constant('')), { minLength: n, maxLength: n }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
);

describe('BLEU statistics = a literal sacreBLEU port', () => {
  it('counts, totals and lengths agree exactly on random corpora with several streams', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom<BleuTokenize>('13a', 'none', 'char'), ({ hyps, streams }, tok) => {
        // sacreBLEU needs at least one non-empty reference per segment.
        streams[0] = streams[0].map((r) => (r === '' ? 'the cat' : r));
        const want = refStats(hyps, streams, tok, false);
        const got = corpusBleu(hyps, streams, { tokenize: tok });
        expect(got.sysLen).toBe(want.sysLen);
        expect(got.refLen).toBe(want.refLen);
        expect(got.totals).toEqual(want.total);
        expect(got.counts).toEqual(want.correct);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same statistics when its id tables restart between segments', () => {
    fc.assert(
      fc.property(corpus, ({ hyps, streams }) => {
        streams[0] = streams[0].map((r) => (r === '' ? 'a dog' : r));
        const run = (resetAt: number) => {
          const st = new BleuStats('13a', false, resetAt);
          hyps.forEach((h, i) => {
            st.addSegment(
              h,
              streams.map((s) => s[i]).filter((r) => r !== ''),
            );
          });
          return [st.sysLen, st.refLen, ...st.correct, ...st.total];
        };
        expect(run(3)).toEqual(run(1 << 22));
      }),
      { numRuns: 200 },
    );
  });
});

describe('BLEU: values and options', () => {
  it('sentenceBleu of the TSDoc example (hand-checked: BP = e^(1 − 6/3), three orders at 100)', () => {
    const r = sentenceBleu('the cat sat', ['the cat sat on the mat']);
    expect(r.bp).toBeCloseTo(Math.exp(-1), 15);
    expect(r.score).toBeCloseTo(100 * Math.exp(-1), 10);
    expect(r.counts).toEqual([3, 2, 1, 0]);
  });

  it('a perfect corpus scores 100', () => {
    const s = ['the cat sat on the mat .', 'a dog ran on the mat'];
    expect(corpusBleu(s, [s]).score).toBeCloseTo(100, 9);
  });

  it('an empty reference in a stream means "no reference here" (sacreBLEU)', () => {
    const hyps = ['the cat sat', 'a dog ran'];
    const withGap = corpusBleu(hyps, [
      ['the cat sat', 'a dog ran'],
      ['', 'a dog'],
    ]);
    const sinceGap = corpusBleu(hyps, [
      ['the cat sat', 'a dog ran'],
      [null, 'a dog'],
    ]);
    expect(withGap).toEqual(sinceGap);
    expect(withGap.refLen).toBe(6);
  });

  it('lowercase folds case; smoothValue is ignored by exp and none', () => {
    const a = corpusBleu(['The Cat'], [['the cat']], { lowercase: true });
    expect(a.counts).toEqual([2, 1, 0, 0]);
    const o: BleuOptions = { smoothMethod: 'exp', smoothValue: 5 };
    expect(corpusBleu(['the cat'], [['the cat sat']], o)).toEqual(corpusBleu(['the cat'], [['the cat sat']]));
  });

  it('scores stay within [0, 100] and precisions within [0, 100]', () => {
    fc.assert(
      fc.property(
        corpus,
        fc.constantFrom<BleuOptions['smoothMethod']>('exp', 'floor', 'add-k', 'none'),
        fc.boolean(),
        ({ hyps, streams }, smoothMethod, useEffectiveOrder) => {
          streams[0] = streams[0].map((r) => (r === '' ? 'the mat' : r));
          const r = corpusBleu(hyps, streams, { smoothMethod, useEffectiveOrder });
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100 + 1e-9);
          for (const p of r.precisions) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(100);
          }
          expect(r.bp).toBeGreaterThanOrEqual(0);
          expect(r.bp).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('BLEU: refusals', () => {
  const hyps = ['the cat', 'a dog'];
  it('uses API.md codes in precedence order', () => {
    expect(codeOf(() => corpusBleu([], []))).toBe('EMPTY_INPUT');
    expect(codeOf(() => corpusBleu(hyps, []))).toBe('EMPTY_INPUT');
    expect(codeOf(() => corpusBleu(hyps, [['the cat']]))).toBe('LENGTH_MISMATCH');
    expect(codeOf(() => corpusBleu(hyps, [['the cat']], { smoothMethod: 'bogus' as 'exp' }))).toBe('LENGTH_MISMATCH');
    expect(codeOf(() => corpusBleu(hyps, [hyps], { smoothMethod: 'bogus' as 'exp' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => corpusBleu(hyps, [hyps], { tokenize: 'intl' as '13a' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => corpusBleu(hyps, [hyps], { smoothValue: -1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => corpusBleu(hyps, [hyps], { lowercase: 'yes' as unknown as boolean }))).toBe('INVALID_OPTION');
    expect(codeOf(() => corpusBleu(['a', 3 as unknown as string], [hyps]))).toBe('INVALID_VALUE');
    expect(codeOf(() => corpusBleu(hyps, [['', 'a dog']]))).toBe('INVALID_VALUE');
    expect(codeOf(() => corpusBleu(hyps, [['x', 4 as unknown as string]]))).toBe('INVALID_VALUE');
    expect(codeOf(() => sentenceBleu('a', []))).toBe('EMPTY_INPUT');
    expect(codeOf(() => sentenceBleu('a', [''] as string[]))).toBe('INVALID_VALUE');
    expect(codeOf(() => sentenceBleu(1 as unknown as string, ['a']))).toBe('INVALID_VALUE');
  });

  it('explains the common mistake of passing one stream without the outer array', () => {
    expect(() => corpusBleu(hyps, hyps as unknown as string[][])).toThrow(/for one stream pass \[refs\]/);
    expect(() => corpusBleu(hyps, [['the cat']])).toThrow(/references\[0\] has length 1 but hypotheses has length 2/);
  });
});
