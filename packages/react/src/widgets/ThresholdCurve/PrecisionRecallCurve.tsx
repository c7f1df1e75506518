import { createThresholdCurveChart, type ThresholdCurveProps } from './ThresholdCurveChart';
import { DEFAULT_PR_MESSAGES } from './messages';

/** Props of {@link PrecisionRecallCurve}. */
export type PrecisionRecallCurveProps = ThresholdCurveProps;

/**
 * Precision–recall curves of one or several binary models, drawn as steps (so the area under
 * each is its average precision, shown in the legend), with the chance line at the positive
 * rate. The operating point moves with the pointer and the arrow keys and reads out threshold,
 * precision, recall and the confusion counts. Numbers are core's `thresholdCurve`
 * (scikit-learn's `precision_recall_curve`, `average_precision_score`).
 *
 * @example
 * ```tsx
 * <PrecisionRecallCurve title="Fraud models" models={[{ name: 'GBM v3', yTrue, yScore }]} defaultThreshold={0.3} />
 * ```
 */
export const PrecisionRecallCurve = /* @__PURE__ */ createThresholdCurveChart({
  widget: 'precision-recall-curve',
  kind: 'pr',
  defaultTitle: 'Precision–recall curve',
  defaultMessages: DEFAULT_PR_MESSAGES,
  displayName: 'PrecisionRecallCurve',
});
