import { useMemo, type DependencyList } from 'react';

/** A computed model, or the error that prevented it. */
export type SafeComputation<T> = { ok: true; value: T; error?: undefined } | { ok: false; value?: undefined; error: unknown };

/**
 * Run a widget's model computation (usually a core function that validates its input)
 * and capture a thrown error instead of letting it escape render. The widget passes the
 * error to WidgetFrame, which shows it inside the widget. Catching here rather than in an
 * error boundary keeps expected refusals (bad props) out of React's error logging.
 */
export function useSafeComputation<T>(compute: () => T, deps: DependencyList): SafeComputation<T> {
  return useMemo(() => {
    try {
      return { ok: true, value: compute() } as const;
    } catch (error) {
      return { ok: false, error } as const;
    }
    // The caller owns the dependency list, as with useMemo.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
