/**
 * Why the connectors live in core (`@sextant/core/connectors`) and not in a package of their
 * own: a bundler drops them unless they are imported. Bundles one import from the built
 * output with Vite (Rolldown, minified) and looks for strings only connector code holds.
 * `pnpm test` builds the packages before this runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../packages/core/dist/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sextant-treeshake-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(source: string): Promise<string> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source.replaceAll('DIST/', dist));
  const r = await build({
    logLevel: 'silent',
    configFile: false,
    root: dir,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'out' },
      rollupOptions: { external: [/^date-fns/, /^@date-fns\//] },
    },
  });
  const out = (Array.isArray(r) ? r[0] : r) as Rolldown.RolldownOutput;
  return out.output.map((o) => ('code' in o ? o.code : '')).join('\n');
}

// Strings that only the connectors hold (MLflow's lifecycle field, the OpenMetrics end marker, a GitHub state).
const CONNECTOR_CODE = /lifecycle_stage|# EOF|deployment_url/;

describe('connectors tree-shake', () => {
  it('finds connector code where it is imported (the check can fail)', async () => {
    const code = await bundle(
      "import { fromMlflowRuns, toOpenMetrics } from 'DIST/index.js'; export { fromMlflowRuns, toOpenMetrics };",
    );
    expect(code).toMatch(/lifecycle_stage/);
    expect(code).toMatch(/# EOF/);
  });

  it('f1Score from the root pulls in no connector code', async () => {
    const code = await bundle("import { f1Score } from 'DIST/index.js'; export default f1Score;");
    expect(code).toMatch(/f1Score|zeroDivision|posLabel/);
    expect(code).not.toMatch(CONNECTOR_CODE);
  });

  it('histogramQuantile pulls in neither the importers nor the exporter', async () => {
    const code = await bundle("import { histogramQuantile } from 'DIST/connectors/index.js'; export default histogramQuantile;");
    expect(code).toMatch(/\+Inf/);
    expect(code).not.toMatch(CONNECTOR_CODE);
  });
});
