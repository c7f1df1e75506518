// Demo scoring data for the portal, generated deterministically (no backend, no clock), and
// the figures the portal shows, computed with @sextant/core as a real portal would.
import { demographicParityDifference, detectDrift, f1Score, latencySummary, rocAucScore, type DriftReport } from '@sextant/core';

/** Park–Miller generator: the same demo on every visit. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const REGIONS = ['EU', 'APAC', 'AMER'] as const;
const CHANNELS = ['web', 'app', 'pos'] as const;

function week(seed: number, n: number, shift: number) {
  const r = rng(seed);
  const amount: number[] = [];
  const hour: number[] = [];
  const channel: string[] = [];
  const region: string[] = [];
  const yTrue: number[] = [];
  const score: number[] = [];
  const latencyMs: number[] = [];
  for (let i = 0; i < n; i++) {
    const reg = REGIONS[Math.floor(r() * 3)];
    const fraud = r() < 0.08 ? 1 : 0;
    amount.push(Math.round(Math.exp(3.5 + shift + r() * 2 + fraud) * 100) / 100);
    hour.push(Math.floor(r() * 24));
    channel.push(CHANNELS[Math.floor(r() * (shift > 0 ? 2.4 : 3))]);
    region.push(reg);
    yTrue.push(fraud);
    // The model scores APAC a little higher: a disparity the fairness tile should catch.
    const bias = reg === 'APAC' ? 0.08 : 0;
    score.push(Math.min(1, Math.max(0, (fraud ? 0.62 : 0.22) + bias + (r() - 0.5) * 0.6)));
    latencyMs.push(Math.round(40 + Math.exp(r() * 5.2)));
  }
  return { columns: { amount, hour, channel }, region, yTrue, score, latencyMs };
}

export const reference = week(11, 4000, 0);
export const current = week(29, 4000, 0.35);

const yPred = current.score.map((s) => (s >= 0.5 ? 1 : 0));

export const figures = {
  f1: f1Score(current.yTrue, yPred),
  auc: rocAucScore(current.yTrue, current.score),
  parity: demographicParityDifference(current.yTrue, yPred, { sensitiveFeatures: current.region }),
  p95: latencySummary(current.latencyMs).p95,
  previousP95: latencySummary(reference.latencyMs).p95,
  previousF1: f1Score(
    reference.yTrue,
    reference.score.map((s) => (s >= 0.5 ? 1 : 0)),
  ),
};

export const drift: DriftReport = detectDrift(reference.columns, current.columns);
