// The facts the stakeholder report is written from: every figure the other pages show,
// measured by core (weekly metrics with their history, drift over the quarter, recall by
// region, the Data Quality Index, the scored risk register, the quarter's delivery).
import { dataQualityIndex, defaultStakeholderGroups, metricFrame, recallScore, type SummaryFacts } from '@sextant/core';
import { quarterDelivery } from './delivery';
import { openQuestions } from './governance';
import { driftTrend } from './drift';
import { lastMonth, weekly } from './model';
import { NOW, project } from './project';
import { once } from './random';
import { scoredRisks } from './risks';

const last = (a: readonly number[]) => a[a.length - 1];

/** Recall per region over the last four weeks (Fairlearn's MetricFrame). */
export const recallByRegion = once(() => {
  const m = lastMonth();
  return metricFrame(recallScore, m.yTrue, m.yPred, { sensitiveFeatures: m.region });
});

export const dataQuality = once(() =>
  dataQualityIndex({ completeness: 0.97, validity: 0.99, consistency: 0.95, timeliness: 0.78, uniqueness: 1 }),
);

export const summaryFacts = once((): SummaryFacts => {
  const w = weekly();
  return {
    project: { name: project.name, dueDate: '2026-09-30' },
    now: NOW,
    metrics: [
      {
        id: 'recall',
        name: 'Recall',
        value: last(w.recall),
        target: 0.8,
        direction: 'higher',
        unit: 'ratio',
        history: w.recall,
        meaning: {
          kind: 'catch-rate',
          subject: 'fraudulent transactions',
          casesPerMonth: 1200,
          valuePerCase: 340,
          currency: 'EUR',
        },
      },
      {
        id: 'precision',
        name: 'Precision',
        value: last(w.precision),
        target: 0.8,
        direction: 'higher',
        unit: 'ratio',
        history: w.precision,
        meaning: {
          kind: 'alert-precision',
          subject: 'transactions sent for review',
          casesPerMonth: 9000,
          valuePerCase: 4.5,
          currency: 'EUR',
        },
      },
      {
        id: 'roc-auc',
        name: 'ROC AUC',
        value: last(w.auc),
        target: 0.95,
        direction: 'higher',
        unit: 'ratio',
        history: w.auc,
      },
      {
        id: 'p95-latency',
        name: 'p95 latency',
        value: Math.round(last(w.p95)),
        target: 80,
        direction: 'lower',
        unit: 'ms',
        history: w.p95.map((v) => Math.round(v)),
        meaning: { kind: 'response-time', subject: 'card payments', percentile: 95 },
      },
    ],
    drift: driftTrend(),
    fairness: [{ id: 'recall-region', metric: 'Recall', feature: 'region', result: recallByRegion() }],
    dataQuality: dataQuality(),
    risks: scoredRisks(),
    delivery: quarterDelivery(),
    openQuestions: openQuestions(),
    milestones: [
      { name: 'Feature store cut-over', due: '2026-04-30', doneAt: '2026-04-28T16:00:00Z' },
      { name: 'Shadow run of v3.5', due: '2026-06-26' },
      { name: 'v3.5 live for EU cards', due: '2026-09-30' },
    ],
  };
});

/** Who hears about the project, how often (the guide's default plan over the team). */
export const stakeholderGroups = once(() =>
  defaultStakeholderGroups({
    executive: ['lena', 'omar'],
    technical: ['ana', 'priya', 'weiling', 'kenji', 'maya'],
    business: ['lena', 'ana', 'chloe'],
    legal: ['lena'],
  }),
);
