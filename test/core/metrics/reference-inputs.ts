/**
 * The inputs of fixtures/metrics-cases.json, regenerated bit for bit as
 * fixtures/gen-metrics-cases.py builds them (MINSTD integers and + − × ÷ only, which
 * IEEE-754 rounds the same in Python and JavaScript). `checksums` in the JSON guard
 * against a drift between the two definitions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Input = number[] | boolean[] | string[] | number[][];

function minstd(seed: number, n: number, mod: number): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (48271 * x) % 2147483647;
    out.push(x % mod);
  }
  return out;
}

export function buildInputs(): Record<string, Input> {
  const I: Record<string, Input> = {};
  const n = 1500;
  const y = minstd(1, n, 1000).map((v) => (v < 300 ? 1 : 0));
  I.y = y;
  I.s = minstd(2, n, 100).map((v) => v / 100);
  I.sc = minstd(3, n, 1000000).map((v, i) => Math.min(1.0, (v + 0.5) / 1e6 + 0.2 * y[i]));
  I.w = minstd(4, 3000, 20).map((v) => (v + 1) / 7);
  I.yb = y.slice(0, 40).map((v) => v === 1);
  I.pb = minstd(5, 40, 2).map((v) => v === 1);
  const m = 900;
  const yc = minstd(6, m, 4);
  I.yc = yc;
  const raw = minstd(7, m * 4, 97).map((v) => v + 1.0);
  yc.forEach((c, i) => (raw[i * 4 + c] += 40));
  I.prob = Array.from({ length: m }, (_, i) =>
    [0, 1, 2, 3].map((j) => raw[i * 4 + j] / (raw[i * 4] + raw[i * 4 + 1] + raw[i * 4 + 2] + raw[i * 4 + 3])),
  );
  I.wc = minstd(8, m, 9).map((v) => (v + 1) / 3);
  const vals = [-1000000, 5, 70000];
  const k3 = minstd(9, 3000, 3);
  I.t3 = k3.map((v) => vals[v]);
  I.p3 = k3.map((v, i) => (i % 4 ? vals[v] : vals[(v + 1) % 3]));
  const t100 = minstd(10, 3000, 100).map((v) => 2 * v);
  I.t100 = t100;
  I.p100 = minstd(11, 3000, 100).map((v, i) => (i % 3 ? t100[i] : 2 * v));
  const km = minstd(12, 200, 3);
  I.tm = km;
  I.pm = km.map((v, i) => (i % 3 ? v : (v + 1) % 3));
  const words = ['\u{1F600}', '\uFF5A', 'a', '\u00e9', '\uFFFD', 'Z', 'e\u0301'];
  I.tw = minstd(13, 60, words.length).map((v) => words[v]);
  I.pw = minstd(14, 60, words.length).map((v) => words[v]);
  I.yl = minstd(15, 300, 3);
  const pr = minstd(16, 900, 50).map((v) => v + 1.0);
  I.pl = Array.from({ length: 300 }, (_, i) => [0, 1, 2].map((j) => pr[i * 3 + j] / (pr[i * 3] + pr[i * 3 + 1] + pr[i * 3 + 2])));
  I.yst = minstd(17, 200, 2).map((v) => (v ? 'no' : 'yes'));
  I.pp = minstd(18, 200, 1001).map((v) => v / 1000);
  const rt = minstd(19, 100000, 1000000).map((v) => (v - 500000) / 1000 + 5);
  I.rt = rt;
  I.rp = minstd(20, 100000, 1000).map((v, i) => rt[i] + (v - 500) / 100);
  const ro = [1e9, ...minstd(21, 9999, 1000).map((v) => 5 + (v - 500) / 1000)];
  I.ro = ro;
  I.rop = minstd(22, 10000, 100).map((v, i) => ro[i] + (v - 50) / 100);
  const off = minstd(23, 5000, 1000).map((v) => 1e8 + (v - 500) / 100);
  I.off = off;
  I.offp = minstd(24, 5000, 100).map((v, i) => off[i] + (v - 50) / 1000);
  for (const k of [11, 1000]) {
    I[`a${k}`] = minstd(25 + k, k, 1000).map((v) => v / 10);
    I[`b${k}`] = minstd(26 + k, k, 1000).map((v) => v / 10);
    I[`w${k}`] = minstd(27 + k, k, 8).map((v) => (v + 1) / 4);
  }
  I.q = minstd(28, 100003, 1000003).map((v) => (v - 500001) / 7);
  I.lat = minstd(29, 70001, 100000).map((v) => 1 + (v * v) / 1e7);
  I.ties = minstd(30, 80000, 7).map((v) => v);
  return I;
}

/** [length, sequential sum] as the generator computes it (strings count their code points, booleans as 0/1). */
export function checksum(a: Input): [number, number] {
  const flat: unknown[] = Array.isArray(a[0]) ? (a as number[][]).flat() : (a as unknown[]);
  let s = 0;
  for (const x of flat) s += typeof x === 'string' ? [...x].length : Number(x);
  return [flat.length, s];
}

export interface ReferenceCase {
  id: string;
  fn: string;
  args: unknown[];
  expected: unknown;
}

export interface ReferenceFile {
  generatedBy: string;
  checksums: Record<string, [number, number]>;
  cases: ReferenceCase[];
}

export function loadReferenceCases(): ReferenceFile {
  const path = fileURLToPath(new URL('./fixtures/metrics-cases.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as ReferenceFile;
}

/** Replace `{ $input: name, n?, zeroEvery? }` markers by the regenerated arrays. */
export function resolveArgs(v: unknown, I: Record<string, Input>): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveArgs(x, I));
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$input' in o) {
      let a = I[o.$input as string] as unknown[];
      if (typeof o.n === 'number') a = a.slice(0, o.n);
      if (typeof o.zeroEvery === 'number') a = (a as number[]).map((x, i) => (i % (o.zeroEvery as number) === 0 ? 0 : x));
      return a;
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolveArgs(x, I)]));
  }
  return v;
}
