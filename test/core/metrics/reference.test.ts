/**
 * Cases beyond the shared golden vectors, computed by scikit-learn 1.2.1 / NumPy 1.24 with
 * fixtures/gen-metrics-cases.py: inputs large enough for the radix sort and radix select
 * paths, weights, wide label ranges, many classes, code-point order, outliers.
 */
import * as sx from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { compare } from '../../support/golden';
import { buildInputs, checksum, loadReferenceCases, resolveArgs } from './reference-inputs';

const file = loadReferenceCases();
const inputs = buildInputs();
const mod = sx as unknown as Record<string, (...a: unknown[]) => unknown>;

describe(`reference cases (${file.generatedBy})`, () => {
  it('regenerates the generator inputs bit for bit', () => {
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(file.checksums).sort());
    for (const [name, sum] of Object.entries(file.checksums)) expect(checksum(inputs[name]), name).toEqual(sum);
  });

  for (const c of file.cases) {
    it(c.id, () => {
      const args = resolveArgs(c.args, inputs) as unknown[];
      const actual = mod[c.fn](...args);
      let expected = c.expected;
      // rocCurve: the generator writes null where Sextant has thresholds[0] = Infinity.
      if (c.fn === 'rocCurve') {
        const e = expected as { thresholds: (number | null)[] };
        expected = { ...e, thresholds: e.thresholds.map((t) => (t === null ? { $num: 'Infinity' } : t)) };
      }
      const diff = compare(actual, expected, { rel: 1e-9, abs: 1e-12 });
      expect(diff, diff ?? '').toBeNull();
    });
  }
});
