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
const INV_2_32 = 1 / TWO_32;

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
  // Int32Array state: plain int32 fields would be boxed as heap numbers outside V8's 31-bit Smi range.
  private readonly s = new Int32Array(4);

  /** @param seed any safe integer (negative and > 2^32 seeds are distinct from their low 32 bits). */
  constructor(seed: number) {
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_32) >>> 0;
    let st = (lo ^ Math.imul(hi, 0x27d4eb2f)) >>> 0;
    let out: number;
    const s = this.s;
    [st, out] = splitMix32(st);
    s[0] = out;
    [st, out] = splitMix32(st ^ hi);
    s[1] = out;
    [st, out] = splitMix32(st);
    s[2] = out;
    [, out] = splitMix32(st);
    s[3] = out;
    // The all-zero state is the one fixed point of xoshiro; SplitMix32 cannot give it in practice.
    if ((s[0] | s[1] | s[2] | s[3]) === 0) s[0] = 1;
  }

  /** A generator with the given raw state (for known-answer tests against the reference C code). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128 {
    const g = new Xoshiro128(0);
    g.s[0] = s0;
    g.s[1] = s1;
    g.s[2] = s2;
    g.s[3] = s3;
    return g;
  }

  /** A uniform integer in [0, 2^32). */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0];
    const s1 = s[1];
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    const s2 = s[2] ^ s0;
    const s3 = s[3] ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s[2] = s2 ^ t;
    s[3] = rotl(s3, 11);
    return r >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const a = this.nextUint32() >>> 5; // 27 bits
    const b = this.nextUint32() >>> 6; // 26 bits
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A uniform integer in [0, n) for 1 ≤ n ≤ 2^32, without bias. Up to 2^21 this is Lemire's
   * multiply-and-reject (x · n is exact in a double, so the hot path is a multiply and a
   * floor); above, rejection of the top `2^32 mod n` values and a modulo.
   */
  nextInt(n: number): number {
    if (n <= 2097152) {
      let m = this.nextUint32() * n;
      let hi = Math.floor(m * INV_2_32);
      let lo = m - hi * TWO_32;
      if (lo < n) {
        const threshold = (TWO_32 - n) % n;
        while (lo < threshold) {
          m = this.nextUint32() * n;
          hi = Math.floor(m * INV_2_32);
          lo = m - hi * TWO_32;
        }
      }
      return hi;
    }
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
