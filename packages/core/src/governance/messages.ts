/**
 * Every sentence and label of the model card and the impact assessment, in one catalogue
 * that callers may override key by key (house style, another language).
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';
import type { NistFunction } from '../risk';
import type { ModelCardSectionId, ModelCardSourceKind, ModelCardTone } from './types';

/** The catalogue of {@link modelCard}, {@link impactAssessment} and the ModelCard widget. */
export interface GovernanceMessages {
  cardTitle: (p: { name: string; version: string | null }) => string;
  assessmentTitle: (p: { name: string; version: string | null }) => string;
  sectionTitle: (id: ModelCardSectionId) => string;
  /** The label of a field: `'model.version'` → "Version". */
  fieldLabel: (field: string) => string;
  /** A missing fact: "Not recorded: Version." */
  missing: (p: { label: string }) => string;
  source: (p: { kind: ModelCardSourceKind; path: string }) => string;
  /** A source without its path, for grouped source lines: "given by the team". */
  sourceName: (kind: ModelCardSourceKind) => string;
  /** A value with its interval: "0.91 (0.89–0.93)". */
  interval: (p: { value: string; lower: string; upper: string }) => string;
  /** How the intervals were computed. */
  variation: (p: { confidence: string; nBoot: number; seed: number }) => string;
  metricCaption: (p: { metric: string; feature: string; confidence: string | null }) => string;
  columns: Readonly<{ group: string; rows: string; value: string; metric: string; overall: string; difference: string }>;
  allRows: string;
  differenceRow: string;
  fairnessGap: (p: {
    metric: string;
    feature: string;
    difference: string;
    threshold: string;
    minGroup: string;
    maxGroup: string;
    interval: string | null;
    above: boolean;
  }) => string;
  driftLine: (p: { drifted: number; tested: number; features: string; method: 'detectDrift' | 'driftOverTime' }) => string;
  dataQualityLine: (p: { score: string; weakest: string | null; weakestScore: string | null; rows: number | null }) => string;
  riskLine: (p: { id: string; title: string; category: string; band: string; owner: string | null; overdue: number }) => string;
  bandLabel: (band: 'low' | 'medium' | 'high' | 'critical') => string;
  /** Assessment: a NIST AI RMF function's name and one line about it. */
  functionTitle: (f: NistFunction) => string;
  functionDescription: (f: NistFunction) => string;
  question: (id: string) => string;
  needsAnswer: string;
  answeredFromEvidence: string;
  answeredBy: (p: { by: string | null }) => string;
  findingLabel: (f: 'ok' | 'concern') => string;
  /** Answers written from evidence, by question id. */
  answer: (id: string, p: Record<string, string | number | boolean | null>) => string;
  /** The ModelCard widget. */
  copyMarkdown: string;
  copied: string;
  copyFailed: string;
  sectionsNav: string;
  missingTitle: string;
  sourcesTitle: string;
  completeness: (p: { present: number; expected: number; percent: string }) => string;
  openQuestionsTitle: (count: number) => string;
  /** One line under the assessment's title. */
  assessmentSummary: (p: { questions: number; answered: number; open: number; concerns: number }) => string;
  evidenceTitle: (count: number) => string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const SECTION_TITLES: Record<ModelCardSectionId, string> = {
  'model-details': 'Model details',
  'intended-use': 'Intended use',
  factors: 'Factors',
  metrics: 'Metrics',
  'evaluation-data': 'Evaluation data',
  'training-data': 'Training data',
  'quantitative-analyses': 'Quantitative analyses',
  'ethical-considerations': 'Ethical considerations',
  caveats: 'Caveats and recommendations',
};

const FIELD_LABELS: Record<string, string> = {
  'model.version': 'Version',
  'model.type': 'Model type',
  'model.description': 'Description',
  'model.owners': 'Owners',
  'model.date': 'Release date',
  'model.license': 'Licence',
  'model.contact': 'Contact',
  'model.references': 'References',
  'intendedUse.primaryUses': 'Primary intended uses',
  'intendedUse.primaryUsers': 'Primary intended users',
  'intendedUse.outOfScope': 'Out-of-scope uses',
  'factors.relevant': 'Relevant factors',
  'factors.evaluation': 'Evaluation factors',
  measures: 'Performance measures',
  decisionThreshold: 'Decision threshold',
  variation: 'Variation approaches',
  'evaluationData.name': 'Dataset',
  'evaluationData.description': 'Description',
  'evaluationData.motivation': 'Motivation',
  'evaluationData.preprocessing': 'Preprocessing',
  'evaluationData.dataQuality': 'Data quality',
  'trainingData.name': 'Dataset',
  'trainingData.description': 'Description',
  'trainingData.preprocessing': 'Preprocessing',
  'trainingData.dataQuality': 'Data quality',
  results: 'Results overall and by group',
  intervals: 'Confidence intervals',
  ethicalConsiderations: 'Ethical considerations recorded by the team',
  ethicalRisks: 'Bias, privacy, explainability and regulatory risks',
  fairness: 'Difference between groups',
  caveats: 'Caveats recorded by the team',
  drift: 'Production data drift',
  otherRisks: 'Other risks',
};

const SOURCE_NAMES: Record<ModelCardSourceKind, string> = {
  provided: 'given by the team',
  metricFrame: 'metricFrame result',
  bootstrapFairness: 'bootstrapFairness intervals',
  detectDrift: 'detectDrift report',
  driftOverTime: 'driftOverTime result',
  dataQualityIndex: 'dataQualityIndex result',
  profileDataQuality: 'profileDataQuality profile, indexed by dataQualityIndex',
  scoreRisk: 'risk register, scored by scoreRisk',
};

const FUNCTIONS: Record<NistFunction, [string, string]> = {
  govern: ['Govern', 'Accountability, policies and oversight are in place.'],
  map: ['Map', 'The context, users and possible impacts are understood.'],
  measure: ['Measure', 'Performance, fairness, drift and data quality are measured.'],
  manage: ['Manage', 'Risks are prioritised and acted on; failures can be undone.'],
};

const QUESTIONS: Record<string, string> = {
  'govern-accountability': 'Is a named person accountable for every identified risk?',
  'govern-ethics-review': 'Has an ethics review board reviewed the system?',
  'govern-documentation': 'Is the model documented in an up-to-date model card?',
  'map-intended-use': 'What is the system for, who uses it, and what is out of scope?',
  'map-affected-groups': 'Which groups could the system affect differently?',
  'map-impacts': 'What harm could it cause to individuals, society or the organisation?',
  'map-legal': 'Which laws and regulations apply to it?',
  'measure-performance': 'How well does the model perform, overall and per group, and how certain is that?',
  'measure-fairness': 'Are differences between groups within the agreed threshold?',
  'measure-drift': 'Does production data still look like the training data?',
  'measure-data-quality': 'Is the data fit to train and evaluate on?',
  'measure-explainability': 'Can a decision be explained to the person it affects?',
  'manage-risks': 'Are high and critical risks treated, with mitigations on time?',
  'manage-rollback': 'Can a bad release be detected and rolled back quickly?',
  'manage-oversight': 'Can people review or override the model’s decisions?',
  'manage-audit': 'Has an independent third party audited the system?',
};

const str = (v: unknown) => String(v);
const num = (v: unknown) => Number(v);

/**
 * The English catalogue of the governance area.
 *
 * @example
 * ```ts
 * governanceMessagesEn.sectionTitle('caveats'); // 'Caveats and recommendations'
 * governanceMessagesEn.interval({ value: '0.91', lower: '0.89', upper: '0.93' }); // '0.91 (0.89–0.93)'
 * ```
 */
export const governanceMessagesEn: GovernanceMessages = {
  cardTitle: (p) => `Model card: ${p.name}${p.version ? ` ${p.version}` : ''}`,
  assessmentTitle: (p) => `AI impact assessment: ${p.name}${p.version ? ` ${p.version}` : ''}`,
  sectionTitle: (id) => SECTION_TITLES[id],
  fieldLabel: (field) => (Object.prototype.hasOwnProperty.call(FIELD_LABELS, field) ? FIELD_LABELS[field] : field),
  missing: (p) => `Not recorded: ${p.label}.`,
  source: (p) => `${SOURCE_NAMES[p.kind]} (${p.path})`,
  sourceName: (kind) => SOURCE_NAMES[kind],
  interval: (p) => `${p.value} (${p.lower}–${p.upper})`,
  variation: (p) => `${p.confidence} percentile bootstrap intervals, ${p.nBoot} resamples stratified by group (seed ${p.seed}).`,
  metricCaption: (p) => `${p.metric} by ${p.feature}${p.confidence ? `, with ${p.confidence} intervals` : ''}`,
  columns: { group: 'Group', rows: 'Rows', value: 'Value', metric: 'Metric', overall: 'Overall', difference: 'Difference' },
  allRows: 'All rows',
  differenceRow: 'Difference (max − min)',
  fairnessGap: (p) =>
    `${p.metric} differs by ${p.difference}${p.interval ? ` (${p.interval})` : ''} across ${p.feature} groups (${p.minGroup} lowest, ${p.maxGroup} highest): ${
      p.above ? `above the ${p.threshold} threshold.` : `within the ${p.threshold} threshold.`
    }`,
  driftLine: (p) =>
    p.drifted === 0
      ? `No drift in the ${p.tested} monitored ${plural(p.tested, 'feature', 'features')} of the latest production data.`
      : `${p.drifted} of ${p.tested} ${plural(p.tested, 'feature', 'features')} drifted in the latest production data (${p.features}): re-check the metrics above before relying on them.`,
  dataQualityLine: (p) =>
    `Data Quality Index ${p.score} of 100${p.weakest ? `; weakest: ${p.weakest} (${p.weakestScore})` : ''}${
      p.rows === null ? '' : `; ${p.rows} ${plural(p.rows, 'row', 'rows')}`
    }.`,
  riskLine: (p) =>
    `${p.id} ${p.title} — ${p.category}, residual ${p.band}${p.owner ? `, owner ${p.owner}` : ', no owner'}${
      p.overdue ? `, ${p.overdue} overdue ${plural(p.overdue, 'mitigation', 'mitigations')}` : ''
    }.`,
  bandLabel: (b) => ({ low: 'low', medium: 'medium', high: 'high', critical: 'critical' })[b],
  functionTitle: (f) => FUNCTIONS[f][0],
  functionDescription: (f) => FUNCTIONS[f][1],
  question: (id) => (Object.prototype.hasOwnProperty.call(QUESTIONS, id) ? QUESTIONS[id] : id),
  needsAnswer: 'Needs an answer',
  answeredFromEvidence: 'Answered from evidence',
  answeredBy: (p) => (p.by ? `Answered by ${p.by}` : 'Answered by the team'),
  findingLabel: (f) => (f === 'ok' ? 'No concern' : 'Concern'),
  answer: (id, p) => {
    switch (id) {
      case 'govern-accountability':
        return num(p.unowned) === 0
          ? `All ${num(p.total)} risks in the register have an owner.`
          : `${num(p.unowned)} of ${num(p.total)} ${plural(num(p.total), 'risk', 'risks')} ${num(p.unowned) === 1 ? 'has' : 'have'} no owner: ${str(p.list)}.`;
      case 'govern-documentation':
        return `The model card holds ${num(p.present)} of ${num(p.expected)} expected facts (${str(p.percent)})${
          p.missing ? `; missing: ${str(p.missing)}` : ''
        }.`;
      case 'map-intended-use':
        return `Uses: ${str(p.uses)}.${p.users ? ` Users: ${str(p.users)}.` : ''}${p.outOfScope ? ` Out of scope: ${str(p.outOfScope)}.` : ''}`;
      case 'map-affected-groups':
        return `Measured across ${str(p.features)}${p.relevant ? `; also named as relevant: ${str(p.relevant)}` : ''}.`;
      case 'map-legal':
        return `The register tracks ${num(p.count)} regulatory ${plural(num(p.count), 'risk', 'risks')}: ${str(p.list)}.`;
      case 'measure-performance':
        return `${str(p.list)}.`;
      case 'measure-fairness':
        return num(p.above) === 0
          ? `Every measured difference is within its threshold (largest: ${str(p.largest)}).`
          : `${num(p.above)} of ${num(p.total)} measured differences ${plural(num(p.above), 'is', 'are')} above the threshold: ${str(p.list)}.`;
      case 'measure-drift':
        return num(p.drifted) === 0
          ? `Monitored: no drift in the ${num(p.tested)} features of the latest production data.`
          : `Monitored: ${num(p.drifted)} of ${num(p.tested)} features drifted in the latest production data (${str(p.features)}).`;
      case 'measure-data-quality':
        return `Data Quality Index ${str(p.score)} of 100 (threshold ${str(p.threshold)})${p.weakest ? `; weakest: ${str(p.weakest)}` : ''}.`;
      case 'manage-risks':
        return num(p.serious) === 0 && num(p.overdue) === 0
          ? `No high or critical residual risk and no overdue mitigation among ${num(p.total)} ${plural(num(p.total), 'risk', 'risks')}.`
          : `${num(p.serious)} high or critical residual ${plural(num(p.serious), 'risk', 'risks')}${
              p.seriousList ? ` (${str(p.seriousList)})` : ''
            } and ${num(p.overdue)} overdue ${plural(num(p.overdue), 'mitigation', 'mitigations')} among ${num(p.total)} ${plural(num(p.total), 'risk', 'risks')}.`;
      case 'manage-rollback':
        return `${str(p.list)}.`;
      default:
        return '';
    }
  },
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied',
  copyFailed: 'Copying was blocked by the browser: the Markdown is selected below, press Ctrl+C (⌘C) to copy it.',
  sectionsNav: 'Sections',
  missingTitle: 'Missing',
  sourcesTitle: 'Sources',
  completeness: (p) => `${p.present} of ${p.expected} expected facts recorded (${p.percent})`,
  openQuestionsTitle: (n) => (n === 0 ? 'No open questions' : `${n} open ${plural(n, 'question', 'questions')}`),
  assessmentSummary: (p) =>
    `${p.answered} of ${p.questions} questions answered · ${p.open} open · ${p.concerns} ${plural(p.concerns, 'concern', 'concerns')}`,
  evidenceTitle: (n) => `Evidence (${n})`,
};

const KEYS = new Set(Object.keys(governanceMessagesEn));

/**
 * The English catalogue with `messages` laid over it. Unknown keys are refused
 * (INVALID_OPTION) so a typo in an override does not pass silently.
 *
 * @example
 * ```ts
 * resolveGovernanceMessages({ needsAnswer: 'Open' }).needsAnswer; // 'Open'
 * ```
 */
export function resolveGovernanceMessages(messages: unknown): GovernanceMessages {
  if (messages === undefined) return governanceMessagesEn;
  if (messages === null || typeof messages !== 'object' || Array.isArray(messages)) {
    throw new SextantError('INVALID_OPTION', `options.messages must be an object; got ${show(messages)}`, {
      argument: 'options.messages',
      value: messages,
    });
  }
  const out = Object.assign(Object.create(null) as Record<string, unknown>, governanceMessagesEn);
  for (const k of Object.keys(messages)) {
    if (!KEYS.has(k)) {
      throw new SextantError('INVALID_OPTION', `options.messages.${k} is not a governance message`, {
        argument: `options.messages.${k}`,
      });
    }
    const v = (messages as Record<string, unknown>)[k];
    const want = typeof (governanceMessagesEn as unknown as Record<string, unknown>)[k];
    if (typeof v !== want) {
      throw new SextantError('INVALID_OPTION', `options.messages.${k} must be a ${want}; got ${show(v)}`, {
        argument: `options.messages.${k}`,
        value: v,
      });
    }
    out[k] = v;
  }
  return out as unknown as GovernanceMessages;
}

export type { ModelCardTone };
