/**
 * Small governance facts worked by hand. Recall by region:
 *   north: yTrue 1 1 1 1 0 0, yPred 1 1 1 0 0 1 → TP 3 of 4 positives = 0.75
 *   south: yTrue 1 1 0 0,     yPred 1 0 0 0     → TP 1 of 2 positives = 0.5
 *   all rows: TP 4 of 6 positives = 0.666…; difference 0.75 − 0.5 = 0.25.
 */
import {
  dataQualityIndex,
  detectDrift,
  metricFrame,
  profileDataQuality,
  recallScore,
  type BootstrapInterval,
  type ModelCardFacts,
  type Risk,
} from '@sextant/core';

export const yTrue = [1, 1, 1, 1, 0, 0, 1, 1, 0, 0];
export const yPred = [1, 1, 1, 0, 0, 1, 1, 0, 0, 0];
export const region = ['north', 'north', 'north', 'north', 'north', 'north', 'south', 'south', 'south', 'south'];

export const frame = () => metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: region });

/** An interval as bootstrapFairness returns it, with the fields the card reads set by hand. */
export const iv = (value: number, lower: number, upper: number): BootstrapInterval => ({
  value,
  lower,
  upper,
  confidence: 0.9,
  nBoot: 400,
  seed: 11,
  standardError: 0.05,
  bias: 0,
});

export const risks: Risk[] = [
  // inherent 3 × 5 = 15 high; M1 done lowers impact by 1 → 3 × 4 = 12 high. M2 due 2026-06-01 < 2026-06-30 and planned: overdue.
  {
    id: 'R1',
    title: 'Declines fall on one region',
    category: 'bias',
    likelihood: 3,
    impact: 5,
    owner: 'Aisha',
    mitigations: [
      { id: 'M1', title: 'Parity gate', status: 'done', reduces: { impact: 1 } },
      { id: 'M2', title: 'Fair-lending review', status: 'planned', due: '2026-06-01' },
    ],
  },
  // 2 × 2 = 4 low, no owner.
  { id: 'R2', title: 'Card out of date', category: 'regulatory', likelihood: 2, impact: 2 },
  // 4 × 5 = 20 critical.
  { id: 'R3', title: 'Fraud patterns shift', category: 'model-drift', likelihood: 4, impact: 5, owner: 'Maya' },
  // due after now: not overdue. 3 × 3 = 9 medium.
  {
    id: 'R4',
    title: 'Too few fraud cases',
    category: 'data-scarcity',
    likelihood: 3,
    impact: 3,
    owner: 'Tomás',
    mitigations: [{ id: 'M3', title: 'Oversampling study', status: 'planned', due: '2026-07-31' }],
  },
];

export const NOW = '2026-06-30T12:00:00Z';

/** Every fact a card can hold. */
export function fullFacts(): ModelCardFacts {
  return {
    model: {
      name: 'Fraud scorer',
      version: '7.2',
      type: 'Gradient-boosted trees',
      description: 'Scores card transactions for fraud.',
      owners: ['Risk ML team'],
      date: '2026-06-01T00:00:00+02:00',
      license: 'Internal',
      contact: 'risk-ml@example.com',
      references: ['RFC-112'],
    },
    intendedUse: {
      primaryUses: ['Hold suspicious card payments for review'],
      primaryUsers: ['Fraud analysts'],
      outOfScope: ['Credit decisions'],
    },
    factors: { relevant: ['region', 'card type'] },
    decisionThreshold: 'score ≥ 0.5',
    metrics: [
      {
        name: 'Recall',
        feature: 'region',
        frame: frame(),
        intervals: {
          overall: iv(4 / 6, 0.5, 0.8333),
          byGroup: { north: iv(0.75, 0.5, 1), south: iv(0.5, 0, 1) },
          difference: iv(0.25, 0, 0.75),
        },
      },
    ],
    evaluationData: {
      name: 'June holdout',
      description: 'Card transactions of June 2026',
      motivation: 'Most recent month',
      preprocessing: 'PAN tokenised',
      // 100 · (0.97 + 0.99 + 0.95 + 0.7) / 4 = 90.25; weakest timeliness 0.70.
      dataQuality: dataQualityIndex({ completeness: 0.97, validity: 0.99, consistency: 0.95, timeliness: 0.7 }),
    },
    trainingData: {
      name: 'Jan–May 2026',
      description: 'Card transactions',
      preprocessing: 'PAN tokenised',
      dataQuality: trainingProfile(),
    },
    drift: drift(),
    risks,
    ethicalConsiderations: ['Declines affect customers directly'],
    caveats: ['Not validated on business cards'],
  };
}

/**
 * Four rows, one amount missing: completeness 7 of 8 cells = 0.875, validity 1 (the present
 * values are numbers and strings) → index 100 · (0.875 + 1) / 2 = 93.75; weakest completeness.
 */
export function trainingProfile() {
  return profileDataQuality(
    [
      { amount: 10, channel: 'web' },
      { amount: null, channel: 'pos' },
      { amount: 12, channel: 'web' },
      { amount: 9, channel: 'pos' },
    ],
    { fields: { amount: { type: 'number' }, channel: { type: 'string' } } },
  );
}

/** amount shifted by 50 on 0…99 (KS p ≪ 0.05: drifted); hour identical (p = 1: not drifted). */
export function drift() {
  const ref = Array.from({ length: 100 }, (_, i) => i);
  return detectDrift(
    { amount: ref, hour: ref.map((x) => x % 24) },
    { amount: ref.map((x) => x + 50), hour: ref.map((x) => x % 24) },
  );
}
