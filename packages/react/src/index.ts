// @sextant/react — themed widgets on @sextant/core. The build prepends 'use client'.
export * from './theme';
export * from './frame/WidgetFrame';
export * from './frame/VisuallyHidden';
export * from './frame/StatusBadge';
export * from './hooks/useControllableState';
export * from './hooks/useElementWidth';
export * from './hooks/useSafeComputation';
export * from './widgets/MetricTile';
export * from './widgets/TimezonePlanner';
export * from './grid/gridNavigation';
export * from './grid/useRovingGrid';
export * from './frame/ErrorNotice';
export * from './frame/RowIssue';
