/**
 * Selection and stable argsort on Float64Array for the ranking and quantile metrics: an LSD
 * radix argsort over the order-preserving 64-bit key of each double (kept as two uint32
 * words), and quickselect. Sorted copies come from internal/sort (shared with drift). Inputs must be finite (checked by callers).
 * Internal: not exported from the package root.
 */

/** Below this size the built-in typed-array sort is faster than radix passes. */
const SMALL = 384;

/**
 * Map the doubles of `src` to order-preserving keys in `keys` (lo, hi word pairs) and fill
 * the byte histograms (8 × 256). -0 is keyed as +0 so that equal values are equal keys.
 */
function buildKeys(src: ArrayLike<number>, keys: Uint32Array, hist: Uint32Array): void {
  const n = src.length;
  new Float64Array(keys.buffer, keys.byteOffset, n).set(src);
  for (let i = 0; i < n; i++) {
    let lo = keys[2 * i];
    let hi = keys[2 * i + 1];
    if (hi & 0x80000000) {
      if (lo === 0 && hi === 0x80000000)
        hi = 0x80000000; // -0 → the key of +0
      else {
        hi = ~hi;
        lo = ~lo;
        keys[2 * i] = lo;
      }
    } else hi = hi | 0x80000000;
    keys[2 * i + 1] = hi;
    hist[lo & 255]++;
    hist[256 + ((lo >>> 8) & 255)]++;
    hist[512 + ((lo >>> 16) & 255)]++;
    hist[768 + (lo >>> 24)]++;
    hist[1024 + (hi & 255)]++;
    hist[1280 + ((hi >>> 8) & 255)]++;
    hist[1536 + ((hi >>> 16) & 255)]++;
    hist[1792 + (hi >>> 24)]++;
  }
}

/** Whether digit pass p moves anything (a digit shared by all n keys is skipped). */
function trivial(hist: Uint32Array, p: number, n: number): boolean {
  const off = p * 256;
  for (let b = 0; b < 256; b++) if (hist[off + b] !== 0) return hist[off + b] === n;
  return true;
}

function prefix(hist: Uint32Array, p: number): void {
  const off = p * 256;
  let sum = 0;
  for (let b = 0; b < 256; b++) {
    const c = hist[off + b];
    hist[off + b] = sum;
    sum += c;
  }
}

/**
 * Stable ascending argsort of finite doubles (equal values keep their index order, as
 * NumPy's `argsort(kind='mergesort')`).
 */
export function argsortStable(src: ArrayLike<number>): Uint32Array {
  const n = src.length;
  if (n < SMALL) {
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => src[a] - src[b] || a - b);
    return Uint32Array.from(idx);
  }
  let s = new Uint32Array(2 * n);
  let d = new Uint32Array(2 * n);
  let si = new Uint32Array(n);
  let di = new Uint32Array(n);
  for (let i = 0; i < n; i++) si[i] = i;
  const hist = new Uint32Array(8 * 256);
  buildKeys(src, s, hist);
  for (let p = 0; p < 8; p++) {
    if (trivial(hist, p, n)) continue;
    prefix(hist, p);
    const off = p * 256;
    const sh = (p & 3) * 8;
    const word = p < 4 ? 0 : 1;
    for (let i = 0; i < n; i++) {
      const lo = s[2 * i];
      const hi = s[2 * i + 1];
      const pos = hist[off + (((word === 0 ? lo : hi) >>> sh) & 255)]++;
      d[2 * pos] = lo;
      d[2 * pos + 1] = hi;
      di[pos] = si[i];
    }
    let t = s;
    s = d;
    d = t;
    t = si;
    si = di;
    di = t;
  }
  return si;
}

/** Rearrange a[lo..hi] so that a[k] is the value a sorted a[lo..hi] would hold there. */
export function quickselect(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = lo + ((hi - lo) >> 1);
    let t: number;
    if (a[mid] < a[lo]) {
      t = a[mid];
      a[mid] = a[lo];
      a[lo] = t;
    }
    if (a[hi] < a[lo]) {
      t = a[hi];
      a[hi] = a[lo];
      a[lo] = t;
    }
    if (a[hi] < a[mid]) {
      t = a[hi];
      a[hi] = a[mid];
      a[mid] = t;
    }
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
