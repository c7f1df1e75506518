/**
 * Optional WebAssembly SIMD kernels for the silhouette's pairwise distances: a 3×3 tile of
 * rows × columns, two coordinates per f64x2 operation, that either accumulates row and
 * column sums (`tile`) or writes the distances out (`strip`). Measured here at ~1.8× the
 * throughput of the same tile in JavaScript (no bounds checks, two lanes per operation).
 *
 * The module (~1.8 KB) is assembled from the opcode table below on first use and compiled
 * synchronously (small enough for browsers' main-thread limit). Where WebAssembly or its
 * SIMD proposal is unavailable, or a Content-Security-Policy forbids compiling it, the
 * caller falls back to the JavaScript kernel. Internal: not exported from the package root.
 */

/** Unsigned LEB128. */
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 (small constants only). */
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  return vec([...s].map((c) => [c.charCodeAt(0)]));
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

/**
 * The body of one kernel over rows i, i+1, i+2 and every column j in [c0, c1) (c1 − c0 a
 * multiple of 3) of the row-major matrix at byte offset y (stride bytes per row, a multiple
 * of 16). Parameters (all i32): y, stride, i, c0, c1, p5, p6.
 * - `tile` (store = false): adds each distance to rowAcc[i + r] and colAcc[j], the f64
 *   arrays at byte offsets p5 and p6.
 * - `strip` (store = true): writes distance (r, j) to the f64 at p5 + 8·(r·p6 + j).
 * Same arithmetic as the JS kernels except that even and odd coordinates are summed in
 * separate lanes.
 */
function kernelBody(store: boolean): number[] {
  const P_Y = 0;
  const P_STRIDE = 1;
  const P_I = 2;
  const P_C0 = 3;
  const P_C1 = 4;
  const P_5 = 5;
  const P_6 = 6;
  // Locals: i32 o0 o1 o2 p0 p1 p2 j k | f64 s0 s1 s2 d00…d22 | v128 a00…a22 x0 x1 x2 y0 y1 y2 t
  const O = [7, 8, 9];
  const PP = [10, 11, 12];
  const J = 13;
  const K = 14;
  const S = [15, 16, 17];
  const D = (r: number, q: number) => 18 + 3 * r + q;
  const A = (r: number, q: number) => 27 + 3 * r + q;
  const X = [36, 37, 38];
  const Y = [39, 40, 41];
  const T = 42;

  const get = (l: number) => [0x20, ...uleb(l)];
  const set = (l: number) => [0x21, ...uleb(l)];
  const tee = (l: number) => [0x22, ...uleb(l)];
  const i32 = (v: number) => [0x41, ...sleb(v)];
  const ADD = [0x6a];
  const MUL = [0x6c];
  const GE_S = [0x4e];
  const simd = (op: number) => [0xfd, ...uleb(op)];
  const F64_ADD = [0xa0];
  const F64_SQRT = [0x9f];
  const F64_LOAD = [0x2b, 3, 0];
  const F64_STORE = [0x39, 3, 0];
  const V_LOAD = (base: number) => [...get(base), ...get(K), ...ADD, ...simd(0x00), 3, 0];
  const V_ZERO = [0x44, 0, 0, 0, 0, 0, 0, 0, 0, ...simd(0x14)]; // f64.const 0; f64x2.splat
  const LANE = (l: number) => [...simd(0x21), l]; // f64x2.extract_lane
  const V_ADD = simd(0xf0);
  const V_SUB = simd(0xf1);
  const V_MUL = simd(0xf2);
  const BLOCK = [0x02, 0x40];
  const LOOP = [0x03, 0x40];
  const END = [0x0b];
  /** Byte address base + 8·(idx + off). */
  const addr = (base: number, idx: number, off: number) => [
    ...get(base),
    ...get(idx),
    ...i32(off),
    ...ADD,
    ...i32(8),
    ...MUL,
    ...ADD,
  ];

  const c: number[] = [];
  const e = (...parts: number[][]) => {
    for (const p of parts) for (const b of p) c.push(b);
  };
  // o_r = y + (i + r)·stride
  e(get(P_Y), get(P_I), get(P_STRIDE), MUL, ADD, tee(O[0]), get(P_STRIDE), ADD, tee(O[1]), get(P_STRIDE), ADD, set(O[2]));
  e(get(P_C0), set(J));
  e(BLOCK, LOOP, get(J), get(P_C1), GE_S, [0x0d, 1]); // while (j < c1)
  e(get(P_Y), get(J), get(P_STRIDE), MUL, ADD, tee(PP[0]), get(P_STRIDE), ADD, tee(PP[1]), get(P_STRIDE), ADD, set(PP[2]));
  for (let r = 0; r < 3; r++) for (let q = 0; q < 3; q++) e(V_ZERO, set(A(r, q)));
  e(i32(0), set(K));
  e(BLOCK, LOOP, get(K), get(P_STRIDE), GE_S, [0x0d, 1]); // while (k < stride)
  for (let r = 0; r < 3; r++) e(V_LOAD(O[r]), set(X[r]));
  for (let q = 0; q < 3; q++) e(V_LOAD(PP[q]), set(Y[q]));
  for (let r = 0; r < 3; r++) {
    for (let q = 0; q < 3; q++) {
      // a_rq += (x_r − y_q)²
      e(get(X[r]), get(Y[q]), V_SUB, tee(T), get(T), V_MUL, get(A(r, q)), V_ADD, set(A(r, q)));
    }
  }
  e(get(K), i32(16), ADD, set(K), [0x0c, 0], END, END); // k += 16; continue
  for (let r = 0; r < 3; r++) {
    for (let q = 0; q < 3; q++) e(get(A(r, q)), LANE(0), get(A(r, q)), LANE(1), F64_ADD, F64_SQRT, set(D(r, q)));
  }
  if (store) {
    // out[r·n + j + q] = d_rq, with out = p5 and n = p6.
    for (let r = 0; r < 3; r++) {
      for (let q = 0; q < 3; q++) {
        e(get(P_5), get(P_6), i32(r), MUL, get(J), ADD, i32(q), ADD, i32(8), MUL, ADD, get(D(r, q)), F64_STORE);
      }
    }
  } else {
    for (let r = 0; r < 3; r++) e(get(S[r]), get(D(r, 0)), get(D(r, 1)), F64_ADD, get(D(r, 2)), F64_ADD, F64_ADD, set(S[r]));
    for (let q = 0; q < 3; q++) {
      e(
        addr(P_6, J, q),
        addr(P_6, J, q),
        F64_LOAD,
        get(D(0, q)),
        get(D(1, q)),
        F64_ADD,
        get(D(2, q)),
        F64_ADD,
        F64_ADD,
        F64_STORE,
      );
    }
  }
  e(get(J), i32(3), ADD, set(J), [0x0c, 0], END, END); // j += 3; continue
  if (!store) for (let r = 0; r < 3; r++) e(addr(P_5, P_I, r), addr(P_5, P_I, r), F64_LOAD, get(S[r]), F64_ADD, F64_STORE);
  e(END);

  const locals = vec([
    [...uleb(8), I32],
    [...uleb(12), F64],
    [...uleb(16), V128],
  ]);
  const body = [...locals, ...c];
  return [...uleb(body.length), ...body];
}

/** A module importing env.mem and exporting `tile` and `strip`, both (i32 ×7) → (). */
function kernelModule(): Uint8Array {
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d, // \0asm
    0x01,
    0x00,
    0x00,
    0x00, // version 1
    ...section(1, vec([[0x60, ...vec(Array.from({ length: 7 }, () => [I32])), 0]])), // type: (i32 ×7) → ()
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, ...uleb(1)]])), // import memory
    ...section(3, vec([[0], [0]])), // two functions of type 0
    ...section(
      7,
      vec([
        [...name('tile'), 0x00, 0],
        [...name('strip'), 0x00, 1],
      ]),
    ),
    ...section(10, vec([kernelBody(false), kernelBody(true)])),
  ]);
}

export type WasmTile = (y: number, stride: number, i: number, c0: number, c1: number, p5: number, p6: number) => void;

interface Instance {
  memory: WebAssembly.Memory;
  tile: WasmTile;
  strip: WasmTile;
}

let instance: Instance | null | undefined;

/** Largest memory the kernel will use: byte offsets must stay below 2^31 (i32 arithmetic). */
const MAX_BYTES = 0x7fff0000;
/**
 * Memory kept between calls (64 MiB); a larger one is dropped after use. A literal: bundlers
 * keep an unused `64 * 1024 * 1024` in every app that imports any metric.
 */
const KEEP_BYTES = 67_108_864;

/** The compiled kernel, or null where WebAssembly SIMD cannot be used here. */
function load(): Instance | null {
  if (instance !== undefined) return instance;
  instance = null;
  try {
    if (typeof WebAssembly !== 'object') return null;
    const memory = new WebAssembly.Memory({ initial: 1 });
    const mod = new WebAssembly.Module(kernelModule() as BufferSource);
    const inst = new WebAssembly.Instance(mod, { env: { mem: memory } });
    instance = { memory, tile: inst.exports.tile as WasmTile, strip: inst.exports.strip as WasmTile };
  } catch {
    instance = null;
  }
  return instance;
}

/** Which kernel silhouette uses: 'auto' (WebAssembly when available), or forced (tests, benchmarks). */
let mode: 'auto' | 'js' = 'auto';

/** Force the JavaScript kernel ('js') or let the library choose ('auto'). For tests and benchmarks. */
export function setSilhouetteKernel(m: 'auto' | 'js'): void {
  mode = m;
}

/** Which pairing scheme silhouette uses: per pair of clusters ('blocks'), per 3-row strip ('strips'), or chosen by size ('auto'). */
export let silhouetteScheme: 'auto' | 'blocks' | 'strips' = 'auto';

/** Force a pairing scheme (tests and benchmarks). */
export function setSilhouetteScheme(s: 'auto' | 'blocks' | 'strips'): void {
  silhouetteScheme = s;
}

/**
 * The WebAssembly kernel with at least `bytes` of memory, or null (not available, forced
 * off, or too large for i32 offsets). The returned buffer is valid until the next call.
 */
export function wasmKernel(bytes: number): { buffer: ArrayBuffer; tile: WasmTile; strip: WasmTile; release: () => void } | null {
  if (mode === 'js' || bytes > MAX_BYTES) return null;
  const inst = load();
  if (inst === null) return null;
  const have = inst.memory.buffer.byteLength;
  if (have < bytes) {
    try {
      inst.memory.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return null;
    }
  }
  return {
    buffer: inst.memory.buffer,
    tile: inst.tile,
    strip: inst.strip,
    release: () => {
      // Memory cannot shrink: drop a large instance so its memory can be collected.
      if (inst.memory.buffer.byteLength > KEEP_BYTES) instance = undefined;
    },
  };
}
