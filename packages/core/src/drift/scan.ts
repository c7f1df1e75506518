/**
 * One pass over a numeric sample: refuse NaN / ±Infinity (with the shared validator's
 * errors) and return the data as a Float64Array with its min and max (internal).
 */
import { assertNonEmpty, toFiniteFloat64 } from '../internal/validate';

export interface ScannedSample {
  /** The data; the caller's own array when it already was a Float64Array — never mutate it. */
  data: Float64Array;
  min: number;
  max: number;
}

/** Validate a non-empty finite numeric sample and find its range. */
export function scanSample(x: unknown, name: string): ScannedSample {
  assertNonEmpty(x, name);
  let data: Float64Array;
  if (x instanceof Float64Array) {
    data = x;
    let min = Infinity;
    let max = -Infinity;
    let bad = false;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (v < min) min = v;
      if (v > max) max = v;
      // NaN fails both comparisons; ±Infinity shows up as the min or max.
      if (v !== v) bad = true;
    }
    if (bad || min === -Infinity || max === Infinity) toFiniteFloat64(data, name);
    return { data, min, max };
  }
  data = toFiniteFloat64(x, name);
  let min = data[0];
  let max = data[0];
  for (let i = 1; i < data.length; i++) {
    const v = data[i];
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return { data, min, max };
}
