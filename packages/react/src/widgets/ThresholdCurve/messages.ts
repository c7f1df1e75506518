/** The operating point of one model, numbers already formatted. */
export interface OperatingPointText {
  model: string;
  threshold: string;
  /** ROC: TPR / FPR; PR: precision / recall. */
  x: string;
  y: string;
  tp: string;
  fp: string;
  fn: string;
  tn: string;
}

/** Every sentence and label of RocCurve and PrecisionRecallCurve; pass any to translate or reword. */
export interface ThresholdCurveMessages {
  xAxis: string;
  yAxis: string;
  /** Legend metric, e.g. `AUC 0.962`. */
  score: (value: string) => string;
  chance: (value: string) => string;
  /** The read-out and announcement of the operating point. */
  point: (p: OperatingPointText) => string;
  thresholdLabel: string;
  infinity: string;
  instructions: string;
  empty: string;
  modelsLabel: string;
  tableCaption: string;
  positives: string;
  negatives: string;
  counts: { tp: string; fp: string; fn: string; tn: string };
}

export const DEFAULT_ROC_MESSAGES: ThresholdCurveMessages = {
  xAxis: 'False-positive rate',
  yAxis: 'True-positive rate',
  score: (v) => `AUC ${v}`,
  chance: () => 'Chance (AUC 0.5)',
  point: (p) =>
    `${p.model} at threshold ${p.threshold}: TPR ${p.y}, FPR ${p.x}; ${p.tp} true positives, ${p.fp} false positives, ${p.fn} false negatives, ${p.tn} true negatives`,
  thresholdLabel: 'Threshold',
  infinity: 'above every score',
  instructions:
    'Left and right arrow keys move the operating point along the curve, Page Up and Page Down by a tenth, Home and End to the ends.',
  empty: 'No scored examples to draw yet.',
  modelsLabel: 'Model whose operating point is shown',
  tableCaption: 'Per model: area under the curve, class totals and the confusion counts at the threshold',
  positives: 'Positives',
  negatives: 'Negatives',
  counts: { tp: 'TP', fp: 'FP', fn: 'FN', tn: 'TN' },
};

export const DEFAULT_PR_MESSAGES: ThresholdCurveMessages = {
  ...DEFAULT_ROC_MESSAGES,
  xAxis: 'Recall',
  yAxis: 'Precision',
  score: (v) => `AP ${v}`,
  chance: (v) => `Chance (positive rate ${v})`,
  point: (p) =>
    `${p.model} at threshold ${p.threshold}: precision ${p.y}, recall ${p.x}; ${p.tp} true positives, ${p.fp} false positives, ${p.fn} false negatives, ${p.tn} true negatives`,
  tableCaption: 'Per model: average precision, class totals and the confusion counts at the threshold',
};
