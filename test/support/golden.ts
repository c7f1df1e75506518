/**
 * Runs the parity vectors in test/golden/*.json (copied unchanged from shared/golden)
 * against the SDK, with the encodings and comparison rules of test/golden/README.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

export interface GoldenCase {
  id: string;
  fn: string;
  args: unknown[];
  expected: unknown;
  tol?: { rel?: number; abs?: number };
}

export interface GoldenFile {
  area: string;
  generatedBy: string;
  cases: GoldenCase[];
}

export function loadGolden(area: string): GoldenFile {
  const path = fileURLToPath(new URL(`../golden/${area}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
}

type Mod = Record<string, unknown>;

/** Decode `$num`, `$typed` and `$fn` markers into the values they stand for. */
export function decode(v: unknown, mod: Mod): unknown {
  if (Array.isArray(v)) return v.map((x) => decode(x, mod));
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$num' in o) return Number(o.$num);
    if ('$typed' in o) {
      const Ctor = (globalThis as unknown as Record<string, new (d: unknown) => unknown>)[o.$typed as string];
      return new Ctor(o.data);
    }
    if ('$fn' in o) return mod[o.$fn as string];
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x, mod)]));
  }
  return v;
}

/** Return null when `actual` matches `expected`, else a path and reason. */
export function compare(actual: unknown, expected: unknown, tol: { rel: number; abs: number }, path = '$'): string | null {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const e = expected as Record<string, unknown>;
    if ('$num' in e) {
      const want = Number(e.$num);
      if (Number.isNaN(want)) return Number.isNaN(actual as number) ? null : `${path}: expected NaN, got ${String(actual)}`;
      return actual === want ? null : `${path}: expected ${want}, got ${String(actual)}`;
    }
    if (actual === null || typeof actual !== 'object') return `${path}: expected an object, got ${String(actual)}`;
    for (const [k, ev] of Object.entries(e)) {
      if (!(k in (actual as object))) return `${path}.${k}: missing`;
      const d = compare((actual as Record<string, unknown>)[k], ev, tol, `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) return `${path}: expected an array, got ${String(actual)}`;
    const a = actual as unknown as ArrayLike<unknown>;
    if (a.length !== expected.length) return `${path}: expected length ${expected.length}, got ${a.length}`;
    for (let i = 0; i < expected.length; i++) {
      const d = compare(a[i], expected[i], tol, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (typeof expected === 'number' && Number.isFinite(expected)) {
    if (typeof actual !== 'number' || !Number.isFinite(actual)) return `${path}: expected ${expected}, got ${String(actual)}`;
    const ok = Math.abs(actual - expected) <= tol.abs + tol.rel * Math.abs(expected);
    return ok ? null : `${path}: expected ${expected}, got ${actual} (diff ${Math.abs(actual - expected)})`;
  }
  return Object.is(actual, expected) ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

/**
 * One `it` per case. `fns` limits the run to the functions an area implements so far
 * (pass undefined for all).
 */
export function runGolden(area: string, mod: Mod, fns?: readonly string[]): void {
  const file = loadGolden(area);
  const cases = fns ? file.cases.filter((c) => fns.includes(c.fn)) : file.cases;
  describe(`golden ${area} (${file.generatedBy})`, () => {
    it('has cases to run', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const c of cases) {
      it(c.id, () => {
        const fn = mod[c.fn];
        expect(typeof fn, `export ${c.fn}`).toBe('function');
        const args = decode(c.args, mod) as unknown[];
        const tol = { rel: c.tol?.rel ?? 1e-9, abs: c.tol?.abs ?? 1e-12 };
        const exp = c.expected as Record<string, unknown> | null;
        if (exp !== null && typeof exp === 'object' && '$error' in exp) {
          let thrown: unknown;
          try {
            (fn as (...a: unknown[]) => unknown)(...args);
          } catch (e) {
            thrown = e;
          }
          expect(thrown, 'expected a throw').toBeDefined();
          expect((thrown as { name?: string }).name).toBe('SextantError');
          expect((thrown as { code?: string }).code).toBe(exp.$error);
          return;
        }
        const actual = (fn as (...a: unknown[]) => unknown)(...args);
        const diff = compare(actual, c.expected, tol);
        expect(diff, diff ?? '').toBeNull();
      });
    }
  });
}
