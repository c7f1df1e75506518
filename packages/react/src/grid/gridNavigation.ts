/** A cell of a grid: zero-based `row`, and `col` counted from the start of the row (the left in LTR, the right in RTL). */
export interface GridPosition {
  row: number;
  col: number;
}

/** How many rows and columns a grid has. */
export interface GridSize {
  rows: number;
  cols: number;
}

/** The part of a keyboard event that {@link gridNavigation} reads (a React or DOM `KeyboardEvent` fits). */
export interface GridKeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** Options of {@link gridNavigation}. */
export interface GridNavigationOptions {
  /** Right-to-left layout: ArrowLeft moves towards the end of the row, ArrowRight towards its start. @default false */
  rtl?: boolean;
  /** Rows moved by PageUp / PageDown. @default 5 */
  pageSize?: number;
}

/** The keys {@link gridNavigation} moves on (anything else returns `null`). */
export const GRID_NAVIGATION_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function whole(v: number): number {
  return Number.isFinite(v) ? Math.trunc(v) : 0;
}

/**
 * Where focus goes in a grid when a key is pressed: the keyboard model every Sextant grid
 * widget shares (the WAI-ARIA APG grid pattern, as react-aria's `GridKeyboardDelegate`).
 *
 * - ArrowLeft / ArrowRight: one column, mirrored when `rtl` (so the arrow always moves the
 *   way it points); ArrowUp / ArrowDown: one row. No wrapping: at an edge focus stays.
 * - Home / End: first / last column of the row (logical, so Home is the right-hand end in RTL).
 * - Ctrl+Home / Ctrl+End (or ⌘ on macOS): first cell of the first row / last cell of the last row.
 * - PageUp / PageDown: `pageSize` rows.
 *
 * Pure: no DOM, no state. The position is first clamped into the grid, so a stale
 * position after the grid shrank still gives a cell inside it. Returns `null` for a key it
 * does not handle, or for an empty grid; the caller then leaves the event alone.
 *
 * @param position The focused cell.
 * @param key The key pressed: a `KeyboardEvent` (its `key`, `ctrlKey`, `metaKey`) or a key name.
 * @param size The grid's rows and columns.
 * @returns The cell to focus (possibly the same one, at an edge), or `null`.
 *
 * @example
 * ```ts
 * gridNavigation({ row: 0, col: 0 }, 'ArrowRight', { rows: 3, cols: 24 }); // { row: 0, col: 1 }
 * gridNavigation({ row: 0, col: 0 }, 'ArrowRight', { rows: 3, cols: 24 }, { rtl: true }); // { row: 0, col: 0 } (start edge)
 * gridNavigation({ row: 1, col: 5 }, { key: 'End', ctrlKey: true }, { rows: 3, cols: 24 }); // { row: 2, col: 23 }
 * gridNavigation({ row: 1, col: 5 }, 'Tab', { rows: 3, cols: 24 }); // null
 * ```
 */
export function gridNavigation(
  position: GridPosition,
  key: string | GridKeyInput,
  size: GridSize,
  options: GridNavigationOptions = {},
): GridPosition | null {
  const rows = whole(size.rows);
  const cols = whole(size.cols);
  if (rows <= 0 || cols <= 0) return null;
  const k = typeof key === 'string' ? { key } : key;
  const ctrl = Boolean(k.ctrlKey || k.metaKey);
  const pageSize = Math.max(1, whole(options.pageSize ?? 5));
  const row = clamp(whole(position.row), 0, rows - 1);
  const col = clamp(whole(position.col), 0, cols - 1);
  const forward = options.rtl ? -1 : 1;

  switch (k.key) {
    case 'ArrowRight':
      return { row, col: clamp(col + forward, 0, cols - 1) };
    case 'ArrowLeft':
      return { row, col: clamp(col - forward, 0, cols - 1) };
    case 'ArrowDown':
      return { row: Math.min(rows - 1, row + 1), col };
    case 'ArrowUp':
      return { row: Math.max(0, row - 1), col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'PageDown':
      return { row: Math.min(rows - 1, row + pageSize), col };
    case 'PageUp':
      return { row: Math.max(0, row - pageSize), col };
    default:
      return null;
  }
}
