import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

/** Inline `@import './x.css';` lines so dist/styles.css is one self-contained file. */
function bundleCss(file: string): string {
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, rel: string) =>
    bundleCss(join(dirname(file), rel)),
  );
}

// One entry per widget folder besides the package entry, with code splitting: each widget and
// the dependencies only it uses (dnd-kit, TanStack, visx) land in their own chunks, which
// `"sideEffects": ["*.css"]` lets an app's bundler drop whole when it imports another widget.
// In one bundled file an unused dependency's top-level code would ride along with every widget.
const widgets = readdirSync('src/widgets');

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(widgets.map((w) => [`widgets/${w}/index`, `src/widgets/${w}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  splitting: true,
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
