/**
 * Demo facts for the StakeholderSummary stories and the summary tests: a card-fraud detection
 * model in the middle of Q4 2026, computed by core from seeded synthetic data (drift over six
 * weekly batches, recall by age band, the Data Quality Index), plus a healthy project, one with
 * no metrics yet, and one whose every name is hostile. Fixed `now` values keep text and
 * screenshots deterministic.
 */
import {
  dataQualityIndex,
  driftOverTime,
  metricFrame,
  precisionScore,
  quantile,
  recallScore,
  type SummaryFacts,
  type SummaryMetric,
  type SummaryRisk,
} from '@sextant/core';

/** mulberry32: a small seeded generator, enough for demo data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r: () => number): number {
  // Box–Muller; 1 − u keeps log away from 0.
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

const CATEGORIES = ['groceries', 'travel', 'electronics', 'fuel', 'online gaming', 'restaurants'];

function transactions(r: () => number, n: number, shift: { amount?: number; gaming?: number }) {
  const amount: number[] = [];
  const category: string[] = [];
  const hour: number[] = [];
  for (let i = 0; i < n; i++) {
    amount.push(Math.round(Math.exp(3.6 + 0.9 * normal(r) + (shift.amount ?? 0)) * 100) / 100);
    const u = r();
    // Online gaming grows from 8 % of transactions to 8 % + shift.
    const gaming = 0.08 + (shift.gaming ?? 0);
    category.push(u < gaming ? 'online gaming' : CATEGORIES.filter((c) => c !== 'online gaming')[Math.floor(r() * 5)]);
    hour.push(Math.floor(r() * 24));
  }
  return { transaction_amount: amount, merchant_category: category, hour_of_day: hour };
}

/** Six weekly batches: the amounts shift for one week in October, merchant mix from 9 November on. */
function fraudDrift() {
  const r = rng(20261116);
  const reference = transactions(r, 600, {});
  const weeks = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];
  const batches = weeks.map((d, i) => ({
    at: `${d}T06:00:00Z`,
    columns: transactions(r, 400, { amount: i === 1 ? 0.45 : 0, gaming: i >= 4 ? 0.14 : 0 }),
  }));
  return driftOverTime(reference, batches);
}

/** A week of labelled transactions where the model catches `recall` of the fraud and flags with `precision`. */
function week(r: () => number, n: number, recall: number, precision: number) {
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (let i = 0; i < n; i++) {
    const fraud = r() < 0.1;
    // A flag on a legitimate transaction with the rate that gives the wanted precision.
    const falseFlag = (0.1 * recall * (1 / precision - 1)) / 0.9;
    yTrue.push(fraud ? 1 : 0);
    yPred.push(fraud ? (r() < recall ? 1 : 0) : r() < falseFlag ? 1 : 0);
  }
  return { yTrue, yPred };
}

function fraudMetrics(): SummaryMetric[] {
  const r = rng(7);
  const plan = [
    [0.86, 0.9],
    [0.86, 0.91],
    [0.85, 0.9],
    [0.84, 0.91],
    [0.83, 0.9],
    [0.81, 0.9],
  ];
  const recall: number[] = [];
  const precision: number[] = [];
  for (const [rc, pr] of plan) {
    const w = week(r, 6000, rc, pr);
    recall.push(recallScore(w.yTrue, w.yPred));
    precision.push(precisionScore(w.yTrue, w.yPred));
  }
  const latencies: number[] = [];
  const p95: number[] = [];
  for (let k = 0; k < 6; k++) {
    latencies.length = 0;
    for (let i = 0; i < 2000; i++) latencies.push(60 + Math.exp(3.9 + 0.5 * normal(r) + k * 0.03));
    p95.push(Math.round(quantile(latencies, 0.95) * 10) / 10);
  }
  const last = (a: number[]) => a[a.length - 1];
  return [
    {
      id: 'recall',
      name: 'Recall',
      value: last(recall),
      target: 0.85,
      direction: 'higher',
      unit: 'ratio',
      history: recall,
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
      value: last(precision),
      target: 0.88,
      direction: 'higher',
      unit: 'ratio',
      history: precision,
      meaning: {
        kind: 'alert-precision',
        subject: 'transactions sent for review',
        casesPerMonth: 11_000,
        valuePerCase: 4.5,
        currency: 'EUR',
      },
    },
    {
      id: 'p95-latency',
      name: 'p95 latency',
      value: last(p95),
      target: 250,
      direction: 'lower',
      unit: 'ms',
      history: p95,
      meaning: { kind: 'response-time', subject: 'card payments', percentile: 95 },
    },
    {
      id: 'roc-auc',
      name: 'ROC AUC',
      value: 0.957,
      target: 0.95,
      direction: 'higher',
      unit: 'ratio',
      history: [0.961, 0.962, 0.96, 0.959, 0.958, 0.957],
    },
  ];
}

/** Recall by age band on a month of labelled fraud: older and younger customers are caught less often. */
function fraudFairness() {
  const r = rng(99);
  const bands = ['18–25', '26–40', '41–65', '65+'];
  const rates = [0.72, 0.86, 0.85, 0.79];
  const yTrue: number[] = [];
  const yPred: number[] = [];
  const band: string[] = [];
  for (let g = 0; g < bands.length; g++) {
    for (let i = 0; i < 400; i++) {
      yTrue.push(1);
      yPred.push(r() < rates[g] ? 1 : 0);
      band.push(bands[g]);
      yTrue.push(0);
      yPred.push(r() < 0.01 ? 1 : 0);
      band.push(bands[g]);
    }
  }
  return metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: band });
}

const risk = (
  id: string,
  title: string,
  category: string,
  band: SummaryRisk['score']['residual']['band'],
  score: number,
  owner?: string,
  overdue: string[] = [],
): SummaryRisk => ({ risk: { id, title, category, owner }, score: { residual: { band, score }, overdueMitigations: overdue } });

/** The card-fraud model mid-quarter: behind on a milestone, a drift alert open and a fairness gap. */
export function fraudProjectFacts(): SummaryFacts {
  return {
    project: { name: 'Card-fraud detection v3', dueDate: '2026-12-18' },
    now: '2026-11-16T09:00:00Z',
    metrics: fraudMetrics(),
    drift: fraudDrift(),
    fairness: [{ id: 'recall-age', metric: 'Recall', feature: 'age band', result: fraudFairness() }],
    dataQuality: dataQualityIndex({ completeness: 0.97, validity: 0.94, consistency: 0.9, timeliness: 0.82, uniqueness: 1 }),
    risks: [
      risk('R-3', 'Training data under-represents customers under 26', 'bias', 'high', 12, 'Priya Nair', ['M-7']),
      risk('R-5', 'Fraud patterns shift faster than monthly retraining', 'model-drift', 'high', 15, 'Tomás Ruiz'),
      risk('R-1', 'Card data leaves the EU region in feature logging', 'privacy-security', 'medium', 8, 'Ana Ribeiro'),
      risk('R-8', 'Analysts cannot see why a payment was declined', 'explainability', 'medium', 6),
      risk('R-2', 'GPU budget for weekly retraining', 'compute-cost', 'low', 4, 'Kenji Mori'),
    ],
    delivery: {
      deploymentFrequency: { count: 5, perWeek: 2.5 },
      leadTimeForChanges: { count: 14, p50Hours: 26.5 },
      changeFailureRate: { deployments: 6, failed: 1, rate: 1 / 6 },
      meanTimeToRecovery: { count: 2, open: 0, meanHours: 3.4 },
    },
    milestones: [
      { name: 'Feature store cut-over', due: '2026-10-30', doneAt: '2026-10-29T16:00:00Z' },
      { name: 'Shadow-mode launch', due: '2026-11-13' },
      { name: 'Go-live for EU cards', due: '2026-12-18' },
    ],
  };
}

/** The fraud project as its French team writes it: the same figures, names and subjects in French. */
export function fraudProjectFactsFr(): SummaryFacts {
  const f = fraudProjectFacts();
  const subjects: Record<string, string> = {
    recall: 'transactions frauduleuses',
    precision: 'transactions envoyées en revue',
    'p95-latency': 'paiements par carte',
  };
  const titles: Record<string, string> = {
    'R-3': 'Les données d’entraînement sous-représentent les moins de 26 ans',
    'R-5': 'La fraude évolue plus vite que le réentraînement mensuel',
    'R-1': 'Des données de carte quittent l’UE dans les journaux de variables',
    'R-8': 'Les analystes ne voient pas pourquoi un paiement est refusé',
    'R-2': 'Budget GPU du réentraînement hebdomadaire',
  };
  return {
    ...f,
    project: { name: 'Détection de fraude carte v3', dueDate: '2026-12-18' },
    metrics: f.metrics!.map((m) => (m.meaning ? { ...m, meaning: { ...m.meaning, subject: subjects[m.id] } } : m)),
    fairness: f.fairness!.map((x) => ({ ...x, feature: 'tranche d’âge' })),
    risks: f.risks!.map((r) => ({ ...r, risk: { ...r.risk, title: titles[r.risk.id] } })),
    milestones: [
      { name: 'Bascule du feature store', due: '2026-10-30', doneAt: '2026-10-29T16:00:00Z' },
      { name: 'Lancement en mode shadow', due: '2026-11-13' },
      { name: 'Mise en production cartes UE', due: '2026-12-18' },
    ],
  };
}

/** A healthy churn model: every target met, nothing drifting, the next milestone ahead. */
export function healthyProjectFacts(): SummaryFacts {
  return {
    project: { name: 'Churn early-warning', dueDate: '2027-01-29' },
    now: '2026-11-16T09:00:00Z',
    metrics: [
      {
        id: 'recall',
        name: 'Recall',
        value: 0.78,
        target: 0.75,
        direction: 'higher',
        unit: 'ratio',
        history: [0.74, 0.75, 0.77, 0.77, 0.78],
        meaning: {
          kind: 'catch-rate',
          subject: 'customers about to cancel',
          casesPerMonth: 900,
          valuePerCase: 620,
          currency: 'EUR',
        },
      },
      {
        id: 'auc',
        name: 'ROC AUC',
        value: 0.88,
        target: 0.85,
        direction: 'higher',
        unit: 'ratio',
        history: [0.86, 0.87, 0.87, 0.88, 0.88],
      },
      {
        id: 'p95',
        name: 'p95 latency',
        value: 42,
        target: 100,
        direction: 'lower',
        unit: 'ms',
        history: [48, 45, 44, 43, 42],
        meaning: { kind: 'response-time', subject: 'account pages', percentile: 95 },
      },
    ],
    fairness: [
      {
        id: 'recall-region',
        metric: 'Recall',
        feature: 'region',
        // 40 churners per region: 31 caught in the north, 29 in the south.
        result: metricFrame(
          recallScore,
          Array.from({ length: 80 }, () => 1),
          Array.from({ length: 80 }, (_, i) => ((i < 40 ? i < 31 : i - 40 < 29) ? 1 : 0)),
          { sensitiveFeatures: Array.from({ length: 80 }, (_, i) => (i < 40 ? 'north' : 'south')) },
        ),
      },
    ],
    dataQuality: dataQualityIndex({ completeness: 0.99, validity: 0.98, consistency: 0.97, timeliness: 0.96 }),
    risks: [
      risk('C-1', 'Customer consent for contact-centre notes', 'privacy-security', 'low', 3, 'Ana Ribeiro'),
      risk('C-2', 'Reason codes shown to retention agents', 'explainability', 'low', 2, 'Lena Vogel'),
    ],
    milestones: [
      { name: 'Pilot with two retention teams', due: '2026-11-06', doneAt: '2026-11-05T15:00:00Z' },
      { name: 'Rollout to all regions', due: '2027-01-29' },
    ],
  };
}

/** A project that has just started: a name and a date, nothing measured. */
export function emptyProjectFacts(): SummaryFacts {
  return { project: { name: 'Claims triage assistant' }, now: '2026-11-16T09:00:00Z' };
}

/** Every name a hostile or careless user could type. */
export function hostileProjectFacts(): SummaryFacts {
  const long =
    'Ensemble gradient-boosted fraud scorer with graph features for cross-border card-not-present payments and '.repeat(2);
  return {
    project: { name: '# **Pwned** <script>alert(1)</script> [click](javascript:alert(1))' },
    now: '2026-11-16T09:00:00Z',
    metrics: [
      { id: '__proto__', name: '**bold** <script>x</script>', value: 0.7, target: 0.8, direction: 'higher', unit: 'ratio' },
      { id: 'constructor', name: long.slice(0, 200), value: 0.9, target: 0.85, direction: 'higher', unit: 'ratio' },
      { id: 'toString', name: 'دقة النموذج', value: 0.93, target: 0.9, direction: 'higher', unit: 'ratio' },
    ],
    risks: [
      risk(
        '__proto__',
        '| table | injection |\n- [ ] fake task',
        'privacy-security',
        'critical',
        20,
        '<img src=x onerror=alert(1)>',
      ),
    ],
    milestones: [{ name: '1. not a list `code` ~~strike~~', due: '2026-11-01' }],
  };
}
