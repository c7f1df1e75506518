/**
 * Key handling of DriftChart as pure functions (the grid widgets' shared gridNavigation is for
 * 2-D grids; these are 1-D): stepping through batches and moving / zooming the window.
 */

/** The batch a key moves the selection to, within [from, to], or null when not a key of ours. */
export function stepKeyTarget(key: string, at: number, from: number, to: number): number | null {
  const page = Math.max(1, Math.round((to - from) / 10));
  const clamp = (i: number) => Math.max(from, Math.min(to, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(at + 1);
    case 'ArrowLeft':
      return clamp(at - 1);
    case 'PageUp':
      return clamp(at + page);
    case 'PageDown':
      return clamp(at - page);
    case 'Home':
      return from;
    case 'End':
      return to;
    default:
      return null;
  }
}

/**
 * The window a key gives: Left / Right pan by a tenth of the window, Up zooms in (halves the
 * window around its centre, at least 2 batches), Down zooms out (doubles it), Home / End jump
 * to the start / end keeping the width.
 */
export function brushKeyTarget(key: string, [from, to]: [number, number], n: number): [number, number] | null {
  const w = to - from;
  const step = Math.max(1, Math.round(w / 10));
  const fit = (a: number, b: number): [number, number] => {
    const width = Math.min(n - 1, Math.max(1, b - a));
    const start = Math.max(0, Math.min(n - 1 - width, a));
    return [start, start + width];
  };
  switch (key) {
    case 'ArrowRight':
      return fit(from + step, to + step);
    case 'ArrowLeft':
      return fit(from - step, to - step);
    case 'ArrowUp': {
      const half = Math.max(1, Math.round(w / 2));
      const mid = from + Math.round(w / 2);
      return fit(mid - Math.round(half / 2), mid - Math.round(half / 2) + half);
    }
    case 'ArrowDown': {
      const mid = from + Math.round(w / 2);
      return fit(mid - w, mid + w);
    }
    case 'Home':
      return fit(0, w);
    case 'End':
      return fit(n - 1 - w, n - 1);
    default:
      return null;
  }
}
