/**
 * Checking and reading summary facts: refuse early with the path of the first bad field, then
 * hand the writer plain, checked records. Internal to `summary/`.
 */
import { SextantError } from '../errors';
import { daysFromCivil, parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import type { DeliveryStatus } from './status';
import { statusFromTarget } from './status';
import type { SummaryDelivery, SummaryFacts, SummaryFairness, SummaryMetric, SummaryRisk, SummaryRiskBand } from './types';

export const DAY_MS = 86_400_000;
/** Arrays in facts are lists people read; anything longer is a mistake, refused before any loop. */
const MAX_ITEMS = 10_000;

export function bad(
  path: string,
  message: string,
  value?: unknown,
  code: 'INVALID_VALUE' | 'NON_FINITE' = 'INVALID_VALUE',
): SextantError {
  return new SextantError(code, `${path} ${message}; got ${show(value)}`, { argument: path, value });
}

export function own(o: object, k: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

function obj(v: unknown, path: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw bad(path, 'must be an object', v);
  return v as Record<string, unknown>;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw bad(path, 'must be a string', v);
  return v;
}

function optStr(v: unknown, path: string): string | null {
  return v === undefined || v === null ? null : str(v, path);
}

function fin(v: unknown, path: string): number {
  if (typeof v !== 'number') throw bad(path, 'must be a number', v);
  if (!Number.isFinite(v)) throw bad(path, 'must be finite', v, 'NON_FINITE');
  return v;
}

function finOrNull(v: unknown, path: string): number | null {
  return v === null || v === undefined ? null : fin(v, path);
}

/**
 * A real array of sane length (refused in constant time otherwise). Read it with indexed loops
 * or `Array.from`, never `map`/`forEach`: those skip holes, and a hole must be refused as the
 * missing entry it is rather than reach the writer as `undefined`.
 */
function list(v: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(v)) throw bad(path, 'must be an array', v);
  if (v.length > MAX_ITEMS) throw bad(path, `must have at most ${MAX_ITEMS} entries`, v.length);
  return v;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day: `start` = 00:00 UTC of the date (calendar dates) or of the instant's UTC date; `end` = when it is over. */
export interface Day {
  /** The instant the thing is due or done (for a calendar date, the end of that UTC day). */
  end: number;
  /** 00:00 UTC of its date, for counting days. */
  day: number;
  calendar: boolean;
  iso: string;
}

/** A calendar date `'YYYY-MM-DD'` (a date, not an instant) or an instant through parseInstant. */
export function readDay(v: unknown, path: string): Day {
  if (typeof v === 'string') {
    const m = DATE_RE.exec(v);
    if (m) {
      const y = +m[1];
      const mo = +m[2];
      const d = +m[3];
      const days = daysFromCivil(y, mo, d);
      // Round-trip through the civil calendar: 2026-02-30 is refused rather than rolled over.
      const back = new Date(days * DAY_MS);
      if (mo < 1 || mo > 12 || back.getUTCFullYear() !== y || back.getUTCMonth() + 1 !== mo || back.getUTCDate() !== d) {
        throw bad(path, 'is not a calendar date', v);
      }
      return { day: days * DAY_MS, end: (days + 1) * DAY_MS, calendar: true, iso: v };
    }
  }
  const t = parseInstant(v, path);
  return { day: Math.floor(t / DAY_MS) * DAY_MS, end: t, calendar: false, iso: new Date(t).toISOString() };
}

export interface CheckedMetric extends SummaryMetric {
  status: DeliveryStatus;
}

export interface CheckedMilestone {
  name: string;
  due: Day;
  done: Day | null;
}

export interface CheckedFairness {
  id: string;
  metric: string;
  feature: string;
  measure: 'difference' | 'ratio';
  threshold: number;
  /** The measured difference or ratio (null: a ratio Fairlearn leaves undefined). */
  value: number | null;
  finding: boolean;
  frame: {
    byGroup: [string, number][];
    difference: number;
    ratio: number | null;
    min: [string, number];
    max: [string, number];
  } | null;
}

export interface CheckedRisk {
  id: string;
  title: string;
  category: string;
  owner: string | null;
  band: SummaryRiskBand;
  score: number;
  overdue: number;
}

export interface CheckedDrift {
  /** Drifting in the latest batch, in feature order, with the batch where the episode started. */
  active: { feature: string; method: string; score: number | null; threshold: number; since: number | null }[];
  /** Recovered features: the last `end` alert of each feature not drifting now. */
  recovered: { feature: string; at: number }[];
  latest: { drifted: number; tested: number; share: number; at: number | null };
}

export interface CheckedFacts {
  project: string;
  due: Day | null;
  now: number;
  metrics: CheckedMetric[];
  milestones: CheckedMilestone[];
  fairness: CheckedFairness[] | null;
  drift: CheckedDrift | null;
  dataQuality: { score: number; weakest: [string, number] | null } | null;
  risks: CheckedRisk[];
  delivery: SummaryDelivery | null;
  asks: { text: string; audiences: readonly string[] | null }[];
  openQuestions: { id: string; question: string }[];
}

const BANDS: readonly SummaryRiskBand[] = ['low', 'medium', 'high', 'critical'];
const AUDIENCE_SET = new Set(['executive', 'technical', 'business', 'legal']);

function checkMetric(v: unknown, i: number): CheckedMetric {
  const p = `facts.metrics[${i}]`;
  const m = obj(v, p);
  const id = str(own(m, 'id'), `${p}.id`);
  const name = str(own(m, 'name'), `${p}.name`);
  const value = fin(own(m, 'value'), `${p}.value`);
  const target = fin(own(m, 'target'), `${p}.target`);
  const direction = own(m, 'direction');
  if (direction !== 'higher' && direction !== 'lower') throw bad(`${p}.direction`, "must be 'higher' or 'lower'", direction);
  const unit = own(m, 'unit');
  if (unit !== undefined) str(unit, `${p}.unit`);
  const tol = own(m, 'tolerance');
  if (tol !== undefined && fin(tol, `${p}.tolerance`) < 0) throw bad(`${p}.tolerance`, 'must be ≥ 0', tol);
  const hist = own(m, 'history');
  if (hist !== undefined) {
    const h = list(hist, `${p}.history`);
    for (let k = 0; k < h.length; k++) fin(h[k], `${p}.history[${k}]`);
  }
  const meaning = own(m, 'meaning');
  if (meaning !== undefined) {
    const mm = obj(meaning, `${p}.meaning`);
    const kind = own(mm, 'kind');
    if (kind !== 'catch-rate' && kind !== 'alert-precision' && kind !== 'response-time') {
      throw bad(`${p}.meaning.kind`, "must be 'catch-rate', 'alert-precision' or 'response-time'", kind);
    }
    str(own(mm, 'subject'), `${p}.meaning.subject`);
    for (const k of ['casesPerMonth', 'valuePerCase', 'percentile'] as const) {
      const x = own(mm, k);
      if (x !== undefined && fin(x, `${p}.meaning.${k}`) < 0) throw bad(`${p}.meaning.${k}`, 'must be ≥ 0', x);
    }
    const pc = own(mm, 'percentile');
    if (pc !== undefined && ((pc as number) <= 0 || (pc as number) > 100))
      throw bad(`${p}.meaning.percentile`, 'must be in (0, 100]', pc);
    const currency = own(mm, 'currency');
    // An ISO 4217 code; anything else made Intl throw a RangeError deep in the writer, named `currency`.
    if (currency !== undefined && !/^[A-Za-z]{3}$/.test(str(currency, `${p}.meaning.currency`)))
      throw bad(`${p}.meaning.currency`, 'must be an ISO 4217 code such as USD', currency);
    const cases = own(mm, 'casesPerMonth');
    const each = own(mm, 'valuePerCase');
    // The money sentences multiply the two: past the largest double they would print "∞".
    if (typeof cases === 'number' && typeof each === 'number' && !Number.isFinite(cases * each))
      throw bad(
        `${p}.meaning`,
        'has casesPerMonth × valuePerCase past the largest double; state the amounts in a larger unit',
        cases,
      );
    if (kind === 'response-time' && unit !== 'ms' && unit !== 's') {
      throw bad(`${p}.unit`, "must be 'ms' or 's' for a response-time meaning", unit);
    }
    if (kind !== 'response-time') {
      const share = unit === 'percent' ? value / 100 : value;
      if (share < 0 || share > 1) throw bad(`${p}.value`, `must be a share in [0, 1] for a ${kind} meaning`, value);
    }
  }
  // The technical text prints the gap |value − target|: two finite values of opposite sign
  // near ±1.8e308 have no finite gap (metricDelta refuses the same).
  if (!Number.isFinite(value - target))
    throw bad(p, `has value and target too far apart to print their gap (${value} and ${target}); rescale the metric`, value);
  const status = statusFromTarget(value, {
    target,
    higherIsBetter: direction === 'higher',
    tolerance: (tol as number | undefined) ?? 0.05,
  });
  return { ...(m as unknown as SummaryMetric), id, name, value, target, direction, status };
}

function checkFairness(v: unknown, i: number): CheckedFairness {
  const p = `facts.fairness[${i}]`;
  const f = obj(v, p);
  const id = str(own(f, 'id'), `${p}.id`);
  const metric = str(own(f, 'metric'), `${p}.metric`);
  const feature = str(own(f, 'feature'), `${p}.feature`);
  const measure = own(f, 'measure') ?? 'difference';
  if (measure !== 'difference' && measure !== 'ratio') throw bad(`${p}.measure`, "must be 'difference' or 'ratio'", measure);
  const threshold =
    own(f, 'threshold') === undefined ? (measure === 'ratio' ? 0.8 : 0.1) : fin(own(f, 'threshold'), `${p}.threshold`);
  const r = own(f, 'result');
  let frame: CheckedFairness['frame'] = null;
  let value: number | null;
  if (typeof r === 'number') {
    value = fin(r, `${p}.result`);
  } else {
    const o = obj(r, `${p}.result`);
    const difference = fin(own(o, 'difference'), `${p}.result.difference`);
    const ratio = finOrNull(own(o, 'ratio'), `${p}.result.ratio`);
    const bg = obj(own(o, 'byGroup'), `${p}.result.byGroup`);
    const keys = Object.keys(bg);
    if (keys.length === 0) throw bad(`${p}.result.byGroup`, 'must have at least one group', bg);
    if (keys.length > MAX_ITEMS) throw bad(`${p}.result.byGroup`, `must have at most ${MAX_ITEMS} groups`, keys.length);
    const byGroup: [string, number][] = keys.map((k) => [k, fin(bg[k], `${p}.result.byGroup[${JSON.stringify(k)}]`)]);
    let min = byGroup[0];
    let max = byGroup[0];
    for (const g of byGroup) {
      if (g[1] < min[1]) min = g;
      if (g[1] > max[1]) max = g;
    }
    frame = { byGroup, difference, ratio, min, max };
    value = measure === 'ratio' ? ratio : difference;
  }
  // The legal text gives differences in percentage points (× 100): refuse what would print "∞".
  const points = (x: number | null, path: string) => {
    if (x !== null && !Number.isFinite(x * 100)) throw bad(path, 'is too large to state in percentage points', x);
  };
  if (frame) points(frame.difference, `${p}.result.difference`);
  else points(value, `${p}.result`);
  points(threshold, `${p}.threshold`);
  points(1 - threshold, `${p}.threshold`);
  const finding = value === null ? true : measure === 'ratio' ? value < threshold : value > threshold;
  return { id, metric, feature, measure, threshold, value, finding, frame };
}

function checkRisk(v: unknown, i: number): CheckedRisk {
  const p = `facts.risks[${i}]`;
  const o = obj(v, p);
  const risk = obj(own(o, 'risk'), `${p}.risk`);
  const score = obj(own(o, 'score'), `${p}.score`);
  const residual = obj(own(score, 'residual'), `${p}.score.residual`);
  const band = own(residual, 'band');
  if (!BANDS.includes(band as SummaryRiskBand)) throw bad(`${p}.score.residual.band`, `must be one of ${BANDS.join(', ')}`, band);
  const overdue = own(score, 'overdueMitigations');
  const od = overdue === undefined ? [] : list(overdue, `${p}.score.overdueMitigations`);
  return {
    id: str(own(risk, 'id'), `${p}.risk.id`),
    title: str(own(risk, 'title'), `${p}.risk.title`),
    category: str(own(risk, 'category'), `${p}.risk.category`),
    owner: optStr(own(risk, 'owner'), `${p}.risk.owner`),
    band: band as SummaryRiskBand,
    score: fin(own(residual, 'score'), `${p}.score.residual.score`),
    overdue: od.length,
  };
}

function checkDrift(v: unknown): CheckedDrift {
  const d = obj(v, 'facts.drift');
  const alerts = own(d, 'alerts');
  if (alerts !== undefined) {
    // A driftOverTime result.
    const al = list(alerts, 'facts.drift.alerts');
    const series = obj(own(d, 'series'), 'facts.drift.series');
    const feats = list(own(d, 'features'), 'facts.drift.features');
    const dataset = list(own(d, 'dataset'), 'facts.drift.dataset');
    const lastStart = new Map<string, number>();
    const lastEnd = new Map<string, number>();
    for (let i = 0; i < al.length; i++) {
      const a = obj(al[i], `facts.drift.alerts[${i}]`);
      const feature = str(own(a, 'feature'), `facts.drift.alerts[${i}].feature`);
      const at = parseInstant(own(a, 'at'), `facts.drift.alerts[${i}].at`);
      const kind = own(a, 'kind');
      if (kind === 'start') lastStart.set(feature, at);
      else if (kind === 'end') lastEnd.set(feature, at);
      else throw bad(`facts.drift.alerts[${i}].kind`, "must be 'start' or 'end'", kind);
    }
    const active: CheckedDrift['active'] = [];
    const recovered: CheckedDrift['recovered'] = [];
    for (let i = 0; i < feats.length; i++) {
      const f = obj(feats[i], `facts.drift.features[${i}]`);
      const name = str(own(f, 'name'), `facts.drift.features[${i}].name`);
      const pts = own(series, name);
      const s = pts === undefined ? [] : list(pts, `facts.drift.series[${JSON.stringify(name)}]`);
      const last = s.length ? obj(s[s.length - 1], `facts.drift.series[${JSON.stringify(name)}][${s.length - 1}]`) : null;
      if (last && own(last, 'drifted') === true) {
        active.push({
          feature: name,
          method: str(own(f, 'method'), `facts.drift.features[${i}].method`),
          score: finOrNull(own(last, 'score'), `facts.drift.series[${JSON.stringify(name)}][${s.length - 1}].score`),
          threshold: fin(own(f, 'threshold'), `facts.drift.features[${i}].threshold`),
          since: lastStart.get(name) ?? null,
        });
      } else if (lastEnd.has(name)) {
        recovered.push({ feature: name, at: lastEnd.get(name)! });
      }
    }
    let latest: CheckedDrift['latest'] = {
      drifted: active.length,
      tested: feats.length,
      share: feats.length ? active.length / feats.length : 0,
      at: null,
    };
    if (dataset.length) {
      const p = `facts.drift.dataset[${dataset.length - 1}]`;
      const last = obj(dataset[dataset.length - 1], p);
      latest = {
        drifted: fin(own(last, 'driftedCount'), `${p}.driftedCount`),
        tested: fin(own(last, 'testedCount'), `${p}.testedCount`),
        share: fin(own(last, 'driftedShare'), `${p}.driftedShare`),
        at: parseInstant(own(last, 'at'), `${p}.at`),
      };
    }
    return { active, recovered, latest };
  }
  // A detectDrift report.
  const feats = list(own(d, 'features'), 'facts.drift.features');
  const active: CheckedDrift['active'] = [];
  for (let i = 0; i < feats.length; i++) {
    const f = obj(feats[i], `facts.drift.features[${i}]`);
    if (own(f, 'drifted') !== true) continue;
    active.push({
      feature: str(own(f, 'name'), `facts.drift.features[${i}].name`),
      method: str(own(f, 'method'), `facts.drift.features[${i}].method`),
      score: finOrNull(own(f, 'score'), `facts.drift.features[${i}].score`),
      threshold: fin(own(f, 'threshold'), `facts.drift.features[${i}].threshold`),
      since: null,
    });
  }
  return {
    active,
    recovered: [],
    latest: {
      drifted: fin(own(d, 'driftedCount'), 'facts.drift.driftedCount'),
      tested: fin(own(d, 'testedCount'), 'facts.drift.testedCount'),
      share: fin(own(d, 'driftedShare'), 'facts.drift.driftedShare'),
      at: null,
    },
  };
}

function checkDelivery(v: unknown): SummaryDelivery {
  const d = obj(v, 'facts.delivery');
  const out: SummaryDelivery = {};
  const part = (k: string, fields: readonly string[], nullable: readonly string[]) => {
    const x = own(d, k);
    if (x === undefined) return;
    const o = obj(x, `facts.delivery.${k}`);
    const r: Record<string, number | null> = {};
    for (const f of fields) r[f] = fin(own(o, f), `facts.delivery.${k}.${f}`);
    for (const f of nullable) r[f] = finOrNull(own(o, f), `facts.delivery.${k}.${f}`);
    (out as Record<string, unknown>)[k] = r;
  };
  part('deploymentFrequency', ['count', 'perWeek'], []);
  part('leadTimeForChanges', ['count'], ['p50Hours']);
  part('changeFailureRate', ['deployments', 'failed'], ['rate']);
  part('meanTimeToRecovery', ['count', 'open'], ['meanHours']);
  part('rollbackRate', ['deployments', 'rolledBack'], ['rate']);
  return out;
}

/** Check every fact, in field order, and return them read. */
export function checkFacts(facts: unknown): CheckedFacts {
  const f = obj(facts, 'facts');
  const project = obj(own(f, 'project'), 'facts.project');
  const name = str(own(project, 'name'), 'facts.project.name');
  const dueRaw = own(project, 'dueDate');
  const due = dueRaw === undefined || dueRaw === null ? null : readDay(dueRaw, 'facts.project.dueDate');
  const now = parseInstant(own(f, 'now'), 'facts.now');

  const metrics = own(f, 'metrics') === undefined ? [] : Array.from(list(own(f, 'metrics'), 'facts.metrics'), checkMetric);

  const milestones: CheckedMilestone[] = [];
  if (own(f, 'milestones') !== undefined) {
    const ms = list(own(f, 'milestones'), 'facts.milestones');
    for (let i = 0; i < ms.length; i++) {
      const m = obj(ms[i], `facts.milestones[${i}]`);
      const done = own(m, 'doneAt');
      milestones.push({
        name: str(own(m, 'name'), `facts.milestones[${i}].name`),
        due: readDay(own(m, 'due'), `facts.milestones[${i}].due`),
        done: done === undefined || done === null ? null : readDay(done, `facts.milestones[${i}].doneAt`),
      });
    }
  }
  const fairness =
    own(f, 'fairness') === undefined ? null : Array.from(list(own(f, 'fairness'), 'facts.fairness'), checkFairness);
  const drift = own(f, 'drift') === undefined ? null : checkDrift(own(f, 'drift'));

  let dataQuality: CheckedFacts['dataQuality'] = null;
  if (own(f, 'dataQuality') !== undefined) {
    const dq = obj(own(f, 'dataQuality'), 'facts.dataQuality');
    const score = fin(own(dq, 'score'), 'facts.dataQuality.score');
    if (score < 0 || score > 100) throw bad('facts.dataQuality.score', 'must be in [0, 100]', score);
    let weakest: [string, number] | null = null;
    const br = own(dq, 'breakdown');
    if (br !== undefined) {
      const b = obj(br, 'facts.dataQuality.breakdown');
      for (const k of Object.keys(b)) {
        const part = obj(b[k], `facts.dataQuality.breakdown.${k}`);
        const s = finOrNull(own(part, 'score'), `facts.dataQuality.breakdown.${k}.score`);
        if (s !== null && (weakest === null || s < weakest[1])) weakest = [k, s];
      }
    }
    dataQuality = { score, weakest };
  }

  const risks = own(f, 'risks') === undefined ? [] : Array.from(list(own(f, 'risks'), 'facts.risks'), checkRisk);
  const delivery = own(f, 'delivery') === undefined ? null : checkDelivery(own(f, 'delivery'));

  const asks: CheckedFacts['asks'] = [];
  if (own(f, 'asks') !== undefined) {
    const as = list(own(f, 'asks'), 'facts.asks');
    for (let i = 0; i < as.length; i++) {
      const a = obj(as[i], `facts.asks[${i}]`);
      const text = str(own(a, 'text'), `facts.asks[${i}].text`);
      const au = own(a, 'audiences');
      let audiences: readonly string[] | null = null;
      if (au !== undefined) {
        const l = list(au, `facts.asks[${i}].audiences`);
        for (let k = 0; k < l.length; k++) {
          if (!AUDIENCE_SET.has(l[k] as string)) {
            throw bad(`facts.asks[${i}].audiences[${k}]`, 'must be executive, technical, business or legal', l[k]);
          }
        }
        audiences = l as string[];
      }
      asks.push({ text, audiences });
    }
  }
  const openQuestions: CheckedFacts['openQuestions'] = [];
  if (own(f, 'openQuestions') !== undefined) {
    const qs = list(own(f, 'openQuestions'), 'facts.openQuestions');
    for (let i = 0; i < qs.length; i++) {
      const q = obj(qs[i], `facts.openQuestions[${i}]`);
      const id = str(own(q, 'id'), `facts.openQuestions[${i}].id`);
      const question = str(own(q, 'question'), `facts.openQuestions[${i}].question`);
      const fn = own(q, 'function');
      if (fn !== undefined && fn !== 'govern' && fn !== 'map' && fn !== 'measure' && fn !== 'manage') {
        throw bad(`facts.openQuestions[${i}].function`, 'must be govern, map, measure or manage', fn);
      }
      openQuestions.push({ id, question });
    }
  }
  return { project: name, due, now, metrics, milestones, fairness, drift, dataQuality, risks, delivery, asks, openQuestions };
}

export type { SummaryFacts, SummaryFairness, SummaryMetric, SummaryRisk };
