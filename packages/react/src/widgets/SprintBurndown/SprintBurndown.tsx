import {
  sprintBurndown,
  sprintBurndownView,
  type GoalInstant,
  type KanbanBoard,
  type SprintBurndownMessages,
} from '@sextant/core';
import { scaleLinear } from '@visx/scale';
import { forwardRef, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { gridNavigation } from '../../grid/gridNavigation';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { checkFrameProps } from '../MetricTile/props';

/** Props of {@link SprintBurndown}. */
export interface SprintBurndownProps extends WidgetBaseProps {
  /** The Kanban board whose events the sprint is read from. */
  board: KanbanBoard;
  /** The sprint, half-open `[from, to)`, instants. */
  sprint: { from: GoalInstant; to: GoalInstant };
  /** The column that means done. */
  done: string;
  /** Only cards with this tag are in the sprint. */
  tag?: string;
  /** Story points per card id; needed for `measure="points"`. */
  estimates?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** The present: days after it are not drawn yet. @default the sprint's end */
  now?: GoalInstant;
  /** Chart cards or points. @default 'cards' */
  measure?: 'cards' | 'points';
  /** Plot height in px. @default 220 */
  height?: number;
  messages?: Partial<SprintBurndownMessages>;
}

const M = { top: 10, right: 28, bottom: 26, left: 34 };

/**
 * A sprint's burndown and burnup from a Kanban board's events (core's `sprintBurndown`):
 * remaining work per day against the ideal line, and the completed and scope lines, so
 * cards added mid-sprint show as the scope line rising. Focus the chart and use ←/→ (Home,
 * End) to read each day; a hidden table carries every value.
 *
 * @example
 * ```tsx
 * <SprintBurndown title="Sprint 14" board={board} done="done" tag="sprint-14"
 *   sprint={{ from: '2026-05-11T00:00:00Z', to: '2026-05-25T00:00:00Z' }} now="2026-05-20T12:00:00Z" />
 * ```
 */
export const SprintBurndown = /* @__PURE__ */ forwardRef<HTMLElement, SprintBurndownProps>(function SprintBurndown(
  {
    board,
    sprint,
    done,
    tag,
    estimates,
    now,
    measure,
    height = 220,
    messages,
    title = 'Sprint burndown',
    description,
    headingLevel,
    hideTitle,
    className,
    style,
    errorMessages,
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const frame = checkFrameProps({ title, description, headingLevel, hideTitle, className, style, errorMessages, rest });
  // The chart's name in text: the title when it is a string (a refused title is never read as one).
  const label = typeof frame.title === 'string' ? frame.title : 'Sprint burndown';
  const model = useSafeComputation(
    () => sprintBurndownView(sprintBurndown(board, { sprint, done, tag, estimates, now }), { measure, locale, messages }),
    [board, sprint, done, tag, estimates, now, measure, locale, messages],
  );
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef, 600);
  const [cursor, setCursor] = useState<number | null>(null);
  const id = useId();
  const v = model.ok ? model.value : null;
  const n = v ? v.dates.length : 0;
  const innerW = Math.max(10, width - M.left - M.right);
  const innerH = Math.max(40, (typeof height === 'number' && Number.isFinite(height) ? height : 220) - M.top - M.bottom);
  const x = scaleLinear<number>({ domain: [0, Math.max(1, n - 1)], range: [0, innerW] });
  const y = scaleLinear<number>({ domain: [0, Math.max(1, v?.max ?? 1)], range: [innerH, 0], nice: true });
  const line = (pts: readonly (readonly [number, number])[]) =>
    pts.map(([i, val], k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(2)},${y(val).toFixed(2)}`).join('');
  const days = v?.days ?? [];
  const shown = cursor ?? days.length - 1;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (days.length === 0) return;
    // The shared grid model on one row of days: ←/→ one day, Home/End the first/last.
    const next = gridNavigation({ row: 0, col: shown }, e, { rows: 1, cols: days.length }, { pageSize: 1 });
    if (!next || e.key === 'ArrowUp' || e.key === 'ArrowDown' || e.key.startsWith('Page')) return;
    e.preventDefault();
    setCursor(next.col);
  };
  const yTicks = y.ticks(4);
  const step = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(innerW / 56))));

  return (
    <WidgetFrame
      ref={ref}
      widget="sprint-burndown"
      {...frame.rest}
      title={frame.title ?? 'Sprint burndown'}
      description={frame.description}
      headingLevel={frame.headingLevel}
      hideTitle={frame.hideTitle}
      className={frame.className}
      style={frame.style as CSSProperties | undefined}
      errorMessages={frame.errorMessages}
      error={frame.error ?? model.error}
      resetKeys={[board, sprint, now]}
    >
      {v ? (
        <>
          <p className="sextant-sprint-burndown__summary">{v.summary}</p>
          <ul className="sextant-sprint-burndown__legend" aria-hidden="true">
            {(['remaining', 'ideal', 'completed', 'scope'] as const).map((s) => (
              <li key={s} data-series={s}>
                <span className="sextant-sprint-burndown__swatch" />
                {v.messages.series[s]}
              </li>
            ))}
          </ul>
          <div ref={boxRef} className="sextant-sprint-burndown__plot">
            <div
              tabIndex={0}
              role="group"
              aria-label={`${label}. ${v.messages.help}`}
              aria-describedby={`${id}-read`}
              className="sextant-sprint-burndown__focus"
              onKeyDown={onKeyDown}
            >
              <svg width={width} height={innerH + M.top + M.bottom} aria-hidden="true" focusable="false">
                <g transform={`translate(${M.left},${M.top})`}>
                  {yTicks.map((t) => (
                    <g key={t}>
                      <line className="sextant-sprint-burndown__grid" x1={0} x2={innerW} y1={y(t)} y2={y(t)} />
                      <text className="sextant-sprint-burndown__tick" x={-6} y={y(t)} dy="0.32em" textAnchor="end">
                        {t}
                      </text>
                    </g>
                  ))}
                  {v.dates.map((d, i) =>
                    i % step === 0 ? (
                      <text key={d.date} className="sextant-sprint-burndown__tick" x={x(i)} y={innerH + 18} textAnchor="middle">
                        {d.label}
                      </text>
                    ) : null,
                  )}
                  <path
                    className="sextant-sprint-burndown__line"
                    data-series="ideal"
                    d={line(v.dates.map((d, i) => [i, d.ideal]))}
                  />
                  {days.length > 0 ? (
                    <>
                      <path
                        className="sextant-sprint-burndown__line"
                        data-series="scope"
                        d={line(days.map((d) => [d.index, d.scope]))}
                      />
                      <path
                        className="sextant-sprint-burndown__line"
                        data-series="completed"
                        d={line(days.map((d) => [d.index, d.completed]))}
                      />
                      <path
                        className="sextant-sprint-burndown__line"
                        data-series="remaining"
                        d={line(days.map((d) => [d.index, d.remaining]))}
                      />
                      {days.map((d) => (
                        <circle
                          key={d.date}
                          className="sextant-sprint-burndown__point"
                          cx={x(d.index)}
                          cy={y(d.remaining)}
                          r={d.index === shown ? 4.5 : 2.5}
                        />
                      ))}
                      <line className="sextant-sprint-burndown__cursor" x1={x(shown)} x2={x(shown)} y1={0} y2={innerH} />
                    </>
                  ) : null}
                </g>
              </svg>
            </div>
          </div>
          <p id={`${id}-read`} className="sextant-sprint-burndown__readout" aria-live="polite">
            {days.length === 0 ? v.messages.notStarted : days[shown].readout}
          </p>
          <VisuallyHidden>
            <table>
              <caption>{label}</caption>
              <thead>
                <tr>
                  {(['date', 'remaining', 'ideal', 'completed', 'scope', 'added', 'removed'] as const).map((c) => (
                    <th key={c} scope="col">
                      {v.messages.columns[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">{d.label}</th>
                    <td>{d.texts.remaining}</td>
                    <td>{d.texts.ideal}</td>
                    <td>{d.texts.completed}</td>
                    <td>{d.texts.scope}</td>
                    <td>{d.added}</td>
                    <td>{d.removed}</td>
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
