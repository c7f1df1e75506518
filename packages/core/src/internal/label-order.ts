/**
 * The order of label and group values shared by the metrics and fairness areas: numbers
 * numerically, false < true, strings by Unicode code point (scikit-learn's, Python's and
 * NumPy's order, not UTF-16 code-unit order).
 * Internal: not exported from the package root.
 */
/**
 * A class label: numbers, strings and booleans, as scikit-learn accepts them. Within one
 * call every label must be of the same kind. Labels sort as scikit-learn sorts them:
 * numbers numerically, strings by Unicode code point, `false < true`. Declared here, once;
 * metrics re-exports it publicly, and ClusterLabel, FairnessLabel and Category are it.
 */
export type Label = string | number | boolean;

/** Code-point order (UTF-16 code units reordered so that surrogate pairs sort above U+FFFF's neighbours). */
function compareCodePoints(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800) x = x <= 0xdfff ? x + 0x2000 : x - 0x800;
    if (y >= 0xd800) y = y <= 0xdfff ? y + 0x2000 : y - 0x800;
    return x - y;
  }
  return a.length - b.length;
}

/** scikit-learn's label order for one kind of label. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0);
  // Mixed kinds are refused before any result is built; keep the sort total anyway.
  return typeof a < typeof b ? -1 : typeof a > typeof b ? 1 : 0;
}
