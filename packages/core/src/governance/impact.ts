/**
 * An AI impact assessment organised by the functions of the NIST AI Risk Management
 * Framework (AI RMF 1.0, NIST AI 100-1): Govern, Map, Measure, Manage. Each question is
 * answered from this SDK's results where they hold the evidence, by a person where they do
 * not, and is otherwise left open — "needs an answer" — never guessed.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import type { NistFunction } from '../risk';
import {
  bad,
  checkCardFacts,
  checkOptions,
  fin,
  finOrNull,
  fixed,
  keysOf,
  obj,
  own,
  percent,
  str,
  type CheckedCardFacts,
} from './check';
import { resolveGovernanceMessages, type GovernanceMessages } from './messages';
import { cardFrom, said } from './modelCard';
import type {
  ImpactAssessment,
  ImpactAssessmentFacts,
  ImpactEvidence,
  ImpactFinding,
  ImpactFunction,
  ImpactQuestion,
  ModelCard,
} from './types';

/**
 * The questions of {@link impactAssessment}, by NIST AI RMF function, in the order they are
 * asked. `evidence` says which of this SDK's results can answer it; `null` means only a person can.
 *
 * @example
 * ```ts
 * IMPACT_QUESTIONS.length; // 16
 * IMPACT_QUESTIONS.filter((q) => q.evidence === null).map((q) => q.id);
 * // ['govern-ethics-review', 'map-impacts', 'measure-explainability', 'manage-oversight', 'manage-audit']
 * ```
 */
export const IMPACT_QUESTIONS: readonly { id: string; function: NistFunction; evidence: string | null }[] = Object.freeze([
  { id: 'govern-accountability', function: 'govern', evidence: 'risk register' },
  { id: 'govern-ethics-review', function: 'govern', evidence: null },
  { id: 'govern-documentation', function: 'govern', evidence: 'model card' },
  { id: 'map-intended-use', function: 'map', evidence: 'model card' },
  { id: 'map-affected-groups', function: 'map', evidence: 'metricFrame' },
  { id: 'map-impacts', function: 'map', evidence: null },
  { id: 'map-legal', function: 'map', evidence: 'risk register' },
  { id: 'measure-performance', function: 'measure', evidence: 'metricFrame, bootstrapFairness' },
  { id: 'measure-fairness', function: 'measure', evidence: 'metricFrame, bootstrapFairness' },
  { id: 'measure-drift', function: 'measure', evidence: 'detectDrift, driftOverTime' },
  { id: 'measure-data-quality', function: 'measure', evidence: 'dataQualityIndex' },
  { id: 'measure-explainability', function: 'measure', evidence: null },
  { id: 'manage-risks', function: 'manage', evidence: 'risk register' },
  { id: 'manage-rollback', function: 'manage', evidence: 'delivery' },
  { id: 'manage-oversight', function: 'manage', evidence: null },
  { id: 'manage-audit', function: 'manage', evidence: null },
]);

const FUNCTIONS: readonly NistFunction[] = ['govern', 'map', 'measure', 'manage'];
const QUESTION_IDS = new Set(IMPACT_QUESTIONS.map((q) => q.id));

/** Options of {@link impactAssessment}. */
export interface ImpactAssessmentOptions {
  /** The instant the assessment is written at (epoch ms or ISO 8601 with `Z` or an offset). Required. */
  now: string | number;
  /** A between-group difference above this is a concern. @default 0.1 */
  fairnessThreshold?: number;
  /** A Data Quality Index below this is a concern (0–100). @default 80 */
  dataQualityThreshold?: number;
  /** A change failure rate above this is a concern (DORA's elite band ends at 15 %). @default 0.15 */
  changeFailureRateThreshold?: number;
  /** A mean time to recovery above this many hours is a concern (DORA: under a day). @default 24 */
  recoveryHoursThreshold?: number;
  /** A model card below this completeness is a concern. @default 0.8 */
  cardCompletenessThreshold?: number;
  digits?: number;
  messages?: Partial<GovernanceMessages>;
}

interface Answered {
  answer: string;
  finding: ImpactFinding;
  evidence: ImpactEvidence[];
}

interface Person {
  answer: string;
  by: string | null;
  at: string | null;
}

interface Delivery {
  deploymentFrequency: { count: number; perWeek: number } | null;
  changeFailureRate: { deployments: number; failed: number; rate: number | null } | null;
  rollbackRate: { deployments: number; rolledBack: number; rate: number | null } | null;
  meanTimeToRecovery: { count: number; open: number; meanHours: number | null } | null;
}

function checkDelivery(v: unknown): Delivery | null {
  if (v === undefined || v === null) return null;
  const d = obj(v, 'facts.delivery');
  const part = <K extends string>(k: string, fields: readonly K[], nullable: readonly K[]) => {
    const x = own(d, k);
    if (x === undefined || x === null) return null;
    const o = obj(x, `facts.delivery.${k}`);
    const r = {} as Record<K, number | null>;
    for (const f of fields) {
      const n = fin(own(o, f), `facts.delivery.${k}.${f}`);
      if (n < 0) throw bad(`facts.delivery.${k}.${f}`, 'must be ≥ 0', n);
      r[f] = n;
    }
    for (const f of nullable) {
      const n = finOrNull(own(o, f), `facts.delivery.${k}.${f}`);
      if (n !== null && n < 0) throw bad(`facts.delivery.${k}.${f}`, 'must be ≥ 0', n);
      // A rate is a share of deployments.
      if (n !== null && f === 'rate' && n > 1) throw bad(`facts.delivery.${k}.${f}`, 'must be a share in [0, 1]', n);
      r[f] = n;
    }
    return r;
  };
  return {
    deploymentFrequency: part('deploymentFrequency', ['count', 'perWeek'], []) as Delivery['deploymentFrequency'],
    changeFailureRate: part('changeFailureRate', ['deployments', 'failed'], ['rate']) as Delivery['changeFailureRate'],
    rollbackRate: part('rollbackRate', ['deployments', 'rolledBack'], ['rate']) as Delivery['rollbackRate'],
    meanTimeToRecovery: part('meanTimeToRecovery', ['count', 'open'], ['meanHours']) as Delivery['meanTimeToRecovery'],
  };
}

function checkAnswers(v: unknown): Map<string, Person> {
  const out = new Map<string, Person>();
  if (v === undefined || v === null) return out;
  const a = obj(v, 'facts.answers');
  for (const id of keysOf(a, 'facts.answers')) {
    const p = `facts.answers[${JSON.stringify(id)}]`;
    if (!QUESTION_IDS.has(id)) throw bad(p, `is not a question id (${[...QUESTION_IDS].join(', ')})`, id);
    const x = obj(a[id], p);
    const answer = str(own(x, 'answer'), `${p}.answer`);
    if (answer.trim() === '') throw bad(`${p}.answer`, 'must not be empty', answer);
    const by = own(x, 'by');
    const at = own(x, 'at');
    out.set(id, {
      answer,
      by: by === undefined || by === null ? null : str(by, `${p}.by`),
      at: at === undefined || at === null ? null : new Date(parseInstant(at, `${p}.at`)).toISOString(),
    });
  }
  return out;
}

function numberOption(o: Record<string, unknown>, k: string, min: number, max: number, dflt: number): number {
  const v = own(o, k);
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new SextantError('INVALID_OPTION', `options.${k} must be a finite number in [${min}, ${max}]; got ${show(v)}`, {
      argument: `options.${k}`,
      value: v,
    });
  }
  return v;
}

interface Ctx {
  f: CheckedCardFacts;
  card: ModelCard;
  delivery: Delivery | null;
  m: GovernanceMessages;
  digits: number;
  dq: number;
  cfr: number;
  mttr: number;
  completeness: number;
}

function answerText(ctx: Ctx, id: string, p: Record<string, string | number | boolean | null>): string {
  return said(ctx.m.answer(id, p), 'answer');
}

const ev = (source: ImpactEvidence['source'], path: string, text: string): ImpactEvidence => ({ source, path, text });

/** The evidence answer of question `id`, or null when the facts hold none. */
function fromEvidence(ctx: Ctx, id: string): Answered | null {
  const { f, m, card } = ctx;
  const n = (x: number) => fixed(x, ctx.digits);
  switch (id) {
    case 'govern-accountability': {
      if (!f.risks || f.risks.length === 0) return null;
      const unowned = f.risks.filter((r) => r.owner === null || r.owner.trim() === '');
      return {
        answer: answerText(ctx, id, {
          total: f.risks.length,
          unowned: unowned.length,
          list: unowned.map((r) => `${r.id} ${r.title}`).join('; '),
        }),
        finding: unowned.length ? 'concern' : 'ok',
        evidence: unowned.map((r) => ev('risk', `facts.risks[${r.index}].owner`, `${r.id} ${r.title}`)),
      };
    }
    case 'govern-documentation': {
      const c = card.completeness;
      const labels = card.missing.slice(0, 5).map((x) => x.label);
      const more = card.missing.length - labels.length;
      return {
        answer: answerText(ctx, id, {
          present: c.present,
          expected: c.expected,
          percent: percent(c.share),
          missing: labels.length ? `${labels.join(', ')}${more > 0 ? ` (+${more})` : ''}` : null,
        }),
        finding: c.share >= ctx.completeness ? 'ok' : 'concern',
        evidence: [
          ev(
            'model-card',
            'modelCard(facts).completeness',
            said(m.completeness({ present: c.present, expected: c.expected, percent: percent(c.share) }), 'completeness'),
          ),
        ],
      };
    }
    case 'map-intended-use': {
      const u = f.intendedUse;
      if (!u.primaryUses || u.primaryUses.length === 0) return null;
      return {
        answer: answerText(ctx, id, {
          uses: u.primaryUses.join('; '),
          users: u.primaryUsers && u.primaryUsers.length ? u.primaryUsers.join('; ') : null,
          outOfScope: u.outOfScope && u.outOfScope.length ? u.outOfScope.join('; ') : null,
        }),
        finding: u.outOfScope && u.outOfScope.length ? 'ok' : 'concern',
        evidence: [ev('model-card', 'facts.intendedUse', u.primaryUses.join('; '))],
      };
    }
    case 'map-affected-groups': {
      if (!f.metrics || f.metrics.length === 0) return null;
      const features = [...new Set(f.metrics.map((x) => x.feature))];
      return {
        answer: answerText(ctx, id, {
          features: features.join(', '),
          relevant: f.relevantFactors && f.relevantFactors.length ? f.relevantFactors.join(', ') : null,
        }),
        finding: 'ok',
        evidence: f.metrics.map((x) =>
          ev('fairness', `facts.metrics[${x.index}].frame.byGroup`, `${x.feature}: ${x.groups.map((g) => g[0]).join(', ')}`),
        ),
      };
    }
    case 'map-legal': {
      const reg = (f.risks ?? []).filter((r) => r.category === 'regulatory');
      if (reg.length === 0) return null;
      return {
        answer: answerText(ctx, id, { count: reg.length, list: reg.map((r) => `${r.id} ${r.title}`).join('; ') }),
        finding: 'ok',
        evidence: reg.map((r) => ev('risk', `facts.risks[${r.index}]`, `${r.id} ${r.title} (${r.band})`)),
      };
    }
    case 'measure-performance': {
      if (!f.metrics || f.metrics.length === 0) return null;
      const noIntervals = f.metrics.filter((x) => x.intervals.overall === null);
      const parts = f.metrics.map((x) => {
        const o = x.intervals.overall;
        let lo = x.groups[0];
        for (const g of x.groups) if (g[1] < lo[1]) lo = g;
        const v = o ? said(m.interval({ value: n(x.overall), lower: n(o.lower), upper: n(o.upper) }), 'interval') : n(x.overall);
        return `${x.name} ${v} overall, lowest ${x.feature} group ${lo[0]} ${n(lo[1])}`;
      });
      return {
        answer: answerText(ctx, id, { list: parts.join('; ') }),
        finding: noIntervals.length ? 'concern' : 'ok',
        evidence: f.metrics.map((x, k) =>
          ev(x.intervals.overall ? 'fairness' : 'fairness', `facts.metrics[${x.index}].frame.overall`, parts[k]),
        ),
      };
    }
    case 'measure-fairness': {
      const ms = (f.metrics ?? []).filter((x) => x.groups.length >= 2);
      if (ms.length === 0) return null;
      const above = ms.filter((x) => x.difference > x.threshold);
      const describe = (x: (typeof ms)[number]) => {
        const d = x.intervals.difference;
        const diff = d
          ? said(m.interval({ value: n(x.difference), lower: n(d.lower), upper: n(d.upper) }), 'interval')
          : n(x.difference);
        return `${x.name} across ${x.feature} ${diff} (threshold ${n(x.threshold)})`;
      };
      let largest = ms[0];
      for (const x of ms) if (x.difference > largest.difference) largest = x;
      return {
        answer: answerText(ctx, id, {
          above: above.length,
          total: ms.length,
          list: above.map(describe).join('; '),
          largest: describe(largest),
        }),
        finding: above.length ? 'concern' : 'ok',
        evidence: ms.map((x) => ev('fairness', `facts.metrics[${x.index}].frame.difference`, describe(x))),
      };
    }
    case 'measure-drift': {
      const d = f.drift;
      if (!d) return null;
      return {
        answer: answerText(ctx, id, { drifted: d.drifted.length, tested: d.tested, features: d.drifted.join(', ') }),
        finding: d.drifted.length ? 'concern' : 'ok',
        evidence: [
          ev(
            'drift',
            'facts.drift',
            said(
              m.driftLine({ drifted: d.drifted.length, tested: d.tested, features: d.drifted.join(', '), method: d.kind }),
              'driftLine',
            ),
          ),
        ],
      };
    }
    case 'measure-data-quality': {
      const sets = [f.trainingData, f.evaluationData].filter((x) => x !== null && x.dataQuality !== null);
      if (sets.length === 0) return null;
      let worst = sets[0]!;
      for (const s of sets) if (s!.dataQuality!.score < worst.dataQuality!.score) worst = s!;
      const q = worst.dataQuality!;
      return {
        answer: answerText(ctx, id, {
          score: fixed(q.score, 1),
          threshold: fixed(ctx.dq, 1),
          weakest: q.weakest ? `${q.weakest[0]} ${fixed(q.weakest[1], 2)}` : null,
        }),
        finding: sets.every((s) => s!.dataQuality!.score >= ctx.dq) ? 'ok' : 'concern',
        evidence: sets.map((s) =>
          ev(
            'data-quality',
            `${s!.path}.dataQuality`,
            said(
              m.dataQualityLine({
                score: fixed(s!.dataQuality!.score, 1),
                weakest: s!.dataQuality!.weakest ? s!.dataQuality!.weakest[0] : null,
                weakestScore: s!.dataQuality!.weakest ? fixed(s!.dataQuality!.weakest[1], 2) : null,
                rows: s!.dataQuality!.rows,
              }),
              'dataQualityLine',
            ),
          ),
        ),
      };
    }
    case 'manage-risks': {
      if (!f.risks || f.risks.length === 0) return null;
      const serious = f.risks.filter((r) => r.band === 'high' || r.band === 'critical');
      const overdue = f.risks.reduce((s, r) => s + r.overdue, 0);
      return {
        answer: answerText(ctx, id, {
          total: f.risks.length,
          serious: serious.length,
          seriousList: serious.map((r) => r.id).join(', '),
          overdue,
        }),
        finding: serious.length || overdue ? 'concern' : 'ok',
        evidence: f.risks
          .filter((r) => r.band === 'high' || r.band === 'critical' || r.overdue > 0)
          .map((r) =>
            ev(
              'risk',
              `facts.risks[${r.index}]`,
              said(
                m.riskLine({
                  id: r.id,
                  title: r.title,
                  category: r.category,
                  band: said(m.bandLabel(r.band), 'bandLabel'),
                  owner: r.owner,
                  overdue: r.overdue,
                }),
                'riskLine',
              ),
            ),
          ),
      };
    }
    case 'manage-rollback': {
      const d = ctx.delivery;
      if (!d || (!d.changeFailureRate && !d.rollbackRate && !d.meanTimeToRecovery)) return null;
      const parts: string[] = [];
      const evidence: ImpactEvidence[] = [];
      let concern = false;
      if (d.changeFailureRate && d.changeFailureRate.rate !== null) {
        const t = `change failure rate ${percent(d.changeFailureRate.rate)} (${d.changeFailureRate.failed} of ${d.changeFailureRate.deployments} deployments)`;
        parts.push(t);
        evidence.push(ev('delivery', 'facts.delivery.changeFailureRate', t));
        if (d.changeFailureRate.rate > ctx.cfr) concern = true;
      }
      if (d.rollbackRate && d.rollbackRate.rate !== null) {
        const t = `rollback rate ${percent(d.rollbackRate.rate)} (${d.rollbackRate.rolledBack} of ${d.rollbackRate.deployments})`;
        parts.push(t);
        evidence.push(ev('delivery', 'facts.delivery.rollbackRate', t));
      }
      if (d.meanTimeToRecovery) {
        const r = d.meanTimeToRecovery;
        const t = `mean time to recovery ${r.meanHours === null ? '—' : `${fixed(r.meanHours, 1)} h`} over ${r.count} incidents${r.open ? `, ${r.open} open` : ''}`;
        parts.push(t);
        evidence.push(ev('delivery', 'facts.delivery.meanTimeToRecovery', t));
        if (r.meanHours !== null && r.meanHours > ctx.mttr) concern = true;
      }
      if (parts.length === 0) return null;
      const s = parts.join('; ');
      return {
        answer: answerText(ctx, id, { list: s.charAt(0).toUpperCase() + s.slice(1) }),
        finding: concern ? 'concern' : 'ok',
        evidence,
      };
    }
    default:
      return null;
  }
}

/**
 * An AI impact assessment by the NIST AI RMF functions (Govern, Map, Measure, Manage; AI RMF
 * 1.0, NIST AI 100-1, 2023), on the same facts as {@link modelCard} plus delivery figures and
 * people's answers. Each question of {@link IMPACT_QUESTIONS} is answered from this SDK's
 * results where they hold the evidence — owners in the risk register, the model card's
 * completeness, groups and gaps from `metricFrame` with `bootstrapFairness` intervals, drift,
 * the Data Quality Index, residual risks and overdue mitigations, change failure and recovery
 * figures — with a finding (`ok` or `concern`) and the evidence's path; by a person's answer
 * in `facts.answers` where it is not (the SDK does not judge those); and otherwise marked
 * "needs an answer". The open questions are listed in `openQuestions`, shaped for
 * `stakeholderSummary`'s `openQuestions`, which turns them into asks for the legal audience.
 *
 * @param facts a model card's facts plus `delivery` and `answers`
 * @example
 * ```ts
 * const a = impactAssessment(
 *   {
 *     model: { name: 'Fraud scorer' },
 *     risks: [{ id: 'R1', title: 'Declines fall on one region', category: 'bias', likelihood: 3, impact: 5 }],
 *     answers: { 'govern-ethics-review': { answer: 'Reviewed on 2026-05-12.', by: 'Ethics board' } },
 *   },
 *   { now: '2026-06-30T00:00:00Z' },
 * );
 * a.functions.map((f) => f.open); // [0, 4, 5, 3]
 * a.functions[0].questions[0].answer; // '1 of 1 risk has no owner: R1 Declines fall on one region.'
 * a.openQuestions[0]; // { id: 'map-intended-use', function: 'map', question: 'What is the system for, who uses it, and what is out of scope?' }
 * ```
 */
export function impactAssessment(facts: ImpactAssessmentFacts, options: ImpactAssessmentOptions): ImpactAssessment {
  const o = checkOptions(options);
  const dq = numberOption(o.raw, 'dataQualityThreshold', 0, 100, 80);
  const cfr = numberOption(o.raw, 'changeFailureRateThreshold', 0, 1, 0.15);
  const mttr = numberOption(o.raw, 'recoveryHoursThreshold', 0, Number.MAX_VALUE, 24);
  const completeness = numberOption(o.raw, 'cardCompletenessThreshold', 0, 1, 0.8);
  const m = resolveGovernanceMessages(o.raw.messages);
  const f = checkCardFacts(facts, o);
  const raw = facts as unknown as Record<string, unknown>;
  const delivery = checkDelivery(own(raw, 'delivery'));
  const answers = checkAnswers(own(raw, 'answers'));
  const card = cardFrom(f, m, o.now, o.digits);
  const ctx: Ctx = { f, card, delivery, m, digits: o.digits, dq, cfr, mttr, completeness };

  const functions: ImpactFunction[] = FUNCTIONS.map((fn) => {
    const questions: ImpactQuestion[] = IMPACT_QUESTIONS.filter((q) => q.function === fn).map((q) => {
      const question = said(m.question(q.id), 'question');
      const found = fromEvidence(ctx, q.id);
      const person = answers.get(q.id);
      const personEvidence = person
        ? [
            ev(
              'answer',
              `facts.answers[${JSON.stringify(q.id)}]`,
              `${person.answer}${person.by ? ` — ${person.by}` : ''}${person.at ? `, ${person.at.slice(0, 10)}` : ''}`,
            ),
          ]
        : [];
      if (found) {
        return {
          id: q.id,
          function: fn,
          question,
          status: 'answered',
          statusLabel: said(m.answeredFromEvidence, 'answeredFromEvidence'),
          finding: found.finding,
          answer: found.answer,
          answeredBy: 'evidence',
          evidence: [...found.evidence, ...personEvidence],
        };
      }
      if (person) {
        return {
          id: q.id,
          function: fn,
          question,
          status: 'answered',
          statusLabel: said(m.answeredBy({ by: person.by }), 'answeredBy'),
          finding: null,
          answer: person.answer,
          answeredBy: 'person',
          evidence: personEvidence,
        };
      }
      return {
        id: q.id,
        function: fn,
        question,
        status: 'needs-answer',
        statusLabel: said(m.needsAnswer, 'needsAnswer'),
        finding: null,
        answer: null,
        answeredBy: null,
        evidence: [],
      };
    });
    return {
      id: fn,
      title: said(m.functionTitle(fn), 'functionTitle'),
      description: said(m.functionDescription(fn), 'functionDescription'),
      questions,
      open: questions.filter((q) => q.status === 'needs-answer').length,
      concerns: questions.filter((q) => q.finding === 'concern').length,
    };
  });
  const all = functions.flatMap((x) => x.questions);
  const openQuestions = all
    .filter((q) => q.status === 'needs-answer')
    .map((q) => ({ id: q.id, function: q.function, question: q.question }));
  return {
    title: said(m.assessmentTitle({ name: f.model.name, version: f.model.version }), 'assessmentTitle'),
    system: f.model.name,
    at: new Date(o.now).toISOString(),
    functions,
    counts: {
      questions: all.length,
      answered: all.length - openQuestions.length,
      open: openQuestions.length,
      concerns: all.filter((q) => q.finding === 'concern').length,
    },
    openQuestions,
    cardCompleteness: card.completeness,
  };
}
