import { defineConfig } from 'tsup';

const areas = [
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
