import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  value: T | undefined;
  /** The initial value when uncontrolled. */
  defaultValue: T;
  /** Called with every new value, controlled or not. */
  onChange?: (value: T) => void;
  /** Widget and prop name for the mode-switch warning, e.g. `'TimezonePlanner.value'`. */
  name: string;
}

// useLayoutEffect warns during server rendering in React 18; nothing needs syncing there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * One state hook for controlled and uncontrolled props (`value` / `defaultValue` /
 * `onValueChange`), as Radix and react-aria do.
 *
 * The setter takes a value or an updater; an updater runs against the latest value, so
 * two `set(p => p + 1)` in one event give `+2`, as React's `useState` does (controlled:
 * `onChange` is called with each step, and the host's next render decides). `onChange`
 * is called from the event, never from inside a state updater, so Strict Mode's double
 * render cannot call it twice. The setter's identity is stable.
 *
 * In development builds (`process.env.NODE_ENV !== 'production'`, which bundlers
 * replace and strip) it warns once when a widget switches between controlled and
 * uncontrolled, which is almost always a bug in the host.
 *
 * @example
 * ```tsx
 * function Stepper(props: { value?: number; defaultValue?: number; onValueChange?: (v: number) => void }) {
 *   const [value, setValue] = useControllableState({
 *     value: props.value,
 *     defaultValue: props.defaultValue ?? 0,
 *     onChange: props.onValueChange,
 *     name: 'Stepper.value',
 *   });
 *   return <button onClick={() => setValue((v) => v + 1)}>{value}</button>;
 * }
 * ```
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: UseControllableStateOptions<T>) {
  const [inner, setInner] = useState<T>(defaultValue);
  // Controlled: a render after every change re-syncs `latest` with the host's value, also
  // when the host declines the change (keeps its value and so would not re-render us).
  const [, resync] = useReducer((n: number) => n + 1, 0);
  const controlled = value !== undefined;
  const current = controlled ? (value as T) : inner;

  // What an updater runs against: the rendered value, advanced by every set() since that
  // render. Synced after each commit (no event runs between a render and its layout effects).
  const latest = useRef(current);
  const isControlled = useRef(controlled);
  const onChangeRef = useRef(onChange);
  useIsomorphicLayoutEffect(() => {
    latest.current = current;
    isControlled.current = controlled;
    onChangeRef.current = onChange;
  });

  const wasControlled = useRef(controlled);
  const warned = useRef(false);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') {
      if (wasControlled.current !== controlled && !warned.current) {
        warned.current = true;
        console.warn(
          `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
            controlled ? 'controlled' : 'uncontrolled'
          }. Pass either a value (and onValueChange) for the whole lifetime, or only defaultValue.`,
        );
      }
      wasControlled.current = controlled;
    }
  }, [controlled, name]);

  const setValue = useCallback((next: T | ((prev: T) => T)) => {
    const prev = latest.current;
    const resolved = typeof next === 'function' ? (next as (prev: T) => T)(prev) : next;
    if (Object.is(resolved, prev)) return;
    latest.current = resolved;
    if (isControlled.current) resync();
    else setInner(resolved);
    onChangeRef.current?.(resolved);
  }, []);

  return [current, setValue] as const;
}
