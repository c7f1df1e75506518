/**
 * The normal quantile and Student's t distribution (internal): `scipy.stats.norm.ppf`,
 * `t.sf`, `t.cdf` and `t.ppf`. Checked against SciPy / mpmath: ≤ 2e-12 relative for df up
 * to 1e5, far tails included; at df ≈ 3e6 the continued fraction's even terms
 * (≈ −x, x within 1e-6 of 1) cancel and ~1e-10 is left — Welch's df is that large only for
 * samples of millions, where t and the normal differ by less than 1e-6 anyway.
 *
 * t tails go through the regularized incomplete beta I_x(df/2, ½) with x = df/(df + t²),
 * its prefactor formed in log space and ln B(a, ½) through the Stirling split of
 * internal/special.ts, so large df (Welch's df of big A/B tests) loses nothing to
 * cancellation. Quantiles are polished by Newton steps on these tails, so they are as
 * exact as the tails are.
 */
import { logGamma, normalCdf, normalSf, stirlingRemainder } from './special';

const EPS = 2.220446049250313e-16;
const LN_SQRT_PI = 0.5723649429247001; // ln √π = lnΓ(½)

/**
 * Standard normal quantile Φ⁻¹(p) (`scipy.stats.norm.ppf`): Acklam's rational start
 * (1.15e-9 relative) and two Halley steps on the accurate tail of the nearer side.
 */
export function normalPpf(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  // Work on the lower tail q = min(p, 1 − p) so the refinement reads an accurate tail.
  const lower = p < 0.5;
  const q = lower ? p : 1 - p;
  let x: number;
  if (q < 0.02425) {
    const r = Math.sqrt(-2 * Math.log(q));
    x =
      (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) /
      ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  } else {
    const u = q - 0.5;
    const r = u * u;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * u) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  for (let i = 0; i < 2; i++) {
    const e = normalCdf(x) - q;
    const pdf = Math.exp(-0.5 * x * x) / 2.5066282746310002;
    if (pdf === 0) break;
    const u = e / pdf;
    x -= u / (1 + 0.5 * x * u);
  }
  return lower ? x : -x;
}

/** ln B(a, ½), accurate for large a where lnΓ(a) and lnΓ(a + ½) nearly cancel. */
function logBetaHalf(a: number): number {
  if (a < 10) return logGamma(a) + LN_SQRT_PI - logGamma(a + 0.5);
  // lnΓ(a) − lnΓ(a+½) = −½ ln a − a·ln(1 + 1/(2a)) + ½ + s(a) − s(a+½), s the Stirling remainder.
  const diff = -0.5 * Math.log(a) + (0.5 - a * Math.log1p(0.5 / a)) + stirlingRemainder(a) - stirlingRemainder(a + 0.5);
  return LN_SQRT_PI + diff;
}

/** Continued fraction of I_x(a, b) (modified Lentz, Numerical Recipes' betacf); `y` = 1 − x, given exactly. */
function betaContinuedFraction(a: number, b: number, x: number, y: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a+b)x/(a+1), written with y = 1 − x so that it does not cancel when x is near 1.
  let d = (qap * y + (1 - b) * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= EPS) break;
  }
  return h;
}

/**
 * One tail of t: P(T > |t|) for `df` degrees of freedom, as ½·I_x(df/2, ½), x = df/(df+t²),
 * with ln x and ln(1 − x) formed without cancellation.
 */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  if (t2 === 0) return 0.5;
  if (t2 === Infinity) return 0;
  const a = df / 2;
  const r = t2 / df;
  const lnx = -Math.log1p(r); // ln(df/(df+t²))
  const ln1mx = Math.log(r) - Math.log1p(r); // ln(t²/(df+t²))
  const x = 1 / (1 + r);
  const lnPre = a * lnx + 0.5 * ln1mx - logBetaHalf(a);
  // The direct fraction's even terms are ≈ −x, so near x = 1 each step cancels to ~1/(a(1 − x))
  // of its size; the mirrored one has no such loss but leaves 1 − I to cancel, costing
  // 1/sf. Past the classical switch (a + 1)/(a + 2.5) the mirror stays the better choice
  // while a(1 − x) < 4 for large a (df > 1e4; below that the direct loss is small), which keeps both below ~1e-12 at df 1e5.
  const y = r / (1 + r);
  if (x < (a + 1) / (a + 2.5) && !(a > 5000 && a * y < 4))
    return (0.5 * Math.exp(lnPre) * betaContinuedFraction(a, 0.5, x, y)) / a;
  // Near x = 1 the mirrored fraction converges: I_x(a, ½) = 1 − I_{1−x}(½, a).
  const lower = (Math.exp(lnPre) * betaContinuedFraction(0.5, a, y, x)) / 0.5;
  return 0.5 * (1 - lower);
}

/** Survival function of Student's t (`scipy.stats.t.sf(t, df)`), df > 0. */
export function studentTSf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return NaN;
  if (df === Infinity) return normalSf(t);
  const u = upperTail(t, df);
  return t >= 0 ? u : 1 - u;
}

/** CDF of Student's t (`scipy.stats.t.cdf(t, df)`), accurate in the lower tail. */
export function studentTCdf(t: number, df: number): number {
  return studentTSf(-t, df);
}

/** Density of Student's t. */
function studentTPdf(t: number, df: number): number {
  const a = df / 2;
  return Math.exp(-(a + 0.5) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBetaHalf(a));
}

/**
 * Quantile of Student's t (`scipy.stats.t.ppf(p, df)`), Newton-polished on the tail of the
 * nearer side until the step is below one ulp, so exact to double precision where the
 * tail is.
 */
export function studentTPpf(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalPpf(p);
  const lower = p < 0.5;
  const q = lower ? p : 1 - p; // find t > 0 with P(T > t) = q
  // Start: Cornish–Fisher expansion from the normal quantile (Abramowitz & Stegun 26.7.5).
  const z = -normalPpf(q);
  const z2 = z * z;
  let t =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * df * df) +
    (z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15)) / (384 * df * df * df);
  if (!(t > 0) || !Number.isFinite(t) || df < 1) {
    // Small df: the expansion can be far off; start from the exact df = 1 or 2 forms' scale.
    t = df <= 1 ? Math.tan(Math.PI * (0.5 - q)) : Math.sqrt(df) * Math.max(1, z);
  }
  for (let i = 0; i < 100; i++) {
    const f = upperTail(t, df) - q;
    const pdf = studentTPdf(t, df);
    if (pdf === 0 || !Number.isFinite(pdf)) break;
    let step = f / pdf; // d(sf)/dt = −pdf, so Newton adds f/pdf
    // Newton on a convex tail overshoots towards 0 from a poor start; halve the step then.
    while (t + step <= 0) step /= 2;
    t += step;
    if (Math.abs(step) <= 2 * EPS * Math.abs(t)) break;
  }
  return lower ? -t : t;
}
