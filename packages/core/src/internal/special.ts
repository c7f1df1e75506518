/**
 * Special functions (internal): log-gamma, regularized incomplete gamma, chi-square and
 * normal tails, and the Kolmogorov / Smirnov distributions of `scipy.special`.
 *
 * Written for relative accuracy in the far tails (p-values of 1e-300 keep ~13 digits):
 * prefactors x^a e^-x / Γ(a) are formed in log space with the Stirling remainder split off,
 * so nothing cancels. Not exported from the package root.
 */
import { KahanSum } from './sum';

const LN_SQRT_2PI = 0.9189385332046727; // ln(sqrt(2π))
const TWO_PI = 2 * Math.PI;
const EPS = 2.220446049250313e-16;

/**
 * Stirling remainder s(a) = lnΓ(a) − [(a − ½)·ln a − a + ln√(2π)] for a ≥ 10
 * (asymptotic series; the first omitted term is below 1e-17 there).
 */
export function stirlingRemainder(a: number): number {
  const r = 1 / a;
  const r2 = r * r;
  return r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156))))));
}

/** ln Γ(a) for a > 0 (recurrence up to a ≥ 10, then Stirling's series; ~1e-15 absolute). */
export function logGamma(a: number): number {
  if (!(a > 0)) return NaN;
  if (a === 1 || a === 2) return 0;
  let shift = 0;
  if (a < 10) {
    let p = 1;
    while (a < 10) {
      p *= a;
      a += 1;
    }
    shift = Math.log(p);
  }
  return (a - 0.5) * Math.log(a) - a + LN_SQRT_2PI + stirlingRemainder(a) - shift;
}

/** ln(1 + t) − t without cancellation for small |t|. */
function log1pmx(t: number): number {
  if (Math.abs(t) > 0.5) return Math.log1p(t) - t;
  // ln(1+t) = 2·atanh(y), y = t/(2+t); so ln(1+t) − t = −t²/(2+t) + 2·Σ_{k≥1} y^(2k+1)/(2k+1).
  const y = t / (2 + t);
  const y2 = y * y;
  let term = y * y2;
  let sum = 0;
  for (let k = 3; k < 200; k += 2) {
    const add = term / k;
    sum += add;
    if (Math.abs(add) <= EPS * Math.abs(sum)) break;
    term *= y2;
  }
  return (-t * t) / (2 + t) + 2 * sum;
}

/** ln(x^a · e^(−x) / Γ(a)), the prefactor of both incomplete-gamma expansions. */
function logGammaPrefactor(a: number, x: number): number {
  if (a >= 10) {
    // a·ln(x/a) − (x − a): through log1pmx near x = a, where the two large terms cancel.
    const t = (x - a) / a;
    const main = Math.abs(t) <= 0.5 ? a * log1pmx(t) : a * Math.log(x / a) - (x - a);
    return main + 0.5 * Math.log(a / TWO_PI) - stirlingRemainder(a);
  }
  return a * Math.log(x) - x - logGamma(a);
}

/** Σ x^k / (a(a+1)…(a+k)) · a, the series for the lower regularized gamma P(a, x) / prefactor · a. */
function gammaSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 100000; k++) {
    term *= x / (a + k);
    sum += term;
    if (term <= EPS * sum) break;
  }
  return sum / a;
}

/** Continued fraction for Q(a, x) / prefactor (modified Lentz), valid for x ≥ a + 1. */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= EPS) break;
  }
  return h;
}

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), a > 0, x ≥ 0
 * (`scipy.special.gammaincc`). Relative accuracy ~1e-14 including the far tail.
 */
export function gammaincc(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const lp = logGammaPrefactor(a, x);
  if (x < a + 1) {
    const p = Math.exp(lp) * gammaSeries(a, x);
    return p >= 1 ? 0 : 1 - p;
  }
  return Math.exp(lp) * gammaContinuedFraction(a, x);
}

/** Survival function of the chi-square distribution with `df` degrees of freedom (`scipy.stats.chi2.sf`). */
export function chi2Sf(x: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (!(x > 0)) return 1;
  return gammaincc(df / 2, x / 2);
}

/**
 * Standard normal survival function P(Z > x) (`scipy.stats.norm.sf`), accurate in the
 * upper tail: for x > 0 it is Q(½, x²/2) / 2.
 *
 * @example
 * normalSf(1.959963984540054); // 0.025
 */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === 0) return 0.5;
  const q = 0.5 * gammaincc(0.5, 0.5 * x * x);
  return x > 0 ? q : 1 - q;
}

/**
 * Standard normal CDF P(Z ≤ x) (`scipy.stats.norm.cdf`), accurate in the lower tail.
 *
 * @example
 * normalCdf(-1.959963984540054); // 0.025
 */
export function normalCdf(x: number): number {
  return normalSf(-x);
}

// ---------------------------------------------------------------------------------------
// Kolmogorov (two-sided limit) and Smirnov (one-sided, exact) distributions, with the
// case analysis of SciPy's cephes/kolmogorov.c (van Mulbregt, arXiv:1802.06966 and
// arXiv:1803.00426). SciPy evaluates the Smirnov sum in double-double arithmetic; here
// every term is formed in log space with the floor/fraction of n·x split exactly, which
// keeps the relative error near n·1e-16 in the worst case and far below the 1e-7
// p-value tolerance of the parity tests.
// ---------------------------------------------------------------------------------------

const KOLMOG_CUTOVER = 0.82;
/** exp() of anything below this is 0 in double precision (SciPy's MIN_EXPABLE). */
const MIN_EXPABLE = -708 - 38;
/** ln(2^-1075), cephes' MINLOG as SciPy defines it. */
const CEPHES_MINLOG = -745.1332191019412;

/**
 * Kolmogorov's limiting distribution: P(√n·D_n > x) as n → ∞ (`scipy.special.kolmogorov`),
 * and its complement (`scipy.special.kolmogc`).
 */
export function kolmogorov(x: number): { sf: number; cdf: number } {
  if (Number.isNaN(x)) return { sf: NaN, cdf: NaN };
  if (x <= 0 || x <= Math.PI / Math.sqrt(-MIN_EXPABLE * 8)) return { sf: 1, cdf: 0 };
  let sf: number;
  let cdf: number;
  if (x <= KOLMOG_CUTOVER) {
    // cdf = w·u·(1 + u^8 + u^24 + u^48 + …), u = e^(−π²/(8x²)), w = √(2π)/x
    const w = Math.sqrt(TWO_PI) / x;
    const logu8 = (-Math.PI * Math.PI) / (x * x);
    const u = Math.exp(logu8 / 8);
    if (u === 0) {
      cdf = Math.exp(logu8 / 8 + Math.log(w));
    } else {
      const u8 = Math.exp(logu8);
      const u8cub = u8 * u8 * u8;
      let p = 1;
      p = 1 + u8cub * p;
      p = 1 + u8 * u8 * p;
      p = 1 + u8 * p;
      cdf = w * u * p;
    }
    sf = 1 - cdf;
  } else {
    // sf = 2·(v − v^4 + v^9 − v^16 + …), v = e^(−2x²)
    const v = Math.exp(-2 * x * x);
    const vsq = v * v;
    const v3 = v * vsq;
    let p = 1;
    p = 1 - v3 * v3 * v * p;
    p = 1 - v3 * vsq * p;
    p = 1 - v3 * p;
    sf = 2 * v * p;
    cdf = 1 - sf;
  }
  return { sf: clip01(sf), cdf: clip01(cdf) };
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

/** Dekker's exact product split: returns [hi, lo] with hi + lo = a·b exactly. */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = 134217729; // 2^27 + 1
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const err = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, err];
}

/**
 * The one-sided Smirnov distribution: P(D_n^+ ≥ x) for a sample of size n
 * (`scipy.special.smirnov`); `cdf` is its complement (`scipy.special.smirnovc`).
 */
export function smirnov(n: number, x: number): { sf: number; cdf: number } {
  if (!(n > 0 && x >= 0 && x <= 1) || !Number.isInteger(n)) return { sf: NaN, cdf: NaN };
  if (n === 1) return { sf: 1 - x, cdf: x };
  if (x === 0) return { sf: 1, cdf: 0 };
  if (x === 1) return { sf: 0, cdf: 1 };

  // floor(n·x) and its fraction alpha, exactly.
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha = nxHi - nxfl + nxLo;
  if (alpha < 0) {
    nxfl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha -= 1;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }

  // x ≤ 1/n: cdf = x·(1 + x)^(n−1)
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return { sf: clip01(1 - cdf), cdf: clip01(cdf) };
  }
  if (-2 * n * x * x < CEPHES_MINLOG) return { sf: 0, cdf: 1 };
  // x ≥ 1 − 1/n: sf = (1 − x)^n
  if (nxfl >= n - 1) {
    const sf = Math.exp(n * Math.log1p(-x));
    return { sf: clip01(sf), cdf: clip01(1 - sf) };
  }
  if (n > 1000000) {
    const sf = Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n);
    return { sf: clip01(sf), cdf: clip01(1 - sf) };
  }

  const nUpperTerms = n - n1mxceil + 1;
  const useUpper = (nUpperTerms <= 1 && x < 0.5) || (n >= 10 && nUpperTerms <= 3 && x <= 0.5 / Math.sqrt(n));

  // A_v = C(n, v)·(x + v/n)^(v−1)·(1 − x − v/n)^(n−v); prob = x·Σ A_v over the chosen range.
  // With n·x = nxfl + alpha exactly: x + v/n = (nxfl + v + alpha)/n, 1 − x − v/n = (n − v − nxfl − alpha)/n.
  const logN = Math.log(n);
  const logTerm = (v: number): [number, number] => {
    // returns [log|A_v / C(n,v)|, sign]
    const up = nxfl + v + alpha; // n·(x + v/n) > 0
    const down = n - v - nxfl - alpha; // n·(1 − x − v/n), negative in the upper sum
    let s = (v - 1) * (Math.log(up) - logN);
    let sign = 1;
    if (down === 0) return [-Infinity, 1];
    const f = up / n;
    if (f < 0.5) s += (n - v) * Math.log1p(-f);
    else s += (n - v) * (Math.log(Math.abs(down)) - logN);
    if (down < 0 && (n - v) % 2 === 1) sign = -1;
    return [s, sign];
  };

  const acc = new KahanSum();
  // Binomial coefficient as mantissa · 2^exponent so it never overflows.
  let cMan = 1;
  let cExp = 0;
  const LN2 = Math.LN2;
  const start = useUpper ? n : 0;
  const step = useUpper ? -1 : 1;
  const nTerms = useUpper ? n - n1mxceil + 1 : n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  for (let j = 0; j < nTerms; j++) {
    const v = start + j * step;
    const [lt, sign] = logTerm(v);
    const aj = sign * Math.exp(lt + Math.log(cMan) + cExp * LN2);
    if (aj !== 0 && Number.isFinite(aj)) acc.add(aj);
    if (aj !== 0) {
      if (4 * (nTerms - j) * Math.abs(aj) < EPS * acc.value() && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
    // C(n, j+1) = C(n, j)·(n − j)/(j + 1) (symmetric, so the same update serves the upper sum)
    cMan *= (n - j) / (j + 1);
    if (cMan > 1e280 || cMan < 1e-280) {
      const e = Math.floor(Math.log2(cMan));
      cMan *= Math.pow(2, -e);
      cExp += e;
    }
  }
  const prob = x * acc.value();
  if (useUpper) return { sf: clip01(1 - prob), cdf: clip01(prob) };
  return { sf: clip01(prob), cdf: clip01(1 - prob) };
}
