/**
 * Every `@example` in summary/delta.ts runs, and every `expr; // value` line in it must
 * produce that value (values worked by hand in delta.test.ts).
 */
import * as sx from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

function examples(file: string): string[][] {
  const path = fileURLToPath(new URL(`../../../packages/core/src/summary/${file}.ts`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j])) j++;
    const code: string[] = [];
    for (j++; j < lines.length && !/^\s*\*\s*```/.test(lines[j]); j++) code.push(lines[j].replace(/^\s*\* ?/, ''));
    out.push(code);
  }
  return out;
}

/** `expr; // value` lines become checks; other lines run as written. */
function toScript(code: string[]): string {
  return code
    .map((line) => {
      const m = /^(.*?);\s*\/\/\s*(.+)$/.exec(line);
      if (!m || /^\s*(const|let|import)\b/.test(m[1])) return line;
      return `__check(${m[1]}, ${m[2]});`;
    })
    .join('\n');
}

describe('TSDoc examples of summary/delta.ts', () => {
  const all = examples('delta');
  it('has examples', () => expect(all.length).toBeGreaterThanOrEqual(2));
  all.forEach((code, k) => {
    it(`example ${k + 1}`, () => {
      let checks = 0;
      const __check = (actual: unknown, expected: unknown) => {
        checks++;
        expect(actual).toEqual(expected);
      };
      runInNewContext(toScript(code), { ...sx, __check });
      expect(checks).toBeGreaterThan(0);
    });
  });
});
