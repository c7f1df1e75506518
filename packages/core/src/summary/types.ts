/**
 * The facts a stakeholder summary is told from, and the summary itself. Drift, fairness and
 * data-quality facts are this SDK's own results; the risk and delivery shapes are the minimal
 * structural subset of API.md's `risk` and `delivery` sections that the summary reads, so any
 * result of those modules (or a hand-written object of the same shape) fits.
 */
import type { DriftOverTimeResult, DriftReport } from '../drift';
import type { MetricFrameResult } from '../fairness';
import type { DataQualityIndex } from '../data-quality';
import type { DeliveryStatus } from './status';

/** Who a summary is written for. */
export type Audience = 'executive' | 'technical' | 'business' | 'legal';

/**
 * The four audiences, in the order the widget shows them.
 *
 * @example
 * ```ts
 * AUDIENCES; // ['executive', 'technical', 'business', 'legal']
 * ```
 */
export const AUDIENCES: readonly Audience[] = Object.freeze(['executive', 'technical', 'business', 'legal']);

/**
 * What a metric means for the business, so the business and executive texts can say it in
 * customers and money instead of the metric's name.
 *
 * - `'catch-rate'` (recall, true-positive rate): "catches 83 of every 100 fraudulent transactions".
 * - `'alert-precision'` (precision): "9 false alarms for every 100 transactions sent for review".
 * - `'response-time'` (a latency percentile, `unit` `'ms'` or `'s'`): "95 of every 100 payments are
 *   checked within 180 ms", with what a person feels at that speed (Nielsen's 0.1 s / 1 s / 10 s limits).
 */
export type MetricMeaning =
  | {
      kind: 'catch-rate';
      /** What is caught, plural: `'fraudulent transactions'`. */
      subject: string;
      /** Cases a month (for the money sentence). */
      casesPerMonth?: number;
      /** What one missed case costs, in `currency`. */
      valuePerCase?: number;
      /** ISO 4217 code. @default 'USD' */
      currency?: string;
    }
  | {
      kind: 'alert-precision';
      /** What is flagged for review, plural: `'transactions sent for review'`. */
      subject: string;
      /** Alerts a month (for the money sentence). */
      casesPerMonth?: number;
      /** What reviewing one false alarm costs, in `currency`. */
      valuePerCase?: number;
      currency?: string;
    }
  | {
      kind: 'response-time';
      /** What is answered, plural: `'payments'`. */
      subject: string;
      /** Which percentile the value is (95 for p95). @default 95 */
      percentile?: number;
    };

/** A model or service metric with its target. */
export interface SummaryMetric {
  /** Stable id (any string; `__proto__` is kept as data). */
  id: string;
  /** The name engineers use: `'Recall'`, `'p95 latency'`. */
  name: string;
  value: number;
  target: number;
  /** Whether larger values are better. */
  direction: 'higher' | 'lower';
  /**
   * `'ratio'` (0–1, shown with three decimals to engineers and as a percentage otherwise),
   * `'percent'` (0–100), `'ms'`, `'s'`, or any other unit written after the number.
   */
  unit?: string;
  meaning?: MetricMeaning;
  /** How far short of target is still "at risk" rather than "off track". @default 0.05 (see statusFromTarget) */
  tolerance?: number;
  /** Values over time, oldest first, usually ending with `value` (drawn as a sparkline by the widget). */
  history?: readonly number[];
}

/** A fairness result: a {@link MetricFrameResult} or a disparity number, with what it measured. */
export interface SummaryFairness {
  id: string;
  /** The metric compared across groups, as engineers name it: `'Recall'`. */
  metric: string;
  /** The sensitive feature: `'age band'`. */
  feature: string;
  /** `metricFrame` result, or the number `demographicParityDifference` & co. return. */
  result: MetricFrameResult | number;
  /**
   * `'difference'` (a gap; past `threshold` is a finding) or `'ratio'` (smaller is worse;
   * below `threshold` is a finding). @default 'difference'
   */
  measure?: 'difference' | 'ratio';
  /** @default 0.1 for a difference, 0.8 (the four-fifths rule) for a ratio */
  threshold?: number;
}

/** A risk band (API.md `risk`: `low` ≤ 4 < `medium` ≤ 9 < `high` ≤ 16 < `critical`). */
export type SummaryRiskBand = 'low' | 'medium' | 'high' | 'critical';

/**
 * A risk with its score. Assumed shapes (API.md `risk`): `risk` is the register entry
 * (`{ id, title, category, owner? }` read), `score` is `scoreRisk(risk, …)`'s result
 * (`residual.band`, `residual.score`, `overdueMitigations` read).
 */
export interface SummaryRisk {
  risk: { id: string; title: string; category: string; owner?: string };
  score: {
    inherent?: { score: number; band: SummaryRiskBand };
    residual: { score: number; band: SummaryRiskBand };
    overdueMitigations?: readonly string[];
  };
}

/**
 * Delivery figures. Assumed shapes (API.md `delivery`): each key holds that function's result;
 * only the fields named here are read.
 */
export interface SummaryDelivery {
  deploymentFrequency?: { count: number; perWeek: number };
  leadTimeForChanges?: { count: number; p50Hours: number | null };
  changeFailureRate?: { deployments: number; failed: number; rate: number | null };
  meanTimeToRecovery?: { count: number; open: number; meanHours: number | null };
  rollbackRate?: { deployments: number; rolledBack: number; rate: number | null };
}

/** A milestone. `due` and `doneAt` are instants, or `'YYYY-MM-DD'` dates (due at the end of that UTC day). */
export interface SummaryMilestone {
  name: string;
  due: string | number;
  doneAt?: string | number | null;
}

/** Something the team asks of an audience, added after the generated asks. */
export interface SummaryAsk {
  text: string;
  /** Who it is for. @default every audience */
  audiences?: readonly Audience[];
}

/**
 * A question still open in an AI impact assessment (`impactAssessment(...).openQuestions`
 * fits as is); each becomes an ask of the legal audience.
 */
export interface SummaryOpenQuestion {
  id: string;
  question: string;
  /** The NIST AI RMF function it belongs to. */
  function?: 'govern' | 'map' | 'measure' | 'manage';
}

/** Everything a stakeholder summary is told from. */
export interface SummaryFacts {
  project: { name: string; dueDate?: string | number };
  /** The instant the summary is written at (epoch ms or ISO with offset). */
  now: string | number;
  metrics?: readonly SummaryMetric[];
  /** A `driftOverTime` result (an active alert is a feature drifting in the latest batch) or a `detectDrift` report. */
  drift?: DriftOverTimeResult | DriftReport;
  fairness?: readonly SummaryFairness[];
  /** A `dataQualityIndex` result. */
  dataQuality?: DataQualityIndex;
  risks?: readonly SummaryRisk[];
  delivery?: SummaryDelivery;
  milestones?: readonly SummaryMilestone[];
  asks?: readonly SummaryAsk[];
  /** Open impact-assessment questions: asks for the legal audience, after the generated ones. */
  openQuestions?: readonly SummaryOpenQuestion[];
}

/** How an item reads: good news, plain, needs attention, or serious. */
export type SummaryTone = 'positive' | 'neutral' | 'warning' | 'critical';

/** The figure behind a sentence (`source` as riskSignalsFromMetrics' evidence). */
export interface SummaryEvidence {
  source: 'metric' | 'drift' | 'fairness' | 'data-quality' | 'risk' | 'delivery' | 'milestone';
  /** The metric id, feature, risk id or milestone name. */
  metric: string;
  value: number | string | null;
  threshold?: number | string;
  at?: string;
  /** The evidence as one line for people, from the catalogue (`evidence`). */
  text: string;
}

/** One sentence of a section. */
export interface SummaryItem {
  text: string;
  tone?: SummaryTone;
  evidence?: SummaryEvidence[];
  /** The metric this sentence is about, so a view can draw its history beside it. */
  metricId?: string;
}

/** A titled group of sentences. */
export interface SummarySection {
  id: string;
  title: string;
  items: SummaryItem[];
}

/** A metric's history, oldest first, with a sentence that describes it (the chart's text alternative). */
export interface SummaryTrend {
  metricId: string;
  values: number[];
  direction: 'higher' | 'lower';
  target: number;
  /** "Recall over 6 periods: from 0.862 to 0.823, getting worse." */
  text: string;
}

/** The ids of the status rules, in order of precedence (see {@link SUMMARY_STATUS_RULES}). */
export type SummaryStatusRule =
  | 'milestone-missed'
  | 'critical-risk'
  | 'metric-off-target'
  | 'drift-active'
  | 'metric-near-target'
  | 'fairness-gap'
  | 'high-risk'
  | 'mitigation-overdue'
  | 'data-quality-low'
  | 'no-facts'
  | 'all-clear';

/** The result of stakeholderSummary. Plain JSON. */
export interface StakeholderSummary {
  audience: Audience;
  /** The audience in words ("Executive"). */
  audienceLabel: string;
  /** First line of an export: project, audience and date (catalogue `reportTitle`). */
  title: string;
  /** The project's name as given. */
  project: string;
  /** `now` as a UTC ISO string. */
  at: string;
  /** The report's date, formatted for `locale`. */
  dateText: string;
  locale: string;
  headline: string;
  status: DeliveryStatus;
  /** The status in words ("At risk"). */
  statusLabel: string;
  /** One sentence: why the status is what it is, from the rule that set it. */
  statusReason: string;
  /** The rule that set the status; `'all-clear'` when none fired, `'no-facts'` when nothing is recorded. */
  statusRule: SummaryStatusRule;
  /** Every rule that fired, in precedence order, with its subject. */
  findings: { rule: Exclude<SummaryStatusRule, 'all-clear' | 'no-facts'>; status: DeliveryStatus; subject: string }[];
  sections: SummarySection[];
  /** Metrics with a history of two or more values, for sparklines beside their sentences. */
  trends: SummaryTrend[];
  /** Title of the asks list. */
  asksTitle: string;
  asks: string[];
}
