/**
 * The public shapes of the governance area: the facts a model card and an AI impact
 * assessment are written from, and the records themselves. Facts are this SDK's own results
 * (`metricFrame`, `bootstrapFairness`, `detectDrift` / `driftOverTime`, `dataQualityIndex` /
 * `profileDataQuality`, the risk register) plus what only people know, given as strings.
 */
import type { DataQualityIndex, DataQualityProfile } from '../data-quality';
import type { DriftOverTimeResult, DriftReport } from '../drift';
import type { BootstrapInterval, MetricFrameResult } from '../fairness';
import type { NistFunction, Risk } from '../risk';

/** The bootstrap intervals of one metric, as {@link bootstrapFairness} returns them. */
export interface ModelCardIntervals {
  /** Interval of the metric on all rows. */
  overall?: BootstrapInterval;
  /** Interval per group; keys as `metricFrame`'s `byGroup` (`String(group)`). */
  byGroup?: Readonly<Record<string, BootstrapInterval>>;
  /** Interval of the between-group difference. */
  difference?: BootstrapInterval;
}

/** One metric of the card: a `metricFrame` result over a sensitive feature, with its intervals. */
export interface ModelCardMetric {
  /** The metric as people name it: `'Recall'`. */
  name: string;
  /** The sensitive feature the frame was grouped by: `'region'`. */
  feature: string;
  /** The `metricFrame(metric, yTrue, yPred, { sensitiveFeatures })` result. */
  frame: MetricFrameResult;
  /** `bootstrapFairness` intervals (see {@link modelCardMetric}). @default none: the card lists them as missing */
  intervals?: ModelCardIntervals;
  /** A between-group difference above this is an ethical consideration. @default options.fairnessThreshold (0.1) */
  threshold?: number;
}

/** A dataset the card describes (evaluation or training data). */
export interface ModelCardDataset {
  /** Name and version of the dataset: `'Card transactions, Jan–Mar 2026'`. */
  name?: string;
  description?: string;
  /** Why this dataset was chosen (Mitchell et al.'s "motivation"). */
  motivation?: string;
  preprocessing?: string;
  /** A `dataQualityIndex` result, or a `profileDataQuality` profile (its index is computed with equal weights). */
  dataQuality?: DataQualityIndex | DataQualityProfile;
}

/** Everything a model card is written from. Only `model.name` is required; what is absent is listed as missing. */
export interface ModelCardFacts {
  model: {
    name: string;
    version?: string;
    /** Model type and architecture: `'Gradient-boosted trees (XGBoost 2.1)'`. */
    type?: string;
    description?: string;
    /** People or teams who own the model. */
    owners?: readonly string[];
    /** When this version was released: an instant (epoch ms or ISO 8601 with `Z` or an offset). */
    date?: string | number;
    license?: string;
    /** Where to send questions and comments. */
    contact?: string;
    /** Papers, repositories, tickets. */
    references?: readonly string[];
  };
  intendedUse?: {
    primaryUses?: readonly string[];
    primaryUsers?: readonly string[];
    outOfScope?: readonly string[];
  };
  factors?: {
    /** Groups, instruments and environments that may change the model's behaviour. */
    relevant?: readonly string[];
  };
  /** The operating point the metrics were measured at: `'score ≥ 0.5'`. */
  decisionThreshold?: string;
  metrics?: readonly ModelCardMetric[];
  evaluationData?: ModelCardDataset;
  trainingData?: ModelCardDataset;
  /** Production data against training data: a `detectDrift` report or a `driftOverTime` result. */
  drift?: DriftReport | DriftOverTimeResult;
  /** The risk register (API.md `risk`); scored at `options.now`. */
  risks?: readonly Risk[];
  /** Ethical considerations the team has written down. */
  ethicalConsiderations?: readonly string[];
  /** Caveats and recommendations the team has written down. */
  caveats?: readonly string[];
}

/** The sections of Mitchell et al. (2019), "Model Cards for Model Reporting", in their order. */
export type ModelCardSectionId =
  | 'model-details'
  | 'intended-use'
  | 'factors'
  | 'metrics'
  | 'evaluation-data'
  | 'training-data'
  | 'quantitative-analyses'
  | 'ethical-considerations'
  | 'caveats';

/** Which function of this SDK (or a person) a fact came from. */
export type ModelCardSourceKind =
  | 'provided'
  | 'metricFrame'
  | 'bootstrapFairness'
  | 'detectDrift'
  | 'driftOverTime'
  | 'dataQualityIndex'
  | 'profileDataQuality'
  | 'scoreRisk';

/** Where a fact came from: the function and the path of its input in the facts. */
export interface ModelCardSource {
  kind: ModelCardSourceKind;
  /** `'facts.metrics[0].frame'`. */
  path: string;
  /** The same in words, from the catalogue: "metricFrame result (facts.metrics[0].frame)". */
  text: string;
}

/** How a note reads. */
export type ModelCardTone = 'neutral' | 'positive' | 'warning' | 'critical';

/** A table cell: its text, and the number with its interval where it has one. */
export interface ModelCardCell {
  text: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
}

/** One row of a table: a label (group, "All rows", "Difference") and its cells. */
export interface ModelCardRow {
  label: string;
  cells: ModelCardCell[];
}

/** A fact of a section. */
export type ModelCardItem =
  | { kind: 'field'; field: string; label: string; value: string; source: ModelCardSource }
  | { kind: 'list'; field: string; label: string; values: string[]; source: ModelCardSource }
  | { kind: 'note'; field: string; text: string; tone: ModelCardTone; source: ModelCardSource }
  | {
      kind: 'table';
      field: string;
      caption: string;
      /** Header of the label column, then of each cell column. */
      columns: string[];
      rows: ModelCardRow[];
      source: ModelCardSource;
    };

/** Something the card should say and cannot, because the facts do not hold it. */
export interface ModelCardMissing {
  section: ModelCardSectionId;
  /** `'model.version'`, `'metrics[0].intervals'`. */
  field: string;
  label: string;
  /** "Not recorded: Version." */
  text: string;
}

/** One section of the card. */
export interface ModelCardSection {
  id: ModelCardSectionId;
  title: string;
  items: ModelCardItem[];
  missing: ModelCardMissing[];
  /** The items' sources, each kind once with the paths it covered, in order of first use. */
  sources: { kind: ModelCardSourceKind; name: string; paths: string[] }[];
}

/** The result of {@link modelCard}. Plain JSON. */
export interface ModelCard {
  /** "Model card: Fraud scorer 7.2". */
  title: string;
  model: { name: string; version: string | null };
  /** `options.now` as a UTC ISO string. */
  at: string;
  sections: ModelCardSection[];
  /** Every missing fact, section by section. */
  missing: ModelCardMissing[];
  /** Share of the expected facts the card holds: `present / expected`. */
  completeness: { present: number; expected: number; share: number };
  /** The completeness in words: "28 of 30 expected facts recorded (93.3%)". */
  completenessText: string;
}

/** A person's answer to an assessment question the SDK cannot answer from evidence. */
export interface ImpactAnswer {
  answer: string;
  /** Who answered. */
  by?: string;
  /** When: an instant. */
  at?: string | number;
}

/** Delivery figures: results of `changeFailureRate`, `rollbackRate`, `meanTimeToRecovery`, `deploymentFrequency`. */
export interface ImpactDelivery {
  deploymentFrequency?: { count: number; perWeek: number };
  changeFailureRate?: { deployments: number; failed: number; rate: number | null };
  rollbackRate?: { deployments: number; rolledBack: number; rate: number | null };
  meanTimeToRecovery?: { count: number; open: number; meanHours: number | null };
}

/** Everything an impact assessment is written from: the card's facts, delivery figures and people's answers. */
export interface ImpactAssessmentFacts extends ModelCardFacts {
  delivery?: ImpactDelivery;
  /** Answers by question id (see {@link IMPACT_QUESTIONS}); read as own keys only. */
  answers?: Readonly<Record<string, ImpactAnswer>>;
}

/** What the evidence says about a question. */
export type ImpactFinding = 'ok' | 'concern';

/** A figure behind an answer. */
export interface ImpactEvidence {
  source: 'model-card' | 'fairness' | 'drift' | 'data-quality' | 'risk' | 'delivery' | 'answer';
  /** The path of the fact in the input: `'facts.metrics[0].frame.difference'`. */
  path: string;
  text: string;
}

/** One question of the assessment, answered or open. */
export interface ImpactQuestion {
  id: string;
  function: NistFunction;
  question: string;
  status: 'answered' | 'needs-answer';
  /** "Answered from evidence", "Answered by Aisha Bello", "Needs an answer". */
  statusLabel: string;
  /** `null` for an open question and for a person's answer (the SDK does not judge it). */
  finding: ImpactFinding | null;
  answer: string | null;
  /** `'evidence'` (this SDK's results), `'person'` (`facts.answers`), or null while open. */
  answeredBy: 'evidence' | 'person' | null;
  evidence: ImpactEvidence[];
}

/** One NIST AI RMF function with its questions. */
export interface ImpactFunction {
  id: NistFunction;
  title: string;
  description: string;
  questions: ImpactQuestion[];
  open: number;
  concerns: number;
}

/** An open question, ready for `stakeholderSummary`'s `openQuestions` (asks for the legal audience). */
export interface ImpactOpenQuestion {
  id: string;
  function: NistFunction;
  question: string;
}

/** The result of {@link impactAssessment}. Plain JSON. */
export interface ImpactAssessment {
  /** "AI impact assessment: Fraud scorer 7.2". */
  title: string;
  system: string;
  at: string;
  /** Govern, Map, Measure, Manage — in that order. */
  functions: ImpactFunction[];
  counts: { questions: number; answered: number; open: number; concerns: number };
  openQuestions: ImpactOpenQuestion[];
  /** The model card's completeness (the documentation question's evidence). */
  cardCompleteness: ModelCard['completeness'];
}
