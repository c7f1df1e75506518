// Hostile-input cases for the one-shot metrics (classification, ranking, probabilistic,
// regression, operational, clustering, NLP and the view helpers). The accumulators
// (`create…Accumulator`, `…FromJSON`, `…FromCounts`, `…FromSums`) belong in a case file of
// their own (`accumulators.ts`, with their state rules).
import {
  abbreviateLabel,
  accuracyScore,
  averagePrecisionScore,
  balancedAccuracyScore,
  bestMetricValues,
  brierScoreLoss,
  calinskiHarabaszScore,
  classificationReport,
  cohenKappaScore,
  confusionMatrix,
  confusionMatrixView,
  corpusBleu,
  daviesBouldinScore,
  explainedVarianceScore,
  f1Score,
  fbetaScore,
  latencySummary,
  logLoss,
  matthewsCorrcoef,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  medianAbsoluteError,
  nearestPoint,
  perplexity,
  pointAtThreshold,
  porterStem,
  precisionRecallCurve,
  precisionRecallFscoreSupport,
  precisionScore,
  quantile,
  r2Score,
  recallScore,
  regressionSummary,
  rocAucScore,
  rocCurve,
  rootMeanSquaredError,
  rougeScore,
  sentenceBleu,
  silhouetteSamples,
  silhouetteScore,
  thresholdCurve,
  throughput,
  toCsv,
} from '@sextant/core';
import type { ArrayArg, HostileCase, MagnitudeSpec } from '../harness';

/** Deterministic values in (0, 8]: a cheap hash of i, so any n gives the same prefix. */
const val = (i: number, salt = 0): number => 1 + ((((i + 1) * 2654435761 + salt * 40503) >>> 0) % 7000) / 1000;
const nums = (n: number, salt = 0): number[] => Array.from({ length: n }, (_, i) => val(i, salt));
/** Labels 0/1 with both classes in the first four. */
const bin = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? 1 : 0));
const tri = (n: number): number[] => Array.from({ length: n }, (_, i) => i % 3);
const probs = (n: number): number[] => Array.from({ length: n }, (_, i) => (val(i, 7) - 1) / 7.5);
const weights = (n: number): number[] => nums(n, 3);

const yTrue: ArrayArg = { at: 0, name: 'yTrue', kind: 'labels' };
const yPred: ArrayArg = { at: 1, name: 'yPred', kind: 'labels' };
const weightArg: ArrayArg = { at: [2, 'sampleWeight'], name: 'sampleWeight', kind: 'numbers' };
const W: MagnitudeSpec = { scale: [[2, 'sampleWeight']], degree: 0 };

/** A classification metric f(yTrue, yPred, { sampleWeight, ...extra }), scale-free in the weights. */
function classification(
  name: string,
  fn: (...a: never[]) => unknown,
  extra: object = {},
  more: Partial<HostileCase> = {},
): HostileCase {
  return {
    name,
    fn,
    make: (n) => [tri(n), tri(n).map((v, i) => (i % 5 === 0 ? (v + 1) % 3 : v)), { sampleWeight: weights(n), ...extra }],
    arrays: [yTrue, yPred, weightArg],
    magnitude: [W],
    ...more,
  };
}

/** A regression metric f(yTrue, yPred, { sampleWeight }). */
function regression(name: string, fn: (...a: never[]) => unknown, degree: number, more: Partial<HostileCase> = {}): HostileCase {
  return {
    name,
    fn,
    make: (n) => [nums(n, 1), nums(n, 2), { sampleWeight: weights(n) }],
    arrays: [{ at: 0, name: 'yTrue', kind: 'numbers' }, { at: 1, name: 'yPred', kind: 'numbers' }, weightArg],
    magnitude: [{ scale: [0, 1], degree }, W],
    ...more,
  };
}

/** A binary ranking metric f(yTrue, yScore, { sampleWeight }). */
function ranking(name: string, fn: (...a: never[]) => unknown, magnitude: MagnitudeSpec[]): HostileCase {
  return {
    name,
    fn,
    make: (n) => [bin(n), nums(n, 4), { sampleWeight: weights(n) }],
    arrays: [yTrue, { at: 1, name: 'yScore', kind: 'numbers' }, weightArg],
    magnitude,
  };
}

const pickKeys =
  (...keys: string[]) =>
  (r: unknown): number[] =>
    keys.flatMap((k) => {
      const v = (r as Record<string, unknown>)[k];
      return typeof v === 'number' ? [v] : Array.from(v as ArrayLike<number>);
    });

const X = (n: number, s = 1): number[][] => Array.from({ length: n }, (_, i) => [val(i, 5) * s + (i % 3) * 4 * s, val(i, 6) * s]);

/** A clustering score f(X, labels): scale-free in X (rows scaled by the harness's `rows` spec). */
function clustering(name: string, fn: (...a: never[]) => unknown, minExponent?: number): HostileCase {
  return {
    name,
    fn,
    make: (n) => [X(n), tri(n)],
    arrays: [
      { at: 0, name: 'X', kind: 'other' },
      { at: 1, name: 'labels', kind: 'labels' },
    ],
    magnitude: [{ scale: [0], degree: 0, minExponent }],
  };
}

export const cases: HostileCase[] = [
  classification('accuracyScore', accuracyScore),
  classification(
    'confusionMatrix',
    confusionMatrix,
    {},
    {
      // The counts scale with the weights; the labels (numbers too) do not.
      magnitude: [{ ...W, degree: 1, pick: (r) => (r as { matrix: number[][] }).matrix.flat() }],
    },
  ),
  classification('precisionScore', precisionScore, { average: 'macro' }),
  classification('recallScore', recallScore, { average: 'macro' }),
  classification('f1Score', f1Score, { average: 'macro' }),
  classification('fbetaScore', fbetaScore, { average: 'macro', beta: 2 }),
  classification(
    'precisionRecallFscoreSupport',
    precisionRecallFscoreSupport,
    {},
    {
      magnitude: [
        { ...W, pick: pickKeys('precision', 'recall', 'fbetaScore') },
        { ...W, degree: 1, pick: pickKeys('support') },
      ],
    },
  ),
  classification(
    'classificationReport',
    classificationReport,
    {},
    { magnitude: [{ ...W, pick: (r) => [(r as { accuracy: number }).accuracy] }] },
  ),
  classification('balancedAccuracyScore', balancedAccuracyScore),
  classification('matthewsCorrcoef', matthewsCorrcoef),
  classification(
    'cohenKappaScore',
    cohenKappaScore,
    {},
    {
      arrays: [{ ...yTrue, name: 'y1' }, { ...yPred, name: 'y2' }, weightArg],
    },
  ),

  ranking('rocCurve', rocCurve, [
    { scale: [1], degree: 0, pick: pickKeys('fpr', 'tpr') },
    { scale: [1], degree: 1, pick: (r) => Array.from((r as { thresholds: number[] }).thresholds).slice(1) },
    { ...W, pick: pickKeys('fpr', 'tpr') },
  ]),
  ranking('precisionRecallCurve', precisionRecallCurve, [
    { scale: [1], degree: 0, pick: pickKeys('precision', 'recall') },
    { ...W, pick: pickKeys('precision', 'recall') },
  ]),
  ranking('averagePrecisionScore', averagePrecisionScore, [{ scale: [1], degree: 0 }, W]),
  ranking('rocAucScore', rocAucScore, [{ scale: [1], degree: 0 }, W]),
  ranking('thresholdCurve', thresholdCurve, [
    { scale: [1], degree: 0, pick: pickKeys('rocAuc', 'averagePrecision', 'positiveRate') },
    { ...W, pick: pickKeys('rocAuc', 'averagePrecision', 'positiveRate') },
  ]),

  {
    name: 'logLoss',
    fn: logLoss,
    make: (n) => [bin(n), probs(n), { sampleWeight: weights(n) }],
    arrays: [yTrue, { at: 1, name: 'yPred', kind: 'numbers' }, weightArg],
    magnitude: [W],
  },
  {
    name: 'brierScoreLoss',
    fn: brierScoreLoss,
    make: (n) => [bin(n), probs(n), { sampleWeight: weights(n) }],
    arrays: [yTrue, { at: 1, name: 'yProb', kind: 'numbers' }, weightArg],
    magnitude: [W],
  },

  regression('meanAbsoluteError', meanAbsoluteError, 1),
  regression('meanSquaredError', meanSquaredError, 2),
  regression('rootMeanSquaredError', rootMeanSquaredError, 1),
  regression('r2Score', r2Score, 0),
  // sklearn divides by max(|y|, 2.2e-16): below that the ratio changes by definition, so the
  // property draws only upward scales for yTrue/yPred.
  regression('meanAbsolutePercentageError', meanAbsolutePercentageError, 0, {
    magnitude: [{ scale: [0, 1], degree: 0, minExponent: 0 }, W],
  }),
  regression('explainedVarianceScore', explainedVarianceScore, 0),
  regression('medianAbsoluteError', medianAbsoluteError, 1),
  regression('regressionSummary', regressionSummary, 1, {
    magnitude: [
      { scale: [0, 1], degree: 1, pick: pickKeys('meanAbsoluteError', 'rootMeanSquaredError') },
      { scale: [0, 1], degree: 0, pick: pickKeys('r2Score', 'explainedVarianceScore') },
      { ...W, pick: pickKeys('meanAbsoluteError', 'rootMeanSquaredError', 'r2Score', 'explainedVarianceScore') },
    ],
  }),

  {
    name: 'quantile',
    fn: quantile,
    make: (n) => [nums(n), [0, 0.3, 0.5, 0.99, 1]],
    arrays: [
      { at: 0, name: 'values', kind: 'numbers' },
      { at: 1, name: 'q', kind: 'other' },
    ],
    magnitude: [{ scale: [0], degree: 1 }],
  },
  {
    name: 'latencySummary',
    fn: latencySummary,
    make: (n) => [nums(n)],
    arrays: [{ at: 0, name: 'values', kind: 'numbers' }],
    magnitude: [{ scale: [0], degree: 1, pick: pickKeys('mean', 'min', 'max', 'p50', 'p90', 'p95', 'p99') }],
    refusals: [],
  },
  {
    name: 'throughput',
    fn: throughput,
    make: (n) => [Array.from({ length: n }, (_, i) => 1.7e12 + i * 1000), { windowMs: 60_000 }],
    arrays: [{ at: 0, name: 'timestamps', kind: 'instants' }],
    refusals: [
      {
        what: 'a timestamp past Date’s range (8.64e15 + 1)',
        call: () => throughput([0, 8.64e15 + 1], { windowMs: 1000 }),
        code: 'INVALID_VALUE',
        names: 'timestamps',
      },
      {
        what: 'an ISO timestamp in year +275760 past the end of Date’s range',
        call: () => throughput(['+275760-09-13T00:00:00.001Z'], { windowMs: 1000 }),
        code: 'INVALID_VALUE',
        names: 'timestamps',
      },
      {
        what: 'from: 1e20',
        call: () => throughput([0], { windowMs: 1000, from: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'options.from',
      },
      {
        what: 'a window that ends past Date’s range',
        call: () => throughput([8.64e15], { windowMs: 1000 }),
        code: 'INVALID_OPTION',
        names: 'options.windowMs',
      },
      {
        what: 'windowMs so small the window count is not a number (5e-324)',
        call: () => throughput([0, 1e15], { windowMs: 5e-324 }),
        code: 'INVALID_OPTION',
        names: 'options.windowMs',
      },
    ],
  },

  clustering('silhouetteScore', silhouetteScore),
  clustering('silhouetteSamples', silhouetteSamples),
  // scikit-learn answers 0 once every distance is within np.allclose's absolute 1e-8 of 0, so
  // below ~2^-26 the reference's value changes by definition, not by precision.
  clustering('daviesBouldinScore', daviesBouldinScore, -20),
  clustering('calinskiHarabaszScore', calinskiHarabaszScore),

  {
    name: 'perplexity',
    fn: perplexity,
    make: (n) => [nums(n).map((v) => -v / 4)],
    arrays: [{ at: 0, name: 'tokenLogProbs', kind: 'numbers' }],
    refusals: [
      {
        what: 'log-probabilities whose perplexity overflows (exp(1e308))',
        call: () => perplexity([-1e308, -1e308]),
        code: 'INVALID_VALUE',
        names: 'tokenLogProbs',
      },
    ],
  },
  {
    name: 'corpusBleu',
    fn: corpusBleu,
    make: (n) => {
      const hyp = Array.from({ length: n }, (_, i) => `the cat sat on mat ${i % 5}`);
      return [hyp, [hyp.map((h) => `${h} today`)]];
    },
    arrays: [
      { at: 0, name: 'hypotheses', kind: 'other' },
      { at: 1, name: 'references', kind: 'other' },
    ],
  },
  {
    name: 'sentenceBleu',
    fn: sentenceBleu,
    make: (n) => ['the cat sat on the mat', Array.from({ length: n }, (_, i) => `the cat sat on a mat ${i}`)],
    arrays: [{ at: 1, name: 'references', kind: 'other' }],
  },
  {
    name: 'rougeScore',
    fn: rougeScore,
    make: () => ['the cat sat on the mat', 'the cat lay on the mat'],
    arrays: [],
    refusals: [
      {
        what: 'a target that is a Map',
        call: () => rougeScore(new Map() as never, 'x'),
        code: 'INVALID_VALUE',
        names: 'target',
      },
      {
        what: 'types given as { length: 2 ** 53 - 1 }',
        call: () => rougeScore('a', 'b', { types: { length: 2 ** 53 - 1 } as never }),
        code: 'INVALID_OPTION',
        names: 'options.types',
      },
    ],
  },
  {
    name: 'porterStem',
    fn: porterStem,
    make: () => ['running'],
    arrays: [],
    refusals: [
      { what: 'a number', call: () => porterStem(42 as never), code: 'INVALID_VALUE', names: 'word' },
      { what: 'a Date', call: () => porterStem(new Date(0) as never), code: 'INVALID_VALUE', names: 'word' },
    ],
  },

  {
    name: 'pointAtThreshold',
    fn: pointAtThreshold,
    make: (n) => [Array.from({ length: n }, (_, i) => (i === 0 ? Infinity : 1 - i / n)), 0.5],
    arrays: [{ at: 0, name: 'thresholds', kind: 'other' }],
  },
  {
    name: 'nearestPoint',
    fn: nearestPoint,
    make: (n) => [nums(n).map((v) => v / 8), nums(n, 1).map((v) => v / 8), 0.5, 0.5],
    arrays: [
      { at: 0, name: 'xs', kind: 'numbers' },
      { at: 1, name: 'ys', kind: 'numbers' },
    ],
  },
  {
    name: 'confusionMatrixView',
    fn: confusionMatrixView,
    make: (n) => [{ yTrue: tri(n), yPred: tri(n).reverse() }],
    arrays: [
      { at: [0, 'yTrue'], name: 'yTrue', kind: 'labels' },
      { at: [0, 'yPred'], name: 'yPred', kind: 'labels' },
    ],
  },
  {
    name: 'abbreviateLabel',
    fn: abbreviateLabel,
    make: () => ['electronics/phones', 8],
    arrays: [],
    refusals: [
      {
        what: 'maxLength 2 ** 53',
        call: () => abbreviateLabel('abc', 2 ** 53),
        code: 'INVALID_OPTION',
        names: 'maxLength',
      },
    ],
  },
  {
    name: 'bestMetricValues',
    fn: bestMetricValues,
    make: (n) => [
      Array.from({ length: n }, (_, i) => ({ f1: val(i) / 8, p95: val(i, 1) })),
      [
        { id: 'f1', direction: 'higher' },
        { id: 'p95', direction: 'lower' },
      ],
    ],
    arrays: [
      { at: 0, name: 'rows', kind: 'other' },
      { at: 1, name: 'columns', kind: 'other' },
    ],
  },
  {
    name: 'toCsv',
    fn: toCsv,
    make: (n) => [
      Array.from({ length: n }, (_, i) => ({ run: `r${i}`, f1: val(i) / 8 })),
      [
        { id: 'run', header: 'Run' },
        { id: 'f1', header: 'F1' },
      ],
    ],
    arrays: [
      { at: 0, name: 'rows', kind: 'other' },
      { at: 1, name: 'columns', kind: 'other' },
    ],
  },
];

export const exempt: Record<string, string> = {};
