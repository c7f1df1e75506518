/** Issue 15 (item 7) in experiments: a refusal names its real cause. */
import { describe, expect, it } from 'vitest';
import { abTest, abTestSampleSize } from '@sextant/core';
import { thrown } from '../../support/errors';

describe('abTestSampleSize: more than 2^53 visitors, blamed on the option that caused it', () => {
  it('a huge or tiny ratio names options.ratio (it blamed the effect and showed a small n₁)', () => {
    const big = thrown(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.01, ratio: 1e300 }));
    expect(big).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.ratio', value: 1e300 });
    expect(big.message).toMatch(/options\.ratio 1e\+300 is too large/);
    const small = thrown(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.01, ratio: 1e-300 }));
    expect(small).toMatchObject({ argument: 'options.ratio' });
    expect(small.message).toMatch(/is too small/);
  });

  it('a ratio of 5e-324 names options.ratio (1/ratio overflowed, both groups were infinite and the effect was blamed)', () => {
    const e = thrown(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.02, ratio: 5e-324 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.ratio', value: 5e-324 });
    expect(e.message).toMatch(/options\.ratio 5e-324 is too small/);
  });

  it('a tiny effect still names options.minimumDetectableEffect', () => {
    const e = thrown(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 1e-300 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.minimumDetectableEffect' });
    expect(e.message).toMatch(/the effect is too small to test \(options\.minimumDetectableEffect = 1e-300\)/);
  });
});

describe('abTest: counts past 2^53 are not exact, and a refusal names its arguments', () => {
  it('visitors = 2^53 + 2 is refused (it returned z = −1.4e7 from rounded counts)', () => {
    const e = thrown(() =>
      abTest({ control: { conversions: 50, visitors: 1000 }, treatment: { conversions: 70, visitors: 2 ** 53 + 2 } }),
    );
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'treatment.visitors' });
    expect(e.message).toMatch(/treatment\.visitors must be an integer in 1…2\^53 − 1/);
    // 2^53 − 1 itself is still a count
    expect(
      abTest({ control: { conversions: 1, visitors: 2 ** 53 - 1 }, treatment: { conversions: 1, visitors: 2 ** 53 - 1 } })
        .statistic,
    ).toBe(0);
  });

  it('a mean difference beyond ±1.8e308 names treatment and control in the message', () => {
    const e = thrown(() => abTest({ control: [-1.7e308, -1.6e308], treatment: [1.7e308, 1.6e308] }));
    expect(e).toMatchObject({ code: 'INVALID_VALUE', argument: 'treatment' });
    expect(e.message).toMatch(/the means of treatment and control/);
  });
});
