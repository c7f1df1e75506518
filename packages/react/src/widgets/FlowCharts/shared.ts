import { dateFormatter } from '../../frame/format';
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
  // frame/format: en-US written directly (no ICU start-up on first paint), Intl otherwise.
  return dateFormatter(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' })(
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

/**
 * Baselines for stacked one-line labels that want to sit at `desired` (px, any order) but must
 * be at least `gap` apart and inside `[min, max]`: close values (p85 and p95 a tenth of a day
 * apart) get labels one above the other instead of printed over each other. Returned in the
 * order given; each moves as little as the gap allows.
 */
export function spreadLabels(desired: readonly number[], gap: number, min: number, max: number): number[] {
  const order = desired.map((_, i) => i).sort((a, b) => desired[a] - desired[b]);
  const pos = order.map((i) => Math.min(max, Math.max(min, desired[i])));
  // Labels sit above their lines, so a crowded one moves up (away from its own line's lower
  // neighbour); only when the top one runs out of room does the stack move back down.
  for (let k = pos.length - 2; k >= 0; k--) pos[k] = Math.min(pos[k], pos[k + 1] - gap);
  if (pos.length && pos[0] < min) {
    pos[0] = min;
    for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k], pos[k - 1] + gap);
  }
  const out = new Array<number>(desired.length);
  order.forEach((i, k) => (out[i] = pos[k]));
  return out;
}
