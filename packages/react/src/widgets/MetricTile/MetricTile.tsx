import { SextantError, statusFromTarget, type DeliveryStatus } from '@sextant/core';
import { forwardRef } from 'react';
import { StatusBadge } from '../frame/StatusBadge';
import { WidgetFrame, type WidgetBaseProps } from '../frame/WidgetFrame';
import { useSafeComputation } from '../hooks/useSafeComputation';
import { useSextantContext } from '../theme';

/** How MetricTile formats its numbers. */
export type MetricFormat = 'number' | 'percent' | 'milliseconds' | Intl.NumberFormatOptions;

/** Props of {@link MetricTile}. */
export interface MetricTileProps extends WidgetBaseProps {
  /** The metric's name, shown as the title and used as the accessible name. */
  title: string;
  /** The current value. */
  value: number;
  /** @default 'number' */
  format?: MetricFormat;
  /** The value that counts as on track; with it the tile shows a status. */
  target?: number;
  /** @default true */
  higherIsBetter?: boolean;
  /** Shortfall, as a fraction of the target, that still counts as at risk. @default 0.05 */
  tolerance?: number;
  /** The previous period's value, to show the change. */
  previous?: number;
  /** An explicit status beats the one computed from `target`. */
  status?: DeliveryStatus;
}

function formatOptions(format: MetricFormat): Intl.NumberFormatOptions {
  if (format === 'percent') return { style: 'percent', maximumFractionDigits: 1 };
  if (format === 'milliseconds') return { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 };
  if (format === 'number') return { maximumFractionDigits: 3 };
  return format;
}

function requireFinite(value: unknown, name: string): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw new SextantError('NON_FINITE', `${name} must be a finite number; got ${String(value)}`, { argument: name, value });
  }
}

/**
 * One headline number (a model's F1, p95 latency, deployment frequency) with its target,
 * status and change since the previous period. Status comes from core's `statusFromTarget`.
 *
 * @example
 * ```tsx
 * <MetricTile title="Macro F1" value={0.912} format="percent" target={0.9} previous={0.897} />
 * ```
 */
export const MetricTile = forwardRef<HTMLElement, MetricTileProps>(function MetricTile(
  { title, value, format = 'number', target, higherIsBetter = true, tolerance, previous, status, ...rest },
  ref,
) {
  const { locale } = useSextantContext();
  const model = useSafeComputation(() => {
    requireFinite(value, 'value');
    requireFinite(previous, 'previous');
    const fmt = new Intl.NumberFormat(locale, formatOptions(format));
    const computed =
      status ?? (target === undefined ? undefined : statusFromTarget(value, { target, higherIsBetter, tolerance }));
    const delta = previous === undefined ? undefined : value - previous;
    const deltaFmt =
      delta === undefined
        ? undefined
        : new Intl.NumberFormat(locale, { ...formatOptions(format), signDisplay: 'exceptZero' }).format(delta);
    return {
      text: fmt.format(value),
      targetText: target === undefined ? undefined : fmt.format(target),
      status: computed,
      deltaText: deltaFmt,
      improving: delta === undefined || delta === 0 ? undefined : delta > 0 === higherIsBetter,
    };
  }, [value, format, target, higherIsBetter, tolerance, previous, status, locale]);

  return (
    <WidgetFrame ref={ref} widget="metric-tile" title={title} error={model.error} resetKeys={[value, target, previous]} {...rest}>
      {model.ok ? (
        <>
          <div className="sextant-metric-tile__value">
            <data value={String(value)}>{model.value.text}</data>
            {model.value.status ? <StatusBadge status={model.value.status} /> : null}
          </div>
          {model.value.targetText !== undefined || model.value.deltaText !== undefined ? (
            <dl className="sextant-metric-tile__meta">
              {model.value.targetText !== undefined ? (
                <div>
                  <dt>Target</dt>
                  <dd>
                    {higherIsBetter ? '≥ ' : '≤ '}
                    {model.value.targetText}
                  </dd>
                </div>
              ) : null}
              {model.value.deltaText !== undefined ? (
                <div>
                  <dt>Change</dt>
                  <dd data-trend={model.value.improving === undefined ? 'flat' : model.value.improving ? 'better' : 'worse'}>
                    {model.value.deltaText}
                    {model.value.improving === undefined ? '' : model.value.improving ? ' (better)' : ' (worse)'}
                  </dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </>
      ) : null}
    </WidgetFrame>
  );
});
