import type { ConfusionMatrixView } from '@sextant/core';

/** Pixel geometry of a confusion matrix for a container width (layout only; no data arithmetic). */
export interface MatrixLayout {
  width: number;
  height: number;
  /** Top-left of the cell area. */
  gx: number;
  gy: number;
  cell: number;
  /** Labels drawn on the axes (cells tall enough to read them). */
  showLabels: boolean;
  /** Cell values drawn as text. */
  showText: boolean;
  /** Margins: recall column right of the cells, precision row below; with text or as colour strips. */
  marginSize: number;
  marginText: boolean;
  fontSize: number;
  /** Characters of a label that fit the label space (labels longer than this are cut again). */
  labelChars: number;
}

const CHAR = 7.2;
const AXIS_TITLE = 20;

export function matrixLayout(view: ConfusionMatrixView, containerWidth: number, showMargins: boolean): MatrixLayout {
  const n = view.size;
  const longest = view.shortLabels.reduce((m, l) => Math.max(m, Array.from(l).length), 0);
  const minCell = view.compact ? 4 : 28;
  // First guess without labels, to know whether labels will be readable.
  // Labels take at most 30 % of a narrow container; the rest scrolls inside the widget.
  const labelSpace = Math.min(150, longest * CHAR + 10, Math.max(60, containerWidth * 0.3));
  const marginGuess = showMargins ? (view.compact ? 10 : 52) : 0;
  // Room right of the cells for the last column's slanted label (see `overhang` below).
  const slant = Math.min(longest, Math.max(2, Math.floor((labelSpace - 10) / CHAR))) * CHAR * 0.72;
  const rightGuess = Math.max(marginGuess, slant - 14);
  let cell = Math.floor((containerWidth - AXIS_TITLE - labelSpace - rightGuess - 8) / n);
  cell = Math.max(minCell, Math.min(72, cell));
  const showLabels = cell >= 12;
  if (!showLabels) {
    cell = Math.max(minCell, Math.min(72, Math.floor((containerWidth - AXIS_TITLE - marginGuess - 8) / n)));
  }
  const rowLabelW = showLabels ? labelSpace : 0;
  // Column labels run at −45°: their height is the label length times sin 45°.
  const labelChars = Math.max(2, Math.floor((labelSpace - 10) / CHAR));
  const colLabelH = showLabels ? Math.min(110, Math.ceil(Math.min(longest, labelChars) * CHAR * 0.72) + 12) : 0;
  const showText = !view.compact && cell >= 24;
  const marginText = showMargins && showText;
  const marginSize = showMargins ? (marginText ? 52 : 10) : 0;
  const gx = AXIS_TITLE + rowLabelW;
  const gy = AXIS_TITLE + colLabelH;
  // The last column's label, at −45°, reaches right of the cells by its length times cos 45°
  // less half a cell: the plot is wide enough for it, or it was cut at the edge.
  const overhang = showLabels ? Math.max(0, colLabelH - 12 - cell / 2) : 0;
  return {
    width: gx + n * cell + Math.max(showMargins ? marginSize + 6 : 0, Math.ceil(overhang)) + 4,
    height: gy + n * cell + (showMargins ? (marginText ? 28 : 16) : 0) + 4,
    gx,
    gy,
    cell,
    showLabels,
    showText,
    marginSize,
    marginText,
    fontSize: Math.max(10, Math.min(13, Math.floor(cell / 3))),
    labelChars,
  };
}
