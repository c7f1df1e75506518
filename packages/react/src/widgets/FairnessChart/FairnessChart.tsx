import {
  abbreviateLabel,
  fairnessChartModel,
  fairnessGroupOrder,
  SextantError,
  type FairnessChartModel,
  type FairnessLabel,
  type GroupMetric,
} from '@sextant/core';
import { AxisTop } from '@visx/axis';
import { scaleLinear } from '@visx/scale';
import { forwardRef, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { numberFormatter } from '../../frame/format';
import { checkWidgetProps, is, isPlainObject } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { DEFAULT_FAIRNESS_CHART_MESSAGES, type FairnessChartMessages } from './messages';

/** How the groups are ordered. */
export interface FairnessSort {
  by: 'group' | 'value' | 'count';
  direction: 'asc' | 'desc';
}

/** Props of {@link FairnessChart}. */
export interface FairnessChartProps extends WidgetBaseProps {
  /** The metric per group, e.g. core's `recallScore`, `selectionRate`, `accuracyScore`. */
  metric?: GroupMetric<FairnessLabel, FairnessLabel>;
  /** Its name in sentences, e.g. "Approval rate". @default 'Metric' */
  metricName?: string;
  yTrue?: ArrayLike<FairnessLabel>;
  yPred?: ArrayLike<FairnessLabel>;
  sensitiveFeatures?: ArrayLike<FairnessLabel>;
  sampleWeight?: ArrayLike<number>;
  /** Bootstrap resamples for the intervals. @default 500 */
  nBoot?: number;
  /** @default 0.95 */
  confidence?: number;
  /** @default 0 */
  seed?: number;
  /** A larger value is better (accuracy, approval) or worse (error rate). @default true */
  higherIsBetter?: boolean;
  /** A precomputed `fairnessChartModel` (skips the computation). */
  model?: FairnessChartModel;
  /** Value format. @default 'percent' */
  format?: 'percent' | 'number';
  /** Group order (controlled). */
  sort?: FairnessSort;
  /** @default { by: 'value', direction: 'desc' } */
  defaultSort?: FairnessSort;
  onSortChange?: (sort: FairnessSort) => void;
  messages?: Partial<FairnessChartMessages>;
}

const ROW = 36;
const M = { top: 28, right: 20, bottom: 8 };

/**
 * A metric per group of a sensitive feature with bootstrap confidence intervals as error
 * bars, the overall value as a reference line and the largest gap said in words; groups
 * sortable by name, value or size. Numbers are core's `fairnessChartModel` (Fairlearn's
 * `MetricFrame` values; seeded `bootstrapFairness` intervals, which Fairlearn's plots lack).
 *
 * @example
 * ```tsx
 * <FairnessChart title="Approval rate by age band" metric={selectionRate} metricName="Approval rate"
 *   yTrue={approved} yPred={predicted} sensitiveFeatures={ageBand} />
 * ```
 */
export const FairnessChart = /* @__PURE__ */ forwardRef<HTMLElement, FairnessChartProps>(function FairnessChart(
  {
    metric,
    metricName = 'Metric',
    yTrue,
    yPred,
    sensitiveFeatures,
    sampleWeight,
    nBoot = 500,
    confidence = 0.95,
    seed = 0,
    higherIsBetter = true,
    model: precomputed,
    format = 'percent',
    sort,
    defaultSort = { by: 'value', direction: 'desc' },
    onSortChange,
    messages: messagesProp,
    title = 'Fairness by group',
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const { messages: messages, error: messagesError } = useMessages(DEFAULT_FAIRNESS_CHART_MESSAGES, messagesProp);
  const [rawOrder, setOrder] = useControllableState<FairnessSort>({
    value: sort,
    defaultValue: defaultSort,
    onChange: onSortChange,
    name: 'FairnessChart.sort',
  });
  const isSort = (v: unknown) =>
    isPlainObject(v) && is.oneOf('value', 'group', 'count')(v.by) && is.oneOf('asc', 'desc')(v.direction);
  const propError = checkWidgetProps([
    ['metricName', metricName, is.text, 'a string'],
    ['format', format, is.oneOf('percent', 'number'), "'percent' or 'number'"],
    ['sort', sort, isSort, "{ by: 'value' | 'group' | 'count', direction: 'asc' | 'desc' }"],
    ['defaultSort', defaultSort, isSort, "{ by: 'value' | 'group' | 'count', direction: 'asc' | 'desc' }"],
    ['higherIsBetter', higherIsBetter, is.boolean, 'a boolean'],
    ['onSortChange', onSortChange, is.function, 'a function'],
  ]);
  const order: FairnessSort = isSort(rawOrder) ? rawOrder : { by: 'value', direction: 'desc' };
  const empty = precomputed === undefined && yTrue !== undefined && yTrue !== null && yTrue.length === 0;
  const model = useSafeComputation<FairnessChartModel | null>(() => {
    if (precomputed !== undefined) return precomputed;
    if (empty) return null;
    if (typeof metric !== 'function' || !yTrue || !yPred || !sensitiveFeatures) {
      throw new SextantError('INVALID_OPTION', 'pass metric, yTrue, yPred and sensitiveFeatures, or a precomputed model', {
        argument: 'metric',
      });
    }
    return fairnessChartModel(metric, yTrue, yPred, { sensitiveFeatures, sampleWeight, nBoot, confidence, seed, higherIsBetter });
  }, [precomputed, empty, metric, yTrue, yPred, sensitiveFeatures, sampleWeight, nBoot, confidence, seed, higherIsBetter]);

  const sorter = (
    <div className="sextant-fairness-chart__sort">
      <label>
        <span>{messages.sortLabel}</span>
        <select value={order.by} onChange={(e) => setOrder({ ...order, by: e.target.value as FairnessSort['by'] })}>
          <option value="value">{messages.sortBy.value}</option>
          <option value="group">{messages.sortBy.group}</option>
          <option value="count">{messages.sortBy.count}</option>
        </select>
      </label>
      <button
        type="button"
        className="sextant-fairness-chart__direction"
        aria-label={order.direction === 'asc' ? messages.ascending : messages.descending}
        title={order.direction === 'asc' ? messages.ascending : messages.descending}
        onClick={() => setOrder({ ...order, direction: order.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <span aria-hidden="true">{order.direction === 'asc' ? '↑' : '↓'}</span>
      </button>
    </div>
  );

  return (
    <WidgetFrame
      ref={ref}
      widget="fairness-chart"
      title={title}
      error={propError ?? messagesError ?? model.error}
      actions={model.ok && model.value ? sorter : undefined}
      resetKeys={[yTrue, yPred, sensitiveFeatures, precomputed]}
      {...(model.ok && model.value === null ? { 'data-state': 'empty' } : {})}
      {...rest}
    >
      {model.ok && !propError ? (
        model.value ? (
          <FairnessBody
            model={model.value}
            order={fairnessGroupOrder(model.value.groups, order.by, order.direction)}
            metricName={metricName}
            higherIsBetter={higherIsBetter}
            format={format}
            messages={messages}
            locale={locale}
          />
        ) : (
          <p className="sextant-fairness-chart__empty">{messages.empty}</p>
        )
      ) : null}
    </WidgetFrame>
  );
});

interface BodyProps {
  model: FairnessChartModel;
  order: number[];
  metricName: string;
  higherIsBetter: boolean;
  format: 'percent' | 'number';
  messages: FairnessChartMessages;
  locale: string | undefined;
}

function FairnessBody({ model, order, metricName, format, messages, locale }: BodyProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 560);
  const id = useId();
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const fmt = useMemo(() => {
    // frame/format: en-US written directly (no ICU start-up on first paint), Intl otherwise.
    const percent = format === 'percent';
    return {
      value: numberFormatter(locale, percent ? { style: 'percent', maximumFractionDigits: 1 } : { maximumFractionDigits: 3 }),
      diff: numberFormatter(
        locale,
        percent ? { style: 'percent', maximumFractionDigits: 1, signDisplay: 'never' } : { maximumFractionDigits: 3 },
      ),
      count: numberFormatter(locale),
      conf: numberFormatter(locale, { style: 'percent', maximumFractionDigits: 1 }),
    };
  }, [locale, format]);

  const labelW = Math.min(180, Math.max(80, Math.round(width * 0.3)));
  const innerW = Math.max(80, width - labelW - M.right);
  // About 7 px a character at the label size; longer names are cut (the tooltip and table keep them whole).
  const labelChars = Math.max(4, Math.floor((labelW - 14) / 7));
  const rows = model.groups.length;
  const height = M.top + rows * ROW + M.bottom;
  const x = useMemo(() => {
    let lo = model.overall;
    let hi = model.overall;
    for (const g of model.groups) {
      lo = Math.min(lo, g.lower);
      hi = Math.max(hi, g.upper);
    }
    const pad = (hi - lo || 1) * 0.08;
    return scaleLinear<number>({ domain: [lo - pad, hi + pad], range: [0, innerW], nice: true });
  }, [model, innerW]);
  const at = Math.min(active, rows - 1);

  const groupText = (gi: number) => {
    const g = model.groups[gi];
    return messages.group({
      metric: metricName,
      group: g.key,
      value: fmt.value(g.value),
      lower: fmt.value(g.lower),
      upper: fmt.value(g.upper),
      confidence: fmt.conf(model.confidence),
      count: fmt.count(g.count),
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === 'ArrowDown'
        ? Math.min(rows - 1, at + 1)
        : e.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? rows - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    setAnnouncement(groupText(order[next]));
  };

  const gap = model.gap;
  return (
    <div ref={wrapRef} className="sextant-fairness-chart__body">
      <p className="sextant-fairness-chart__gap">
        {messages.gap({
          metric: metricName,
          best: abbreviateLabel(gap.best, 40),
          worst: abbreviateLabel(gap.worst, 40),
          difference: fmt.diff(gap.difference),
          lower: fmt.diff(model.difference.lower),
          upper: fmt.diff(model.difference.upper),
          confidence: fmt.conf(model.confidence),
        })}
      </p>
      <div
        className="sextant-fairness-chart__plot"
        role="application"
        aria-roledescription="dot plot"
        aria-label={`${metricName} by group. ${groupText(order[at])}`}
        aria-describedby={`${id}-help`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerLeave={() => setFocused(false)}
      >
        <svg width={width} height={height} aria-hidden="true" focusable="false" className="sextant-fairness-chart__svg">
          <g transform={`translate(${labelW} ${M.top})`}>
            <AxisTop
              scale={x}
              numTicks={Math.max(2, Math.floor(innerW / 90))}
              tickFormat={(v) => fmt.value(Number(v))}
              axisClassName="sextant-fairness-chart__axis"
            />
            <line
              className="sextant-fairness-chart__overall"
              x1={x(model.overall)}
              x2={x(model.overall)}
              y1={0}
              y2={rows * ROW}
            />
            {order.map((gi, r) => {
              const g = model.groups[gi];
              const cy = r * ROW + ROW / 2;
              return (
                <g
                  key={g.key}
                  className="sextant-fairness-chart__row"
                  data-active={(focused && r === at) || undefined}
                  data-best={g.key === gap.best || undefined}
                  data-worst={g.key === gap.worst || undefined}
                  onPointerEnter={() => {
                    setActive(r);
                    setFocused(true);
                  }}
                >
                  <rect className="sextant-fairness-chart__row-bg" x={-labelW} y={r * ROW} width={labelW + innerW} height={ROW} />
                  <text className="sextant-fairness-chart__label" x={-10} y={cy} textAnchor="end" dominantBaseline="central">
                    {abbreviateLabel(g.key, labelChars)}
                  </text>
                  <line className="sextant-fairness-chart__interval" x1={x(g.lower)} x2={x(g.upper)} y1={cy} y2={cy} />
                  <line className="sextant-fairness-chart__cap" x1={x(g.lower)} x2={x(g.lower)} y1={cy - 6} y2={cy + 6} />
                  <line className="sextant-fairness-chart__cap" x1={x(g.upper)} x2={x(g.upper)} y1={cy - 6} y2={cy + 6} />
                  <circle className="sextant-fairness-chart__dot" cx={x(g.value)} cy={cy} r={5.5} />
                </g>
              );
            })}
          </g>
        </svg>
        {focused ? (
          <div
            className="sextant-fairness-chart__tooltip"
            aria-hidden="true"
            style={{
              top: M.top + at * ROW + ROW,
              left: labelW + Math.min(innerW - 110, Math.max(110, x(model.groups[order[at]].value))),
            }}
          >
            {groupText(order[at])}
          </div>
        ) : null}
      </div>
      <div className="sextant-fairness-chart__legend" aria-hidden="true">
        <span data-kind="dot">{metricName}</span>
        <span data-kind="interval">{messages.intervalLegend(fmt.conf(model.confidence), model.nBoot)}</span>
        <span data-kind="overall">{messages.overall(fmt.value(model.overall))}</span>
      </div>
      <VisuallyHidden id={`${id}-help`}>{messages.instructions}</VisuallyHidden>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <div className="sextant-visually-hidden">
        <table>
          <caption>{messages.tableCaption(metricName)}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.sortBy.group}</th>
              <th scope="col">{metricName}</th>
              <th scope="col">{messages.lower}</th>
              <th scope="col">{messages.upper}</th>
              <th scope="col">{messages.sortBy.count}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((gi) => {
              const g = model.groups[gi];
              return (
                <tr key={g.key}>
                  <th scope="row">{g.key}</th>
                  <td>{fmt.value(g.value)}</td>
                  <td>{fmt.value(g.lower)}</td>
                  <td>{fmt.value(g.upper)}</td>
                  <td>{fmt.count(g.count)}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{messages.overallRow}</th>
              <td>{fmt.value(model.overall)}</td>
              <td>{fmt.value(model.overallInterval.lower)}</td>
              <td>{fmt.value(model.overallInterval.upper)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
