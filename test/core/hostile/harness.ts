/**
 * The hostile-input harness (issue 15, item 8). Each area describes its public functions in
 * `cases/<area>.ts` (a {@link CaseFile}); `hostile.test.ts` runs every class below against
 * every array-like argument, and `coverage.test.ts` fails naming any export of
 * `@sextant/core` that has neither a case nor a reasoned exemption.
 *
 * "Refused early" is asserted without a clock: the hostile array-like sits behind a Proxy
 * that counts element reads, and the refusal must come within {@link READ_LIMIT} reads.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { SEXTANT_ERROR_CODES, SextantError } from '@sextant/core';

/** What an array-like argument holds; decides which hostile classes apply to it. */
export type ArgKind =
  /** Finite numbers: every class applies (numeric strings are refused). */
  | 'numbers'
  /** Class labels: numbers, strings or booleans (numeric strings are valid labels). */
  | 'labels'
  /** Instants: epoch ms or ISO strings (numeric strings are refused, out-of-range instants too). */
  | 'instants'
  /** Rows, records, strings or anything else: the length and type classes only. */
  | 'other';

/** Where an array-like sits: an argument position, or an option `[position, key]`. */
export type Slot = number | readonly [number, string];

export interface ArrayArg {
  at: Slot;
  /** How refusals name it; the message must contain it (e.g. `'yTrue'`, `'sampleWeight'`). */
  name: string;
  kind: ArgKind;
}

export interface MagnitudeSpec {
  /** The arrays multiplied together by s = 2^k (exact), k drawn up to {@link MAX_EXPONENT}. */
  scale: readonly Slot[];
  /** f(s·x) = s^degree · f(x) (0: scale-invariant, e.g. accuracy under weights × s). */
  degree: number;
  /** The numbers to compare (default: every number in the result, deeply). */
  pick?: (result: unknown) => number[];
  /** Smallest exponent to draw, when the reference's definition changes below some scale. @default MIN_EXPONENT */
  minExponent?: number;
}

export interface Refusal {
  what: string;
  call: () => unknown;
  code: (typeof SEXTANT_ERROR_CODES)[number];
  /** Text the message must contain (the argument or option it names). */
  names: string;
}

export interface HostileCase {
  /** The export's name, as `@sextant/core` exports it. */
  name: string;
  fn: (...args: never[]) => unknown;
  /** Valid arguments, every array-like of length n (the harness uses n = 8 and n = 1e6). */
  make: (n: number) => unknown[];
  arrays: readonly ArrayArg[];
  magnitude?: readonly MagnitudeSpec[];
  /** Hostile calls particular to the function (options, instants out of range, …). */
  refusals?: readonly Refusal[];
  /** Skip the 1e6-element class (say why in a comment): e.g. the function caps its input lower. */
  skipMillion?: boolean;
}

export interface CaseFile {
  cases: readonly HostileCase[];
  /** Exports of this area deliberately without a case, each with the reason. */
  exempt?: Readonly<Record<string, string>>;
}

/** Most element reads a refusal may take. */
export const READ_LIMIT = 40;
/** Largest exponent drawn for s = 2^k: with values ≤ 8 in `make`, 8·2^1020 = 2^1023 is finite. */
export const MAX_EXPONENT = 1020;
/** Smallest exponent drawn: values near 1e-120, whose squares are still normal doubles. */
export const MIN_EXPONENT = -400;

/** Reads after which a counted array-like throws, so that a function that would loop to the end fails fast instead of hanging the worker. */
export const READ_STOP = 100_000;

/** Thrown by a counted array-like read past {@link READ_STOP}: the function did not refuse early. */
export class ReadPastLimit extends Error {}

/**
 * `target` behind a Proxy that counts element reads (integer keys); past `stop` reads it
 * throws {@link ReadPastLimit} (a synchronous loop cannot be interrupted by a test timeout).
 */
export function counted<T extends object>(target: T, stop = READ_STOP): { value: T; reads: () => number } {
  let reads = 0;
  const value = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string' && key !== '' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) {
        if (++reads > stop) throw new ReadPastLimit(`read element ${key} after ${stop} reads: not refused early`);
      }
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

function get(args: unknown[], at: Slot): unknown {
  if (typeof at === 'number') return args[at];
  return (args[at[0]] as Record<string, unknown>)[at[1]];
}

/** A copy of `args` with `value` at `at` (options objects are copied, never mutated). */
export function put(args: unknown[], at: Slot, value: unknown): unknown[] {
  const out = args.slice();
  if (typeof at === 'number') out[at] = value;
  else out[at[0]] = { ...(out[at[0]] as object), [at[1]]: value };
  return out;
}

/** Call `f`; the SextantError it throws, or a failure naming what came out instead. */
function refusal(f: () => unknown, what: string): SextantError {
  let out: unknown;
  try {
    out = f();
  } catch (e) {
    if (!(e instanceof SextantError)) {
      throw new Error(
        `${what}: threw ${(e as Error)?.constructor?.name ?? typeof e} "${(e as Error)?.message}", not a SextantError`,
        { cause: e },
      );
    }
    expect(SEXTANT_ERROR_CODES).toContain(e.code);
    return e;
  }
  throw new Error(`${what}: returned ${describe1(out)} instead of refusing`);
}

function describe1(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.slice(0, 120);
  } catch {
    return String(v);
  }
}

/** `x` (numbers, or rows of numbers) times `s`. */
function scaleBy(x: unknown, s: number): unknown {
  return Array.from(x as ArrayLike<unknown>, (v) => (typeof v === 'number' ? v * s : scaleBy(v, s)));
}

/** Every number in `v`, deeply (arrays, typed arrays, plain objects). */
export function numbersIn(v: unknown, out: number[] = [], depth = 0): number[] {
  if (typeof v === 'number') out.push(v);
  else if (depth < 6 && v !== null && typeof v === 'object') {
    if (ArrayBuffer.isView(v)) out.push(...Array.from(v as unknown as ArrayLike<number>));
    else for (const x of Object.values(v)) numbersIn(x, out, depth + 1);
  }
  return out;
}

/** The hostile stand-ins for an array-like whose elements must be of `kind`. */
function lengthClasses(): { label: string; make: () => object }[] {
  return [
    { label: '{ length: 1e9 } (holes)', make: () => ({ length: 1e9 }) },
    { label: '{ length: 2 ** 53 - 1 }', make: () => ({ length: 2 ** 53 - 1 }) },
    { label: '{ length: -1 }', make: () => ({ length: -1 }) },
    { label: '{ length: 1.5 }', make: () => ({ length: 1.5 }) },
    { label: 'new Array(2 ** 32 - 1) (holes)', make: () => new Array<number>(2 ** 32 - 1) },
  ];
}

const TYPE_CLASSES: { label: string; make: (n: number) => object; type: string }[] = [
  { label: 'BigInt64Array', make: (n) => new BigInt64Array(n), type: 'BigInt64Array' },
  { label: 'DataView', make: (n) => new DataView(new ArrayBuffer(8 * n)), type: 'DataView' },
  { label: 'Date', make: () => new Date(0), type: 'Date' },
  { label: 'Map', make: (n) => new Map(Array.from({ length: n }, (_, i) => [i, i])), type: 'Map' },
];

/** Run every hostile class against the cases of one area. */
export function describeHostile(area: string, file: CaseFile): void {
  describe(`hostile input: ${area}`, () => {
    for (const c of file.cases) describeCase(c);
  });
}

function describeCase(c: HostileCase): void {
  const call = (args: unknown[]) => () => (c.fn as (...a: unknown[]) => unknown)(...args);
  describe(c.name, () => {
    it('accepts the valid arguments of its case (so the classes below test refusals, not a broken call)', () => {
      call(c.make(8))();
    });

    for (const a of c.arrays) {
      for (const h of lengthClasses()) {
        it(`${a.name} = ${h.label}: refused within ${READ_LIMIT} reads, naming ${a.name}`, () => {
          const { value, reads } = counted(h.make());
          const e = refusal(call(put(c.make(8), a.at, value)), `${c.name} with ${a.name} = ${h.label}`);
          expect(e.message).toContain(a.name);
          expect(reads()).toBeLessThanOrEqual(READ_LIMIT);
          // The same object in every array-like slot: lengths agree, so only the scan can stop it.
          const all = counted(h.make());
          let args = c.make(8);
          for (const b of c.arrays) args = put(args, b.at, all.value);
          refusal(call(args), `${c.name} with every array-like = ${h.label}`);
          expect(all.reads()).toBeLessThanOrEqual(READ_LIMIT);
        });
      }

      for (const t of TYPE_CLASSES) {
        it(`${a.name} = a ${t.label}: refused with a message naming ${a.name} and the type`, () => {
          const e = refusal(call(put(c.make(8), a.at, t.make(8))), `${c.name} with ${a.name} = ${t.label}`);
          expect(e.message).toContain(a.name);
          expect(e.message).toContain(t.type);
        });
      }

      if (a.kind !== 'other') {
        it(`${a.name} with NaN, Infinity, -Infinity at index 1: refused naming ${a.name}[1]`, () => {
          for (const bad of [NaN, Infinity, -Infinity]) {
            const args = c.make(8);
            const arr = Array.from(get(args, a.at) as ArrayLike<unknown>);
            arr[1] = bad;
            const e = refusal(call(put(args, a.at, arr)), `${c.name} with ${a.name}[1] = ${bad}`);
            expect(['NON_FINITE', 'INVALID_VALUE', 'INVALID_LABEL']).toContain(e.code);
            expect(e.message).toContain(`${a.name}[1]`);
          }
        });
      }

      if ((a.kind === 'numbers' || a.kind === 'instants') && c.skipMillion !== true) {
        it(`${a.name} = a million numeric strings: refused at index 0 within ${READ_LIMIT} reads`, () => {
          const args = c.make(1e6);
          const strings = Array.from(get(args, a.at) as ArrayLike<unknown>, (v) => String(v));
          const { value, reads } = counted(strings);
          const e = refusal(call(put(args, a.at, value)), `${c.name} with ${a.name} = numeric strings`);
          expect(['INVALID_VALUE', 'INVALID_OPTION']).toContain(e.code);
          expect(e.message).toContain(`${a.name}[0]`);
          expect(reads()).toBeLessThanOrEqual(READ_LIMIT);
        });
      }
    }

    for (const m of c.magnitude ?? []) {
      it(`scaling ${m.scale.map(String).join(', ')} by 2^k (k ≤ ${MAX_EXPONENT}) scales the result by s^${m.degree}, or is refused`, () => {
        const args = c.make(8);
        const pick = m.pick ?? ((r: unknown) => numbersIn(r));
        const base = pick(call(args)());
        fc.assert(
          fc.property(fc.integer({ min: m.minExponent ?? MIN_EXPONENT, max: MAX_EXPONENT }), (e) => {
            let scaled = args;
            for (const at of m.scale) scaled = put(scaled, at, scaleBy(get(args, at), 2 ** e));
            let got: number[];
            try {
              got = pick(call(scaled)());
            } catch (err) {
              if (err instanceof SextantError) return;
              throw err;
            }
            expect(got.length).toBe(base.length);
            got.forEach((g, i) => {
              expect(Number.isFinite(g) || !Number.isFinite(base[i]), `value ${i} is ${g}`).toBe(true);
              if (!Number.isFinite(base[i])) return;
              // Compare in the base's scale: g / s^degree (exact: a power of two) against base.
              const back = g * 2 ** (-e * m.degree);
              if (base[i] === 0 || !Number.isFinite(back) || back === 0) {
                // Underflow of a tiny scale: the scaled value lies below the smallest double.
                if (Math.abs(base[i] * 2 ** (e * m.degree)) < 1e-290) return;
              }
              const tol = 1e-9 * Math.max(Math.abs(base[i]), 1e-300);
              expect(Math.abs(back - base[i]), `value ${i}: ${g} at 2^${e}, base ${base[i]}`).toBeLessThanOrEqual(tol);
            });
          }),
          { numRuns: 60 },
        );
      });
    }

    for (const r of c.refusals ?? []) {
      it(`refuses ${r.what} with ${r.code}, naming ${r.names}`, () => {
        const e = refusal(r.call, `${c.name}: ${r.what}`);
        expect(e.code).toBe(r.code);
        expect(e.message).toContain(r.names);
      });
    }
  });
}
