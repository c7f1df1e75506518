/**
 * Arrow / Home / End / Page keys over a rows × cols grid, as one pure function so the grid
 * widgets share one keyboard model (react-aria's GridKeyboardDelegate). It moves to the
 * shared `gridNavigation` of the frame once that lands on main.
 */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridKeyOptions {
  rows: number;
  cols: number;
  /** Right-to-left: ArrowLeft moves to the next column. */
  rtl?: boolean;
  /** Ctrl/Cmd held: Home/End go to the first/last cell of the grid. */
  ctrl?: boolean;
  /** Rows moved by PageUp/PageDown. @default 10 */
  page?: number;
}

/** The position a key moves to, or null when the key is not a grid key. */
export function gridKeyTarget(key: string, at: GridPosition, o: GridKeyOptions): GridPosition | null {
  const lastRow = o.rows - 1;
  const lastCol = o.cols - 1;
  const clampRow = (r: number) => Math.max(0, Math.min(lastRow, r));
  const clampCol = (c: number) => Math.max(0, Math.min(lastCol, c));
  const forward = o.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = o.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return { row: at.row, col: clampCol(at.col + 1) };
    case back:
      return { row: at.row, col: clampCol(at.col - 1) };
    case 'ArrowDown':
      return { row: clampRow(at.row + 1), col: at.col };
    case 'ArrowUp':
      return { row: clampRow(at.row - 1), col: at.col };
    case 'Home':
      return { row: o.ctrl ? 0 : at.row, col: 0 };
    case 'End':
      return { row: o.ctrl ? lastRow : at.row, col: lastCol };
    case 'PageDown':
      return { row: clampRow(at.row + (o.page ?? 10)), col: at.col };
    case 'PageUp':
      return { row: clampRow(at.row - (o.page ?? 10)), col: at.col };
    default:
      return null;
  }
}
