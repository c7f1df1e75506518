import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content-box width of the chart's wrapper, or `null` before it has been measured.
 *
 * Unlike the shared `useElementWidth`, nothing is drawn at a guessed width first: the chart
 * renders once its width is known (the layout effect measures before the browser paints), so
 * the first paint does not pay for a chart at the fallback width, a forced layout of it and a
 * second chart. Where layout gives no width (jsdom, a hidden container) `fallback` is used.
 * On the server nothing is measured, so the chart's space is held by a placeholder until hydration.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => setWidth((old) => (w > 0 ? Math.round(w) : (old ?? fallback)));
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}
