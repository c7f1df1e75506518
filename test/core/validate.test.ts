import { describe, expect, it } from 'vitest';
import {
  assertNonEmpty,
  assertSameLength,
  checkWeights,
  isArrayLike,
  show,
  toFiniteFloat64,
} from '../../packages/core/src/internal/validate';
import { compensatedSum, KahanSum } from '../../packages/core/src/internal/sum';
import { codeOf, thrown } from '../support/errors';

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

/** `target` behind a Proxy that counts element reads (numeric keys only). */
function counted<T extends object>(target: T): { value: T; reads: () => number } {
  let reads = 0;
  const value = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

describe('shared validation: hostile array-likes (issue 15, item 1)', () => {
  it.each([
    ['2 ** 53 - 1', 2 ** 53 - 1],
    ['2 ** 32', 2 ** 32],
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('refuses length %s from the length alone, naming the argument', (_, length) => {
    const { value, reads } = counted({ length });
    const e = thrown(() => assertNonEmpty(value, 'yTrue'));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/^yTrue has length .*integer in 0…4294967295/);
    expect(reads()).toBe(0);
    expect(isArrayLike(value)).toBe(false);
  });

  it.each([
    ['BigInt64Array', new BigInt64Array(2), /a BigInt64Array/],
    ['BigUint64Array', new BigUint64Array(2), /a BigUint64Array/],
    ['DataView', new DataView(new ArrayBuffer(8)), /a DataView/],
    ['Map', new Map([[0, 1]]), /a Map/],
    ['Set', new Set([1]), /a Set/],
    ['Date', new Date(0), /a Date/],
    ['ArrayBuffer', new ArrayBuffer(8), /an ArrayBuffer/],
  ])('names the type of a %s given where an array is expected', (_, value, type) => {
    const e = thrown(() => assertNonEmpty(value, 'values'));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.message).toMatch(/^values must be an array or typed array/);
    expect(e.message).toMatch(type);
  });

  it('refuses { length: 1e9 } with nothing in it at index 0, before allocating 8 GB of doubles', () => {
    const { value, reads } = counted({ length: 1e9 } as ArrayLike<unknown>);
    const e = thrown(() => toFiniteFloat64(value, 'x'));
    expect([e.code, e.index, e.argument]).toEqual(['INVALID_VALUE', 0, 'x']);
    expect(reads()).toBeLessThanOrEqual(2);
  });

  it('refuses a million numeric strings at the first one', () => {
    const { value, reads } = counted(Array.from({ length: 1e6 }, (_, i) => String(i)));
    const e = thrown(() => toFiniteFloat64(value, 'x'));
    expect([e.code, e.index]).toEqual(['INVALID_VALUE', 0]);
    expect(e.message).toBe('x[0] must be a number, got "0"');
    expect(reads()).toBeLessThanOrEqual(2);
  });

  it('shows a bigint and a long array without reading every element', () => {
    expect(show(3n)).toBe('3n');
    const { value, reads } = counted(new Array<number>(1000).fill(1));
    expect(show(value)).toBe('an Array of length 1000');
    expect(reads()).toBe(0);
  });

  it('weights near 1e308 are scaled by a power of two, exactly (sums cannot overflow)', () => {
    const w = checkWeights([1e308, 1e308, 0], 3) as Float64Array;
    // 2^1023 < 1e308 ≤ 2^1024: each weight becomes 1e308 · 2^-1024, the same for both.
    expect(w[0]).toBe(1e308 * 2 ** -1000 * 2 ** -24);
    expect(w[0] + w[1]).toBeLessThan(2);
    expect(w[0] / (w[0] + w[1])).toBe(0.5);
    // Weights ≤ 1 are returned as they are; [3, 1] becomes [0.75, 0.25] (÷ 2^2, exact).
    const small = new Float64Array([0.5, 0.25]);
    expect(checkWeights(small, 2)).toEqual(small);
    expect(Array.from(checkWeights([3, 1], 2) as Float64Array)).toEqual([0.75, 0.25]);
  });
});
