/**
 * Bare kernels shared by the benchmark files: the minimal typed-array code the shared
 * harness (shared/bench/peers.mjs) times as "JS typed arrays", so that our functions are
 * measured beside the same baseline in vitest bench.
 */

/** LSD radix sort, 8-bit digits over the order-preserving key (as peers.mjs). */
export function bareRadixSortedCopy(src: Float64Array): Float64Array {
  const n = src.length;
  const a = new Float64Array(n);
  a.set(src);
  let s = new Uint32Array(a.buffer);
  const h = new Uint32Array(8 * 256);
  for (let i = 0; i < n; i++) {
    let lo = s[2 * i];
    let hi = s[2 * i + 1];
    if (hi & 0x80000000) {
      hi = ~hi;
      lo = ~lo;
      s[2 * i] = lo;
    } else hi = hi | 0x80000000;
    s[2 * i + 1] = hi;
    h[lo & 255]++;
    h[256 + ((lo >>> 8) & 255)]++;
    h[512 + ((lo >>> 16) & 255)]++;
    h[768 + (lo >>> 24)]++;
    h[1024 + (hi & 255)]++;
    h[1280 + ((hi >>> 8) & 255)]++;
    h[1536 + ((hi >>> 16) & 255)]++;
    h[1792 + (hi >>> 24)]++;
  }
  let d = new Uint32Array(2 * n);
  for (let q = 0; q < 8; q++) {
    const off = q * 256;
    let trivial = false;
    for (let b = 0; b < 256; b++) if (h[off + b] === n) trivial = true;
    if (trivial) continue;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = h[off + b];
      h[off + b] = sum;
      sum += c;
    }
    const word = q < 4 ? 0 : 1;
    const sh = (q & 3) * 8;
    for (let i = 0; i < n; i++) {
      const lo = s[2 * i];
      const hi = s[2 * i + 1];
      const pos = h[off + (((word ? hi : lo) >>> sh) & 255)]++;
      d[2 * pos] = lo;
      d[2 * pos + 1] = hi;
    }
    const t = s;
    s = d;
    d = t;
  }
  for (let i = 0; i < n; i++) {
    const hi = s[2 * i + 1];
    if (hi & 0x80000000) s[2 * i + 1] = hi & 0x7fffffff;
    else {
      s[2 * i + 1] = ~hi;
      s[2 * i] = ~s[2 * i];
    }
  }
  return new Float64Array(s.buffer);
}
