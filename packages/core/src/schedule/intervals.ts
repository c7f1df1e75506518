/**
 * Operations on sorted, merged interval lists stored flat as `[s0, e0, s1, e1, …]` (epoch ms).
 * Internal: not exported from the package root.
 */

/** `a` minus `b`. */
export function subtractIntervals(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i];
    const e = a[i + 1];
    while (j < b.length && b[j + 1] <= s) j += 2;
    let k = j;
    while (k < b.length && b[k] < e) {
      if (b[k] > s) out.push(s, b[k]);
      s = Math.max(s, b[k + 1]);
      if (s >= e) break;
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

/** Union of several lists, merged where touching. */
export function unionIntervals(lists: readonly (readonly number[])[]): number[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const l of lists) {
    for (let i = 0; i < l.length; i += 2) {
      starts.push(l[i]);
      ends.push(l[i + 1]);
    }
  }
  const order = starts.map((_, i) => i).sort((x, y) => starts[x] - starts[y]);
  const out: number[] = [];
  for (const i of order) {
    const n = out.length;
    if (n > 0 && out[n - 1] >= starts[i]) {
      if (ends[i] > out[n - 1]) out[n - 1] = ends[i];
    } else {
      out.push(starts[i], ends[i]);
    }
  }
  return out;
}

/** Total length of `list ∩ [s, e)`. */
export function overlapLength(list: readonly number[], s: number, e: number): number {
  // Binary search for the first interval ending after s.
  let lo = 0;
  let hi = list.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[2 * mid + 1] <= s) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let k = 2 * lo; k < list.length && list[k] < e; k += 2) {
    sum += Math.min(e, list[k + 1]) - Math.max(s, list[k]);
  }
  return sum;
}

/** True when instant `t` lies in some `[s, e)` of `list`. */
export function containsInstant(list: readonly number[], t: number): boolean {
  return overlapLength(list, t, t + 1) > 0;
}
