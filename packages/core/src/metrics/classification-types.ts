/**
 * The types of the classification metrics, apart from their functions so that the
 * precision / recall / F-score machinery (./internal/prf) and the accumulators can use them
 * without importing ./classification (no import cycle).
 */
import type { Label, ZeroDivision } from './labels';

/** `average` of the precision / recall / F-score family; `null` gives one value per label. */
export type Average = 'binary' | 'micro' | 'macro' | 'weighted' | null;

/** Options shared by {@link precisionScore}, {@link recallScore}, {@link f1Score}. */
export interface PrecisionRecallOptions {
  /** @default 'binary' */
  average?: Average;
  /** The positive class when `average` is `'binary'`. @default 1 (with boolean labels, `true`) */
  posLabel?: Label;
  /** Labels to include (and their order when `average` is `null`); ignored for `'binary'`. @default all labels of yTrue ∪ yPred, sorted */
  labels?: ArrayLike<Label>;
  sampleWeight?: ArrayLike<number>;
  /** Value for 0/0. @default 0 */
  zeroDivision?: ZeroDivision;
}

/** Options of {@link fbetaScore}. */
export interface FbetaOptions extends PrecisionRecallOptions {
  /** Weight of recall against precision (≥ 0; `Infinity` gives recall). */
  beta: number;
}

/** Options of {@link precisionRecallFscoreSupport}. */
export interface PrecisionRecallFscoreSupportOptions extends Omit<PrecisionRecallOptions, 'average'> {
  /** @default null (one value per label, as scikit-learn) */
  average?: Average;
  /** @default 1 */
  beta?: number;
}

/** Result of {@link precisionRecallFscoreSupport}: scikit-learn's return names. */
export interface PrecisionRecallFscoreSupport<T extends number | number[] = number | number[]> {
  precision: T;
  recall: T;
  fbetaScore: T;
  /** Weighted count of each label in yTrue; `null` when averaged. */
  support: number[] | null;
}

/** Options of {@link confusionMatrix}. */
export interface ConfusionMatrixOptions {
  /** Labels indexing the matrix, in this order. @default yTrue ∪ yPred, sorted */
  labels?: ArrayLike<Label>;
  sampleWeight?: ArrayLike<number>;
  /** Normalise over true rows, predicted columns or everything. @default null (counts) */
  normalize?: 'true' | 'pred' | 'all' | null;
}

/** Result of {@link confusionMatrix}: rows = true class, columns = predicted class. */
export interface ConfusionMatrixResult {
  labels: Label[];
  matrix: number[][];
}

/** One row of a {@link ClassificationReport}. */
export interface ClassificationReportRow {
  precision: number;
  recall: number;
  f1Score: number;
  support: number;
}

/**
 * scikit-learn's `classification_report(output_dict=True)`, keys camelCased: one row per
 * label (keyed by `String(label)` or `targetNames[i]`), then `accuracy` — or `microAvg`
 * when `labels` is a strict subset — `macroAvg` and `weightedAvg`.
 *
 * A null-prototype object (plain JSON for `JSON.stringify`), so a class named `__proto__`,
 * `constructor` or `toString` keeps its row. A class named like a summary key (`accuracy`,
 * `microAvg`, `macroAvg`, `weightedAvg`) would lose its row, as in scikit-learn: it is
 * refused (`INVALID_LABEL`) — give it another name with `targetNames`.
 */
export interface ClassificationReport {
  [label: string]: ClassificationReportRow | number | undefined;
  accuracy?: number;
  microAvg?: ClassificationReportRow;
  macroAvg: ClassificationReportRow;
  weightedAvg: ClassificationReportRow;
}

/** Options of {@link classificationReport}. */
export interface ClassificationReportOptions {
  labels?: ArrayLike<Label>;
  /** Display names for the labels, same length and order. */
  targetNames?: readonly string[];
  sampleWeight?: ArrayLike<number>;
  /** @default 0 */
  zeroDivision?: ZeroDivision;
}
