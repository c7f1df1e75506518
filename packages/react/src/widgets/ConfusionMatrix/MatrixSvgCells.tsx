import type { ConfusionMatrixView } from '@sextant/core';
import { memo } from 'react';
import type { MatrixLayout } from './layout';

interface Props {
  view: ConfusionMatrixView;
  layout: MatrixLayout;
  fmt: { cellCount: (v: number) => string; cellShare: (v: number) => string };
}

/** Cells as SVG rects (and their values as text when they fit); colour and ink by bucket in CSS. */
export const MatrixSvgCells = /* @__PURE__ */ memo(function MatrixSvgCells({ view, layout, fmt }: Props) {
  const { gx, gy, cell, showText, fontSize } = layout;
  const format = view.normalize === 'counts' ? fmt.cellCount : fmt.cellShare;
  const out = [];
  for (let i = 0; i < view.size; i++) {
    for (let j = 0; j < view.size; j++) {
      const b = view.buckets[i][j];
      out.push(
        <rect
          key={`c${i}-${j}`}
          className="sextant-confusion-matrix__cell"
          data-b={b}
          data-diagonal={i === j || undefined}
          x={gx + j * cell}
          y={gy + i * cell}
          width={cell}
          height={cell}
        />,
      );
      if (showText) {
        out.push(
          <text
            key={`t${i}-${j}`}
            className="sextant-confusion-matrix__value"
            data-b={b}
            x={gx + (j + 0.5) * cell}
            y={gy + (i + 0.5) * cell}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={fontSize}
          >
            {format(view.values[i][j])}
          </text>,
        );
      }
    }
  }
  return <g className="sextant-confusion-matrix__cells">{out}</g>;
});
