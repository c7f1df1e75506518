import * as sx from '@sextant/core';
import { runGolden } from '../../support/golden';

// Every case of test/golden/fairness.json (Fairlearn's definitions computed with NumPy / scikit-learn).
// metricFrame cases pass the SDK's own accuracyScore / recallScore / precisionScore / f1Score ($fn).
const mod = sx as Record<string, unknown>;
runGolden('fairness', mod);

// The same metricFrame cases with small binary metrics written here, so metricFrame is
// also checked independently of the metrics module. Labels in these cases are 0/1.
function counts(t: ArrayLike<number>, p: ArrayLike<number>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 1 && p[i] === 1) tp++;
    else if (t[i] === 0 && p[i] === 1) fp++;
    else if (t[i] === 1) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn };
}
const local = {
  ...mod,
  accuracyScore: (t: ArrayLike<number>, p: ArrayLike<number>) => {
    const c = counts(t, p);
    return (c.tp + c.tn) / t.length;
  },
  recallScore: (t: ArrayLike<number>, p: ArrayLike<number>) => {
    const c = counts(t, p);
    return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  },
  precisionScore: (t: ArrayLike<number>, p: ArrayLike<number>) => {
    const c = counts(t, p);
    return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  },
  f1Score: (t: ArrayLike<number>, p: ArrayLike<number>) => {
    const c = counts(t, p);
    return 2 * c.tp + c.fp + c.fn === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  },
};
runGolden('fairness', local, ['metricFrame']);
