import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { gridNavigation, type GridPosition, type GridSize } from './gridNavigation';

// useLayoutEffect warns during server rendering in React 18; there is no focus to keep there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** Options of {@link useRovingGrid}. */
export interface UseRovingGridOptions extends GridSize {
  /**
   * The cell that takes the tab stop until the user moves (e.g. the selected cell). Read on
   * every render, so it can follow the widget's state.
   * @default { row: 0, col: 0 }
   */
  defaultPosition?: GridPosition;
  /** Right-to-left arrows. @default read from the grid element's computed `direction` on each key press */
  rtl?: boolean;
  /** Rows moved by PageUp / PageDown. @default 5 */
  pageSize?: number;
  /** Called when Enter or Space is pressed on a cell, or a cell is clicked. */
  onActivate?: (position: GridPosition, event: KeyboardEvent<HTMLElement> | MouseEvent<HTMLElement>) => void;
  /** Called when focus moves to another cell by keyboard (for a short live announcement). */
  onMove?: (position: GridPosition, previous: GridPosition) => void;
}

/** Attributes a cell needs: spread them on every focusable cell. */
export interface RovingGridCellProps {
  tabIndex: 0 | -1;
  'data-row': number;
  'data-col': number;
}

/** What {@link useRovingGrid} returns. */
export interface RovingGrid<E extends HTMLElement = HTMLDivElement> {
  /** Spread on the `role="grid"` element: one delegated key, focus and click handler for every cell. */
  gridProps: {
    ref: RefObject<E | null>;
    onKeyDown: (event: KeyboardEvent<E>) => void;
    onFocus: (event: FocusEvent<E>) => void;
    onBlur: (event: FocusEvent<E>) => void;
    onClick: (event: MouseEvent<E>) => void;
  };
  /** Props of the cell at (row, col): `tabIndex` 0 on the one tab stop, -1 elsewhere. */
  cellProps: (row: number, col: number) => RovingGridCellProps;
  /** The cell holding the tab stop, always inside the grid (clamped after it shrinks). */
  position: GridPosition;
  /** Whether the user has moved in the grid since it mounted (else `position` is `defaultPosition`). */
  moved: boolean;
  /** Move the tab stop and DOM focus to a cell. */
  focusCell: (position: GridPosition) => void;
}

function clampTo(p: GridPosition, rows: number, cols: number): GridPosition {
  return {
    row: Math.max(0, Math.min(rows - 1, p.row)),
    col: Math.max(0, Math.min(cols - 1, p.col)),
  };
}

function cellOf(target: EventTarget | null, grid: HTMLElement | null): { el: HTMLElement; pos: GridPosition } | null {
  if (!(target instanceof Element) || !grid) return null;
  const el = target.closest<HTMLElement>('[data-row][data-col]');
  if (!el || !grid.contains(el)) return null;
  const row = Number(el.dataset.row);
  const col = Number(el.dataset.col);
  return Number.isInteger(row) && Number.isInteger(col) ? { el, pos: { row, col } } : null;
}

/**
 * Roving tabindex for a grid widget (confusion matrix, risk matrix, board, planner): the
 * grid is one tab stop, arrow keys move between cells with {@link gridNavigation}, and
 * Enter, Space or a click activate a cell. Handlers are delegated (one on the grid, none per
 * cell); cells are found by their `data-row` / `data-col`. Focus moves in the key handler,
 * not in an effect after render. When a re-render removes the focused cell (the grid
 * shrank, a row was filtered out), focus goes to the nearest cell that remains, never to
 * `<body>`.
 *
 * @example
 * ```tsx
 * function Matrix({ cells }: { cells: number[][] }) {
 *   const grid = useRovingGrid({
 *     rows: cells.length,
 *     cols: cells[0].length,
 *     onActivate: ({ row, col }) => console.log('open', row, col),
 *   });
 *   return (
 *     <div role="grid" aria-label="Confusion matrix" {...grid.gridProps}>
 *       {cells.map((r, i) => (
 *         <div role="row" key={i}>
 *           {r.map((v, j) => (
 *             <div role="gridcell" key={j} {...grid.cellProps(i, j)}>{v}</div>
 *           ))}
 *         </div>
 *       ))}
 *     </div>
 *   );
 * }
 * ```
 */
export function useRovingGrid<E extends HTMLElement = HTMLDivElement>(options: UseRovingGridOptions): RovingGrid<E> {
  const { rows, cols, defaultPosition, rtl, pageSize, onActivate, onMove } = options;
  const ref = useRef<E | null>(null);
  const [chosen, setChosen] = useState<GridPosition | null>(null);
  const empty = !(rows > 0 && cols > 0);
  const position = empty ? { row: 0, col: 0 } : clampTo(chosen ?? defaultPosition ?? { row: 0, col: 0 }, rows, cols);

  // The latest values for the stable handlers (synced after commit; no event runs in between).
  const live = useRef({ position, rows, cols, rtl, pageSize, onActivate, onMove, empty });
  useIsomorphicLayoutEffect(() => {
    live.current = { position, rows, cols, rtl, pageSize, onActivate, onMove, empty };
  });

  const focusWithin = useRef(false);
  const focusedEl = useRef<HTMLElement | null>(null);
  const pending = useRef<GridPosition | null>(null);

  const findCell = useCallback((p: GridPosition) => {
    return ref.current?.querySelector<HTMLElement>(`[data-row="${p.row}"][data-col="${p.col}"]`) ?? null;
  }, []);

  const focusCell = useCallback(
    (p: GridPosition) => {
      setChosen(p);
      live.current = { ...live.current, position: p };
      const el = findCell(p);
      // Cells that exist already take focus now; one that the next render adds takes it after commit.
      if (el) el.focus();
      else pending.current = p;
    },
    [findCell],
  );

  // After every commit: finish a pending move, and rescue focus when the focused cell was removed.
  useIsomorphicLayoutEffect(() => {
    if (pending.current) {
      const el = findCell(pending.current);
      pending.current = null;
      if (el) {
        el.focus();
        return;
      }
    }
    const lost = focusedEl.current !== null && !focusedEl.current.isConnected;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    if (focusWithin.current && lost && (active === null || active === document.body) && !empty) {
      findCell(position)?.focus();
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<E>) => {
      const cur = live.current;
      if (cur.empty || !cellOf(event.target, ref.current)) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        cur.onActivate?.(cur.position, event);
        return;
      }
      const dirRtl =
        cur.rtl ??
        (ref.current && typeof getComputedStyle === 'function' ? getComputedStyle(ref.current).direction === 'rtl' : false);
      const next = gridNavigation(
        cur.position,
        event,
        { rows: cur.rows, cols: cur.cols },
        { rtl: dirRtl, pageSize: cur.pageSize },
      );
      if (!next) return;
      event.preventDefault();
      const prev = cur.position;
      focusCell(next);
      if (next.row !== prev.row || next.col !== prev.col) cur.onMove?.(next, prev);
    },
    [focusCell],
  );

  const onFocus = useCallback((event: FocusEvent<E>) => {
    const hit = cellOf(event.target, ref.current);
    if (!hit) return;
    focusWithin.current = true;
    focusedEl.current = hit.el;
    const p = live.current.position;
    if (p.row !== hit.pos.row || p.col !== hit.pos.col) {
      setChosen(hit.pos);
      live.current = { ...live.current, position: hit.pos };
    }
  }, []);

  const onBlur = useCallback((event: FocusEvent<E>) => {
    const to = event.relatedTarget;
    // Focus left for somewhere else on the page (or the user clicked blank page): stop
    // guarding it. A cell blurred because it was removed is no longer connected: keep guarding.
    if ((to instanceof Node && !ref.current?.contains(to)) || (to === null && (event.target as Node).isConnected)) {
      focusWithin.current = false;
    }
  }, []);

  const onClick = useCallback((event: MouseEvent<E>) => {
    const hit = cellOf(event.target, ref.current);
    if (!hit || live.current.empty) return;
    setChosen(hit.pos);
    live.current = { ...live.current, position: hit.pos };
    live.current.onActivate?.(hit.pos, event);
  }, []);

  const cellProps = (row: number, col: number): RovingGridCellProps => ({
    tabIndex: row === position.row && col === position.col ? 0 : -1,
    'data-row': row,
    'data-col': col,
  });

  return {
    gridProps: { ref, onKeyDown, onFocus, onBlur, onClick },
    cellProps,
    position,
    moved: chosen !== null,
    focusCell,
  };
}
