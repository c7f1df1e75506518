// The fraud model's responsible-AI records, written by core from the portal's own results:
// recall and precision by region with bootstrap intervals (the last four weeks), last week's
// drift report, the data quality index, the risk register and the quarter's delivery.
import {
  impactAssessment,
  modelCardMetric,
  precisionScore,
  recallScore,
  type ImpactAssessmentFacts,
  type ModelCardFacts,
} from '@sextant/core';
import { quarterDelivery } from './delivery';
import { lastWeekDrift } from './drift';
import { lastMonth } from './model';
import { NOW, project } from './project';
import { once } from './random';
import { register } from './risks';
import { dataQuality } from './summary';

export const cardFacts = once((): ModelCardFacts => {
  const m = lastMonth();
  const settings = { sensitiveFeatures: m.region, nBoot: 200, confidence: 0.9, seed: 7 };
  return {
    model: {
      name: project.name,
      version: '3.4',
      type: 'Gradient-boosted trees on transaction, merchant and device features',
      description: 'Scores every card payment for fraud before authorisation; high scores are held for an analyst.',
      owners: ['Maya Chen (ML lead)', project.owner],
      date: '2026-05-04T09:00:00Z',
      contact: 'risk-ml@example.com',
      references: ['Design doc RISK-ML-114'],
    },
    intendedUse: {
      primaryUses: ['Hold suspicious card payments for review before authorisation'],
      primaryUsers: ['Fraud analysts in payments operations'],
      outOfScope: ['Credit or lending decisions', 'Declining a payment without human review'],
    },
    factors: { relevant: ['region', 'merchant category', 'channel (card-present, online, wallet)'] },
    decisionThreshold: 'Score ≥ 0.5 holds the payment for review',
    metrics: [
      modelCardMetric('Recall', 'region', recallScore, m.yTrue, m.yPred, settings),
      modelCardMetric('Precision', 'region', precisionScore, m.yTrue, m.yPred, settings),
    ],
    evaluationData: {
      name: 'Scored payments, last four weeks (12,000, 6 % fraud)',
      description: 'Live traffic with chargeback and issuer fraud labels.',
      motivation: 'The most recent weeks with settled labels.',
      preprocessing: 'Card numbers and e-mail tokenised; amounts in EUR.',
      dataQuality: dataQuality(),
    },
    trainingData: { name: 'Card payments, October 2025 – March 2026', description: 'Payments with 60-day chargeback labels.' },
    drift: lastWeekDrift(),
    risks: register,
    ethicalConsiderations: ['A held payment delays a purchase; analysts release false alarms within 15 minutes.'],
    caveats: ['Re-validate before use on a new card network or market.'],
  };
});

export const assessmentFacts = once((): ImpactAssessmentFacts => ({
  ...cardFacts(),
  delivery: quarterDelivery(),
  answers: {
    'map-impacts': {
      answer: 'A missed fraud costs the issuing bank; a false hold delays a purchase and may lose the merchant a sale.',
      by: 'Aisha Bello',
      at: '2026-06-12T10:00:00Z',
    },
    'manage-oversight': {
      answer: 'The model only holds payments; an analyst releases or declines each one.',
      by: 'Jonas Weber',
      at: '2026-06-18T10:00:00Z',
    },
  },
}));

/** The questions the assessment leaves open: they become asks in the stakeholder report. */
export const openQuestions = once(() => impactAssessment(assessmentFacts(), { now: NOW }).openQuestions);
