/**
 * Scoring an AI/ML risk register (API.md, "risk"): the 5 × 5 likelihood × impact matrix of
 * ISO 31000-style registers, inherent and residual positions, overdue mitigations, the
 * heat map's 25 cells and one project score.
 */
import { SextantError } from '../errors';
import { isoInstantToEpoch, parseInstant, utcDateString } from '../internal/instant';
import { show } from '../internal/validate';
import { checkArrayLike } from '../internal/hostile';
import { type RiskCategory, riskCatalogue, riskCategory } from './catalogue';

/** A risk band, from the score or a lookup matrix. */
export type RiskBand = 'low' | 'medium' | 'high' | 'critical';

/** Where a mitigation stands. */
export type MitigationStatus = 'planned' | 'in-progress' | 'done';

/** An action that lowers a risk once `done`. */
export interface Mitigation {
  id: string;
  title: string;
  status: MitigationStatus;
  /** Due date, `YYYY-MM-DD`. */
  due?: string;
  /** Steps it takes off likelihood and impact when done (integers ≥ 0). */
  reduces?: { likelihood?: number; impact?: number };
  owner?: string;
}

/** One entry of the register (API.md). */
export interface Risk {
  id: string;
  title: string;
  category: RiskCategory;
  /** 1 (rare) … 5 (almost certain). */
  likelihood: number;
  /** 1 (negligible) … 5 (severe). */
  impact: number;
  owner?: string;
  mitigations?: readonly Mitigation[];
  /** An assessed residual position; else derived from the `done` mitigations. */
  residual?: { likelihood: number; impact: number };
}

/** Band limits on the score (likelihood × impact): `low ≤ low < medium ≤ medium < high ≤ high < critical`. */
export interface RiskBandLimits {
  low: number;
  medium: number;
  high: number;
}

/** Options shared by the scoring functions. */
export interface RiskScoringOptions {
  /** Today, `YYYY-MM-DD` or an instant (its UTC date); without it nothing is overdue. @default undefined */
  today?: string | number;
  /** Band limits on the product. @default { low: 4, medium: 9, high: 16 } */
  bands?: RiskBandLimits;
  /**
   * A lookup table instead of the product, for organisations that do not multiply:
   * `matrix[likelihood − 1][impact − 1]` is the band. @default undefined
   */
  matrix?: readonly (readonly RiskBand[])[];
}

/** A position on the matrix with its score and band. */
export interface RiskPosition {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
}

/** Result of {@link scoreRisk}. */
export interface RiskScore {
  id: string;
  category: RiskCategory;
  inherent: RiskPosition;
  residual: RiskPosition;
  /** Ids of mitigations not `done` whose `due` is before `today`. */
  overdueMitigations: string[];
}

/**
 * The default band limits: low ≤ 4 < medium ≤ 9 < high ≤ 16 < critical.
 *
 * @example
 * ```ts
 * DEFAULT_RISK_BANDS; // { low: 4, medium: 9, high: 16 }
 * ```
 */
export const DEFAULT_RISK_BANDS: Readonly<RiskBandLimits> = Object.freeze({ low: 4, medium: 9, high: 16 });

const BANDS: readonly RiskBand[] = ['low', 'medium', 'high', 'critical'];
const STATUSES: readonly MitigationStatus[] = ['planned', 'in-progress', 'done'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalid(argument: string, message: string, value: unknown, index?: number): SextantError {
  return new SextantError('INVALID_VALUE', `${argument} ${message}; got ${show(value)}`, { argument, index, value });
}

function option(argument: string, message: string, value: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${argument} ${message}; got ${show(value)}`, { argument, value });
}

function level(v: unknown, argument: string, index?: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5)
    throw invalid(argument, 'must be an integer 1–5', v, index);
  return v;
}

function isDate(s: string): boolean {
  return DATE.test(s) && isoInstantToEpoch(`${s}T00:00:00Z`) === isoInstantToEpoch(`${s}T00:00:00Z`);
}

/** A risk, checked; `where` names it in messages (`risks[3]`). */
export interface CheckedRisk {
  id: string;
  category: RiskCategory;
  title: string;
  owner: string | undefined;
  likelihood: number;
  impact: number;
  residualLikelihood: number;
  residualImpact: number;
  /** Open mitigations with a due date: [id, due]. */
  open: [string, string][];
}

/** Validate one risk and derive its residual position (internal; shared by every risk function). */
export function checkRisk(r: unknown, where: string, index?: number): CheckedRisk {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) throw invalid(where, 'must be a risk object', r, index);
  const o = r as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id === '') throw invalid(`${where}.id`, 'must be a non-empty string', o.id, index);
  if (typeof o.title !== 'string') throw invalid(`${where}.title`, 'must be a string', o.title, index);
  const category = riskCategory(o.category as RiskCategory, `${where}.category`).category;
  if (o.owner !== undefined && typeof o.owner !== 'string')
    throw invalid(`${where}.owner`, 'must be a string when given', o.owner, index);
  const likelihood = level(o.likelihood, `${where}.likelihood`, index);
  const impact = level(o.impact, `${where}.impact`, index);
  let dl = 0;
  let di = 0;
  const open: [string, string][] = [];
  const ms = o.mitigations;
  if (ms !== undefined) {
    if (!Array.isArray(ms)) throw invalid(`${where}.mitigations`, 'must be an array when given', ms, index);
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as Record<string, unknown> | null;
      const mw = `${where}.mitigations[${j}]`;
      if (m === null || typeof m !== 'object') throw invalid(mw, 'must be a mitigation object', m, index);
      if (typeof m.id !== 'string' || m.id === '') throw invalid(`${mw}.id`, 'must be a non-empty string', m.id, index);
      if (typeof m.title !== 'string') throw invalid(`${mw}.title`, 'must be a string', m.title, index);
      if (!STATUSES.includes(m.status as MitigationStatus))
        throw invalid(`${mw}.status`, "must be 'planned', 'in-progress' or 'done'", m.status, index);
      if (m.due !== undefined && (typeof m.due !== 'string' || !isDate(m.due)))
        throw invalid(`${mw}.due`, "must be a date 'YYYY-MM-DD' when given", m.due, index);
      const red = m.reduces as Record<string, unknown> | undefined;
      if (red !== undefined) {
        if (red === null || typeof red !== 'object')
          throw invalid(`${mw}.reduces`, 'must be { likelihood?, impact? } when given', red, index);
        for (const k of ['likelihood', 'impact'] as const) {
          const v = red[k];
          if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 4)) {
            throw invalid(`${mw}.reduces.${k}`, 'must be an integer 0–4 when given', v, index);
          }
        }
        if (m.status === 'done') {
          dl += (red.likelihood as number | undefined) ?? 0;
          di += (red.impact as number | undefined) ?? 0;
        }
      }
      if (m.status !== 'done' && typeof m.due === 'string') open.push([m.id, m.due]);
    }
  }
  let rl: number;
  let ri: number;
  if (o.residual !== undefined) {
    const res = o.residual as Record<string, unknown> | null;
    if (res === null || typeof res !== 'object')
      throw invalid(`${where}.residual`, 'must be { likelihood, impact } when given', res, index);
    rl = level(res.likelihood, `${where}.residual.likelihood`, index);
    ri = level(res.impact, `${where}.residual.impact`, index);
    if (rl > likelihood)
      throw invalid(`${where}.residual.likelihood`, `is above the inherent likelihood ${likelihood}`, rl, index);
    if (ri > impact) throw invalid(`${where}.residual.impact`, `is above the inherent impact ${impact}`, ri, index);
  } else {
    rl = Math.max(1, likelihood - dl);
    ri = Math.max(1, impact - di);
  }
  return {
    id: o.id,
    category,
    title: o.title,
    owner: o.owner as string | undefined,
    likelihood,
    impact,
    residualLikelihood: rl,
    residualImpact: ri,
    open,
  };
}

/** Options, checked: the band of (likelihood, impact) and today's date. Internal. */
export interface CheckedScoring {
  bandOf: (likelihood: number, impact: number) => RiskBand;
  bandOfScore: (score: number) => RiskBand;
  today: string | undefined;
  limits: RiskBandLimits;
}

export function checkScoring(options: RiskScoringOptions | undefined): CheckedScoring {
  const o = options ?? {};
  if (typeof o !== 'object') throw option('options', 'must be an object', o);
  let today: string | undefined;
  if (o.today !== undefined) {
    if (typeof o.today === 'string' && DATE.test(o.today)) {
      if (!isDate(o.today)) throw option('options.today', "must be a date 'YYYY-MM-DD' or an instant", o.today);
      today = o.today;
    } else today = utcDateString(parseInstant(o.today, 'options.today', { code: 'INVALID_OPTION' }));
  }
  const b = o.bands ?? DEFAULT_RISK_BANDS;
  if (b === null || typeof b !== 'object') throw option('options.bands', 'must be { low, medium, high }', b);
  const limits = { low: b.low, medium: b.medium, high: b.high };
  if (
    ![limits.low, limits.medium, limits.high].every((x) => typeof x === 'number' && Number.isFinite(x)) ||
    !(limits.low >= 1 && limits.low < limits.medium && limits.medium < limits.high && limits.high < 25)
  ) {
    throw option('options.bands', 'must be increasing limits 1 ≤ low < medium < high < 25', b);
  }
  const bandOfScore = (s: number): RiskBand =>
    s <= limits.low ? 'low' : s <= limits.medium ? 'medium' : s <= limits.high ? 'high' : 'critical';
  let bandOf = (l: number, i: number): RiskBand => bandOfScore(l * i);
  if (o.matrix !== undefined) {
    const m = o.matrix;
    if (!Array.isArray(m) || m.length !== 5)
      throw option('options.matrix', 'must be 5 rows (likelihood 1–5) of 5 bands (impact 1–5)', m);
    for (let l = 0; l < 5; l++) {
      const row = m[l] as unknown;
      if (!Array.isArray(row) || row.length !== 5) throw option(`options.matrix[${l}]`, 'must be 5 bands (impact 1–5)', row);
      for (let i = 0; i < 5; i++) {
        if (!BANDS.includes(row[i] as RiskBand))
          throw option(`options.matrix[${l}][${i}]`, "must be 'low', 'medium', 'high' or 'critical'", row[i]);
      }
      // A lookup table must not rank a worse position lower: bands never fall along a row or column.
      for (let i = 0; i < 5; i++) {
        const here = BANDS.indexOf(row[i] as RiskBand);
        if (
          (i > 0 && here < BANDS.indexOf(row[i - 1] as RiskBand)) ||
          (l > 0 && here < BANDS.indexOf((m[l - 1] as RiskBand[])[i]))
        ) {
          throw option(`options.matrix[${l}][${i}]`, 'is a lower band than a position with smaller likelihood or impact', row[i]);
        }
      }
    }
    bandOf = (l, i) => m[l - 1][i - 1];
  }
  return { bandOf, bandOfScore, today, limits };
}

export function position(l: number, i: number, s: CheckedScoring): RiskPosition {
  return { likelihood: l, impact: i, score: l * i, band: s.bandOf(l, i) };
}

/**
 * Score one risk: inherent and residual position (score = likelihood × impact, banded low ≤ 4
 * < medium ≤ 9 < high ≤ 16 < critical by default, or by a lookup `matrix`), and the
 * mitigations that are overdue. The residual is the risk's `residual` when given (it may not
 * exceed the inherent position on either axis), else the inherent position lowered by the
 * `reduces` of the `done` mitigations, never below 1.
 *
 * @example
 * ```ts
 * const risk = {
 *   id: 'R1', title: 'Card-fraud patterns shift after the holiday season', category: 'model-drift',
 *   likelihood: 4, impact: 4,
 *   mitigations: [
 *     { id: 'M1', title: 'Weekly PSI alert on top features', status: 'done', reduces: { likelihood: 2 } },
 *     { id: 'M2', title: 'Monthly retraining job', status: 'planned', due: '2026-02-01' },
 *   ],
 * };
 * scoreRisk(risk, { today: '2026-03-01' });
 * // { id: 'R1', category: 'model-drift',
 * //   inherent: { likelihood: 4, impact: 4, score: 16, band: 'high' },
 * //   residual: { likelihood: 2, impact: 4, score: 8, band: 'medium' },
 * //   overdueMitigations: ['M2'] }
 * ```
 */
export function scoreRisk(risk: Risk, options?: RiskScoringOptions): RiskScore {
  const s = checkScoring(options);
  return scoreChecked(checkRisk(risk, 'risk'), s);
}

export function scoreChecked(r: CheckedRisk, s: CheckedScoring): RiskScore {
  const overdue: string[] = [];
  if (s.today !== undefined) for (const [id, due] of r.open) if (due < s.today) overdue.push(id);
  return {
    id: r.id,
    category: r.category,
    inherent: position(r.likelihood, r.impact, s),
    residual: position(r.residualLikelihood, r.residualImpact, s),
    overdueMitigations: overdue,
  };
}

/** Check a register: an array of risks with distinct ids. Internal. */
export function checkRegister(risks: unknown): CheckedRisk[] {
  if (risks === null || typeof risks !== 'object') throw invalid('risks', 'must be an array of risks', risks);
  // A Map, Date, DataView or BigInt64Array is refused by its type before any element is read.
  checkArrayLike(risks, 'risks');
  const n = (risks as { length?: unknown }).length;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 2 ** 32 - 1) {
    throw new SextantError('INVALID_OPTION', `risks must be an array of risks; its length is ${show(n)}`, {
      argument: 'risks',
      value: n,
    });
  }
  const arr = risks as ArrayLike<unknown>;
  const out = new Array<CheckedRisk>(n);
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const r = checkRisk(arr[i], `risks[${i}]`, i);
    if (seen.has(r.id)) throw invalid(`risks[${i}].id`, 'repeats the id of an earlier risk', r.id, i);
    seen.add(r.id);
    out[i] = r;
  }
  return out;
}

/** One cell of {@link riskMatrix}. */
export interface RiskMatrixCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  /** Ids of the risks whose inherent position is this cell, input order. */
  inherent: string[];
  /** Ids of the risks whose residual position is this cell, input order. */
  residual: string[];
}

/**
 * The heat map of a register: 25 cells, likelihood 5 (top row) down to 1, impact 1 to 5
 * left to right, each with its score, band and the ids of the risks whose inherent and
 * residual positions fall in it.
 *
 * @example
 * ```ts
 * const cells = riskMatrix([
 *   { id: 'R1', title: 'Drift', category: 'model-drift', likelihood: 4, impact: 4, residual: { likelihood: 2, impact: 4 } },
 *   { id: 'R2', title: 'Few chargebacks labelled', category: 'data-scarcity', likelihood: 2, impact: 4 },
 * ]);
 * cells.length; // 25
 * cells[0]; // { likelihood: 5, impact: 1, score: 5, band: 'medium', inherent: [], residual: [] }
 * cells.find((c) => c.likelihood === 2 && c.impact === 4);
 * // { likelihood: 2, impact: 4, score: 8, band: 'medium', inherent: ['R2'], residual: ['R1', 'R2'] }
 * ```
 */
export function riskMatrix(risks: readonly Risk[], options?: RiskScoringOptions): RiskMatrixCell[] {
  const s = checkScoring(options);
  const reg = checkRegister(risks);
  const cells: RiskMatrixCell[] = [];
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++)
      cells.push({ likelihood: l, impact: i, score: l * i, band: s.bandOf(l, i), inherent: [], residual: [] });
  }
  const at = (l: number, i: number) => cells[(5 - l) * 5 + (i - 1)];
  for (const r of reg) {
    at(r.likelihood, r.impact).inherent.push(r.id);
    at(r.residualLikelihood, r.residualImpact).residual.push(r.id);
  }
  return cells;
}

/** Options of {@link projectRiskScore}. */
export interface ProjectRiskOptions extends RiskScoringOptions {
  /** Score the residual or the inherent positions. @default 'residual' */
  basis?: 'residual' | 'inherent';
}

/** One category's part of {@link projectRiskScore}. */
export interface CategoryRiskScore {
  count: number;
  score: number;
  band: RiskBand;
  /** The largest single risk score in the category (1–25). */
  maxScore: number;
}

/** Result of {@link projectRiskScore}. */
export interface ProjectRiskScore {
  /** 0 (no risk) … 100. */
  score: number;
  band: RiskBand;
  /** Per category present (null-prototype object, catalogue order). */
  byCategory: Record<string, CategoryRiskScore>;
  count: number;
}

/** 1 − Π(1 − (s/25)²): each risk's "severity share" compounding; monotone in every s. */
function combine(scores: Iterable<number>): number {
  let keep = 1;
  for (const s of scores) {
    const p = s / 25;
    keep *= 1 - p * p;
  }
  return 100 * (1 - keep);
}

/**
 * One number for the whole register, 0–100: `100 · (1 − Π (1 − (sᵢ/25)²))` over the risks'
 * (residual, by default) scores sᵢ — each risk adds to the total as if it were an
 * independent chance of (sᵢ/25)², so a single critical risk (20/25) alone gives 64, and
 * many small ones add up without one of them dominating. It never falls when any risk's
 * likelihood or impact rises, or when a risk is added. The band is the band of the one risk
 * that would give the same number (score s* = 25·√(score/100)). The same per category.
 *
 * @example
 * ```ts
 * const p = projectRiskScore([
 *   { id: 'R1', title: 'Drift', category: 'model-drift', likelihood: 4, impact: 5 },
 *   { id: 'R2', title: 'Label shortage', category: 'data-scarcity', likelihood: 2, impact: 2 },
 * ]);
 * p.score; // 100 * (1 - (1 - 0.64) * (1 - 0.0256))
 * p.band; // 'critical'
 * p.byCategory['data-scarcity']; // { count: 1, score: 2.56, band: 'low', maxScore: 4 }
 * ```
 */
export function projectRiskScore(risks: readonly Risk[], options?: ProjectRiskOptions): ProjectRiskScore {
  const s = checkScoring(options);
  const basis = options?.basis ?? 'residual';
  if (basis !== 'residual' && basis !== 'inherent') throw option('options.basis', "must be 'residual' or 'inherent'", basis);
  const reg = checkRegister(risks);
  const scores = reg.map((r) => (basis === 'residual' ? r.residualLikelihood * r.residualImpact : r.likelihood * r.impact));
  const bandOfTotal = (total: number): RiskBand => {
    // The equivalent single risk's score, banded like a risk; with a lookup matrix, by the
    // band of the product as the default limits read it.
    const eq = 25 * Math.sqrt(total / 100);
    return total === 0 ? 'low' : s.bandOfScore(Math.round(eq * 1e9) / 1e9);
  };
  const groups = new Map<RiskCategory, number[]>();
  reg.forEach((r, k) => {
    const g = groups.get(r.category);
    if (g) g.push(scores[k]);
    else groups.set(r.category, [scores[k]]);
  });
  const byCategory = Object.create(null) as Record<string, CategoryRiskScore>;
  for (const { category: c } of riskCatalogue) {
    const g = groups.get(c);
    if (!g) continue;
    const score = combine(g);
    let maxScore = 0;
    for (const x of g) if (x > maxScore) maxScore = x;
    byCategory[c] = { count: g.length, score, band: bandOfTotal(score), maxScore };
  }
  const score = combine(scores);
  return { score, band: bandOfTotal(score), byCategory, count: reg.length };
}
