// `pnpm bench:widgets`: Sextant's widgets as one more column of the shared widget benchmark
// (../shared/bench/widgets, see its README), then the drag benchmark (drag.mjs), then
// bench/widgets/RESULTS.md: Sextant against each peer as ratios of medians from the same run.
// The packages must be built (`pnpm bench:widgets` builds them first).
//
//   node bench/widgets/bench.mjs [--samples 5] [--only S1,S3-100k] [--impls minimal,visx,sextant]
//                                [--shots DIR] [--skip-build] [--with-nivo-svg]
// Env: WIDGET_BENCH (the harness folder), BENCH_WORK (default /tmp/widget-bench), CHROMIUM.
//
// nivo's SVG heatmap is left out unless --with-nivo-svg: a 100×100 load takes ~35 s and a
// 200×200 one does not finish in the harness's 240 s limit (see the harness README), and the
// issue's yardstick is nivo's HeatMapCanvas.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const samples = opt('samples', '5');
const only = opt('only', undefined);
const shots = opt('shots', undefined);
const work = process.env.BENCH_WORK ?? '/tmp/widget-bench';

// The harness lives beside the repository (/work/shared next to /work/main), or wherever
// WIDGET_BENCH points.
const harness = [process.env.WIDGET_BENCH, join(ROOT, '../shared/bench/widgets'), join(ROOT, '../../shared/bench/widgets')]
  .filter(Boolean)
  .find((d) => existsSync(join(d, 'run.mjs')));
if (!harness) throw new Error('widget benchmark harness not found: set WIDGET_BENCH to its folder (…/shared/bench/widgets)');
for (const f of ['packages/core/dist/index.js', 'packages/react/dist/index.js']) {
  if (!existsSync(join(ROOT, f))) throw new Error(`${f} missing: run pnpm build first`);
}

const impls = opt('impls', 'minimal,nivo-canvas,visx,recharts,dnd-kit,hello-pangea-dnd,sextant').split(',');
if (args.includes('--with-nivo-svg')) impls.push('nivo-svg');
const harnessOut = join(HERE, 'results-harness.md');
const env = { ...process.env, BENCH_WORK: work };
const started = Date.now();
execFileSync(
  process.execPath,
  [
    join(harness, 'run.mjs'),
    '--extra',
    join(HERE, 'sextant.impl.jsx'),
    '--samples',
    samples,
    '--impls',
    impls.join(','),
    '--out',
    harnessOut,
    ...(only ? ['--only', only] : []),
    ...(shots ? ['--shots', resolve(shots)] : []),
    ...(args.includes('--skip-build') ? ['--skip-build'] : []),
  ],
  { cwd: harness, stdio: 'inherit', env },
);
const rawDir = join(work, 'out');
const raw = readdirSync(rawDir)
  .filter((f) => f.startsWith('results-') && f.endsWith('.json'))
  .map((f) => join(rawDir, f))
  .filter((f) => statSync(f).mtimeMs >= started)
  .sort()
  .pop();
if (!raw) throw new Error(`no raw results in ${rawDir}`);
const dragOut = join(HERE, 'results-drag.md');
const runDrag = !only || only.split(',').includes('S4');
if (runDrag) {
  execFileSync(process.execPath, [join(HERE, 'drag.mjs'), '--samples', samples, '--out', dragOut], { stdio: 'inherit', env });
}

// Ratios of medians, Sextant ÷ peer, from the one run.
const { meta, runs } = JSON.parse(readFileSync(raw, 'utf8'));
const label = Object.fromEntries(meta.catalog.map((c) => [c.id, c.label]));
const median = (a) => {
  const s = a.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((x, y) => x - y);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const med = (kase, impl, key) =>
  median(runs.filter((r) => r.case === kase && r.impl === impl).map((r) => (key === 'hover' ? r.hover?.settled : r[key])));
const fmt = (v) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? '—' : `${(a / b).toFixed(2)}×`);
const PEERS = {
  S1: ['nivo-canvas', 'visx', 'minimal', 'nivo-svg'],
  S2: ['nivo-canvas', 'visx', 'minimal', 'nivo-svg'],
  'S3-10k': ['recharts', 'visx', 'minimal'],
  'S3-100k': ['recharts', 'visx', 'minimal'],
  S4: ['dnd-kit', 'hello-pangea-dnd', 'minimal'],
};
const cases = [...new Set(runs.map((r) => r.case))];
const out = [
  '# Widget benchmark: Sextant beside the peers',
  '',
  `Written by \`pnpm bench:widgets\` (bench/widgets/bench.mjs). Run ${meta.started} · ${meta.samples} samples per implementation and case after a warm-up load, implementations alternated · ${meta.cores}× ${meta.cpu}, load average ${meta.load0.join(' ')} at start, ${meta.load1.join(' ')} at end (a machine shared by several people: read the ratios, which come from one run, not the absolute times).`,
  '',
  'Each ratio is Sextant’s median ÷ the peer’s median in this run; below 1× Sextant is faster. *settled* is the frame after the last DOM change or canvas draw (see the harness README). What Sextant draws (bench/widgets/sextant.impl.jsx) is not always the same job as the peers, and the differences favour it: S1/S2 `ConfusionMatrix` at its defaults — cells on a canvas past 40 classes, and past 30 classes no cell text (nivo and the SVG grids print 10,000 counts; Sextant shows a count in its tooltip on hover or keyboard focus) and abbreviated class labels — plus its visually hidden table; S3 `DriftChart` fed a precomputed `driftOverTime`-shaped result whose series is columns (`{ at, score }` typed arrays), every batch validated and downsampled in core (LTTB, 600 points; the peers draw every point) and drawn in SVG at a fixed width (its `width` prop, as the peers get fixed sizes) with axes, an overview strip with a `@visx/brush`, a visually hidden alerts sentence and a button that shows the drawn points as a table (≈90 DOM nodes); S4 `KanbanBoard` from core’s `createBoard` with virtualised columns (≈900 DOM nodes where the peers render all 2,000 cards, ≈10,000 nodes). The drag table times a pointer drag across three columns: per-move latency and the drop.',
  '',
];
for (const kase of cases) {
  const peers = (PEERS[kase] ?? []).filter((p) => runs.some((r) => r.case === kase && r.impl === p));
  const s = med(kase, 'sextant', 'settled');
  if (Number.isNaN(s)) continue;
  out.push(`## ${kase}`, '', '| peer | peer settled, ms | Sextant settled, ms | Sextant ÷ peer |', '|---|---:|---:|---:|');
  for (const p of peers)
    out.push(`| ${label[p]} | ${fmt(med(kase, p, 'settled'))} | ${fmt(s)} | ${ratio(s, med(kase, p, 'settled'))} |`);
  if (kase === 'S1') {
    const h = med(kase, 'sextant', 'hover');
    out.push('', '| peer | peer hover, ms | Sextant hover, ms | Sextant ÷ peer |', '|---|---:|---:|---:|');
    for (const p of peers)
      out.push(`| ${label[p]} | ${fmt(med(kase, p, 'hover'))} | ${fmt(h)} | ${ratio(h, med(kase, p, 'hover'))} |`);
  }
  out.push('');
}
if (runDrag && existsSync(dragOut)) out.push('## S4 drag (bench/widgets/drag.mjs)', '', readFileSync(dragOut, 'utf8').trim(), '');
out.push(
  '## The harness’s own tables (ratios to its hand-written lower bound)',
  '',
  readFileSync(harnessOut, 'utf8')
    .replace(/^# .*\n/, '')
    .trim(),
  '',
);
writeFileSync(join(HERE, 'RESULTS.md'), out.join('\n'));
// The repository's lint checks formatting of every file, generated ones included.
const prettier = join(ROOT, 'node_modules/.bin/prettier');
const written = [join(HERE, 'RESULTS.md'), harnessOut, ...(runDrag ? [dragOut] : [])];
if (existsSync(prettier)) execFileSync(prettier, ['--write', '--log-level', 'warn', ...written], { cwd: ROOT, stdio: 'inherit' });
console.log(`wrote ${join(HERE, 'RESULTS.md')}`);
