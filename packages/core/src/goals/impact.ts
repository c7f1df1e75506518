/**
 * Business value beside the model metrics (API.md, "goals"): revenue, cost, efficiency and
 * satisfaction figures of a period against a baseline period, as a quarterly business review
 * shows them.
 */
import { show } from '../internal/validate';
import { fail, finite, iso, isRecord, lengthOf, own, period, record, text } from './check';
import type { GoalInstant, KeyResultDirection } from './okr';

/** The four kinds of business value the AI/ML project guide names. */
export type ImpactCategory = 'revenue' | 'cost' | 'efficiency' | 'satisfaction';

/** Every {@link ImpactCategory}, in review order. */
export const IMPACT_CATEGORIES: readonly ImpactCategory[] = ['revenue', 'cost', 'efficiency', 'satisfaction'];

/** Which way each category improves when a figure does not say: efficiency has no default (hours saved go up, time to decision goes down). */
const DEFAULT_DIRECTION: Record<ImpactCategory, KeyResultDirection | null> = {
  revenue: 'higher',
  cost: 'lower',
  efficiency: null,
  satisfaction: 'higher',
};

/** One business figure, measured in the baseline period and in the current one. */
export interface ImpactFigure {
  id: string;
  label: string;
  category: ImpactCategory;
  /** Unit as given (`'EUR'`, `'hours'`, `'NPS'`); never converted. Money figures sharing a unit are netted. */
  unit: string;
  baseline: number;
  current: number;
  /** @default 'higher' for revenue and satisfaction, 'lower' for cost; required for efficiency */
  direction?: KeyResultDirection;
  /** Where the figure comes from (a finance export, a survey), carried through for the review. */
  source?: string;
}

/** What {@link businessImpact} reads. */
export interface BusinessImpactFacts {
  /** The period under review (instants, half-open). Optional; echoed as ISO when given. */
  period?: { from: GoalInstant; to: GoalInstant };
  /** The period compared with. Optional; echoed as ISO when given. */
  baselinePeriod?: { from: GoalInstant; to: GoalInstant };
  figures: ArrayLike<ImpactFigure>;
}

/** How a figure moved, judged by its direction. */
export type ImpactOutcome = 'better' | 'worse' | 'unchanged';

/** Why a relative change is null. */
export type RelativeGap = 'zero-baseline' | 'out-of-range';

/** A change between the baseline and current values. */
export interface ImpactChange {
  /** current − baseline, in the figure's unit. */
  absolute: number;
  /** (current − baseline) / |baseline| (0.12 = +12 %), or null when the baseline is 0. */
  relative: number | null;
  /** Why `relative` is null, else null. */
  relativeGap: RelativeGap | null;
  outcome: ImpactOutcome;
}

/** One figure of the result. */
export interface ImpactFigureResult {
  id: string;
  label: string;
  category: ImpactCategory;
  unit: string;
  direction: KeyResultDirection;
  baseline: number;
  current: number;
  source: string | null;
  change: ImpactChange;
}

/** Revenue gained and cost saved in one unit (a currency), and the net benefit. */
export interface ImpactNet {
  unit: string;
  /** Σ (current − baseline) over the revenue figures in this unit. */
  revenueChange: number;
  /** Σ (baseline − current) over the cost figures in this unit: positive = money saved. */
  costSaved: number;
  /** revenueChange + costSaved. */
  netBenefit: number;
  outcome: ImpactOutcome;
}

/** Result of {@link businessImpact}. Plain JSON. */
export interface BusinessImpact {
  period: { from: string; to: string } | null;
  baselinePeriod: { from: string; to: string } | null;
  /** Figures in the order given. */
  figures: ImpactFigureResult[];
  /** Per category in review order: the figures' ids and how many moved each way. */
  categories: { category: ImpactCategory; ids: string[]; better: number; worse: number; unchanged: number }[];
  /** Per unit shared by revenue and cost figures (first-seen order): the net benefit. */
  net: ImpactNet[];
  /** How many figures moved each way. */
  totals: { better: number; worse: number; unchanged: number };
}

function outcomeOf(delta: number, direction: KeyResultDirection): ImpactOutcome {
  if (delta === 0) return 'unchanged';
  return delta > 0 === (direction === 'higher') ? 'better' : 'worse';
}

/** a − b, refused (not Infinity) when it leaves the doubles. */
function difference(a: number, b: number, argument: string, index: number): number {
  const d = a - b;
  if (!Number.isFinite(d))
    fail(
      'INVALID_VALUE',
      argument,
      `the change ${a} − ${b} is beyond the largest number (±1.8e308); rescale the unit`,
      undefined,
      index,
    );
  return d;
}

/**
 * Business value of a period against a baseline period, for a quarterly business review:
 * each figure's absolute change (current − baseline, in its own unit), relative change
 * ((current − baseline) / |baseline|; null with `relativeGap: 'zero-baseline'` when the
 * baseline is 0, never Infinity) and whether it moved the good way for its direction
 * (`better` / `worse` / `unchanged`); per category the figures and how many improved; and,
 * per unit shared by revenue and cost figures, the net benefit = revenue gained + cost saved.
 * Units are never converted or mixed: a net is only formed within one unit.
 *
 * @throws SextantError `EMPTY_INPUT` (no figures), `INVALID_VALUE` (a malformed figure, an
 *   unknown category, an efficiency figure without a direction, a duplicate id, a change
 *   or net beyond ±1.8e308), `NON_FINITE`, `INVALID_INTERVAL` (a period with `from ≥ to`).
 * @example
 * ```ts
 * const impact = businessImpact({
 *   period: { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
 *   baselinePeriod: { from: '2025-10-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
 *   figures: [
 *     { id: 'losses', label: 'Fraud losses', category: 'cost', unit: 'EUR', baseline: 400000, current: 300000 },
 *     { id: 'fees', label: 'Card fees kept', category: 'revenue', unit: 'EUR', baseline: 1000000, current: 1050000 },
 *     { id: 'review', label: 'Manual review time', category: 'efficiency', unit: 'hours', baseline: 1200, current: 900, direction: 'lower' },
 *     { id: 'complaints', label: 'False-decline complaints', category: 'satisfaction', unit: 'count', baseline: 0, current: 4, direction: 'lower' },
 *   ],
 * });
 * impact.figures[0].change; // { absolute: -100000, relative: -0.25, relativeGap: null, outcome: 'better' }
 * impact.figures[3].change; // { absolute: 4, relative: null, relativeGap: 'zero-baseline', outcome: 'worse' }
 * impact.net; // [{ unit: 'EUR', revenueChange: 50000, costSaved: 100000, netBenefit: 150000, outcome: 'better' }]
 * impact.totals; // { better: 3, worse: 1, unchanged: 0 }
 * ```
 */
export function businessImpact(facts: BusinessImpactFacts): BusinessImpact {
  const f = record(facts, 'facts');
  const p = own(f, 'period');
  const bp = own(f, 'baselinePeriod');
  const cur = p === undefined ? null : period(p, 'facts.period');
  const base = bp === undefined ? null : period(bp, 'facts.baselinePeriod');
  const list = own(f, 'figures');
  const n = lengthOf(list, 'facts.figures', 'INVALID_VALUE', true);
  const seen = new Set<string>();
  const figures: ImpactFigureResult[] = [];
  const totals = { better: 0, worse: 0, unchanged: 0 };
  const categories = IMPACT_CATEGORIES.map((category) => ({
    category,
    ids: [] as string[],
    better: 0,
    worse: 0,
    unchanged: 0,
  }));
  // Per unit: [revenue change, cost saved, has revenue, has cost], in first-seen order.
  const money = new Map<string, { revenue: number; saved: number; hasRevenue: boolean; hasCost: boolean }>();
  for (let i = 0; i < n; i++) {
    const path = `facts.figures[${i}]`;
    const g = (list as ArrayLike<unknown>)[i];
    if (!isRecord(g))
      fail('INVALID_VALUE', path, `must be a figure { id, label, category, unit, baseline, current }; got ${show(g)}`, g, i);
    const id = text(own(g, 'id'), `${path}.id`, 'INVALID_VALUE', i);
    if (seen.has(id)) fail('INVALID_VALUE', `${path}.id`, `${show(id)} is used by an earlier figure`, id, i);
    seen.add(id);
    const label = own(g, 'label');
    if (typeof label !== 'string') fail('INVALID_VALUE', `${path}.label`, `must be a string; got ${show(label)}`, label, i);
    const category = own(g, 'category');
    if (!IMPACT_CATEGORIES.includes(category as ImpactCategory))
      fail(
        'INVALID_VALUE',
        `${path}.category`,
        `must be one of ${IMPACT_CATEGORIES.join(', ')}; got ${show(category)}`,
        category,
        i,
      );
    const cat = category as ImpactCategory;
    const unit = own(g, 'unit');
    if (typeof unit !== 'string') fail('INVALID_VALUE', `${path}.unit`, `must be a string; got ${show(unit)}`, unit, i);
    const baseline = finite(own(g, 'baseline'), `${path}.baseline`, i);
    const current = finite(own(g, 'current'), `${path}.current`, i);
    const given = own(g, 'direction');
    if (given !== undefined && given !== 'higher' && given !== 'lower')
      fail('INVALID_VALUE', `${path}.direction`, `must be 'higher' or 'lower'; got ${show(given)}`, given, i);
    const direction = (given as KeyResultDirection | undefined) ?? DEFAULT_DIRECTION[cat];
    if (direction === null)
      fail('INVALID_VALUE', `${path}.direction`, `is required for an efficiency figure ('higher' or 'lower')`, undefined, i);
    const source = own(g, 'source');
    if (source !== undefined && typeof source !== 'string')
      fail('INVALID_VALUE', `${path}.source`, `must be a string; got ${show(source)}`, source, i);

    const absolute = difference(current, baseline, `${path}.current`, i);
    let relative: number | null = null;
    let relativeGap: RelativeGap | null = null;
    if (baseline === 0) relativeGap = 'zero-baseline';
    else {
      relative = absolute / Math.abs(baseline);
      if (!Number.isFinite(relative)) [relative, relativeGap] = [null, 'out-of-range'];
    }
    const outcome = outcomeOf(absolute, direction);
    figures.push({
      id,
      label,
      category: cat,
      unit,
      direction,
      baseline,
      current,
      source: typeof source === 'string' ? source : null,
      change: { absolute, relative, relativeGap, outcome },
    });
    totals[outcome]++;
    const c = categories[IMPACT_CATEGORIES.indexOf(cat)];
    c.ids.push(id);
    c[outcome]++;
    if (cat === 'revenue' || cat === 'cost') {
      let m = money.get(unit);
      if (m === undefined) money.set(unit, (m = { revenue: 0, saved: 0, hasRevenue: false, hasCost: false }));
      // A revenue figure whose direction is 'lower' would be odd, but its sign is honoured: gain = the good-way change.
      const gain = direction === 'higher' ? absolute : -absolute;
      if (cat === 'revenue') {
        m.revenue = difference(m.revenue, -gain, `${path}.current`, i);
        m.hasRevenue = true;
      } else {
        m.saved = difference(m.saved, -gain, `${path}.current`, i);
        m.hasCost = true;
      }
    }
  }
  const net: ImpactNet[] = [];
  for (const [unit, m] of money) {
    if (!(m.hasRevenue && m.hasCost)) continue;
    const netBenefit = m.revenue + m.saved;
    if (!Number.isFinite(netBenefit))
      fail(
        'INVALID_VALUE',
        'facts.figures',
        `the net benefit in ${show(unit)} is beyond the largest number (±1.8e308); rescale the unit`,
      );
    net.push({ unit, revenueChange: m.revenue, costSaved: m.saved, netBenefit, outcome: outcomeOf(netBenefit, 'higher') });
  }
  return {
    period: cur === null ? null : { from: iso(cur.from), to: iso(cur.to) },
    baselinePeriod: base === null ? null : { from: iso(base.from), to: iso(base.to) },
    figures,
    categories,
    net,
    totals,
  };
}
