/** Issue 15 (item 7) in experiments: a refusal names its real cause. */
import { describe, expect, it } from 'vitest';
import { abTestSampleSize } from '@sextant/core';
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

  it('a tiny effect still names options.minimumDetectableEffect', () => {
    const e = thrown(() => abTestSampleSize({ baselineRate: 0.1, minimumDetectableEffect: 1e-300 }));
    expect(e).toMatchObject({ code: 'INVALID_OPTION', argument: 'options.minimumDetectableEffect' });
    expect(e.message).toMatch(/the effect is too small to test/);
  });
});
