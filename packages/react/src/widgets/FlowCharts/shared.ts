import type { KanbanBoard } from '@sextant/core';

/** Props both flow charts take: the board and the period, passed to core's `flowMetrics`. */
export interface FlowPeriodProps {
  board: KanbanBoard;
  /** The present (epoch ms or ISO 8601). @default the clock at mount */
  now?: string | number;
  from?: string | number;
  to?: string | number;
  /** Column where work starts. @default the board's flow start */
  start?: string;
  /** Column where work is done. @default the board's flow done */
  done?: string;
  /** Height of the plot in px. @default 260 */
  height?: number;
}

export const MARGIN = { top: 12, right: 16, bottom: 28, left: 40 };

/** `YYYY-MM-DD` (UTC) as a short date in the host's locale, read in UTC so it never shifts. */
export function shortDate(iso: string, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
  );
}

/** About `n` evenly spaced indices of `0…count-1`, always including the first. */
export function tickIndices(count: number, n: number): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil(count / n));
  const out: number[] = [];
  for (let i = 0; i < count; i += step) out.push(i);
  return out;
}
