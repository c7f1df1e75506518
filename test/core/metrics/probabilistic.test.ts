/** Log loss and Brier score beyond the golden vectors (which run in classification.test.ts). */
import { brierScoreLoss, logLoss } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { expectClose, expectRefusal } from './support';

describe('logLoss', () => {
  it('refuses probabilities outside [0, 1] (scikit-learn 1.2 clips them)', () => {
    expectRefusal(() => logLoss([0, 1, 1], [0.1, 0.8, 1.2]), 'INVALID_VALUE', /yPred\[2\] is 1\.2/);
    expectRefusal(
      () =>
        logLoss(
          [0, 1],
          [
            [0.5, 0.5],
            [-0.1, 1.1],
          ],
        ),
      'INVALID_VALUE',
      /yPred\[1\]\[0\] is -0\.1/,
    );
  });

  it('needs two classes: from yTrue or from labels', () => {
    expectRefusal(() => logLoss([1, 1], [0.9, 0.8]), 'INVALID_LABEL', /one class only/);
    // Hand-computed: −(ln 0.9 + ln 0.8) / 2 (scikit-learn gives 0.164252033486018).
    expectClose(logLoss([1, 1], [0.9, 0.8], { labels: [0, 1] }), -(Math.log(0.9) + Math.log(0.8)) / 2);
    expectRefusal(() => logLoss([0, 1, 2], [0.1, 0.5, 0.6]), 'INVALID_LABEL', /2 columns but there are 3 classes/);
    expectRefusal(
      () =>
        logLoss(
          [0, 1, 3],
          [
            [0.5, 0.5],
            [0.5, 0.5],
            [0.5, 0.5],
          ],
          { labels: [0, 1] },
        ),
      'INVALID_LABEL',
      /not in options\.labels/,
    );
  });

  it('1-D binary probabilities equal two-column rows', () => {
    const y = ['no', 'yes', 'yes', 'no'];
    const p = [0.2, 0.7, 0.4, 0.05];
    expectClose(
      logLoss(y, p),
      logLoss(
        y,
        p.map((v) => [1 - v, v]),
      ),
      1e-15,
      1e-15,
    );
  });

  it('clips 0 and 1 to ε and 1 − ε instead of returning Infinity', () => {
    const v = logLoss([0, 1], [1, 0]);
    expect(Number.isFinite(v)).toBe(true);
    expectClose(v, -Math.log(2.220446049250313e-16), 1e-12); // both samples predicted wrong with certainty
  });
});

describe('brierScoreLoss', () => {
  it('refuses out-of-range probabilities and multiclass yTrue', () => {
    expectRefusal(() => brierScoreLoss([0, 1], [0.5, 1.5]), 'INVALID_VALUE', /yProb\[1\] is 1\.5/);
    expectRefusal(() => brierScoreLoss([0, 1, 2], [0.5, 0.5, 0.5]), 'INVALID_LABEL', /binary/);
    expectRefusal(() => brierScoreLoss(['a', 'b'], [0.5, 0.5]), 'INVALID_LABEL', /posLabel/);
  });

  it('hand-checked: mean of (outcome − p)², posLabel picks the outcome', () => {
    // outcomes 0,1,1,0 → squared errors 0.01, 0.01, 0.04, 0.09 → mean 0.0375
    expectClose(brierScoreLoss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]), 0.0375, 1e-15);
    // with posLabel 0 the outcomes flip: 0.81, 0.81, 0.64, 0.49 → 0.6875
    expectClose(brierScoreLoss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3], { posLabel: 0 }), 0.6875, 1e-15);
    // one class present: the outcome of every sample is known (scikit-learn's behaviour)
    expectClose(brierScoreLoss([1, 1], [0.5, 1]), 0.125, 1e-15);
  });
});
