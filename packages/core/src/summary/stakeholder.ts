/**
 * One set of project facts told to executives, engineers, business owners and legal — the
 * weekly steering-committee update, written from the numbers Sextant already computes.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import { checkFacts, DAY_MS, type CheckedFacts, type CheckedMetric } from './facts';
import { formatters, type Formatters } from './format';
import { summaryMessagesEn, type SummaryMessages, type SummarySectionId } from './messages';
import type { DeliveryStatus } from './status';
import {
  AUDIENCES,
  type Audience,
  type StakeholderSummary,
  type SummaryEvidence,
  type SummaryFacts,
  type SummaryItem,
  type SummarySection,
  type SummaryStatusRule,
} from './types';

/** Options of {@link stakeholderSummary}. */
export interface StakeholderSummaryOptions {
  audience: Audience;
  /** Entries that replace the English catalogue's (some for house style, all for another language). @default summaryMessagesEn */
  messages?: Partial<SummaryMessages>;
  /** BCP 47 tag for numbers, percentages, money and dates. @default 'en-US' */
  locale?: string;
  /** IANA zone in which instants are shown as dates. @default 'UTC' */
  timeZone?: string;
  /** A Data Quality Index below this is a finding (0–100). @default 80 */
  dataQualityThreshold?: number;
}

/**
 * The status rules, in order of precedence. The status is the worst status any rule sets
 * (off track beats at risk beats on track); `statusReason` is the sentence of the first rule
 * that set it. A rule fires on:
 *
 * - `milestone-missed` (off track): a milestone past its due date (the end of its day for a
 *   calendar date) without `doneAt`.
 * - `critical-risk` (off track): a risk whose residual band is `critical`.
 * - `metric-off-target` (off track): a metric that misses its target by more than its
 *   tolerance (`statusFromTarget` says off track).
 * - `drift-active` (at risk): a feature drifting in the latest batch (an open drift alert).
 * - `metric-near-target` (at risk): a metric short of its target within its tolerance.
 * - `fairness-gap` (at risk): a fairness difference above its threshold (0.1) or a ratio below it (0.8).
 * - `high-risk` (at risk): a risk whose residual band is `high`.
 * - `mitigation-overdue` (at risk): a risk with an overdue mitigation.
 * - `data-quality-low` (at risk): a Data Quality Index below `dataQualityThreshold` (80).
 *
 * When none fires the status is on track and the rule is `all-clear` (`no-facts` when the facts
 * hold no metric, milestone, risk, drift, fairness, data-quality or delivery figure).
 *
 * @example
 * ```ts
 * SUMMARY_STATUS_RULES[0]; // { rule: 'milestone-missed', status: 'off-track' }
 * ```
 */
export const SUMMARY_STATUS_RULES: readonly {
  rule: Exclude<SummaryStatusRule, 'all-clear' | 'no-facts'>;
  status: DeliveryStatus;
}[] = Object.freeze([
  { rule: 'milestone-missed', status: 'off-track' },
  { rule: 'critical-risk', status: 'off-track' },
  { rule: 'metric-off-target', status: 'off-track' },
  { rule: 'drift-active', status: 'at-risk' },
  { rule: 'metric-near-target', status: 'at-risk' },
  { rule: 'fairness-gap', status: 'at-risk' },
  { rule: 'high-risk', status: 'at-risk' },
  { rule: 'mitigation-overdue', status: 'at-risk' },
  { rule: 'data-quality-low', status: 'at-risk' },
] as const);

const MESSAGE_KEYS = new Set(Object.keys(summaryMessagesEn));
const PRIVACY = new Set(['privacy-security', 'privacy']);
const EXPLAIN = new Set(['explainability']);
const LEGAL_RISK = new Set(['regulatory', 'bias']);
const BUSINESS_RISK = new Set(['adoption', 'regulatory', 'schedule', 'scope-creep', 'compute-cost']);

/**
 * The English catalogue with `messages` laid over it. Unknown keys and non-functions are refused
 * (INVALID_OPTION) so a typo in a house-style override does not pass silently.
 *
 * @example
 * ```ts
 * const m = resolveMessages({ askNewDate: (p) => `Board to confirm a new date for ${p.name}.` });
 * m.askNewDate({ name: 'Go-live' }); // 'Board to confirm a new date for Go-live.'
 * m.copied(); // 'Copied'
 * ```
 */
export function resolveMessages(messages: unknown): SummaryMessages {
  if (messages === undefined) return summaryMessagesEn;
  // A plain object only: a Map or a Date has no own keys to read, so its overrides would be
  // dropped silently. (The tag, not the prototype, so an object from another realm passes.)
  if (messages === null || typeof messages !== 'object' || Object.prototype.toString.call(messages) !== '[object Object]') {
    throw new SextantError('INVALID_OPTION', `options.messages must be an object of message functions; got ${show(messages)}`, {
      argument: 'options.messages',
      value: messages,
    });
  }
  const out = Object.assign(Object.create(null) as Record<string, unknown>, summaryMessagesEn);
  for (const k of Object.keys(messages)) {
    const fn = (messages as Record<string, unknown>)[k];
    if (!MESSAGE_KEYS.has(k)) {
      throw new SextantError('INVALID_OPTION', `options.messages.${k} is not a summary message`, {
        argument: `options.messages.${k}`,
      });
    }
    if (typeof fn !== 'function') {
      throw new SextantError('INVALID_OPTION', `options.messages.${k} must be a function; got ${show(fn)}`, {
        argument: `options.messages.${k}`,
        value: fn,
      });
    }
    out[k] = fn;
  }
  return out as unknown as SummaryMessages;
}

/** Call a message and insist on a string back (a broken override is named, not printed as "undefined"). */
function say<K extends keyof SummaryMessages>(m: SummaryMessages, key: K, ...args: Parameters<SummaryMessages[K]>): string {
  const s = (m[key] as (...a: unknown[]) => unknown)(...args);
  if (typeof s !== 'string') {
    throw new SextantError('INVALID_OPTION', `options.messages.${String(key)} must return a string; got ${show(s)}`, {
      argument: `options.messages.${String(key)}`,
    });
  }
  return s;
}

interface Finding {
  rule: Exclude<SummaryStatusRule, 'all-clear' | 'no-facts'>;
  status: DeliveryStatus;
  /** Index of the fact in its list (metrics, risks, fairness, milestones). */
  index: number;
  /** Technical subject and plain subject. */
  subject: string;
  plain: string;
  value?: string;
  target?: string;
  date?: string;
}

interface Ctx {
  f: CheckedFacts;
  m: SummaryMessages;
  fmt: Formatters;
  audience: Audience;
  dqThreshold: number;
}

function metricValue(fmt: Formatters, m: { unit?: string }, x: number): string {
  switch (m.unit) {
    case 'ratio':
      return fmt.fixed(x, 3);
    case 'percent':
      return fmt.pct(x / 100, 1);
    case 'ms':
      return fmt.duration(x);
    case 's':
      return fmt.duration(x, 1000);
    case undefined:
    case '':
      return fmt.num(x, 3);
    default:
      return `${fmt.num(x, 3)} ${m.unit}`;
  }
}

const share = (m: CheckedMetric, x: number) => (m.unit === 'percent' ? x / 100 : x);

function plainName(ctx: Ctx, m: CheckedMetric): string {
  return say(ctx.m, 'plainMetricName', {
    kind: m.meaning?.kind ?? 'other',
    subject: m.meaning && 'subject' in m.meaning ? m.meaning.subject : '',
  });
}

/** A day's date: calendar dates as written, instants in the summary's zone. */
function dayText(fmt: Formatters, d: { calendar: boolean; day: number; end: number }): string {
  return d.calendar ? fmt.calendarDate(d.day) : fmt.date(d.end);
}

function findings(ctx: Ctx): Finding[] {
  const { f, fmt } = ctx;
  const out: Finding[] = [];
  for (const [index, ms] of f.milestones.entries()) {
    if (!ms.done && f.now >= ms.due.end) {
      out.push({
        index,
        rule: 'milestone-missed',
        status: 'off-track',
        subject: ms.name,
        plain: ms.name,
        date: dayText(fmt, ms.due),
      });
    }
  }
  for (const [index, r] of f.risks.entries())
    if (r.band === 'critical') out.push({ index, rule: 'critical-risk', status: 'off-track', subject: r.title, plain: r.title });
  for (const [index, x] of f.metrics.entries()) {
    if (x.status === 'on-track') continue;
    out.push({
      index,
      rule: x.status === 'off-track' ? 'metric-off-target' : 'metric-near-target',
      status: x.status,
      subject: x.name,
      plain: plainName(ctx, x),
      value: metricValue(fmt, x, x.value),
      target: metricValue(fmt, x, x.target),
    });
  }
  for (const [index, d] of (f.drift?.active ?? []).entries()) {
    out.push({
      index,
      rule: 'drift-active',
      status: 'at-risk',
      subject: d.feature,
      plain: d.feature,
      date: d.since === null ? undefined : fmt.date(d.since),
    });
  }
  for (const [index, x] of (f.fairness ?? []).entries()) {
    if (x.finding)
      out.push({ index, rule: 'fairness-gap', status: 'at-risk', subject: `${x.metric} / ${x.feature}`, plain: x.feature });
  }
  for (const [index, r] of f.risks.entries())
    if (r.band === 'high') out.push({ index, rule: 'high-risk', status: 'at-risk', subject: r.title, plain: r.title });
  for (const [index, r] of f.risks.entries())
    if (r.overdue > 0) out.push({ index, rule: 'mitigation-overdue', status: 'at-risk', subject: r.title, plain: r.title });
  if (f.dataQuality && f.dataQuality.score < ctx.dqThreshold) {
    out.push({
      index: 0,
      rule: 'data-quality-low',
      status: 'at-risk',
      subject: 'Data Quality Index',
      plain: 'data quality',
      value: fmt.num(f.dataQuality.score, 1),
      target: fmt.num(ctx.dqThreshold, 1),
    });
  }
  const order = new Map(SUMMARY_STATUS_RULES.map((r, i) => [r.rule, i]));
  // Stable: within a rule, facts keep their input order.
  return out
    .map((x, i) => [x, i] as const)
    .sort((a, b) => order.get(a[0].rule)! - order.get(b[0].rule)! || a[1] - b[1])
    .map((x) => x[0]);
}

const TONE: Record<DeliveryStatus, SummaryItem['tone']> = {
  'on-track': 'positive',
  'at-risk': 'warning',
  'off-track': 'critical',
};

function ev(
  ctx: Ctx,
  e: Omit<SummaryEvidence, 'text'> & { label: string; valueText: string | null; thresholdText?: string; dateText?: string },
): SummaryEvidence {
  const { label, valueText, thresholdText, dateText, ...rest } = e;
  return {
    ...rest,
    text: say(ctx.m, 'evidence', { source: rest.source, label, value: valueText, threshold: thresholdText, date: dateText }),
  };
}

function metricEvidence(ctx: Ctx, x: CheckedMetric): SummaryEvidence {
  return ev(ctx, {
    source: 'metric',
    metric: x.id,
    value: x.value,
    threshold: x.target,
    label: x.name,
    valueText: metricValue(ctx.fmt, x, x.value),
    thresholdText: metricValue(ctx.fmt, x, x.target),
  });
}

/** Sentences about milestones: missed, next due, and (technical) every one done. */
function milestoneItems(ctx: Ctx, all: boolean): SummaryItem[] {
  const { f, fmt, m } = ctx;
  const items: SummaryItem[] = [];
  const today = Math.floor(f.now / DAY_MS) * DAY_MS;
  const evidence = (ms: CheckedFacts['milestones'][number]): SummaryEvidence[] => [
    ev(ctx, {
      source: 'milestone',
      metric: ms.name,
      value: ms.done ? ms.done.iso : null,
      threshold: ms.due.iso,
      label: ms.name,
      valueText: ms.done ? dayText(fmt, ms.done) : null,
      thresholdText: dayText(fmt, ms.due),
    }),
  ];
  for (const ms of f.milestones) {
    if (!ms.done && f.now >= ms.due.end) {
      const days = Math.max(1, Math.round((today - ms.due.day) / DAY_MS));
      items.push({
        text: say(m, 'milestoneMissed', { name: ms.name, due: dayText(fmt, ms.due), days }),
        tone: 'critical',
        evidence: evidence(ms),
      });
    }
  }
  if (all) {
    for (const ms of f.milestones) {
      if (ms.done) {
        items.push({
          text: say(m, 'milestoneDone', { name: ms.name, date: dayText(fmt, ms.done), late: ms.done.end > ms.due.end }),
          tone: 'positive',
          evidence: evidence(ms),
        });
      }
    }
  }
  let next: CheckedFacts['milestones'][number] | null = null;
  for (const ms of f.milestones) if (!ms.done && f.now < ms.due.end && (!next || ms.due.end < next.due.end)) next = ms;
  if (next) {
    const days = Math.max(0, Math.round((next.due.day - today) / DAY_MS));
    items.push({
      text: say(m, 'milestoneNext', { name: next.name, due: dayText(fmt, next.due), days }),
      tone: 'neutral',
      evidence: evidence(next),
    });
  }
  return items;
}

/** A metric in customers and money; null when it has no meaning to translate. */
function plainMetricItems(ctx: Ctx, x: CheckedMetric): SummaryItem[] {
  const { fmt, m } = ctx;
  const mn = x.meaning;
  if (!mn) return [];
  const met = x.status === 'on-track';
  const tone = TONE[x.status];
  const evidence = [metricEvidence(ctx, x)];
  const out: SummaryItem[] = [];
  if (mn.kind === 'catch-rate') {
    const r = share(x, x.value);
    const t = share(x, x.target);
    out.push({
      text: say(m, 'catchRate', {
        caught: fmt.num(Math.round(r * 100), 0),
        per: fmt.num(100, 0),
        subject: mn.subject,
        target: fmt.num(Math.round(t * 100), 0),
        met,
      }),
      tone,
      evidence,
      metricId: x.id,
    });
    if (mn.casesPerMonth !== undefined && mn.valuePerCase !== undefined) {
      const cur = mn.currency ?? 'USD';
      const missed = (1 - r) * mn.casesPerMonth * mn.valuePerCase;
      const gap = x.direction === 'higher' && t > r ? (t - r) * mn.casesPerMonth * mn.valuePerCase : 0;
      out.push({
        text: say(m, 'catchRateMoney', { missedCost: fmt.money(missed, cur), gapCost: gap > 0 ? fmt.money(gap, cur) : null }),
        tone: 'neutral',
        evidence,
        metricId: x.id,
      });
    }
  } else if (mn.kind === 'alert-precision') {
    const p = share(x, x.value);
    const t = share(x, x.target);
    out.push({
      text: say(m, 'falseAlarms', {
        alarms: fmt.num(Math.round((1 - p) * 1000), 0),
        per: fmt.num(1000, 0),
        subject: mn.subject,
        target: fmt.num(Math.round((1 - t) * 1000), 0),
        met,
      }),
      tone,
      evidence,
      metricId: x.id,
    });
    if (mn.casesPerMonth !== undefined && mn.valuePerCase !== undefined) {
      out.push({
        text: say(m, 'falseAlarmsMoney', { cost: fmt.money((1 - p) * mn.casesPerMonth * mn.valuePerCase, mn.currency ?? 'USD') }),
        tone: 'neutral',
        evidence,
        metricId: x.id,
      });
    }
  } else {
    const unitMs = x.unit === 'ms' ? 1 : 1000;
    const s = x.value * (unitMs / 1000);
    const feel = s <= 0.1 ? 'instant' : s <= 1 ? 'no-wait' : s <= 10 ? 'noticeable' : 'long';
    out.push({
      text: say(m, 'responseTime', {
        share: fmt.pct((mn.percentile ?? 95) / 100, 1),
        subject: mn.subject,
        time: fmt.duration(x.value, unitMs),
        target: fmt.duration(x.target, unitMs),
        feel,
        met,
      }),
      tone,
      evidence,
      metricId: x.id,
    });
  }
  return out;
}

function plainMetricSection(ctx: Ctx): SummaryItem[] {
  const items: SummaryItem[] = [];
  let others = 0;
  let othersMet = 0;
  const otherEvidence: SummaryEvidence[] = [];
  for (const x of ctx.f.metrics) {
    const t = plainMetricItems(ctx, x);
    if (t.length) items.push(...t);
    else {
      others++;
      if (x.status === 'on-track') othersMet++;
      otherEvidence.push(metricEvidence(ctx, x));
    }
  }
  if (others) {
    items.push({
      text: say(ctx.m, 'otherMeasures', { met: othersMet, total: others, allOthers: others === ctx.f.metrics.length }),
      tone: othersMet === others ? 'positive' : 'warning',
      evidence: otherEvidence,
    });
  }
  return items;
}

function driftEvidence(ctx: Ctx): SummaryEvidence[] {
  const { fmt, m } = ctx;
  return (ctx.f.drift?.active ?? []).map((d) =>
    ev(ctx, {
      source: 'drift',
      metric: d.feature,
      value: d.score,
      threshold: d.threshold,
      at: d.since === null ? undefined : new Date(d.since).toISOString(),
      label: `${d.feature} (${say(m, 'driftMethod', d.method)})`,
      valueText: driftScore(fmt, d.method, d.score),
      thresholdText: fmt.num(d.threshold, 3),
      dateText: d.since === null ? undefined : fmt.date(d.since),
    }),
  );
}

const P_VALUES = new Set(['ks', 'chi-square', 'z-test']);

/** A drift score; p-values below 0.001 as "< 0.001" (a printed 0 reads as certainty). */
function driftScore(fmt: Formatters, method: string, score: number | null): string {
  if (score === null) return '—';
  if (P_VALUES.has(method) && score < 0.001) return `< ${fmt.num(0.001, 3)}`;
  return fmt.num(score, 3);
}

function earliestDriftStart(ctx: Ctx): number | null {
  let since: number | null = null;
  for (const d of ctx.f.drift?.active ?? []) if (d.since !== null && (since === null || d.since < since)) since = d.since;
  return since;
}

function plainDriftItem(ctx: Ctx): SummaryItem | null {
  const d = ctx.f.drift;
  if (!d) return null;
  if (d.active.length === 0) return { text: say(ctx.m, 'driftNonePlain'), tone: 'positive' };
  const since = earliestDriftStart(ctx);
  return {
    text: say(ctx.m, 'driftPlain', {
      count: d.active.length,
      since: since === null ? ctx.fmt.date(ctx.f.now) : ctx.fmt.date(since),
      audience: ctx.audience,
    }),
    tone: 'warning',
    evidence: driftEvidence(ctx),
  };
}

function fairnessEvidence(ctx: Ctx, x: NonNullable<CheckedFacts['fairness']>[number]): SummaryEvidence {
  return ev(ctx, {
    source: 'fairness',
    metric: x.id,
    value: x.value,
    threshold: x.threshold,
    label: `${x.metric} / ${x.feature} (${x.measure})`,
    valueText: x.value === null ? '—' : ctx.fmt.fixed(x.value, 3),
    thresholdText: ctx.fmt.fixed(x.threshold, 3),
  });
}

function plainFairnessItem(ctx: Ctx): SummaryItem | null {
  const found = (ctx.f.fairness ?? []).filter((x) => x.finding);
  if (!found.length) return null;
  return {
    text: say(ctx.m, 'fairnessPlain', {
      count: found.length,
      feature: found[0].feature,
      group: found[0].frame ? found[0].frame.min[0] : null,
      audience: ctx.audience,
    }),
    tone: 'warning',
    evidence: found.map((x) => fairnessEvidence(ctx, x)),
  };
}

function dqEvidence(ctx: Ctx): SummaryEvidence[] {
  const dq = ctx.f.dataQuality!;
  return [
    ev(ctx, {
      source: 'data-quality',
      metric: 'dataQualityIndex',
      value: dq.score,
      threshold: ctx.dqThreshold,
      label: 'Data Quality Index',
      valueText: ctx.fmt.num(dq.score, 1),
      thresholdText: ctx.fmt.num(ctx.dqThreshold, 1),
    }),
  ];
}

function riskEvidence(ctx: Ctx, r: CheckedFacts['risks'][number]): SummaryEvidence[] {
  return [
    ev(ctx, {
      source: 'risk',
      metric: r.id,
      value: r.score,
      threshold: r.band,
      label: `${r.id} (${r.category})`,
      valueText: ctx.fmt.num(r.score, 1),
      thresholdText: say(ctx.m, 'bandLabel', r.band),
    }),
  ];
}

const RISK_TONE = { low: 'neutral', medium: 'neutral', high: 'warning', critical: 'critical' } as const;
const BAND_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

function plainRiskItems(ctx: Ctx, keep: (r: CheckedFacts['risks'][number]) => boolean): SummaryItem[] {
  return ctx.f.risks
    .map((r, i) => [r, i] as const)
    .filter(([r]) => keep(r))
    .sort((a, b) => BAND_ORDER[a[0].band] - BAND_ORDER[b[0].band] || b[0].score - a[0].score || a[1] - b[1])
    .map(([r]) => ({
      text: say(ctx.m, 'riskPlain', { title: r.title, band: say(ctx.m, 'bandLabel', r.band), owner: r.owner }),
      tone: RISK_TONE[r.band],
      evidence: riskEvidence(ctx, r),
    }));
}

function section(ctx: Ctx, id: SummarySectionId, items: (SummaryItem | null)[]): SummarySection | null {
  const kept = items.filter((x): x is SummaryItem => x !== null);
  return kept.length ? { id, title: say(ctx.m, 'sectionTitle', id, ctx.audience), items: kept } : null;
}

function executive(ctx: Ctx): (SummarySection | null)[] {
  const { f } = ctx;
  const dq = f.dataQuality;
  return [
    section(ctx, 'progress', [...milestoneItems(ctx, false), ...plainMetricSection(ctx)]),
    section(ctx, 'risks', [
      ...plainRiskItems(ctx, (r) => r.band === 'critical' || r.band === 'high'),
      plainDriftItem(ctx),
      plainFairnessItem(ctx),
      dq && dq.score < ctx.dqThreshold
        ? {
            text: say(ctx.m, 'dataQualityPlain', { score: ctx.fmt.num(dq.score, 0), ok: false }),
            tone: 'warning',
            evidence: dqEvidence(ctx),
          }
        : null,
      f.risks.length && !f.risks.some((r) => r.band === 'critical' || r.band === 'high')
        ? { text: say(ctx.m, 'noSeriousRisks'), tone: 'positive' }
        : null,
    ]),
  ];
}

function business(ctx: Ctx): (SummarySection | null)[] {
  const dq = ctx.f.dataQuality;
  return [
    section(ctx, 'customers', [
      ...plainMetricSection(ctx),
      plainDriftItem(ctx),
      plainFairnessItem(ctx),
      dq
        ? {
            text: say(ctx.m, 'dataQualityPlain', { score: ctx.fmt.num(dq.score, 0), ok: dq.score >= ctx.dqThreshold }),
            tone: dq.score >= ctx.dqThreshold ? 'positive' : 'warning',
            evidence: dqEvidence(ctx),
          }
        : null,
    ]),
    section(ctx, 'milestones', milestoneItems(ctx, false)),
    section(
      ctx,
      'risks',
      plainRiskItems(ctx, (r) => r.band === 'critical' || r.band === 'high' || BUSINESS_RISK.has(r.category)),
    ),
  ];
}

function technical(ctx: Ctx): (SummarySection | null)[] {
  const { f, fmt, m } = ctx;
  const metrics = f.metrics.map((x) => {
    const gap = Math.abs(x.value - x.target);
    return {
      text: say(m, 'metricLine', {
        name: x.name,
        value: metricValue(fmt, x, x.value),
        target: metricValue(fmt, x, x.target),
        direction: x.direction,
        status: x.status,
        gap: metricValue(fmt, x, gap),
      }),
      tone: TONE[x.status],
      evidence: [metricEvidence(ctx, x)],
      metricId: x.id,
    } satisfies SummaryItem;
  });
  let drift: SummaryItem[] = [];
  if (f.drift) {
    const d = f.drift;
    const evs = driftEvidence(ctx);
    drift = [
      {
        text: say(m, 'driftShare', {
          drifted: d.latest.drifted,
          tested: d.latest.tested,
          share: fmt.pct(d.latest.share, 0),
          date: d.latest.at === null ? null : fmt.date(d.latest.at),
        }),
        tone: d.latest.drifted ? 'warning' : 'positive',
      },
      ...d.active.map((a, i) => ({
        text: say(m, 'driftActive', {
          feature: a.feature,
          method: say(m, 'driftMethod', a.method),
          score: driftScore(fmt, a.method, a.score),
          threshold: fmt.num(a.threshold, 3),
          since: a.since === null ? null : fmt.date(a.since),
        }),
        tone: 'warning' as const,
        evidence: [evs[i]],
      })),
      ...d.recovered.map((r) => ({
        text: say(m, 'driftRecovered', { feature: r.feature, date: fmt.date(r.at) }),
        tone: 'positive' as const,
      })),
    ];
  }
  const fairness = (f.fairness ?? []).map((x) => ({
    text: x.frame
      ? say(m, 'fairnessFrame', {
          metric: x.metric,
          feature: x.feature,
          difference: fmt.fixed(x.frame.difference, 3),
          threshold: fmt.fixed(x.threshold, 3),
          ratio: x.frame.ratio === null ? null : fmt.fixed(x.frame.ratio, 3),
          minGroup: x.frame.min[0],
          minValue: fmt.fixed(x.frame.min[1], 3),
          maxGroup: x.frame.max[0],
          maxValue: fmt.fixed(x.frame.max[1], 3),
          finding: x.finding,
        })
      : say(m, 'fairnessValue', {
          metric: x.metric,
          feature: x.feature,
          measure: x.measure,
          value: x.value === null ? '—' : fmt.fixed(x.value, 3),
          threshold: fmt.fixed(x.threshold, 3),
          finding: x.finding,
        }),
    tone: x.finding ? ('warning' as const) : ('positive' as const),
    evidence: [fairnessEvidence(ctx, x)],
  }));
  const dq = f.dataQuality;
  const delivery: SummaryItem[] = [];
  const dl = f.delivery;
  if (dl) {
    if (dl.deploymentFrequency)
      delivery.push({
        text: say(m, 'deploymentFrequency', {
          perWeek: fmt.num(dl.deploymentFrequency.perWeek, 1),
          count: dl.deploymentFrequency.count,
        }),
      });
    if (dl.leadTimeForChanges && dl.leadTimeForChanges.p50Hours !== null)
      delivery.push({
        text: say(m, 'leadTime', {
          p50: fmt.duration(dl.leadTimeForChanges.p50Hours, 3_600_000),
          count: dl.leadTimeForChanges.count,
        }),
      });
    if (dl.changeFailureRate && dl.changeFailureRate.rate !== null)
      delivery.push({
        text: say(m, 'changeFailureRate', {
          rate: fmt.pct(dl.changeFailureRate.rate, 0),
          failed: dl.changeFailureRate.failed,
          deployments: dl.changeFailureRate.deployments,
        }),
      });
    if (dl.meanTimeToRecovery)
      delivery.push({
        text: say(m, 'meanTimeToRecovery', {
          mean: dl.meanTimeToRecovery.meanHours === null ? null : fmt.duration(dl.meanTimeToRecovery.meanHours, 3_600_000),
          count: dl.meanTimeToRecovery.count,
          open: dl.meanTimeToRecovery.open,
        }),
      });
    if (dl.rollbackRate && dl.rollbackRate.rate !== null)
      delivery.push({
        text: say(m, 'rollbackRate', {
          rate: fmt.pct(dl.rollbackRate.rate, 0),
          rolledBack: dl.rollbackRate.rolledBack,
          deployments: dl.rollbackRate.deployments,
        }),
      });
    for (const it of delivery) it.tone = 'neutral';
  }
  const risks = f.risks
    .map((r, i) => [r, i] as const)
    .sort((a, b) => BAND_ORDER[a[0].band] - BAND_ORDER[b[0].band] || b[0].score - a[0].score || a[1] - b[1])
    .map(([r]) => ({
      text: say(m, 'riskLine', {
        id: r.id,
        title: r.title,
        category: r.category,
        band: say(m, 'bandLabel', r.band),
        score: fmt.num(r.score, 1),
        overdue: r.overdue,
        owner: r.owner,
      }),
      tone: RISK_TONE[r.band],
      evidence: riskEvidence(ctx, r),
    }));
  return [
    section(ctx, 'metrics', metrics),
    section(ctx, 'drift', drift),
    section(ctx, 'fairness', fairness),
    section(ctx, 'data-quality', [
      dq
        ? {
            text: say(m, 'dataQualityLine', {
              score: fmt.num(dq.score, 1),
              threshold: fmt.num(ctx.dqThreshold, 1),
              weakest: dq.weakest ? say(m, 'dimensionName', dq.weakest[0]) : null,
              weakestScore: dq.weakest ? fmt.fixed(dq.weakest[1], 3) : null,
            }),
            tone: dq.score >= ctx.dqThreshold ? 'positive' : 'warning',
            evidence: dqEvidence(ctx),
          }
        : null,
    ]),
    section(ctx, 'delivery', delivery),
    section(ctx, 'risks', risks),
    section(ctx, 'milestones', milestoneItems(ctx, true)),
  ];
}

function legal(ctx: Ctx): (SummarySection | null)[] {
  const { f, fmt, m } = ctx;
  const fairness: SummaryItem[] = [];
  if (!f.fairness || f.fairness.length === 0) fairness.push({ text: say(m, 'noFairness'), tone: 'warning' });
  for (const x of f.fairness ?? []) {
    const points = (v: number) => fmt.num(Math.abs(v) * 100, 1);
    const gap = x.frame ? x.frame.difference : x.measure === 'difference' && x.value !== null ? x.value : null;
    const evidence = [fairnessEvidence(ctx, x)];
    if (gap !== null && (x.measure === 'difference' || x.frame)) {
      fairness.push({
        text: say(m, 'fairnessLegal', {
          metric: x.metric,
          feature: x.feature,
          gapPoints: points(gap),
          thresholdPoints: x.measure === 'difference' ? points(x.threshold) : points(1 - x.threshold),
          minGroup: x.frame ? x.frame.min[0] : null,
          finding: x.finding,
        }),
        tone: x.finding ? 'warning' : 'positive',
        evidence,
      });
    }
    const ratio = x.frame ? x.frame.ratio : x.measure === 'ratio' ? x.value : null;
    if (ratio !== null) {
      fairness.push({
        text: say(m, 'fourFifths', { ratio: fmt.fixed(ratio, 2), below: ratio < 0.8 }),
        tone: ratio < 0.8 ? 'warning' : 'positive',
        evidence,
      });
    }
  }
  const byCat = (set: Set<string>) => plainRiskItems(ctx, (r) => set.has(r.category));
  const privacy = byCat(PRIVACY);
  const explain = byCat(EXPLAIN);
  const d = f.drift;
  const since = earliestDriftStart(ctx);
  return [
    section(ctx, 'fairness', fairness),
    section(ctx, 'privacy', privacy.length ? privacy : [{ text: say(m, 'noPrivacyRisk'), tone: 'warning' }]),
    section(ctx, 'explainability', explain.length ? explain : [{ text: say(m, 'noExplainabilityRisk'), tone: 'warning' }]),
    section(
      ctx,
      'risks',
      plainRiskItems(ctx, (r) => LEGAL_RISK.has(r.category)),
    ),
    section(ctx, 'monitoring', [
      d
        ? {
            text: say(m, 'monitoring', { count: d.active.length, since: since === null ? null : fmt.date(since) }),
            tone: d.active.length ? 'warning' : 'positive',
            evidence: driftEvidence(ctx),
          }
        : null,
    ]),
  ];
}

function asksFor(ctx: Ctx, found: Finding[]): string[] {
  const { f, m, audience, fmt } = ctx;
  const out: string[] = [];
  const once = new Set<string>();
  const add = (s: string) => {
    if (!once.has(s)) {
      once.add(s);
      out.push(s);
    }
  };
  const drifting = found.filter((x) => x.rule === 'drift-active');
  let driftAsked = false;
  for (const x of found) {
    switch (x.rule) {
      case 'milestone-missed':
        if (audience === 'executive') add(say(m, 'askNewDate', { name: x.subject }));
        else if (audience === 'technical') add(say(m, 'askReplan', { name: x.subject }));
        else if (audience === 'business') add(say(m, 'askPlanLate', { name: x.subject, due: x.date ?? '' }));
        break;
      case 'critical-risk':
      case 'high-risk': {
        const r = f.risks[x.index];
        if (!r.owner && audience !== 'legal') add(say(m, 'askNameOwner', { title: r.title }));
        if (x.rule === 'critical-risk' && audience === 'executive') add(say(m, 'askApproveRisk', { title: r.title }));
        if (audience === 'technical') add(say(m, 'askRiskPlan', { id: r.id, title: r.title }));
        if (audience === 'legal' && (LEGAL_RISK.has(r.category) || PRIVACY.has(r.category) || EXPLAIN.has(r.category)))
          add(say(m, 'askLegalRisk', { title: r.title }));
        break;
      }
      case 'mitigation-overdue': {
        const r = f.risks[x.index];
        if (audience === 'technical') add(say(m, 'askOverdue', { title: r.title, count: r.overdue }));
        break;
      }
      case 'metric-off-target':
      case 'metric-near-target': {
        const metric = f.metrics[x.index];
        if (audience === 'technical')
          add(
            say(m, 'askMetricTechnical', {
              name: metric.name,
              target: metricValue(fmt, metric, metric.target),
              direction: metric.direction,
            }),
          );
        else if (audience === 'executive' && x.rule === 'metric-off-target')
          add(say(m, 'askMetricExecutive', { plain: x.plain }));
        break;
      }
      case 'drift-active':
        if (driftAsked) break;
        driftAsked = true;
        if (audience === 'technical')
          add(
            say(m, 'askDriftTechnical', {
              features: say(
                m,
                'list',
                drifting.map((y) => y.subject),
              ),
            }),
          );
        else if (audience === 'executive') add(say(m, 'askDriftExecutive'));
        else if (audience === 'business') {
          const since = earliestDriftStart(ctx);
          add(say(m, 'askDriftBusiness', { since: fmt.date(since ?? f.now) }));
        }
        break;
      case 'fairness-gap': {
        const g = f.fairness![x.index];
        if (audience === 'legal') add(say(m, 'askFairnessLegal', { metric: g.metric, feature: g.feature }));
        else if (audience === 'technical') add(say(m, 'askFairnessTechnical', { metric: g.metric, feature: g.feature }));
        else if (audience === 'executive') add(say(m, 'askFairnessExecutive'));
        break;
      }
      case 'data-quality-low':
        if (audience === 'technical')
          add(say(m, 'askDataQuality', { dimension: say(m, 'dimensionName', f.dataQuality?.weakest?.[0] ?? 'completeness') }));
        break;
    }
  }
  for (const a of f.asks) if (!a.audiences || a.audiences.includes(audience)) add(a.text);
  if (audience === 'legal') for (const q of f.openQuestions) add(say(m, 'askOpenQuestion', { question: q.question }));
  return out;
}

/**
 * Write the project's status for one audience from one set of facts: a headline, on track /
 * at risk / off track with the rule that set it ({@link SUMMARY_STATUS_RULES}), sections of
 * sentences with their evidence, and the asks. Executives get no metric jargon, engineers
 * every metric with its figures, business owners customers and money, legal fairness,
 * privacy and explainability. Deterministic and offline; every sentence comes from the
 * catalogue (`messages`), every number through `Intl` with the given `locale`.
 *
 * No reference library: the rules are those above, the audiences those of the project guide's
 * "Managing Stakeholder Expectations and Communication".
 *
 * @param facts the project and results of this SDK's functions (see {@link SummaryFacts})
 * @example
 * ```ts
 * const s = stakeholderSummary(
 *   {
 *     project: { name: 'Card fraud v3' },
 *     now: '2026-11-16T09:00:00Z',
 *     metrics: [{ id: 'recall', name: 'Recall', value: 0.83, target: 0.85, direction: 'higher', unit: 'ratio',
 *                 meaning: { kind: 'catch-rate', subject: 'fraudulent transactions' } }],
 *   },
 *   { audience: 'business' },
 * );
 * s.status; // 'at-risk'
 * s.statusRule; // 'metric-near-target'
 * s.sections[0].items[0].text; // 'Catches 83 of every 100 fraudulent transactions (target: 85).'
 * ```
 */
export function stakeholderSummary(facts: SummaryFacts, options: StakeholderSummaryOptions): StakeholderSummary {
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object with an audience; got ${show(options)}`, {
      argument: 'options',
    });
  }
  const audience = options.audience;
  if (!AUDIENCES.includes(audience)) {
    throw new SextantError('INVALID_OPTION', `options.audience must be one of ${AUDIENCES.join(', ')}; got ${show(audience)}`, {
      argument: 'options.audience',
      value: audience,
    });
  }
  const m = resolveMessages(options.messages);
  const fmt = formatters(options.locale ?? 'en-US', options.timeZone ?? 'UTC');
  const dqThreshold = options.dataQualityThreshold ?? 80;
  if (typeof dqThreshold !== 'number' || !(dqThreshold >= 0 && dqThreshold <= 100)) {
    throw new SextantError(
      'INVALID_OPTION',
      `options.dataQualityThreshold must be a number in [0, 100]; got ${show(dqThreshold)}`,
      {
        argument: 'options.dataQualityThreshold',
        value: dqThreshold,
      },
    );
  }
  const f = checkFacts(facts);
  const ctx: Ctx = { f, m, fmt, audience, dqThreshold };
  const found = findings(ctx);
  const status: DeliveryStatus = found.length ? found[0].status : 'on-track';
  const technical = audience === 'technical';
  const first = found[0];
  const hasFacts = Boolean(
    f.metrics.length || f.milestones.length || f.risks.length || f.drift || f.fairness || f.dataQuality || f.delivery,
  );
  const statusRule: SummaryStatusRule = first ? first.rule : hasFacts ? 'all-clear' : 'no-facts';
  const statusReason = first
    ? say(m, 'reason', {
        rule: first.rule,
        technical,
        subject: technical ? first.subject : first.plain,
        count: found.filter((x) => x.rule === first.rule).length,
        value: first.value,
        target: first.target,
        date: first.date,
      })
    : say(m, 'reason', { rule: statusRule, technical, subject: '', count: 0 });

  const build = { executive, technical: technicalSections, business, legal }[audience];
  let sections = build(ctx).filter((s): s is SummarySection => s !== null);
  if (!hasFacts)
    sections = [
      {
        id: 'progress',
        title: say(m, 'sectionTitle', 'progress', audience),
        items: [{ text: say(m, 'noFacts'), tone: 'neutral' }],
      },
    ];
  const asks = asksFor(ctx, found);
  const headline = say(m, 'headline', {
    audience,
    status,
    project: f.project,
    due: f.due ? dayText(fmt, f.due) : null,
    asks: asks.length,
    metricsMet: f.metrics.filter((x) => x.status === 'on-track').length,
    metricsTotal: f.metrics.length,
    drifting: f.drift ? f.drift.active.length : 0,
    seriousRisks: f.risks.filter((r) => r.band === 'high' || r.band === 'critical').length,
    fairnessFindings: (f.fairness ?? []).filter((x) => x.finding).length,
    privacyRisks: f.risks.filter((r) => PRIVACY.has(r.category)).length,
    explainabilityRisks: f.risks.filter((r) => EXPLAIN.has(r.category)).length,
  });
  const audienceLabel = say(m, 'audienceLabel', audience);
  const trends = f.metrics
    .filter((x) => x.history && x.history.length >= 2)
    .map((x) => {
      const values = Array.from(x.history!);
      const first = values[0];
      const last = values[values.length - 1];
      const change = first === last ? 'flat' : last > first === (x.direction === 'higher') ? 'better' : 'worse';
      return {
        metricId: x.id,
        values,
        direction: x.direction,
        target: x.target,
        text: say(m, 'trend', {
          name: technical || !x.meaning ? x.name : plainName(ctx, x),
          count: values.length,
          first: metricValue(fmt, x, first),
          last: metricValue(fmt, x, last),
          change,
        }),
      } as const;
    });
  return {
    audience,
    audienceLabel,
    title: say(m, 'reportTitle', { project: f.project, audience: audienceLabel, date: fmt.date(f.now) }),
    project: f.project,
    at: new Date(f.now).toISOString(),
    dateText: fmt.date(f.now),
    locale: fmt.locale,
    headline,
    status,
    statusLabel: say(m, 'statusLabel', status),
    statusReason,
    statusRule,
    findings: found.map((x) => ({ rule: x.rule, status: x.status, subject: x.subject })),
    sections,
    trends: trends.map((t) => ({ ...t, values: t.values.slice() })),
    asksTitle: say(m, 'asksTitle', audience),
    asks,
  };
}

const technicalSections = technical;
