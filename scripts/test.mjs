#!/usr/bin/env node
// `pnpm test`: builds what the tests need, runs every check and every test, and ends with
// one plain line `N passed, N failed[, N skipped]` (vitest prints no such line itself).
// Checks (lint, typecheck, publint, builds) count as one test each; vitest tests count
// one each, and a test file that failed to import counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.test-results');
mkdirSync(outDir, { recursive: true });

const checks = [];
function step(name, cmd, args) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${ok ? '✔' : '✘'} ${name} (${secs}s)`);
  checks.push({ name, ok, secs });
  return ok;
}

const built = step('build packages', 'pnpm', ['run', 'build']);
step('lint (eslint + prettier)', 'pnpm', ['run', 'lint']);
step('typecheck', 'pnpm', ['run', 'typecheck']);
if (built) step('publint', 'pnpm', ['run', 'publint']);
step('build storybook', 'pnpm', ['run', 'build-storybook']);
if (built) step('build example portal', 'pnpm', ['--filter', '@sextant/example-portal', 'run', 'build']);
if (built) step('build example embed (React 18)', 'pnpm', ['--filter', '@sextant/example-embed', 'run', 'build']);

const jsonFile = join(outDir, 'vitest.json');
rmSync(jsonFile, { force: true });
console.log('\n▶ vitest: unit, parity, packaging, interaction and real-browser tests');
const v = spawnSync('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(jsonFile)) {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    for (const t of tests) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
      else skipped++;
    }
    // A file that failed to load or whose hooks failed reports no failed test of its own.
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failed++;
      console.log(`✘ test file failed outside its tests: ${file.name}\n${file.message ?? ''}`);
    }
  }
} else {
  failed++;
  console.log('✘ vitest wrote no JSON report');
}
if (v.status !== 0 && failed === 0) {
  failed++;
  console.log(`✘ vitest exited with ${v.status} without a failed test in its report`);
}

console.log('\nChecks:');
for (const c of checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name} (${c.secs}s)`);
console.log(`Vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const checkPassed = checks.filter((c) => c.ok).length;
const checkFailed = checks.length - checkPassed;
const totalFailed = failed + checkFailed;
console.log(`${passed + checkPassed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(totalFailed === 0 ? 0 : 1);
