/**
 * The shape of the source tree, checked on its import graph (every file of packages/{name}/src,
 * imports read by TypeScript's own pre-processor, so comments and strings do not count):
 * - no import cycle, type-only imports included;
 * - core's internal/ is shared machinery: it imports no area;
 * - core knows nothing of React: no area imports @sextant/react, react or react-dom;
 * - metrics does not reach into drift, risk or summary (they build on metrics, not the reverse).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const core = join(root, 'packages/core/src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
  });
}

/** A relative specifier resolved to a source file, as the bundler would (file, then folder index). */
function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return undefined;
}

export interface ImportGraph {
  /** file → the source files it imports (relative imports, resolved). */
  files: Map<string, string[]>;
  /** file → its bare (package) specifiers. */
  packages: Map<string, string[]>;
}

export function importGraph(files: readonly string[]): ImportGraph {
  const graph: ImportGraph = { files: new Map(), packages: new Map() };
  for (const f of files) {
    const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
    const local: string[] = [];
    const bare: string[] = [];
    for (const { fileName } of info.importedFiles) {
      if (fileName.startsWith('.')) {
        const to = resolveRelative(f, fileName);
        if (to) local.push(to);
      } else bare.push(fileName);
    }
    graph.files.set(f, local);
    graph.packages.set(f, bare);
  }
  return graph;
}

/** Every cycle's files, one list per strongly connected component of more than one file (or a self-import). */
export function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The core area a file belongs to (`metrics`, `internal`, …), or `''` for top-level files such as errors.ts. */
function areaOf(file: string): string {
  const rel = relative(core, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0] : '';
}

const packages = readdirSync(join(root, 'packages')).filter((p) => existsSync(join(root, 'packages', p, 'src')));
const all = packages.flatMap((p) => sources(join(root, 'packages', p, 'src')));
const graph = importGraph(all);
const rel = (f: string) => relative(root, f);
const coreFiles = all.filter((f) => f.startsWith(core + '/'));

/** Every import from a file of area `from` into a file of one of the areas `to`, as `a → b` lines. */
function crossings(from: (a: string) => boolean, to: (a: string) => boolean): string[] {
  const out: string[] = [];
  for (const f of coreFiles) {
    if (!from(areaOf(f))) continue;
    for (const t of graph.files.get(f) ?? []) {
      if (!t.startsWith(core + '/') || to(areaOf(t))) out.push(`${rel(f)} → ${rel(t)}`);
    }
  }
  return out;
}

describe('architecture (the import graph of packages/*/src)', () => {
  it('reads the whole tree', () => {
    expect(packages).toEqual(expect.arrayContaining(['core', 'react']));
    expect(coreFiles.length).toBeGreaterThan(50);
    // The reader sees real imports and not the ones in comments (TSDoc examples import @sextant/core).
    const member = join(core, 'schedule/member.ts');
    expect(graph.files.get(member)).toContain(join(core, 'internal/instant.ts'));
    expect(graph.packages.get(member)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph.files).map((c) => c.map(rel))).toEqual([]);
  });

  it('core internal/ imports no area (only errors.ts and other internals)', () => {
    expect(
      crossings(
        (a) => a === 'internal',
        (a) => a !== 'internal' && a !== '',
      ),
    ).toEqual([]);
  });

  it('no core file imports @sextant/react, react or react-dom, or reaches into another package', () => {
    const bad: string[] = [];
    for (const f of coreFiles) {
      for (const s of graph.packages.get(f) ?? []) {
        if (/^(@sextant\/react|react|react-dom)(\/|$)/.test(s)) bad.push(`${rel(f)} → ${s}`);
      }
      for (const t of graph.files.get(f) ?? []) if (!t.startsWith(core + '/')) bad.push(`${rel(f)} → ${rel(t)}`);
    }
    expect(bad).toEqual([]);
  });

  it('metrics imports nothing from drift, risk or summary', () => {
    expect(
      crossings(
        (a) => a === 'metrics',
        (a) => a === 'drift' || a === 'risk' || a === 'summary',
      ),
    ).toEqual([]);
  });

  it('finds a cycle and a crossing when there is one (the checks can fail)', () => {
    const a = '/x/a.ts';
    const b = '/x/b.ts';
    const c = '/x/c.ts';
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toEqual([[a, b, c]]);
    expect(cycles(new Map([[a, [a]]]))).toEqual([[a]]);
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
  });
});
