/**
 * Installed as a user installs it: `pnpm pack` both packages, `npm install` the tarballs
 * into a fresh app outside the workspace, then use them the ways an outside project does —
 * a Vite build rendered in real Chromium (also under a strict Content-Security-Policy),
 * CommonJS `require`, Node ESM `import`, server rendering, and TypeScript consumers under
 * `moduleResolution` `bundler` and `nodenext`; `@arethetypeswrong/cli` checks both tarballs.
 * Needs the npm registry (as CI has) for react and vite; `pnpm test` builds the packages first.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, launchBrowser, ROOT, runBrowser, type Browser } from '../support/browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

function run(cmd: string, args: string[], cwd: string, timeout = 300_000): SpawnSyncReturns<string> {
  // The outside app's own environment: not vitest's NODE_ENV=test (nor production, which skips devDependencies).
  const env = { ...process.env };
  delete env.NODE_ENV;
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout, env });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed in ${cwd} (${r.status} ${r.error?.message ?? ''}):\n${r.stdout}\n${r.stderr}`,
    );
  return r;
}

/** Serve `dir`, optionally with a Content-Security-Policy header on every response. */
async function serve(dir: string, csp?: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    let body: Buffer;
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (csp) headers['content-security-policy'] = csp;
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const rootPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const dev = rootPkg.devDependencies;

// yTrue/yPred below: TP = 2, FP = 0, FN = 1 → precision 1, recall 2/3, F1 = 2·(2/3)/(5/3) = 0.8.
const Y_TRUE = [0, 1, 1, 0, 1];
const Y_PRED = [0, 1, 0, 0, 1];
// 120 points in two clusters on a line: enough rows (≥ 96) for silhouette's WebAssembly path.
const POINTS = `Array.from({ length: 120 }, (_, i) => [i < 60 ? i : 1000 + i, (i * 7) % 13])`;
const LABELS = `Array.from({ length: 120 }, (_, i) => (i < 60 ? 'a' : 'b'))`;

const FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Outside app</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  'src/main.tsx': `import '@sextant/react/styles.css';
import { createRoot } from 'react-dom/client';
import { f1Score } from '@sextant/core/metrics';
import { silhouetteScore } from '@sextant/core';
import { MetricTile, SextantProvider } from '@sextant/react';

const f1 = f1Score(${JSON.stringify(Y_TRUE)}, ${JSON.stringify(Y_PRED)});
const sil = silhouetteScore(${POINTS}, ${LABELS});
createRoot(document.getElementById('root')!).render(
  <SextantProvider theme="dark">
    <MetricTile title="Macro F1" value={f1} format="percent" target={0.9} />
    <output id="f1">{String(f1)}</output>
    <output id="sil">{String(sil)}</output>
  </SextantProvider>,
);
`,
  'vite.config.js': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()] });
`,
  'cjs.cjs': `const { f1Score } = require('@sextant/core/metrics');
const core = require('@sextant/core');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { MetricTile, SextantProvider } = require('@sextant/react');
const html = renderToString(React.createElement(SextantProvider, null, React.createElement(MetricTile, { title: 'F1', format: 'percent', value: f1Score(${JSON.stringify(Y_TRUE)}, ${JSON.stringify(Y_PRED)}) })));
let code;
try { core.f1Score([0, 1], [0]); } catch (e) { code = e.code + ':' + (e instanceof core.SextantError); }
console.log(JSON.stringify({ f1: f1Score(${JSON.stringify(Y_TRUE)}, ${JSON.stringify(Y_PRED)}), sil: core.silhouetteScore(${POINTS}, ${LABELS}), html, code }));
`,
  'esm.mjs': `import { f1Score } from '@sextant/core/metrics';
import { SextantError, f1Score as rootF1 } from '@sextant/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MetricTile } from '@sextant/react';
let code;
try { rootF1([0, 1], [0]); } catch (e) { code = e.code + ':' + (e instanceof SextantError); }
console.log(JSON.stringify({ f1: f1Score(${JSON.stringify(Y_TRUE)}, ${JSON.stringify(Y_PRED)}), html: renderToString(createElement(MetricTile, { title: 'F1', value: 0.8 })), code }));
`,
  'consumer.ts': `import { f1Score, type SextantErrorCode } from '@sextant/core';
import { ksTest } from '@sextant/core/drift';
import { findOverlap } from '@sextant/core/schedule';
import type { MetricTileProps } from '@sextant/react';
const f: number = f1Score([0, 1], [0, 1]);
const p: number = ksTest([1, 2, 3], [1, 2, 4]).pValue;
const code: SextantErrorCode = 'EMPTY_INPUT';
const props: MetricTileProps = { title: 'F1', value: f };
export { p, code, props, findOverlap };
`,
  'consumer-bad.ts': `import { f1Score } from '@sextant/core';
// A wrong call must not type-check: the shipped .d.ts carry real types, not any.
const s: string = f1Score([0, 1], [0, 1]);
export { s };
`,
};

function tsconfig(resolution: 'bundler' | 'nodenext', files: string[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: resolution === 'bundler' ? 'esnext' : 'nodenext',
      moduleResolution: resolution,
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files,
  });
}

describe.runIf(runBrowser)('installed from tarballs into an outside app', () => {
  let dir: string;
  let app: string;
  let browser: Browser;
  const tarballs: Record<'core' | 'react', string> = { core: '', react: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sextant-install-'));
    app = join(dir, 'app');
    for (const pkg of ['core', 'react'] as const) {
      const out = run('pnpm', ['pack', '--pack-destination', dir], join(ROOT, 'packages', pkg)).stdout;
      const name = out.trim().split('\n').pop()!.trim();
      tarballs[pkg] = name.startsWith('/') ? name : join(dir, name);
    }
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'outside-app',
        private: true,
        type: 'module',
        dependencies: {
          '@sextant/core': `file:${tarballs.core}`,
          '@sextant/react': `file:${tarballs.react}`,
          react: dev.react,
          'react-dom': dev['react-dom'],
        },
        devDependencies: {
          vite: dev.vite,
          '@vitejs/plugin-react': dev['@vitejs/plugin-react'],
          '@types/react': dev['@types/react'],
          '@types/react-dom': dev['@types/react-dom'].replace(/^\^/, ''),
          typescript: dev.typescript,
        },
      }),
    );
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(app, name), text);
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app, 600_000);
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
    browser = await launchBrowser();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    if (dir && !process.env.KEEP_INSTALL_DIR) rmSync(dir, { recursive: true, force: true });
  });

  it('the Vite build renders in Chromium with the numbers core computed', async () => {
    const server = await serve(join(app, 'dist'));
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(server.url);
      await page.getByRole('region', { name: 'Macro F1' }).waitFor();
      expect(await page.locator('#f1').textContent()).toBe('0.8');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it("works under a strict CSP (script-src 'self', style-src 'self'): WebAssembly falls back to the same silhouette", async () => {
    const node = JSON.parse(run('node', ['cjs.cjs'], app).stdout) as { sil: number };
    const server = await serve(join(app, 'dist'), "default-src 'self'; script-src 'self'; style-src 'self'");
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    try {
      await page.goto(server.url);
      await page.getByRole('region', { name: 'Macro F1' }).waitFor();
      const sil = Number(await page.locator('#sil').textContent());
      expect(Math.abs(sil - node.sil)).toBeLessThanOrEqual(1e-12 * Math.abs(node.sil));
      // The widget's stylesheet loaded (a <link>, allowed by style-src 'self'): the tile has its card border.
      const border = await page.getByRole('region', { name: 'Macro F1' }).evaluate((el) => getComputedStyle(el).borderTopStyle);
      expect(border).not.toBe('none');
      expect(violations.filter((v) => !/wasm|WebAssembly/i.test(v))).toEqual([]);
      expect(errors.filter((e) => !/Content Security Policy|wasm|WebAssembly/i.test(e))).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('CommonJS require and server rendering work, with one SextantError class across subpaths', () => {
    const out = JSON.parse(run('node', ['cjs.cjs'], app).stdout) as { f1: number; html: string; code: string; sil: number };
    expect(out.f1).toBe(0.8);
    expect(out.code).toBe('LENGTH_MISMATCH:true');
    expect(out.html).toContain('F1');
    expect(out.html).toMatch(/80(\.0)?\s?%/);
    expect(out.sil).toBeGreaterThan(0.9);
  });

  it('Node ESM import and server rendering work', () => {
    const out = JSON.parse(run('node', ['esm.mjs'], app).stdout) as { f1: number; html: string; code: string };
    expect(out.f1).toBe(0.8);
    expect(out.code).toBe('LENGTH_MISMATCH:true');
    expect(out.html).toContain('F1');
  });

  it.each(['bundler', 'nodenext'] as const)('TypeScript consumers type-check under moduleResolution %s', (resolution) => {
    const tsc = join(app, 'node_modules/.bin/tsc');
    writeFileSync(join(app, `tsconfig.${resolution}.json`), tsconfig(resolution, ['consumer.ts']));
    run(tsc, ['-p', `tsconfig.${resolution}.json`], app);
    // …and the declarations are real: a wrong use is a type error.
    writeFileSync(join(app, `tsconfig.${resolution}-bad.json`), tsconfig(resolution, ['consumer-bad.ts']));
    const bad = spawnSync(tsc, ['-p', `tsconfig.${resolution}-bad.json`], { cwd: app, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/TS2322/);
  });

  it('@arethetypeswrong/cli finds no problem in either tarball', () => {
    const attw = join(ROOT, 'node_modules/.bin/attw');
    run(attw, [tarballs.core, '--profile', 'node16', '--format', 'ascii'], ROOT);
    // styles.css is a stylesheet, not a module: attw cannot resolve it to types, by design.
    run(attw, [tarballs.react, '--profile', 'node16', '--format', 'ascii', '--exclude-entrypoints', './styles.css'], ROOT);
  });
});
