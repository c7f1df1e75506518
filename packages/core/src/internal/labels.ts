/**
 * Labels as the metrics, clustering and fairness areas take them — class labels, cluster
 * labels, sensitive-feature groups — and the one encoder that numbers them.
 * Internal: `Label` (declared in ./label-order) is re-exported publicly by the metrics area.
 */
import { compareLabels, type Label } from './label-order';

export type { Label };

/** The kind of a label (all labels of one call share it). */
export type LabelKind = 'number' | 'string' | 'boolean';

/**
 * Number the values of `a` in first-seen order into `codes`: one Map lookup per value, none
 * when it repeats the previous one (sorted or grouped data). `admit(v, i)` runs once per
 * distinct value, at its first index, before it gets its code — the caller's validation
 * (it may throw, or note the problem and let the scan go on). `seen` collects the distinct
 * values in code order.
 */
export function encodeFirstSeen(
  a: ArrayLike<unknown>,
  codes: Int32Array,
  seen: unknown[],
  admit: (v: unknown, i: number) => boolean | void,
  map: Map<unknown, number> = new Map(),
): void {
  const n = a.length;
  let last: unknown = undefined;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (v === last && lastCode >= 0) {
      codes[i] = lastCode;
      continue;
    }
    let c = map.get(v);
    if (c === undefined) {
      // A refused label ends the scan: the first bad element decides, in time proportional to it.
      if (admit(v, i) === true) return;
      c = seen.length;
      map.set(v, c);
      seen.push(v);
    }
    codes[i] = c;
    last = v;
    lastCode = c;
  }
}

/**
 * Sort first-seen values in label order ({@link compareLabels}); `rank[code]` is a code's
 * sorted position and `order[position]` the code there.
 */
export function sortFirstSeen(seen: readonly unknown[]): { classes: Label[]; rank: Int32Array; order: number[] } {
  const k = seen.length;
  const order = Array.from({ length: k }, (_, i) => i);
  order.sort((x, y) => compareLabels(seen[x] as Label, seen[y] as Label));
  const rank = new Int32Array(k);
  for (let s = 0; s < k; s++) rank[order[s]] = s;
  return { classes: order.map((c) => seen[c] as Label), rank, order };
}
