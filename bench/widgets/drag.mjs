// Drag on the 2,000-card board (the harness's S4 data), Sextant's KanbanBoard beside bare
// dnd-kit, in real Chromium. The shared harness (../shared/bench/widgets) times the first
// render only; this adds what a user feels while dragging. It reuses the page the harness
// built with our adapter (`run.mjs --extra bench/widgets/sextant.impl.jsx`, which
// `pnpm bench:widgets` runs first) and drives it the same way: one fresh page per sample,
// implementations alternated after a warm-up round.
//
// One sample: render the board, press the pointer on the first card of the first column,
// move it in 24 steps of 20 px across to the third column, release. Timed in the page:
//   move — from each pointermove event to the second animation frame after it (the frame that
//          shows the drag overlay and the other cards moved aside), median over the steps;
//   drop — from pointerup to the second frame after the DOM stops changing (10 quiet frames).
// Ratios are taken against dnd-kit in the same run: the machine is shared, absolute times drift.
//
//   node bench/widgets/drag.mjs [--samples 5] [--out bench/widgets/RESULTS-drag.md]
// Env: BENCH_WORK (default /tmp/widget-bench, as run.mjs), CHROMIUM (default /usr/bin/chromium).
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const SAMPLES = Number(opt('samples', 5));
const OUT = opt('out', undefined);
const WORK = process.env.BENCH_WORK ?? '/tmp/widget-bench';
const DIST = join(WORK, 'dist');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}: build the harness first (pnpm bench:widgets)`);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = join(DIST, path === '/' ? 'index.html' : path);
  if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(os.tmpdir(), 'drag-bench-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--js-flags=--expose-gc',
  ],
  viewport: { width: 1280, height: 1024 },
  deviceScaleFactor: 1,
});

// The card each implementation renders (both spread dnd-kit's useSortable attributes on it).
const CARD = { 'dnd-kit': '[aria-roledescription="sortable"]', sextant: '.sextant-kanban-board__card' };

// In the page: time each pointer event to the second frame after it.
function instrument() {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  const moves = [];
  window.addEventListener(
    'pointermove',
    () => {
      const t = performance.now();
      frames().then((f) => moves.push(f - t));
    },
    true,
  );
  let drop;
  window.addEventListener(
    'pointerup',
    () => {
      const t = performance.now();
      let last = t;
      const mo = new MutationObserver(() => (last = performance.now()));
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      drop = new Promise((resolve) => {
        let quiet = 0;
        const tick = () => {
          const now = performance.now();
          quiet = now - last > 0 ? quiet + 1 : 0;
          if (quiet >= 10) {
            mo.disconnect();
            frames().then(() => resolve(last - t));
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    true,
  );
  window.__drag = { moves, drop: () => drop, frames };
}

async function sample(entry) {
  const page = await ctx.newPage();
  try {
    await page.goto(`${base}/?impl=${encodeURIComponent(entry.key)}&case=S4`);
    await page.evaluate(() => window.__bench.then(() => true));
    await page.mouse.move(2, 2);
    const r = await page.evaluate(() => window.__bench.then((b) => b.render()));
    await page.waitForTimeout(300);
    await page.evaluate(instrument);
    const cards = page.locator(CARD[entry.id]);
    const before = await cards.first().textContent();
    const first = await cards.first().boundingBox();
    const x0 = first.x + first.width / 2;
    const y0 = first.y + Math.min(20, first.height / 2);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let s = 1; s <= 24; s++) {
      await page.mouse.move(x0 + s * 20, y0 + s * 4);
      await page.evaluate(() => window.__drag.frames());
    }
    await page.mouse.up();
    const drop = await page.evaluate(() => window.__drag.drop());
    await page.evaluate(() => window.__drag.frames());
    const moves = await page.evaluate(() => window.__drag.moves.slice());
    // The dragged card left the top of its column: the drop happened.
    const moved = (await cards.first().textContent()) !== before;
    // The first moves only arm the sensor (5 px distance); the drag itself is the rest.
    const dragMoves = moves.slice(2);
    return { render: r.settled ?? r.first, move: median(dragMoves), moveMax: Math.max(...dragMoves), drop, moved };
  } finally {
    await page.close();
  }
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const page = await ctx.newPage();
await page.goto(`${base}/?list`);
const { catalog } = await page.evaluate(() => window.__bench);
await page.close();
const impls = ['dnd-kit', 'sextant'].map((id) => {
  const e = catalog.find((c) => c.id === id && !c.error);
  if (!e) throw new Error(`${id} is not in the harness build (run pnpm bench:widgets, which passes --extra)`);
  return e;
});

const load0 = os.loadavg();
const res = Object.fromEntries(impls.map((e) => [e.id, []]));
try {
  for (let round = 0; round <= SAMPLES; round++) {
    for (const e of impls) {
      const r = await sample(e);
      console.log(
        `${round === 0 ? 'warm-up' : `#${round}`} ${e.id.padEnd(8)} move ${r.move.toFixed(1)} ms (max ${r.moveMax.toFixed(0)}), drop ${r.drop.toFixed(0)} ms${r.moved ? '' : ' — THE CARD DID NOT MOVE'}`,
      );
      if (round > 0) res[e.id].push(r);
    }
  }
} finally {
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

const f = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const stat = (id, k) => {
  const v = res[id].map((r) => r[k]);
  return { med: median(v), min: Math.min(...v), max: Math.max(...v) };
};
const lines = [
  `Drag run ${new Date().toISOString()} · ${SAMPLES} samples each after a warm-up, alternated · load average ${load0.map((l) => l.toFixed(2)).join(' ')} at start, ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at end`,
  '',
  '| implementation | move, ms (median of steps) | × dnd-kit | slowest step, ms | drop, ms | × dnd-kit | card moved (samples) |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
for (const e of impls) {
  const m = stat(e.id, 'move');
  const mx = stat(e.id, 'moveMax');
  const d = stat(e.id, 'drop');
  const bm = stat('dnd-kit', 'move').med;
  const bd = stat('dnd-kit', 'drop').med;
  lines.push(
    `| ${e.label} | ${f(m.med)} (${f(m.min)}–${f(m.max)}) | ${(m.med / bm).toFixed(2)}× | ${f(mx.med)} | ${f(d.med)} (${f(d.min)}–${f(d.max)}) | ${(d.med / bd).toFixed(2)}× | ${res[e.id].filter((r) => r.moved).length}/${res[e.id].length} |`,
  );
}
console.log(lines.join('\n'));
if (OUT) writeFileSync(OUT, lines.join('\n') + '\n');
