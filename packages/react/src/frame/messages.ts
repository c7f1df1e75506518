import type { SextantError } from '@sextant/core';
import { useMemo } from 'react';
import { describeValue, isPlainObject, refuse } from './props';

/** Messages merged over a widget's defaults, and the first override that was not usable. */
export interface MergedMessages<T> {
  messages: T;
  error: SextantError | undefined;
}

function wrap(override: (...a: unknown[]) => unknown, fallback: (...a: unknown[]) => unknown, path: string) {
  // A caller's sentence function runs during render: if it throws or returns something
  // that is not text, the widget's own sentence stands in (and the console says why).
  return (...args: unknown[]) => {
    try {
      const out = override(...args);
      if (typeof out === 'string') return out;
      console.error(`[Sextant] ${path} returned ${describeValue(out)}, not a string; using the default`);
    } catch (e) {
      console.error(`[Sextant] ${path} threw; using the default`, e);
    }
    return fallback(...args);
  };
}

/**
 * A widget's `messages` prop merged over its defaults, key by key: only the defaults' own
 * keys are read (a `__proto__` key never reaches a prototype), each override must have the
 * default's type (text for text, a function for a function, an object of the same shape),
 * and override functions are guarded so they cannot throw out of render. The first
 * unusable override is returned as `error` for the in-widget error state; the default
 * stands in for it.
 */
export function mergeMessages<T extends object>(defaults: T, overrides: unknown, path = 'messages'): MergedMessages<T> {
  if (overrides === undefined || overrides === null) return { messages: defaults, error: undefined };
  if (!isPlainObject(overrides)) return { messages: defaults, error: refuse(path, 'an object', overrides) };
  let error: SextantError | undefined;
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const key of Object.keys(defaults)) {
    if (!Object.prototype.hasOwnProperty.call(overrides, key)) continue;
    const v = overrides[key];
    if (v === undefined) continue;
    const d = (defaults as Record<string, unknown>)[key];
    const where = `${path}.${key}`;
    if (typeof d === 'function') {
      if (typeof v === 'function') out[key] = wrap(v as (...a: unknown[]) => unknown, d as (...a: unknown[]) => unknown, where);
      else error ??= refuse(where, 'a function', v);
    } else if (typeof d === 'string') {
      if (typeof v === 'string') out[key] = v;
      else error ??= refuse(where, 'a string', v);
    } else if (d !== null && typeof d === 'object') {
      const inner = mergeMessages(d, v, where);
      out[key] = inner.messages;
      error ??= inner.error;
    }
  }
  return { messages: out as T, error };
}

/** {@link mergeMessages}, memoised on the override object. */
export function useMessages<T extends object>(defaults: T, overrides: unknown): MergedMessages<T> {
  return useMemo(() => mergeMessages(defaults, overrides), [defaults, overrides]);
}
