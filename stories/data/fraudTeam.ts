/**
 * A fraud-detection model team's first half of 2026, generated from a fixed seed: six months
 * of deployments, changes, incidents and experiments (the second quarter better than the
 * first, as the team automated its rollbacks), a register of fifteen AI risks with
 * mitigations, and the drift, fairness and data quality measurements that feed risk signals
 * — all measured by @sextant/core. Deterministic, so screenshots are stable.
 */
import {
  abTest,
  dataQualityIndex,
  demographicParityDifference,
  detectDrift,
  type Change,
  type Deployment,
  type ExperimentRecord,
  type Incident,
  type Risk,
} from '@sextant/core';

/** mulberry32: a tiny seeded generator for demo data (not for statistics). */
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

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 6, 1);
export const TODAY = '2026-06-30';
export const Q2 = { from: '2026-04-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };

const iso = (t: number) => new Date(t).toISOString();
const SERVICES = ['fraud-scorer', 'feature-pipeline', 'scoring-api'] as const;
const KINDS = ['model', 'data', 'code', 'config'] as const;

function generate() {
  const r = rng(20260630);
  const deployments: Deployment[] = [];
  const changes: Change[] = [];
  const incidents: Incident[] = [];
  let dep = 3700;
  let inc = 800;
  let commit = 0;
  for (let day = START; day < END; day += DAY) {
    const dow = new Date(day).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const q2 = day >= Date.UTC(2026, 3, 1);
    // Q1: ~0.7 deployments a working day; Q2: ~1.3, with fewer failures and faster fixes.
    const n = r() < (q2 ? 0.75 : 0.5) ? 1 + (r() < (q2 ? 0.45 : 0.2) ? 1 : 0) : 0;
    for (let k = 0; k < n; k++) {
      const at = day + (9 + r() * 9) * HOUR;
      const u = r();
      const status: Deployment['status'] = u < (q2 ? 0.06 : 0.13) ? 'failed' : u < (q2 ? 0.1 : 0.22) ? 'rolled-back' : 'success';
      const ids: string[] = [];
      const m = 1 + Math.floor(r() * 4);
      for (let j = 0; j < m; j++) {
        const id = (0x3a7f00 + commit++).toString(16);
        ids.push(id);
        changes.push({ id, committedAt: iso(at - (q2 ? 2 + r() * 30 : 6 + r() * 90) * HOUR) });
      }
      const id = `deploy-${dep++}`;
      deployments.push({
        id,
        at: iso(at),
        status,
        service: SERVICES[Math.floor(r() * 3)],
        kind: KINDS[Math.floor(r() * 4)],
        changeIds: ids,
      });
      if (status !== 'success' && r() < 0.7) {
        const startedAt = at + (0.2 + r() * 3) * HOUR;
        const last = startedAt > END - 2 * DAY;
        incidents.push({
          id: `INC-${inc++}`,
          startedAt: iso(startedAt),
          resolvedAt: last ? null : iso(startedAt + (q2 ? 0.3 + r() * 5 : 1 + r() * 30) * HOUR),
          deploymentId: id,
        });
      }
    }
    // Incidents not tied to a deployment: upstream data outages, card-network changes.
    if (r() < 0.03) {
      const startedAt = day + r() * 20 * HOUR;
      incidents.push({ id: `INC-${inc++}`, startedAt: iso(startedAt), resolvedAt: iso(startedAt + (1 + r() * 12) * HOUR) });
    }
  }
  // Failed deployments are retried: their changes ship with the next successful one.
  for (let i = 0; i < deployments.length - 1; i++) {
    if (deployments[i].status !== 'success') {
      const next = deployments.slice(i + 1).find((d) => d.status === 'success');
      if (next) next.changeIds = [...(next.changeIds ?? []), ...(deployments[i].changeIds ?? [])];
    }
  }
  return { deployments, changes, incidents };
}

export const { deployments, changes, incidents } = generate();

export const experiments: ExperimentRecord[] = [
  { id: 'exp-graph-features', outcome: 'shipped', concludedAt: '2026-01-22T16:00:00Z' },
  { id: 'exp-xgb-depth', outcome: 'not-shipped', concludedAt: '2026-02-10T12:00:00Z' },
  { id: 'exp-merchant-embed', outcome: 'inconclusive', concludedAt: '2026-03-04T09:00:00Z' },
  { id: 'exp-velocity-window', outcome: 'shipped', concludedAt: '2026-03-25T15:00:00Z' },
  { id: 'exp-threshold-tuning', outcome: 'shipped', concludedAt: '2026-04-15T10:00:00Z' },
  { id: 'exp-device-signals', outcome: 'not-shipped', concludedAt: '2026-05-06T14:00:00Z' },
  { id: 'exp-gnn-v2', outcome: 'shipped', concludedAt: '2026-05-28T11:00:00Z' },
  { id: 'exp-3ds-feedback', outcome: 'shipped', concludedAt: '2026-06-18T13:00:00Z' },
  { id: 'exp-llm-notes', outcome: 'running' },
];

/** The A/B test of fraud-scorer v7 (treatment) against v6: fraud caught per flagged review. */
export const abTestResult = abTest(
  { control: { conversions: 4930, visitors: 60288 }, treatment: { conversions: 5237, visitors: 60288 } },
  { peeks: 2 },
);

const owners = ['Maya Chen', 'Tomás Rivera', 'Aisha Bello', 'Jonas Weber'];

/** Fifteen AI risks of the fraud model, with mitigations (some overdue on 2026-06-30). */
export const register: Risk[] = [
  {
    id: 'R1',
    title: 'Fraud patterns shift after the card-network rule change',
    category: 'model-drift',
    likelihood: 4,
    impact: 5,
    owner: owners[0],
    mitigations: [
      { id: 'M1', title: 'Weekly drift report on the top 20 features', status: 'done', reduces: { likelihood: 1 } },
      { id: 'M2', title: 'Automated monthly retraining', status: 'in-progress', due: '2026-06-15', reduces: { likelihood: 1 } },
    ],
  },
  {
    id: 'R2',
    title: 'Declines fall disproportionately on one region',
    category: 'bias',
    likelihood: 3,
    impact: 5,
    owner: owners[2],
    mitigations: [
      { id: 'M3', title: 'Demographic parity check in the release gate', status: 'done', reduces: { impact: 1 } },
      { id: 'M4', title: 'Review with the fair-lending team', status: 'planned', due: '2026-07-15' },
    ],
  },
  {
    id: 'R3',
    title: 'Chargeback labels arrive 60+ days late',
    category: 'data-quality',
    likelihood: 4,
    impact: 3,
    owner: owners[1],
    mitigations: [{ id: 'M5', title: 'Use issuer fraud reports as early labels', status: 'done', reduces: { likelihood: 2 } }],
  },
  {
    id: 'R4',
    title: 'Too few confirmed fraud cases for new merchant types',
    category: 'data-scarcity',
    likelihood: 3,
    impact: 3,
    owner: owners[1],
    mitigations: [{ id: 'M6', title: 'Synthetic minority oversampling study', status: 'planned', due: '2026-05-31' }],
  },
  {
    id: 'R5',
    title: 'Cardholder PII in feature store snapshots',
    category: 'privacy-security',
    likelihood: 2,
    impact: 5,
    owner: owners[3],
    mitigations: [
      { id: 'M7', title: 'Tokenise PAN and email before the feature store', status: 'done', reduces: { likelihood: 1 } },
    ],
  },
  {
    id: 'R6',
    title: 'Analysts cannot explain a decline to a customer',
    category: 'explainability',
    likelihood: 3,
    impact: 4,
    owner: owners[2],
    mitigations: [
      {
        id: 'M8',
        title: 'Reason codes from SHAP top features',
        status: 'in-progress',
        due: '2026-06-20',
        reduces: { impact: 1 },
      },
    ],
  },
  {
    id: 'R7',
    title: 'GPU cost of the graph model doubles',
    category: 'compute-cost',
    likelihood: 3,
    impact: 2,
    owner: owners[3],
    mitigations: [{ id: 'M9', title: 'Batch graph embeddings nightly', status: 'done', reduces: { likelihood: 1 } }],
  },
  {
    id: 'R8',
    title: 'EU AI Act: credit-adjacent use classed high-risk',
    category: 'regulatory',
    likelihood: 2,
    impact: 5,
    owner: owners[0],
    mitigations: [{ id: 'M10', title: 'Legal classification memo', status: 'in-progress', due: '2026-08-01' }],
  },
  {
    id: 'R9',
    title: 'Review team overrides the model out of habit',
    category: 'adoption',
    likelihood: 3,
    impact: 3,
    owner: owners[2],
    mitigations: [{ id: 'M11', title: 'Override reasons captured in the case tool', status: 'done', reduces: { likelihood: 1 } }],
  },
  {
    id: 'R10',
    title: 'Scope grows to AML alerts before fraud v7 ships',
    category: 'scope-creep',
    likelihood: 3,
    impact: 3,
    owner: owners[0],
  },
  {
    id: 'R11',
    title: 'v7 rollout slips past the peak season',
    category: 'schedule',
    likelihood: 3,
    impact: 4,
    owner: owners[3],
    mitigations: [{ id: 'M12', title: 'Canary releases with automatic rollback', status: 'done', reduces: { likelihood: 1 } }],
  },
  {
    id: 'R12',
    title: 'Feature pipeline silently drops device fingerprints',
    category: 'data-quality',
    likelihood: 2,
    impact: 4,
    owner: owners[1],
    mitigations: [{ id: 'M13', title: 'Null-rate alert per feature', status: 'planned', due: '2026-06-01' }],
  },
  {
    id: 'R13',
    title: 'Adversaries probe the score threshold',
    category: 'privacy-security',
    likelihood: 3,
    impact: 4,
    owner: owners[3],
    residual: { likelihood: 2, impact: 4 },
  },
  {
    id: 'R14',
    title: 'Seasonal spend spike read as fraud',
    category: 'model-drift',
    likelihood: 3,
    impact: 3,
    owner: owners[0],
  },
  {
    id: 'R15',
    title: 'Model card out of date for the audit',
    category: 'regulatory',
    likelihood: 2,
    impact: 2,
  },
];

/** The drift report of June's scoring traffic against the training window (KS / chi-square, Evidently's defaults). */
export const driftReport = (() => {
  const r = rng(7);
  const normal = (mu: number, sd: number) => mu + sd * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const n = 400;
  const reference = {
    amount: Array.from({ length: n }, () => Math.exp(normal(3.6, 0.9))),
    hourOfDay: Array.from({ length: n }, () => Math.floor(r() * 24)),
    merchantRisk: Array.from({ length: n }, () => normal(0.3, 0.1)),
    channel: Array.from({ length: n }, () => (r() < 0.6 ? 'card-present' : r() < 0.8 ? 'online' : 'wallet')),
  };
  const current = {
    // The rule change moved fraud to larger online amounts.
    amount: Array.from({ length: n }, () => Math.exp(normal(3.9, 1.0))),
    hourOfDay: Array.from({ length: n }, () => Math.floor(r() * 24)),
    merchantRisk: Array.from({ length: n }, () => normal(0.3, 0.1)),
    channel: Array.from({ length: n }, () => (r() < 0.45 ? 'card-present' : r() < 0.8 ? 'online' : 'wallet')),
  };
  return detectDrift(reference, current);
})();

/** Selection (decline) rate gap between regions for June. */
export const fairnessGap = (() => {
  const r = rng(11);
  const n = 2000;
  const region = Array.from({ length: n }, () => (r() < 0.5 ? 'north' : 'south'));
  const yTrue = Array.from({ length: n }, () => (r() < 0.05 ? 1 : 0));
  const yPred = region.map((g, i) => (yTrue[i] === 1 ? (r() < 0.85 ? 1 : 0) : r() < (g === 'south' ? 0.21 : 0.06) ? 1 : 0));
  return demographicParityDifference(yTrue, yPred, { sensitiveFeatures: region });
})();

export const dataQuality = dataQualityIndex({ completeness: 0.97, validity: 0.99, consistency: 0.95, timeliness: 0.7 });
