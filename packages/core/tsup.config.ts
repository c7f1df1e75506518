import { defineConfig } from 'tsup';

const areas = ['metrics', 'drift', 'fairness', 'delivery', 'risk', 'schedule', 'kanban', 'summary'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((a) => [`${a}/index`, `src/${a}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
