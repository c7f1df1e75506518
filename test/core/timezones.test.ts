/**
 * No result of core depends on the machine's time zone (API.md, "Edge rules"). Runs the
 * time-dependent core suites in child vitest processes under TZ=UTC, TZ=Asia/Tokyo (+09:00,
 * no DST) and TZ=America/St_Johns (−03:30/−02:30, a half-hour offset with DST) and requires
 * that every test passes in each, and that timezones.probe.test.ts writes the same
 * document of results in each. The slow property suites (schedule/properties,
 * metrics/operational's quantiles) stay out to keep this quick; the probe covers throughput.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const ZONES = ['UTC', 'Asia/Tokyo', 'America/St_Johns'] as const;
const FILES = [
  'test/core/timezones.probe.test.ts',
  'test/core/instant.test.ts',
  'test/core/drift/overTime.test.ts',
  'test/core/drift/examples.test.ts',
  'test/core/data-quality/profile.test.ts',
  'test/core/schedule/day.test.ts',
  'test/core/schedule/dst.test.ts',
  'test/core/schedule/errors.test.ts',
  'test/core/schedule/planner.test.ts',
  'test/core/schedule/examples.test.ts',
  'test/core/schedule/schedule.golden.test.ts',
  'test/core/schedule/suggest.test.ts',
  'test/core/schedule/views.test.ts',
];

interface Run {
  code: number | null;
  tests: string[];
  probe: string;
  log: string;
}

const dir = mkdtempSync(join(tmpdir(), 'sextant-tz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(zone: string): Promise<Run> {
  const tag = zone.replace('/', '_');
  const report = join(dir, `${tag}.json`);
  const probeOut = join(dir, `${tag}.probe.json`);
  const args = [vitest, 'run', '--project', 'core', '--reporter=json', `--outputFile.json=${report}`, ...FILES];
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: zone, SEXTANT_TZ_PROBE_OUT: probeOut };
  // The child is a vitest of its own, not a worker of this one.
  for (const k of Object.keys(env)) if (k.startsWith('VITEST')) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      let tests: string[] = [];
      let probe = '';
      try {
        const r = JSON.parse(readFileSync(report, 'utf8')) as {
          testResults: { name: string; status: string; assertionResults: { fullName: string; status: string }[] }[];
        };
        tests = r.testResults
          .flatMap((f) => [
            `${f.name.slice(root.length)} (file) ${f.status}`,
            ...f.assertionResults.map((t) => `${f.name.slice(root.length)} > ${t.fullName}: ${t.status}`),
          ])
          .sort();
        probe = readFileSync(probeOut, 'utf8');
      } catch (e) {
        log += `\n${String(e)}`;
      }
      resolve({ code, tests, probe, log });
    });
  });
}

describe('results do not depend on the machine time zone', () => {
  it(`same tests pass and the same results come out under ${ZONES.join(', ')}`, { timeout: 300_000 }, async () => {
    const runs: Run[] = [];
    // One zone at a time: the machine has two cores and each run has its own workers.
    for (const zone of ZONES) runs.push(await run(zone));
    runs.forEach((r, i) => {
      expect(r.code, `${ZONES[i]}:\n${r.log.slice(-4000)}`).toBe(0);
      expect(r.tests.length, ZONES[i]).toBeGreaterThan(250);
      expect(
        r.tests.filter((t) => !t.endsWith(': passed') && !t.endsWith(' passed')),
        ZONES[i],
      ).toEqual([]);
      expect(r.probe.length, ZONES[i]).toBeGreaterThan(1000);
    });
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i].tests, `${ZONES[i]} vs ${ZONES[0]}`).toEqual(runs[0].tests);
      // toBe on the whole document would print megabytes; find the first differing key instead.
      if (runs[i].probe !== runs[0].probe) {
        const a = JSON.parse(runs[0].probe) as Record<string, unknown>;
        const b = JSON.parse(runs[i].probe) as Record<string, unknown>;
        const key = Object.keys(a).find((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
        expect(b[key as string], `${ZONES[i]} vs ${ZONES[0]}: ${key}`).toEqual(a[key as string]);
      }
      expect(runs[i].probe === runs[0].probe, `${ZONES[i]} vs ${ZONES[0]}: same document`).toBe(true);
    }
  });
});
