import { describe, expect, it } from 'vitest';
import { Xoshiro128, assertSeed } from '../../../packages/core/src/internal/random';

describe('Xoshiro128 (internal PRNG)', () => {
  it('matches the authors’ C code of xoshiro128** (known answers from gcc on this machine)', () => {
    const g = Xoshiro128.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 8 }, () => g.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849,
    ]);
    const h = Xoshiro128.fromState(0xdeadbeef, 0x12345678, 0xffffffff, 0x80000000);
    expect(Array.from({ length: 8 }, () => h.nextUint32())).toEqual([
      2576977301, 2031002624, 493879743, 1881573885, 1588474099, 315906604, 1980006008, 587966534,
    ]);
  });

  it('seeds through SplitMix32 (known answers from a Python re-implementation with arbitrary-precision integers)', () => {
    const a = new Xoshiro128(0);
    expect(Array.from({ length: 4 }, () => a.nextUint32())).toEqual([3809008728, 1133695204, 53579671, 2891528803]);
    const b = new Xoshiro128(-7);
    expect([b.nextUint32(), b.nextUint32()]).toEqual([2110573106, 3519547126]);
    const c = new Xoshiro128(2 ** 40 + 5);
    expect([c.nextUint32(), c.nextUint32()]).toEqual([2755554435, 1148644794]);
  });

  it('nextInt stays in range and is close to uniform; nextFloat is in [0, 1)', () => {
    const g = new Xoshiro128(99);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70000; i++) counts[g.nextInt(7)]++;
    // χ² with 6 degrees of freedom; 22.46 is its 0.999 quantile (scipy.stats.chi2.ppf(0.999, 6)).
    const chi2 = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    expect(chi2).toBeLessThan(22.46);
    for (let i = 0; i < 1000; i++) {
      const f = g.nextFloat();
      expect(f >= 0 && f < 1).toBe(true);
      expect(g.nextInt(1)).toBe(0);
    }
    // Both paths: Lemire's (n ≤ 2^21) and rejection + modulo above; 13.82 = chi2.ppf(0.999, 2).
    for (const n of [3 * 2 ** 19, 3_000_000_000]) {
      const thirds = [0, 0, 0];
      for (let i = 0; i < 30000; i++) {
        const v = g.nextInt(n);
        expect(v >= 0 && v < n && Number.isInteger(v)).toBe(true);
        thirds[Math.floor((3 * v) / n)]++;
      }
      expect(thirds.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0)).toBeLessThan(13.82);
    }
    const big = g.nextInt(2 ** 32);
    expect(Number.isInteger(big) && big >= 0 && big < 2 ** 32).toBe(true);
  });

  it('refuses seeds that are not safe integers', () => {
    for (const s of [1.5, NaN, Infinity, '1', 2 ** 60]) expect(() => assertSeed(s)).toThrow(/seed/);
    expect(() => assertSeed(-3)).not.toThrow();
  });
});
