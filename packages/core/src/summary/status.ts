import { SextantError } from '../errors';
import { show } from '../internal/validate';

/** The three states every Sextant status colour and summary uses. */
export type DeliveryStatus = 'on-track' | 'at-risk' | 'off-track';

/** Options of {@link statusFromTarget}. */
export interface StatusFromTargetOptions {
  /** The value that counts as on track. */
  target: number;
  /** Whether larger values are better (a boolean; anything else is refused). @default true */
  higherIsBetter?: boolean;
  /**
   * How far short of the target still counts as at risk rather than off track, as a
   * fraction of |target| (or an absolute amount when `target` is 0). @default 0.05
   */
  tolerance?: number;
}

/**
 * Classify a measured value against its target: on track when it meets the target, at risk
 * when it misses by no more than `tolerance`, off track otherwise.
 *
 * @example
 * ```ts
 * statusFromTarget(0.91, { target: 0.9 });                      // 'on-track'
 * statusFromTarget(0.87, { target: 0.9 });                      // 'at-risk' (within 5 %)
 * statusFromTarget(420, { target: 300, higherIsBetter: false }); // 'off-track'
 * ```
 */
export function statusFromTarget(value: number, options: StatusFromTargetOptions): DeliveryStatus {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SextantError('NON_FINITE', `value must be a finite number; got ${show(value)}`, { argument: 'value', value });
  }
  const { target, higherIsBetter = true, tolerance = 0.05 } = options ?? ({} as StatusFromTargetOptions);
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    throw new SextantError('INVALID_OPTION', `options.target must be a finite number; got ${show(target)}`, {
      argument: 'options.target',
      value: target,
    });
  }
  // A string such as 'no' is truthy: read as true it would flip the answer without a word.
  if (typeof higherIsBetter !== 'boolean') {
    throw new SextantError('INVALID_OPTION', `options.higherIsBetter must be a boolean; got ${show(higherIsBetter)}`, {
      argument: 'options.higherIsBetter',
      value: higherIsBetter,
    });
  }
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new SextantError('INVALID_OPTION', `options.tolerance must be a non-negative number; got ${show(tolerance)}`, {
      argument: 'options.tolerance',
      value: tolerance,
    });
  }
  const shortfall = higherIsBetter ? target - value : value - target;
  if (shortfall <= 0) return 'on-track';
  const allowed = target === 0 ? tolerance : tolerance * Math.abs(target);
  if (Number.isFinite(shortfall)) return shortfall <= allowed ? 'at-risk' : 'off-track';
  // Values of opposite sign near ±1.8e308: the shortfall overflows, so compare both halves
  // (exact for such large values; a half of the allowance cannot overflow where the whole did not matter).
  const half = higherIsBetter ? target / 2 - value / 2 : value / 2 - target / 2;
  const allowedHalf = target === 0 ? tolerance / 2 : tolerance * (Math.abs(target) / 2);
  return half <= allowedHalf ? 'at-risk' : 'off-track';
}
