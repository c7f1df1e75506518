import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_NAVIGATION_KEYS, gridNavigation, type GridPosition } from '@sextant/react';

const size = { rows: 4, cols: 24 };

describe('gridNavigation', () => {
  it('moves one cell with the arrows (LTR)', () => {
    const p = { row: 1, col: 5 };
    expect(gridNavigation(p, 'ArrowRight', size)).toEqual({ row: 1, col: 6 });
    expect(gridNavigation(p, 'ArrowLeft', size)).toEqual({ row: 1, col: 4 });
    expect(gridNavigation(p, 'ArrowDown', size)).toEqual({ row: 2, col: 5 });
    expect(gridNavigation(p, 'ArrowUp', size)).toEqual({ row: 0, col: 5 });
  });

  it('mirrors left and right in RTL, and keeps Home/End logical (react-aria GridKeyboardDelegate)', () => {
    const p = { row: 1, col: 5 };
    expect(gridNavigation(p, 'ArrowRight', size, { rtl: true })).toEqual({ row: 1, col: 4 });
    expect(gridNavigation(p, 'ArrowLeft', size, { rtl: true })).toEqual({ row: 1, col: 6 });
    expect(gridNavigation(p, 'Home', size, { rtl: true })).toEqual({ row: 1, col: 0 });
    expect(gridNavigation(p, 'End', size, { rtl: true })).toEqual({ row: 1, col: 23 });
  });

  it('stops at the edges instead of wrapping', () => {
    expect(gridNavigation({ row: 0, col: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, col: 0 });
    expect(gridNavigation({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(gridNavigation({ row: 3, col: 23 }, 'ArrowRight', size)).toEqual({ row: 3, col: 23 });
    expect(gridNavigation({ row: 3, col: 23 }, 'ArrowDown', size)).toEqual({ row: 3, col: 23 });
    expect(gridNavigation({ row: 0, col: 23 }, 'ArrowLeft', size, { rtl: true })).toEqual({ row: 0, col: 23 });
  });

  it('Home/End go along the row; with Ctrl or ⌘ to the first/last cell of the grid', () => {
    const p = { row: 2, col: 7 };
    expect(gridNavigation(p, 'Home', size)).toEqual({ row: 2, col: 0 });
    expect(gridNavigation(p, 'End', size)).toEqual({ row: 2, col: 23 });
    expect(gridNavigation(p, { key: 'Home', ctrlKey: true }, size)).toEqual({ row: 0, col: 0 });
    expect(gridNavigation(p, { key: 'End', ctrlKey: true }, size)).toEqual({ row: 3, col: 23 });
    expect(gridNavigation(p, { key: 'End', metaKey: true }, size)).toEqual({ row: 3, col: 23 });
  });

  it('PageUp/PageDown move pageSize rows (default 5), clamped', () => {
    const tall = { rows: 20, cols: 3 };
    expect(gridNavigation({ row: 2, col: 1 }, 'PageDown', tall)).toEqual({ row: 7, col: 1 });
    expect(gridNavigation({ row: 2, col: 1 }, 'PageUp', tall)).toEqual({ row: 0, col: 1 });
    expect(gridNavigation({ row: 17, col: 1 }, 'PageDown', tall)).toEqual({ row: 19, col: 1 });
    expect(gridNavigation({ row: 10, col: 1 }, 'PageUp', tall, { pageSize: 3 })).toEqual({ row: 7, col: 1 });
  });

  it('returns null for keys it does not handle and for an empty grid', () => {
    expect(gridNavigation({ row: 0, col: 0 }, 'Tab', size)).toBeNull();
    expect(gridNavigation({ row: 0, col: 0 }, 'Enter', size)).toBeNull();
    expect(gridNavigation({ row: 0, col: 0 }, 'a', size)).toBeNull();
    expect(gridNavigation({ row: 0, col: 0 }, 'ArrowRight', { rows: 0, cols: 5 })).toBeNull();
    expect(gridNavigation({ row: 0, col: 0 }, 'ArrowRight', { rows: 3, cols: 0 })).toBeNull();
  });

  it('clamps a stale position from before the grid shrank', () => {
    expect(gridNavigation({ row: 9, col: 40 }, 'ArrowUp', { rows: 3, cols: 10 })).toEqual({ row: 1, col: 9 });
    expect(gridNavigation({ row: -2, col: Number.NaN }, 'ArrowRight', { rows: 3, cols: 10 })).toEqual({ row: 0, col: 1 });
  });

  const sizes = fc.record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 40 }) });
  const keyInput = fc.record({
    key: fc.constantFrom(...GRID_NAVIGATION_KEYS),
    ctrlKey: fc.boolean(),
    metaKey: fc.boolean(),
  });
  const anyPos = fc.record({ row: fc.integer({ min: -50, max: 50 }), col: fc.integer({ min: -50, max: 50 }) });

  it('property: never leaves the grid, for any key sequence from any start', () => {
    fc.assert(
      fc.property(
        sizes,
        anyPos,
        fc.array(keyInput, { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (s, start, keys, rtl, pageSize) => {
          let p: GridPosition = start;
          for (const k of keys) {
            const next = gridNavigation(p, k, s, { rtl, pageSize });
            expect(next).not.toBeNull();
            p = next as GridPosition;
            expect(Number.isInteger(p.row) && p.row >= 0 && p.row < s.rows).toBe(true);
            expect(Number.isInteger(p.col) && p.col >= 0 && p.col < s.cols).toBe(true);
          }
        },
      ),
    );
  });

  it('property: RTL is LTR seen in a mirror (arrows) and identical for every other key', () => {
    const inGrid = sizes.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.record({ row: fc.integer({ min: 0, max: s.rows - 1 }), col: fc.integer({ min: 0, max: s.cols - 1 }) }),
      ),
    );
    fc.assert(
      fc.property(inGrid, keyInput, ([s, p], k) => {
        const mirror = (q: GridPosition) => ({ row: q.row, col: s.cols - 1 - q.col });
        const rtl = gridNavigation(p, k, s, { rtl: true }) as GridPosition;
        if (k.key === 'ArrowLeft' || k.key === 'ArrowRight') {
          // Visually: RTL column c sits where LTR column cols-1-c does; the arrow moves the same way on screen.
          expect(mirror(rtl)).toEqual(gridNavigation(mirror(p), k, s));
        } else {
          expect(rtl).toEqual(gridNavigation(p, k, s));
        }
      }),
    );
  });

  it('property: an arrow and its opposite return to the start unless at an edge', () => {
    const opposite: Record<string, string> = {
      ArrowLeft: 'ArrowRight',
      ArrowRight: 'ArrowLeft',
      ArrowUp: 'ArrowDown',
      ArrowDown: 'ArrowUp',
    };
    fc.assert(
      fc.property(
        sizes,
        fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        (s, key, rtl, r, c) => {
          const p = { row: r % s.rows, col: c % s.cols };
          const q = gridNavigation(p, key, s, { rtl }) as GridPosition;
          const moved = q.row !== p.row || q.col !== p.col;
          if (moved) expect(gridNavigation(q, opposite[key], s, { rtl })).toEqual(p);
        },
      ),
    );
  });
});
