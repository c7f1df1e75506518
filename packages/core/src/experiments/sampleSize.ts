/**
 * Sample size of a two-proportion A/B test (API.md, "experiments"): the normal-approximation
 * power formula without continuity correction, as in Fleiss, Levin & Paik, "Statistical
 * Methods for Rates and Proportions" (3rd ed.), eq. 4.14 without the correction.
 */
import { SextantError } from '../errors';
import { normalPpf } from '../internal/student';
import { show } from '../internal/validate';

/** Options of {@link abTestSampleSize}. */
export interface AbTestSampleSizeOptions {
  /** The control's conversion rate p₁, in (0, 1). */
  baselineRate: number;
  /** The absolute change to detect, p₂ − p₁ (negative for a drop); p₂ must stay in (0, 1). */
  minimumDetectableEffect: number;
  /** Two-sided significance level. @default 0.05 */
  alpha?: number;
  /** Probability of detecting the effect when it is there. @default 0.8 */
  power?: number;
  /** Treatment visitors per control visitor. @default 1 */
  ratio?: number;
}

/** Result of {@link abTestSampleSize}: visitors per group, rounded up. */
export interface AbTestSampleSize {
  control: number;
  treatment: number;
  total: number;
}

function option(v: unknown, name: string, lo: number, hi: number, open: boolean): number {
  const ok = typeof v === 'number' && Number.isFinite(v) && (open ? v > lo && v < hi : v > lo && v <= hi);
  if (!ok) {
    throw new SextantError(
      'INVALID_OPTION',
      `${name} must be a number in ${open ? `(${lo}, ${hi})` : `(${lo}, ${hi}]`}; got ${show(v)}`,
      {
        argument: name,
        value: v,
      },
    );
  }
  return v as number;
}

/**
 * Visitors needed per group to detect an absolute change `minimumDetectableEffect` from
 * `baselineRate` with a two-sided test at `alpha` and the given `power`:
 * n₁ = (z₁₋α/₂·√((1 + 1/r)·p̄(1 − p̄)) + z₁₋β·√(p₁(1 − p₁) + p₂(1 − p₂)/r))² / (p₂ − p₁)²,
 * p̄ = (p₁ + r·p₂)/(1 + r); control = ⌈n₁⌉, treatment = ⌈r·n₁⌉.
 *
 * @example
 * ```ts
 * // 10 % fraud-catch rate today; detect a rise to 12 % at alpha 0.05 with 80 % power.
 * abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.02 });
 * // { control: 3841, treatment: 3841, total: 7682 }
 * abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.02, ratio: 2 });
 * // { control: 2911, treatment: 5822, total: 8733 }
 * ```
 */
export function abTestSampleSize(options: AbTestSampleSizeOptions): AbTestSampleSize {
  if (options === null || typeof options !== 'object') {
    throw new SextantError(
      'INVALID_OPTION',
      `options must be { baselineRate, minimumDetectableEffect, … }; got ${show(options)}`,
      {
        argument: 'options',
      },
    );
  }
  const p1 = option(options.baselineRate, 'options.baselineRate', 0, 1, true);
  const mde = options.minimumDetectableEffect;
  if (typeof mde !== 'number' || !Number.isFinite(mde) || mde === 0) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.minimumDetectableEffect must be a finite non-zero number; got ${show(mde)}`,
      {
        argument: 'options.minimumDetectableEffect',
        value: mde,
      },
    );
  }
  const p2 = p1 + mde;
  if (!(p2 > 0 && p2 < 1)) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.minimumDetectableEffect takes the rate to ${p2}, outside (0, 1); got ${show(mde)} from ${show(p1)}`,
      { argument: 'options.minimumDetectableEffect', value: mde },
    );
  }
  const alpha = option(options.alpha ?? 0.05, 'options.alpha', 0, 1, true);
  const power = option(options.power ?? 0.8, 'options.power', 0, 1, true);
  const r = options.ratio ?? 1;
  if (typeof r !== 'number' || !Number.isFinite(r) || !(r > 0)) {
    throw new SextantError('INVALID_OPTION', `options.ratio must be a finite number > 0; got ${show(r)}`, {
      argument: 'options.ratio',
      value: r,
    });
  }
  const pBar = (p1 + r * p2) / (1 + r);
  const za = normalPpf(1 - alpha / 2);
  const zb = normalPpf(power);
  const root = za * Math.sqrt((1 + 1 / r) * pBar * (1 - pBar)) + zb * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / r);
  const n1 = (root * root) / (mde * mde);
  const control = Math.ceil(n1);
  const treatment = Math.ceil(r * n1);
  if (!Number.isSafeInteger(control + treatment)) {
    // Name the cause: a tiny effect makes both groups huge; a ratio far from 1 makes one
    // group huge while the other stays countable (n₁ grows like 1/ratio, n₂ like ratio).
    // The ratio is to blame when equal groups would be countable: a ratio of 5e-324 makes
    // both groups infinite (1/ratio overflows), so the size of either group cannot tell.
    const pe = (p1 + p2) / 2;
    const rootEqual = za * Math.sqrt(2 * pe * (1 - pe)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    const byRatio = r !== 1 && Number.isSafeInteger(2 * Math.ceil((rootEqual * rootEqual) / (mde * mde)));
    throw new SextantError(
      'INVALID_OPTION',
      byRatio
        ? `the options ask for more than 2^53 visitors (n₁ = ${n1}, n₂ = ratio × n₁ = ${r * n1}); options.ratio ${r} is too ${r > 1 ? 'large' : 'small'}`
        : `the options ask for more than 2^53 visitors (n₁ = ${n1}); the effect is too small to test (options.minimumDetectableEffect = ${mde})`,
      {
        argument: byRatio ? 'options.ratio' : 'options.minimumDetectableEffect',
        value: byRatio ? r : mde,
      },
    );
  }
  return { control, treatment, total: control + treatment };
}
