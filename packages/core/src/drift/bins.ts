/**
 * Bin edges and bin counting for PSI and binned Jensen–Shannon (internal).
 *
 * Edges follow API.md: `'quantile'` = the reference's numpy-linear quantiles at k/bins with
 * duplicates dropped and ±∞ outside; `'uniform'` = numpy.linspace(min, max, bins + 1) over
 * both samples; `'sturges'` = numpy.histogram_bin_edges(both, 'sturges'). Bin i holds
 * edges[i] ≤ x < edges[i+1], the last bin also its right edge.
 */
import { npLerp, orderStatistics, upperBound } from './sort';

/** How numeric values are cut into bins. */
export type Binning = 'quantile' | 'uniform' | 'sturges';

/** numpy.linspace(lo, hi, num) with endpoint=True. */
export function linspace(lo: number, hi: number, num: number): Float64Array {
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

  /** Add the bin counts of `x` into `counts` (length ≥ bins). */
  count(x: ArrayLike<number>, counts: Float64Array): void {
    const inner = this.inner;
    const K = inner.length;
    const table = this.table;
    if (table === null) {
      for (let i = 0; i < x.length; i++) counts[upperBound(inner, x[i], 0, K)]++;
      return;
    }
    const half = this.half;
    const scale = this.scale;
    const last = this.cells - 1;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const t = (v * 0.5 - half) * scale;
      const c = t <= 0 ? 0 : t >= last ? last : t | 0;
      const b = table[c];
      counts[b >= 0 ? b : upperBound(inner, v, 0, K)]++;
    }
  }
}
