/**
 * The linear scale DriftChart draws with: what `scaleLinear` of @visx/scale (d3-scale) gives
 * for `domain`, `range`, `nice`, `ticks`, `invert` — the same ticks and nice domain, tested
 * against it — without d3-scale's interpolators and colour space, @visx/scale's operators and
 * d3-time/d3-format, which were a fifth of the widget's bundle for two straight lines.
 * `ticks` and `nice` follow d3-array 3.2's `ticks`/`tickIncrement` and d3-scale 4's
 * `linear.nice` (ISC licence, Mike Bostock).
 */

export interface LinearScale {
  (v: number): number;
  domain(): [number, number];
  range(): [number, number];
  invert(px: number): number;
  ticks(count?: number): number[];
}

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** d3-array's `tickIncrement`: the step of about `count` round ticks (negative: 1/step). */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log(step) / Math.LN10);
  const error = step / Math.pow(10, power);
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  return power >= 0 ? factor * Math.pow(10, power) : -Math.pow(10, -power) / factor;
}

/** d3-array's `ticks(start, stop, count)`. */
export function ticks(start: number, stop: number, count: number): number[] {
  if (start === stop && count > 0) return [start];
  const reverse = stop < start;
  if (reverse) [start, stop] = [stop, start];
  let step = tickIncrement(start, stop, count);
  if (step === 0 || !isFinite(step)) return [];
  let out: number[];
  if (step > 0) {
    let r0 = Math.round(start / step);
    let r1 = Math.round(stop / step);
    if (r0 * step < start) ++r0;
    if (r1 * step > stop) --r1;
    out = new Array<number>(Math.max(0, r1 - r0 + 1));
    for (let i = 0; i < out.length; i++) out[i] = (r0 + i) * step;
  } else {
    step = -step;
    let r0 = Math.round(start * step);
    let r1 = Math.round(stop * step);
    if (r0 / step < start) ++r0;
    if (r1 / step > stop) --r1;
    out = new Array<number>(Math.max(0, r1 - r0 + 1));
    for (let i = 0; i < out.length; i++) out[i] = (r0 + i) / step;
  }
  return reverse ? out.reverse() : out;
}

/** d3-scale's `linear.nice(10)` of [start, stop]. */
function niceDomain(start: number, stop: number, count = 10): [number, number] {
  const reverse = stop < start;
  if (reverse) [start, stop] = [stop, start];
  const original: [number, number] = reverse ? [stop, start] : [start, stop];
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    // Settled: the domain is nice. (d3 keeps the domain as it was when it never settles.)
    if (step === prestep) return reverse ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return original;
}

/** A linear map from `domain` to `range`, its domain extended to round ticks when `nice`. */
export function linearScale(domain: [number, number], range: [number, number], nice = false): LinearScale {
  const [d0, d1] = nice ? niceDomain(domain[0], domain[1]) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // As d3's interpolateNumber: a·(1 − t) + b·t with t the normalised value (0.5 for a zero span).
  const scale = ((v: number) => {
    const t = span === 0 ? 0.5 : (v - d0) / span;
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.invert = (px: number) => {
    const t = r1 === r0 ? 0.5 : (px - r0) / (r1 - r0);
    return d0 * (1 - t) + d1 * t;
  };
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}
