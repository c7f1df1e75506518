import { flowChartMessages, flowMetrics, type FinishedCard, type FlowChartMessages } from '@sextant/core';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { scaleLinear } from '@visx/scale';
import { forwardRef, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { textOf } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useElementWidth } from '../../hooks/useElementWidth';
import { checkBoard } from '../KanbanBoard/checkBoard';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { MARGIN, shortDate, spreadLabels, type FlowPeriodProps } from './shared';

/** Props of {@link CycleTimeChart}. */
export interface CycleTimeChartProps extends WidgetBaseProps, FlowPeriodProps {
  /** Called when a dot is clicked or chosen with Enter: the card's id and its cycle-time record. */
  onCardSelect?: (cardId: string, card: FinishedCard) => void;
  messages?: Partial<FlowChartMessages>;
}

const DAY = 86_400_000;

/**
 * Cycle-time scatter: one dot per card finished in the period (x = when it finished, y = its
 * cycle time in days) with the 50th, 85th and 95th percentile lines — all from core's
 * `flowMetrics`. Hover or arrow keys read a card out; click or Enter hands it to `onCardSelect`.
 */
export const CycleTimeChart = /* @__PURE__ */ forwardRef<HTMLElement, CycleTimeChartProps>(function CycleTimeChart(
  { board, now, from, to, start, done, height = 260, onCardSelect, messages: messagesProp, title = 'Cycle time', ...rest },
  ref,
) {
  const { locale } = useSextantContext();
  const [mountedAt] = useState(() => Date.now());
  const { messages: messages, error: messagesError } = useMessages(flowChartMessages, messagesProp);
  const model = useSafeComputation(
    () => flowMetrics(checkBoard(board), { now: now ?? mountedAt, from, to, start, done }),
    [board, now, mountedAt, from, to, start, done],
  );
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 600);
  const [active, setActive] = useState<number | null>(null);
  const ids = useId();
  const m = model.ok ? model.value : null;
  const cards = m?.finished ?? [];
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const t0 = m ? Date.parse(m.period.from) : 0;
  const t1 = m ? Date.parse(m.period.to) : 1;
  const maxDays = cards.reduce((mx, c) => Math.max(mx, c.cycleDays), 0);
  const x = scaleLinear({ domain: [t0, t1], range: [0, innerW] });
  const y = scaleLinear({ domain: [0, Math.max(1, maxDays * 1.08)], range: [innerH, 0], nice: true });
  const ct = m?.cycleTime;
  const lines =
    ct && ct.count > 0
      ? ([
          [50, ct.p50],
          [85, ct.p85],
          [95, ct.p95],
        ] as [number, number][])
      : [];
  // Each label sits on its own line (the halo cuts the dashes behind it), so it is clear which
  // line it names; when two percentiles are close the labels move apart one text height
  // (11 px text needs 13 px) instead of printing over each other.
  // The lines stop short of the label column, so no dash runs through the text.
  const labelsRef = useRef<SVGGElement>(null);
  const [labelW, setLabelW] = useState(0);
  const labelKey = lines.map(([p, v]) => messages.percentile(p, v)).join('|');
  useLayoutEffect(() => {
    const g = labelsRef.current;
    // getBBox is absent outside a layout engine (jsdom): the lines then run the full width.
    const w = g && typeof g.getBBox === 'function' ? g.getBBox().width : 0;
    setLabelW(Number.isFinite(w) ? Math.ceil(w) : 0);
  }, [labelKey]);
  const lineEnd = Math.max(innerW / 2, innerW - (labelW > 0 ? labelW + 6 : 0));
  const labelY = spreadLabels(
    lines.map(([, v]) => y(v)),
    13,
    7,
    innerH - 7,
  );

  const describe = (c: FinishedCard) => messages.cycleReadout(c.title, c.cycleDays, shortDate(c.finishedAt, locale));
  const choose = (i: number) => {
    setActive(i);
    const c = cards[i];
    if (c) onCardSelect?.(c.cardId, c);
  };
  const onKey = (e: KeyboardEvent) => {
    if (cards.length === 0) return;
    const cur = active ?? 0;
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(cards.length - 1, cur + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, cur - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = cards.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(cur);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  const ticks = useMemo(() => {
    const n = Math.max(2, Math.floor(innerW / 90));
    const days = Math.max(1, Math.round((t1 - t0) / DAY));
    const step = Math.max(1, Math.ceil(days / n)) * DAY;
    const out: number[] = [];
    for (let t = t0; t < t1; t += step) out.push(t);
    return out;
  }, [innerW, t0, t1]);

  const summary =
    ct && ct.count > 0
      ? messages.cycleSummary(ct.count, ct.p50 as number, ct.p85 as number, ct.p95 as number)
      : messages.cycleEmpty;

  return (
    <WidgetFrame
      ref={ref}
      widget="cycle-time-chart"
      title={title}
      error={messagesError ?? (model.ok ? undefined : model.error)}
      {...rest}
    >
      {m ? (
        <>
          <p className="sextant-flow-chart__summary">{summary}</p>
          <div ref={boxRef} className="sextant-flow-chart__plot">
            <div
              tabIndex={0}
              role="group"
              aria-label={`${textOf(title)}. ${messages.cycleHelp}`}
              aria-describedby={`${ids}-read`}
              className="sextant-flow-chart__focus"
              onKeyDown={onKey}
              onFocus={() => setActive((a) => a ?? (cards.length > 0 ? 0 : null))}
            >
              <svg width={width} height={height} aria-hidden="true" onPointerLeave={() => setActive((a) => a)}>
                <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
                  {lines.map(([p, v]) => (
                    <g key={p} className="sextant-flow-chart__pline" data-p={p}>
                      <line x1={0} x2={lineEnd} y1={y(v)} y2={y(v)} />
                    </g>
                  ))}
                  {cards.map((c, i) => {
                    const cx = x(Date.parse(c.finishedAt));
                    const cy = y(c.cycleDays);
                    return (
                      <g
                        key={`${c.cardId}-${i}`}
                        className="sextant-flow-chart__dot"
                        data-active={active === i || undefined}
                        data-type={c.type}
                        onPointerEnter={() => setActive(i)}
                        onClick={() => choose(i)}
                      >
                        <circle cx={cx} cy={cy} r={12} fill="transparent" />
                        <circle cx={cx} cy={cy} r={active === i ? 6 : 4.5} />
                      </g>
                    );
                  })}
                  {/* Labels above the dots, so a dot never covers the text. */}
                  <g ref={labelsRef}>
                    {lines.map(([p, v], i) => (
                      <text
                        key={p}
                        className="sextant-flow-chart__plabel"
                        data-p={p}
                        x={innerW - 2}
                        y={labelY[i]}
                        textAnchor="end"
                        dominantBaseline="central"
                      >
                        {messages.percentile(p, v)}
                      </text>
                    ))}
                  </g>
                  <AxisLeft
                    scale={y}
                    numTicks={4}
                    stroke="var(--sextant-color-border-strong)"
                    tickStroke="var(--sextant-color-border-strong)"
                    tickLabelProps={() => ({
                      fill: 'var(--sextant-color-fg-muted)',
                      fontSize: 11,
                      textAnchor: 'end',
                      dx: -4,
                      dy: 3,
                    })}
                  />
                  <AxisBottom
                    top={innerH}
                    scale={x}
                    tickValues={ticks}
                    tickFormat={(v) => shortDate(new Date(Number(v)).toISOString(), locale)}
                    stroke="var(--sextant-color-border-strong)"
                    tickStroke="var(--sextant-color-border-strong)"
                    tickLabelProps={() => ({ fill: 'var(--sextant-color-fg-muted)', fontSize: 11, textAnchor: 'middle' })}
                  />
                </g>
              </svg>
            </div>
          </div>
          <p id={`${ids}-read`} className="sextant-flow-chart__readout" aria-live="polite">
            {active !== null && cards[active] ? describe(cards[active]) : cards.length === 0 ? messages.cycleEmpty : '\u00a0'}
          </p>
          <VisuallyHidden>
            <table>
              <caption>{textOf(title)}</caption>
              <thead>
                <tr>
                  <th scope="col">Card</th>
                  <th scope="col">Finished</th>
                  <th scope="col">Cycle time (days)</th>
                </tr>
              </thead>
              <tbody>
                {cards.map((c, i) => (
                  <tr key={`${c.cardId}-${i}`}>
                    <th scope="row">{c.title}</th>
                    <td>{c.finishedAt.slice(0, 10)}</td>
                    <td>{Math.round(c.cycleDays * 10) / 10}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      ) : null}
    </WidgetFrame>
  );
});
