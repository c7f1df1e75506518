/**
 * Delivery and risk workloads from issue #10: the DORA keys over 1e6 deployment records
 * (ISO strings, as they come from a CI export, and epoch ms) with 1e6 changes and 5e4
 * incidents over a year, the scorecard over 1e5 deployments, and riskMatrix /
 * projectRiskScore / riskMatrixView over 10k risks. Each call validates every record.
 */
import {
  changeFailureRate,
  deliveryScorecard,
  deploymentFrequency,
  leadTimeForChanges,
  meanTimeToRecovery,
  projectRiskScore,
  riskCatalogue,
  riskMatrix,
  riskMatrixView,
  rollbackRate,
  type Change,
  type Deployment,
  type Incident,
  type Risk,
} from '@sextant/core';
import { bench, describe } from 'vitest';

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

const T0 = Date.UTC(2025, 6, 1);
const YEAR = 365 * 86_400_000;
const N = 1_000_000;
const r = rng(1);
const statuses = ['success', 'success', 'success', 'success', 'success', 'success', 'failed', 'rolled-back'] as const;
const deploymentsMs: Deployment[] = new Array(N);
const deploymentsIso: Deployment[] = new Array(N);
const changes: Change[] = new Array(N);
for (let i = 0; i < N; i++) {
  const at = T0 + Math.floor(r() * YEAR);
  const status = statuses[Math.floor(r() * statuses.length)];
  changes[i] = { id: `c${i}`, committedAt: new Date(at - Math.floor(r() * 72 * 3_600_000)).toISOString() };
  deploymentsMs[i] = { id: `d${i}`, at, status, changeIds: [`c${i}`] };
  deploymentsIso[i] = { id: `d${i}`, at: new Date(at).toISOString(), status, changeIds: [`c${i}`] };
}
const incidents: Incident[] = Array.from({ length: 50_000 }, (_, i) => {
  const s = T0 + Math.floor(r() * YEAR);
  return {
    id: `INC-${i}`,
    startedAt: new Date(s).toISOString(),
    resolvedAt: r() < 0.02 ? null : new Date(s + Math.floor(r() * 86_400_000)).toISOString(),
    deploymentId: `d${Math.floor(r() * N)}`,
  };
});
const Q = { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };

describe('DORA keys, 1e6 deployments over a year (one quarter asked)', () => {
  bench(
    'deploymentFrequency, ISO strings',
    () => {
      deploymentFrequency(deploymentsIso, Q);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'deploymentFrequency, epoch ms',
    () => {
      deploymentFrequency(deploymentsMs, Q);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'rollbackRate, ISO strings',
    () => {
      rollbackRate(deploymentsIso, Q);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'changeFailureRate, ISO + 5e4 incidents',
    () => {
      changeFailureRate(deploymentsIso, incidents, Q);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'leadTimeForChanges, 1e6 changes × 1e6 deployments, ISO',
    () => {
      leadTimeForChanges(changes, deploymentsIso, Q);
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'meanTimeToRecovery, 5e4 incidents',
    () => {
      meanTimeToRecovery(incidents, Q);
    },
    { iterations: 20, warmupIterations: 2 },
  );
});

const small = {
  deployments: deploymentsIso.slice(0, 100_000),
  changes: changes.slice(0, 100_000),
  incidents: incidents.slice(0, 5_000),
};
describe('deliveryScorecard, 1e5 deployments, 13 weekly buckets', () => {
  bench(
    'deliveryScorecard',
    () => {
      deliveryScorecard(small, { ...Q, buckets: 13 });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});

const cats = riskCatalogue.map((c) => c.category);
const risks: Risk[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `R${i}`,
  title: `Risk ${i}`,
  category: cats[i % cats.length],
  likelihood: 1 + Math.floor(r() * 5),
  impact: 1 + Math.floor(r() * 5),
  owner: `owner-${i % 40}`,
  mitigations: [
    { id: `M${i}a`, title: 'a', status: 'done', reduces: { likelihood: 1 } },
    { id: `M${i}b`, title: 'b', status: 'planned', due: '2026-03-01' },
  ],
}));
describe('risk register, 10k risks', () => {
  bench(
    'riskMatrix',
    () => {
      riskMatrix(risks, { today: '2026-06-30' });
    },
    { iterations: 20, warmupIterations: 2 },
  );
  bench(
    'projectRiskScore',
    () => {
      projectRiskScore(risks);
    },
    { iterations: 20, warmupIterations: 2 },
  );
  bench(
    'riskMatrixView (what the widget draws)',
    () => {
      riskMatrixView(risks, { today: '2026-06-30' });
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
