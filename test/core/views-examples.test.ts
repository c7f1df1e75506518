/**
 * The `@example` blocks of the chart view models (metrics/confusion-view, metrics/curve-view,
 * drift/downsample, drift/chart, fairness/chart) run, and each `expr; // value` line must give
 * that value (to 1e-12), as test/core/metrics/examples.test.ts does for the metrics.
 */
import * as sx from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { expectClose } from './metrics/support';

const FILES = [
  'metrics/confusion-view',
  'metrics/curve-view',
  'metrics/table-view',
  'drift/downsample',
  'drift/chart',
  'fairness/chart',
];

function examples(file: string): { line: number; code: string[] }[] {
  const path = fileURLToPath(new URL(`../../packages/core/src/${file}.ts`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: { line: number; code: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i])) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```ts/.test(lines[j])) j++;
    const code: string[] = [];
    for (j++; j < lines.length && !/^\s*\*\s*```/.test(lines[j]); j++) code.push(lines[j].replace(/^\s*\* ?/, ''));
    out.push({ line: i + 1, code });
  }
  return out;
}

/** Join statements continued over lines, then turn `expr; // value` into a check. */
function toScript(code: string[]): string {
  return code
    .map((line) => {
      const m = /^(\s*)(.*?);\s*\/\/\s*(.+)$/.exec(line);
      if (!m || /^\s*(const|let|import)\b/.test(m[2]) || line.trimStart().startsWith('//')) return line;
      return `${m[1]}__check(${m[2]}, ${m[3]});`;
    })
    .join('\n');
}

describe('TSDoc examples of the chart view models', () => {
  for (const file of FILES) {
    const list = examples(file);
    it(`${file} has examples`, () => expect(list.length).toBeGreaterThan(0));
    for (const ex of list) {
      it(`${file}.ts:${ex.line}`, () => {
        let checks = 0;
        const __check = (actual: unknown, expected: unknown) => {
          checks++;
          expectClose(actual, expected, 1e-12, 1e-12);
        };
        runInNewContext(toScript(ex.code), { ...sx, __check, JSON, Math, Array, Object, Float64Array, Infinity });
        expect(checks).toBeGreaterThan(0);
      });
    }
  }
});
