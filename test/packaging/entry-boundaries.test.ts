/**
 * Guards the published shape of both packages (built output, as consumers get it):
 * 'use client' only at the top of the React entry, never in core; core imports no React
 * and touches no DOM; every subpath of API.md resolves in ESM and CJS.
 * `pnpm test` builds the packages before this runs.
 */
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const coreDir = join(root, 'packages/core');
const reactDir = join(root, 'packages/react');
const AREAS = [
  'metrics',
  'drift',
  'data-quality',
  'fairness',
  'delivery',
  'experiments',
  'risk',
  'schedule',
  'kanban',
  'summary',
  'goals',
  'governance',
  'connectors',
];

function files(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, exts));
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

describe('package entry boundaries', () => {
  it('the packages are built', () => {
    expect(existsSync(join(coreDir, 'dist/index.js')), 'run pnpm build first').toBe(true);
    expect(existsSync(join(reactDir, 'dist/index.js')), 'run pnpm build first').toBe(true);
  });

  it("the React entry starts with 'use client' in ESM and CJS", () => {
    for (const f of ['dist/index.js', 'dist/index.cjs']) {
      const first = readFileSync(join(reactDir, f), 'utf8').split('\n')[0].trim();
      expect(first, f).toMatch(/^['"]use client['"];?$/);
    }
  });

  it("'use client' appears nowhere in core, built or source", () => {
    for (const f of [...files(join(coreDir, 'dist'), /\.(c?js|d\.c?ts)$/), ...files(join(coreDir, 'src'), /\.ts$/)]) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/['"]use client['"]/);
    }
  });

  it('core imports no React and uses no DOM globals', () => {
    for (const f of files(join(coreDir, 'src'), /\.ts$/)) {
      // Comments may well speak of a "time window." — only code counts.
      const src = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      expect(src, f).not.toMatch(/from\s+['"]react(-dom)?(\/[^'"]*)?['"]/);
      expect(src, f).not.toMatch(/(?<![.\w$])(window|document|localStorage|navigator)\s*\./);
    }
  });

  it('every subpath of API.md resolves from the ESM build and shares one SextantError', async () => {
    const rootMod = await import(pathToFileURL(join(coreDir, 'dist/index.js')).href);
    expect(typeof rootMod.SextantError).toBe('function');
    const pkg = JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8'));
    for (const area of AREAS) {
      expect(pkg.exports[`./${area}`], area).toBeDefined();
      const mod = await import(pathToFileURL(join(coreDir, pkg.exports[`./${area}`].import.default)).href);
      // Everything a subpath exports is also exported from the root, as the same binding.
      for (const [name, value] of Object.entries(mod)) expect(rootMod[name], `${area}.${name}`).toBe(value);
    }
  });

  it('the CJS build loads with require()', () => {
    const require = createRequire(import.meta.url);
    const core = require(join(coreDir, 'dist/index.cjs'));
    expect(typeof core.SextantError).toBe('function');
    const react = require(join(reactDir, 'dist/index.cjs'));
    expect(typeof react.SextantProvider).toBe('function');
  });

  it('styles.css ships and is declared as a side effect', () => {
    const pkg = JSON.parse(readFileSync(join(reactDir, 'package.json'), 'utf8'));
    expect(pkg.exports['./styles.css']).toBe('./dist/styles.css');
    expect(pkg.sideEffects).toEqual(['*.css']);
    expect(readFileSync(join(reactDir, 'dist/styles.css'), 'utf8')).toContain('--sextant-color-fg');
    expect(pkg.peerDependencies.react).toBe('>=18');
  });

  it('core declares no side effects', () => {
    expect(JSON.parse(readFileSync(join(coreDir, 'package.json'), 'utf8')).sideEffects).toBe(false);
  });
});
