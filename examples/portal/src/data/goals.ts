// The team's Q2 objectives, with key results read from the figures the other pages measure
// (weekly recall and p95 latency, deployments per week, last week's drift): core's
// `okrProgress` scores them against the share of the quarter gone at the demo's "now".
import { deploymentFrequency, deploymentFrequencyValue, okrProgress, type KeyResultPoint, type Objective } from '@sextant/core';
import { deliveryRecords, quarterDelivery } from './delivery';
import { lastWeekDrift } from './drift';
import { weekly, WEEKS } from './model';
import { NOW, NOW_MS } from './project';
import { DAY, once } from './random';

const Q2 = { from: '2026-04-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };

/** A weekly series as readings, the last one at the start of this week (shares scaled to %). */
function readings(values: readonly number[], scale = 1): KeyResultPoint[] {
  const lastMonday = NOW_MS - 9.25 * 3_600_000; // 00:00 UTC this Monday
  return values.map((value, k) => ({ at: new Date(lastMonday - (WEEKS - 1 - k) * 7 * DAY).toISOString(), value: value * scale }));
}

/** Deployments per week in each of the quarter's weeks so far. */
function weeklyDeployments(): number[] {
  const { deployments } = deliveryRecords();
  const start = Date.parse(Q2.from);
  const out: number[] = [];
  for (let t = start; t + 7 * DAY <= NOW_MS; t += 7 * DAY) {
    out.push(deploymentFrequency(deployments, { from: t, to: t + 7 * DAY }).count);
  }
  return out;
}

export const objectives = once((): Objective[] => {
  const w = weekly();
  const deploys = weeklyDeployments();
  return [
    {
      id: 'catch-more-fraud',
      title: 'Catch more fraud without stopping more good customers',
      owner: 'Maya Chen',
      period: Q2,
      keyResults: [
        {
          id: 'kr-recall',
          title: 'Recall on confirmed fraud',
          metric: 'recall',
          baseline: 70,
          target: 80,
          direction: 'higher',
          unit: '%',
          history: readings(w.recall, 100),
        },
        {
          id: 'kr-precision',
          title: 'Precision of review flags',
          metric: 'precision',
          baseline: 76,
          target: 85,
          direction: 'higher',
          unit: '%',
          history: readings(w.precision, 100),
        },
        {
          id: 'kr-latency',
          title: 'p95 scoring latency',
          metric: 'p95',
          baseline: 95,
          target: 70,
          direction: 'lower',
          unit: 'ms',
          history: readings(w.p95),
        },
      ],
    },
    {
      id: 'ship-safely',
      title: 'Ship model changes every week, safely',
      owner: 'Jonas Weber',
      period: Q2,
      keyResults: [
        {
          id: 'kr-deploys',
          title: 'Production deployments per week',
          metric: 'deploysPerWeek',
          baseline: 3,
          target: 6,
          direction: 'higher',
          unit: 'per week',
          history: deploys.map((value, k) => ({ at: Date.parse(Q2.from) + (k + 1) * 7 * DAY, value })),
        },
        {
          id: 'kr-cfr',
          title: 'Change failure rate',
          metric: 'changeFailureRate',
          baseline: 20,
          target: 10,
          direction: 'lower',
          unit: '%',
        },
        {
          id: 'kr-drift',
          title: 'Share of monitored features drifting',
          metric: 'driftShare',
          baseline: 40,
          target: 20,
          direction: 'lower',
          unit: '%',
        },
      ],
    },
  ];
});

/** The current value of every key result's metric, from the SDK's own results. */
export const keyResultValues = once(() => {
  const w = weekly();
  const q = quarterDelivery();
  const last = (a: readonly number[]) => a[a.length - 1];
  return {
    recall: 100 * last(w.recall),
    precision: 100 * last(w.precision),
    p95: last(w.p95),
    deploysPerWeek: deploymentFrequencyValue(q.deploymentFrequency),
    changeFailureRate: 100 * (q.changeFailureRate.rate ?? 0),
    driftShare: 100 * lastWeekDrift().driftedShare,
  };
});

export const objectiveProgress = once(() => objectives().map((o) => okrProgress(o, { now: NOW, values: keyResultValues() })));
