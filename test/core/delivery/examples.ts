/**
 * Runs every `@example` block of the given source files of an area; each `expr; // value`
 * line must produce that value (numbers to 1e-12 relative). Shared by the delivery,
 * experiments and risk example suites.
 */
import * as sx from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compare } from '../../support/golden';

interface Example {
  file: string;
  line: number;
  code: string[];
}

function examples(area: string, file: string): Example[] {
  const path = fileURLToPath(new URL(`../../../packages/core/src/${area}/${file}.ts`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j])) j++;
    const code: string[] = [];
    for (j++; j < lines.length && !/^\s*\*\s*```/.test(lines[j]); j++) code.push(lines[j].replace(/^\s*\* ?/, ''));
    out.push({ file, line: i + 1, code });
  }
  return out;
}

/** `expr; // value` (the value may continue on `// …` lines) becomes `__check(expr, value)`. */
function toScript(code: string[]): string {
  const out: string[] = [];
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
    while (i + 1 < code.length && /^\s*\/\/\s/.test(code[i + 1])) expected += ' ' + code[++i].replace(/^\s*\/\/\s*/, '');
    out.push(`${m[1]}__check(${m[2]}, ${expected});`);
  }
  return out.join('\n');
}

/** Exact key sets too: an example that shows a result shows all of it. */
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

export function describeExamples(area: string, files: readonly string[]): void {
  const all = files.flatMap((f) => examples(area, f));
  describe(`TSDoc examples of ${area}`, () => {
    it('finds examples in every file', () => {
      for (const f of files) expect(all.filter((e) => e.file === f).length, f).toBeGreaterThan(0);
    });
    for (const ex of all) {
      it(`${ex.file}.ts:${ex.line}`, () => {
        let checks = 0;
        const __check = (actual: unknown, expected: unknown) => {
          checks++;
          const d = compare(actual, expected, { rel: 1e-12, abs: 1e-12 }) ?? sameKeys(actual, expected);
          expect(d, d ?? '').toBeNull();
        };
        runInNewContext(toScript(ex.code), { ...sx, __check, JSON, Math, Array, Float64Array, Number, Object });
        expect(checks, 'an example without a checked value').toBeGreaterThan(0);
      });
    }
  });
}
