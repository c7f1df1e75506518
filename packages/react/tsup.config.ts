import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

/** Inline `@import './x.css';` lines so dist/styles.css is one self-contained file. */
function bundleCss(file: string): string {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, rel: string) =>
    bundleCss(join(dirname(file), rel)),
  );
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@sextant/core'],
  // esbuild drops module-level directives when bundling; put it back on the entry only.
  banner: { js: "'use client';" },
  async onSuccess() {
    mkdirSync('dist', { recursive: true });
    writeFileSync('dist/styles.css', bundleCss('src/styles.css'));
  },
});
