import { useEffect, useId, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { useRovingGrid } from '../../grid/useRovingGrid';
import { fillMessage, type PlannerMessages } from './messages';
import type { PlannerModel, SlotView } from './model';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Props of {@link PlannerGrid}. */
export interface PlannerGridProps {
  model: PlannerModel;
  selection: SlotView | null;
  /** A suggestion being looked at: outlined on the grid. */
  preview?: SlotView | null;
  messages: PlannerMessages;
  /** An hour column was picked (Enter, Space or a click). */
  onPick: (col: number) => void;
  /** A short sentence for the live region. */
  onAnnounce: (text: string) => void;
}

function place(from: number, to: number): CSSProperties {
  return { '--tzp-l': from.toFixed(5), '--tzp-r': to.toFixed(5) } as CSSProperties;
}

/** Level of the Available cell: every member, none, at least half, or some. */
function level(working: number, n: number): 'all' | 'none' | 'most' | 'some' {
  return working === n ? 'all' : working === 0 ? 'none' : working * 2 >= n ? 'most' : 'some';
}

/**
 * The hour grid: a fixed name column and a strip per member where each working span is one
 * continuous bar from its exact start to its exact end (night drawn quieter, hatched), over
 * hour cells that carry the keyboard (one tab stop, arrows, Home/End, Enter picks) through
 * the shared {@link useRovingGrid}. The Available row counts who works each hour. Marks
 * across every row: when everyone is free, the selected meeting, and now. At narrow widths
 * the strip scrolls sideways inside the widget while the names stay put.
 */
export function PlannerGrid({ model: m, selection, preview = null, messages: t, onPick, onAnnounce }: PlannerGridProps) {
  const n = m.rows.length;
  const cols = m.hours.length;
  const selectedCol =
    selection && selection.from < 1 && selection.to > 0 ? m.hours.findIndex((h) => selection.start < h.end) : -1;

  const defaultCol = (() => {
    if (selectedCol >= 0) return selectedCol;
    const o = m.day.overlap[0];
    if (o) return Math.min(cols - 1, Math.floor(o.from * cols + 1e-9));
    const s = m.suggestions[0];
    if (s) return Math.min(cols - 1, Math.floor(s.from * cols + 1e-9));
    if (m.nowAt !== null) return Math.min(cols - 1, Math.floor(m.nowAt * cols));
    return 0;
  })();

  const announceCol = (col: number) => {
    const h = m.hours[col];
    onAnnounce(fillMessage(t.announceHour, { from: h.from, to: h.to, count: h.working, total: n }));
  };

  const grid = useRovingGrid({
    rows: n + 1,
    cols,
    defaultPosition: { row: 0, col: defaultCol },
    onActivate: ({ col }) => onPick(col),
    onMove: (next, prev) => {
      if (next.col !== prev.col) announceCol(next.col);
    },
  });

  // Bring the interesting hours into view in a scrolling strip (360 px), once per day shown.
  const scroller = useRef<HTMLDivElement>(null);
  useIsomorphicLayoutEffect(() => {
    const el = scroller.current;
    if (!el || el.scrollWidth <= el.clientWidth) return;
    const cell = el.querySelector<HTMLElement>(`[data-row="0"][data-col="${defaultCol}"]`);
    const name = el.querySelector<HTMLElement>('[role="rowheader"]');
    if (cell) el.scrollLeft = Math.max(0, cell.offsetLeft - (name?.offsetWidth ?? 0) - cell.offsetWidth);
    // Only when the day changes: later moves scroll by focus.
  }, [m.date]);

  const status = { working: t.cellWorking, outside: t.cellOutside, night: t.cellNight } as const;

  const marks = (kind: 'head' | 'row' | 'total') => (
    <>
      {m.day.overlap.map((o, i) => (
        <span
          key={`b${i}`}
          aria-hidden="true"
          className="sextant-timezone-planner__band"
          data-kind={kind}
          style={place(o.from, o.to)}
        />
      ))}
      {selection && selectedCol >= 0 ? (
        <span
          aria-hidden="true"
          className="sextant-timezone-planner__selection"
          data-kind={kind}
          style={place(Math.max(0, selection.from), Math.min(1, selection.to))}
        />
      ) : null}
      {preview && preview.from < 1 && preview.to > 0 ? (
        <span
          aria-hidden="true"
          className="sextant-timezone-planner__preview"
          data-kind={kind}
          style={place(Math.max(0, preview.from), Math.min(1, preview.to))}
        />
      ) : null}
      {m.nowAt !== null ? (
        <span aria-hidden="true" className="sextant-timezone-planner__now" data-kind={kind} style={place(m.nowAt, m.nowAt)} />
      ) : null}
    </>
  );

  const helpId = useId();
  return (
    <div className="sextant-timezone-planner__scroller" ref={scroller}>
      <div
        role="grid"
        className="sextant-timezone-planner__grid"
        aria-label={fillMessage(t.gridName, { date: m.dateText, zone: m.referenceLabel })}
        aria-describedby={helpId}
        style={{ '--tzp-n': cols } as CSSProperties}
        data-count={n > 12 ? 'many' : undefined}
        {...grid.gridProps}
      >
        {/* The hour axis is for the eye; each cell's name and the live region carry the hours. */}
        <div
          aria-hidden="true"
          className="sextant-timezone-planner__row sextant-timezone-planner__row--head"
          data-now={m.nowAt !== null || undefined}
        >
          <div className="sextant-timezone-planner__corner">{m.referenceLabel}</div>
          <div className="sextant-timezone-planner__track sextant-timezone-planner__track--head">
            {marks('head')}
            {m.nowAt !== null ? (
              <span className="sextant-timezone-planner__now-label" style={place(m.nowAt, m.nowAt)}>
                {t.now}
              </span>
            ) : null}
          </div>
          {m.hours.map((h, c) => (
            <div
              key={h.start}
              className="sextant-timezone-planner__hour"
              style={{ gridColumn: c + 2 }}
              data-every={h.every}
              data-selected={c === selectedCol || undefined}
              data-focus={grid.position.col === c || undefined}
            >
              {h.label}
            </div>
          ))}
        </div>
        {m.rows.map((r, ri) => (
          <div role="row" key={r.id} className="sextant-timezone-planner__row" data-off={r.off || undefined}>
            <div role="rowheader" className="sextant-timezone-planner__member">
              <span className="sextant-timezone-planner__name">
                <bdi>{r.name}</bdi>
              </span>{' '}
              <span className="sextant-timezone-planner__meta">
                {r.now ? (
                  <>
                    <time dateTime={r.now.local}>{r.now.time}</time> {r.nowWeekday}
                    {' · '}
                  </>
                ) : null}
                <bdi>{r.location}</bdi>
                {r.off ? ` · ${t.dayOff}` : ''}
              </span>
            </div>
            <div className="sextant-timezone-planner__track" aria-hidden="true">
              {r.spans.map((s, i) => (
                <span key={i} className="sextant-timezone-planner__span" data-kind={s.kind} style={place(s.from, s.to)} />
              ))}
              {marks('row')}
            </div>
            {r.cells.map((cell, c) => (
              <div
                key={c}
                role="gridcell"
                className="sextant-timezone-planner__cell"
                style={{ gridColumn: c + 2 }}
                {...grid.cellProps(ri, c)}
                aria-selected={c === selectedCol}
                aria-label={fillMessage(t.cellName, { name: r.name, time: cell.timeLabel, status: status[cell.status] })}
                data-status={cell.status}
                data-new-day={cell.newDay || undefined}
                data-minutes={cell.minutes || undefined}
                data-partial={cell.partial || undefined}
                // Drawn by CSS (::before): the name already says the local time in full, and a
                // visible "9" that is not in the name would fail WCAG 2.5.3's label-in-name check.
                data-text={cell.text}
              />
            ))}
          </div>
        ))}
        <div role="row" className="sextant-timezone-planner__row sextant-timezone-planner__row--total">
          <div role="rowheader" className="sextant-timezone-planner__member">
            <span className="sextant-timezone-planner__name">{t.available}</span>{' '}
            <span className="sextant-timezone-planner__meta">{fillMessage(t.ofPeople, { count: n })}</span>
          </div>
          <div className="sextant-timezone-planner__track" aria-hidden="true">
            {marks('total')}
          </div>
          {m.hours.map((h, c) => (
            <div
              key={h.start}
              role="gridcell"
              className="sextant-timezone-planner__count"
              style={{ gridColumn: c + 2 }}
              {...grid.cellProps(n, c)}
              aria-selected={c === selectedCol}
              aria-label={fillMessage(t.countName, { from: h.from, to: h.to, count: h.working, total: n })}
              data-level={level(h.working, n)}
            >
              <span aria-hidden="true">{h.working}</span>
            </div>
          ))}
        </div>
      </div>
      <VisuallyHidden id={helpId}>{t.gridHelp}</VisuallyHidden>
    </div>
  );
}
