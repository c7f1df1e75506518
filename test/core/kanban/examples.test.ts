/**
 * Every `@example` in the kanban sources runs, and every claim in it holds. Claims are
 * comments: `expr; // → value` (or `// → value` on the next lines) checks the statement's
 * result; `// name → value` checks an expression; `// throws SextantError CODE: "message"`
 * checks a refusal. Values are compared like golden objects: only the keys shown, `…` for the
 * rest, a trailing `(note)` ignored. Keeps the TSDoc honest.
 */
import * as sx from '@sextant/core';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../packages/core/src/kanban/', import.meta.url));

interface Example {
  file: string;
  line: number;
  lines: string[];
}

function examples(file: string): Example[] {
  const lines = readFileSync(DIR + file, 'utf8').split('\n');
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

/** A claimed value as JS source: `…` elisions and trailing notes removed. */
function valueSource(text: string): string {
  let v = text
    .replace(/\s\/\/\s.*$/gm, '') // `// Friday, WET` notes inside a multi-line value
    .replace(/,\s*…\s*(?=[}\]])/g, '')
    .replace(/…\s*,\s*/g, '')
    .trim();
  for (;;) {
    try {
      new Script(`(${v});`);
      return v;
    } catch {
      const stripped = v.replace(/\s*\([^()]*\)\s*$/, '');
      if (stripped === v) throw new Error(`cannot read the claimed value: ${text}`);
      v = stripped;
    }
  }
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

/** The example as a script of checks. */
function toScript(ex: Example): { script: string; claims: number } {
  const out: string[] = [];
  let claims = 0;
  const L = ex.lines;
  let i = 0;
  // A claim's value may continue on following `//` lines indented by two or more spaces.
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
    // What follows the statement: an inline `// → v`, or `// → v` / `// throws …` lines.
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
      const v = readValue(named[2]);
      out.push(`__check(${named[1]}, ${valueSource(v)}, ${JSON.stringify(named[1])});`);
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

/** Golden-style comparison: objects by the expected keys, arrays by length and element. */
function matches(actual: unknown, expected: unknown, path: string): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    const a = actual as unknown[];
    expect(a.length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, k) => matches(a[k], e, `${path}[${k}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', `${path} is an object`).toBe(true);
    for (const [k, v] of Object.entries(expected)) matches((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const all = files.flatMap(examples);

describe('TSDoc examples of the kanban sources', () => {
  it('finds an example on every exported function', () => {
    const text = all.map((e) => e.lines.join('\n')).join('\n');
    for (const name of [
      'createBoard',
      'addCard',
      'moveCard',
      'updateCard',
      'removeCard',
      'undo',
      'redo',
      'boardToJSON',
      'boardFromJSON',
      'mlopsBoardTemplate',
      'labellingBoardTemplate',
      'cardsFromDriftAlerts',
      'flowMetrics',
      'forecastCompletion',
      'boardView',
      'kanbanMessages',
    ]) {
      expect(Object.keys(sx)).toContain(name);
      expect(text, name).toMatch(new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '@sextant/core'`));
    }
  });

  for (const ex of all) {
    it(`${ex.file}:${ex.line}`, () => {
      const { script, claims } = toScript(ex);
      expect(claims, 'an example shows what it returns').toBeGreaterThan(0);
      let checked = 0;
      const context = {
        ...sx,
        __check: (actual: unknown, expected: unknown, what: string) => {
          matches(actual, expected, what);
          checked++;
        },
        __throws: (f: () => void, code: string, message: string) => {
          let err: unknown = null;
          try {
            f();
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(sx.SextantError);
          const e = err as sx.SextantError;
          expect(e.code).toBe(code);
          // The message as shown, `…` standing for any text.
          const re = new RegExp(
            `^${message
              .split('…')
              .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*')}$`,
            's',
          );
          expect(e.message).toMatch(re);
          checked++;
        },
      };
      runInNewContext(script, context);
      expect(checked).toBe(claims);
    });
  }
});
