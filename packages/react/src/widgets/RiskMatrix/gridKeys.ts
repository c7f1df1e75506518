/**
 * The grid keyboard model (react-aria's GridKeyboardDelegate in small): arrows move one
 * cell, Home / End to the row's ends, Ctrl+Home / Ctrl+End to the first / last cell,
 * PageUp / PageDown to the top / bottom row; left and right swap in right-to-left layouts.
 * A pure function so it can move to the shared `gridNavigation` when that lands in main.
 */
export interface GridPosition {
  row: number;
  col: number;
}

export function gridNavigation(
  key: string,
  at: GridPosition,
  size: { rows: number; cols: number },
  options: { rtl?: boolean; ctrl?: boolean } = {},
): GridPosition | null {
  const last = { row: size.rows - 1, col: size.cols - 1 };
  const h = options.rtl ? -1 : 1;
  const clamp = (row: number, col: number): GridPosition => ({
    row: Math.min(last.row, Math.max(0, row)),
    col: Math.min(last.col, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowRight':
      return clamp(at.row, at.col + h);
    case 'ArrowLeft':
      return clamp(at.row, at.col - h);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'Home':
      return options.ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return options.ctrl ? last : { row: at.row, col: last.col };
    case 'PageUp':
      return { row: 0, col: at.col };
    case 'PageDown':
      return { row: last.row, col: at.col };
    default:
      return null;
  }
}
