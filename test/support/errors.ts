// One way for tests to look at a refusal: the SextantError `f` throws, or its code.
import { expect } from 'vitest';
import { SextantError } from '@sextant/core';

/** The SextantError that `f` throws; fails the test when it returns or throws anything else. */
export function thrown(f: () => unknown): SextantError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SextantError);
    return e as SextantError;
  }
  throw new Error('expected a SextantError, but the call returned');
}

/** The `code` of what `f` throws, or `undefined` when it returns. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}
