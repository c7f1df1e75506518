import { useCallback, useEffect, useRef, useState } from 'react';

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

/**
 * One state hook for controlled and uncontrolled props (`value` / `defaultValue` /
 * `onValueChange`), as Radix and react-aria do. Warns once when a widget switches between
 * controlled and uncontrolled, which is almost always a bug in the host.
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: UseControllableStateOptions<T>) {
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const wasControlled = useRef(controlled);
  const warned = useRef(false);

  useEffect(() => {
    if (wasControlled.current !== controlled && !warned.current) {
      warned.current = true;
      console.warn(
        `${name} switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
          controlled ? 'controlled' : 'uncontrolled'
        }. Pass either a value (and onValueChange) for the whole lifetime, or only defaultValue.`,
      );
    }
    wasControlled.current = controlled;
  }, [controlled, name]);

  const current = controlled ? (value as T) : inner;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const setValue = useCallback(
    (next: T | ((prev: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (prev: T) => T)(current) : next;
      if (!controlled) setInner(resolved);
      if (!Object.is(resolved, current)) onChangeRef.current?.(resolved);
    },
    [controlled, current],
  );

  return [current, setValue] as const;
}
