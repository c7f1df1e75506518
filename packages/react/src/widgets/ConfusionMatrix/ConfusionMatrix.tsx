import {
  confusionMatrixView,
  SextantError,
  type ConfusionMatrixInput,
  type ConfusionMatrixNormalization,
  type ConfusionMatrixView,
  type Label,
} from '@sextant/core';
import { forwardRef, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { numberFormatter } from '../../frame/format';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { gridNavigation, type GridPosition } from '../../grid/gridNavigation';
import { distinctAbbreviations } from './labels';
import { matrixLayout, type MatrixLayout } from './layout';
import { MatrixCanvas } from './MatrixCanvas';
import { MatrixSvgCells } from './MatrixSvgCells';
import { MatrixTable } from './MatrixTable';
import { DEFAULT_CONFUSION_MATRIX_MESSAGES, type ConfusionMatrixMessages } from './messages';

/** What `onCellClick` receives. */
export interface ConfusionMatrixCell {
  trueLabel: Label;
  predLabel: Label;
  count: number;
  row: number;
  col: number;
}

/** Props of {@link ConfusionMatrix}. */
export interface ConfusionMatrixProps extends WidgetBaseProps {
  /** True labels; with `yPred`, the widget counts the matrix (scikit-learn's `confusion_matrix`). */
  yTrue?: ArrayLike<Label>;
  yPred?: ArrayLike<Label>;
  /** Class order (and, with `matrix`, the classes of its rows and columns). @default yTrue ∪ yPred, sorted */
  labels?: ArrayLike<Label>;
  sampleWeight?: ArrayLike<number>;
  /** A precomputed matrix, rows = true class, columns = predicted; needs `labels`. */
  matrix?: ArrayLike<ArrayLike<number>>;
  /** Cell values: counts, row shares (recall view) or column shares (precision view) (controlled). */
  normalize?: ConfusionMatrixNormalization;
  /** @default 'counts' */
  defaultNormalize?: ConfusionMatrixNormalization;
  onNormalizeChange?: (normalize: ConfusionMatrixNormalization) => void;
  /** Per-class recall (right) and precision (bottom) margins. @default true */
  showMargins?: boolean;
  /** Colour scale of the counts view; `'sqrt'` shows small confusions beside a large diagonal. @default 'linear' */
  scale?: 'linear' | 'sqrt';
  /** Above this many classes, labels abbreviate and cells drop their text. @default 30 */
  compactAbove?: number;
  /** `'auto'` draws cells on a canvas above 40 classes (SVG gets slow), in SVG otherwise. @default 'auto' */
  renderer?: 'auto' | 'svg' | 'canvas';
  /** Called when a cell is clicked or Enter / Space is pressed on it. */
  onCellClick?: (cell: ConfusionMatrixCell) => void;
  messages?: Partial<ConfusionMatrixMessages>;
}

const VIEWS: readonly ConfusionMatrixNormalization[] = ['counts', 'true', 'pred'];

function lengthOf(a: unknown): number | undefined {
  return a !== null && typeof a === 'object' && typeof (a as { length?: unknown }).length === 'number'
    ? (a as { length: number }).length
    : undefined;
}

/**
 * A confusion matrix: counts, recall view (rows sum to 100 %) or precision view (columns
 * sum to 100 %), with per-class recall and precision margins, a sequential colour scale from
 * the theme and cell text coloured for contrast. 2 to 200+ classes: past `compactAbove`
 * classes labels abbreviate (full names in the tooltip) and cells drop their text; past 40
 * the cells are drawn on a canvas. Every number comes from core's `confusionMatrixView`.
 *
 * Keyboard: Tab focuses the matrix; arrow keys move between cells, Home / End to the ends of
 * the row (with Ctrl, of the matrix), PageUp / PageDown ten rows; the tooltip follows focus
 * and a polite announcement reads the cell; Enter / Space calls `onCellClick`. A visually
 * hidden table (per class for large matrices) is the text alternative.
 *
 * @example
 * ```tsx
 * <ConfusionMatrix title="Intent classifier" yTrue={yTrue} yPred={yPred} onCellClick={(c) => openExamples(c)} />
 * ```
 */
export const ConfusionMatrix = /* @__PURE__ */ forwardRef<HTMLElement, ConfusionMatrixProps>(function ConfusionMatrix(
  {
    yTrue,
    yPred,
    labels,
    sampleWeight,
    matrix,
    normalize,
    defaultNormalize = 'counts',
    onNormalizeChange,
    showMargins = true,
    scale = 'linear',
    compactAbove = 30,
    renderer = 'auto',
    onCellClick,
    messages: messagesProp,
    title = 'Confusion matrix',
    ...rest
  },
  ref,
) {
  const { locale, theme } = useSextantContext();
  const { messages: messages, error: messagesError } = useMessages(DEFAULT_CONFUSION_MATRIX_MESSAGES, messagesProp);
  const [view, setView] = useControllableState<ConfusionMatrixNormalization>({
    value: normalize,
    defaultValue: defaultNormalize,
    onChange: onNormalizeChange,
    name: 'ConfusionMatrix.normalize',
  });

  const empty =
    matrix !== undefined ? lengthOf(labels) === 0 && lengthOf(matrix) === 0 : lengthOf(yTrue) === 0 && lengthOf(yPred) === 0;
  const model = useSafeComputation<ConfusionMatrixView | null>(() => {
    if (empty) return null;
    let input: ConfusionMatrixInput;
    if (matrix !== undefined) {
      if (labels === undefined) {
        throw new SextantError('INVALID_OPTION', 'labels is required with matrix: one label per row and column', {
          argument: 'labels',
        });
      }
      input = { labels, matrix };
    } else if (yTrue !== undefined && yPred !== undefined) {
      input = { yTrue, yPred, labels, sampleWeight };
    } else {
      throw new SextantError('INVALID_OPTION', 'pass yTrue and yPred, or labels and matrix', { argument: 'yTrue' });
    }
    return confusionMatrixView(input, { normalize: view, scale, compactAbove });
  }, [empty, yTrue, yPred, labels, sampleWeight, matrix, view, scale, compactAbove]);

  const toolbar = (
    <div className="sextant-confusion-matrix__views" role="group" aria-label={messages.viewsLabel}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className="sextant-confusion-matrix__view"
          aria-pressed={view === v}
          onClick={() => setView(v)}
        >
          {messages.views[v]}
        </button>
      ))}
    </div>
  );

  return (
    <WidgetFrame
      ref={ref}
      widget="confusion-matrix"
      title={title}
      error={messagesError ?? model.error}
      actions={model.ok && model.value ? toolbar : undefined}
      resetKeys={[yTrue, yPred, labels, matrix, view]}
      {...(model.ok && model.value === null ? { 'data-state': 'empty' } : {})}
      data-view={view}
      {...rest}
    >
      {model.ok ? (
        model.value ? (
          <MatrixBody
            view={model.value}
            messages={messages}
            locale={locale}
            theme={theme}
            showMargins={showMargins}
            renderer={renderer}
            onCellClick={onCellClick}
          />
        ) : (
          <p className="sextant-confusion-matrix__empty">{messages.empty}</p>
        )
      ) : null}
    </WidgetFrame>
  );
});

interface BodyProps {
  view: ConfusionMatrixView;
  messages: ConfusionMatrixMessages;
  locale: string | undefined;
  theme: string;
  showMargins: boolean;
  renderer: 'auto' | 'svg' | 'canvas';
  onCellClick?: (cell: ConfusionMatrixCell) => void;
}

/** Formatters of one locale: counts, shares in cells (whole percent) and in read-outs (one decimal). */
function useFormats(locale: string | undefined) {
  return useMemo(() => {
    // frame/format: en-US written directly (no ICU start-up on first paint), Intl otherwise.
    const count = numberFormatter(locale, { maximumFractionDigits: 2 });
    const countCompact = numberFormatter(locale, { notation: 'compact', maximumFractionDigits: 1 });
    return {
      count,
      cellCount: (v: number) => (v >= 10000 ? countCompact(v) : count(v)),
      cellShare: numberFormatter(locale, { style: 'percent', maximumFractionDigits: 0 }),
      share: numberFormatter(locale, { style: 'percent', maximumFractionDigits: 1 }),
    };
  }, [locale]);
}

function MatrixBody({ view, messages, locale, theme, showMargins, renderer, onCellClick }: BodyProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 640);
  // The scroller pads 4 px on each side for the focus ring.
  const layout = useMemo(() => matrixLayout(view, width - 8, showMargins), [view, width, showMargins]);
  const fmt = useFormats(locale);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [hover, setHover] = useState<GridPosition | null>(null);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const id = useId();
  const n = view.size;
  const useCanvas = renderer === 'canvas' || (renderer === 'auto' && n > 40);
  // A position from before the data changed may be outside the new matrix.
  const at = { row: Math.min(active.row, n - 1), col: Math.min(active.col, n - 1) };
  const shown = hover ?? (focused ? at : null);

  const cellText = (p: GridPosition) => {
    const c = view.counts[p.row][p.col];
    const rt = view.rowTotals[p.row];
    const ct = view.columnTotals[p.col];
    return messages.cell({
      trueLabel: view.labelText[p.row],
      predLabel: view.labelText[p.col],
      count: fmt.count(c),
      rowShare: rt === 0 ? messages.notDefined : fmt.share(view.rowShares[p.row][p.col]),
      columnShare: ct === 0 ? messages.notDefined : fmt.share(view.columnShares[p.row][p.col]),
      correct: p.row === p.col,
    });
  };

  const cellAt = (e: PointerEvent<HTMLElement>): GridPosition | null => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left - layout.gx;
    const y = e.clientY - box.top - layout.gy;
    const col = Math.floor(x / layout.cell);
    const row = Math.floor(y / layout.cell);
    return row >= 0 && row < n && col >= 0 && col < n ? { row, col } : null;
  };

  const fire = (p: GridPosition) =>
    onCellClick?.({
      trueLabel: view.labels[p.row],
      predLabel: view.labels[p.col],
      count: view.counts[p.row][p.col],
      row: p.row,
      col: p.col,
    });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      fire(at);
      return;
    }
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const next = gridNavigation(at, e, { rows: n, cols: n }, { rtl, pageSize: 10 });
    if (!next) return;
    e.preventDefault();
    setHover(null);
    setActive(next);
    setAnnouncement(cellText(next));
  };

  const scrollerRef = useRef<HTMLDivElement>(null);
  const tip = shown ? tooltipPosition(layout, shown) : null;
  const totalText = fmt.count(view.total);

  return (
    <div ref={wrapRef} className="sextant-confusion-matrix__body">
      <div ref={scrollerRef} className="sextant-confusion-matrix__scroller">
        <div
          className="sextant-confusion-matrix__plot"
          style={{ width: layout.width, height: layout.height }}
          role="application"
          aria-roledescription="confusion matrix"
          aria-label={`${messages.axisTrue} × ${messages.axisPred}, ${n} × ${n}`}
          aria-describedby={`${id}-help`}
          tabIndex={0}
          data-renderer={useCanvas ? 'canvas' : 'svg'}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onPointerMove={(e) => {
            const p = cellAt(e);
            setHover((h) => (p && h && h.row === p.row && h.col === p.col ? h : p));
          }}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => {
            const p = cellAt(e as unknown as PointerEvent<HTMLElement>);
            if (!p) return;
            setActive(p);
            fire(p);
          }}
        >
          <svg
            className="sextant-confusion-matrix__svg"
            width={layout.width}
            height={layout.height}
            aria-hidden="true"
            focusable="false"
          >
            <Axes view={view} layout={layout} messages={messages} active={shown} />
            {useCanvas ? null : <MatrixSvgCells view={view} layout={layout} fmt={fmt} />}
            {showMargins ? <Margins view={view} layout={layout} fmt={fmt} messages={messages} /> : null}
          </svg>
          {useCanvas ? <MatrixCanvas view={view} layout={layout} theme={theme} /> : null}
          {shown ? (
            <div
              className="sextant-confusion-matrix__highlight"
              aria-hidden="true"
              style={{
                left: layout.gx + shown.col * layout.cell,
                top: layout.gy + shown.row * layout.cell,
                width: layout.cell,
                height: layout.cell,
              }}
            />
          ) : null}
          {shown && tip ? (
            <div
              className="sextant-confusion-matrix__tooltip"
              data-placement={tip.placement}
              aria-hidden="true"
              style={{ left: tip.x, top: tip.y }}
            >
              <span className="sextant-confusion-matrix__tooltip-value">
                {fmt.count(view.counts[shown.row][shown.col])}
                {view.normalize === 'counts' ? null : ` · ${fmt.share(view.values[shown.row][shown.col])}`}
              </span>
              <span>{cellText(shown)}</span>
            </div>
          ) : null}
        </div>
      </div>
      <div className="sextant-confusion-matrix__footer">
        <Legend view={view} fmt={fmt} messages={messages} />
        <p className="sextant-confusion-matrix__accuracy">
          {messages.accuracy(view.accuracy === null ? messages.notDefined : fmt.share(view.accuracy), totalText)}
        </p>
      </div>
      <VisuallyHidden id={`${id}-help`}>{messages.instructions}</VisuallyHidden>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <MatrixTable view={view} fmt={fmt} messages={messages} />
    </div>
  );
}

function tooltipPosition(layout: MatrixLayout, p: GridPosition): { x: number; y: number; placement: 'above' | 'below' } {
  const cx = layout.gx + (p.col + 0.5) * layout.cell;
  const top = layout.gy + p.row * layout.cell;
  // Keep a 240 px wide tooltip inside the plot: anchored at the cell centre, clamped.
  const x = Math.max(120, Math.min(layout.width - 120, cx));
  return top > 90 ? { x, y: top - 6, placement: 'above' } : { x, y: top + layout.cell + 6, placement: 'below' };
}

type Fmt = ReturnType<typeof useFormats>;

function Axes({
  view,
  layout,
  messages,
  active,
}: {
  view: ConfusionMatrixView;
  layout: MatrixLayout;
  messages: ConfusionMatrixMessages;
  /** The cell under the pointer or keyboard focus: its row and column labels stand out. */
  active: GridPosition | null;
}) {
  const n = view.size;
  const { gx, gy, cell } = layout;
  // Core's short labels set the longest a label may be; the axis may fit fewer characters.
  // Cut from the full names so labels sharing a long start stay distinct.
  const labels = useMemo(() => {
    const longest = view.shortLabels.reduce((m, l) => Math.max(m, Array.from(l).length), 0);
    return distinctAbbreviations(view.labelText, Math.min(longest, layout.labelChars));
  }, [view.shortLabels, view.labelText, layout.labelChars]);
  return (
    <g className="sextant-confusion-matrix__axes">
      <text className="sextant-confusion-matrix__axis-title" x={gx + (n * cell) / 2} y={12} textAnchor="middle">
        {messages.axisPred}
      </text>
      <text
        className="sextant-confusion-matrix__axis-title"
        transform={`translate(12 ${gy + (n * cell) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {messages.axisTrue}
      </text>
      {layout.showLabels
        ? labels.map((l, i) => (
            <g key={i}>
              <text
                className="sextant-confusion-matrix__label"
                data-active={active?.row === i || undefined}
                x={gx - 6}
                y={gy + (i + 0.5) * cell}
                textAnchor="end"
                dominantBaseline="central"
              >
                {l}
                {l !== view.labelText[i] ? <title>{view.labelText[i]}</title> : null}
              </text>
              <text
                className="sextant-confusion-matrix__label"
                data-active={active?.col === i || undefined}
                transform={`translate(${gx + (i + 0.5) * cell} ${gy - 6}) rotate(-45)`}
                textAnchor="start"
              >
                {l}
                {l !== view.labelText[i] ? <title>{view.labelText[i]}</title> : null}
              </text>
            </g>
          ))
        : null}
    </g>
  );
}

function Margins({
  view,
  layout,
  fmt,
  messages,
}: {
  view: ConfusionMatrixView;
  layout: MatrixLayout;
  fmt: Fmt;
  messages: ConfusionMatrixMessages;
}) {
  const n = view.size;
  const { gx, gy, cell, marginSize, marginText } = layout;
  const mx = gx + n * cell + 6;
  const my = gy + n * cell + 6;
  const mh = marginText ? 22 : 10;
  return (
    <g className="sextant-confusion-matrix__margins" data-text={marginText || undefined}>
      {view.recall.map((r, i) => (
        <g key={`r${i}`}>
          <rect
            className="sextant-confusion-matrix__margin"
            data-b={view.recallBuckets[i]}
            x={mx}
            y={gy + i * cell + 1}
            width={marginSize}
            height={cell - 2}
          />
          {marginText ? (
            <text
              className="sextant-confusion-matrix__margin-text"
              data-b={view.recallBuckets[i]}
              x={mx + marginSize / 2}
              y={gy + (i + 0.5) * cell}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {r === null ? messages.notDefined : fmt.cellShare(r)}
            </text>
          ) : null}
        </g>
      ))}
      {view.precision.map((p, j) => (
        <g key={`p${j}`}>
          <rect
            className="sextant-confusion-matrix__margin"
            data-b={view.precisionBuckets[j]}
            x={gx + j * cell + 1}
            y={my}
            width={cell - 2}
            height={mh}
          />
          {marginText ? (
            <text
              className="sextant-confusion-matrix__margin-text"
              data-b={view.precisionBuckets[j]}
              x={gx + (j + 0.5) * cell}
              y={my + mh / 2}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {p === null ? messages.notDefined : fmt.cellShare(p)}
            </text>
          ) : null}
        </g>
      ))}
      {marginText ? (
        <>
          <text className="sextant-confusion-matrix__margin-title" x={mx + marginSize / 2} y={gy - 6} textAnchor="middle">
            {messages.recall}
          </text>
          <text
            className="sextant-confusion-matrix__margin-title"
            x={gx - 6}
            y={my + mh / 2}
            textAnchor="end"
            dominantBaseline="central"
          >
            {messages.precision}
          </text>
        </>
      ) : null}
    </g>
  );
}

function Legend({ view, fmt, messages }: { view: ConfusionMatrixView; fmt: Fmt; messages: ConfusionMatrixMessages }) {
  const steps = Array.from({ length: view.bucketCount }, (_, i) => i);
  const high = view.normalize === 'counts' ? fmt.count(view.maxValue) : fmt.share(view.maxValue);
  const low = view.normalize === 'counts' ? fmt.count(0) : fmt.share(0);
  return (
    <div className="sextant-confusion-matrix__legend">
      <span>
        {low} <VisuallyHidden>({messages.legendLow})</VisuallyHidden>
      </span>
      <span className="sextant-confusion-matrix__ramp" aria-hidden="true">
        {steps.map((b) => (
          <span key={b} className="sextant-confusion-matrix__swatch" data-b={b} />
        ))}
      </span>
      <span>
        {high} <VisuallyHidden>({messages.legendHigh})</VisuallyHidden>
      </span>
    </div>
  );
}

export type { Fmt as ConfusionMatrixFormats };
