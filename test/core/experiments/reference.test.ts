/**
 * abTest against statsmodels 0.13.5 (`proportions_ztest`, `confint_proportions_2indep(method='wald')`)
 * and SciPy 1.10.1 (`ttest_ind(treatment, control, equal_var=False)`) on seeded random arms,
 * and the internal t / normal functions against `scipy.stats`. Cases: reference_cases.py.
 */
import { abTest, type AbTestOptions } from '@sextant/core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalPpf, studentTPpf, studentTSf } from '../../../packages/core/src/internal/student';
import { compare } from '../../support/golden';

interface Ref {
  cases: { id: string; input: never; options: AbTestOptions; expected: Record<string, unknown> }[];
  dist: { fn: string; df: number; x: number; v: number }[];
}
const ref = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/reference-cases.json', import.meta.url)), 'utf8')) as Ref;

describe('abTest vs statsmodels / SciPy', () => {
  for (const c of ref.cases) {
    it(c.id, () => {
      const r = abTest(c.input, c.options);
      // SciPy 1.10's t.ppf is good to ~1e-9 relative, so Welch intervals are compared at 1e-8.
      const exp = { ...c.expected };
      const ci = exp.ci;
      delete exp.ci;
      expect(compare(r, exp, { rel: 1e-9, abs: 1e-14 })).toBeNull();
      expect(compare(r.ci, ci, { rel: c.id.startsWith('welch') ? 1e-8 : 1e-9, abs: 1e-12 })).toBeNull();
    });
  }
});

describe('t and normal distributions vs scipy.stats', () => {
  it('t.sf to 2e-12 relative up to df 1e5, tails included', () => {
    for (const d of ref.dist.filter((x) => x.fn === 'sf')) {
      const got = studentTSf(d.x, d.df);
      expect(Math.abs(got - d.v) / d.v, `t.sf(${d.x}, ${d.df})`).toBeLessThan(2e-12);
    }
  });
  it('norm.ppf to 1e-14 relative; t.ppf inverts t.sf', () => {
    for (const d of ref.dist.filter((x) => x.fn === 'normalPpf')) {
      expect(Math.abs(normalPpf(d.x) - d.v) / Math.abs(d.v), `norm.ppf(${d.x})`).toBeLessThan(1e-14);
    }
    for (const df of [0.7, 1, 2.5, 13, 450, 1e5]) {
      for (const p of [1e-9, 0.025, 0.3, 0.975]) {
        const t = studentTPpf(p, df);
        expect(Math.abs(studentTSf(-t, df) - p) / p, `t.ppf(${p}, ${df})`).toBeLessThan(1e-13);
      }
    }
    // df = 1 is Cauchy: the 0.975 quantile is tan(0.475π) = 12.706204736174696 (exact form, worked in mpmath).
    expect(studentTPpf(0.975, 1)).toBeCloseTo(12.706204736174696, 11);
  });
});
