/**
 * Losses of predicted probabilities: log loss (cross-entropy) and the Brier score, with
 * scikit-learn 1.2 parity — except that probabilities outside [0, 1] are refused
 * (`INVALID_VALUE`) where scikit-learn 1.2's log loss clips them silently.
 */
import { checkLabelsOption, checkOptionLabel, compareLabels, encodeLabels, indexOfLabel } from './internal/labels';
import {
  Deferred,
  booleanOf,
  checkPair,
  checkWeightLength,
  floatArray,
  invalidLabel,
  invalidOption,
  invalidValue,
  optionsOf,
  scaledWeightsOf,
  unscaleCount,
} from './internal/validate';
import { SextantError } from '../errors';
import { isArrayLike } from '../internal/validate';
import type { Label } from './labels';

/** Machine epsilon of float64: scikit-learn's `eps='auto'` clipping bound. */
const EPS = 2.220446049250313e-16;

/** Options of {@link logLoss}. */
export interface LogLossOptions {
  /** Average over samples (true) or sum (false). @default true */
  normalize?: boolean;
  sampleWeight?: ArrayLike<number>;
  /** All classes, when yTrue lacks some (sorted order gives the column order). @default the classes of yTrue */
  labels?: ArrayLike<Label>;
}

function refuseOutside01(v: number, name: string, i: number): void {
  if (v < 0 || v > 1) throw invalidValue(`${name}[${i}]`, `is ${v}; probabilities must be in [0, 1]`, { index: i, value: v });
}

/**
 * Log loss (cross-entropy) of predicted probabilities. Same as scikit-learn's `log_loss`:
 * probabilities are clipped to [ε, 1 − ε] (ε = 2⁻⁵²) and each row renormalised. Binary:
 * 1-D `yPred` is the probability of the greater label; multiclass: rows of probabilities
 * in sorted label order.
 *
 * @example
 * ```ts
 * logLoss([0, 1, 1], [0.1, 0.8, 0.6]); // 0.2797765635793423
 * logLoss(['ham', 'spam'], [[0.9, 0.1], [0.2, 0.8]]); // 0.164252033486018
 * ```
 */
export function logLoss(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options?: LogLossOptions,
): number {
  const o = optionsOf(options, 'logLoss');
  const n = checkPair(yTrue, 'yTrue', yPred, 'yPred');
  checkWeightLength(o.sampleWeight, n);
  const twoD = isArrayLike((yPred as ArrayLike<unknown>)[0]);
  let cols = 1;
  if (twoD) {
    const rows = yPred as ArrayLike<ArrayLike<number>>;
    cols = rows[0].length;
    for (let i = 0; i < n; i++) {
      const r = rows[i];
      if (!isArrayLike(r)) throw invalidOption(`yPred[${i}]`, 'must be a row of probabilities (an array)', r);
      if (r.length !== cols) {
        throw new SextantError('LENGTH_MISMATCH', `yPred[${i}] has ${r.length} entries but yPred[0] has ${cols}`, {
          argument: 'yPred',
          index: i,
        });
      }
    }
  }
  const d = new Deferred();
  const { w, exp } = scaledWeightsOf(o.sampleWeight, n, d);
  // 1-D: floatArray finds a hole or a string before allocating for the claimed length (a
  // `new Array(2 ** 32 - 1)` must be refused, not a 32 GB buffer); it returns the values
  // read so far when it refuses, so every loop before d.flush() goes to p.length, not n.
  let p: Float64Array;
  if (twoD) {
    const rows = yPred as ArrayLike<ArrayLike<number>>;
    try {
      p = new Float64Array(n * cols);
    } catch {
      throw invalidValue('yPred', `has ${n} rows of ${cols}, more than can be allocated here`);
    }
    for (let i = 0; i < n; i++) p.set(floatArray(rows[i], `yPred[${i}]`, d), i * cols);
  } else p = floatArray(yPred as ArrayLike<number>, 'yPred', d);
  const enc = encodeLabels(yTrue, 'yTrue', d);
  const normalize = booleanOf(o.normalize, 'options.normalize', true);
  const labels = checkLabelsOption(o.labels);
  for (let i = 0; i < p.length; i++)
    refuseOutside01(p[i], twoD ? `yPred[${Math.floor(i / cols)}]` : 'yPred', twoD ? i % cols : i);
  d.flush();

  // Classes (sorted) and each sample's class index among them.
  let classes: Label[] = enc.classes;
  let code: Int32Array = enc.codes;
  if (labels !== undefined) {
    const sorted = Array.from(new Set(labels)).sort(compareLabels);
    const map = enc.classes.map((c) => indexOfLabel(sorted, enc.kind, c));
    const missing = map.indexOf(-1);
    if (missing >= 0)
      throw invalidLabel('yTrue', `contains ${JSON.stringify(enc.classes[missing])}, which is not in options.labels`);
    classes = sorted;
    code = new Int32Array(n);
    for (let i = 0; i < n; i++) code[i] = map[enc.codes[i]];
  }
  const k = classes.length;
  if (k < 2) {
    throw invalidLabel(
      labels === undefined ? 'yTrue' : 'options.labels',
      labels === undefined
        ? `contains one class only (${JSON.stringify(classes[0])}); pass options.labels with all the classes`
        : 'must hold at least two classes',
    );
  }
  const width = twoD ? cols : 2;
  if (width !== k) {
    throw invalidLabel(
      'yPred',
      `has ${width} columns but there are ${k} classes${labels === undefined ? ' in yTrue; pass options.labels with all the classes' : ' in options.labels'}`,
    );
  }
  let s = 0;
  let ws = 0;
  for (let i = 0; i < n; i++) {
    let pTrue: number;
    if (!twoD) {
      const c = Math.min(Math.max(p[i], EPS), 1 - EPS);
      const q = 1 - c;
      pTrue = (code[i] === 1 ? c : q) / (q + c);
    } else {
      let rowSum = 0;
      for (let j = 0; j < cols; j++) rowSum += Math.min(Math.max(p[i * cols + j], EPS), 1 - EPS);
      pTrue = Math.min(Math.max(p[i * cols + code[i]], EPS), 1 - EPS) / rowSum;
    }
    const loss = -Math.log(pTrue);
    const wi = w === undefined ? 1 : w[i];
    s += loss * wi;
    ws += wi;
  }
  return normalize ? s / ws : unscaleCount(s, exp);
}

/**
 * Brier score: the mean squared difference between the predicted probability of the
 * positive class and the outcome. Same as scikit-learn's `brier_score_loss`, except that
 * `posLabel` defaults to 1 (API.md) where scikit-learn takes the greater label for
 * numeric classes other than {0, 1} / {−1, 1}.
 *
 * @example
 * ```ts
 * brierScoreLoss([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3]); // 0.0375
 * ```
 */
export function brierScoreLoss(
  yTrue: ArrayLike<Label>,
  yProb: ArrayLike<number>,
  options?: { sampleWeight?: ArrayLike<number>; posLabel?: Label },
): number {
  const o = optionsOf(options, 'brierScoreLoss');
  const n = checkPair(yTrue, 'yTrue', yProb, 'yProb');
  checkWeightLength(o.sampleWeight, n);
  const d = new Deferred();
  if (isArrayLike((yProb as ArrayLike<unknown>)[0]))
    throw invalidOption('yProb', 'must be 1-D: the probability of the positive class');
  const { w } = scaledWeightsOf(o.sampleWeight, n, d);
  const p = floatArray(yProb, 'yProb', d);
  const enc = encodeLabels(yTrue, 'yTrue', d);
  const posLabel = o.posLabel === undefined ? 1 : checkOptionLabel(o.posLabel, 'options.posLabel');
  // p is shorter than n when floatArray refused an element (noted in d).
  for (let i = 0; i < p.length; i++) refuseOutside01(p[i], 'yProb', i);
  d.flush();
  const k = enc.classes.length;
  if (k > 2) throw invalidLabel('yTrue', `brierScoreLoss needs binary yTrue, got ${k} classes`);
  const pos = indexOfLabel(enc.classes, enc.kind, posLabel);
  if (k === 2 && pos < 0) {
    throw invalidLabel(
      'options.posLabel',
      `${JSON.stringify(posLabel)} is not one of the labels ${JSON.stringify(enc.classes)}`,
      { value: posLabel },
    );
  }
  let s = 0;
  let ws = 0;
  for (let i = 0; i < n; i++) {
    const e = (enc.codes[i] === pos ? 1 : 0) - p[i];
    const wi = w === undefined ? 1 : w[i];
    s += e * e * wi;
    ws += wi;
  }
  return s / ws;
}
