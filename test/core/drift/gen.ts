/**
 * The quasi-random samples of fixtures/gen_scipy_drift.py, reproduced bit for bit (only +, *
 * and floor on doubles, which IEEE-754 makes identical in Python and JavaScript).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const A = [0.6180339887498949, 0.41421356237309503, 0.7320508075688772, 0.14159265358979312];
const B = [0.1415926535897932, 0.7182818284590451, 0.5772156649015329, 0.3025850929940457];

export interface SampleSpec {
  n: number;
  a: number;
  shift: number;
  scale: number;
  quantum: number;
}

export function gen(n: number, a: number, shift = 0, scale = 1, quantum = 0): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < 4; k++) {
      const t = (i + 1) * A[k] + a * B[k];
      s += t - Math.floor(t);
    }
    let x = (s - 2) * scale + shift;
    if (quantum) x = Math.floor(x / quantum) * quantum;
    out[i] = x;
  }
  return out;
}

export function data(s: SampleSpec): Float64Array {
  return gen(s.n, s.a, s.shift, s.scale, s.quantum);
}

/** The table of gen_scipy_drift.py's `table(n, a, shift)`. */
export function table(n: number, a: number, shift: number): Record<string, (number | string | boolean | null)[]> {
  const x = Array.from(gen(n, a, shift));
  return {
    num: x,
    numMissing: x.map((v, i) => (i % 17 === 0 ? null : i % 23 === 0 ? NaN : v)),
    few: x.map((v) => pyMod(Math.floor(v * 1.5), 5)),
    cat: x.map((v) => 'abcdefg'[pyMod(Math.floor((v + 2) * 1.75), 7)]),
    bin: x.map((v) => v > 0.1),
    two: x.map((v) => (v > -0.2 ? 'yes' : 'no')),
  };
}

/** Python's % (result has the sign of the divisor). */
function pyMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8')) as T;
}
