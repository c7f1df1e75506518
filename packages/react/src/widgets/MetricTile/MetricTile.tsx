import type { DeliveryStatus } from '@sextant/core';
import { forwardRef, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import { StatusBadge } from '../../frame/StatusBadge';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { metricTileErrorMessages, metricTileModel, type MetricFormat, type MetricTileMessages } from './model';
import { checkFrameProps, isPlainObject, safeAttributes, safeChildren } from '../../frame/props';
import { Sparkline } from './Sparkline';

/** Props of {@link MetricTile}. */
export interface MetricTileProps extends WidgetBaseProps {
  /** The metric's name, shown as the title and used as the accessible name. */
  title: string;
  /** The current value. */
  value: number;
  /** `'percent'` takes a share (0.912 → 91.2 %) and gives its change in percentage points. @default 'number' */
  format?: MetricFormat;
  /** The value that counts as on track; with it the tile shows a status. */
  target?: number;
  /** @default true */
  higherIsBetter?: boolean;
  /** Shortfall, as a fraction of the target, that still counts as at risk. @default 0.05 */
  tolerance?: number;
  /** The previous period's value, to show the change (computed by core's `metricDelta`). */
  previous?: number;
  /** An explicit status beats the one computed from `target`. */
  status?: DeliveryStatus;
  /** Recent values, oldest first, drawn as a sparkline with a text alternative. */
  history?: ArrayLike<number>;
  /** What `history` covers, for its text alternative, e.g. `'the last 12 weeks'`. */
  historyLabel?: string;
  /** Override any of the tile's words (see `defaultMetricTileMessages`). */
  messages?: Partial<MetricTileMessages>;
}

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * One headline number (a model's F1, p95 latency, deployment frequency) with its target,
 * status, change since the previous period and an optional sparkline. Status comes from
 * core's `statusFromTarget`, the change from `metricDelta`, the sparkline from
 * `metricTrend`. Put tiles in a `MetricTileGrid` so their values line up.
 *
 * @example
 * ```tsx
 * <MetricTile title="Macro F1" value={0.912} format="percent" target={0.9} previous={0.897} />
 * ```
 */
export const MetricTile = /* @__PURE__ */ forwardRef<HTMLElement, MetricTileProps>(function MetricTile(
  {
    title,
    description,
    headingLevel,
    hideTitle,
    className,
    style,
    value,
    format = 'number',
    target,
    higherIsBetter = true,
    tolerance,
    previous,
    status,
    history,
    historyLabel,
    messages,
    errorMessages,
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  // Frame props first: the frame renders them outside its error boundary, and boundaries
  // do not run on the server at all.
  const frame = checkFrameProps(
    { title, description, headingLevel, hideTitle, className, style, errorMessages, rest },
    { requireTitle: true },
  );
  const model = useSafeComputation(
    () =>
      metricTileModel({
        value,
        format,
        target,
        higherIsBetter,
        tolerance,
        previous,
        status,
        history,
        historyLabel,
        messages,
        locale,
      }),
    [value, format, target, higherIsBetter, tolerance, previous, status, history, historyLabel, messages, locale],
  );
  const error = frame.error ?? model.error;
  const m = error === undefined ? model.value : undefined;

  return (
    <WidgetFrame
      ref={ref}
      widget="metric-tile"
      {...frame.rest}
      title={frame.title as string | undefined}
      description={frame.description as string | undefined}
      headingLevel={frame.headingLevel}
      hideTitle={frame.hideTitle}
      className={frame.className}
      style={frame.style as CSSProperties | undefined}
      error={error}
      errorMessages={frame.errorMessages ? { ...metricTileErrorMessages, ...frame.errorMessages } : metricTileErrorMessages}
      resetKeys={[value, target, previous, history]}
      data-status={m?.status}
    >
      {m ? (
        <>
          <div className="sextant-metric-tile__figure">
            <data className="sextant-metric-tile__value" value={String(value)}>
              <bdi>{m.valueText}</bdi>
            </data>
            {m.trend ? (
              <>
                <Sparkline positions={m.trend.positions} scaled={m.trend.scaled} />
                <VisuallyHidden>{m.trend.text}</VisuallyHidden>
              </>
            ) : null}
          </div>
          {m.change || m.targetText || m.status ? (
            <div className="sextant-metric-tile__meta">
              {m.change ? (
                <p className="sextant-metric-tile__change" data-trend={m.change.assessment} data-direction={m.change.direction}>
                  <span aria-hidden="true">
                    <span className="sextant-metric-tile__delta">
                      <span className="sextant-metric-tile__arrow">{ARROWS[m.change.direction]}</span>
                      <bdi>{m.change.amount}</bdi>
                      {m.change.relative ? (
                        <span className="sextant-metric-tile__relative">
                          {' ('}
                          <bdi>{m.change.relative}</bdi>)
                        </span>
                      ) : null}
                    </span>{' '}
                    <span className="sextant-metric-tile__word">{m.change.word},</span>{' '}
                    <bdi className="sextant-metric-tile__previous">{m.change.previousText}</bdi>
                  </span>
                  <VisuallyHidden>{m.change.sentence}</VisuallyHidden>
                </p>
              ) : null}
              {m.status || m.targetText ? (
                <p className="sextant-metric-tile__target">
                  {m.status ? <StatusBadge status={m.status} label={m.statusLabel} /> : null}
                  {m.targetText ? <span>{m.targetText}</span> : null}
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </WidgetFrame>
  );
});

/** Props of {@link MetricTileGrid}. */
export interface MetricTileGridProps extends HTMLAttributes<HTMLDivElement> {
  /** The narrowest a tile may get before the grid drops a column. @default '15rem' */
  minTileWidth?: string;
  children?: ReactNode;
}

/**
 * A responsive row of `MetricTile`s: as many columns as fit, and each tile's title,
 * figure and change on shared rows (CSS subgrid), so values line up across the row
 * whether or not a tile has a description or a long title.
 *
 * @example
 * ```tsx
 * <MetricTileGrid aria-label="Model health">
 *   <MetricTile title="Macro F1" value={0.912} format="percent" />
 *   <MetricTile title="p95 latency" value={212} format="milliseconds" description="Last 24 h" />
 * </MetricTileGrid>
 * ```
 */
export const MetricTileGrid = /* @__PURE__ */ forwardRef<HTMLDivElement, MetricTileGridProps>(function MetricTileGrid(
  { minTileWidth, className, style, children, ...rest },
  ref,
) {
  const width = typeof minTileWidth === 'string' && /^[\d.]+(px|rem|em|ch)$/.test(minTileWidth) ? minTileWidth : undefined;
  // A layout has no error state to report a bad prop in: what React would throw on is left out.
  const attributes = safeAttributes(rest);
  const safeStyle = isPlainObject(style)
    ? checkFrameProps({
        style,
        title: undefined,
        description: undefined,
        headingLevel: undefined,
        hideTitle: undefined,
        className: undefined,
        errorMessages: undefined,
        rest: {},
      }).style
    : undefined;
  return (
    <div
      ref={ref}
      role={attributes['aria-label'] || attributes['aria-labelledby'] ? 'group' : undefined}
      {...attributes}
      className={['sextant-metric-grid', typeof className === 'string' ? className : undefined].filter(Boolean).join(' ')}
      style={
        {
          ...(width ? { '--sextant-metric-min': width } : null),
          ...safeStyle,
        } as CSSProperties
      }
    >
      {safeChildren(children)}
    </div>
  );
});
