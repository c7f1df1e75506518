import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content-box width of an element, or `null` before it has been measured (and in SSR).
 * The layout effect measures before the browser paints, so a widget that draws only once the
 * width is known (DriftChart) never paints a chart at a guessed width first. Where layout
 * gives no width (jsdom, a hidden container) `fallback` is used; later zero widths keep the
 * last one. With `enabled` false nothing is measured (a widget given a fixed width).
 */
export function useMeasuredWidth(ref: RefObject<HTMLElement | null>, fallback: number, enabled = true): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled) return;
    const measure = (w: number) => setWidth((old) => (w > 0 ? Math.round(w) : (old ?? fallback)));
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      for (const entry of entries) measure(entry.contentRect.width);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback, enabled]);
  return width;
}

/**
 * The content-box width of an element, updated by a ResizeObserver, so that SVG charts
 * follow their container. `fallback` is used before the first measurement (and in SSR).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 600): number {
  return useMeasuredWidth(ref, fallback) ?? fallback;
}
