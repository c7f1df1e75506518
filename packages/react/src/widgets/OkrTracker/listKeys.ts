/**
 * The list keys the shared grid model leaves to lists: in a one-column grid `gridNavigation`
 * maps Home/End to the first/last column of the same row, but in a list of key results they
 * go to the first/last item (WAI-ARIA APG listbox). Every other key is `gridNavigation`'s.
 */
export function listKeyTarget(event: { key: string; altKey?: boolean; shiftKey?: boolean }, rows: number): number | null {
  if (rows <= 0 || event.altKey || event.shiftKey) return null;
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return rows - 1;
  return null;
}
