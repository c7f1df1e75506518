/**
 * Real-Chromium harness for browser tests: serves storybook-static on 127.0.0.1 and
 * drives Debian's Chromium through playwright-core (never a downloaded browser).
 *
 * Browser lookup: CHROME_PATH, then /usr/bin/chromium. Outside CI a missing browser skips
 * the suite with a loud line; under CI=true it is a failure (.ci/run installs chromium).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STATIC_DIR = join(ROOT, 'storybook-static');
export const SCREENSHOT_DIR = join(ROOT, 'test-screenshots');

export function findChromium(): string | undefined {
  for (const p of [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && existsSync(p)) return p;
  }
  return undefined;
}

export const browserPath = findChromium();
export const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!browserPath && !inCI) {
  console.warn(
    '\n*** Browser tests SKIPPED: no Chromium found (set CHROME_PATH, or as root: apt-get update && apt-get install -y chromium). ***\n',
  );
}

/** True when the browser suite should run (under CI a missing browser makes the suite fail instead). */
export const runBrowser = Boolean(browserPath) || inCI;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir = STATIC_DIR): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no build: run \`pnpm build-storybook\` / the portal build (pnpm test does both first).`);
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!browserPath) throw new Error('No Chromium found under CI: .ci/run must apt-get install chromium (or set CHROME_PATH).');
  const dir = mkdtempSync(join(tmpdir(), 'sextant-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

export function storyIndex(dir = STATIC_DIR): StoryEntry[] {
  const idx = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { entries: Record<string, StoryEntry> };
  return Object.values(idx.entries);
}

/** What a page printed as errors while it was open. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // A failed request is reported below with its URL; the console line has none.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console.error: ${m.text()}`);
  });
  page.on('response', (r) => {
    // Chromium asks for /favicon.ico on its own; the Storybook build has none.
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}

/**
 * The URL globals for a test load: the theme, and the a11y addon's own axe pass switched to
 * manual. That pass runs after every render, reports only to the addon panel (no test reads
 * it) and made our own axe run wait for it; the tests run axe themselves.
 */
export function storyGlobals(theme: 'light' | 'dark'): string {
  return `theme:${theme};a11y.manual:!true`;
}

/** Open one story in the preview iframe with a theme and wait until it has rendered. */
export async function openStory(page: Page, baseUrl: string, id: string, theme: 'light' | 'dark' = 'light'): Promise<void> {
  await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${storyGlobals(theme)}`);
  await page.waitForFunction(() => {
    const root = document.querySelector('#storybook-root');
    return Boolean(root && root.childElementCount > 0) || document.body.classList.contains('sb-show-errordisplay');
  });
  // Let effects (ResizeObserver measurements) settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core on the story root; returns the violations (empty when clean). Storybook's
 * a11y addon runs its own axe pass after each render, and axe refuses to run twice at
 * once, so wait for that pass to finish.
 */
export async function runAxe(page: Page, selector = '#storybook-root'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(async (sel) => {
        const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
        const res = await axe.run(sel, { resultTypes: ['violations'] });
        return (
          res.violations as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>
        ).map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
      }, selector);
    } catch (e) {
      if (attempt >= 50 || !String(e).includes('Axe is already running')) throw e;
      await page.waitForTimeout(100);
    }
  }
}

/**
 * The console errors left once the refusals the page shows are taken out: a widget logs
 * `[Sextant] <widget>: <technical message>` for every error state or flagged row it
 * displays (by design, issue 14), and only those lines whose message is on the page in
 * an error disclosure are expected. Any other console error still counts.
 */
export async function unexpectedErrors(page: Page, errors: readonly string[]): Promise<string[]> {
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.sextant-widget__error-details code, .sextant-row-issue__details code')).map(
      (el) => el.textContent ?? '',
    ),
  );
  return errors.filter((e) => {
    const m = /^console\.error: \[Sextant\] [\w-]+: ([\s\S]*)$/.exec(e);
    return !m || !shown.some((t) => t.length > 0 && m[1].startsWith(t));
  });
}

/**
 * Wait until layout stops changing: widgets that follow their container measure it with a
 * ResizeObserver and render again, which can take a few frames after a mount or a resize.
 * Two frames at the least (as before), then until the page size and element count hold
 * still for one frame (at most 20 frames).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const snap = () =>
          `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}:${document.getElementsByTagName('*').length}`;
        let last = '';
        let frames = 0;
        const tick = () => {
          const now = snap();
          frames++;
          if ((frames >= 2 && now === last) || frames >= 20) resolve();
          else {
            last = now;
            requestAnimationFrame(tick);
          }
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * One tab on the Storybook preview (iframe.html) that shows story after story without
 * reloading: the first `show` loads the page, later ones switch story and theme through the
 * preview's channel (what the manager sends when you click a story or the Theme toolbar)
 * and remount the story, so every check still sees a fresh mount at its own viewport and
 * theme, without parsing the preview's JavaScript again for each one. After a failed test,
 * call `reload()`: the next `show` starts a clean page, so one broken story cannot taint the
 * next.
 */
export class StoryPage {
  /** Errors the page printed since the last `show` (see `collectErrors`). */
  readonly errors: string[];
  private theme: 'light' | 'dark' | undefined;
  private storyId: string | undefined;
  private loaded = false;

  private constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {
    this.errors = collectErrors(page);
  }

  static async open(browser: Browser, baseUrl: string): Promise<StoryPage> {
    return new StoryPage(await browser.context.newPage(), baseUrl);
  }

  /** Freshly mount story `id` in `theme` at a `width` × `height` viewport, and wait until it has settled. */
  async show(id: string, theme: 'light' | 'dark', width: number, height = 900): Promise<void> {
    const page = this.page;
    await page.setViewportSize({ width, height });
    if (!this.loaded) {
      this.errors.length = 0;
      await openStory(page, this.baseUrl, id, theme);
      this.loaded = true;
    } else {
      if (theme !== this.theme) {
        await this.emitAndWait('updateGlobals', { globals: { theme } }, this.storyId!);
      }
      this.errors.length = 0;
      if (id !== this.storyId) await this.emitAndWait('setCurrentStory', { storyId: id, viewMode: 'story' }, id);
      else await this.emitAndWait('forceRemount', { storyId: id }, id);
      await page.waitForFunction(() => {
        const root = document.querySelector('#storybook-root');
        return Boolean(root && root.childElementCount > 0) || document.body.classList.contains('sb-show-errordisplay');
      });
    }
    this.theme = theme;
    this.storyId = id;
    await settle(page);
  }

  /** Start from a clean page at the next `show` (after a failure). */
  reload(): void {
    this.loaded = false;
    this.theme = undefined;
    this.storyId = undefined;
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  /** Emit a channel event and wait until story `id` has rendered (or failed to). */
  private async emitAndWait(event: string, payload: unknown, id: string): Promise<void> {
    await this.page.evaluate(
      ({ event, payload, id }) =>
        new Promise<void>((resolve) => {
          type Channel = {
            on(e: string, f: (x: unknown) => void): void;
            off(e: string, f: (x: unknown) => void): void;
            emit(e: string, p: unknown): void;
          };
          const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
          const ends = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
          const done = (x: unknown) => {
            // storyRendered carries the id; the failure events carry an object or nothing.
            if (typeof x === 'string' && x !== id) return;
            for (const e of ends) channel.off(e, done);
            resolve();
          };
          for (const e of ends) channel.on(e, done);
          // A hang guard: the caller then checks the root itself.
          setTimeout(() => done(undefined), 30_000);
          channel.emit(event, payload);
        }),
      { event, payload, id },
    );
  }
}
