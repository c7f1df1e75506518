import { describe, expect, it } from 'vitest';
import {
  chiSquareTest,
  detectDrift,
  jensenShannonDistance,
  ksTest,
  populationStabilityIndex,
  wassersteinDistance,
} from '@sextant/core';
import { thrown } from '../../support/errors';

describe('drift: refusals with API.md codes, messages naming argument and index', () => {
  it('ksTest', () => {
    expect(thrown(() => ksTest([], [1])).code).toBe('EMPTY_INPUT');
    const e = thrown(() => ksTest([1, 2], [3, NaN]));
    expect(e).toMatchObject({ code: 'NON_FINITE', argument: 'current', index: 1 });
    expect(e.message).toMatch(/current\[1\]/);
    expect(thrown(() => ksTest([1, 2], [3, 4], { method: 'exactly' as never })).code).toBe('INVALID_OPTION');
    expect(thrown(() => ksTest([1, 'a' as never], [3])).code).toBe('INVALID_VALUE');
    // SciPy returns NaN here (kstwo with n = round(0.5) = 0)
    expect(thrown(() => ksTest([1], [2], { method: 'asymp' })).code).toBe('UNDEFINED_METRIC');
    // precedence: EMPTY_INPUT before NON_FINITE before INVALID_OPTION
    expect(thrown(() => ksTest([NaN], [], { method: 'x' as never })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => ksTest([NaN], [1], { method: 'x' as never })).code).toBe('NON_FINITE');
  });

  it('wassersteinDistance', () => {
    expect(thrown(() => wassersteinDistance([1], [])).code).toBe('EMPTY_INPUT');
    expect(thrown(() => wassersteinDistance([1, 2], [1], { vWeights: [1, 2] })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => wassersteinDistance([1, 2], [1], { uWeights: [1, Infinity] })).code).toBe('NON_FINITE');
    expect(thrown(() => wassersteinDistance([1, 2], [1], { uWeights: [1, -1] })).code).toBe('INVALID_OPTION');
    expect(thrown(() => wassersteinDistance([1, 2], [1], { uWeights: [0, 0] })).code).toBe('INVALID_VALUE');
    expect(thrown(() => wassersteinDistance([1, 2], [1], { uWeights: 3 as never })).code).toBe('INVALID_OPTION');
    // LENGTH_MISMATCH of a weight beats NON_FINITE data
    expect(thrown(() => wassersteinDistance([NaN, 2], [1], { uWeights: [1] })).code).toBe('LENGTH_MISMATCH');
  });

  it('jensenShannonDistance', () => {
    expect(thrown(() => jensenShannonDistance([1], [1, 2])).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => jensenShannonDistance([1, -0.5], [1, 2])).code).toBe('INVALID_VALUE');
    expect(thrown(() => jensenShannonDistance([0, 0], [1, 2])).code).toBe('INVALID_VALUE');
    for (const base of [1, 0, -2, NaN, Infinity, '2']) {
      expect(thrown(() => jensenShannonDistance([1, 2], [1, 2], { base: base as never })).code).toBe('INVALID_OPTION');
    }
    // INVALID_OPTION (base) beats INVALID_VALUE (negative entry)
    expect(thrown(() => jensenShannonDistance([1, -2], [1, 2], { base: 1 })).code).toBe('INVALID_OPTION');
  });

  it('populationStabilityIndex', () => {
    for (const bins of [0, 1001, 2.5, '10', NaN]) {
      expect(thrown(() => populationStabilityIndex([1, 2], [1, 2], { bins: bins as never })).code).toBe('INVALID_OPTION');
    }
    expect(thrown(() => populationStabilityIndex([1, 2], [1, 2], { binning: 'sturges', bins: 10 })).code).toBe('INVALID_OPTION');
    for (const epsilon of [0, 1, -1e-4, NaN]) {
      expect(thrown(() => populationStabilityIndex([1, 2], [1, 2], { epsilon })).code).toBe('INVALID_OPTION');
    }
    expect(thrown(() => populationStabilityIndex([1, 2], [Infinity], { bins: 0 })).code).toBe('NON_FINITE');
    expect(thrown(() => populationStabilityIndex([1, 2], new Float64Array([1, NaN]), { bins: 0 })).code).toBe('NON_FINITE');
    expect(thrown(() => populationStabilityIndex([NaN], [], { bins: 0 })).code).toBe('EMPTY_INPUT');
    const e = thrown(() =>
      populationStabilityIndex(
        new Float64Array(5000).map((_, i) => i),
        new Float64Array([1, 2, -Infinity]),
      ),
    );
    expect(e).toMatchObject({ code: 'NON_FINITE', argument: 'current', index: 2 });
  });

  it('chiSquareTest', () => {
    expect(thrown(() => chiSquareTest(['a'], [])).code).toBe('EMPTY_INPUT');
    expect(thrown(() => chiSquareTest(['a', NaN as never], ['a'])).code).toBe('NON_FINITE');
    const e = thrown(() => chiSquareTest(['a'], ['b', null as never]));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'currentCategories', index: 1 });
  });

  it('detectDrift', () => {
    expect(thrown(() => detectDrift({}, { a: [1] })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => detectDrift({ a: [] }, { a: [1] })).code).toBe('EMPTY_INPUT');
    expect(thrown(() => detectDrift({ a: [1, 2], b: [1] }, { a: [1] })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => detectDrift({ a: [1, Infinity] }, { a: [1] })).code).toBe('NON_FINITE');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { method: 'mmd' as never })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { columns: { b: {} } })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { features: ['b'] })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { correction: 'holm' as never })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { method: 'ks', threshold: 2 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { threshold: -1 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { driftShare: 1.5 })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { a: [1] }, { columns: { a: { bins: 0 } } })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2] }, { b: [1] })).code).toBe('INVALID_VALUE');
    expect(thrown(() => detectDrift({ a: [1, {} as never] }, { a: [1] })).code).toBe('INVALID_VALUE');
    const e = thrown(() => detectDrift({ a: [1, 2, 3] }, { a: [1, 'x'] }));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'current.a', index: 1 });
    expect(e.message).toMatch(/current\.a\[1\] is "x"/);
    // precedence: NON_FINITE (current) before INVALID_OPTION before INVALID_VALUE (missing column)
    expect(thrown(() => detectDrift({ a: [1, 2], b: [1, 2] }, { a: [-Infinity] }, { method: 'x' as never })).code).toBe(
      'NON_FINITE',
    );
    expect(thrown(() => detectDrift({ a: [1, 2], b: [1, 2] }, { a: [1] }, { method: 'x' as never })).code).toBe('INVALID_OPTION');
    expect(thrown(() => detectDrift({ a: [1, 2], b: [1, 2] }, { a: [1] })).code).toBe('INVALID_VALUE');
  });
});
