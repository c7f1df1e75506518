/**
 * Issue #3 item 6: a 1e7-sample confusion matrix (and macro P/R/F1) and the regression trio
 * complete under `node --max-old-space-size=256` — no per-sample objects on the hot paths.
 *
 * The check runs the *built* package (packages/core/dist) in a child Node process, because
 * the heap limit must be set when a process starts and the vitest worker already runs with
 * its own. `pnpm test` builds the packages first; run alone, build with `pnpm build` (this
 * test does not build). When dist is missing or older than the metrics sources it would
 * measure stale code, so it is skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'packages/core/dist/index.js');
const srcDirs = [join(root, 'packages/core/src/metrics'), join(root, 'packages/core/src/internal')];
const newestSource = Math.max(
  ...srcDirs.flatMap((d) => readdirSync(d, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(d, f)).mtimeMs)),
);
const fresh = existsSync(dist) && statSync(dist).mtimeMs >= newestSource;
if (!fresh)
  console.warn(
    `memory.test.ts: SKIPPED — ${dist} is ${existsSync(dist) ? 'older than the sources' : 'missing'}; run pnpm build first`,
  );

describe.skipIf(!fresh)('1e7 samples under --max-old-space-size=256', () => {
  it('confusion matrix, macro P/R/F1, regression trio and quantiles complete and are right', () => {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=256', fileURLToPath(new URL('./memory-check.mjs', import.meta.url)), dist],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    const r = JSON.parse(out) as {
      matrix: number[];
      matrixF: number[];
      reference: number[];
      prf: number[];
      regression: number[];
      regressionReference: number[];
      quantiles: number[];
      peakHeapUsedMB: number;
    };
    expect(r.matrix).toEqual(r.reference);
    expect(r.matrixF).toEqual(r.reference);
    r.prf.forEach((v) => expect(v).toBeGreaterThan(0.69));
    r.regression.forEach((v, i) =>
      expect(Math.abs(v - r.regressionReference[i])).toBeLessThan(1e-9 * Math.abs(r.regressionReference[i])),
    );
    expect(r.quantiles[0]).toBeGreaterThan(50);
    // Inputs live in typed arrays (outside the JS heap); the metrics add no per-sample objects.
    expect(r.peakHeapUsedMB).toBeLessThan(64);
  }, 150_000);
});
