/**
 * Every code a {@link SextantError} can carry. See API.md, "Conventions".
 */
export const SEXTANT_ERROR_CODES = [
  'EMPTY_INPUT',
  'LENGTH_MISMATCH',
  'NON_FINITE',
  'INVALID_OPTION',
  'INVALID_LABEL',
  'UNKNOWN_TIME_ZONE',
  'INVALID_INTERVAL',
  'WIP_LIMIT',
  'NOT_FOUND',
  'INVALID_STATE',
  'INVALID_VALUE',
  'UNDEFINED_METRIC',
] as const;

/** A machine-readable reason why Sextant refused an input. */
export type SextantErrorCode = (typeof SEXTANT_ERROR_CODES)[number];

/** Extra facts about a refusal: which argument, and where in it. */
export interface SextantErrorDetails {
  /** The argument (or option) that was refused, e.g. `'yPred'` or `'options.average'`. */
  argument?: string;
  /** The first offending index, when the argument is an array. */
  index?: number;
  /** The offending value, when it helps to show it. */
  value?: unknown;
}

/**
 * The one error type Sextant throws for bad input. `code` is stable and meant for
 * programs; `message` names the argument and the first offending index or value.
 *
 * @example
 * ```ts
 * import { f1Score, SextantError } from '@sextant/core';
 * try {
 *   f1Score([0, 1], [0]);
 * } catch (e) {
 *   if (e instanceof SextantError) console.log(e.code); // 'LENGTH_MISMATCH'
 * }
 * ```
 */
export class SextantError extends Error {
  readonly code: SextantErrorCode;
  readonly argument: string | undefined;
  readonly index: number | undefined;
  readonly value: unknown;

  constructor(code: SextantErrorCode, message: string, details: SextantErrorDetails = {}) {
    super(message);
    this.name = 'SextantError';
    this.code = code;
    this.argument = details.argument;
    this.index = details.index;
    this.value = details.value;
  }

  /** A plain object for logs and JSON APIs. */
  toJSON(): { name: string; code: SextantErrorCode; message: string; argument?: string; index?: number } {
    const out: { name: string; code: SextantErrorCode; message: string; argument?: string; index?: number } = {
      name: this.name,
      code: this.code,
      message: this.message,
    };
    if (this.argument !== undefined) out.argument = this.argument;
    if (this.index !== undefined) out.index = this.index;
    return out;
  }
}

/**
 * True when `e` is a {@link SextantError}, optionally with the given code. Works across
 * bundle copies (an app that ends up with two copies of core), where `instanceof` fails.
 *
 * @example
 * ```ts
 * import { isSextantError, ksTest } from '@sextant/core';
 * try {
 *   ksTest([], [1, 2]);
 * } catch (e) {
 *   isSextantError(e, 'EMPTY_INPUT'); // true
 * }
 * ```
 */
export function isSextantError(e: unknown, code?: SextantErrorCode): e is SextantError {
  if (e instanceof SextantError) return code === undefined || e.code === code;
  if (typeof e !== 'object' || e === null) return false;
  try {
    const c = (e as { name?: unknown; code?: unknown }).code;
    return (e as { name?: unknown }).name === 'SextantError' && typeof c === 'string' && (code === undefined || c === code);
  } catch {
    // a Proxy or getter that throws is not one of ours: a type guard never throws
    return false;
  }
}
