export { ConfusionMatrix } from './ConfusionMatrix';
export type { ConfusionMatrixProps, ConfusionMatrixCell } from './ConfusionMatrix';
export { DEFAULT_CONFUSION_MATRIX_MESSAGES } from './messages';
export type { ConfusionMatrixMessages, ConfusionCellText } from './messages';
