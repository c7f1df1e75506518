/**
 * Demo figures for the MetricTile stories: twelve weeks of a fraud model's scored traffic,
 * drawn from a seeded generator and measured with @sextant/core as a real portal would
 * (F1, ROC AUC, p95 latency, drift, deployment cadence). Same numbers on every build.
 */
import { f1Score, latencySummary, rocAucScore } from '@sextant/core';
import { Xoshiro128 } from '../../packages/core/src/internal/random';

const WEEKS = 12;
const PER_WEEK = 1500;

interface Week {
  f1: number;
  auc: number;
  p95: number;
}

/** One week of traffic: label noise and latency creep grow slowly, as a model ages. */
function week(rng: Xoshiro128, w: number): Week {
  const yTrue: number[] = [];
  const score: number[] = [];
  const latency: number[] = [];
  const noise = 0.38 + w * 0.005;
  for (let i = 0; i < PER_WEEK; i++) {
    const fraud = rng.nextFloat() < 0.1 ? 1 : 0;
    yTrue.push(fraud);
    const s = (fraud ? 0.7 : 0.22) + (rng.nextFloat() - 0.5) * noise * 1.6;
    score.push(Math.min(1, Math.max(0, s)));
    latency.push(38 + w * 2 + Math.exp(rng.nextFloat() * (4.8 + w * 0.01)));
  }
  const yPred = score.map((s) => (s >= 0.5 ? 1 : 0));
  return { f1: f1Score(yTrue, yPred), auc: rocAucScore(yTrue, score), p95: latencySummary(latency).p95 };
}

const rng = new Xoshiro128(20260301);
const weeks: Week[] = Array.from({ length: WEEKS }, (_, w) => week(rng, w));

/** Weekly F1, ROC AUC and p95 latency (ms), oldest first. */
export const history = {
  f1: weeks.map((w) => w.f1),
  auc: weeks.map((w) => w.auc),
  p95: weeks.map((w) => Math.round(w.p95)),
};

const last = WEEKS - 1;

/** This week's figures and last week's, for `value` / `previous`. */
export const figures = {
  f1: weeks[last].f1,
  previousF1: weeks[last - 1].f1,
  auc: weeks[last].auc,
  previousAuc: weeks[last - 1].auc,
  p95: Math.round(weeks[last].p95),
  previousP95: Math.round(weeks[last - 1].p95),
};

/** Deployments per week, from a seeded Poisson-like count around 10. */
const deployRng = new Xoshiro128(4242);
export const deploymentsPerWeek: number[] = Array.from({ length: WEEKS }, () => {
  let n = 0;
  for (let i = 0; i < 20; i++) if (deployRng.nextFloat() < 0.5) n++;
  return n;
});
