import { describe, expect, it } from 'vitest';
import { assertNonEmpty, assertSameLength, checkWeights, toFiniteFloat64 } from '../../packages/core/src/internal/validate';
import { compensatedSum, KahanSum } from '../../packages/core/src/internal/sum';
import { codeOf } from '../support/errors';

describe('shared validation', () => {
  it('names the argument and first offending index', () => {
    expect(() => toFiniteFloat64([1, 2, NaN, Infinity], 'yTrue')).toThrow(/yTrue\[2\] is NaN/);
    expect(codeOf(() => toFiniteFloat64(new Float64Array([0, -Infinity]), 'x'))).toBe('NON_FINITE');
    expect(codeOf(() => assertNonEmpty([], 'yPred'))).toBe('EMPTY_INPUT');
    expect(() => assertSameLength([1], 'yTrue', [1, 2], 'yPred')).toThrow(/yPred has length 2 but yTrue has length 1/);
  });

  it('returns typed input unchanged and converts plain arrays', () => {
    const f = new Float64Array([1, 2]);
    expect(toFiniteFloat64(f, 'x')).toBe(f);
    expect(Array.from(toFiniteFloat64([3, 4], 'x'))).toEqual([3, 4]);
  });

  it('refuses negative and all-zero weights', () => {
    expect(codeOf(() => checkWeights([1, -1], 2))).toBe('INVALID_OPTION');
    expect(codeOf(() => checkWeights([0, 0], 2))).toBe('INVALID_VALUE');
    expect(codeOf(() => checkWeights([1], 2))).toBe('LENGTH_MISMATCH');
    expect(checkWeights(undefined, 2)).toBeUndefined();
  });

  it('compensated summation recovers what naive summation loses', () => {
    // 1 + 1e100 + 1 - 1e100: naive left-to-right gives 0, the exact sum is 2.
    const xs = [1, 1e100, 1, -1e100];
    expect(xs.reduce((a, b) => a + b, 0)).toBe(0);
    expect(compensatedSum(xs)).toBe(2);
    const k = new KahanSum();
    for (const x of xs) k.add(x);
    expect(k.value()).toBe(2);
  });
});
