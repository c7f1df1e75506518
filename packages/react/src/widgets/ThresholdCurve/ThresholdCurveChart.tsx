import {
  downsampleLttb,
  nearestPoint,
  pointAtThreshold,
  SextantError,
  thresholdCurve,
  type Label,
  type ThresholdCurve,
} from '@sextant/core';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveLinear, curveStepBefore } from '@visx/curve';
import { GridColumns, GridRows } from '@visx/grid';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { forwardRef, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { refuse } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import type { ThresholdCurveMessages } from './messages';

/** One scored model: its labels and scores (higher = more likely positive). */
export interface CurveModel {
  /** Shown in the legend and read-out. */
  name: string;
  yTrue: ArrayLike<Label>;
  yScore: ArrayLike<number>;
  /** @default 1 */
  posLabel?: Label;
  sampleWeight?: ArrayLike<number>;
}

/** What `onThresholdChange` receives besides the threshold: the active model's operating point. */
export interface OperatingPoint {
  model: string;
  threshold: number;
  tpr: number;
  fpr: number;
  precision: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Props shared by {@link RocCurve} and {@link PrecisionRecallCurve}. */
export interface ThresholdCurveProps extends WidgetBaseProps {
  /** One or several models, overlaid in the theme's series colours. */
  models: readonly CurveModel[];
  /** Decision threshold: a sample is positive when its score ≥ it (controlled). */
  threshold?: number;
  /** @default 0.5 */
  defaultThreshold?: number;
  /** Called when the pointer or the keyboard moves the operating point. */
  onThresholdChange?: (threshold: number, point: OperatingPoint) => void;
  /** Index of the model whose operating point is read out (controlled). */
  activeModel?: number;
  /** @default 0 */
  defaultActiveModel?: number;
  onActiveModelChange?: (index: number) => void;
  /** Most points drawn per curve; longer curves are downsampled by LTTB (core). @default 800 */
  maxPoints?: number;
  messages?: Partial<ThresholdCurveMessages>;
}

interface ChartConfig {
  widget: 'roc-curve' | 'precision-recall-curve';
  kind: 'roc' | 'pr';
  defaultTitle: string;
  defaultMessages: ThresholdCurveMessages;
  displayName: string;
}

interface ModelCurve {
  name: string;
  curve: ThresholdCurve;
  xs: number[];
  ys: number[];
  /** Indices drawn. */
  drawn: number[];
}

const SERIES = 8;
const M = { top: 12, right: 16, bottom: 44, left: 52 };

export function createThresholdCurveChart(config: ChartConfig) {
  const Chart = forwardRef<HTMLElement, ThresholdCurveProps>(function ThresholdCurveChart(
    {
      models,
      threshold,
      defaultThreshold = 0.5,
      onThresholdChange,
      activeModel,
      defaultActiveModel = 0,
      onActiveModelChange,
      maxPoints = 800,
      messages: messagesProp,
      title = config.defaultTitle,
      ...rest
    },
    ref,
  ) {
    const { locale } = useSextantContext();
    const { messages: messages, error: messagesError } = useMessages(config.defaultMessages, messagesProp);
    const [t, setT] = useControllableState<number>({
      value: threshold,
      defaultValue: defaultThreshold,
      name: `${config.widget}.threshold`,
    });
    const [active, setActive] = useControllableState<number>({
      value: activeModel,
      defaultValue: defaultActiveModel,
      onChange: onActiveModelChange,
      name: `${config.widget}.activeModel`,
    });
    const empty = Array.isArray(models) && models.length === 0;
    const model = useSafeComputation<ModelCurve[] | null>(() => {
      if (!Array.isArray(models)) {
        throw new SextantError('INVALID_OPTION', 'models must be an array of { name, yTrue, yScore }', { argument: 'models' });
      }
      if (models.length === 0) return null;
      return models.map((m, i) => {
        if (!m || typeof m !== 'object') {
          throw new SextantError('INVALID_OPTION', `models[${i}] must be { name, yTrue, yScore }`, { argument: `models[${i}]` });
        }
        // The name labels the legend, the read-out and the text table: text only, never String(object).
        if (typeof m.name !== 'string' || m.name.trim() === '') {
          throw refuse(`models[${i}].name`, 'a non-empty string', m.name);
        }
        let curve: ThresholdCurve;
        try {
          curve = thresholdCurve(m.yTrue, m.yScore, { posLabel: m.posLabel, sampleWeight: m.sampleWeight });
        } catch (e) {
          // Name the model: "models[1] (Logistic baseline): yScore[3] is NaN…".
          if (e instanceof SextantError) {
            throw new SextantError(e.code, `models[${i}] (${String(m.name)}): ${e.message}`, {
              argument: `models[${i}].${e.argument ?? ''}`,
              index: e.index,
            });
          }
          throw e;
        }
        const xs = config.kind === 'roc' ? curve.fpr : curve.tpr;
        const ys = config.kind === 'roc' ? curve.tpr : curve.precision;
        const drawn = xs.length > maxPoints ? downsampleLttb(xs, ys, Math.max(3, maxPoints)) : xs.map((_, k) => k);
        return { name: String(m.name), curve, xs, ys, drawn };
      });
    }, [models, maxPoints]);

    return (
      <WidgetFrame
        ref={ref}
        widget={config.widget}
        title={title}
        error={messagesError ?? model.error}
        resetKeys={[models]}
        {...(model.ok && model.value === null ? { 'data-state': 'empty' } : {})}
        {...rest}
      >
        {model.ok ? (
          model.value && !empty ? (
            <CurveBody
              config={config}
              curves={model.value}
              threshold={t}
              active={Math.min(Math.max(0, active), model.value.length - 1)}
              onActive={setActive}
              onThreshold={(next, point) => {
                setT(next);
                onThresholdChange?.(next, point);
              }}
              messages={messages}
              locale={locale}
            />
          ) : (
            <p className="sextant-curve__empty">{messages.empty}</p>
          )
        ) : null}
      </WidgetFrame>
    );
  });
  // Set here, not after the call, so that the call stays pure and an app importing another
  // widget drops this one.
  Chart.displayName = config.displayName;
  return Chart;
}

interface BodyProps {
  config: ChartConfig;
  curves: ModelCurve[];
  threshold: number;
  active: number;
  onActive: (i: number) => void;
  onThreshold: (t: number, p: OperatingPoint) => void;
  messages: ThresholdCurveMessages;
  locale: string | undefined;
}

function CurveBody({ config, curves, threshold, active, onActive, onThreshold, messages, locale }: BodyProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 480);
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const cls = (part: string) => `sextant-${config.widget}__${part} sextant-curve__${part}`;
  const fmt = useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const thr = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
    const tick = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      score: (v: number) => score.format(v),
      pct: (v: number) => pct.format(v),
      count: (v: number) => count.format(v),
      threshold: (v: number) => (v === Infinity ? messages.infinity : thr.format(v)),
      tick: (v: number) => tick.format(v),
    };
  }, [locale, messages.infinity]);

  const size = Math.max(200, Math.min(width, 560));
  const innerW = size - M.left - M.right;
  const innerH = Math.round(Math.min(innerW, 400));
  const height = innerH + M.top + M.bottom;
  const x = useMemo(() => scaleLinear<number>({ domain: [0, 1], range: [0, innerW] }), [innerW]);
  const y = useMemo(() => scaleLinear<number>({ domain: [0, 1], range: [innerH, 0] }), [innerH]);

  const points = curves.map((c) => pointAtThreshold(c.curve.thresholds, threshold));
  const cur = curves[active];
  const idx = points[active];

  const operating = (c: ModelCurve, i: number): OperatingPoint => ({
    model: c.name,
    threshold: c.curve.thresholds[i],
    tpr: c.curve.tpr[i],
    fpr: c.curve.fpr[i],
    precision: c.curve.precision[i],
    tp: c.curve.tp[i],
    fp: c.curve.fp[i],
    fn: c.curve.fn[i],
    tn: c.curve.tn[i],
  });
  const pointText = (c: ModelCurve, i: number) =>
    messages.point({
      model: c.name,
      threshold: fmt.threshold(c.curve.thresholds[i]),
      x: fmt.pct(c.xs[i]),
      y: fmt.pct(c.ys[i]),
      tp: fmt.count(c.curve.tp[i]),
      fp: fmt.count(c.curve.fp[i]),
      fn: fmt.count(c.curve.fn[i]),
      tn: fmt.count(c.curve.tn[i]),
    });

  const moveTo = (i: number, announce: boolean) => {
    const k = Math.max(0, Math.min(cur.xs.length - 1, i));
    if (k === idx) return;
    onThreshold(cur.curve.thresholds[k], operating(cur, k));
    if (announce) setAnnouncement(pointText(cur, k));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = cur.xs.length;
    const page = Math.max(1, Math.round(n / 10));
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      PageUp: page,
      PageDown: -page,
    };
    if (e.key in step) moveTo(idx + step[e.key], true);
    else if (e.key === 'Home') moveTo(0, true);
    else if (e.key === 'End') moveTo(n - 1, true);
    else return;
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = x.invert(e.clientX - box.left - M.left);
    const py = y.invert(e.clientY - box.top - M.top);
    moveTo(nearestPoint(cur.xs, cur.ys, px, py, innerW, innerH), false);
  };

  const chanceY = config.kind === 'pr' ? cur.curve.positiveRate : null;
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];

  return (
    <div ref={wrapRef} className={cls('body')}>
      <div className={cls('layout')}>
        <div
          className={cls('plot')}
          role="application"
          aria-roledescription={config.kind === 'roc' ? 'ROC curve' : 'precision-recall curve'}
          aria-label={`${messages.yAxis} against ${messages.xAxis}. ${pointText(cur, idx)}`}
          aria-describedby={`${id}-help`}
          tabIndex={0}
          style={{ width: size, height }}
          onKeyDown={onKeyDown}
          onPointerMove={onPointerMove}
        >
          <svg width={size} height={height} aria-hidden="true" focusable="false" className={cls('svg')}>
            <g transform={`translate(${M.left} ${M.top})`}>
              <GridRows scale={y} width={innerW} tickValues={ticks} className={cls('grid')} />
              <GridColumns scale={x} height={innerH} tickValues={ticks} className={cls('grid')} />
              {chanceY === null ? (
                <line className={cls('chance')} x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
              ) : (
                <line className={cls('chance')} x1={x(0)} y1={y(chanceY)} x2={x(1)} y2={y(chanceY)} />
              )}
              {curves.map((c, m) => (
                <LinePath<number>
                  key={m}
                  data={c.drawn}
                  x={(k) => x(c.xs[k])}
                  y={(k) => y(c.ys[k])}
                  curve={config.kind === 'pr' ? curveStepBefore : curveLinear}
                  className={cls('line')}
                  data-series={(m % SERIES) + 1}
                  data-active={m === active || undefined}
                />
              ))}
              {curves.map((c, m) => {
                const k = points[m];
                return (
                  <circle
                    key={m}
                    className={cls('point')}
                    data-series={(m % SERIES) + 1}
                    data-active={m === active || undefined}
                    cx={x(c.xs[k])}
                    cy={y(c.ys[k])}
                    r={m === active ? 6 : 4}
                  />
                );
              })}
              <AxisBottom
                top={innerH}
                scale={x}
                tickValues={ticks}
                tickFormat={(v) => fmt.tick(Number(v))}
                label={messages.xAxis}
                axisClassName={cls('axis')}
                labelClassName={cls('axis-label')}
                labelOffset={14}
              />
              <AxisLeft
                scale={y}
                tickValues={ticks}
                tickFormat={(v) => fmt.tick(Number(v))}
                label={messages.yAxis}
                axisClassName={cls('axis')}
                labelClassName={cls('axis-label')}
                labelOffset={24}
              />
            </g>
          </svg>
        </div>
        <div className={cls('side')}>
          <div className={cls('legend')} role="group" aria-label={messages.modelsLabel}>
            {curves.map((c, m) => (
              <button
                key={m}
                type="button"
                className={cls('legend-item')}
                aria-pressed={m === active}
                title={c.name}
                data-series={(m % SERIES) + 1}
                onClick={() => onActive(m)}
              >
                <span className={cls('swatch')} aria-hidden="true" />
                <span className={cls('model')}>{c.name}</span>{' '}
                <span className={cls('score')}>
                  {messages.score(fmt.score(config.kind === 'roc' ? c.curve.rocAuc : c.curve.averagePrecision))}
                </span>
              </button>
            ))}
            <p className={cls('chance-label')}>
              <span className={cls('chance-swatch')} aria-hidden="true" />
              {messages.chance(fmt.pct(cur.curve.positiveRate))}
            </p>
          </div>
          <ReadOut c={cur} i={idx} fmt={fmt} messages={messages} cls={cls} />
        </div>
      </div>
      <VisuallyHidden id={`${id}-help`}>{messages.instructions}</VisuallyHidden>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <div className="sextant-visually-hidden">
        <table>
          <caption>{messages.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.modelsLabel}</th>
              <th scope="col">{messages.score('').trim()}</th>
              <th scope="col">{messages.positives}</th>
              <th scope="col">{messages.negatives}</th>
              <th scope="col">{messages.thresholdLabel}</th>
              <th scope="col">{messages.counts.tp}</th>
              <th scope="col">{messages.counts.fp}</th>
              <th scope="col">{messages.counts.fn}</th>
              <th scope="col">{messages.counts.tn}</th>
            </tr>
          </thead>
          <tbody>
            {curves.map((c, m) => {
              const k = points[m];
              return (
                <tr key={m}>
                  <th scope="row">{c.name}</th>
                  <td>{fmt.score(config.kind === 'roc' ? c.curve.rocAuc : c.curve.averagePrecision)}</td>
                  <td>{fmt.count(c.curve.positives)}</td>
                  <td>{fmt.count(c.curve.negatives)}</td>
                  <td>{fmt.threshold(c.curve.thresholds[k])}</td>
                  <td>{fmt.count(c.curve.tp[k])}</td>
                  <td>{fmt.count(c.curve.fp[k])}</td>
                  <td>{fmt.count(c.curve.fn[k])}</td>
                  <td>{fmt.count(c.curve.tn[k])}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface ReadOutProps {
  c: ModelCurve;
  i: number;
  fmt: { pct: (v: number) => string; count: (v: number) => string; threshold: (v: number) => string };
  messages: ThresholdCurveMessages;
  cls: (part: string) => string;
}

/** The operating point as a small table of facts, visible beside the chart. */
function ReadOut({ c, i, fmt, messages, cls }: ReadOutProps) {
  const rows: [string, string][] = [
    [messages.thresholdLabel, fmt.threshold(c.curve.thresholds[i])],
    [messages.yAxis, fmt.pct(c.ys[i])],
    [messages.xAxis, fmt.pct(c.xs[i])],
  ];
  return (
    <div className={cls('readout')}>
      <dl className={cls('facts')}>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <table className={cls('counts')}>
        <tbody>
          <tr>
            <th scope="row">{messages.counts.tp}</th>
            <td>{fmt.count(c.curve.tp[i])}</td>
            <th scope="row">{messages.counts.fp}</th>
            <td>{fmt.count(c.curve.fp[i])}</td>
          </tr>
          <tr>
            <th scope="row">{messages.counts.fn}</th>
            <td>{fmt.count(c.curve.fn[i])}</td>
            <th scope="row">{messages.counts.tn}</th>
            <td>{fmt.count(c.curve.tn[i])}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
