import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perplexity } from '@sextant/core';
import { isPyWhitespace, pyLower, pyRstrip, pySplit } from '../../../packages/core/src/metrics/nlp/text';
import { codeOf } from '../../support/errors';

describe('perplexity', () => {
  it('is exp(−mean) (hand-checked)', () => {
    expect(perplexity([Math.log(0.5), Math.log(0.25)])).toBeCloseTo(2 ** 1.5, 14);
    expect(perplexity(new Float32Array([0, 0]))).toBe(1);
    expect(perplexity([-Math.LN2])).toBeCloseTo(2, 15);
  });

  it('refuses empty, non-finite and positive input', () => {
    expect(codeOf(() => perplexity([]))).toBe('EMPTY_INPUT');
    expect(codeOf(() => perplexity([-1, NaN]))).toBe('NON_FINITE');
    expect(codeOf(() => perplexity([-1, -Infinity]))).toBe('NON_FINITE');
    expect(codeOf(() => perplexity([-1, 0.5]))).toBe('INVALID_VALUE');
    expect(() => perplexity([-1, -2, 0.1])).toThrow(/tokenLogProbs\[2\] is 0.1/);
  });

  it('is at least 1 and at most exp(−min)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 0, noNaN: true }), { minLength: 1, maxLength: 50 }), (lp) => {
        const p = perplexity(lp);
        expect(p).toBeGreaterThanOrEqual(1);
        expect(p).toBeLessThanOrEqual(Math.exp(-Math.min(...lp)) * (1 + 1e-12));
      }),
    );
  });
});

describe('Python str semantics used by the NLP references', () => {
  it('whitespace is exactly what Python 3.11 str.isspace() accepts', () => {
    // Printed by /usr/bin/python3: [c for c in range(0x110000) if chr(c).isspace()]
    const py = [
      0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
      0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    ];
    const ours: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isPyWhitespace(c)) ours.push(c);
    expect(ours).toEqual(py);
    expect(pySplit('\ufeffa\u0085b\x1c c ')).toEqual(['\ufeffa', 'b', 'c']);
    expect(pyRstrip('a \u3000\x1f')).toBe('a');
  });

  it('lower-cases as Python 3.11 (Unicode 14): letters encoded later stay as they are', () => {
    // Expected strings printed by /usr/bin/python3 (3.11): repr(s.lower()).
    expect(pyLower('ABC\u1C89Ä\u{10D50}Σ')).toBe('abc\u1C89ä\u{10D50}σ');
    expect(pyLower('AΣ\u1C89')).toBe('aς\u1C89');
    expect(pyLower('İ')).toBe('i\u0307');
    expect(pyLower('ΟΔΟΣ ΟΔΟΣ')).toBe('οδος οδος');
  });
});
