// The exports of @sextant/react that are not widgets, apart from the modules that import the
// widgets (so a Node-only test such as the budgets can read them without React).

/** Exports that are building blocks, not widgets (they have no error state of their own). */
export const NOT_WIDGETS: ReadonlySet<string> = new Set([
  'SextantProvider',
  'WidgetFrame',
  'VisuallyHidden',
  'StatusBadge',
  'ErrorBoundary',
  'ErrorNotice',
  'RowIssue',
]);

/** Widgets that lay other widgets out and have no error state (checked for no-throw only). */
export const LAYOUTS: ReadonlySet<string> = new Set(['MetricTileGrid']);
