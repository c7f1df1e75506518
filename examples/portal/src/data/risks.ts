// The fraud model's AI risk register (core's risk shape and NIST-aligned categories), with
// mitigations, some overdue on the demo's today. RiskMatrix and the stakeholder report
// score it with core's `scoreRisk`.
import { scoreRisk, type Risk } from '@sextant/core';
import { TODAY } from './project';
import { once } from './random';

const owners = ['Maya Chen', 'Tomás Rivera', 'Aisha Bello', 'Jonas Weber'];

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
    title: 'Fraud in LATAM caught less often than elsewhere',
    category: 'bias',
    likelihood: 4,
    impact: 4,
    owner: owners[2],
    mitigations: [
      { id: 'M3', title: 'Recall-by-region check in the release gate', status: 'done', reduces: { impact: 1 } },
      { id: 'M4', title: 'Label 2,000 LATAM chargebacks for retraining', status: 'in-progress', due: '2026-07-15' },
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
      { id: 'M7', title: 'Tokenise card numbers before the feature store', status: 'done', reduces: { likelihood: 1 } },
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
    title: 'Scope grows to AML alerts before v3.5 ships',
    category: 'scope-creep',
    likelihood: 3,
    impact: 3,
    owner: owners[0],
  },
  {
    id: 'R11',
    title: 'v3.5 rollout slips past the peak season',
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
  { id: 'R14', title: 'Model card out of date for the audit', category: 'regulatory', likelihood: 2, impact: 2 },
];

/** Every risk with its score on the demo's today (residual band, overdue mitigations). */
export const scoredRisks = once(() => register.map((risk) => ({ risk, score: scoreRisk(risk, { today: TODAY }) })));
