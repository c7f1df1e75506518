/**
 * Rules for @sextant/react's sources that keep widgets working inside host pages and cheap
 * to import, checked on every file so that new widgets follow them:
 * - sizes use `var(--sextant-rem)`, never `rem` directly: a host's root font size (the
 *   "62.5 %" trick) must not shrink text and targets below what they were designed at;
 * - module-level React component factories are marked `/* @__PURE__ *\/`, so a bundler can
 *   drop the widgets a host does not import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'packages/react/src');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

describe('@sextant/react source rules', () => {
  it('CSS sizes go through --sextant-rem, not rem', () => {
    const offenders: string[] = [];
    for (const f of files(src, /\.css$/)) {
      const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      text.split('\n').forEach((line, i) => {
        // The one definition of the unit itself is allowed.
        if (/--sextant-rem\s*:/.test(line)) return;
        if (/\d(\.\d+)?rem\b/.test(line)) offenders.push(`${relative(root, f)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('module-level forwardRef / memo / createContext calls are marked pure', () => {
    const offenders: string[] = [];
    for (const f of files(src, /\.tsx?$/)) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^(export )?const \w+(<[^=]*>)?\s*(:[^=]+)?=\s*(forwardRef|memo|createContext)\b/.test(line)) {
            offenders.push(`${relative(root, f)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });
});
