/**
 * Reading governance facts: refuse early with the path of the first bad field, then hand the
 * writers plain, checked records. Internal to `governance/`.
 */
import { dataQualityIndex } from '../data-quality';
import { SextantError, isSextantError } from '../errors';
import { parseInstant, utcDateString } from '../internal/instant';
import { show } from '../internal/validate';
import { checkRisk, checkScoring, scoreChecked } from '../risk/score';
import type { RiskBand } from '../risk';
import type { ModelCardSourceKind } from './types';

function typeName(v: unknown): string {
  return v === null ? 'null' : typeof v === 'object' ? Object.prototype.toString.call(v).slice(8, -1) : typeof v;
}

/** Lists in facts are read by people; anything longer is a mistake, refused before any loop. */
export const MAX_ITEMS = 10_000;

export function bad(path: string, message: string, value?: unknown, code: 'INVALID_VALUE' | 'NON_FINITE' = 'INVALID_VALUE') {
  return new SextantError(code, `${path} ${message}; got ${show(value)}`, { argument: path, value });
}

export function own(o: object, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

export function obj(v: unknown, path: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw bad(path, 'must be an object', v);
  return v as Record<string, unknown>;
}

export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw bad(path, 'must be a string', v);
  return v;
}

export function optStr(v: unknown, path: string): string | null {
  return v === undefined || v === null ? null : str(v, path);
}

export function fin(v: unknown, path: string): number {
  if (typeof v !== 'number') throw bad(path, 'must be a number', v);
  if (!Number.isFinite(v)) throw bad(path, 'must be finite', v, 'NON_FINITE');
  return v;
}

export function finOrNull(v: unknown, path: string): number | null {
  return v === null || v === undefined ? null : fin(v, path);
}

/** A real array of sane length (refused in constant time otherwise). */
export function list(v: unknown, path: string): readonly unknown[] {
  // The type in the message: a Map or a DataView passed by mistake is named as such.
  if (!Array.isArray(v)) throw bad(path, `must be an array, not a ${typeName(v)}`, v);
  if (v.length > MAX_ITEMS) throw bad(path, `must have at most ${MAX_ITEMS} entries`, v.length);
  return v;
}

export function strings(v: unknown, path: string): string[] | null {
  if (v === undefined || v === null) return null;
  const l = list(v, path);
  const out = new Array<string>(l.length);
  for (let i = 0; i < l.length; i++) out[i] = str(l[i], `${path}[${i}]`);
  return out;
}

/** Own enumerable keys of a keyed object, refused past MAX_ITEMS. */
export function keysOf(o: Record<string, unknown>, path: string): string[] {
  const keys = Object.keys(o);
  if (keys.length > MAX_ITEMS) throw bad(path, `must have at most ${MAX_ITEMS} keys`, keys.length);
  return keys;
}

export interface CheckedInterval {
  value: number;
  lower: number;
  upper: number;
  confidence: number;
  nBoot: number;
  seed: number;
}

export function interval(v: unknown, path: string): CheckedInterval | null {
  if (v === undefined || v === null) return null;
  const o = obj(v, path);
  const value = fin(own(o, 'value'), `${path}.value`);
  const lower = fin(own(o, 'lower'), `${path}.lower`);
  const upper = fin(own(o, 'upper'), `${path}.upper`);
  if (!(lower <= value && value <= upper)) throw bad(`${path}`, 'must have lower ≤ value ≤ upper', { lower, value, upper });
  const confidence = fin(own(o, 'confidence'), `${path}.confidence`);
  if (!(confidence > 0 && confidence < 1)) throw bad(`${path}.confidence`, 'must be strictly between 0 and 1', confidence);
  const nBoot = fin(own(o, 'nBoot'), `${path}.nBoot`);
  if (!Number.isInteger(nBoot) || nBoot < 1) throw bad(`${path}.nBoot`, 'must be an integer ≥ 1', nBoot);
  const seed = fin(own(o, 'seed'), `${path}.seed`);
  return { value, lower, upper, confidence, nBoot, seed };
}

export interface CheckedMetric {
  index: number;
  name: string;
  feature: string;
  overall: number;
  /** [group, value, rows] in the frame's key order. */
  groups: [string, number, number | null][];
  difference: number;
  threshold: number;
  intervals: {
    overall: CheckedInterval | null;
    byGroup: Map<string, CheckedInterval>;
    difference: CheckedInterval | null;
    given: boolean;
  };
}

function checkMetric(v: unknown, i: number, defaultThreshold: number): CheckedMetric {
  const p = `facts.metrics[${i}]`;
  const m = obj(v, p);
  const name = str(own(m, 'name'), `${p}.name`);
  const feature = str(own(m, 'feature'), `${p}.feature`);
  const frame = obj(own(m, 'frame'), `${p}.frame`);
  const overall = fin(own(frame, 'overall'), `${p}.frame.overall`);
  const difference = fin(own(frame, 'difference'), `${p}.frame.difference`);
  const bg = obj(own(frame, 'byGroup'), `${p}.frame.byGroup`);
  const keys = keysOf(bg, `${p}.frame.byGroup`);
  if (keys.length === 0) throw bad(`${p}.frame.byGroup`, 'must have at least one group', bg);
  const countsRaw = own(frame, 'counts');
  const counts = countsRaw === undefined ? null : obj(countsRaw, `${p}.frame.counts`);
  const groups: CheckedMetric['groups'] = keys.map((k) => {
    const value = fin(bg[k], `${p}.frame.byGroup[${JSON.stringify(k)}]`);
    let rows: number | null = null;
    if (counts) {
      const c = own(counts, k);
      if (c !== undefined) {
        rows = fin(c, `${p}.frame.counts[${JSON.stringify(k)}]`);
        if (!Number.isInteger(rows) || rows < 0)
          throw bad(`${p}.frame.counts[${JSON.stringify(k)}]`, 'must be an integer ≥ 0', c);
      }
    }
    return [k, value, rows];
  });
  const th = own(m, 'threshold');
  const threshold = th === undefined ? defaultThreshold : fin(th, `${p}.threshold`);
  if (threshold < 0) throw bad(`${p}.threshold`, 'must be ≥ 0', threshold);
  const iv = own(m, 'intervals');
  const byGroup = new Map<string, CheckedInterval>();
  let ov: CheckedInterval | null = null;
  let diff: CheckedInterval | null = null;
  if (iv !== undefined && iv !== null) {
    const o = obj(iv, `${p}.intervals`);
    ov = interval(own(o, 'overall'), `${p}.intervals.overall`);
    diff = interval(own(o, 'difference'), `${p}.intervals.difference`);
    const bgi = own(o, 'byGroup');
    if (bgi !== undefined && bgi !== null) {
      const b = obj(bgi, `${p}.intervals.byGroup`);
      for (const k of keysOf(b, `${p}.intervals.byGroup`)) {
        if (own(bg, k) === undefined)
          throw bad(`${p}.intervals.byGroup[${JSON.stringify(k)}]`, 'names a group that is not in frame.byGroup', k);
        byGroup.set(k, interval(b[k], `${p}.intervals.byGroup[${JSON.stringify(k)}]`)!);
      }
    }
  }
  return {
    index: i,
    name,
    feature,
    overall,
    groups,
    difference,
    threshold,
    intervals: { overall: ov, byGroup, difference: diff, given: iv !== undefined && iv !== null },
  };
}

export interface CheckedDataset {
  path: string;
  name: string | null;
  description: string | null;
  motivation: string | null;
  preprocessing: string | null;
  dataQuality: {
    kind: 'dataQualityIndex' | 'profileDataQuality';
    score: number;
    weakest: [string, number] | null;
    rows: number | null;
  } | null;
}

function checkDataset(v: unknown, path: string): CheckedDataset {
  const d = obj(v, path);
  let dq: CheckedDataset['dataQuality'] = null;
  const raw = own(d, 'dataQuality');
  if (raw !== undefined && raw !== null) {
    const q = obj(raw, `${path}.dataQuality`);
    const isProfile = own(q, 'rowCount') !== undefined && own(q, 'scores') !== undefined;
    let index: { score: number; breakdown: Record<string, { score: number | null }> };
    let rows: number | null = null;
    if (isProfile) {
      rows = fin(own(q, 'rowCount'), `${path}.dataQuality.rowCount`);
      try {
        index = dataQualityIndex(q as never) as never;
      } catch (e) {
        if (isSextantError(e))
          throw new SextantError(e.code, `${path}.dataQuality: ${e.message}`, { argument: `${path}.dataQuality` });
        throw e;
      }
    } else {
      const score = fin(own(q, 'score'), `${path}.dataQuality.score`);
      if (score < 0 || score > 100) throw bad(`${path}.dataQuality.score`, 'must be in [0, 100]', score);
      const br = own(q, 'breakdown');
      const breakdown: Record<string, { score: number | null }> = Object.create(null) as Record<string, { score: number | null }>;
      if (br !== undefined) {
        const b = obj(br, `${path}.dataQuality.breakdown`);
        for (const k of keysOf(b, `${path}.dataQuality.breakdown`)) {
          const part = obj(b[k], `${path}.dataQuality.breakdown.${k}`);
          breakdown[k] = { score: finOrNull(own(part, 'score'), `${path}.dataQuality.breakdown.${k}.score`) };
        }
      }
      index = { score, breakdown };
    }
    let weakest: [string, number] | null = null;
    for (const k of Object.keys(index.breakdown)) {
      const s = index.breakdown[k].score;
      if (s !== null && (weakest === null || s < weakest[1])) weakest = [k, s];
    }
    dq = { kind: isProfile ? 'profileDataQuality' : 'dataQualityIndex', score: index.score, weakest, rows };
  }
  return {
    path,
    name: optStr(own(d, 'name'), `${path}.name`),
    description: optStr(own(d, 'description'), `${path}.description`),
    motivation: optStr(own(d, 'motivation'), `${path}.motivation`),
    preprocessing: optStr(own(d, 'preprocessing'), `${path}.preprocessing`),
    dataQuality: dq,
  };
}

export interface CheckedDrift {
  kind: 'detectDrift' | 'driftOverTime';
  tested: number;
  /** Drifting features in the latest data, in feature order. */
  drifted: string[];
  at: string | null;
}

function checkDrift(v: unknown): CheckedDrift {
  const d = obj(v, 'facts.drift');
  if (own(d, 'alerts') !== undefined) {
    list(own(d, 'alerts'), 'facts.drift.alerts');
    const series = obj(own(d, 'series'), 'facts.drift.series');
    const feats = list(own(d, 'features'), 'facts.drift.features');
    const drifted: string[] = [];
    let tested = 0;
    let at: string | null = null;
    for (let i = 0; i < feats.length; i++) {
      const f = obj(feats[i], `facts.drift.features[${i}]`);
      const name = str(own(f, 'name'), `facts.drift.features[${i}].name`);
      const raw = own(series, name);
      if (raw === undefined) continue;
      const path = `facts.drift.series[${JSON.stringify(name)}]`;
      if (!Array.isArray(raw)) throw bad(path, 'must be an array', raw);
      if (raw.length === 0) continue;
      const last = obj(raw[raw.length - 1], `${path}[${raw.length - 1}]`);
      const score = own(last, 'score');
      if (score !== null) fin(score, `${path}[${raw.length - 1}].score`);
      const a = own(last, 'at');
      if (a !== undefined) {
        const t = new Date(parseInstant(a, `${path}[${raw.length - 1}].at`)).toISOString();
        if (at === null || t > at) at = t;
      }
      if (score === null) continue;
      tested++;
      if (own(last, 'drifted') === true) drifted.push(name);
    }
    return { kind: 'driftOverTime', tested, drifted, at };
  }
  const feats = list(own(d, 'features'), 'facts.drift.features');
  const drifted: string[] = [];
  let tested = 0;
  for (let i = 0; i < feats.length; i++) {
    const f = obj(feats[i], `facts.drift.features[${i}]`);
    const name = str(own(f, 'name'), `facts.drift.features[${i}].name`);
    if (finOrNull(own(f, 'score'), `facts.drift.features[${i}].score`) === null) continue;
    tested++;
    if (own(f, 'drifted') === true) drifted.push(name);
  }
  return { kind: 'detectDrift', tested, drifted, at: null };
}

export interface CheckedRiskEntry {
  index: number;
  id: string;
  title: string;
  category: string;
  owner: string | null;
  band: RiskBand;
  score: number;
  overdue: number;
}

export interface CheckedCardFacts {
  model: {
    name: string;
    version: string | null;
    type: string | null;
    description: string | null;
    owners: string[] | null;
    date: string | null;
    license: string | null;
    contact: string | null;
    references: string[] | null;
  };
  intendedUse: { primaryUses: string[] | null; primaryUsers: string[] | null; outOfScope: string[] | null };
  relevantFactors: string[] | null;
  decisionThreshold: string | null;
  metrics: CheckedMetric[] | null;
  evaluationData: CheckedDataset | null;
  trainingData: CheckedDataset | null;
  drift: CheckedDrift | null;
  risks: CheckedRiskEntry[] | null;
  ethicalConsiderations: string[] | null;
  caveats: string[] | null;
}

export interface GovernanceOptions {
  now: number;
  fairnessThreshold: number;
  digits: number;
}

export function checkOptions(
  options: unknown,
  extra: readonly string[] = [],
): GovernanceOptions & { raw: Record<string, unknown> } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SextantError('INVALID_OPTION', `options must be an object with now; got ${show(options)}`, { argument: 'options' });
  }
  const o = options as Record<string, unknown>;
  const now = parseInstant(own(o, 'now'), 'options.now', { code: 'INVALID_OPTION' });
  const ft = own(o, 'fairnessThreshold');
  if (ft !== undefined && (typeof ft !== 'number' || !Number.isFinite(ft) || ft < 0)) {
    throw new SextantError('INVALID_OPTION', `options.fairnessThreshold must be a finite number ≥ 0; got ${show(ft)}`, {
      argument: 'options.fairnessThreshold',
      value: ft,
    });
  }
  const dg = own(o, 'digits');
  if (dg !== undefined && (typeof dg !== 'number' || !Number.isInteger(dg) || dg < 0 || dg > 6)) {
    throw new SextantError('INVALID_OPTION', `options.digits must be an integer in 0…6; got ${show(dg)}`, {
      argument: 'options.digits',
      value: dg,
    });
  }
  void extra;
  return { now, fairnessThreshold: (ft as number | undefined) ?? 0.1, digits: (dg as number | undefined) ?? 2, raw: o };
}

/** Check every fact, in field order. */
export function checkCardFacts(facts: unknown, opts: GovernanceOptions): CheckedCardFacts {
  const f = obj(facts, 'facts');
  const m = obj(own(f, 'model'), 'facts.model');
  const name = str(own(m, 'name'), 'facts.model.name');
  if (name.trim() === '') throw bad('facts.model.name', 'must not be empty', name);
  const dateRaw = own(m, 'date');
  const model: CheckedCardFacts['model'] = {
    name,
    version: optStr(own(m, 'version'), 'facts.model.version'),
    type: optStr(own(m, 'type'), 'facts.model.type'),
    description: optStr(own(m, 'description'), 'facts.model.description'),
    owners: strings(own(m, 'owners'), 'facts.model.owners'),
    // A release is a day: its UTC date, as Mitchell et al.'s "model date".
    date: dateRaw === undefined || dateRaw === null ? null : utcDateString(parseInstant(dateRaw, 'facts.model.date')),
    license: optStr(own(m, 'license'), 'facts.model.license'),
    contact: optStr(own(m, 'contact'), 'facts.model.contact'),
    references: strings(own(m, 'references'), 'facts.model.references'),
  };
  const iu = own(f, 'intendedUse');
  const u = iu === undefined || iu === null ? null : obj(iu, 'facts.intendedUse');
  const intendedUse = {
    primaryUses: u ? strings(own(u, 'primaryUses'), 'facts.intendedUse.primaryUses') : null,
    primaryUsers: u ? strings(own(u, 'primaryUsers'), 'facts.intendedUse.primaryUsers') : null,
    outOfScope: u ? strings(own(u, 'outOfScope'), 'facts.intendedUse.outOfScope') : null,
  };
  const fa = own(f, 'factors');
  const relevantFactors =
    fa === undefined || fa === null ? null : strings(own(obj(fa, 'facts.factors'), 'relevant'), 'facts.factors.relevant');
  const decisionThreshold = optStr(own(f, 'decisionThreshold'), 'facts.decisionThreshold');
  const mr = own(f, 'metrics');
  const metrics =
    mr === undefined || mr === null ? null : list(mr, 'facts.metrics').map((x, i) => checkMetric(x, i, opts.fairnessThreshold));
  const ed = own(f, 'evaluationData');
  const td = own(f, 'trainingData');
  const dr = own(f, 'drift');
  let risks: CheckedRiskEntry[] | null = null;
  const rr = own(f, 'risks');
  if (rr !== undefined && rr !== null) {
    const l = list(rr, 'facts.risks');
    const scoring = checkScoring({ today: opts.now });
    const seen = new Set<string>();
    risks = l.map((r, i) => {
      const c = checkRisk(r, `facts.risks[${i}]`, i);
      if (seen.has(c.id)) throw bad(`facts.risks[${i}].id`, 'repeats the id of an earlier risk', c.id);
      seen.add(c.id);
      const s = scoreChecked(c, scoring);
      return {
        index: i,
        id: c.id,
        title: c.title,
        category: c.category,
        owner: c.owner ?? null,
        band: s.residual.band,
        score: s.residual.score,
        overdue: s.overdueMitigations.length,
      };
    });
  }
  return {
    model,
    intendedUse,
    relevantFactors,
    decisionThreshold,
    metrics,
    evaluationData: ed === undefined || ed === null ? null : checkDataset(ed, 'facts.evaluationData'),
    trainingData: td === undefined || td === null ? null : checkDataset(td, 'facts.trainingData'),
    drift: dr === undefined || dr === null ? null : checkDrift(dr),
    risks,
    ethicalConsiderations: strings(own(f, 'ethicalConsiderations'), 'facts.ethicalConsiderations'),
    caveats: strings(own(f, 'caveats'), 'facts.caveats'),
  };
}

/** A number with `digits` decimals, never "-0.00". */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** A share as a whole percentage: "95 %" style without the space ("95%"). */
export function percent(x: number): string {
  return `${fixed(x * 100, x * 100 === Math.round(x * 100) ? 0 : 1)}%`;
}

export type { ModelCardSourceKind };
