import { SextantError } from '../errors';
import { assertNonEmpty, assertSameLength, checkWeights, isArrayLike, show, toFiniteFloat64 } from '../internal/validate';
import { sortedCopy, sortedWithWeights } from '../internal/sort';
import { scaleExponent } from '../internal/hostile';

/** Options of {@link wassersteinDistance}. */
export interface WassersteinOptions {
  /** Non-negative weights of the values of `u` (same length as `u`); default all equal. */
  uWeights?: ArrayLike<number>;
  /** Non-negative weights of the values of `v` (same length as `v`); default all equal. */
  vWeights?: ArrayLike<number>;
}

/**
 * ∫ |F_u − F_v| over the merged support of two ascending samples, with optional weights:
 * SciPy's `_cdf_distance(1, …)`, i.e. Σ |F_u(x_k) − F_v(x_k)|·(x_{k+1} − x_k) over the
 * merged values, the CDFs being the (weight) shares of the values ≤ x_k. One merged element
 * per step (ties add 0·|…|, exactly as SciPy's zero deltas do); Kahan-compensated sum.
 */
export function wassersteinSorted(
  a: Float64Array,
  b: Float64Array,
  wa: Float64Array | null = null,
  wb: Float64Array | null = null,
): number {
  const r = wa || wb ? wassersteinSortedWeighted(a, b, wa, wb) : wassersteinSortedPlain(a, b);
  return Number.isFinite(r) ? r : wassersteinRescaled(a, b, wa, wb);
}

/**
 * The distance of samples whose gaps overflow (values near ±1.8e308): computed on the values
 * divided by a power of two (exact) and scaled back. Refused when the distance itself is
 * beyond the largest double — never Infinity, NaN or 0 out.
 */
function wassersteinRescaled(a: Float64Array, b: Float64Array, wa: Float64Array | null, wb: Float64Array | null): number {
  const max = Math.max(Math.abs(a[0]), Math.abs(a[a.length - 1]), Math.abs(b[0]), Math.abs(b[b.length - 1]));
  const k = scaleExponent(max);
  const f = 2 ** -k;
  const sa = a.map((x) => x * f);
  const sb = b.map((x) => x * f);
  const r = (wa || wb ? wassersteinSortedWeighted(sa, sb, wa, wb) : wassersteinSortedPlain(sa, sb)) * 2 ** k;
  if (Number.isFinite(r)) return r;
  throw new SextantError(
    'INVALID_VALUE',
    `the Wasserstein distance is ${r > 0 ? 'beyond the largest finite number (≈1.8e308)' : 'not a number'}; rescale the data`,
    { argument: 'u' },
  );
}

function wassersteinSortedPlain(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let prev = a[0] < b[0] ? a[0] : b[0];
  // CDF levels by multiplying with 1/n (within an ulp of SciPy's index / n; no division in the loop).
  const inv1 = 1 / n1;
  const inv2 = 1 / n2;
  // Terms go into a plain block sum (a short dependency chain), folded into a Kahan total
  // every 256 terms: ~1e-16 relative like numpy's pairwise sum, at the speed of a plain loop.
  let blk = 0;
  let count = 0;
  let sum = 0;
  let c = 0;
  while (i < n1 && j < n2) {
    const ai = a[i];
    const bj = b[j];
    const d = i * inv1 - j * inv2;
    let x: number;
    if (ai <= bj) {
      x = ai;
      i++;
    } else {
      x = bj;
      j++;
    }
    blk += (d < 0 ? -d : d) * (x - prev);
    prev = x;
    if (++count === 256) {
      const y = blk - c;
      const t = sum + y;
      c = t - sum - y;
      sum = t;
      blk = 0;
      count = 0;
    }
  }
  // One sample is used up; the other's CDF climbs to 1 against a CDF of 1.
  for (; i < n1; i++) {
    const x = a[i];
    blk += (1 - i * inv1) * (x - prev);
    prev = x;
    if (++count === 256) {
      const y = blk - c;
      const t = sum + y;
      c = t - sum - y;
      sum = t;
      blk = 0;
      count = 0;
    }
  }
  for (; j < n2; j++) {
    const x = b[j];
    blk += (1 - j * inv2) * (x - prev);
    prev = x;
    if (++count === 256) {
      const y = blk - c;
      const t = sum + y;
      c = t - sum - y;
      sum = t;
      blk = 0;
      count = 0;
    }
  }
  const y = blk - c;
  return sum + y;
}

function wassersteinSortedWeighted(a: Float64Array, b: Float64Array, wa: Float64Array | null, wb: Float64Array | null): number {
  const n1 = a.length;
  const n2 = b.length;
  let totA = n1;
  let totB = n2;
  if (wa) [wa, totA] = finiteTotal(wa);
  if (wb) [wb, totB] = finiteTotal(wb);
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  let sum = 0;
  let comp = 0;
  let x = a[0] < b[0] ? a[0] : b[0];
  for (;;) {
    if (wa) while (i < n1 && a[i] === x) ca += wa[i++];
    else while (i < n1 && a[i] === x) i++;
    if (wb) while (j < n2 && b[j] === x) cb += wb[j++];
    else while (j < n2 && b[j] === x) j++;
    if (i >= n1 && j >= n2) break;
    const next = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    const fa = (wa ? ca : i) / totA;
    const fb = (wb ? cb : j) / totB;
    const t = Math.abs(fa - fb) * (next - x);
    const s = sum + t;
    comp += Math.abs(sum) >= t ? sum - s + t : t - s + sum;
    sum = s;
    x = next;
  }
  return sum + comp;
}

/**
 * The weights and their total; when the total overflows (weights near 1e308) the weights are
 * divided by a power of two first, which leaves every CDF share as it was.
 */
function finiteTotal(w: Float64Array): [Float64Array, number] {
  let tot = 0;
  for (let i = 0; i < w.length; i++) tot += w[i];
  if (Number.isFinite(tot)) return [w, tot];
  let max = 0;
  for (let i = 0; i < w.length; i++) if (w[i] > max) max = w[i];
  const f = 2 ** -scaleExponent(max);
  const scaled = w.map((x) => x * f);
  tot = 0;
  for (let i = 0; i < scaled.length; i++) tot += scaled[i];
  return [scaled, tot];
}

/**
 * First Wasserstein distance (earth mover's distance) between two one-dimensional
 * empirical distributions, optionally weighted.
 *
 * Same as SciPy's `scipy.stats.wasserstein_distance(u, v, u_weights, v_weights)`.
 *
 * @param u - first sample (finite numbers)
 * @param v - second sample (finite numbers)
 * @throws SextantError `EMPTY_INPUT`, `LENGTH_MISMATCH` (weights of another length than
 *   their sample), `NON_FINITE`, `INVALID_OPTION` (a negative weight), `INVALID_VALUE`
 *   (weights summing to 0).
 * @example
 * ```ts
 * wassersteinDistance([0, 1, 3], [5, 6, 8]); // 5
 * wassersteinDistance([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [1, 3] }); // 0.5
 * ```
 */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>, options: WassersteinOptions = {}): number {
  assertNonEmpty(u, 'u');
  assertNonEmpty(v, 'v');
  const { uWeights, vWeights } = options;
  for (const [w, n, name] of [
    [uWeights, u.length, 'options.uWeights'],
    [vWeights, v.length, 'options.vWeights'],
  ] as const) {
    if (w === undefined || w === null) continue;
    if (!isArrayLike(w)) throw new SextantError('INVALID_OPTION', `${name} must be an array or typed array`, { argument: name });
    if (w.length !== n) {
      throw new SextantError('LENGTH_MISMATCH', `${name} has length ${w.length} but its sample has length ${n}`, {
        argument: name,
      });
    }
  }
  const a = toFiniteFloat64(u, 'u');
  const b = toFiniteFloat64(v, 'v');
  const wu = checkWeights(uWeights ?? undefined, a.length, 'options.uWeights');
  const wv = checkWeights(vWeights ?? undefined, b.length, 'options.vWeights');
  if (!wu && !wv) return wassersteinSorted(sortedCopy(a), sortedCopy(b));
  const [sa, swa] = wu ? sortedWithWeights(a, wu) : [sortedCopy(a), null];
  const [sb, swb] = wv ? sortedWithWeights(b, wv) : [sortedCopy(b), null];
  return wassersteinSorted(sa, sb, swa, swb);
}

/** Options of {@link jensenShannonDistance}. */
export interface JensenShannonOptions {
  /**
   * Base of the logarithm; 2 bounds the distance by 1.
   * @default e (natural logarithm), as SciPy
   */
  base?: number;
}

/**
 * Jensen–Shannon distance of two non-negative share vectors after normalising each to sum 1,
 * in nats; clamped to its range [0, ln 2] against rounding.
 */
export function jensenShannonNats(p: ArrayLike<number>, q: ArrayLike<number>, sp: number, sq: number): number {
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / m);
    if (qi > 0) right += qi * Math.log(qi / m);
  }
  const js = left + right;
  return js < 0 ? 0 : js > 2 * Math.LN2 ? 2 * Math.LN2 : js;
}

/** sqrt(JS divergence / 2) in the given base, from the two-sided sum in nats. */
export function jensenShannonFromNats(jsNats: number, base: number | undefined): number {
  const js = base === undefined ? jsNats : jsNats / Math.log(base);
  return Math.sqrt(js / 2);
}

/**
 * Validate a `base` option: a finite number > 1. A base in (0, 1) has a negative logarithm,
 * which makes the divergence negative and its square root NaN (SciPy returns nan there).
 */
function checkBase(base: unknown, name = 'options.base'): number | undefined {
  if (base === undefined || base === null) return undefined;
  if (typeof base !== 'number' || !Number.isFinite(base) || base <= 1) {
    throw new SextantError('INVALID_OPTION', `${name} must be a finite number > 1; got ${show(base)}`, {
      argument: name,
      value: base,
    });
  }
  return base;
}

/**
 * Jensen–Shannon distance between two probability vectors (each normalised to sum 1 first):
 * sqrt((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q)/2.
 *
 * Same as SciPy's `scipy.spatial.distance.jensenshannon(p, q, base)`; with `base: 2` it lies
 * in [0, 1].
 *
 * @param p - non-negative weights or counts, not all 0
 * @param q - non-negative weights or counts, not all 0, same length as `p`
 * @param options - `base` of the logarithm, a finite number > 1 (a base below 1 would make the
 *   divergence negative; SciPy returns nan there)
 * @throws SextantError `EMPTY_INPUT`, `LENGTH_MISMATCH`, `NON_FINITE`, `INVALID_OPTION` (a
 *   `base` that is not a finite number > 1), `INVALID_VALUE` (a negative entry, or all entries 0).
 * @example
 * ```ts
 * jensenShannonDistance([1, 0], [0, 1], { base: 2 }); // 1
 * jensenShannonDistance([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]); // 0
 * ```
 */
export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, options: JensenShannonOptions = {}): number {
  assertNonEmpty(p, 'p');
  assertNonEmpty(q, 'q');
  assertSameLength(p, 'p', q, 'q');
  const a = toFiniteFloat64(p, 'p');
  const b = toFiniteFloat64(q, 'q');
  const base = checkBase(options.base);
  const [pa, sp] = distribution(a, 'p');
  const [qa, sq] = distribution(b, 'q');
  return jensenShannonFromNats(jensenShannonNats(pa, qa, sp, sq), base);
}

/** Sum of a distribution; refuses negative entries and an all-zero vector (`INVALID_VALUE`). */
function distributionSum(x: Float64Array, name: string): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] < 0) {
      throw new SextantError('INVALID_VALUE', `${name}[${i}] is ${x[i]}; a distribution has no negative entries`, {
        argument: name,
        index: i,
        value: x[i],
      });
    }
    s += x[i];
  }
  if (s === 0) throw new SextantError('INVALID_VALUE', `${name} is all zeros; it is not a distribution`, { argument: name });
  return s;
}

/**
 * The vector and its sum, refusing what {@link distributionSum} refuses. When the sum
 * overflows (entries near 1e308) the entries are divided by a power of two first — the
 * shares, all the distance depends on, stay exact — instead of every share becoming 0.
 */
function distribution(x: Float64Array, name: string): [Float64Array, number] {
  const s = distributionSum(x, name);
  if (Number.isFinite(s)) return [x, s];
  let max = 0;
  for (let i = 0; i < x.length; i++) if (x[i] > max) max = x[i];
  const f = 2 ** -scaleExponent(max);
  const scaled = x.map((v) => v * f);
  return [scaled, distributionSum(scaled, name)];
}
