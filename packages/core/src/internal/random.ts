/**
 * Seeded pseudo-random numbers for resampling (bootstrap) — never Math.random(), so a
 * computation given the same seed gives the same answer on every machine and run.
 * Internal: not exported from the package root.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c),
 * its 128-bit state filled from the seed by SplitMix32 as the authors recommend.
 */
import { SextantError } from '../errors';
import { show } from './validate';

const TWO_32 = 4294967296;

/** One SplitMix32 step: returns [next state, output], both uint32. */
function splitMix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [s, (z ^ (z >>> 16)) >>> 0];
}

/**
 * A xoshiro128** generator. Cheap to create; `nextUint32` is a handful of 32-bit
 * operations, so hot loops can call it per element.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** @param seed any safe integer (negative and > 2^32 seeds are distinct from their low 32 bits). */
  constructor(seed: number) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_32) >>> 0;
    let st = (lo ^ Math.imul(hi, 0x27d4eb2f)) >>> 0;
    let out: number;
    [st, out] = splitMix32(st);
    this.s0 = out | 0;
    [st, out] = splitMix32(st ^ hi);
    this.s1 = out | 0;
    [st, out] = splitMix32(st);
    this.s2 = out | 0;
    [, out] = splitMix32(st);
    this.s3 = out | 0;
    // The all-zero state is the one fixed point of xoshiro; SplitMix32 cannot give it in practice.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A generator with the given raw state (for known-answer tests against the reference C code). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128 {
    const g = new Xoshiro128(0);
    g.s0 = s0 | 0;
    g.s1 = s1 | 0;
    g.s2 = s2 | 0;
    g.s3 = s3 | 0;
    return g;
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    let s2 = this.s2 ^ s0;
    let s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    this.s2 = s2;
    this.s3 = s3;
    return r >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A uniform integer in [0, n) for 1 ≤ n ≤ 2^32, without modulo bias (rejection of the
   * top `2^32 mod n` values; all arithmetic stays exact in doubles).
   */
  nextInt(n: number): number {
    const limit = TWO_32 - (TWO_32 % n);
    let x = this.nextUint32();
    while (x >= limit) x = this.nextUint32();
    return x % n;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Refuse a seed that is not a safe integer: `INVALID_OPTION`. */
export function assertSeed(seed: unknown, name = 'options.seed'): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new SextantError('INVALID_OPTION', `${name} must be a safe integer; got ${show(seed)}`, {
      argument: name,
      value: seed,
    });
  }
}
