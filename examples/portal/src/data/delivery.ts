// Six months of the fraud model's delivery records (deployments, the changes they shipped,
// incidents and concluded experiments), simulated from a seed. The second quarter is better
// than the first, as the team automated canary rollbacks in April. DeliveryScorecard and
// the stakeholder report measure them with core's DORA functions.
import {
  changeFailureRate,
  deploymentFrequency,
  leadTimeForChanges,
  meanTimeToRecovery,
  rollbackRate,
  type Change,
  type Deployment,
  type ExperimentRecord,
  type Incident,
} from '@sextant/core';
import { QUARTER } from './project';
import { DAY, HOUR, once, seeded } from './random';

const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 5, 29);
const AUTOMATED = Date.UTC(2026, 3, 1);
const SERVICES = ['fraud-scorer', 'feature-pipeline', 'scoring-api'] as const;
const KINDS = ['model', 'data', 'code', 'config'] as const;
const iso = (t: number) => new Date(t).toISOString();

export const deliveryRecords = once(() => {
  const r = seeded(20260630);
  const deployments: Deployment[] = [];
  const changes: Change[] = [];
  const incidents: Incident[] = [];
  let dep = 3700;
  let inc = 800;
  let commit = 0;
  for (let day = START; day < END; day += DAY) {
    const dow = new Date(day).getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const later = day >= AUTOMATED;
    const n = r() < (later ? 0.75 : 0.5) ? 1 + (r() < (later ? 0.45 : 0.2) ? 1 : 0) : 0;
    for (let k = 0; k < n; k++) {
      const at = day + (9 + r() * 9) * HOUR;
      const u = r();
      const status: Deployment['status'] =
        u < (later ? 0.06 : 0.13) ? 'failed' : u < (later ? 0.1 : 0.22) ? 'rolled-back' : 'success';
      const ids: string[] = [];
      for (let j = 1 + Math.floor(r() * 4); j > 0; j--) {
        const id = (0x3a7f00 + commit++).toString(16);
        ids.push(id);
        changes.push({ id, committedAt: iso(at - (later ? 2 + r() * 30 : 6 + r() * 90) * HOUR) });
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
        incidents.push({
          id: `INC-${inc++}`,
          startedAt: iso(startedAt),
          resolvedAt: startedAt > END - 2 * DAY ? null : iso(startedAt + (later ? 0.3 + r() * 5 : 1 + r() * 30) * HOUR),
          deploymentId: id,
        });
      }
    }
    // Incidents no deployment caused: upstream data outages, card-network changes.
    if (r() < 0.03) {
      const startedAt = day + r() * 20 * HOUR;
      incidents.push({ id: `INC-${inc++}`, startedAt: iso(startedAt), resolvedAt: iso(startedAt + (1 + r() * 12) * HOUR) });
    }
  }
  // A failed deployment is retried: its changes ship with the next successful one.
  for (let i = 0; i < deployments.length - 1; i++) {
    if (deployments[i].status !== 'success') {
      const next = deployments.slice(i + 1).find((d) => d.status === 'success');
      if (next) next.changeIds = [...(next.changeIds ?? []), ...(deployments[i].changeIds ?? [])];
    }
  }
  const experiments: ExperimentRecord[] = [
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
  return { deployments, changes, incidents, experiments };
});

/** The quarter's DORA figures, for the stakeholder report. */
export const quarterDelivery = once(() => {
  const { deployments, changes, incidents } = deliveryRecords();
  return {
    deploymentFrequency: deploymentFrequency(deployments, QUARTER),
    leadTimeForChanges: leadTimeForChanges(changes, deployments, QUARTER),
    changeFailureRate: changeFailureRate(deployments, incidents, QUARTER),
    meanTimeToRecovery: meanTimeToRecovery(incidents, QUARTER),
    rollbackRate: rollbackRate(deployments, QUARTER),
  };
});
