/**
 * Compensated (Neumaier) summation: the running error term keeps sums of many
 * values accurate to ~1 ulp, so merged partial sums agree with one pass to 1e-12.
 * Internal. Used where a sum is the only work of its loop (silhouetteScore's mean, the
 * Smirnov series in ./special). The other copies stay inline on purpose: each is fused
 * into a hot loop over a typed array with other per-element work (validation, min/max,
 * squared errors, a count table's cells), where a call or an object per element would
 * cost more than the sum.
 */
export class KahanSum {
  sum = 0;
  c = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.c += this.sum - t + x;
    else this.c += x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.c;
  }
}

/** Neumaier sum of a numeric array. */
export function compensatedSum(xs: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) c += sum - t + x;
    else c += x - t + sum;
    sum = t;
  }
  return sum + c;
}
