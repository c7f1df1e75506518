import { createThresholdCurveChart, type ThresholdCurveProps } from './ThresholdCurveChart';
import { DEFAULT_ROC_MESSAGES } from './messages';

/** Props of {@link RocCurve}. */
export type RocCurveProps = ThresholdCurveProps;

/**
 * ROC curves of one or several binary models, overlaid, with each model's AUC in the legend
 * and the chance diagonal. An operating point follows the pointer along the active model's
 * curve and the arrow keys step it threshold by threshold; the read-out gives the threshold,
 * TPR, FPR and the confusion counts there. Numbers are core's `thresholdCurve` (scikit-learn's
 * `roc_curve`, `roc_auc_score`); curves over 800 points are downsampled by core's LTTB.
 *
 * @example
 * ```tsx
 * <RocCurve title="Fraud models" models={[{ name: 'GBM v3', yTrue, yScore }]} onThresholdChange={(t) => setThreshold(t)} />
 * ```
 */
export const RocCurve = /* @__PURE__ */ createThresholdCurveChart({
  widget: 'roc-curve',
  kind: 'roc',
  defaultTitle: 'ROC curve',
  defaultMessages: DEFAULT_ROC_MESSAGES,
  displayName: 'RocCurve',
});
