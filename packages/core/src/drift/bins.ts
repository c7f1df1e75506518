/**
 * Bin edges and bin counting for PSI and binned Jensen–Shannon (internal).
 *
 * Edges follow API.md: `'quantile'` = the reference's numpy-linear quantiles at k/bins with
 * duplicates dropped and ±∞ outside; `'uniform'` = numpy.linspace(min, max, bins + 1) over
 * both samples; `'sturges'` = numpy.histogram_bin_edges(both, 'sturges'). Bin i holds
 * edges[i] ≤ x < edges[i+1], the last bin also its right edge.
 */
import { scanSample } from './scan';
import { lowerBound, npLerp, orderStatistics, sortedCopy, sortInPlace, upperBound } from '../internal/sort';

/** How numeric values are cut into bins. */
export type Binning = 'quantile' | 'uniform' | 'sturges';

/** numpy.linspace(lo, hi, num) with endpoint=True. */
function linspace(lo: number, hi: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  if (div <= 0) {
    out[0] = lo;
    return out;
  }
  const delta = hi - lo;
  if (!Number.isFinite(delta)) {
    // The range overflows (numpy gives NaN and ±∞ here): work in halves, which cannot.
    const halfStep = (hi * 0.5 - lo * 0.5) / div;
    for (let i = 0; i < num; i++) out[i] = 2 * (lo * 0.5 + i * halfStep);
  } else {
    const step = delta / div;
    if (step === 0) for (let i = 0; i < num; i++) out[i] = (i / div) * delta + lo;
    else for (let i = 0; i < num; i++) out[i] = i * step + lo;
  }
  out[num - 1] = hi;
  return out;
}

/**
 * Inner quantile edges of a reference sample: numpy.quantile(ref, k/bins), k = 1 … bins−1,
 * consecutive duplicates dropped. `sorted`, when given, is the reference in ascending order.
 */
export function quantileInnerEdges(
  ref: Float64Array,
  min: number,
  max: number,
  bins: number,
  sorted: Float64Array | null = null,
): Float64Array {
  const n = ref.length;
  const vis: number[] = [];
  const ranks: number[] = [];
  for (let k = 1; k < bins; k++) {
    const vi = (n - 1) * (k / bins);
    vis.push(vi);
    const lo = Math.min(Math.floor(vi), n - 1);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  let values: Float64Array;
  if (sorted) {
    values = new Float64Array(ranks.length);
    for (let r = 0; r < ranks.length; r++) values[r] = sorted[ranks[r]];
  } else {
    // orderStatistics wants ascending ranks; they are (k/bins grows with k).
    values = orderStatistics(ref, ranks, min, max);
  }
  const edges: number[] = [];
  for (let k = 0; k < vis.length; k++) {
    const vi = vis[k];
    const lo = Math.floor(vi);
    const e = lo >= n - 1 ? values[2 * k] : npLerp(values[2 * k], values[2 * k + 1], vi - lo);
    if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
  }
  return Float64Array.from(edges);
}

/** Full edges for 'uniform' binning over [lo, hi] (one bin [lo, lo] when lo = hi). */
export function uniformEdges(lo: number, hi: number, bins: number): Float64Array {
  if (lo === hi) return Float64Array.of(lo, hi);
  return linspace(lo, hi, bins + 1);
}

/** Full edges of numpy.histogram_bin_edges(values, 'sturges') for n values spanning [lo, hi]. */
export function sturgesEdges(lo: number, hi: number, n: number): Float64Array {
  if (lo === hi) return Float64Array.of(lo - 0.5, hi + 0.5);
  // In halves when hi − lo overflows (numpy raises there); the bin count is the same.
  const range = Number.isFinite(hi - lo) ? hi - lo : hi * 0.5 - lo * 0.5;
  const width = range / (Math.log2(n) + 1);
  const nb = width ? Math.ceil(range / width) : 1;
  return linspace(lo, hi, nb + 1);
}

/**
 * Counts values into the bins defined by ascending inner edges (bin = number of inner
 * edges ≤ x): a lookup table over the value line resolves most values with one
 * multiply; only values in a table cell that holds an edge fall back to binary search.
 */
export class BinCounter {
  readonly inner: Float64Array;
  readonly bins: number;
  private readonly table: Int32Array | null;
  private readonly half: number;
  private readonly scale: number;
  private readonly cells: number;

  /** `lo`/`hi` should span the data to be counted (values outside still count correctly). */
  constructor(inner: Float64Array, lo: number, hi: number) {
    this.inner = inner;
    this.bins = inner.length + 1;
    const K = inner.length;
    if (K > 0) {
      if (inner[0] < lo) lo = inner[0];
      if (inner[K - 1] > hi) hi = inner[K - 1];
    }
    const cells = Math.min(1 << 16, Math.max(1024, 64 * K));
    const half = lo * 0.5;
    const scale = cells / (hi * 0.5 - half);
    this.cells = cells;
    this.half = half;
    this.scale = scale;
    if (K === 0 || !Number.isFinite(scale) || !(scale > 0)) {
      this.table = null;
      return;
    }
    const table = new Int32Array(cells);
    const edgeCell = new Int32Array(K);
    for (let k = 0; k < K; k++) edgeCell[k] = this.cell(inner[k]);
    let below = 0; // edges in cells < c
    let e = 0;
    for (let c = 0; c < cells; c++) {
      while (e < K && edgeCell[e] < c) {
        e++;
        below++;
      }
      table[c] = e < K && edgeCell[e] === c ? -1 : below;
    }
    this.table = table;
  }

  /** The table cell of x; `count` inlines the same monotone map. */
  private cell(x: number): number {
    const t = (x * 0.5 - this.half) * this.scale;
    const last = this.cells - 1;
    return t <= 0 ? 0 : t >= last ? last : t | 0;
  }

  /**
   * Like {@link count} for a Float64Array that has not been checked yet: returns the index
   * of the first NaN / ±Infinity (counts are then incomplete), or −1.
   */
  countFinite(x: Float64Array, counts: Float64Array): number {
    const inner = this.inner;
    const table = this.table;
    if (table === null) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        if (v - v !== 0) return i;
        counts[upperBound(inner, v, 0, inner.length)]++;
      }
      return -1;
    }
    return countTableFinite(x, counts, table, inner, this.half, this.scale);
  }

  /** Add the bin counts of `x` into `counts` (length ≥ bins). */
  count(x: ArrayLike<number>, counts: Float64Array): void {
    const inner = this.inner;
    const table = this.table;
    if (table === null) {
      for (let i = 0; i < x.length; i++) counts[upperBound(inner, x[i], 0, inner.length)]++;
      return;
    }
    countTable(x, counts, table, inner, this.half, this.scale);
  }
}

// The hot loops are small free functions with the binary search for cells that hold an
// edge written inline: V8 then optimises them once, instead of deoptimising on the rare
// search call each time a forced GC has dropped its feedback.

function countTableFinite(
  x: Float64Array,
  counts: Float64Array,
  table: Int32Array,
  inner: Float64Array,
  half: number,
  scale: number,
): number {
  const last = table.length - 1;
  const K = inner.length;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v - v !== 0) return i;
    const t = (v * 0.5 - half) * scale;
    let b = table[t <= 0 ? 0 : t >= last ? last : t | 0];
    if (b < 0) {
      let lo = 0;
      let hi = K;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (inner[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      b = lo;
    }
    counts[b]++;
  }
  return -1;
}

function countTable(
  x: ArrayLike<number>,
  counts: Float64Array,
  table: Int32Array,
  inner: Float64Array,
  half: number,
  scale: number,
): void {
  const last = table.length - 1;
  const K = inner.length;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = (v * 0.5 - half) * scale;
    let b = table[t <= 0 ? 0 : t >= last ? last : t | 0];
    if (b < 0) {
      let lo = 0;
      let hi = K;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (inner[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      b = lo;
    }
    counts[b]++;
  }
}

/**
 * Quantile inner edges of a reference sample together with its bin counts, from one
 * histogram pass and one gather pass over the data (no full sort): the histogram on the
 * value line locates the order statistics the edges need, the few buckets holding them are
 * sorted, and a bucket between two adjacent order statistics is necessarily empty, so
 * "how many values lie below this edge" is a prefix count plus a search in one sorted bucket.
 */
export function quantileEdgesWithCounts(
  x: ArrayLike<number>,
  bins: number,
  name: string,
): { inner: Float64Array; counts: Float64Array; min: number; max: number; data: Float64Array } {
  const n = x.length;
  const B = Math.min(1 << 14, n >> 4);
  // The value line is mapped from a range guessed on a strided sample, widened; values
  // outside it land in the end buckets (the map stays monotone), so no separate min/max
  // pass is needed: the one pass checks finiteness, finds min/max and builds the histogram.
  let sMin = Infinity;
  let sMax = -Infinity;
  const stride = Math.max(1, Math.floor(n / 4096));
  if (x instanceof Float64Array && n > 4096) {
    for (let i = 0; i < n; i += stride) {
      const v = x[i];
      if (v < sMin) sMin = v;
      if (v > sMax) sMax = v;
    }
  }
  const w = (sMax - sMin) * 0.05;
  const lo = sMin - w;
  const half = lo * 0.5;
  const scale = B / ((sMax + w) * 0.5 - half);
  if (!(x instanceof Float64Array) || n <= 4096 || !(w > 0) || !Number.isFinite(scale)) {
    const s = scanSample(x, name);
    const sorted = sortedCopy(s.data);
    const inner = quantileInnerEdges(s.data, s.min, s.max, bins, sorted);
    return { inner, counts: countSortedInBins(sorted, inner), min: s.min, max: s.max, data: s.data };
  }
  const ref = x;
  const last = B - 1;
  const hist = new Int32Array(B);
  // Bucket keys kept (2 bytes each, B ≤ 2^14) so the gather pass reads them instead of the values.
  const keys = new Uint16Array(n);
  const range = Float64Array.of(Infinity, -Infinity, 0);
  histogramKeys(ref, keys, hist, half, scale, range);
  const min = range[0];
  const max = range[1];
  // NaN fails both comparisons; ±Infinity shows up as the min or max. Throws with the index.
  if (range[2] !== 0 || min === -Infinity || max === Infinity) scanSample(ref, name);
  const cum = new Int32Array(B + 1);
  for (let c = 0; c < B; c++) cum[c + 1] = cum[c] + hist[c];
  const cellOfRank = (r: number): number => {
    let lo = 0;
    let hi = B - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid + 1] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The order statistics every edge needs, and the buckets that hold them.
  const vis: number[] = [];
  const ranks: number[] = [];
  for (let k = 1; k < bins; k++) {
    const vi = (n - 1) * (k / bins);
    vis.push(vi);
    const lo = Math.min(Math.floor(vi), n - 1);
    ranks.push(lo, Math.min(lo + 1, n - 1));
  }
  const slot = new Int16Array(B).fill(-1); // at most 2·999 gathered buckets
  const cells: number[] = [];
  for (const r of ranks) {
    const c = cellOfRank(r);
    if (slot[c] < 0) {
      slot[c] = cells.length;
      cells.push(c);
    }
  }
  const off = new Int32Array(cells.length + 1);
  for (let s = 0; s < cells.length; s++) off[s + 1] = off[s] + hist[cells[s]];
  const gathered = new Float64Array(off[cells.length]);
  const fill = off.slice(0, cells.length);
  gatherByKey(ref, keys, slot, fill, gathered);
  for (let s = 0; s < cells.length; s++) sortInPlace(gathered.subarray(off[s], off[s + 1]));
  const at = (r: number): number => {
    const c = cellOfRank(r);
    const s = slot[c];
    return gathered[off[s] + (r - cum[c])];
  };
  const edges: number[] = [];
  for (let k = 0; k < vis.length; k++) {
    const vi = vis[k];
    const lo = Math.floor(vi);
    const e = lo >= n - 1 ? at(n - 1) : npLerp(at(lo), at(lo + 1), vi - lo);
    if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
  }
  const inner = Float64Array.from(edges);
  // Values below each edge: the buckets before the edge's bucket, plus those in it below the edge.
  const below = (e: number): number => {
    const t = (e * 0.5 - half) * scale;
    const c = t <= 0 ? 0 : t >= last ? last : t | 0;
    const s = slot[c];
    if (s >= 0) return cum[c] + lowerBound(gathered, e, off[s], off[s + 1]) - off[s];
    if (hist[c] === 0) return cum[c];
    // Not reached for numpy-linear quantiles (an edge lies between two adjacent order
    // statistics, whose buckets are gathered); kept as a plain count for safety.
    let k = 0;
    for (let i = 0; i < n; i++) if (ref[i] < e) k++;
    return k;
  };
  const counts = new Float64Array(inner.length + 1);
  let prev = 0;
  for (let k = 0; k < inner.length; k++) {
    const b = below(inner[k]);
    counts[k] = b - prev;
    prev = b;
  }
  counts[inner.length] = n - prev;
  return { inner, counts, min, max, data: ref };
}

/** Bin counts of an ascending array (bin = number of inner edges ≤ x), by binary search. */
export function countSortedInBins(sorted: Float64Array, inner: Float64Array): Float64Array {
  const counts = new Float64Array(inner.length + 1);
  let prev = 0;
  for (let k = 0; k < inner.length; k++) {
    const idx = Math.max(prev, lowerBound(sorted, inner[k]));
    counts[k] = idx - prev;
    prev = idx;
  }
  counts[inner.length] = sorted.length - prev;
  return counts;
}

/** One pass: bucket key and histogram of every value, with min / max / NaN in `range`. */
function histogramKeys(
  x: Float64Array,
  keys: Uint16Array,
  hist: Int32Array,
  half: number,
  scale: number,
  range: Float64Array,
): void {
  const last = hist.length - 1;
  let min = range[0];
  let max = range[1];
  let bad = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== v) bad = 1;
    const t = (v * 0.5 - half) * scale;
    const k = t <= 0 ? 0 : t >= last ? last : t | 0;
    keys[i] = k;
    hist[k]++;
  }
  range[0] = min;
  range[1] = max;
  range[2] = bad;
}

/** Copy the values whose bucket has a slot into `out` (fill = each slot's next free index). */
function gatherByKey(x: Float64Array, keys: Uint16Array, slot: Int16Array, fill: Int32Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    const s = slot[keys[i]];
    if (s >= 0) out[fill[s]++] = x[i];
  }
}
