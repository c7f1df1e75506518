import { flowChartMessages, flowMetrics, type FlowChartMessages, type FlowMetrics } from '@sextant/core';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { scaleLinear } from '@visx/scale';
import { AreaStack } from '@visx/shape';
import { forwardRef, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { textOf } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useElementWidth } from '../../hooks/useElementWidth';
import { checkBoard } from '../KanbanBoard/checkBoard';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { MARGIN, shortDate, tickIndices, type FlowPeriodProps } from './shared';

/** Props of {@link CumulativeFlowChart}. */
export interface CumulativeFlowChartProps extends WidgetBaseProps, FlowPeriodProps {
  messages?: Partial<FlowChartMessages>;
}

type Row = FlowMetrics['cumulativeFlow'][number] & { i: number };

/** Band colours: a sequential ramp, lightest for the first column, darkest for the last. */
const band = (k: number, n: number) =>
  `var(--sextant-seq-${Math.min(8, Math.max(1, Math.round(1 + (k * 7) / Math.max(1, n - 1))))})`;

/**
 * Cumulative flow of a board: one stacked band per column, the cards in it at the end of each
 * UTC date (core's `flowMetrics`), the last column at the bottom. Arrow keys (or the pointer)
 * move a cursor across dates and read every band's count; a hidden table carries every value.
 */
export const CumulativeFlowChart = /* @__PURE__ */ forwardRef<HTMLElement, CumulativeFlowChartProps>(function CumulativeFlowChart(
  { board, now, from, to, start, done, height = 260, messages: messagesProp, title = 'Cumulative flow', ...rest },
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
  const [cursor, setCursor] = useState<number | null>(null);
  const ids = useId();

  const m = model.ok ? model.value : null;
  const columns = useMemo(() => (model.ok ? board.columns : []), [model.ok, board]);
  const rows: Row[] = useMemo(() => (m ? m.cumulativeFlow.map((r, i) => ({ ...r, i })) : []), [m]);
  const keys = useMemo(() => columns.map((c) => c.id).reverse(), [columns]);
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const max = useMemo(
    () =>
      rows.reduce(
        (mx, r) =>
          Math.max(
            mx,
            keys.reduce((s, k) => s + (r.counts[k] ?? 0), 0),
          ),
        0,
      ),
    [rows, keys],
  );
  const x = scaleLinear({ domain: [0, Math.max(1, rows.length - 1)], range: [0, innerW] });
  const y = scaleLinear({ domain: [0, Math.max(1, max)], range: [innerH, 0], nice: true });

  const readout = (i: number) => {
    const r = rows[i];
    return messages.cfdReadout(
      shortDate(r.date, locale),
      columns.map((c) => ({ title: c.title, count: r.counts[c.id] ?? 0 })),
    );
  };
  const onKey = (e: KeyboardEvent) => {
    if (rows.length === 0) return;
    const cur = cursor ?? rows.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? Math.min(rows.length - 1, cur + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, cur - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? rows.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    setCursor(next);
  };
  const onPointer = (e: PointerEvent<SVGSVGElement>) => {
    if (rows.length === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const i = Math.round(x.invert(e.clientX - box.left - MARGIN.left));
    setCursor(Math.max(0, Math.min(rows.length - 1, i)));
  };
  const ticks = tickIndices(rows.length, Math.max(2, Math.floor(innerW / 80)));

  return (
    <WidgetFrame
      ref={ref}
      widget="cumulative-flow-chart"
      title={title}
      error={messagesError ?? (model.ok ? undefined : model.error)}
      {...rest}
    >
      {m ? (
        <>
          <ul className="sextant-flow-chart__legend" aria-hidden="true">
            {columns.map((c, k) => (
              <li key={c.id}>
                <span className="sextant-flow-chart__swatch" style={{ background: band(k, columns.length) }} />
                {c.title}
              </li>
            ))}
          </ul>
          <div ref={boxRef} className="sextant-flow-chart__plot">
            <div
              tabIndex={0}
              role="group"
              aria-label={`${textOf(title)}. ${messages.cfdHelp}`}
              aria-describedby={`${ids}-read`}
              className="sextant-flow-chart__focus"
              onKeyDown={onKey}
              onFocus={() => setCursor((c) => c ?? rows.length - 1)}
            >
              <svg
                width={width}
                height={height}
                aria-hidden="true"
                onPointerMove={onPointer}
                onPointerLeave={() => setCursor(null)}
              >
                <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
                  {rows.length > 0 ? (
                    <AreaStack<Row, string>
                      keys={keys}
                      data={rows}
                      value={(d, key) => d.counts[key] ?? 0}
                      x={(d) => x(d.data.i)}
                      y0={(d) => y(d[0])}
                      y1={(d) => y(d[1])}
                    >
                      {({ stacks, path }) =>
                        stacks.map((s) => (
                          <path
                            key={s.key}
                            d={path(s) ?? ''}
                            fill={band(columns.length - 1 - s.index, columns.length)}
                            stroke="var(--sextant-color-surface)"
                            strokeWidth={0.75}
                          />
                        ))
                      }
                    </AreaStack>
                  ) : null}
                  {cursor !== null && rows[cursor] ? (
                    <line className="sextant-flow-chart__cursor" x1={x(cursor)} x2={x(cursor)} y1={0} y2={innerH} />
                  ) : null}
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
                    tickFormat={(v) => (rows[Number(v)] ? shortDate(rows[Number(v)].date, locale) : '')}
                    stroke="var(--sextant-color-border-strong)"
                    tickStroke="var(--sextant-color-border-strong)"
                    tickLabelProps={() => ({ fill: 'var(--sextant-color-fg-muted)', fontSize: 11, textAnchor: 'middle' })}
                  />
                </g>
              </svg>
            </div>
          </div>
          <p id={`${ids}-read`} className="sextant-flow-chart__readout" aria-live="polite">
            {rows.length === 0 ? messages.cfdEmpty : cursor !== null ? readout(cursor) : readout(rows.length - 1)}
          </p>
          <VisuallyHidden>
            <table>
              <caption>{textOf(title)}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  {columns.map((c) => (
                    <th key={c.id} scope="col">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.date}>
                    <th scope="row">{r.date}</th>
                    {columns.map((c) => (
                      <td key={c.id}>{r.counts[c.id] ?? 0}</td>
                    ))}
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
