/** Small helpers shared by the metrics tests. */
import { expect } from 'vitest';
import { thrown } from '../../support/errors';

export interface Refusal {
  name?: string;
  code?: string;
  message: string;
  index?: number;
  argument?: string;
}

/** The refusal thrown by `f`: test/support/errors's `thrown` (fails the test when `f` returns or throws something else). */
export function refusal(f: () => unknown): Refusal {
  return thrown(f);
}

/** `f` throws a SextantError with `code`, and its message matches `message` when given. */
export function expectRefusal(f: () => unknown, code: string, message?: RegExp): Refusal {
  const e = refusal(f);
  expect(e.name, e.message).toBe('SextantError');
  expect(e.code, e.message).toBe(code);
  if (message) expect(e.message).toMatch(message);
  return e;
}

/** |a − b| ≤ abs + rel·|b|, element-wise for arrays. */
export function expectClose(a: unknown, b: unknown, rel = 1e-12, abs = 1e-12, path = '$'): void {
  if (Array.isArray(b) || ArrayBuffer.isView(b)) {
    const x = a as ArrayLike<unknown>;
    const y = b as ArrayLike<unknown>;
    expect(x.length, `${path} length`).toBe(y.length);
    for (let i = 0; i < y.length; i++) expectClose(x[i], y[i], rel, abs, `${path}[${i}]`);
    return;
  }
  if (b !== null && typeof b === 'object') {
    for (const [k, v] of Object.entries(b)) expectClose((a as Record<string, unknown>)[k], v, rel, abs, `${path}.${k}`);
    return;
  }
  if (typeof b === 'number' && Number.isFinite(b)) {
    expect(typeof a, path).toBe('number');
    expect(Math.abs((a as number) - b), `${path}: ${String(a)} vs ${b}`).toBeLessThanOrEqual(abs + rel * Math.abs(b));
    return;
  }
  expect(a, path).toEqual(b);
}

/** A seeded MINSTD stream in [0, 1) for building larger deterministic inputs. */
export function rng(seed: number): () => number {
  let x = seed % 2147483647 || 1;
  return () => {
    x = (48271 * x) % 2147483647;
    return x / 2147483647;
  };
}
