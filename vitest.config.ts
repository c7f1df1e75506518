import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/support/sequencer';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Unit tests run against the sources; test/packaging checks the built output.
const alias = [
  { find: /^@sextant\/core\/(.*)$/, replacement: r('./packages/core/src/$1/index.ts') },
  { find: /^@sextant\/core$/, replacement: r('./packages/core/src/index.ts') },
  { find: /^@sextant\/react$/, replacement: r('./packages/react/src/index.ts') },
];

export default defineConfig({
  test: {
    // One worker per core (vitest's default leaves one free, which is a single worker on the
    // 2-core CI machine): the browser files spend most of their time waiting on Chromium, so
    // a second worker runs core and react files meanwhile. Longest files start first.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          environment: 'node',
          // A hang guard, not a speed check: property tests on a busy 2-core CI machine
          // can take well over vitest's default 5 s.
          testTimeout: 60_000,
          setupFiles: ['test/support/setup-fast-check.ts'],
          include: ['test/core/**/*.test.ts', 'test/packaging/**/*.test.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'react',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['test/react/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-dom.ts', 'test/support/setup-fast-check.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
