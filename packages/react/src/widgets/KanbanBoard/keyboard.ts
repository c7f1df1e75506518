/**
 * Moving focus between cards without lifting one: one small pure function, so the board can
 * switch to the shared grid navigation (`gridNavigation` / `useRovingGrid`) when it lands.
 * Columns are the grid's columns, cards its rows; Left/Right keep the row where the next
 * column has one (else its last card) and skip empty columns; RTL swaps Left and Right.
 */
export interface CardPosition {
  column: number;
  index: number;
}

export function nextCardPosition(
  key: string,
  pos: CardPosition,
  counts: readonly number[],
  options: { rtl?: boolean; ctrl?: boolean } = {},
): CardPosition | null {
  const n = counts[pos.column] ?? 0;
  const step = (dir: 1 | -1): CardPosition | null => {
    for (let c = pos.column + dir; c >= 0 && c < counts.length; c += dir) {
      if (counts[c] > 0) return { column: c, index: Math.min(pos.index, counts[c] - 1) };
    }
    return null;
  };
  switch (key) {
    case 'ArrowDown':
      return pos.index + 1 < n ? { column: pos.column, index: pos.index + 1 } : null;
    case 'ArrowUp':
      return pos.index > 0 ? { column: pos.column, index: pos.index - 1 } : null;
    case 'ArrowRight':
      return step(options.rtl ? -1 : 1);
    case 'ArrowLeft':
      return step(options.rtl ? 1 : -1);
    case 'Home':
      if (options.ctrl) {
        const first = counts.findIndex((k) => k > 0);
        return first < 0 ? null : { column: first, index: 0 };
      }
      return n > 0 ? { column: pos.column, index: 0 } : null;
    case 'End':
      if (options.ctrl) {
        for (let c = counts.length - 1; c >= 0; c--) if (counts[c] > 0) return { column: c, index: counts[c] - 1 };
        return null;
      }
      return n > 0 ? { column: pos.column, index: n - 1 } : null;
    default:
      return null;
  }
}
