/**
 * Every `@example` in the connectors sources runs, and every `expr; // value` line in it
 * produces that value. Examples that need the network say "not run by the examples test":
 * those are only compiled (as the body of an async function), so they stay valid code.
 */
import * as sx from '@sextant/core';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { expectClose } from '../metrics/support';

const DIR = fileURLToPath(new URL('../../../packages/core/src/connectors/', import.meta.url));
const OFFLINE = /not run by the examples test/;

interface Example {
  file: string;
  line: number;
  code: string[];
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
    out.push({ file, line: i + 1, code });
  }
  return out;
}

/** `expr; // value` (or `expr;` with the value on the next `//` lines) becomes a check. */
function toScript(code: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < code.length; i++) {
    const line = code[i];
    let m = /^(\s*)(.*?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m && /;\s*$/.test(line) && i + 1 < code.length && /^\s*\/\/\s/.test(code[i + 1])) {
      m = /^(\s*)(.*?);\s*$/.exec(line);
      if (m) m[3] = code[++i].replace(/^\s*\/\/\s*/, '');
    }
    if (!m || line.trimStart().startsWith('//') || /^\s*(const|let|for|if|import)\b/.test(m[2])) {
      out.push(line);
      continue;
    }
    out.push(`${m[1]}__check(${m[2]}, ${m[3]});`);
  }
  return out.join('\n');
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const all = files.flatMap(examples);

describe('TSDoc examples of the connectors sources', () => {
  it('finds an example on every exported function', () => {
    for (const name of [
      'histogramQuantile',
      'fromPrometheusHistogram',
      'fromMlflowRuns',
      'fromGithubDeployments',
      'fromGithubPullRequests',
      'fromGitlabDeployments',
      'fromGitlabMergeRequests',
      'linkChangesToDeployments',
      'toOpenMetrics',
      'fromJiraIssues',
      'fromLinearIssues',
    ]) {
      expect(typeof (sx as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(all.length).toBeGreaterThanOrEqual(11);
  });

  for (const ex of all) {
    const offline = ex.code.some((l) => OFFLINE.test(l));
    it(`${ex.file}:${ex.line}${offline ? ' (compiled only: needs the network)' : ''}`, () => {
      if (offline) {
        // Compiles as an async function body; never runs.
        expect(() => new Script(`(async () => {\n${ex.code.join('\n')}\n});`)).not.toThrow();
        return;
      }
      let checks = 0;
      const __check = (actual: unknown, expected: unknown) => {
        checks++;
        expectClose(actual, expected, 1e-12, 1e-12);
      };
      runInNewContext(toScript(ex.code), { ...sx, __check, JSON, Math, Array, Object, Infinity });
      expect(checks, 'an example without a checked value').toBeGreaterThan(0);
    });
  }
});
