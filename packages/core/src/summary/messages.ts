/**
 * The message catalogue of stakeholder summaries: every sentence a summary or its widget
 * shows. Numbers, dates and money arrive already formatted for the summary's `locale`
 * (strings); counts that decide a plural also arrive as numbers. Override a few entries for
 * house style (`{ messages: { askNewDate: (p) => … } }`) or pass a whole catalogue for another
 * language ({@link summaryMessagesFr} is the proof that one fits).
 */
import type { DeliveryStatus } from './status';
import type { Audience, SummaryRiskBand, SummaryStatusRule } from './types';

/** Ids of the sections a summary may have. */
export type SummarySectionId =
  | 'progress'
  | 'customers'
  | 'metrics'
  | 'drift'
  | 'fairness'
  | 'data-quality'
  | 'delivery'
  | 'risks'
  | 'milestones'
  | 'privacy'
  | 'explainability'
  | 'monitoring';

/** How a response time feels (Nielsen's limits: 0.1 s instant, 1 s no wait, 10 s attention kept). */
export type ResponseFeel = 'instant' | 'no-wait' | 'noticeable' | 'long';

/** What {@link SummaryMessages.reason} is told. */
export interface ReasonParams {
  rule: SummaryStatusRule;
  /** True for the technical audience: names and figures; false: plain words. */
  technical: boolean;
  /** The milestone, risk, metric, feature or dimension the rule fired on (plain name for non-technical audiences). */
  subject: string;
  /** How many things the rule fired on (the subject is the first). */
  count: number;
  /** Formatted value and target, for metric and data-quality rules. */
  value?: string;
  target?: string;
  /** Formatted date (a milestone's due date, a drift start). */
  date?: string;
}

/** What {@link SummaryMessages.headline} is told. */
export interface HeadlineParams {
  audience: Audience;
  status: DeliveryStatus;
  project: string;
  /** The project's formatted due date, or null. */
  due: string | null;
  /** How many asks the summary carries for this audience. */
  asks: number;
  metricsMet: number;
  metricsTotal: number;
  /** Features drifting in the latest batch. */
  drifting: number;
  /** Risks whose residual band is high or critical. */
  seriousRisks: number;
  /** Fairness results past their threshold. */
  fairnessFindings: number;
  privacyRisks: number;
  explainabilityRisks: number;
}

/** The typed catalogue. Every value is a function returning one sentence or label. */
export interface SummaryMessages {
  audienceLabel: (audience: Audience) => string;
  statusLabel: (status: DeliveryStatus) => string;
  bandLabel: (band: SummaryRiskBand) => string;
  sectionTitle: (id: SummarySectionId, audience: Audience) => string;
  asksTitle: (audience: Audience) => string;
  headline: (p: HeadlineParams) => string;
  reason: (p: ReasonParams) => string;
  /** One line of evidence: `Recall = 0.830 (threshold 0.850)`. */
  evidence: (p: { source: string; label: string; value: string | null; threshold?: string; date?: string }) => string;

  // Milestones (every audience)
  milestoneMissed: (p: { name: string; due: string; days: number }) => string;
  milestoneDone: (p: { name: string; date: string; late: boolean }) => string;
  milestoneNext: (p: { name: string; due: string; days: number }) => string;
  noFacts: () => string;

  // Metrics in plain words
  catchRate: (p: { caught: string; per: string; subject: string; target: string; met: boolean }) => string;
  catchRateMoney: (p: { missedCost: string; gapCost: string | null }) => string;
  falseAlarms: (p: { alarms: string; per: string; subject: string; target: string; met: boolean }) => string;
  falseAlarmsMoney: (p: { cost: string }) => string;
  responseTime: (p: { share: string; subject: string; time: string; target: string; feel: ResponseFeel; met: boolean }) => string;
  /** The plain name of a metric's effect, for asks and reasons: "the share of fraud caught". */
  plainMetricName: (p: { kind: 'catch-rate' | 'alert-precision' | 'response-time' | 'other'; subject: string }) => string;
  otherMeasures: (p: { met: number; total: number; allOthers: boolean }) => string;

  // Metrics with figures (technical)
  metricLine: (p: {
    name: string;
    value: string;
    target: string;
    direction: 'higher' | 'lower';
    status: DeliveryStatus;
    gap: string;
  }) => string;

  // Drift
  driftPlain: (p: { count: number; since: string; audience: Audience }) => string;
  driftNonePlain: () => string;
  driftActive: (p: { feature: string; method: string; score: string; threshold: string; since: string | null }) => string;
  driftRecovered: (p: { feature: string; date: string }) => string;
  driftShare: (p: { drifted: number; tested: number; share: string; date: string | null }) => string;
  driftMethod: (method: string) => string;
  monitoring: (p: { count: number; since: string | null }) => string;

  // Fairness
  fairnessPlain: (p: { count: number; feature: string; group: string | null; audience: Audience }) => string;
  fairnessFrame: (p: {
    metric: string;
    feature: string;
    difference: string;
    threshold: string;
    ratio: string | null;
    minGroup: string;
    minValue: string;
    maxGroup: string;
    maxValue: string;
    finding: boolean;
  }) => string;
  fairnessValue: (p: {
    metric: string;
    feature: string;
    measure: 'difference' | 'ratio';
    value: string;
    threshold: string;
    finding: boolean;
  }) => string;
  fairnessLegal: (p: {
    metric: string;
    feature: string;
    gapPoints: string;
    thresholdPoints: string;
    minGroup: string | null;
    finding: boolean;
  }) => string;
  fourFifths: (p: { ratio: string; below: boolean }) => string;
  noFairness: () => string;

  // Data quality
  dataQualityPlain: (p: { score: string; ok: boolean }) => string;
  dataQualityLine: (p: { score: string; threshold: string; weakest: string | null; weakestScore: string | null }) => string;
  dimensionName: (dimension: string) => string;

  // Delivery
  deploymentFrequency: (p: { perWeek: string; count: number }) => string;
  leadTime: (p: { p50: string; count: number }) => string;
  changeFailureRate: (p: { rate: string; failed: number; deployments: number }) => string;
  meanTimeToRecovery: (p: { mean: string | null; count: number; open: number }) => string;
  rollbackRate: (p: { rate: string; rolledBack: number; deployments: number }) => string;

  // Risks
  riskPlain: (p: { title: string; band: string; owner: string | null }) => string;
  riskLine: (p: {
    id: string;
    title: string;
    category: string;
    band: string;
    score: string;
    overdue: number;
    owner: string | null;
  }) => string;
  noSeriousRisks: () => string;
  noPrivacyRisk: () => string;
  noExplainabilityRisk: () => string;

  // Asks
  askNewDate: (p: { name: string }) => string;
  askReplan: (p: { name: string }) => string;
  askPlanLate: (p: { name: string; due: string }) => string;
  askApproveRisk: (p: { title: string }) => string;
  askNameOwner: (p: { title: string }) => string;
  askRiskPlan: (p: { id: string; title: string }) => string;
  askLegalRisk: (p: { title: string }) => string;
  askOverdue: (p: { title: string; count: number }) => string;
  askDriftTechnical: (p: { features: string }) => string;
  askDriftExecutive: () => string;
  askDriftBusiness: (p: { since: string }) => string;
  askMetricTechnical: (p: { name: string; target: string; direction: 'higher' | 'lower' }) => string;
  askMetricExecutive: (p: { plain: string }) => string;
  askFairnessLegal: (p: { metric: string; feature: string }) => string;
  askFairnessExecutive: () => string;
  askFairnessTechnical: (p: { metric: string; feature: string }) => string;
  askDataQuality: (p: { dimension: string }) => string;
  /** An impact-assessment question still open (asked of the legal audience). */
  askOpenQuestion: (p: { question: string }) => string;

  /** The text alternative of a metric's sparkline. */
  trend: (p: { name: string; count: number; first: string; last: string; change: 'better' | 'worse' | 'flat' }) => string;
  /** Join names: `a, b and c`. */
  list: (items: readonly string[]) => string;

  // The widget's own labels
  audiencesLabel: () => string;
  copyMarkdown: () => string;
  copied: () => string;
  copiedAnnouncement: (p: { audience: string }) => string;
  copyFailed: () => string;
  evidenceLabel: (p: { count: number }) => string;
  printLabel: () => string;
  reportDate: (p: { date: string }) => string;
  /** Default stakeholder group names and channels (defaultStakeholderGroups). */
  groupName: (audience: Audience) => string;
  groupChannel: (audience: Audience) => string;
  /** The communication plan view. */
  planTitle: () => string;
  cadenceLabel: (p: { everyDays: number }) => string;
  planMeta: (p: { cadence: string; minutes: number; channel: string }) => string;
  planUpdate: (p: { index: number }) => string;
  planFair: (p: { allInside: boolean; outside: readonly string[] }) => string;
  planOutside: (p: { minutes: number }) => string;
  planNoUpdates: () => string;
  /** The first line of an exported summary. */
  reportTitle: (p: { project: string; audience: string; date: string }) => string;
}

const q = (s: string) => `“${s}”`;
const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const summaryMessagesEnList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
// Method and dimension names come from data: a feature method or a breakdown key named
// `constructor` or `__proto__` must print as itself, not as Object.prototype's member.
const named = (table: Record<string, string>, key: string): string =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The English catalogue (the default).
 *
 * @example
 * ```ts
 * summaryMessagesEn.statusLabel('at-risk'); // 'At risk'
 * summaryMessagesEn.list(['amount', 'merchant', 'hour']); // 'amount, merchant and hour'
 * ```
 */
export const summaryMessagesEn: SummaryMessages = Object.freeze({
  audienceLabel: (a: Audience) =>
    ({ executive: 'Executive', technical: 'Technical', business: 'Business', legal: 'Legal & compliance' })[a],
  statusLabel: (s: DeliveryStatus) => ({ 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track' })[s],
  bandLabel: (b: SummaryRiskBand) => ({ low: 'low', medium: 'medium', high: 'high', critical: 'critical' })[b],
  sectionTitle: (id: SummarySectionId, audience: Audience) =>
    ({
      progress: 'Progress',
      customers: 'What it means for customers',
      metrics: 'Model metrics',
      drift: 'Data drift',
      fairness: audience === 'legal' ? 'Fairness and non-discrimination' : 'Fairness',
      'data-quality': 'Data quality',
      delivery: 'Delivery',
      risks: audience === 'technical' ? 'Risk register' : audience === 'legal' ? 'Regulatory and ethical risks' : 'Key risks',
      milestones: 'Milestones',
      privacy: 'Privacy and data protection',
      explainability: 'Explainability',
      monitoring: 'Ongoing monitoring',
    })[id],
  asksTitle: (a: Audience) =>
    ({ executive: 'Decisions needed', technical: 'Actions', business: 'What we need from you', legal: 'For your review' })[a],
  headline: (p: HeadlineParams) => {
    const due = p.due ? ` for ${p.due}` : '';
    switch (p.audience) {
      case 'executive':
        if (p.status === 'on-track') return `${p.project} is on track${due}.`;
        if (p.status === 'at-risk')
          return `${p.project} is at risk${p.asks ? ` and needs ${p.asks} ${plural(p.asks, 'decision', 'decisions')}` : '; the team is acting on it'}.`;
        return `${p.project} is off track${p.asks ? ` and needs ${p.asks} ${plural(p.asks, 'decision', 'decisions')}` : ''}.`;
      case 'technical':
        if (p.metricsTotal === 0) return `${p.project}: no metrics recorded yet.`;
        return `${p.project}: ${p.metricsMet} of ${p.metricsTotal} ${plural(p.metricsTotal, 'metric', 'metrics')} on target, ${p.drifting} ${plural(p.drifting, 'feature', 'features')} drifting, ${p.seriousRisks} high or critical ${plural(p.seriousRisks, 'risk', 'risks')}.`;
      case 'business':
        if (p.status === 'on-track') return `${p.project} is on track${due}.`;
        return `${p.project} is ${p.status === 'at-risk' ? 'at risk' : 'off track'}; here is what it means for customers.`;
      case 'legal':
        return `${p.project}: ${p.fairnessFindings} fairness ${plural(p.fairnessFindings, 'finding', 'findings')}, ${p.privacyRisks} privacy ${plural(p.privacyRisks, 'risk', 'risks')} and ${p.explainabilityRisks} explainability ${plural(p.explainabilityRisks, 'risk', 'risks')} open.`;
    }
  },
  reason: (p: ReasonParams) => {
    const more = p.count > 1 ? ` (and ${p.count - 1} more)` : '';
    switch (p.rule) {
      case 'milestone-missed':
        return `The milestone ${q(p.subject)} was due on ${p.date} and is not done${more}.`;
      case 'critical-risk':
        return `The risk ${q(p.subject)} is critical${more}.`;
      case 'metric-off-target':
        return p.technical
          ? `${p.subject} is ${p.value}, well short of its target of ${p.target}${more}.`
          : `The model is well short of its target on ${p.subject}${more}.`;
      case 'drift-active':
        return p.technical
          ? `${p.subject} has been drifting${p.date ? ` since ${p.date}` : ''}${more}.`
          : `The data the model sees has changed${p.date ? ` since ${p.date}` : ''}.`;
      case 'metric-near-target':
        return p.technical
          ? `${p.subject} is ${p.value}, just short of its target of ${p.target}${more}.`
          : `The model is just short of its target on ${p.subject}${more}.`;
      case 'fairness-gap':
        return p.technical
          ? `The ${p.subject} gap is past its threshold${more}.`
          : `The model does not yet serve all groups of customers equally well.`;
      case 'high-risk':
        return `The risk ${q(p.subject)} is high${more}.`;
      case 'mitigation-overdue':
        return `A mitigation for ${q(p.subject)} is overdue${more}.`;
      case 'data-quality-low':
        return p.technical
          ? `The Data Quality Index is ${p.value}, below ${p.target}.`
          : `The quality of the data feeding the model is below the agreed level.`;
      case 'no-facts':
        return 'No metrics, milestones or risks are recorded yet.';
      case 'all-clear':
        return p.technical
          ? 'Every metric meets its target, no feature is drifting and no milestone is late.'
          : 'Every target is met and no milestone is late.';
    }
  },
  evidence: (p) => {
    if (p.source === 'milestone') return `${p.label}: due ${p.threshold}, ${p.value ? `done ${p.value}` : 'not done'}`;
    if (p.source === 'risk') return `${p.label}: residual score ${p.value}, ${p.threshold} band`;
    return `${p.label}: ${p.value ?? '—'}${p.threshold ? ` (threshold ${p.threshold})` : ''}${p.date ? `, since ${p.date}` : ''}`;
  },

  milestoneMissed: (p) => `${q(p.name)} was due on ${p.due} and is not done (${p.days} ${plural(p.days, 'day', 'days')} late).`,
  milestoneDone: (p) => `${q(p.name)} was completed on ${p.date}${p.late ? ', after its due date' : ''}.`,
  milestoneNext: (p) =>
    `Next milestone: ${q(p.name)} on ${p.due}, ${p.days === 0 ? 'today' : `in ${p.days} ${plural(p.days, 'day', 'days')}`}.`,
  noFacts: () => 'Nothing to report yet: no metrics, milestones or risks have been recorded for this project.',

  catchRate: (p) => `Catches ${p.caught} of every ${p.per} ${p.subject} (target: ${p.target}).`,
  catchRateMoney: (p) =>
    `The ones it misses cost about ${p.missedCost} a month${p.gapCost ? `; reaching the target would save about ${p.gapCost} a month` : ''}.`,
  falseAlarms: (p) => `Raises ${p.alarms} false alarms for every ${p.per} ${p.subject} (target: at most ${p.target}).`,
  falseAlarmsMoney: (p) => `Reviewing false alarms costs about ${p.cost} a month.`,
  responseTime: (p) => {
    const feel = {
      instant: 'it feels instant',
      'no-wait': 'customers do not notice a wait',
      noticeable: 'customers notice the wait',
      long: 'customers wait long enough to give up',
    }[p.feel];
    return `${p.share} of ${p.subject} get an answer within ${p.time}: ${feel} (target: ${p.target}).`;
  },
  plainMetricName: (p) =>
    ({
      'catch-rate': `the share of ${p.subject} caught`,
      'alert-precision': 'false alarms',
      'response-time': 'response time',
      other: 'model quality',
    })[p.kind],
  otherMeasures: (p) => {
    const other = p.allOthers ? '' : 'other ';
    if (p.total === 1) return `The ${other}quality measure ${p.met === 1 ? 'meets' : 'misses'} its target.`;
    return `${p.met} of ${p.total} ${other}quality measures meet their targets.`;
  },

  metricLine: (p) => {
    const op = p.direction === 'higher' ? '≥' : '≤';
    const status =
      p.status === 'on-track' ? 'on target' : `${p.status === 'at-risk' ? 'at risk' : 'off track'}, short by ${p.gap}`;
    return `${p.name}: ${p.value} against a target of ${op} ${p.target} (${status}).`;
  },

  driftPlain: (p) =>
    p.audience === 'business'
      ? `The data the model sees has changed since ${p.since}, so it may be less accurate until the team has checked it.`
      : `The data the model sees has changed in ${p.count} ${plural(p.count, 'area', 'areas')} since ${p.since}; the team is checking whether the model needs retraining.`,
  driftNonePlain: () => 'The data the model sees has not changed in a way that affects it.',
  driftActive: (p) =>
    `${p.feature} is drifting${p.since ? ` since ${p.since}` : ''} (${p.method} ${p.score}, threshold ${p.threshold}).`,
  driftRecovered: (p) => `${p.feature} drifted and recovered on ${p.date}.`,
  driftShare: (p) =>
    `${p.date ? `Latest batch (${p.date})` : 'Latest check'}: ${p.drifted} of ${p.tested} ${plural(p.tested, 'feature', 'features')} drifted (${p.share}).`,
  driftMethod: (m) =>
    named(
      {
        ks: 'KS p-value',
        'chi-square': 'chi-square p-value',
        'z-test': 'Z-test p-value',
        wasserstein: 'Wasserstein distance (normed)',
        'jensen-shannon': 'Jensen–Shannon distance',
        psi: 'PSI',
      },
      m,
    ),
  monitoring: (p) =>
    p.count === 0
      ? 'Production data is monitored for change; the latest check found none.'
      : `Production data is monitored for change; ${p.count} ${plural(p.count, 'input has', 'inputs have')} changed${p.since ? ` since ${p.since}` : ''} and ${plural(p.count, 'is', 'are')} under review.`,

  fairnessPlain: (p) =>
    p.audience === 'business' && p.group
      ? `Customers in the ${p.feature} group ${q(p.group)} get less accurate results than others; the team is working on it.`
      : `The model does not yet serve all customer groups equally well (${p.count} ${plural(p.count, 'finding', 'findings')}); this is under review.`,
  fairnessFrame: (p) =>
    `${p.metric} by ${p.feature}: difference ${p.difference} (threshold ${p.threshold})${p.ratio ? `, ratio ${p.ratio}` : ''}; lowest ${p.minGroup} at ${p.minValue}, highest ${p.maxGroup} at ${p.maxValue}.`,
  fairnessValue: (p) => `${p.metric} by ${p.feature}: ${p.measure} ${p.value} (threshold ${p.threshold}).`,
  fairnessLegal: (p) =>
    p.finding
      ? `${p.metric} differs across ${p.feature} groups by ${p.gapPoints} percentage points, past the tolerance of ${p.thresholdPoints}${p.minGroup ? `; the group ${q(p.minGroup)} is served least well` : ''}.`
      : `${p.metric} across ${p.feature} groups is within tolerance (gap ${p.gapPoints} percentage points, tolerance ${p.thresholdPoints}).`,
  fourFifths: (p) =>
    `The ratio between the least and best served groups is ${p.ratio}, ${p.below ? 'below' : 'above'} the four-fifths (0.8) rule of thumb.`,
  noFairness: () => 'No fairness assessment is included in this report; one is needed before release.',

  dataQualityPlain: (p) =>
    p.ok
      ? `The data feeding the model is in good shape (${p.score} out of 100).`
      : `The data feeding the model needs work (${p.score} out of 100).`,
  dataQualityLine: (p) =>
    `Data Quality Index ${p.score} / 100 (threshold ${p.threshold})${p.weakest ? `; weakest dimension: ${p.weakest} at ${p.weakestScore}` : ''}.`,
  dimensionName: (d) =>
    named(
      {
        completeness: 'completeness',
        validity: 'validity',
        consistency: 'consistency',
        timeliness: 'timeliness',
        uniqueness: 'uniqueness',
      },
      d,
    ),

  deploymentFrequency: (p) => `Deployment frequency: ${p.perWeek} per week (${p.count} in the period).`,
  leadTime: (p) => `Lead time for changes: median ${p.p50} (${p.count} ${plural(p.count, 'change', 'changes')}).`,
  changeFailureRate: (p) => `Change failure rate: ${p.rate} (${p.failed} of ${p.deployments} deployments).`,
  meanTimeToRecovery: (p) =>
    `Mean time to recovery: ${p.mean ?? 'none resolved'} (${p.count} ${plural(p.count, 'incident', 'incidents')}, ${p.open} open).`,
  rollbackRate: (p) => `Rollback rate: ${p.rate} (${p.rolledBack} of ${p.deployments} deployments).`,

  riskPlain: (p) => `${q(p.title)}: ${p.band} risk${p.owner ? `, owned by ${p.owner}` : ', no owner yet'}.`,
  riskLine: (p) =>
    `${p.id} ${q(p.title)} (${p.category}): residual ${p.band}, score ${p.score}${p.owner ? `, owner ${p.owner}` : ', no owner'}${p.overdue ? `; ${p.overdue} overdue ${plural(p.overdue, 'mitigation', 'mitigations')}` : ''}.`,
  noSeriousRisks: () => 'No high or critical risk is open.',
  noPrivacyRisk: () =>
    'No privacy or security risk is recorded in the register; confirm with the data protection officer that this is complete.',
  noExplainabilityRisk: () =>
    'No explainability risk is recorded; confirm that individual decisions can be explained to customers and reviewers.',

  askNewDate: (p) => `Agree a new date for ${q(p.name)}.`,
  askReplan: (p) => `Re-plan ${q(p.name)} and share the new date.`,
  askPlanLate: (p) => `Plan for ${q(p.name)} arriving after its due date of ${p.due}.`,
  askApproveRisk: (p) => `Approve the response to the critical risk ${q(p.title)}.`,
  askNameOwner: (p) => `Name an owner for the risk ${q(p.title)}.`,
  askRiskPlan: (p) => `Bring the mitigation plan for ${p.id} ${q(p.title)} to the next technical sync.`,
  askLegalRisk: (p) => `Review the risk ${q(p.title)} and its mitigations.`,
  askOverdue: (p) => `Close the ${p.count} overdue ${plural(p.count, 'mitigation', 'mitigations')} for ${q(p.title)}.`,
  askDriftTechnical: (p) => `Investigate the drift in ${p.features} and decide whether to retrain.`,
  askDriftExecutive: () => 'Keep time free for retraining the model if the team recommends it.',
  askDriftBusiness: (p) => `Tell the team about any change in customers, products or market conditions since ${p.since}.`,
  askMetricTechnical: (p) => `Agree a plan to bring ${p.name} ${p.direction === 'higher' ? 'up' : 'down'} to ${p.target}.`,
  askMetricExecutive: (p) => `Decide whether to go live short of the target on ${p.plain} or give the team more time.`,
  askFairnessLegal: (p) => `Review the difference in ${p.metric} across ${p.feature} groups before release.`,
  askFairnessExecutive: () => 'Decide whether go-live waits for the fairness review.',
  askFairnessTechnical: (p) => `Analyse the ${p.metric} gap across ${p.feature} groups and propose a fix.`,
  askDataQuality: (p) => `Fix the ${p.dimension} problems in the data feeding the model.`,
  askOpenQuestion: (p) => `Answer the impact-assessment question: ${q(p.question)}`,

  trend: (p) =>
    `${cap(p.name)} over ${p.count} periods: from ${p.first} to ${p.last}, ${{ better: 'getting better', worse: 'getting worse', flat: 'unchanged' }[p.change]}.`,
  list: summaryMessagesEnList,

  audiencesLabel: () => 'Audience',
  copyMarkdown: () => 'Copy as Markdown',
  copied: () => 'Copied',
  copiedAnnouncement: (p) => `${p.audience} summary copied as Markdown.`,
  copyFailed: () => 'Copy failed: select the text and copy it by hand.',
  evidenceLabel: (p) => `Evidence (${p.count})`,
  printLabel: () => 'Print',
  reportDate: (p) => `Report of ${p.date}`,
  reportTitle: (p) => `${p.project} — ${p.audience} update, ${p.date}`,
  planTitle: () => 'Communication plan',
  cadenceLabel: (p) =>
    p.everyDays === 7
      ? 'Weekly'
      : p.everyDays === 14
        ? 'Every two weeks'
        : p.everyDays === 28
          ? 'Every four weeks'
          : `Every ${p.everyDays} ${plural(p.everyDays, 'day', 'days')}`,
  planMeta: (p) => `${p.cadence} · ${p.minutes} min · ${p.channel}`,
  planUpdate: (p) => `Update ${p.index}`,
  planFair: (p) =>
    p.allInside
      ? 'Every update falls in everyone’s working hours.'
      : `Some updates fall outside working hours for ${summaryMessagesEnList(p.outside)}; the awkward slots rotate.`,
  planOutside: (p) => `${p.minutes} min outside working hours`,
  planNoUpdates: () => 'No update falls in this period (it is shorter than the cadence).',
  groupName: (a) =>
    ({
      executive: 'Executive sponsors',
      technical: 'Technical team',
      business: 'Business users and domain experts',
      legal: 'Legal and compliance',
    })[a],
  groupChannel: (a) =>
    ({
      executive: 'Written executive summary and a 30-minute review call',
      technical: 'Technical sync (video call) and the decision log',
      business: 'Business review with a demo of the latest model',
      legal: 'Compliance review with the fairness and privacy report',
    })[a],
} satisfies SummaryMessages);
