import { SextantError } from '../errors';
import { assertIntegerInRange, assertOneOf, isArrayLike, show } from '../internal/validate';
import { confusionMatrix } from './classification';
import type { Label } from './labels';

/** What the cells of a {@link ConfusionMatrixView} hold. */
export type ConfusionMatrixNormalization = 'counts' | 'true' | 'pred';

/** A confusion matrix given as labels, or already counted. */
export type ConfusionMatrixInput =
  | { yTrue: ArrayLike<Label>; yPred: ArrayLike<Label>; labels?: ArrayLike<Label>; sampleWeight?: ArrayLike<number> }
  | { labels: ArrayLike<Label>; matrix: ArrayLike<ArrayLike<number>> };

/** Options of {@link confusionMatrixView}. */
export interface ConfusionMatrixViewOptions {
  /** `'counts'`, row-normalised (`'true'`: each row is that class's recall split) or column-normalised (`'pred'`). @default 'counts' */
  normalize?: ConfusionMatrixNormalization;
  /** Number of colour steps, an integer in 2…32; bucket 0 is reserved for empty cells. @default 9 */
  buckets?: number;
  /** Counts view: `'sqrt'` spreads the colours when the diagonal dwarfs the confusions. @default 'linear' */
  scale?: 'linear' | 'sqrt';
  /** Above this many classes, labels are abbreviated and cells drop their text. @default 30 */
  compactAbove?: number;
  /** Longest label drawn on a compact matrix's axes, in characters (code points). @default 10 */
  shortLabelLength?: number;
  /** Longest label drawn otherwise (a 200-character class name still fits the axis). @default 20 */
  labelLength?: number;
}

/** What a confusion-matrix chart draws: plain arrays, rows = true class, columns = predicted. */
export interface ConfusionMatrixView {
  labels: Label[];
  /** `String(label)` for each class. */
  labelText: string[];
  /** The label as drawn on the axes: abbreviated with `…` past `shortLabelLength` when compact, past `labelLength` otherwise. */
  shortLabels: string[];
  size: number;
  counts: number[][];
  /** The cell values of the chosen `normalize` (counts, row shares or column shares). */
  values: number[][];
  /** Each cell's share of its row (scikit-learn's `normalize='true'`), for read-outs in any view. */
  rowShares: number[][];
  /** Each cell's share of its column (`normalize='pred'`). */
  columnShares: number[][];
  /** Colour step per cell, 0…buckets − 1; 0 only for a value of 0. */
  buckets: number[][];
  normalize: ConfusionMatrixNormalization;
  bucketCount: number;
  /** Row sums: samples of each true class (its support). */
  rowTotals: number[];
  /** Column sums: samples predicted as each class. */
  columnTotals: number[];
  total: number;
  /** Per class, diagonal / row total; null for a class with no samples (scikit-learn's 0/0). */
  recall: (number | null)[];
  /** Per class, diagonal / column total; null for a class never predicted. */
  precision: (number | null)[];
  /** Per true class, the predicted class it is most often mistaken for (index; ties: the first), or null with no errors. */
  topConfusion: (number | null)[];
  /** Colour step of each class's recall and precision (as a share in 0…1), for the margins; 0 where null. */
  recallBuckets: number[];
  precisionBuckets: number[];
  /** Trace / total; null for an all-zero matrix. */
  accuracy: number | null;
  /** The largest value the colour scale maps (1 for the normalised views). */
  maxValue: number;
  /** More classes than `compactAbove`: labels abbreviated, cell text dropped. */
  compact: boolean;
}

/**
 * The view model of a confusion-matrix chart: counts, row- or column-normalised values,
 * per-class precision and recall margins, a colour bucket per cell, and abbreviated labels
 * for large matrices. From `yTrue`/`yPred` it counts with {@link confusionMatrix} (same as
 * scikit-learn's `confusion_matrix`); a precomputed `{ labels, matrix }` is validated
 * (square, finite, ≥ 0, distinct labels). Normalised values equal scikit-learn's
 * `normalize='true'` / `'pred'`; margins its per-class `recall_score` / `precision_score`.
 *
 * @example
 * ```ts
 * const v = confusionMatrixView({ yTrue: ['cat', 'dog', 'dog'], yPred: ['cat', 'cat', 'dog'] }, { normalize: 'true' });
 * v.values; // [[1, 0], [0.5, 0.5]]
 * v.precision; // [0.5, 1]
 * v.recall; // [1, 0.5]
 * v.buckets; // [[8, 0], [5, 5]]
 * ```
 */
export function confusionMatrixView(input: ConfusionMatrixInput, options: ConfusionMatrixViewOptions = {}): ConfusionMatrixView {
  if (input === null || typeof input !== 'object') {
    throw new SextantError('INVALID_OPTION', `input must be { yTrue, yPred } or { labels, matrix }; got ${show(input)}`, {
      argument: 'input',
    });
  }
  const o = options ?? {};
  let labels: Label[];
  let counts: number[][];
  if ('matrix' in input) {
    ({ labels, counts } = readMatrix(input.labels, input.matrix));
  } else if ('yTrue' in input) {
    const cm = confusionMatrix(input.yTrue, input.yPred, { labels: input.labels, sampleWeight: input.sampleWeight });
    labels = cm.labels;
    counts = cm.matrix;
  } else {
    throw new SextantError('INVALID_OPTION', 'input must have yTrue and yPred, or labels and matrix', { argument: 'input' });
  }
  const normalize = o.normalize ?? 'counts';
  assertOneOf(normalize, ['counts', 'true', 'pred'] as const, 'options.normalize');
  const bucketCount = o.buckets ?? 9;
  assertIntegerInRange(bucketCount, 2, 32, 'options.buckets');
  const scale = o.scale ?? 'linear';
  assertOneOf(scale, ['linear', 'sqrt'] as const, 'options.scale');
  const compactAbove = o.compactAbove ?? 30;
  assertIntegerInRange(compactAbove, 1, 100000, 'options.compactAbove');
  const shortLength = o.shortLabelLength ?? 10;
  assertIntegerInRange(shortLength, 2, 1000, 'options.shortLabelLength');
  const labelLength = o.labelLength ?? 20;
  assertIntegerInRange(labelLength, 2, 1000, 'options.labelLength');

  const k = labels.length;
  const rowTotals = new Array<number>(k).fill(0);
  const columnTotals = new Array<number>(k).fill(0);
  let total = 0;
  let trace = 0;
  let maxCount = 0;
  for (let i = 0; i < k; i++) {
    const row = counts[i];
    for (let j = 0; j < k; j++) {
      const v = row[j];
      rowTotals[i] += v;
      columnTotals[j] += v;
      if (v > maxCount) maxCount = v;
    }
    total += rowTotals[i];
    trace += row[i];
  }
  if (!Number.isFinite(total)) {
    throw new SextantError('INVALID_VALUE', 'matrix: the counts add up past the largest finite number; scale them down', {
      argument: 'matrix',
    });
  }
  const rowShares: number[][] = [];
  const columnShares: number[][] = [];
  for (let i = 0; i < k; i++) {
    const rr = new Array<number>(k);
    const cr = new Array<number>(k);
    for (let j = 0; j < k; j++) {
      const c = counts[i][j];
      rr[j] = rowTotals[i] === 0 ? 0 : c / rowTotals[i];
      cr[j] = columnTotals[j] === 0 ? 0 : c / columnTotals[j];
    }
    rowShares.push(rr);
    columnShares.push(cr);
  }
  const values = normalize === 'counts' ? counts : normalize === 'true' ? rowShares : columnShares;
  const maxValue = normalize === 'counts' ? maxCount : 1;
  const steps = bucketCount - 1;
  const spread = scale === 'sqrt' && normalize === 'counts' ? Math.sqrt : (v: number) => v;
  const top = spread(maxValue);
  const buckets = values.map((row) => row.map((v) => (top === 0 ? 0 : bucketOf(spread(v) / top, steps))));
  const recall = rowTotals.map((t, i) => (t === 0 ? null : counts[i][i] / t));
  const precision = columnTotals.map((t, j) => (t === 0 ? null : counts[j][j] / t));
  const topConfusion = counts.map((row, i) => {
    let best: number | null = null;
    for (let j = 0; j < k; j++) if (j !== i && row[j] > 0 && (best === null || row[j] > row[best])) best = j;
    return best;
  });
  const labelText = labels.map(String);
  const compact = k > compactAbove;
  return {
    labels,
    labelText,
    shortLabels: labelText.map((t) => abbreviateLabel(t, compact ? shortLength : labelLength)),
    size: k,
    counts,
    values,
    rowShares,
    columnShares,
    buckets,
    normalize,
    bucketCount,
    rowTotals,
    columnTotals,
    total,
    recall,
    precision,
    topConfusion,
    recallBuckets: recall.map((v) => (v === null ? 0 : bucketOf(v, steps))),
    precisionBuckets: precision.map((v) => (v === null ? 0 : bucketOf(v, steps))),
    accuracy: total === 0 ? null : trace / total,
    maxValue,
    compact,
  };
}

/** Bucket 0 only for 0; a share t in (0, 1] lands in 1 + ⌊t·steps⌋, capped at `steps`. */
function bucketOf(t: number, steps: number): number {
  return t <= 0 ? 0 : Math.min(steps, 1 + Math.floor(t * steps));
}

/**
 * Shorten a label to at most `maxLength` characters (code points, so no emoji or
 * surrogate pair is split), ending with `…` when cut; whitespace is collapsed first.
 *
 * @example
 * ```ts
 * abbreviateLabel('electronics/phones/accessories', 12); // 'electronics…'
 * abbreviateLabel('shoes', 12); // 'shoes'
 * ```
 */
export function abbreviateLabel(label: string, maxLength: number): string {
  assertIntegerInRange(maxLength, 2, Number.MAX_SAFE_INTEGER, 'maxLength');
  const text = String(label).replace(/\s+/g, ' ').trim();
  // Cheap exit before splitting into code points: a long string is only sliced near its start.
  if (text.length <= maxLength) return text;
  const head = Array.from(text.slice(0, maxLength * 2));
  if (head.length <= maxLength && text.length <= maxLength * 2) return text;
  return `${head
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
}

function readMatrix(rawLabels: unknown, rawMatrix: unknown): { labels: Label[]; counts: number[][] } {
  if (!isArrayLike(rawLabels)) {
    throw new SextantError('INVALID_OPTION', `labels must be an array; got ${show(rawLabels)}`, { argument: 'labels' });
  }
  if (!isArrayLike(rawMatrix)) {
    throw new SextantError('INVALID_OPTION', `matrix must be an array of rows; got ${show(rawMatrix)}`, { argument: 'matrix' });
  }
  const k = rawLabels.length;
  if (k === 0) throw new SextantError('EMPTY_INPUT', 'labels is empty', { argument: 'labels' });
  if (rawMatrix.length !== k) {
    throw new SextantError('LENGTH_MISMATCH', `matrix has ${rawMatrix.length} rows but labels has ${k} entries`, {
      argument: 'matrix',
    });
  }
  const counts: number[][] = [];
  for (let i = 0; i < k; i++) {
    const row = rawMatrix[i];
    if (!isArrayLike(row) || row.length !== k) {
      throw new SextantError(
        'LENGTH_MISMATCH',
        `matrix[${i}] must have ${k} entries, one per label; got ${isArrayLike(row) ? `${row.length}` : show(row)}`,
        { argument: `matrix[${i}]`, index: i },
      );
    }
    const out = new Array<number>(k);
    for (let j = 0; j < k; j++) {
      const v = row[j] as unknown;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new SextantError('NON_FINITE', `matrix[${i}][${j}] must be a finite number; got ${show(v)}`, {
          argument: `matrix[${i}][${j}]`,
          index: i,
          value: v,
        });
      }
      out[j] = v;
    }
    counts.push(out);
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (counts[i][j] < 0) {
        throw new SextantError('INVALID_VALUE', `matrix[${i}][${j}] is ${counts[i][j]}; counts must be ≥ 0`, {
          argument: `matrix[${i}][${j}]`,
          index: i,
          value: counts[i][j],
        });
      }
    }
  }
  const seen = new Map<Label, number>();
  const labels: Label[] = [];
  for (let i = 0; i < k; i++) {
    const l = rawLabels[i] as unknown;
    if (typeof l !== 'string' && typeof l !== 'boolean' && !(typeof l === 'number' && Number.isFinite(l))) {
      throw new SextantError('INVALID_LABEL', `labels[${i}] is ${show(l)}; labels must be strings, finite numbers or booleans`, {
        argument: 'labels',
        index: i,
        value: l,
      });
    }
    const prev = seen.get(l);
    if (prev !== undefined) {
      throw new SextantError('INVALID_LABEL', `labels[${i}] repeats labels[${prev}] (${show(l)}); labels must be distinct`, {
        argument: 'labels',
        index: i,
        value: l,
      });
    }
    seen.set(l, i);
    labels.push(l);
  }
  return { labels, counts };
}
