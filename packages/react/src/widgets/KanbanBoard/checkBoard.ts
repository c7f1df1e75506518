import { boardFromJSON, SextantError, type KanbanBoard } from '@sextant/core';
import { describeValue, isPlainObject } from '../../frame/props';

// Boards the widgets have fully checked: core's boards are immutable values, so a board
// that passed once is not walked again on every render.
const checked = new WeakSet<object>();

/**
 * Check a board a widget was given as deeply as `boardFromJSON` does (every column, card and
 * event, with INVALID_STATE naming the first bad field). The widgets then draw it with
 * confidence: a card title that is an object or a column id named `__proto__` is refused
 * before it can reach the DOM. Throws what `boardFromJSON` throws.
 */
export function checkBoard(board: unknown): KanbanBoard {
  if (board !== null && typeof board === 'object' && checked.has(board)) return board as unknown as KanbanBoard;
  const b = board as Partial<Record<keyof KanbanBoard, unknown>>;
  if (
    !isPlainObject(board) ||
    !Array.isArray(b.columns) ||
    !Array.isArray(b.cards) ||
    !Array.isArray(b.events) ||
    !Array.isArray(b.lanes)
  ) {
    // Not a board at all: say that, rather than the first missing field.
    throw new SextantError(
      'INVALID_STATE',
      `board must be a board made by createBoard or boardFromJSON; got ${describeValue(board)}`,
      {
        argument: 'board',
      },
    );
  }
  boardFromJSON(board);
  checked.add(board as object);
  return board as unknown as KanbanBoard;
}
