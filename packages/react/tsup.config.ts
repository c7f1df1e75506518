import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** Inline `@import './x.css';` lines so dist/styles.css is one self-contained file. */
function bundleCss(file: string): string {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, rel: string) =>
    bundleCss(join(dirname(file), rel)),
  );
}

// ESM: one entry per widget folder besides the package entry, with code splitting, so each
// widget and the dependencies only it uses (dnd-kit, TanStack, visx) land in their own chunks,
// which `"sideEffects": ["*.css"]` lets an app's bundler drop whole when it imports another
// widget. In one bundled file an unused dependency's top-level code rides along with every
// widget. CommonJS stays one file: its consumers do not tree-shake, and esbuild's split CJS
// output would put its interop preamble above 'use client'.
const widgets = readdirSync('src/widgets');

// The two builds run side by side, so neither cleans: dist is emptied once, here.
rmSync('dist', { recursive: true, force: true });

const common = {
  dts: true,
  sourcemap: true,
  clean: false,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@sextant/core'],
  // esbuild drops module-level directives when bundling; put it back on every output file.
  banner: { js: "'use client';" },
} satisfies Options;

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(widgets.map((w) => [`widgets/${w}/index`, `src/widgets/${w}/index.ts`])),
    },
    format: ['esm'],
    splitting: true,
    async onSuccess() {
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/styles.css', bundleCss('src/styles.css'));
    },
  },
  { ...common, entry: { index: 'src/index.ts' }, format: ['cjs'] },
]);
