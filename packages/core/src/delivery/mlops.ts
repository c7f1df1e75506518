/**
 * The MLOps measures beside DORA's keys (API.md, "delivery"; the seed guide's "Project
 * Management & MLOps Metrics"): time to market of a model and the experiment success rate.
 * Shapes are Sextant's own, documented on each type.
 */
import { SextantError } from '../errors';
import { quantile } from '../metrics';
import { show } from '../internal/validate';
import { type Deployment, type Instant, type Period, parseDeployments, parsePeriod, recordsOf, SUCCESS } from './records';
import { isoInstantToEpoch, parseInstant } from '../internal/instant';

const DAY_MS = 86_400_000;

/** A model project: from the idea to its first production deployment. */
export interface ModelProject {
  id: string;
  /** When the idea was accepted (ticket opened, brief approved). */
  ideaAt: Instant;
  /** The first production deployment; absent or `null` while not shipped (unless `service` finds it). */
  productionAt?: Instant | null;
  /** The service whose first successful `model` deployment on or after `ideaAt` is the launch, when `productionAt` is absent. */
  service?: string;
}

/** Result of {@link timeToMarket}. */
export interface TimeToMarket {
  /** Projects considered (all, or those launched in `options.period`, plus the unshipped when no period is given). */
  count: number;
  shipped: number;
  /** Not shipped yet (only counted without a period). */
  inProgress: number;
  meanDays: number | null;
  p50Days: number | null;
  p85Days: number | null;
  /** Per project, input order: days from idea to production, `null` when not shipped. */
  projects: { id: string; days: number | null }[];
}

/** Options of {@link timeToMarket}. */
export interface TimeToMarketOptions {
  /** Deployments to find a project's launch by its `service`. @default [] */
  deployments?: ArrayLike<Deployment>;
  /** Count only projects launched in `[from, to)`. @default undefined (every project) */
  period?: Period;
}

function instantOf(v: unknown, name: string, i: number, field: string): number {
  if (typeof v === 'string') {
    const t = isoInstantToEpoch(v);
    if (t === t) return t;
  }
  return parseInstant(v, `${name}[${i}].${field}`, { index: i });
}

function invalid(argument: string, index: number, message: string, value: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${argument} ${message}; got ${show(value)}`, { argument, index, value });
}

/**
 * Time to market per model: days from `ideaAt` to the first production deployment, with
 * mean, median and 85th percentile (NumPy's linear rule) over the shipped ones.
 *
 * @example
 * ```ts
 * const projects = [
 *   { id: 'fraud-v2', ideaAt: '2026-01-05T00:00:00Z', productionAt: '2026-02-16T00:00:00Z' },
 *   { id: 'churn', ideaAt: '2026-01-12T00:00:00Z', service: 'churn-api' },
 *   { id: 'kyc-ocr', ideaAt: '2026-03-01T00:00:00Z' },
 * ];
 * const deployments = [{ id: 'd9', at: '2026-02-02T00:00:00Z', status: 'success', kind: 'model', service: 'churn-api' }];
 * const t = timeToMarket(projects, { deployments });
 * t.projects; // [{ id: 'fraud-v2', days: 42 }, { id: 'churn', days: 21 }, { id: 'kyc-ocr', days: null }]
 * [t.shipped, t.inProgress, t.meanDays]; // [2, 1, 31.5]
 * ```
 */
export function timeToMarket(projects: ArrayLike<ModelProject>, options: TimeToMarketOptions = {}): TimeToMarket {
  const arr = recordsOf<unknown>(projects, 'projects');
  const d = parseDeployments(options?.deployments ?? [], 'options.deployments');
  const period = options?.period === undefined ? undefined : parsePeriod(options.period, 'options.period');
  // First successful model deployment per service, in time order for the ≥ ideaAt search.
  const byService = new Map<string, number[]>();
  const deps = recordsOf<Deployment>(options?.deployments ?? [], 'options.deployments');
  for (let i = 0; i < d.n; i++) {
    const dep = deps[i];
    if (d.status[i] !== SUCCESS || dep.kind !== 'model' || typeof dep.service !== 'string') continue;
    const list = byService.get(dep.service);
    if (list) list.push(d.at[i]);
    else byService.set(dep.service, [d.at[i]]);
  }
  for (const list of byService.values()) list.sort((a, b) => a - b);
  const out: { id: string; days: number | null }[] = [];
  const days: number[] = [];
  let inProgress = 0;
  for (let i = 0; i < arr.length; i++) {
    const r = arr[i] as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object') throw invalid(`projects[${i}]`, i, 'must be a record object', r);
    if (typeof r.id !== 'string' || r.id === '') throw invalid(`projects[${i}].id`, i, 'must be a non-empty string', r.id);
    const idea = instantOf(r.ideaAt, 'projects', i, 'ideaAt');
    let launch = NaN;
    if (r.productionAt !== undefined && r.productionAt !== null) {
      launch = instantOf(r.productionAt, 'projects', i, 'productionAt');
      if (launch < idea) throw invalid(`projects[${i}].productionAt`, i, 'is before its ideaAt', r.productionAt);
    } else if (r.service !== undefined) {
      if (typeof r.service !== 'string') throw invalid(`projects[${i}].service`, i, 'must be a string when given', r.service);
      const list = byService.get(r.service);
      if (list)
        for (const t of list)
          if (t >= idea) {
            launch = t;
            break;
          }
    }
    if (launch !== launch) {
      if (period === undefined) {
        inProgress++;
        out.push({ id: r.id, days: null });
      }
      continue;
    }
    if (period !== undefined && (launch < period.from || launch >= period.to)) continue;
    const dd = (launch - idea) / DAY_MS;
    days.push(dd);
    out.push({ id: r.id, days: dd });
  }
  const shipped = days.length;
  if (shipped === 0)
    return { count: out.length, shipped, inProgress, meanDays: null, p50Days: null, p85Days: null, projects: out };
  let s = 0;
  for (const x of days) s += x;
  const [p50, p85] = quantile(days, [0.5, 0.85]);
  return { count: out.length, shipped, inProgress, meanDays: s / shipped, p50Days: p50, p85Days: p85, projects: out };
}

/** How an experiment ended; `running` has not. */
export type ExperimentOutcome = 'running' | 'shipped' | 'not-shipped' | 'inconclusive';

/** One experiment (an A/B test, an offline evaluation, a spike). */
export interface ExperimentRecord {
  id: string;
  outcome: ExperimentOutcome;
  /** When it was concluded; required unless `outcome` is `'running'`. */
  concludedAt?: Instant | null;
}

/** Result of {@link experimentSuccessRate}. */
export interface ExperimentSuccessRate {
  /** Experiments concluded in the period (every outcome but `running`). */
  concluded: number;
  shipped: number;
  notShipped: number;
  inconclusive: number;
  /** Still running (whatever the period). */
  running: number;
  /** `shipped / concluded`, `null` with none concluded. */
  rate: number | null;
}

const OUTCOMES: readonly ExperimentOutcome[] = ['running', 'shipped', 'not-shipped', 'inconclusive'];

/**
 * Experiment success rate: the share of experiments concluded in `[from, to)` that shipped
 * ("percentage of experiments that lead to … improved models", the seed guide). An
 * inconclusive experiment counts as concluded, not shipped.
 *
 * @example
 * ```ts
 * const experiments = [
 *   { id: 'e1', outcome: 'shipped', concludedAt: '2026-03-03T00:00:00Z' },
 *   { id: 'e2', outcome: 'not-shipped', concludedAt: '2026-03-10T00:00:00Z' },
 *   { id: 'e3', outcome: 'inconclusive', concludedAt: '2026-03-20T00:00:00Z' },
 *   { id: 'e4', outcome: 'shipped', concludedAt: '2026-03-28T00:00:00Z' },
 *   { id: 'e5', outcome: 'running' },
 * ];
 * experimentSuccessRate(experiments, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
 * // { concluded: 4, shipped: 2, notShipped: 1, inconclusive: 1, running: 1, rate: 0.5 }
 * ```
 */
export function experimentSuccessRate(experiments: ArrayLike<ExperimentRecord>, period: Period): ExperimentSuccessRate {
  const arr = recordsOf<unknown>(experiments, 'experiments');
  const { from, to } = parsePeriod(period);
  const res = { concluded: 0, shipped: 0, notShipped: 0, inconclusive: 0, running: 0, rate: null as number | null };
  for (let i = 0; i < arr.length; i++) {
    const r = arr[i] as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object') throw invalid(`experiments[${i}]`, i, 'must be a record object', r);
    if (typeof r.id !== 'string' || r.id === '') throw invalid(`experiments[${i}].id`, i, 'must be a non-empty string', r.id);
    const o = r.outcome;
    if (!OUTCOMES.includes(o as ExperimentOutcome)) {
      throw invalid(`experiments[${i}].outcome`, i, "must be 'running', 'shipped', 'not-shipped' or 'inconclusive'", o);
    }
    if (o === 'running') {
      res.running++;
      continue;
    }
    const t = instantOf(r.concludedAt, 'experiments', i, 'concludedAt');
    if (t < from || t >= to) continue;
    res.concluded++;
    if (o === 'shipped') res.shipped++;
    else if (o === 'not-shipped') res.notShipped++;
    else res.inconclusive++;
  }
  res.rate = res.concluded === 0 ? null : res.shipped / res.concluded;
  return res;
}
