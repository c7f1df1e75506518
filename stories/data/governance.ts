/**
 * Responsible-AI records of the fraud-detection model used across the stories: its model
 * card and its AI impact assessment, written by core from the team's seeded demo data —
 * recall and precision by region from `metricFrame` with `bootstrapFairness` intervals (the
 * 3,000 scored transactions of `quality.ts`), June's drift report, the data quality index and
 * the fifteen-risk register of `fraudTeam.ts`, Q2's delivery figures. Deterministic.
 */
import {
  changeFailureRate,
  dataQualityIndex,
  deploymentFrequency,
  impactAssessment,
  meanTimeToRecovery,
  metricFrame,
  modelCardMetric,
  precisionScore,
  recallScore,
  rollbackRate,
  type ImpactAssessmentFacts,
  type ModelCardFacts,
  type SummaryFacts,
} from '@sextant/core';
import { dataQuality, deployments, driftReport, incidents, Q2, register } from './fraudTeam';
import { fraudScores, hostileLabels, seeded } from './quality';

/** When the card and the assessment are written: the end of Q2. */
export const GOVERNANCE_NOW = '2026-06-30T12:00:00Z';

const REGIONS = ['north', 'south', 'east', 'west'];

/**
 * The boosted model's decisions at its operating point, with each transaction's region. The
 * south's merchants were under-represented in training: its scores run lower, so fewer of its
 * frauds clear the threshold.
 */
function decisions() {
  const { yTrue, boosted } = fraudScores();
  const r = seeded(606);
  const region = yTrue.map(() => REGIONS[Math.floor(r() * 4)]);
  const yPred = boosted.map((s, i) => ((region[i] === 'south' ? s * 0.8 : s) >= 0.5 ? 1 : 0));
  return { yTrue, yPred, region };
}

const metricsCache: { value?: ModelCardFacts['metrics'] } = {};

/** Recall and precision by region with 90 % bootstrap intervals (200 resamples, seed 7). */
export function fraudMetrics(): NonNullable<ModelCardFacts['metrics']> {
  if (!metricsCache.value) {
    const { yTrue, yPred, region } = decisions();
    const settings = { sensitiveFeatures: region, nBoot: 200, confidence: 0.9, seed: 7 };
    metricsCache.value = [
      modelCardMetric('Recall', 'region', recallScore, yTrue, yPred, settings),
      modelCardMetric('Precision', 'region', precisionScore, yTrue, yPred, settings),
    ];
  }
  return metricsCache.value!;
}

/** The fraud scorer's card facts: what the team wrote down, and the SDK's results. */
export function fraudCardFacts(): ModelCardFacts {
  return {
    model: {
      name: 'Fraud scorer',
      version: '7.2',
      type: 'Gradient-boosted trees (XGBoost 2.1) on 212 transaction, merchant and device features',
      description: 'Scores every card payment for fraud before authorisation; high scores are held for an analyst.',
      owners: ['Maya Chen (ML lead)', 'Risk ML team'],
      date: '2026-06-02T09:00:00Z',
      contact: 'risk-ml@example.com',
      references: ['Design doc RISK-ML-114', 'Experiment exp-gnn-v2'],
    },
    intendedUse: {
      primaryUses: ['Hold suspicious card-not-present payments for review before authorisation'],
      primaryUsers: ['Fraud analysts in the payments operations team'],
      outOfScope: [
        'Credit or lending decisions',
        'Declining a payment without human review',
        'Business cards (not in training data)',
      ],
    },
    factors: { relevant: ['region', 'merchant category', 'channel (card-present, online, wallet)'] },
    decisionThreshold: 'Score ≥ 0.5 holds the payment for review',
    metrics: fraudMetrics(),
    evaluationData: {
      name: 'June 2026 holdout (3,000 scored payments, 4 % fraud)',
      description: 'Payments of June 2026 with chargeback and issuer fraud labels.',
      motivation: 'The most recent month with settled labels.',
      preprocessing: 'PAN and e-mail tokenised; amounts in EUR.',
      dataQuality,
    },
    trainingData: {
      name: 'Card payments, January–May 2026',
      description: 'Authorised and declined payments with 60-day chargeback labels.',
      dataQuality: dataQualityIndex({ completeness: 0.99, validity: 0.995, consistency: 0.97, uniqueness: 1 }),
    },
    drift: driftReport,
    risks: register,
    ethicalConsiderations: [
      'A held payment delays a customer’s purchase; analysts release false alarms within 15 minutes.',
      'Region is a proxy for income in some markets: the gap in recall is reviewed every release.',
    ],
    caveats: ['Re-validate before use on a new card network or market.'],
  };
}

/**
 * The impact assessment's facts: the card's, Q2's delivery figures, and the answers people
 * gave. The ethics board has not met and no third-party audit is booked: two open questions.
 */
export function fraudAssessmentFacts(): ImpactAssessmentFacts {
  return {
    ...fraudCardFacts(),
    delivery: {
      deploymentFrequency: deploymentFrequency(deployments, Q2),
      changeFailureRate: changeFailureRate(deployments, incidents, Q2),
      rollbackRate: rollbackRate(deployments, Q2),
      meanTimeToRecovery: meanTimeToRecovery(incidents, Q2),
    },
    answers: {
      'map-impacts': {
        answer: 'A missed fraud costs the cardholder’s bank; a false hold delays a purchase and may lose the merchant a sale.',
        by: 'Aisha Bello',
        at: '2026-06-12T10:00:00Z',
      },
      'measure-explainability': {
        answer: 'Analysts see the five SHAP reason codes with every held payment; customers get the top reason.',
        by: 'Aisha Bello',
        at: '2026-06-20T10:00:00Z',
      },
      'manage-oversight': {
        answer: 'The model only holds payments; an analyst releases or declines each one.',
        by: 'Jonas Weber',
        at: '2026-06-18T10:00:00Z',
      },
    },
  };
}

/** A card with nothing but the model's name: every section shows what is missing. */
export function emptyCardFacts(): ModelCardFacts {
  return { model: { name: 'Churn model' } };
}

/** One metric, one group: the smallest card with a table. */
export function oneMetricFacts(): ModelCardFacts {
  const { yTrue, yPred } = decisions();
  return {
    model: { name: 'Fraud scorer', version: '7.2' },
    metrics: [
      {
        name: 'Recall',
        feature: 'all payments',
        frame: metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: yTrue.map(() => 'all') }),
      },
    ],
  };
}

/** Twelve markets: a long table and a long navigation. */
export function manyGroupsFacts(): ModelCardFacts {
  const { yTrue, yPred } = decisions();
  const r = seeded(808);
  const markets = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'SE', 'DK', 'FI', 'PT', 'IE'];
  const market = yTrue.map(() => markets[Math.floor(r() * markets.length)]);
  return {
    ...fraudCardFacts(),
    metrics: [
      modelCardMetric('Recall', 'market', recallScore, yTrue, yPred, {
        sensitiveFeatures: market,
        nBoot: 100,
        confidence: 0.9,
        seed: 3,
      }),
    ],
  };
}

/** Names that break naive renderers: markup, table pipes, RTL text, prototype keys, 200 characters. */
export function hostileCardFacts(): ModelCardFacts {
  const { yTrue, yPred } = decisions();
  const groups = [...hostileLabels, '| <script>alert(1)</script> |'];
  const g = yTrue.map((_, i) => groups[i % groups.length]);
  return {
    model: {
      name: '<img src=x onerror=alert(1)> | __proto__',
      version: 'toString',
      owners: ['constructor', 'طلب استرداد الأموال'],
      description: `${'A very long description without spaces '.repeat(5)}end`.slice(0, 200),
    },
    intendedUse: { primaryUses: ['# not a heading', '**not bold** [not a link](javascript:alert(1))'] },
    metrics: [
      { name: '__proto__', feature: '<b>region</b>', frame: metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: g }) },
    ],
    caveats: ['line one\nline two | with pipes'],
  };
}

/**
 * The legal update of the stakeholder summary for the same model: its fairness results, drift
 * and the assessment's open questions, which become the legal audience's asks.
 */
export function fraudLegalSummaryFacts(): SummaryFacts {
  const [recall] = fraudMetrics();
  const assessment = impactAssessment(fraudAssessmentFacts(), { now: GOVERNANCE_NOW });
  return {
    project: { name: 'Fraud scorer 7.2' },
    now: GOVERNANCE_NOW,
    drift: driftReport,
    fairness: [{ id: 'recall-region', metric: 'Recall', feature: 'region', result: recall.frame }],
    openQuestions: assessment.openQuestions,
  };
}
