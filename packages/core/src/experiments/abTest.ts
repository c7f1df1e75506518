/**
 * A/B tests of a model rollout (API.md, "experiments"): the pooled two-proportion z-test
 * of statsmodels' `proportions_ztest` with the unpooled Wald interval of
 * `confint_proportions_2indep(method='wald')`, and Welch's t-test of SciPy's
 * `ttest_ind(treatment, control, equal_var=False)` with the Welch–Satterthwaite interval.
 */
import { SextantError } from '../errors';
import { normalCdf, normalSf } from '../internal/special';
import { normalPpf, studentTCdf, studentTPpf, studentTSf } from '../internal/student';
import { assertOneOf, isArrayLike, nonFinite, show } from '../internal/validate';

/** Conversions out of visitors on one side of a proportions test. */
export interface ConversionCounts {
  conversions: number;
  visitors: number;
}

/** The two arms: counts for a conversion metric, samples for a continuous one. */
export type AbTestInput =
  { control: ConversionCounts; treatment: ConversionCounts } | { control: ArrayLike<number>; treatment: ArrayLike<number> };

/** Which way the test looks: treatment vs control. */
export type AbTestAlternative = 'two-sided' | 'greater' | 'less';

/** Options of {@link abTest}. */
export interface AbTestOptions {
  /** Significance level, in (0, 1). @default 0.05 */
  alpha?: number;
  /** @default 'two-sided' */
  alternative?: AbTestAlternative;
  /**
   * The result was looked at before the planned sample size was reached, this many times
   * (or `true` for "at least once"). A fixed-horizon p-value is then too small; the result
   * carries a warning and the Bonferroni level alpha / looks. @default 0 (not peeked)
   */
  peeks?: number | boolean;
}

/** A warning attached to a test result. */
export interface AbTestWarning {
  code: 'PEEKING';
  message: string;
  /** The level a p-value would have to meet to stay significant after that many looks (Bonferroni). */
  adjustedAlpha: number;
}

/** Result of {@link abTest} (API.md's keys, plus `warnings`). */
export interface AbTestResult {
  kind: 'proportions' | 'continuous';
  /** Pooled z, or Welch's t, of treatment − control. */
  statistic: number;
  pValue: number;
  /** Treatment − control: of the rates, or of the means. */
  difference: number;
  /** Two-sided 1 − alpha interval of `difference`, whatever `alternative` is. */
  ci: [number, number];
  /** `difference` ÷ the control rate or mean; `null` when that is 0. */
  relativeLift: number | null;
  significant: boolean;
  /** Welch–Satterthwaite degrees of freedom (continuous only). */
  df?: number;
  warnings: AbTestWarning[];
}

const ALTERNATIVES: readonly AbTestAlternative[] = ['two-sided', 'greater', 'less'];

function undefinedMetric(message: string, argument: string): SextantError {
  return new SextantError('UNDEFINED_METRIC', message, { argument });
}

function isCounts(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !isArrayLike(v);
}

function readOptions(options: AbTestOptions | undefined): { alpha: number; alternative: AbTestAlternative; peeks: number } {
  const o = options ?? {};
  if (typeof o !== 'object')
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(o)}`, { argument: 'options' });
  const alpha = o.alpha ?? 0.05;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 1)) {
    throw new SextantError('INVALID_OPTION', `options.alpha must be a number in (0, 1); got ${show(alpha)}`, {
      argument: 'options.alpha',
      value: alpha,
    });
  }
  const alternative = o.alternative ?? 'two-sided';
  assertOneOf(alternative, ALTERNATIVES, 'options.alternative');
  const p = o.peeks ?? 0;
  let peeks: number;
  if (p === true) peeks = 1;
  else if (p === false) peeks = 0;
  else if (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 1e6) peeks = p;
  else {
    throw new SextantError(
      'INVALID_OPTION',
      `options.peeks must be a boolean or an integer count of interim looks; got ${show(p)}`,
      {
        argument: 'options.peeks',
        value: p,
      },
    );
  }
  return { alpha, alternative, peeks };
}

function pValueOf(stat: number, alternative: AbTestAlternative, sf: (x: number) => number, cdf: (x: number) => number): number {
  if (alternative === 'greater') return sf(stat);
  if (alternative === 'less') return cdf(stat);
  return Math.min(1, 2 * sf(Math.abs(stat)));
}

function peekingWarnings(peeks: number, alpha: number): AbTestWarning[] {
  if (peeks === 0) return [];
  // Looking at the running result and stopping when it is significant inflates the false
  // positive rate (to ~14 % for 5 looks at alpha 0.05); Bonferroni over the looks plus the
  // final analysis is a conservative fix. Use a sequential design to plan looks instead.
  const looks = peeks + 1;
  const adjustedAlpha = alpha / looks;
  return [
    {
      code: 'PEEKING',
      message: `The result was checked ${peeks === 1 ? 'once' : `${peeks} times`} before the planned end, so this fixed-horizon p-value overstates the evidence; treat it as significant only if p ≤ ${adjustedAlpha.toPrecision(3)} (alpha / ${looks} looks), or use a sequential test.`,
      adjustedAlpha,
    },
  ];
}

/** One side's counts: `NON_FINITE` first (whole input), then `INVALID_VALUE` for the domain. */
function countsOf(v: Record<string, unknown>, side: string): { c: number; n: number } {
  const c = v.conversions;
  const n = v.visitors;
  for (const [field, x] of [
    ['conversions', c],
    ['visitors', n],
  ] as const) {
    if (typeof x !== 'number') {
      throw new SextantError('INVALID_VALUE', `${side}.${field} must be a number; got ${show(x)}`, {
        argument: `${side}.${field}`,
        value: x,
      });
    }
  }
  return { c: c as number, n: n as number };
}

function proportions(
  control: Record<string, unknown>,
  treatment: Record<string, unknown>,
  options: AbTestOptions | undefined,
): AbTestResult {
  const a = countsOf(control, 'control');
  const b = countsOf(treatment, 'treatment');
  for (const [name, x] of [
    ['control.conversions', a.c],
    ['control.visitors', a.n],
    ['treatment.conversions', b.c],
    ['treatment.visitors', b.n],
  ] as const) {
    if (!Number.isFinite(x))
      throw new SextantError('NON_FINITE', `${name} is ${x}; counts must be finite`, { argument: name, value: x });
  }
  const { alpha, alternative, peeks } = readOptions(options);
  for (const [side, s] of [
    ['control', a],
    ['treatment', b],
  ] as const) {
    // Past 2^53 − 1 counts are no longer exact (n + 1 === n), and neither are the rates.
    if (!Number.isSafeInteger(s.n) || s.n < 1) {
      throw new SextantError('INVALID_VALUE', `${side}.visitors must be an integer in 1…2^53 − 1; got ${show(s.n)}`, {
        argument: `${side}.visitors`,
        value: s.n,
      });
    }
    if (!Number.isInteger(s.c) || s.c < 0 || s.c > s.n) {
      throw new SextantError(
        'INVALID_VALUE',
        `${side}.conversions must be an integer in [0, visitors = ${s.n}]; got ${show(s.c)}`,
        {
          argument: `${side}.conversions`,
          value: s.c,
        },
      );
    }
  }
  const p1 = a.c / a.n;
  const p2 = b.c / b.n;
  const pooled = (a.c + b.c) / (a.n + b.n);
  if (pooled === 0 || pooled === 1) {
    throw undefinedMetric(
      `the pooled conversion rate is ${pooled}: with ${pooled === 0 ? 'no conversions' : 'every visitor converting'} on both sides the z statistic does not exist`,
      'control',
    );
  }
  const difference = p2 - p1;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const pValue = pValueOf(z, alternative, normalSf, normalCdf);
  const half = normalPpf(1 - alpha / 2) * Math.sqrt((p1 * (1 - p1)) / a.n + (p2 * (1 - p2)) / b.n);
  return {
    kind: 'proportions',
    statistic: z,
    pValue,
    difference,
    ci: [difference - half, difference + half],
    relativeLift: p1 === 0 ? null : difference / p1,
    significant: pValue <= alpha,
    warnings: peekingWarnings(peeks, alpha),
  };
}

/** 2^k with the largest |value| of both samples in [1, 2)·2^k; 1 when all are 0. */
function powerOfTwoScale(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (const x of [a, b]) for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  if (m === 0) return 1;
  let k = Math.floor(Math.log2(m));
  if (2 ** k > m) k--;
  // 2^k itself can be subnormal or beyond the double range in one step; keep k in range.
  return 2 ** Math.max(-1022, Math.min(1023, k));
}

/** Mean and unbiased variance of x / scale (two passes, compensated), after the checks. */
function meanVar(x: ArrayLike<number>, scale: number): { n: number; mean: number; variance: number } {
  const n = x.length;
  let s = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i] / scale;
    const t = s + v;
    comp += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  const mean = (s + comp) / n;
  let ss = 0;
  let sd = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i] / scale - mean;
    ss += d * d;
    sd += d;
  }
  // The correction term removes the rounding of `mean` (Chan, Golub & LeVeque's corrected two-pass).
  const variance = n > 1 ? (ss - (sd * sd) / n) / (n - 1) : NaN;
  return { n, mean, variance };
}

function checkSample(x: unknown, name: string): ArrayLike<number> {
  if (!isArrayLike(x))
    throw new SextantError('INVALID_VALUE', `${name} must be an array of numbers; got ${show(x)}`, { argument: name });
  if (x.length === 0) throw new SextantError('EMPTY_INPUT', `${name} is empty`, { argument: name });
  return x as ArrayLike<number>;
}

function finiteSample(x: ArrayLike<number>, name: string): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== 'number') {
      throw new SextantError('INVALID_VALUE', `${name}[${i}] must be a number; got ${show(v)}`, {
        argument: name,
        index: i,
        value: v,
      });
    }
    if (v - v !== 0) throw nonFinite(name, i, v);
  }
}

function continuous(control: ArrayLike<number>, treatment: ArrayLike<number>, options: AbTestOptions | undefined): AbTestResult {
  checkSample(control, 'control');
  checkSample(treatment, 'treatment');
  finiteSample(control, 'control');
  finiteSample(treatment, 'treatment');
  const { alpha, alternative, peeks } = readOptions(options);
  // t, p and df are scale-free: work on the samples divided by a power of two near their
  // largest magnitude (exact), so that neither 1e-170 nor 1e308 under- or overflows.
  const scale = powerOfTwoScale(control, treatment);
  const c = meanVar(control, scale);
  const t = meanVar(treatment, scale);
  for (const [name, s] of [
    ['control', c],
    ['treatment', t],
  ] as const) {
    if (s.n < 2)
      throw undefinedMetric(`${name} has one value; Welch's t-test needs at least two per sample for a variance`, name);
  }
  const vc = c.variance / c.n;
  const vt = t.variance / t.n;
  const se2 = vc + vt;
  const difference = t.mean - c.mean;
  if (se2 === 0) {
    throw undefinedMetric(
      difference === 0
        ? 'both samples are constant and equal: the t statistic is 0/0'
        : 'both samples are constant: the standard error is 0 and the t statistic infinite',
      'treatment',
    );
  }
  const se = Math.sqrt(se2);
  // Welch–Satterthwaite df = se⁴ / Σ (v/n)²/(n − 1), written with the shares v/n ÷ se² in [0, 1].
  const wc = vc / se2;
  const wt = vt / se2;
  const df = 1 / ((wc * wc) / (c.n - 1) + (wt * wt) / (t.n - 1));
  const stat = difference / se;
  const pValue = pValueOf(
    stat,
    alternative,
    (x) => studentTSf(x, df),
    (x) => studentTCdf(x, df),
  );
  const half = studentTPpf(1 - alpha / 2, df) * se;
  if (!Number.isFinite((Math.abs(difference) + half) * scale)) {
    throw new SextantError(
      'INVALID_VALUE',
      'the difference of the means of treatment and control, or its interval, exceeds the range of a double (±1.8e308); rescale the samples',
      {
        argument: 'treatment',
      },
    );
  }
  return {
    kind: 'continuous',
    statistic: stat,
    pValue,
    difference: difference * scale,
    ci: [(difference - half) * scale, (difference + half) * scale],
    relativeLift: c.mean === 0 ? null : difference / c.mean,
    significant: pValue <= alpha,
    df,
    warnings: peekingWarnings(peeks, alpha),
  };
}

/**
 * A/B test of treatment against control. With `{ conversions, visitors }` on both sides:
 * the pooled two-proportion z-test (statsmodels' `proportions_ztest`), the unpooled Wald
 * interval of the difference and the relative lift. With two samples: Welch's t-test, same
 * as `scipy.stats.ttest_ind(treatment, control, equal_var=False)`, and the interval of the
 * mean difference on the Welch–Satterthwaite df. `ci` is always the two-sided 1 − alpha
 * interval; `significant` is `pValue ≤ alpha`. Pass `peeks` when the result was watched
 * before the planned end: the result then carries a sequential-testing warning.
 *
 * @example
 * ```ts
 * // New fraud model: 5,237 of 60,288 sessions flagged correctly vs 4,930 of 60,288.
 * const r = abTest({ control: { conversions: 4930, visitors: 60288 }, treatment: { conversions: 5237, visitors: 60288 } });
 * r.statistic; // 3.1817801032735487
 * r.pValue; // 0.001463729067006247
 * r.significant; // true
 * abTest({ control: [1, 2, 3, 4], treatment: [2, 4, 6, 8] }, { alternative: 'greater' }).pValue;
 * // 0.07579025242265187
 * abTest({ control: { conversions: 50, visitors: 1000 }, treatment: { conversions: 70, visitors: 1000 } }, { peeks: 4 }).warnings[0].adjustedAlpha;
 * // 0.01
 * ```
 */
export function abTest(input: AbTestInput, options?: AbTestOptions): AbTestResult {
  if (input === null || typeof input !== 'object') {
    throw new SextantError('INVALID_VALUE', `input must be { control, treatment }; got ${show(input)}`, { argument: 'input' });
  }
  const { control, treatment } = input as { control: unknown; treatment: unknown };
  if (isCounts(control) && isCounts(treatment)) return proportions(control, treatment, options);
  if (isArrayLike(control) && isArrayLike(treatment))
    return continuous(control as ArrayLike<number>, treatment as ArrayLike<number>, options);
  throw new SextantError(
    'INVALID_VALUE',
    'control and treatment must both be { conversions, visitors } or both be arrays of numbers; got ' +
      `${show(control)} and ${show(treatment)}`,
    { argument: 'input' },
  );
}
