import type { RiskMarker, RiskMatrixView } from '@sextant/core';
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { gridNavigation, type GridPosition } from '../../grid/gridNavigation';

/** Markers drawn per cell before the rest collapse into "+n" (the table lists every risk). */
export const MARKERS_PER_CELL = 4;

export interface MatrixGridProps {
  view: RiskMatrixView;
  /** Accessible name of the grid. */
  label: string;
  onRiskClick?: (risk: RiskMarker) => void;
  /** Called with the risk whose marker has focus or hover (or null). */
  onActiveRisk: (id: string | null) => void;
  activeRisk: string | null;
  showInherent: boolean;
}

/**
 * The 5 × 5 heat map as an ARIA grid: one tab stop; arrows move between cells; Enter or F2
 * steps into a cell's markers, arrows move between them, Escape steps back out; Enter or
 * Space on a marker calls `onRiskClick`. An arrow from ghost to marker shows the focused
 * risk's move from inherent to residual.
 */
export function MatrixGrid({ view, label, onRiskClick, onActiveRisk, activeRisk, showInherent }: MatrixGridProps) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [inCell, setInCell] = useState<number | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const focusAt = (pos: GridPosition, marker: number | null) => {
    setActive(pos);
    setInCell(marker);
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`);
    const target = marker === null ? cell : cell?.querySelectorAll<HTMLElement>('.sextant-risk-matrix__marker')[marker];
    target?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cellEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cellEl) return;
    const pos = { row: Number(cellEl.dataset.row), col: Number(cellEl.dataset.col) };
    const markers = cellEl.querySelectorAll<HTMLElement>('.sextant-risk-matrix__marker');
    if (inCell !== null) {
      if (e.key === 'Escape' || e.key === 'F2') {
        e.preventDefault();
        focusAt(pos, null);
        return;
      }
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) {
        e.preventDefault();
        focusAt(pos, Math.min(markers.length - 1, Math.max(0, inCell + step)));
      }
      return;
    }
    if ((e.key === 'Enter' || e.key === 'F2') && markers.length > 0) {
      e.preventDefault();
      focusAt(pos, 0);
      return;
    }
    const rtl = getComputedStyle(cellEl).direction === 'rtl';
    const next = gridNavigation(pos, e.nativeEvent, { rows: 5, cols: 5 }, { rtl });
    if (next) {
      e.preventDefault();
      focusAt(next, null);
    }
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    const cellEl = t.closest<HTMLElement>('[data-row]');
    if (!cellEl) return;
    const pos = { row: Number(cellEl.dataset.row), col: Number(cellEl.dataset.col) };
    if (pos.row !== active.row || pos.col !== active.col) setActive(pos);
    const id =
      t.dataset.riskIndex === undefined ? null : (view.cells[pos.row * 5 + pos.col].markers[Number(t.dataset.riskIndex)] ?? null);
    if (t.dataset.riskIndex === undefined && inCell !== null) setInCell(null);
    onActiveRisk(id);
  };

  const focused = activeRisk === null ? undefined : view.markers[activeRisk];
  const move = focused && focused.moved && showInherent ? focused : undefined;
  const L = view.labels;

  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={label}
      aria-rowcount={6}
      aria-colcount={6}
      className="sextant-risk-matrix__grid"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onMouseLeave={() => onActiveRisk(null)}
    >
      {[0, 1, 2, 3, 4].map((row) => (
        <div role="row" key={row} className="sextant-risk-matrix__row" aria-rowindex={row + 1}>
          <div role="rowheader" className="sextant-risk-matrix__tick sextant-risk-matrix__tick--y">
            <span className="sextant-risk-matrix__tick-long">{L.likelihood[4 - row]}</span>
            <span className="sextant-risk-matrix__tick-short" aria-hidden="true">
              {5 - row}
            </span>
          </div>
          {[0, 1, 2, 3, 4].map((col) => {
            const c = view.cells[row * 5 + col];
            const isActive = active.row === row && active.col === col;
            const shown = c.markers.slice(0, MARKERS_PER_CELL);
            const more = c.markers.length - shown.length;
            const ghosts = showInherent ? c.ghosts : [];
            return (
              <div
                role="gridcell"
                key={col}
                aria-colindex={col + 2}
                tabIndex={isActive && inCell === null ? 0 : -1}
                data-row={row}
                data-col={col}
                data-band={c.band}
                data-count={c.markers.length}
                className="sextant-risk-matrix__cell"
              >
                {/* The cell's name is its content: this sentence, then its markers' names. */}
                <span className="sextant-visually-hidden">{c.label}</span>
                <span className="sextant-risk-matrix__score" aria-hidden="true">
                  <span className="sextant-risk-matrix__band-word">{L.bands[c.band]} </span>
                  {c.score}
                </span>
                <span className="sextant-risk-matrix__markers">
                  {shown.map((id, k) => {
                    const mk = view.markers[id];
                    return (
                      <button
                        type="button"
                        key={id}
                        className="sextant-risk-matrix__marker"
                        data-risk-index={k}
                        data-overdue={mk.overdueMitigations.length > 0 ? '' : undefined}
                        data-active={activeRisk === id ? '' : undefined}
                        data-band={mk.residual.band}
                        tabIndex={isActive && inCell === k ? 0 : -1}
                        aria-label={mk.label}
                        title={`${mk.id} ${mk.title}`}
                        onClick={() => onRiskClick?.(mk)}
                        onMouseEnter={() => onActiveRisk(id)}
                      >
                        {/* The full id (it starts the accessible name); CSS cuts a long one for the eye. */}
                        <span className="sextant-risk-matrix__marker-id">{mk.id}</span>
                        {mk.overdueMitigations.length > 0 ? (
                          <span className="sextant-risk-matrix__overdue" aria-hidden="true">
                            !
                          </span>
                        ) : null}
                      </button>
                    );
                  })}
                  {more > 0 ? (
                    <span className="sextant-risk-matrix__more" aria-hidden="true">
                      +{more}
                    </span>
                  ) : null}
                  {ghosts.slice(0, MARKERS_PER_CELL).map((id) => (
                    <span
                      key={`g-${id}`}
                      className="sextant-risk-matrix__ghost"
                      data-active={activeRisk === id ? '' : undefined}
                      aria-hidden="true"
                      title={view.markers[id].ghostLabel}
                    >
                      <span className="sextant-risk-matrix__marker-id">{id}</span>
                    </span>
                  ))}
                </span>
              </div>
            );
          })}
        </div>
      ))}
      <div role="row" className="sextant-risk-matrix__row sextant-risk-matrix__row--x" aria-rowindex={6}>
        <div role="columnheader" className="sextant-risk-matrix__corner">
          <span className="sextant-visually-hidden">
            {L.likelihoodAxis} / {L.impactAxis}
          </span>
        </div>
        {[0, 1, 2, 3, 4].map((col) => (
          <div role="columnheader" key={col} className="sextant-risk-matrix__tick sextant-risk-matrix__tick--x">
            <span className="sextant-risk-matrix__tick-long">{L.impact[col]}</span>
            <span className="sextant-risk-matrix__tick-short" aria-hidden="true">
              {col + 1}
            </span>
          </div>
        ))}
      </div>
      {move ? (
        <svg className="sextant-risk-matrix__move" viewBox="0 0 5 5" preserveAspectRatio="none" aria-hidden="true">
          <line
            x1={move.inherent.impact - 0.5}
            y1={5 - move.inherent.likelihood + 0.5}
            x2={move.residual.impact - 0.5}
            y2={5 - move.residual.likelihood + 0.5}
            vectorEffect="non-scaling-stroke"
          />
          <circle cx={move.residual.impact - 0.5} cy={5 - move.residual.likelihood + 0.5} r={0.06} />
        </svg>
      ) : null}
    </div>
  );
}
