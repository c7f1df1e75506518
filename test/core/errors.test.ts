import { describe, expect, it } from 'vitest';
import { SEXTANT_ERROR_CODES, SextantError, isSextantError } from '@sextant/core';

describe('SextantError', () => {
  it('carries a code, the argument and the offending index', () => {
    const e = new SextantError('NON_FINITE', 'yPred[3] is NaN', { argument: 'yPred', index: 3, value: NaN });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SextantError');
    expect(e.code).toBe('NON_FINITE');
    expect(e.argument).toBe('yPred');
    expect(e.index).toBe(3);
    expect(e.toJSON()).toEqual({
      name: 'SextantError',
      code: 'NON_FINITE',
      message: 'yPred[3] is NaN',
      argument: 'yPred',
      index: 3,
    });
  });

  it('lists exactly the codes of API.md', () => {
    expect([...SEXTANT_ERROR_CODES].sort()).toEqual(
      [
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
      ].sort(),
    );
  });

  it('isSextantError recognises errors from another bundle copy by shape', () => {
    const foreign = Object.assign(new Error('x'), { name: 'SextantError', code: 'EMPTY_INPUT' });
    expect(isSextantError(foreign)).toBe(true);
    expect(isSextantError(foreign, 'EMPTY_INPUT')).toBe(true);
    expect(isSextantError(foreign, 'NON_FINITE')).toBe(false);
    expect(isSextantError(new Error('plain'))).toBe(false);
    expect(isSextantError(null)).toBe(false);
  });
});
