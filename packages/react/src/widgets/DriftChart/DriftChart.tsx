import {
  driftBinComparison,
  driftChartModel,
  driftOverTime,
  SextantError,
  type DetectDriftOptions,
  type DriftBatch,
  type DriftBinComparison,
  type DriftChartModel,
  type DriftChartInput,
  type DriftTable,
} from '@sextant/core';
import { Brush, type BrushHandleRenderProps, type BrushProps } from '@visx/brush';
import { AxisBottom, AxisLeft, GridRows } from './axes';
import { forwardRef, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { dateFormatter, numberFormatter } from '../../frame/format';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { brushKeyTarget, stepKeyTarget } from './keys';
import { linearScale, type LinearScale } from './scale';
import { useMeasuredWidth } from '../../hooks/useElementWidth';
import { DEFAULT_DRIFT_CHART_MESSAGES, type DriftChartMessages } from './messages';

/** Props of {@link DriftChart}. */
export interface DriftChartProps extends WidgetBaseProps {
  /** The baseline table; with `batches`, the widget runs core's `driftOverTime` and can compare histograms. */
  reference?: DriftTable;
  batches?: readonly DriftBatch[];
  /** Options of `driftOverTime` (tests, thresholds, binning). */
  driftOptions?: DetectDriftOptions;
  /**
   * A precomputed `driftOverTime` result (no histogram panel without the data); a series may
   * also be columns `{ at, score, drifted? }` (arrays or typed arrays), for long monitoring
   * histories without an object per batch.
   */
  result?: DriftChartInput;
  /** The feature shown (controlled). */
  feature?: string;
  /** @default the first feature */
  defaultFeature?: string;
  onFeatureChange?: (feature: string) => void;
  /** Zoom window as inclusive batch indices (controlled); `null` shows everything. */
  range?: [number, number] | null;
  /** @default null */
  defaultRange?: [number, number] | null;
  onRangeChange?: (range: [number, number] | null) => void;
  /** Batch whose histograms are compared (controlled). */
  selectedBatch?: number;
  /** @default the last batch */
  defaultSelectedBatch?: number;
  onSelectedBatchChange?: (index: number) => void;
  /** Most points drawn; longer windows are downsampled by core's LTTB. @default 600 */
  maxPoints?: number;
  /** Bins of the histogram panel (PSI, reference quantiles). @default 10 */
  bins?: number;
  /**
   * Draw the charts this many CSS pixels wide instead of measuring the container: the chart is
   * in the server's HTML and the first paint has no measuring pass (server rendering, print,
   * fixed-size tiles). A narrower container scales the drawing down. A number in 120…100000.
   * @default the container's width
   */
  width?: number;
  messages?: Partial<DriftChartMessages>;
}

const M = { top: 14, right: 16, bottom: 30, left: 52 };
const HEIGHT = 240;
const OVERVIEW = 44;
/** Width of the brush's edge handles: 24 × 44 px targets (WCAG 2.5.8). */
const HANDLE = 24;

/**
 * Drift of each feature over time from core's `driftOverTime`: the score per batch with the
 * feature's threshold, markers where drift starts and ends, a feature picker, an overview
 * strip to zoom (drag, or arrow keys), and for the selected batch the reference and current
 * histograms with each bin's PSI term (core's `driftBinComparison`). Long series are
 * downsampled in core (LTTB), so 100k batches draw as a few hundred points.
 *
 * @example
 * ```tsx
 * <DriftChart title="Embedding drift" reference={train} batches={dailyBatches} defaultFeature="prompt_length" />
 * ```
 */
export const DriftChart = /* @__PURE__ */ forwardRef<HTMLElement, DriftChartProps>(function DriftChart(
  {
    reference,
    batches,
    driftOptions,
    result,
    feature,
    defaultFeature,
    onFeatureChange,
    range,
    defaultRange = null,
    onRangeChange,
    selectedBatch,
    defaultSelectedBatch,
    onSelectedBatchChange,
    maxPoints = 600,
    bins = 10,
    width,
    messages: messagesProp,
    title = 'Feature drift',
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const { messages: messages, error: messagesError } = useMessages(DEFAULT_DRIFT_CHART_MESSAGES, messagesProp);
  const drift = useSafeComputation<DriftChartInput | null>(() => {
    if (result !== undefined) return result;
    if (reference === undefined || batches === undefined) {
      throw new SextantError('INVALID_OPTION', 'pass reference and batches, or a driftOverTime result', { argument: 'result' });
    }
    if (Array.isArray(batches) && batches.length === 0) return null;
    return driftOverTime(reference, batches, driftOptions);
  }, [result, reference, batches, driftOptions]);
  const features = drift.ok && drift.value ? drift.value.features.map((f) => f.name) : [];
  const [chosen, setChosen] = useControllableState<string | undefined>({
    value: feature,
    defaultValue: defaultFeature,
    onChange: (f) => f !== undefined && onFeatureChange?.(f),
    name: 'DriftChart.feature',
  });
  const current = chosen ?? features[0];
  const [win, setWin] = useControllableState<[number, number] | null>({
    value: range,
    defaultValue: defaultRange,
    onChange: onRangeChange,
    name: 'DriftChart.range',
  });
  const model = useSafeComputation<DriftChartModel | null>(() => {
    if (!drift.ok) throw drift.error;
    if (width !== undefined && !(typeof width === 'number' && width >= 120 && width <= 100_000)) {
      throw new SextantError('INVALID_OPTION', `width must be a number of CSS pixels in 120…100000; got ${String(width)}`, {
        argument: 'width',
      });
    }
    if (drift.value === null || current === undefined) return null;
    return driftChartModel(drift.value, current, { from: win?.[0], to: win?.[1], maxPoints });
  }, [drift, current, win, maxPoints, width]);
  // The overview strip shows every batch. Unzoomed, the window is every batch, so the strip
  // reuses the main model: core reads the series once on first paint (100k batches cost
  // tens of ms per read). Zoomed, the whole series gets its own model, kept across brush moves.
  const zoomed = win !== null;
  const overall = useSafeComputation<DriftChartModel | null>(() => {
    if (!zoomed || !drift.ok || drift.value === null || current === undefined) return null;
    return driftChartModel(drift.value, current, { maxPoints });
  }, [zoomed, drift, current, maxPoints]);
  const full = overall.ok && overall.value ? overall.value : model.ok ? model.value : null;
  const n = model.ok && model.value ? model.value.times.length : 0;
  const [sel, setSel] = useControllableState<number>({
    value: selectedBatch,
    defaultValue: defaultSelectedBatch ?? -1,
    onChange: onSelectedBatchChange,
    name: 'DriftChart.selectedBatch',
  });
  const selected = n === 0 ? -1 : sel < 0 || sel >= n ? n - 1 : sel;

  const picker =
    features.length > 0 ? (
      <label className="sextant-drift-chart__picker">
        <span>{messages.featureLabel}</span>
        <select value={current} onChange={(e) => setChosen(e.target.value)}>
          {features.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
    ) : undefined;

  return (
    <WidgetFrame
      ref={ref}
      widget="drift-chart"
      title={title}
      error={messagesError ?? model.error ?? overall.error}
      actions={model.ok && model.value ? picker : undefined}
      resetKeys={[result, reference, batches, current, win]}
      {...(model.ok && model.value === null ? { 'data-state': 'empty' } : {})}
      {...rest}
    >
      {model.ok && model.value ? (
        <DriftBody
          model={model.value}
          full={full as DriftChartModel}
          window={win}
          onWindow={setWin}
          selected={selected}
          onSelect={setSel}
          reference={reference}
          batches={batches}
          bins={bins}
          fixedWidth={width}
          messages={messages}
          locale={locale}
        />
      ) : model.ok ? (
        <p className="sextant-drift-chart__empty">{messages.empty}</p>
      ) : null}
    </WidgetFrame>
  );
});

/**
 * The SVG path through the given batches, `M x,y L x,y …` — what visx's LinePath draws with
 * a linear curve — in one loop with the scales' linear maps inlined and coordinates to a
 * hundredth of a pixel (a first paint ran d3-shape's generic machinery cold for two lines).
 * Exported for its test against LinePath; not part of the package's API.
 */
export function polyline(
  batches: readonly number[],
  times: Float64Array,
  scores: Float64Array,
  x: LinearScale,
  y: LinearScale,
): string {
  const [xd0, xd1] = x.domain();
  const [xr0, xr1] = x.range();
  const [yd0, yd1] = y.domain();
  const [yr0, yr1] = y.range();
  const kx = (xr1 - xr0) / (xd1 - xd0);
  const ky = (yr1 - yr0) / (yd1 - yd0);
  let d = '';
  for (let k = 0; k < batches.length; k++) {
    const i = batches[k];
    const px = Math.round((xr0 + (times[i] - xd0) * kx) * 100) / 100;
    const py = Math.round((yr0 + (scores[i] - yd0) * ky) * 100) / 100;
    d += `${k === 0 ? 'M' : 'L'}${px},${py}`;
  }
  return d;
}

interface BodyProps {
  model: DriftChartModel;
  full: DriftChartModel;
  window: [number, number] | null;
  onWindow: (w: [number, number] | null) => void;
  selected: number;
  onSelect: (i: number) => void;
  reference?: DriftTable;
  batches?: readonly DriftBatch[];
  bins: number;
  fixedWidth: number | undefined;
  messages: DriftChartMessages;
  locale: string | undefined;
}

/**
 * The chart's formatters. Intl's own are made on first use only, and for en-US the shapes
 * first paint needs are written directly (frame/format): no ICU start-up before the chart shows.
 */
function useFormats(locale: string | undefined, spanMs: number) {
  return useMemo(() => {
    const day = dateFormatter(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const full = dateFormatter(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const time = dateFormatter(locale, {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    const score = numberFormatter(locale, { maximumSignificantDigits: 3 });
    const edge = numberFormatter(locale, { maximumSignificantDigits: 4 });
    const pct = numberFormatter(locale, { style: 'percent', maximumFractionDigits: 1 });
    const count = numberFormatter(locale);
    const stamp = dateFormatter(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    const short = spanMs < 3 * 86_400_000;
    return {
      /** Date and time, for rows of batches less than a day apart. */
      stamp,
      tick: short ? time : day,
      date: short ? time : full,
      score,
      edge: (v: number) => (v === -Infinity ? '−∞' : v === Infinity ? '∞' : edge(v)),
      pct,
      count,
    };
  }, [locale, spanMs]);
}

function DriftBody({
  model,
  full,
  window,
  onWindow,
  selected,
  onSelect,
  reference,
  batches,
  bins,
  fixedWidth,
  messages,
  locale,
}: BodyProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const measured = useMeasuredWidth(wrapRef, 640, fixedWidth === undefined);
  const width = fixedWidth ?? measured ?? 640;
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const [from, to] = model.window;
  const n = model.times.length;
  const fmt = useFormats(locale, model.times[to] - model.times[from]);
  const info = model.feature;
  const innerW = Math.max(120, width - M.left - M.right);
  const innerH = HEIGHT - M.top - M.bottom;
  const x = useMemo(
    () =>
      linearScale(
        [model.times[from], model.times[to] === model.times[from] ? model.times[from] + 1 : model.times[to]],
        [0, innerW],
      ),
    [model.times, from, to, innerW],
  );
  const y = useMemo(() => linearScale([0, model.yMax * 1.05], [innerH, 0], true), [model.yMax, innerH]);
  const xAll = useMemo(
    () =>
      linearScale([model.times[0], model.times[n - 1] === model.times[0] ? model.times[0] + 1 : model.times[n - 1]], [0, innerW]),
    [model.times, n, innerW],
  );
  const inWindow = selected >= from && selected <= to;
  const sel = inWindow ? selected : to;

  const pointText = (i: number) => {
    const s = model.scores[i];
    return messages.point({
      at: fmt.date(model.times[i]),
      score: Number.isNaN(s) ? messages.noScore : fmt.score(s),
      drifted: model.drifted[i] === 1,
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = stepKeyTarget(e.key, sel, from, to);
    if (next === null) return;
    e.preventDefault();
    onSelect(next);
    setAnnouncement(pointText(next));
  };
  const nearestBatch = (clientX: number, box: DOMRect) => {
    const t = x.invert(clientX - box.left - M.left);
    // The visible points are ascending in time: take the closer neighbour.
    const v = model.visible;
    let lo = 0;
    let hi = v.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (model.times[v[mid]] < t) lo = mid + 1;
      else hi = mid;
    }
    const a = v[Math.max(0, lo - 1)];
    const b = v[lo];
    return Math.abs(model.times[a] - t) <= Math.abs(model.times[b] - t) ? a : b;
  };

  const comparison = useSafeComputation<DriftBinComparison | null>(() => {
    if (!reference || !batches || info.kind !== 'numeric') return null;
    const batch = batches[sel];
    return driftBinComparison(
      reference[info.name] as ArrayLike<number | null>,
      batch.columns[info.name] as ArrayLike<number | null>,
      { bins },
    );
  }, [reference, batches, info, sel, bins]);

  // Core's visible batches are the tested ones (an untested batch has no score to draw).
  const line = model.visible;
  const showDots = line.length <= 120;

  const summary = (
    <p className="sextant-drift-chart__summary">
      {messages.summary({
        feature: info.name,
        method: info.method,
        drifted: fmt.count(model.driftedCount),
        tested: fmt.count(model.testedCount),
        threshold: fmt.score(info.threshold),
        scoreType: info.scoreType,
      })}
    </p>
  );
  if (fixedWidth === undefined && measured === null) {
    // Before the layout effect has measured the wrapper (never painted in a browser; the
    // server's HTML): hold the chart's height so nothing below it jumps.
    return (
      <div ref={wrapRef} className="sextant-drift-chart__body">
        {summary}
        <div className="sextant-drift-chart__placeholder" style={{ blockSize: HEIGHT + OVERVIEW }} />
      </div>
    );
  }

  return (
    <div ref={wrapRef} className="sextant-drift-chart__body">
      {summary}
      <div
        className="sextant-drift-chart__plot"
        role="application"
        aria-roledescription="drift chart"
        aria-label={`${messages.scoreAxis(info.method, info.scoreType)}, ${info.name}. ${pointText(sel)}`}
        aria-describedby={`${id}-help`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => onSelect(nearestBatch(e.clientX, e.currentTarget.getBoundingClientRect()))}
      >
        <svg
          width={innerW + M.left + M.right}
          height={HEIGHT}
          viewBox={`0 0 ${innerW + M.left + M.right} ${HEIGHT}`}
          aria-hidden="true"
          focusable="false"
          className="sextant-drift-chart__svg"
        >
          <g transform={`translate(${M.left} ${M.top})`}>
            <GridRows scale={y} width={innerW} numTicks={4} className="sextant-drift-chart__grid" />
            <line className="sextant-drift-chart__threshold" x1={0} x2={innerW} y1={y(info.threshold)} y2={y(info.threshold)} />
            <text className="sextant-drift-chart__threshold-label" x={innerW - 4} y={y(info.threshold) - 5} textAnchor="end">
              {messages.threshold(fmt.score(info.threshold), info.scoreType)}
            </text>
            <path className="sextant-drift-chart__line" d={polyline(line, model.times, model.scores, x, y)} />
            {showDots
              ? line.map((i) => (
                  <circle
                    key={i}
                    className="sextant-drift-chart__dot"
                    data-drifted={model.drifted[i] === 1 || undefined}
                    cx={x(model.times[i])}
                    cy={y(model.scores[i])}
                    r={model.drifted[i] === 1 ? 3.5 : 2.5}
                  />
                ))
              : null}
            {/* Thousands of flips (a noisy stream at its threshold) would bury the line: markers up to 200. */}
            {(model.alerts.length <= 200 ? model.alerts : []).map((a) => {
              const ax = x(a.t);
              const ay = y(a.score ?? 0);
              return a.kind === 'start' ? (
                <path
                  key={`${a.index}s`}
                  className="sextant-drift-chart__alert"
                  data-kind="start"
                  d={`M${ax},${ay - 12} l-6,-10 h12 z`}
                />
              ) : (
                <path
                  key={`${a.index}e`}
                  className="sextant-drift-chart__alert"
                  data-kind="end"
                  d={`M${ax},${ay - 12} l-6,-10 h12 z`}
                  transform={`rotate(180 ${ax} ${ay - 17})`}
                />
              );
            })}
            {inWindow && !Number.isNaN(model.scores[sel]) ? (
              <g className="sextant-drift-chart__selected">
                <line x1={x(model.times[sel])} x2={x(model.times[sel])} y1={0} y2={innerH} />
                <circle cx={x(model.times[sel])} cy={y(model.scores[sel])} r={5} />
              </g>
            ) : null}
            <AxisLeft scale={y} numTicks={4} tickFormat={fmt.score} className="sextant-drift-chart__axis" />
            <AxisBottom
              top={innerH}
              scale={x}
              numTicks={Math.max(2, Math.floor(innerW / 110))}
              tickFormat={fmt.tick}
              className="sextant-drift-chart__axis"
            />
          </g>
        </svg>
      </div>
      <div className="sextant-drift-chart__legend" aria-hidden="true">
        <span data-kind="start">{messages.alertStart}</span>
        <span data-kind="end">{messages.alertEnd}</span>
        <span data-kind="threshold">{messages.threshold(fmt.score(info.threshold), info.scoreType)}</span>
      </div>
      <Overview
        model={model}
        full={full}
        xAll={xAll}
        innerW={innerW}
        window={window}
        onWindow={onWindow}
        messages={messages}
        fmt={fmt}
      />
      {comparison.ok ? (
        comparison.value ? (
          <BinPanel c={comparison.value} at={fmt.date(model.times[sel])} fmt={fmt} messages={messages} />
        ) : (
          <p className="sextant-drift-chart__note">
            {info.kind === 'numeric' ? messages.binsUnavailable : messages.binsCategorical}
          </p>
        )
      ) : (
        <p className="sextant-drift-chart__note" role="alert">
          {comparison.error instanceof Error ? comparison.error.message : String(comparison.error)}
        </p>
      )}
      <VisuallyHidden id={`${id}-help`}>{messages.instructions}</VisuallyHidden>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <div className="sextant-visually-hidden">
        {model.alerts.length === 0 ? (
          <p>{messages.noAlerts}</p>
        ) : (
          <table>
            <caption>{messages.alertsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.date}</th>
                <th scope="col">{messages.alertStart}</th>
                <th scope="col">{messages.score}</th>
              </tr>
            </thead>
            <tbody>
              {model.alerts.map((a) => (
                <tr key={`${a.index}${a.kind}`}>
                  <th scope="row">{fmt.date(a.t)}</th>
                  <td>{a.kind === 'start' ? messages.alertStart : messages.alertEnd}</td>
                  <td>{a.score === null ? messages.noScore : fmt.score(a.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <PointsTable model={model} fmt={fmt} messages={messages} />
    </div>
  );
}

interface PointsTableProps {
  model: DriftChartModel;
  fmt: {
    date: (t: number) => string;
    stamp: (t: number) => string;
    score: (v: number) => string;
    count: (v: number) => string;
  };
  messages: DriftChartMessages;
}

/**
 * The drawn points as a table, on request: rendering hundreds of rows eagerly (thousands of
 * DOM nodes) cost more than the chart itself, and a screen-reader user gets the summary and
 * the alerts first and asks for the rows when they want them. Sighted users can read it too.
 */
function PointsTable({ model, fmt, messages }: PointsTableProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const count = model.visible.length;
  // Batches a minute apart would all read "Sep 1, 2026": rows carry the time when any batch is not at midnight UTC.
  const when = model.visible.some((i) => model.times[i] % 86_400_000 !== 0) ? fmt.stamp : fmt.date;
  return (
    <div className="sextant-drift-chart__data">
      <button
        type="button"
        className="sextant-drift-chart__reset"
        aria-expanded={open}
        aria-controls={open ? `${id}-points` : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? messages.hidePoints : messages.showPoints(fmt.count(count))}
      </button>
      {open ? (
        <div
          id={`${id}-points`}
          className="sextant-drift-chart__points"
          role="region"
          aria-labelledby={`${id}-caption`}
          tabIndex={0}
        >
          <table className="sextant-drift-chart__bins-table">
            <caption id={`${id}-caption`} className="sextant-visually-hidden">
              {messages.pointsCaption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{messages.date}</th>
                <th scope="col">{messages.score}</th>
                <th scope="col">{messages.drifted}</th>
              </tr>
            </thead>
            <tbody>
              {model.visible.map((i) => (
                <tr key={i}>
                  <th scope="row">{when(model.times[i])}</th>
                  <td>{Number.isNaN(model.scores[i]) ? messages.noScore : fmt.score(model.scores[i])}</td>
                  <td>{model.drifted[i] === 1 ? messages.yes : messages.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

interface OverviewProps {
  model: DriftChartModel;
  full: DriftChartModel;
  xAll: LinearScale;
  innerW: number;
  window: [number, number] | null;
  onWindow: (w: [number, number] | null) => void;
  messages: DriftChartMessages;
  fmt: { date: (t: number) => string };
}

type BrushInstance = NonNullable<NonNullable<BrushProps['innerRef']>['current']>;

/** A grip on each edge of the zoom window: a visible bar inside a 24 px wide target. */
function renderBrushHandle({ x, height, isBrushActive }: BrushHandleRenderProps) {
  if (!isBrushActive) return null;
  return (
    <g className="sextant-drift-chart__brush-handle" transform={`translate(${x} 0)`}>
      <rect className="sextant-drift-chart__brush-hit" x={0} y={0} width={HANDLE} height={height} />
      <rect className="sextant-drift-chart__brush-grip" x={HANDLE / 2 - 2} y={height / 2 - 9} width={4} height={18} rx={2} />
    </g>
  );
}

/**
 * The whole series in a strip with the zoom window as a brush (@visx/brush: drag to select,
 * drag the window to pan, drag its edges to resize, click outside it or double-click to show
 * everything), and a slider around it for the keyboard. The brush keeps its own pixel extent;
 * the window (batch indices) is the source of truth, and the brush is moved to it whenever it
 * changes from elsewhere (keys, "Show all", a controlled `range`).
 */
function Overview({ model, full, xAll, innerW, window, onWindow, messages, fmt }: OverviewProps) {
  const n = model.times.length;
  const id = useId();
  const brushRef = useRef<BrushInstance | null>(null);
  const [from, to] = model.window;
  const times = model.times;
  const y = useMemo(() => linearScale([0, full.yMax], [OVERVIEW - 4, 4]), [full.yMax]);
  /** The batch nearest to x pixels into the strip (times are ascending). */
  const batchAt = (px: number) => {
    const t = xAll.invert(px);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && t - times[lo - 1] <= times[lo] - t ? lo - 1 : lo;
  };
  // The brush reports its extent in pixels on its own state; its domain bounds are widened by
  // 2 px, which would grow the window a little on every round trip.
  const onBrushChange = () => {
    const extent = brushRef.current?.state.extent;
    if (!extent || extent.x0 < 0) {
      if (window !== null) onWindow(null);
      return;
    }
    const a = batchAt(Math.min(extent.x0, extent.x1));
    const b = batchAt(Math.max(extent.x0, extent.x1));
    if (b <= a) return;
    const next: [number, number] | null = a === 0 && b === n - 1 ? null : [a, b];
    if (next === null ? window !== null : window === null || window[0] !== a || window[1] !== b) onWindow(next);
  };
  // Move the brush to the window when the window changed from elsewhere; not under the pointer.
  useLayoutEffect(() => {
    const brush = brushRef.current;
    if (!brush || brush.state.isBrushing) return;
    if (window === null) {
      if (brush.state.extent.x0 >= 0) brush.reset();
      return;
    }
    const x0 = xAll(times[from]);
    const x1 = xAll(times[to]);
    const e = brush.state.extent;
    if (e.x0 >= 0 && batchAt(Math.min(e.x0, e.x1)) === from && batchAt(Math.max(e.x0, e.x1)) === to) return;
    brush.updateBrush((prev) => ({
      ...prev,
      start: { x: x0, y: 0 },
      end: { x: x1, y: OVERVIEW },
      extent: { x0, x1, y0: 0, y1: OVERVIEW },
    }));
    // batchAt reads the same times and scale as the deps below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [window, from, to, xAll, times]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      if (window !== null) {
        e.preventDefault();
        onWindow(null);
      }
      return;
    }
    const next = brushKeyTarget(e.key, [from, to], n);
    if (!next) return;
    e.preventDefault();
    onWindow(next[0] === 0 && next[1] === n - 1 ? null : next);
  };
  const initial = window === null ? undefined : { start: { x: xAll(times[from]) }, end: { x: xAll(times[to]) } };
  return (
    <div className="sextant-drift-chart__overview">
      <div
        className="sextant-drift-chart__brush"
        role="slider"
        tabIndex={0}
        aria-label={messages.overviewLabel}
        aria-valuemin={0}
        aria-valuemax={n - 1}
        aria-valuenow={from}
        aria-valuetext={messages.showing(fmt.date(times[from]), fmt.date(times[to]))}
        aria-describedby={`${id}-help`}
        onKeyDown={onKeyDown}
      >
        <svg
          width={innerW + M.left + M.right}
          height={OVERVIEW}
          viewBox={`0 0 ${innerW + M.left + M.right} ${OVERVIEW}`}
          aria-hidden="true"
          focusable="false"
        >
          <g transform={`translate(${M.left} 0)`}>
            <rect className="sextant-drift-chart__brush-track" x={0} y={0} width={innerW} height={OVERVIEW} />
            <path className="sextant-drift-chart__overview-line" d={polyline(full.visible, full.times, full.scores, xAll, y)} />
            <Brush
              innerRef={brushRef}
              // Brush reads a scale's invert and domain only: our linear scale is enough.
              xScale={xAll as unknown as BrushProps['xScale']}
              yScale={y as unknown as BrushProps['yScale']}
              width={innerW}
              height={OVERVIEW}
              margin={{ left: M.left }}
              brushDirection="horizontal"
              resizeTriggerAreas={['left', 'right']}
              handleSize={HANDLE}
              renderBrushHandle={renderBrushHandle}
              initialBrushPosition={initial}
              selectedBoxStyle={{ className: 'sextant-drift-chart__brush-window' }}
              disableDraggingSelection={false}
              onChange={onBrushChange}
            />
          </g>
        </svg>
      </div>
      <div className="sextant-drift-chart__overview-meta">
        <span>{messages.showing(fmt.date(times[from]), fmt.date(times[to]))}</span>
        {window !== null ? (
          <button
            type="button"
            className="sextant-drift-chart__reset"
            onClick={(e) => {
              // The button goes away once everything is shown: keep focus on the zoom slider.
              const slider = e.currentTarget.parentElement?.parentElement?.querySelector<HTMLElement>('[role="slider"]');
              onWindow(null);
              slider?.focus();
            }}
          >
            {messages.resetZoom}
          </button>
        ) : null}
      </div>
      <VisuallyHidden id={`${id}-help`}>{messages.overviewInstructions}</VisuallyHidden>
    </div>
  );
}

interface BinProps {
  c: DriftBinComparison;
  at: string;
  fmt: { edge: (v: number) => string; pct: (v: number) => string; score: (v: number) => string };
  messages: DriftChartMessages;
}

/** Reference and batch shares per bin as paired bars, each bin's PSI term beside them. */
function BinPanel({ c, at, fmt, messages }: BinProps) {
  const k = c.referenceShare.length;
  let maxShare = 0;
  for (let i = 0; i < k; i++) maxShare = Math.max(maxShare, c.referenceShare[i], c.currentShare[i]);
  let maxTerm = 0;
  for (const t of c.contributions) maxTerm = Math.max(maxTerm, Math.abs(t));
  const binLabel = (i: number) => `${fmt.edge(c.edges[i])} – ${fmt.edge(c.edges[i + 1])}`;
  return (
    <figure className="sextant-drift-chart__bins">
      <figcaption>
        <span className="sextant-drift-chart__bins-title">{messages.binsTitle(at)}</span>{' '}
        <span className="sextant-drift-chart__bins-note">{messages.binsNote(fmt.score(c.value), binLabel(c.largestBin))}</span>
      </figcaption>
      <table className="sextant-drift-chart__bins-table">
        <thead>
          <tr>
            <th scope="col">{messages.bin}</th>
            <th scope="col">
              <span className="sextant-drift-chart__key" data-side="reference" aria-hidden="true" />
              {messages.reference} / <span className="sextant-drift-chart__key" data-side="current" aria-hidden="true" />
              {messages.current}
            </th>
            <th scope="col">{messages.contribution}</th>
          </tr>
        </thead>
        <tbody>
          {c.referenceShare.map((r, i) => (
            <tr key={i} data-largest={i === c.largestBin || undefined}>
              <th scope="row">{binLabel(i)}</th>
              <td>
                <div className="sextant-drift-chart__pair">
                  <span
                    className="sextant-drift-chart__bar"
                    data-side="reference"
                    style={{ inlineSize: `${(100 * r) / (maxShare || 1)}%` }}
                  />
                  <span
                    className="sextant-drift-chart__bar"
                    data-side="current"
                    style={{ inlineSize: `${(100 * c.currentShare[i]) / (maxShare || 1)}%` }}
                  />
                </div>
                <span className="sextant-drift-chart__shares">
                  {fmt.pct(r)} / {fmt.pct(c.currentShare[i])}
                </span>
              </td>
              <td>
                <span
                  className="sextant-drift-chart__term"
                  style={{ inlineSize: `${(100 * Math.abs(c.contributions[i])) / (maxTerm || 1)}%` }}
                />
                <span className="sextant-drift-chart__term-value">{fmt.score(c.contributions[i])}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
