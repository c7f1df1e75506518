import type { ConfusionMatrixNormalization } from '@sextant/core';

/** What a cell's tooltip and announcement are built from (numbers already formatted). */
export interface ConfusionCellText {
  trueLabel: string;
  predLabel: string;
  /** Formatted count. */
  count: string;
  /** Formatted share of the row (true class). */
  rowShare: string;
  /** Formatted share of the column (predicted class). */
  columnShare: string;
  correct: boolean;
}

/** Every sentence and label ConfusionMatrix shows; pass any of them to translate or reword. */
export interface ConfusionMatrixMessages {
  views: Record<ConfusionMatrixNormalization, string>;
  viewsLabel: string;
  axisTrue: string;
  axisPred: string;
  recall: string;
  precision: string;
  accuracy: (value: string, total: string) => string;
  /** One line per cell: tooltip and screen-reader announcement. */
  cell: (c: ConfusionCellText) => string;
  instructions: string;
  empty: string;
  notDefined: string;
  legendLow: string;
  legendHigh: string;
  /** Caption of the hidden table of a large matrix (one row per class). */
  summaryCaption: string;
  mostConfusedWith: string;
}

export const DEFAULT_CONFUSION_MATRIX_MESSAGES: ConfusionMatrixMessages = {
  views: { counts: 'Counts', true: 'Recall %', pred: 'Precision %' },
  viewsLabel: 'Cell values',
  axisTrue: 'True class',
  axisPred: 'Predicted class',
  recall: 'Recall',
  precision: 'Precision',
  accuracy: (value, total) => `Accuracy ${value} of ${total} samples`,
  cell: (c) =>
    `True ${c.trueLabel}, predicted ${c.predLabel}: ${c.count} (${c.rowShare} of ${c.trueLabel}, ${c.columnShare} of predicted ${c.predLabel})${c.correct ? ', correct' : ''}`,
  instructions: 'Arrow keys move between cells, Home and End to the row ends, Enter selects a cell.',
  empty: 'No predictions to show yet.',
  notDefined: 'n/a',
  legendLow: 'fewer',
  legendHigh: 'more',
  summaryCaption: 'Per class: samples, correct, recall, precision and the most frequent wrong prediction',
  mostConfusedWith: 'Most often predicted as',
};
