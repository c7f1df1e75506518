import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether a line-clamped element hides part of its text (its content is taller than its
 * box), kept up to date by a ResizeObserver. While the element has focus it is not
 * re-measured: focus reveals the whole text, and a clamped element must not lose its tab
 * stop (and drop focus to `<body>`) because, revealed, it no longer overflows.
 */
export function useClamped(ref: RefObject<HTMLElement | null>, text: unknown): boolean {
  const [clamped, setClamped] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.ownerDocument.activeElement === el) return;
      setClamped(el.scrollHeight > el.clientHeight + 1);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, text]);
  return clamped;
}
