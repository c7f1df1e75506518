/**
 * The tablist's keyboard model (WAI-ARIA Authoring Practices, "Tabs"): arrows move between
 * tabs and wrap, Home and End jump to the ends; in a right-to-left context the arrows swap.
 * A pure function so the widget's key handling is one testable line.
 */
export function tabKeyTarget(key: string, index: number, count: number, rtl = false): number | null {
  if (count <= 0) return null;
  const next = (index + 1) % count;
  const prev = (index - 1 + count) % count;
  switch (key) {
    case 'ArrowRight':
      return rtl ? prev : next;
    case 'ArrowLeft':
      return rtl ? next : prev;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
