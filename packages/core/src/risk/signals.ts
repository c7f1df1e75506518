/**
 * Risk signals from live metrics: the results of this SDK's own drift, fairness, data
 * quality and delivery functions, turned into proposed likelihood changes for the matching
 * risks of the register, each with the evidence that justifies it. A register that is
 * re-scored from measurements instead of from a quarterly meeting.
 */
import { SextantError } from '../errors';
import { doraBand, doraBandTable, DORA_LATEST_YEAR, type DoraBand, type DoraMetric } from '../delivery/bands';
import { show } from '../internal/validate';
import type { RiskCategory } from './catalogue';
import { checkRegister, type Risk } from './score';

/** One measured fact behind a proposal. */
export interface RiskEvidence {
  source: 'drift' | 'fairness' | 'data-quality' | 'delivery';
  /** What was measured: `'driftedShare'`, `'feature:amount (ks)'`, `'demographicParityDifference'`, … */
  metric: string;
  value: number;
  /** The limit it was compared with (for delivery, in the unit of `doraBand`: per day, hours, share). */
  threshold: number;
  /** When it was observed, when the input says (drift alerts). */
  at?: string;
}

/** A proposed likelihood change for one risk. */
export interface RiskSignal {
  riskId: string;
  category: RiskCategory;
  direction: 'raise' | 'lower';
  /** The risk's likelihood now. */
  currentLikelihood: number;
  /** Above `currentLikelihood` for `raise`, below for `lower`; always 1–5. */
  proposedLikelihood: number;
  evidence: RiskEvidence[];
}

/** A drift result: `detectDrift`'s report or `driftOverTime`'s result. */
export type DriftInput =
  | {
      features: readonly { name: string; method: string; score: number | null; threshold: number; drifted: boolean }[];
      driftedShare: number;
      datasetDrift: boolean;
      driftShare: number;
    }
  | {
      alerts: readonly { at: string; feature: string; kind: 'start' | 'end'; score: number | null }[];
      features: readonly { name: string; method: string; threshold: number }[];
    };

/**
 * Fairness gaps by metric name: a number (a difference such as `demographicParityDifference`'s,
 * or, for names ending in `Ratio`, a ratio) or a `metricFrame` result (its `difference`).
 */
export type FairnessInput = Readonly<Record<string, number | { difference: number; ratio?: number | null }>>;

/** Delivery figures: a `deliveryScorecard` or the single functions' results. */
export type DeliveryInput =
  | { keys: readonly { key: string; value: number | null; band: DoraBand | null }[]; year?: number }
  | {
      deploymentFrequency?: { perDay: number };
      leadTimeForChanges?: { p50Hours: number | null };
      changeFailureRate?: { rate: number | null };
      meanTimeToRecovery?: { meanHours: number | null };
    };

/** The measurements {@link riskSignalsFromMetrics} reads; any may be left out. */
export interface RiskMetricsInput {
  drift?: DriftInput;
  fairness?: FairnessInput;
  /** A `dataQualityIndex` result or its score, 0–100. */
  dataQuality?: { score: number } | number;
  delivery?: DeliveryInput;
}

/** Limits of {@link riskSignalsFromMetrics}. */
export interface RiskSignalOptions {
  /** A fairness difference above this raises `bias` risks (by 2 above twice it). @default 0.1 */
  fairnessDifference?: number;
  /** A fairness ratio below this raises `bias` (the four-fifths rule). @default 0.8 */
  fairnessRatio?: number;
  /** A data quality index below this raises `data-quality` (by 2 below `dataQualityCritical`). @default 80 */
  dataQualityIndex?: number;
  /** @default 60 */
  dataQualityCritical?: number;
  /** A data quality index at or above this proposes lowering. @default 95 */
  dataQualityGood?: number;
  /** DORA report year for delivery bands. @default 2023 */
  year?: number;
  /** Also propose lowering likelihoods when every measurement of a category is healthy. @default true */
  lower?: boolean;
}

type Finding = { delta: number; evidence: RiskEvidence[] };

function bad(argument: string, message: string, value: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${argument} ${message}; got ${show(value)}`, { argument, value });
}

function num(v: unknown, argument: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(argument, 'must be a finite number', v);
  return v;
}

function limit(v: unknown, def: number, name: string, lo: number, hi: number): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new SextantError('INVALID_OPTION', `options.${name} must be a number in [${lo}, ${hi}]; got ${show(v)}`, {
      argument: `options.${name}`,
      value: v,
    });
  }
  return v;
}

function fromDrift(d: DriftInput): Finding | null {
  if (d === null || typeof d !== 'object') throw bad('metrics.drift', 'must be a detectDrift or driftOverTime result', d);
  if ('alerts' in d && Array.isArray(d.alerts)) {
    // Alerts still open at the last batch: a 'start' without a later 'end' for that feature.
    const open = new Map<string, { at: string; score: number | null }>();
    d.alerts.forEach((a, i) => {
      if (a === null || typeof a !== 'object' || typeof a.feature !== 'string')
        throw bad(`metrics.drift.alerts[${i}]`, 'must be a drift alert', a);
      if (a.kind === 'start') open.set(a.feature, { at: a.at, score: a.score });
      else open.delete(a.feature);
    });
    const tested = Array.isArray(d.features) ? d.features.length : 0;
    if (tested === 0) return null;
    const info = new Map(d.features.map((f) => [f.name, f]));
    const evidence: RiskEvidence[] = [];
    for (const [feature, a] of open) {
      const f = info.get(feature);
      if (f && typeof a.score === 'number' && Number.isFinite(a.score)) {
        evidence.push({
          source: 'drift',
          metric: `feature:${feature} (${f.method})`,
          value: a.score,
          threshold: f.threshold,
          at: a.at,
        });
      } else evidence.push({ source: 'drift', metric: `openDriftAlert:${feature}`, value: 1, threshold: 1, at: a.at });
    }
    if (evidence.length === 0)
      return { delta: -1, evidence: [{ source: 'drift', metric: 'openDriftAlerts', value: 0, threshold: 1 }] };
    return { delta: open.size * 2 >= tested ? 2 : 1, evidence };
  }
  if (!Array.isArray((d as { features?: unknown }).features))
    throw bad('metrics.drift', 'must be a detectDrift or driftOverTime result', d);
  const r = d as Extract<DriftInput, { driftedShare: number }>;
  const share = num(r.driftedShare, 'metrics.drift.driftedShare');
  const threshold = num(r.driftShare, 'metrics.drift.driftShare');
  const drifted = r.features.filter((f) => f.drifted);
  if (r.features.length === 0) return null;
  if (drifted.length === 0)
    return { delta: -1, evidence: [{ source: 'drift', metric: 'driftedShare', value: share, threshold }] };
  const evidence: RiskEvidence[] = [{ source: 'drift', metric: 'driftedShare', value: share, threshold }];
  for (const f of drifted) {
    if (f.score !== null)
      evidence.push({ source: 'drift', metric: `feature:${f.name} (${f.method})`, value: f.score, threshold: f.threshold });
  }
  return { delta: r.datasetDrift ? 2 : 1, evidence };
}

function fromFairness(f: FairnessInput, diffLimit: number, ratioLimit: number): Finding | null {
  if (f === null || typeof f !== 'object') throw bad('metrics.fairness', 'must be { metricName: value }', f);
  let delta = -1;
  const worse: RiskEvidence[] = [];
  const fine: RiskEvidence[] = [];
  const names = Object.keys(f);
  if (names.length === 0) return null;
  for (const name of names) {
    const v = f[name];
    const isRatio = /Ratio$/.test(name);
    let value: number;
    let ratio = isRatio;
    if (typeof v === 'number') value = num(v, `metrics.fairness.${name}`);
    else if (v !== null && typeof v === 'object') {
      value = num(v.difference, `metrics.fairness.${name}.difference`);
      ratio = false;
    } else throw bad(`metrics.fairness.${name}`, 'must be a number or a metricFrame result', v);
    if (ratio) {
      const e: RiskEvidence = { source: 'fairness', metric: name, value, threshold: ratioLimit };
      if (value < ratioLimit) {
        worse.push(e);
        delta = Math.max(delta, value < ratioLimit - (1 - ratioLimit) ? 2 : 1);
      } else fine.push(e);
    } else {
      const e: RiskEvidence = { source: 'fairness', metric: name, value, threshold: diffLimit };
      if (Math.abs(value) > diffLimit) {
        worse.push(e);
        delta = Math.max(delta, Math.abs(value) > 2 * diffLimit ? 2 : 1);
      } else fine.push(e);
    }
  }
  return { delta, evidence: delta > 0 ? worse : fine };
}

function fromDataQuality(q: { score: number } | number, low: number, critical: number, good: number): Finding {
  const score =
    typeof q === 'number'
      ? num(q, 'metrics.dataQuality')
      : q !== null && typeof q === 'object'
        ? num(q.score, 'metrics.dataQuality.score')
        : num(q, 'metrics.dataQuality');
  if (score < 0 || score > 100) throw bad('metrics.dataQuality', 'must be a data quality index 0–100', score);
  if (score < critical)
    return { delta: 2, evidence: [{ source: 'data-quality', metric: 'dataQualityIndex', value: score, threshold: critical }] };
  if (score < low)
    return { delta: 1, evidence: [{ source: 'data-quality', metric: 'dataQualityIndex', value: score, threshold: low }] };
  if (score >= good)
    return { delta: -1, evidence: [{ source: 'data-quality', metric: 'dataQualityIndex', value: score, threshold: good }] };
  return { delta: 0, evidence: [] };
}

function fromDelivery(d: DeliveryInput, year: number): Finding | null {
  if (d === null || typeof d !== 'object') throw bad('metrics.delivery', 'must be a deliveryScorecard or delivery results', d);
  const figures: [DoraMetric, number | null][] = [];
  if ('keys' in d && Array.isArray(d.keys)) {
    for (const k of d.keys) {
      if (k.key === 'deploymentFrequency')
        figures.push(['deploymentFrequency', k.value === null ? null : num(k.value, 'metrics.delivery.keys.value') / 7]);
      else if (k.key === 'leadTimeForChanges' || k.key === 'changeFailureRate' || k.key === 'meanTimeToRecovery')
        figures.push([k.key, k.value]);
    }
  } else {
    const r = d as Exclude<DeliveryInput, { keys: unknown }>;
    if (r.deploymentFrequency) figures.push(['deploymentFrequency', r.deploymentFrequency.perDay]);
    if (r.leadTimeForChanges) figures.push(['leadTimeForChanges', r.leadTimeForChanges.p50Hours]);
    if (r.changeFailureRate) figures.push(['changeFailureRate', r.changeFailureRate.rate]);
    if (r.meanTimeToRecovery) figures.push(['meanTimeToRecovery', r.meanTimeToRecovery.meanHours]);
  }
  const measured = figures.filter((f): f is [DoraMetric, number] => f[1] !== null && f[1] >= 0);
  if (measured.length === 0) return null;
  const low: RiskEvidence[] = [];
  const good: RiskEvidence[] = [];
  for (const [metric, value] of measured) {
    const band = doraBand(metric, value, { year });
    // Evidence names the limit the figure failed (the worst non-low band's) or met (high's).
    const rules = doraBandTable(year).metrics[metric].rules;
    const lowLimit = rules[rules.length - 2].limit as number;
    const highLimit = (rules.find((x) => x.band === 'high') ?? rules[0]).limit as number;
    if (band === 'low') low.push({ source: 'delivery', metric, value, threshold: lowLimit });
    else if (band === 'elite' || band === 'high') good.push({ source: 'delivery', metric, value, threshold: highLimit });
  }
  if (low.length > 0) return { delta: low.length >= 2 ? 2 : 1, evidence: low };
  if (good.length === measured.length) return { delta: -1, evidence: good };
  return { delta: 0, evidence: [] };
}

/**
 * Turn this SDK's own measurements into proposed likelihood changes for the register:
 * drift (a `detectDrift` report, or `driftOverTime` with alerts still open) → `model-drift`;
 * fairness gaps past a limit (a difference above 0.1 or a ratio below the four-fifths rule)
 * → `bias`; a low data quality index (below 80) → `data-quality`; DORA keys in the `low`
 * band → `schedule`. A clear problem raises the likelihood by 1, a severe one (dataset drift,
 * twice the fairness limit, an index below 60, two low DORA keys) by 2; when every figure of
 * a source is healthy, lowering by 1 is proposed (`options.lower`). Nothing is proposed past
 * 5 or below 1, or where the likelihood would not change. Proposals follow register order;
 * each carries the evidence behind it, so a reviewer can accept or reject it.
 *
 * @example
 * ```ts
 * const risks = [
 *   { id: 'R1', title: 'Fraud patterns shift', category: 'model-drift', likelihood: 2, impact: 5 },
 *   { id: 'R2', title: 'Declines fall on one region', category: 'bias', likelihood: 2, impact: 4 },
 *   { id: 'R3', title: 'Chargeback labels late', category: 'data-quality', likelihood: 3, impact: 3 },
 * ];
 * const signals = riskSignalsFromMetrics(
 *   { fairness: { demographicParityDifference: 0.14 }, dataQuality: { score: 97.2 } },
 *   risks,
 * );
 * signals.map((s) => [s.riskId, s.direction, s.proposedLikelihood]); // [['R2', 'raise', 3], ['R3', 'lower', 2]]
 * signals[0].evidence; // [{ source: 'fairness', metric: 'demographicParityDifference', value: 0.14, threshold: 0.1 }]
 * ```
 */
export function riskSignalsFromMetrics(
  metrics: RiskMetricsInput,
  risks: readonly Risk[],
  options: RiskSignalOptions = {},
): RiskSignal[] {
  if (metrics === null || typeof metrics !== 'object')
    throw bad('metrics', 'must be { drift?, fairness?, dataQuality?, delivery? }', metrics);
  const o = options ?? {};
  const diffLimit = limit(o.fairnessDifference, 0.1, 'fairnessDifference', 0, 1);
  const ratioLimit = limit(o.fairnessRatio, 0.8, 'fairnessRatio', 0, 1);
  const dqLow = limit(o.dataQualityIndex, 80, 'dataQualityIndex', 0, 100);
  const dqCritical = limit(o.dataQualityCritical, 60, 'dataQualityCritical', 0, dqLow);
  const dqGood = limit(o.dataQualityGood, 95, 'dataQualityGood', dqLow, 100);
  const year = o.year ?? DORA_LATEST_YEAR;
  // Checked even without delivery input, so a bad year is refused whatever the metrics hold.
  if (o.year !== undefined) doraBandTable(year);
  const allowLower = o.lower ?? true;
  if (typeof allowLower !== 'boolean')
    throw new SextantError('INVALID_OPTION', `options.lower must be a boolean; got ${show(allowLower)}`, {
      argument: 'options.lower',
    });
  const reg = checkRegister(risks);

  const findings = new Map<RiskCategory, Finding>();
  const add = (c: RiskCategory, f: Finding | null) => {
    if (f !== null && f.delta !== 0) findings.set(c, f);
  };
  if (metrics.drift !== undefined) add('model-drift', fromDrift(metrics.drift));
  if (metrics.fairness !== undefined) add('bias', fromFairness(metrics.fairness, diffLimit, ratioLimit));
  if (metrics.dataQuality !== undefined) add('data-quality', fromDataQuality(metrics.dataQuality, dqLow, dqCritical, dqGood));
  if (metrics.delivery !== undefined) add('schedule', fromDelivery(metrics.delivery, year));

  const out: RiskSignal[] = [];
  for (const r of reg) {
    const f = findings.get(r.category);
    if (!f || (f.delta < 0 && !allowLower)) continue;
    const proposed = Math.min(5, Math.max(1, r.likelihood + f.delta));
    if (proposed === r.likelihood) continue;
    out.push({
      riskId: r.id,
      category: r.category,
      direction: proposed > r.likelihood ? 'raise' : 'lower',
      currentLikelihood: r.likelihood,
      proposedLikelihood: proposed,
      evidence: f.evidence.map((e) => ({ ...e })),
    });
  }
  return out;
}
