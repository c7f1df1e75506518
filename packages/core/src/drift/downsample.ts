import { SextantError } from '../errors';
import {
  assertIntegerInRange,
  assertNonEmpty,
  assertSameLength,
  nonFinite,
  notANumber,
  toFiniteFloat64,
} from '../internal/validate';
import { scaleExponent } from '../internal/hostile';

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013, "Downsampling Time Series
 * for Visual Representation", §4.2): keeps the first and last point and, from each of
 * `threshold − 2` equal buckets between them, the point forming the largest triangle with
 * the point kept before it and the mean of the next bucket. Same picks as the reference
 * implementation (sveinn-steinarsson/flot-downsample); ties keep the earlier point.
 *
 * Returns the indices of the kept points, ascending, so a caller keeps each point's own
 * data (its time, its alert). With `threshold ≥ x.length` every index is returned.
 * Inputs near ±1e308 are rescaled first (the picks are scale-invariant), so no area overflows.
 *
 * @param x abscissae (e.g. epoch ms), finite
 * @param y ordinates, finite, same length
 * @param threshold points to keep, an integer ≥ 3 (or ≥ the length, to keep all)
 * @example
 * ```ts
 * downsampleLttb([0, 1, 2, 3, 4, 5, 6], [0, 5, 0, 0, 0, -4, 0], 4); // [0, 1, 5, 6]
 * ```
 */
export function downsampleLttb(x: ArrayLike<number>, y: ArrayLike<number>, threshold: number): number[] {
  assertNonEmpty(x, 'x');
  assertNonEmpty(y, 'y');
  assertSameLength(x, 'x', y, 'y');
  // Scan before allocating, so a fake huge length stops at its first missing element.
  scanFinite(x, 'x');
  scanFinite(y, 'y');
  const xs = toFiniteFloat64(x, 'x');
  const ys = toFiniteFloat64(y, 'y');
  assertIntegerInRange(threshold, 1, Number.MAX_SAFE_INTEGER, 'threshold');
  const n = xs.length;
  if (threshold >= n) return Array.from({ length: n }, (_, i) => i);
  if (threshold < 3) {
    throw new SextantError('INVALID_OPTION', `threshold must be at least 3 (first, last and one bucket); got ${threshold}`, {
      argument: 'threshold',
      value: threshold,
    });
  }
  return lttbIndices(xs, ys, threshold, scaleOf(xs), scaleOf(ys));
}

/**
 * LTTB on values already checked finite, `3 ≤ threshold < x.length`: the picks, ascending.
 * `sx`/`sy` divide the values first (see {@link scaleOf}; 1 leaves them as they are). For
 * callers that validated their data while gathering it (the drift chart's model), so 100k
 * points are not scanned again.
 * @internal
 */
export function lttbIndices(xs: Float64Array, ys: Float64Array, threshold: number, sx = 1, sy = 1): number[] {
  const n = xs.length;
  const X = sx === 1 ? xs : xs.map((v) => v / sx);
  const Y = sy === 1 ? ys : ys.map((v) => v / sy);

  const out: number[] = new Array<number>(threshold);
  out[0] = 0;
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    // Mean of the next bucket (the last point when this is the last bucket).
    let avgStart = Math.floor((i + 1) * every) + 1;
    let avgEnd = Math.floor((i + 2) * every) + 1;
    if (avgEnd > n) avgEnd = n;
    if (avgStart >= avgEnd) avgStart = avgEnd - 1;
    const len = avgEnd - avgStart;
    let ax = 0;
    let ay = 0;
    for (let k = avgStart; k < avgEnd; k++) {
      ax += X[k];
      ay += Y[k];
    }
    ax /= len;
    ay /= len;

    const from = Math.floor(i * every) + 1;
    const to = Math.floor((i + 1) * every) + 1;
    const pax = X[a];
    const pay = Y[a];
    let maxArea = -1;
    let pick = from;
    for (let k = from; k < to; k++) {
      const area = Math.abs((pax - ax) * (Y[k] - pay) - (pax - X[k]) * (ay - pay));
      if (area > maxArea) {
        maxArea = area;
        pick = k;
      }
    }
    out[i + 1] = pick;
    a = pick;
  }
  out[threshold - 1] = n - 1;
  return out;
}

/**
 * A divisor that brings the largest magnitude to ~1 when products of differences could
 * overflow; else 1. A power of two, so the scaled values are exact and the picks (ties
 * included) are those of the unscaled data; dividing by the maximum itself rounded, and
 * broke ties differently at 2^330 than at 1.
 * @internal
 */
export function scaleOf(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]);
    if (a > m) m = a;
  }
  return scaleForMax(m);
}

/** {@link scaleOf} from the largest magnitude, for callers that found it while reading. @internal */
export function scaleForMax(m: number): number {
  return m > 1e100 ? 2 ** scaleExponent(m) : 1;
}

function scanFinite(a: ArrayLike<unknown>, name: string): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number') throw notANumber(name, i, v);
    if (v - v !== 0) throw nonFinite(name, i, v);
  }
}
