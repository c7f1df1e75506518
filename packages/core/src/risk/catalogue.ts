/**
 * The AI/ML risk categories of API.md, each in a project manager's words and mapped to the
 * functions of the NIST AI Risk Management Framework (AI RMF 1.0, NIST AI 100-1, 2023):
 * Govern (culture, accountability, policy), Map (context and impacts), Measure (analyse,
 * track), Manage (prioritise and act).
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';

/** An AI/ML risk category (API.md). */
export type RiskCategory =
  | 'data-scarcity'
  | 'data-quality'
  | 'bias'
  | 'privacy-security'
  | 'model-drift'
  | 'explainability'
  | 'compute-cost'
  | 'regulatory'
  | 'adoption'
  | 'scope-creep'
  | 'schedule';

/** A function of the NIST AI RMF core. */
export type NistFunction = 'govern' | 'map' | 'measure' | 'manage';

/** One category of the catalogue. */
export interface RiskCategoryInfo {
  category: RiskCategory;
  title: string;
  /** One line a project manager understands. */
  description: string;
  /** The NIST AI RMF functions whose activities address it. */
  nist: readonly NistFunction[];
  /** A typical mitigation, from the seed guide's risk section. */
  typicalMitigation: string;
}

/**
 * The AI/ML risk catalogue: every category with a title, a one-line description, the NIST
 * AI RMF functions it belongs to and a typical mitigation.
 *
 * @example
 * ```ts
 * riskCatalogue.length; // 11
 * riskCatalogue.find((c) => c.category === 'model-drift').nist; // ['measure', 'manage']
 * ```
 */
export const riskCatalogue: readonly RiskCategoryInfo[] = [
  {
    category: 'data-scarcity',
    title: 'Not enough data',
    description: 'Too few relevant, labelled examples to train or validate the model to the accuracy the business needs.',
    nist: ['map', 'measure'],
    typicalMitigation: 'Audit data early, budget for labelling or external data, consider synthetic data; re-check feasibility.',
  },
  {
    category: 'data-quality',
    title: 'Poor data quality',
    description: 'Missing, wrong, inconsistent or stale data that the model will learn from and repeat.',
    nist: ['measure', 'manage'],
    typicalMitigation: 'Automated validation and cleaning in the pipeline; track a data quality index.',
  },
  {
    category: 'bias',
    title: 'Unfair outcomes',
    description: 'The model treats groups of people differently in ways that are unjust or unlawful.',
    nist: ['govern', 'map', 'measure', 'manage'],
    typicalMitigation: 'Measure fairness by group before and after release; diversify data; review with affected groups.',
  },
  {
    category: 'privacy-security',
    title: 'Privacy or security breach',
    description: 'Personal or confidential data leaks, or the model or its pipeline is attacked or misused.',
    nist: ['govern', 'map', 'manage'],
    typicalMitigation: 'Privacy by design: minimise and pseudonymise data, control access, test for attacks.',
  },
  {
    category: 'model-drift',
    title: 'Model drift',
    description: 'Live data moves away from the training data and the model quietly gets worse.',
    nist: ['measure', 'manage'],
    typicalMitigation: 'Monitor input and prediction drift with alerts; retrain on a schedule or on alert.',
  },
  {
    category: 'explainability',
    title: 'Cannot explain decisions',
    description: 'Nobody can say why the model decided something, so users, auditors or customers cannot trust or contest it.',
    nist: ['map', 'measure'],
    typicalMitigation: 'Choose interpretable models where stakes are high; add explanations and model cards.',
  },
  {
    category: 'compute-cost',
    title: 'Compute cost overrun',
    description: 'Training or serving costs more GPU, cloud or energy budget than planned.',
    nist: ['manage'],
    typicalMitigation: 'Budget and alert on spend; right-size models; cache and batch inference.',
  },
  {
    category: 'regulatory',
    title: 'Regulatory non-compliance',
    description: 'The system breaks a law or rule (EU AI Act, GDPR, sector rules) or one that is coming.',
    nist: ['govern', 'map'],
    typicalMitigation: 'Classify the use case under the applicable rules early; keep records; involve legal.',
  },
  {
    category: 'adoption',
    title: 'Low adoption',
    description: 'The people meant to use the model do not, or work around it, so the value never arrives.',
    nist: ['map', 'manage'],
    typicalMitigation: 'Involve users from the start, pilot, train, and measure usage after launch.',
  },
  {
    category: 'scope-creep',
    title: 'Scope creep',
    description: 'The goal keeps growing or moving, so the team never finishes a usable version.',
    nist: ['govern', 'manage'],
    typicalMitigation: 'Fix the success metric and the first release scope; change them only through review.',
  },
  {
    category: 'schedule',
    title: 'Schedule slip',
    description: 'Delivery is slower than planned: long lead times, failed releases, slow recovery.',
    nist: ['manage'],
    typicalMitigation: 'Smaller, more frequent releases; automate deployment and rollback; track DORA keys.',
  },
];

const BY_ID: ReadonlyMap<string, RiskCategoryInfo> = new Map(riskCatalogue.map((c) => [c.category, c]));

/**
 * One category of {@link riskCatalogue}; an unknown category is `INVALID_VALUE`.
 *
 * @example
 * ```ts
 * riskCategory('bias').title; // 'Unfair outcomes'
 * ```
 */
export function riskCategory(category: RiskCategory, argument = 'category'): RiskCategoryInfo {
  const c = typeof category === 'string' ? BY_ID.get(category) : undefined;
  if (c === undefined) {
    throw new SextantError(
      'INVALID_VALUE',
      `${argument} must be one of ${riskCatalogue.map((x) => x.category).join(', ')}; got ${show(category)}`,
      {
        argument,
        value: category,
      },
    );
  }
  return c;
}
