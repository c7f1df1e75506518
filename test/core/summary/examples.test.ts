/**
 * Every `@example` in the summary sources runs, and every `expr; // value` line in it must
 * produce that value (deep equality; a trailing `(note)` after the value is ignored).
 */
import * as sx from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';

const FILES = ['status', 'types', 'messages', 'messages-fr', 'stakeholder', 'markdown', 'plan', 'delta'];

function examples(file: string): { file: string; line: number; code: string[] }[] {
  const path = fileURLToPath(new URL(`../../../packages/core/src/summary/${file}.ts`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  const out = [];
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

/** The claimed value as source, with a trailing `(note)` dropped when the rest parses. */
function valueSource(v: string): string {
  for (;;) {
    try {
      new Script(`(${v});`);
      return v;
    } catch {
      const stripped = v.replace(/\s*\([^()]*\)\s*$/, '');
      if (stripped === v) throw new Error(`cannot read the claimed value: ${v}`);
      v = stripped;
    }
  }
}

function toScript(code: string[]): { script: string; checks: number } {
  const out: string[] = [];
  let checks = 0;
  for (const line of code) {
    const m = /^(\s*)([^/].*?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m || /^\s*(const|let|import)\b/.test(m[2])) {
      if (!/^\s*import\s/.test(line)) out.push(line);
      continue;
    }
    out.push(`${m[1]}__check(${m[2]}, ${valueSource(m[3])});`);
    checks++;
  }
  return { script: out.join('\n'), checks };
}

const all = FILES.flatMap(examples);

describe('TSDoc examples of the summary sources', () => {
  it('finds an example in every file', () => {
    expect(new Set(all.map((e) => e.file))).toEqual(new Set(FILES));
  });
  for (const ex of all) {
    it(`${ex.file}.ts:${ex.line}`, () => {
      const { script, checks } = toScript(ex.code);
      expect(checks).toBeGreaterThan(0);
      let ran = 0;
      runInNewContext(script, {
        ...sx,
        __check: (actual: unknown, expected: unknown) => {
          expect(actual).toEqual(expected);
          ran++;
        },
      });
      expect(ran).toBe(checks);
    });
  }
});
