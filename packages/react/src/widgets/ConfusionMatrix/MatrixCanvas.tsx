import type { ConfusionMatrixView } from '@sextant/core';
import { memo, useLayoutEffect, useRef } from 'react';
import type { MatrixLayout } from './layout';

interface Props {
  view: ConfusionMatrixView;
  layout: MatrixLayout;
  /** Redraw when the theme changes: the colours are read from the CSS variables. */
  theme: string;
}

/**
 * Cells on a 2D canvas, for matrices where thousands of SVG nodes get slow. Colours are the
 * theme's `--sextant-seq-*` variables read at draw time; cells are filled bucket by bucket
 * (one fillStyle change per colour). The canvas is hidden from assistive technology: the
 * focusable plot, its read-out and the hidden table carry the content.
 */
export const MatrixCanvas = /* @__PURE__ */ memo(function MatrixCanvas({ view, layout, theme }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const n = view.size;
  const w = n * layout.cell;
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(w * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const css = getComputedStyle(canvas);
    const cell = layout.cell;
    for (let b = 0; b < view.bucketCount; b++) {
      ctx.fillStyle = css.getPropertyValue(`--sextant-seq-${Math.min(8, b)}`).trim() || '#888';
      for (let i = 0; i < n; i++) {
        const row = view.buckets[i];
        for (let j = 0; j < n; j++) if (row[j] === b) ctx.fillRect(j * cell, i * cell, cell, cell);
      }
    }
  }, [view, layout.cell, n, w, theme]);
  return (
    <canvas
      ref={ref}
      className="sextant-confusion-matrix__canvas"
      aria-hidden="true"
      style={{ left: layout.gx, top: layout.gy, width: w, height: w }}
    />
  );
});
