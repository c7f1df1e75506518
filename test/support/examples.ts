/**
 * Runs the `@example` blocks of core's sources so the TSDoc stays honest: every example runs,
 * and every value it claims holds. One runner for every area; each area's
 * `test/core/<area>/examples.test.ts` only names its files.
 *
 * Two ways an example shows a value:
 * - `value` (the default): `expr; // value`, or `expr;` with the value on the next `//` lines
 *   (read until it parses); a trailing `(note)` after the value is ignored.
 * - `arrow`: `expr; // → value` (or `// → value` on the next lines, continued on lines indented
 *   by two or more spaces), `// name → value` to check an expression, and
 *   `// throws SextantError CODE: "message"` (`…` stands for any text) to check a refusal;
 *   values may elide keys with `…`.
 */
import * as sx from '@sextant/core';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compare } from './golden';

const SRC = fileURLToPath(new URL('../../packages/core/src/', import.meta.url));

interface Example {
  file: string;
  line: number;
  lines: string[];
}

/** How a claimed value is compared with what the code returned. */
export type ExampleMatch =
  /** Numbers to 1e-12; objects by the keys the example shows; arrays element by element. */
  | 'shown-keys'
  /** As `shown-keys`, and an object shows all of its keys. */
  | 'all-keys'
  /** Structural equality (`toEqual`). */
  | 'equal';

export interface ExampleSuite {
  /** Files under `packages/core/src/` without `.ts` (`'metrics/classification'`), or a folder ending in `/` (every `.ts` in it). */
  files: readonly string[];
  /** @default 'value' */
  dialect?: 'value' | 'arrow';
  /** @default 'shown-keys' */
  match?: ExampleMatch;
  /** Exports that must exist and appear in some example. */
  exported?: readonly string[];
  /** Examples that mention this are only compiled (as an async function body), never run: they need the network. */
  offline?: RegExp;
}

function extract(file: string): Example[] {
  const lines = readFileSync(SRC + file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j])) j++;
    const code: string[] = [];
    for (j++; j < lines.length && !/^\s*\*\s*```/.test(lines[j]); j++) code.push(lines[j].replace(/^\s*\* ?/, ''));
    out.push({ file, line: i + 1, lines: code });
  }
  return out;
}

function sourceFiles(spec: readonly string[]): string[] {
  return spec.flatMap((f) =>
    f.endsWith('/')
      ? readdirSync(SRC + f)
          .filter((n) => n.endsWith('.ts'))
          .map((n) => f + n)
      : [f + '.ts'],
  );
}

const parses = (v: string): boolean => {
  try {
    new Script(`(${v});`);
    return true;
  } catch {
    return false;
  }
};

/** A claimed value as JS source: `…` elisions and trailing `(notes)` removed. */
function valueSource(text: string): string {
  let v = text
    .replace(/\s\/\/\s.*$/gm, '')
    .replace(/,\s*…\s*(?=[}\]])/g, '')
    .replace(/…\s*,\s*/g, '')
    .trim();
  for (;;) {
    if (parses(v)) return v;
    const stripped = v.replace(/\s*\([^()]*\)\s*$/, '');
    if (stripped === v) throw new Error(`cannot read the claimed value: ${text}`);
    v = stripped;
  }
}

/** `value` dialect: `expr; // value` becomes `__check(expr, value, what)`. */
function valueScript(ex: Example): { script: string; claims: number } {
  const code = ex.lines;
  const out: string[] = [];
  let claims = 0;
  for (let i = 0; i < code.length; i++) {
    const line = code[i];
    if (/^\s*import\s/.test(line)) continue;
    let m = /^(\s*)(.*?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m && /;\s*$/.test(line) && i + 1 < code.length && /^\s*\/\/\s/.test(code[i + 1])) {
      m = /^(\s*)(.*?);\s*$/.exec(line);
      if (m) m[3] = code[++i].replace(/^\s*\/\/\s*/, '');
    }
    if (!m || line.trimStart().startsWith('//') || /^\s*(const|let|for|if|import)\b/.test(m[2])) {
      out.push(line);
      continue;
    }
    let expected = m[3];
    // A value continues on the following `//` lines until it parses.
    while (!parses(expected) && i + 1 < code.length && /^\s*\/\/\s/.test(code[i + 1])) {
      expected += ' ' + code[++i].replace(/^\s*\/\/\s*/, '');
    }
    out.push(`${m[1]}__check(${m[2]}, ${valueSource(expected)}, ${JSON.stringify(m[2].slice(0, 60))});`);
    claims++;
  }
  return { script: out.join('\n'), claims };
}

function bracketDepth(s: string): number {
  let d = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && s[i + 1] === '/') break;
    else if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
  }
  return d;
}

/** Split a code line into code and its `// …` comment (outside strings). */
function splitComment(s: string): [string, string | null] {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '/' && s[i + 1] === '/') return [s.slice(0, i).trimEnd(), s.slice(i + 2).trim()];
  }
  return [s, null];
}

/** `arrow` dialect: statements with `→` and `throws` claims. */
function arrowScript(ex: Example): { script: string; claims: number } {
  const out: string[] = [];
  let claims = 0;
  const L = ex.lines;
  let i = 0;
  const readValue = (first: string): string => {
    let v = first;
    while (i < L.length && /^\s*\/\/\s{2,}\S/.test(L[i])) v += '\n' + L[i++].replace(/^\s*\/\//, '');
    return v;
  };
  let pending: string[] = [];
  let depth = 0;
  let inline: string | null = null;
  const flush = () => {
    if (pending.length === 0) return;
    const stmt = pending.join('\n').replace(/;\s*$/, '');
    pending = [];
    let claim: string | null = inline !== null && inline.startsWith('→') ? inline.slice(1) : null;
    inline = null;
    if (claim !== null) claim = readValue(claim);
    else if (i < L.length && /^\s*\/\/\s*→/.test(L[i])) claim = readValue(L[i++].replace(/^\s*\/\/\s*→/, ''));
    if (i < L.length && /^\s*\/\/\s*throws /.test(L[i])) {
      const m = /^\s*\/\/\s*throws SextantError ([A-Z_]+): "(.*)"\s*$/.exec(readValue(L[i++]).replace(/\n\s*/g, ' '));
      if (!m) throw new Error(`${ex.file}:${ex.line}: cannot read the throws claim`);
      out.push(`__throws(() => { ${stmt}; }, ${JSON.stringify(m[1])}, ${JSON.stringify(m[2].replace(/\\"/g, '"'))});`);
      claims++;
    } else if (claim !== null) {
      if (/^\s*(const|let)\s/.test(stmt)) throw new Error(`${ex.file}:${ex.line}: a '→' claim after a declaration`);
      out.push(`__check(${stmt}, ${valueSource(claim)}, ${JSON.stringify(stmt.slice(0, 60))});`);
      claims++;
    } else {
      out.push(stmt + ';');
    }
  };
  while (i < L.length) {
    const line = L[i++];
    if (/^\s*import\s/.test(line)) continue;
    const named = /^\s*\/\/\s*([A-Za-z_$][\w$.[\]]*)\s*→\s*(.*)$/.exec(line);
    if (pending.length === 0 && named) {
      out.push(`__check(${named[1]}, ${valueSource(readValue(named[2]))}, ${JSON.stringify(named[1])});`);
      claims++;
      continue;
    }
    if (pending.length === 0 && /^\s*\/\//.test(line)) continue; // a note
    const [code, comment] = splitComment(line);
    pending.push(code);
    depth += bracketDepth(code);
    if (depth === 0 && /;\s*$/.test(code)) {
      inline = comment;
      flush();
    }
  }
  if (pending.length > 0) throw new Error(`${ex.file}:${ex.line}: unterminated statement`);
  return { script: out.join('\n'), claims };
}

/** An object shows all of its keys (used by `all-keys`). */
function sameKeys(actual: unknown, expected: unknown, path = '$'): string | null {
  if (expected === null || typeof expected !== 'object' || actual === null || typeof actual !== 'object') return null;
  const a = Object.keys(actual).sort();
  const e = Object.keys(expected).sort();
  if (!Array.isArray(expected) && a.join() !== e.join()) return `${path}: keys ${a.join()} vs ${e.join()}`;
  for (const k of e) {
    const d = sameKeys((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function check(actual: unknown, expected: unknown, match: ExampleMatch, what: string): void {
  if (match === 'equal') {
    expect(actual, what).toEqual(expected);
    return;
  }
  const d = compare(actual, expected, { rel: 1e-12, abs: 1e-12 }) ?? (match === 'all-keys' ? sameKeys(actual, expected) : null);
  expect(d, `${what}: ${d}`).toBeNull();
}

function expectRefusal(f: () => void, code: string, message: string): void {
  let err: unknown = null;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(sx.SextantError);
  const e = err as sx.SextantError;
  expect(e.code).toBe(code);
  const re = new RegExp(
    `^${message
      .split('…')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );
  expect(e.message).toMatch(re);
}

/** Declares the examples suite of one area of core. */
export function describeExamples(area: string, suite: ExampleSuite): void {
  const { dialect = 'value', match = 'shown-keys', exported = [], offline } = suite;
  const files = sourceFiles(suite.files);
  const all = files.flatMap(extract);
  describe(`TSDoc examples of ${area}`, () => {
    it('finds an example in every named file and on every named export', () => {
      for (const f of suite.files.filter((s) => !s.endsWith('/')))
        expect(
          all.some((e) => e.file === f + '.ts'),
          f,
        ).toBe(true);
      expect(all.length).toBeGreaterThan(0);
      const text = all.map((e) => e.lines.join('\n')).join('\n');
      for (const name of exported) {
        expect(typeof (sx as Record<string, unknown>)[name], `${name} is exported`).not.toBe('undefined');
        expect(text, `an example uses ${name}`).toMatch(new RegExp(`\\b${name}\\b`));
      }
    });

    for (const ex of all) {
      const compiledOnly = offline !== undefined && ex.lines.some((l) => offline.test(l));
      it(`${ex.file}:${ex.line}${compiledOnly ? ' (compiled only: needs the network)' : ''}`, () => {
        if (compiledOnly) {
          expect(() => new Script(`(async () => {\n${ex.lines.join('\n')}\n});`)).not.toThrow();
          return;
        }
        const { script, claims } = dialect === 'arrow' ? arrowScript(ex) : valueScript(ex);
        expect(claims, 'an example shows what it returns').toBeGreaterThan(0);
        let checked = 0;
        runInNewContext(script, {
          ...sx,
          __check: (actual: unknown, expected: unknown, what: string) => {
            check(actual, expected, match, what);
            checked++;
          },
          __throws: (f: () => void, code: string, message: string) => {
            expectRefusal(f, code, message);
            checked++;
          },
          JSON,
          Math,
          Array,
          Object,
          Number,
          Float64Array,
          Int32Array,
          Infinity,
        });
        expect(checked).toBe(claims);
      });
    }
  });
}
