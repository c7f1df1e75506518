// Hostile-input cases for errors (issue 15). These take any value and must never throw; they
// have no array-like argument, so each case's valid call IS a hostile value: isSextantError a
// Proxy that throws on every get (it threw before this file), explainError an object with a
// throwing `message` getter, errorText a 10,000-character key and '__proto__'-keyed params.
// Every value of hostileValues() goes through all three, in every argument position, in
// ../errors.test.ts (a loop test, not a HostileCase).
import { errorText, explainError, isSextantError } from '@sextant/core';
import type { HostileCase } from '../harness';

export const hostileValues = (): unknown[] => [
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get');
      },
    },
  ),
  Object.defineProperty({}, 'message', {
    get: () => {
      throw new Error('message');
    },
  }),
  JSON.parse('{"__proto__": {"code": "INVALID_VALUE"}}'),
  'x'.repeat(10_000),
  null,
  undefined,
];

export const cases: HostileCase[] = [
  { name: 'isSextantError', fn: isSextantError, make: () => [hostileValues()[0]], arrays: [] },
  { name: 'explainError', fn: explainError, make: () => [hostileValues()[1]], arrays: [] },
  { name: 'errorText', fn: errorText, make: () => ['x'.repeat(10_000), JSON.parse('{"__proto__": "p"}')], arrays: [] },
];
