/**
 * Every `@example` in the metrics sources this suite owns runs, and every `expr; // value`
 * line in it must produce that value (to 1e-12). Keeps the TSDoc honest.
 */
import * as sx from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { expectClose } from './support';

const FILES = [
  'classification',
  'ranking',
  'probabilistic',
  'regression',
  'operational',
  'accumulators/classification',
  'accumulators/regression',
  'accumulators/fromCounts',
];

interface Example {
  file: string;
  line: number;
  code: string[];
}

function examples(file: string): Example[] {
  const path = fileURLToPath(new URL(`../../../packages/core/src/metrics/${file}.ts`, import.meta.url));
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

/** `expr; // value` lines become checks; a value may continue on following `//` lines. */
function toScript(code: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    const line = code[i];
    if (/^\s*import\s/.test(line)) continue;
    // `expr; // value`, or `expr;` with the value on the following `//` lines.
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

const all = FILES.flatMap(examples);

describe('TSDoc examples of the metrics sources', () => {
  it('finds examples in every file', () => {
    for (const f of FILES) expect(all.filter((e) => e.file === f).length, f).toBeGreaterThan(0);
  });

  for (const ex of all) {
    it(`${ex.file}.ts:${ex.line}`, () => {
      let checks = 0;
      const __check = (actual: unknown, expected: unknown) => {
        checks++;
        expectClose(actual, expected, 1e-12, 1e-12);
      };
      runInNewContext(toScript(ex.code), { ...sx, __check, JSON, Math, Array, Float64Array, Int32Array });
      expect(checks, 'an example without a checked value').toBeGreaterThan(0);
    });
  }
});
