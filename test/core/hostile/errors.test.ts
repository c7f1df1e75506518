// Issue 15 item 8 for the error helpers: they take any value and never throw. Every value of
// cases/errors.ts's hostileValues() goes through each of isSextantError, explainError and
// errorText in each of their positions (the case file runs one value per helper).
import { describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES, SextantError, errorText, explainError, isSextantError } from '@sextant/core';
import { hostileValues } from './cases/errors';

const labels = [
  'a Proxy that throws on every get',
  'a throwing message getter',
  "a '__proto__' key",
  'a 10,000-character string',
  'null',
  'undefined',
];
const refusal = new SextantError('INVALID_VALUE', 'yTrue[3] must be a number, got "x"', {
  argument: 'yTrue',
  index: 3,
  value: 'x',
});

describe('the error helpers on every hostile value', () => {
  it('hostileValues() holds the six values named here', () => {
    expect(hostileValues()).toHaveLength(labels.length);
  });

  hostileValues().forEach((v, i) => {
    const label = labels[i];

    it(`isSextantError(${label}) is false, with or without a code`, () => {
      expect(isSextantError(v)).toBe(false);
      expect(isSextantError(v, 'INVALID_VALUE')).toBe(false);
    });

    it(`explainError(${label}) gives the UNKNOWN sentence and a technical text`, () => {
      const out = explainError(v);
      expect(out.key).toBe('UNKNOWN');
      expect(out.sentence).toBe(DEFAULT_ERROR_MESSAGES.UNKNOWN);
      expect(out.code).toBeUndefined();
      expect(typeof out.technical).toBe('string');
    });

    it(`explainError(a refusal, { messages: ${label}, params: ${label} }) still explains the refusal`, () => {
      for (const options of [{ messages: v, params: v }, { messages: v }, { params: v }, v]) {
        const out = explainError(refusal, options as never);
        expect(out.code).toBe('INVALID_VALUE');
        expect(out.index).toBe(3);
        expect(typeof out.sentence).toBe('string');
        expect(out.sentence.length).toBeGreaterThan(0);
      }
    });

    it(`errorText with ${label} as the key, the params or the messages never throws`, () => {
      expect(errorText(v as never)).toBe('');
      expect(errorText('VIEW_TITLE', v as never)).toEqual(expect.any(String));
      expect(errorText('VIEW_TITLE', { title: 'Team hours' }, v as never)).toBe("Team hours can't be shown");
    });
  });
});
