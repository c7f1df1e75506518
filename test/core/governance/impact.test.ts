import {
  IMPACT_QUESTIONS,
  impactAssessment,
  modelCard,
  stakeholderSummary,
  type ImpactAssessment,
  type ImpactAssessmentFacts,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';
import { NOW, fullFacts } from './fixtures';

const q = (a: ImpactAssessment, id: string) => a.functions.flatMap((f) => f.questions).find((x) => x.id === id)!;

function facts(): ImpactAssessmentFacts {
  return {
    ...fullFacts(),
    delivery: {
      changeFailureRate: { deployments: 40, failed: 4, rate: 0.1 },
      rollbackRate: { deployments: 40, rolledBack: 2, rate: 0.05 },
      meanTimeToRecovery: { count: 3, open: 0, meanHours: 2.5 },
    },
    answers: {
      'govern-ethics-review': {
        answer: 'Reviewed by the ethics board on 2026-05-12.',
        by: 'Ethics board',
        at: '2026-05-12T10:00:00Z',
      },
      'map-impacts': { answer: 'Wrongly held payments delay purchases.' },
      'measure-explainability': { answer: 'Reason codes from SHAP are shown to analysts.', by: 'Aisha Bello' },
    },
  };
}

describe('impactAssessment', () => {
  it('asks its questions under Govern, Map, Measure and Manage, in that order', () => {
    const a = impactAssessment({ model: { name: 'Scorer' } }, { now: NOW });
    expect(a.functions.map((f) => [f.id, f.title])).toEqual([
      ['govern', 'Govern'],
      ['map', 'Map'],
      ['measure', 'Measure'],
      ['manage', 'Manage'],
    ]);
    expect(a.functions.flatMap((f) => f.questions.map((x) => x.id))).toEqual(IMPACT_QUESTIONS.map((x) => x.id));
    expect(a.title).toBe('AI impact assessment: Scorer');
  });

  it('with nothing but a name only the documentation question is answered, from the card', () => {
    const a = impactAssessment({ model: { name: 'Scorer' } }, { now: NOW });
    expect(a.counts).toEqual({ questions: 16, answered: 1, open: 15, concerns: 1 });
    const doc = q(a, 'govern-documentation');
    expect(doc.status).toBe('answered');
    expect(doc.answeredBy).toBe('evidence');
    expect(doc.finding).toBe('concern');
    // 29 notices for 30 expected facts: without metrics their intervals get no second notice.
    expect(doc.answer).toBe(
      'The model card holds 0 of 30 expected facts (0%); missing: Version, Model type, Description, Owners, Release date (+24).',
    );
    const open = q(a, 'measure-fairness');
    expect(open).toMatchObject({
      status: 'needs-answer',
      statusLabel: 'Needs an answer',
      answer: null,
      finding: null,
      evidence: [],
    });
    expect(a.openQuestions).toHaveLength(15);
    expect(a.openQuestions[0]).toEqual({
      id: 'govern-accountability',
      function: 'govern',
      question: 'Is a named person accountable for every identified risk?',
    });
  });

  it('answers from the SDK results where they hold the evidence, with findings', () => {
    const a = impactAssessment(facts(), { now: NOW });
    // R2 has no owner (fixtures).
    expect(q(a, 'govern-accountability')).toMatchObject({
      finding: 'concern',
      answer: '1 of 4 risks has no owner: R2 Card out of date.',
      evidence: [{ source: 'risk', path: 'facts.risks[1].owner', text: 'R2 Card out of date' }],
    });
    expect(q(a, 'govern-documentation')).toMatchObject({
      finding: 'ok',
      answer: 'The model card holds 30 of 30 expected facts (100%).',
    });
    expect(q(a, 'map-affected-groups').answer).toBe('Measured across region; also named as relevant: region, card type.');
    expect(q(a, 'map-legal').answer).toBe('The register tracks 1 regulatory risk: R2 Card out of date.');
    expect(q(a, 'measure-performance').answer).toBe('Recall 0.67 (0.50–0.83) overall, lowest region group south 0.50.');
    // 0.25 > 0.10.
    expect(q(a, 'measure-fairness')).toMatchObject({
      finding: 'concern',
      answer: '1 of 1 measured differences is above the threshold: Recall across region 0.25 (0.00–0.75) (threshold 0.10).',
    });
    expect(q(a, 'measure-drift')).toMatchObject({
      finding: 'concern',
      answer: 'Monitored: 1 of 2 features drifted in the latest production data (amount).',
    });
    // Worst of 90.25 (evaluation) and 93.75 (training), threshold 80.
    expect(q(a, 'measure-data-quality')).toMatchObject({
      finding: 'ok',
      answer: 'Data Quality Index 90.3 of 100 (threshold 80.0); weakest: timeliness 0.70.',
    });
    expect(q(a, 'measure-data-quality').evidence.map((e) => e.path)).toEqual([
      'facts.trainingData.dataQuality',
      'facts.evaluationData.dataQuality',
    ]);
    // R1 high (12), R3 critical (20); M2 overdue.
    expect(q(a, 'manage-risks')).toMatchObject({
      finding: 'concern',
      answer: '2 high or critical residual risks (R1, R3) and 1 overdue mitigation among 4 risks.',
    });
    expect(q(a, 'manage-rollback')).toMatchObject({
      finding: 'ok',
      answer:
        'Change failure rate 10% (4 of 40 deployments); rollback rate 5% (2 of 40); mean time to recovery 2.5 h over 3 incidents.',
    });
  });

  it("takes people's answers for what evidence cannot answer, and leaves the rest open", () => {
    const a = impactAssessment(facts(), { now: NOW });
    expect(q(a, 'govern-ethics-review')).toMatchObject({
      status: 'answered',
      statusLabel: 'Answered by Ethics board',
      answeredBy: 'person',
      finding: null,
      answer: 'Reviewed by the ethics board on 2026-05-12.',
      evidence: [
        {
          source: 'answer',
          path: 'facts.answers["govern-ethics-review"]',
          text: 'Reviewed by the ethics board on 2026-05-12. — Ethics board, 2026-05-12',
        },
      ],
    });
    expect(q(a, 'map-impacts').statusLabel).toBe('Answered by the team');
    expect(a.openQuestions.map((x) => x.id)).toEqual(['manage-oversight', 'manage-audit']);
    expect(a.counts).toEqual({ questions: 16, answered: 14, open: 2, concerns: 4 });
    expect(a.functions.map((f) => [f.open, f.concerns])).toEqual([
      [0, 1],
      [0, 0],
      [0, 2],
      [2, 1],
    ]);
    expect(a.cardCompleteness).toEqual(modelCard(facts(), { now: NOW }).completeness);
  });

  it("adds a person's answer to an evidence answer without replacing it", () => {
    const f = facts();
    f.answers = { 'measure-drift': { answer: 'Retraining scheduled for July.', by: 'Maya' } };
    const x = q(impactAssessment(f, { now: NOW }), 'measure-drift');
    expect(x.answeredBy).toBe('evidence');
    expect(x.evidence.map((e) => e.source)).toEqual(['drift', 'answer']);
  });

  it('thresholds are options', () => {
    const f = facts();
    f.delivery = { changeFailureRate: { deployments: 10, failed: 2, rate: 0.2 } };
    expect(q(impactAssessment(f, { now: NOW }), 'manage-rollback').finding).toBe('concern');
    expect(q(impactAssessment(f, { now: NOW, changeFailureRateThreshold: 0.25 }), 'manage-rollback').finding).toBe('ok');
    expect(q(impactAssessment(facts(), { now: NOW, dataQualityThreshold: 95 }), 'measure-data-quality').finding).toBe('concern');
    f.delivery = { meanTimeToRecovery: { count: 2, open: 1, meanHours: 30 } };
    expect(q(impactAssessment(f, { now: NOW }), 'manage-rollback')).toMatchObject({
      finding: 'concern',
      answer: 'Mean time to recovery 30.0 h over 2 incidents, 1 open.',
    });
    expect(q(impactAssessment(f, { now: NOW, recoveryHoursThreshold: 48 }), 'manage-rollback').finding).toBe('ok');
  });

  it('refuses bad answers, delivery figures and options naming the field', () => {
    const f = facts();
    f.answers = { 'no-such-question': { answer: 'x' } };
    expect(thrown(() => impactAssessment(f, { now: NOW })).argument).toBe('facts.answers["no-such-question"]');
    f.answers = JSON.parse('{"__proto__": {"answer": "x"}}') as never;
    expect(thrown(() => impactAssessment(f, { now: NOW })).argument).toBe('facts.answers["__proto__"]');
    f.answers = { 'manage-audit': { answer: '' } };
    expect(thrown(() => impactAssessment(f, { now: NOW })).argument).toBe('facts.answers["manage-audit"].answer');
    f.answers = { 'manage-audit': { answer: 'x', at: 'yesterday' } };
    expect(codeOf(() => impactAssessment(f, { now: NOW }))).toBe('INVALID_VALUE');
    const g = facts();
    g.delivery = { changeFailureRate: { deployments: 10, failed: 2, rate: Number.POSITIVE_INFINITY } };
    const e = thrown(() => impactAssessment(g, { now: NOW }));
    expect([e.code, e.argument]).toEqual(['NON_FINITE', 'facts.delivery.changeFailureRate.rate']);
    g.delivery = { rollbackRate: { deployments: -1, rolledBack: 0, rate: null } };
    expect(thrown(() => impactAssessment(g, { now: NOW })).argument).toBe('facts.delivery.rollbackRate.deployments');
    g.delivery = { changeFailureRate: { deployments: 10, failed: 12, rate: 1.2 } };
    expect(thrown(() => impactAssessment(g, { now: NOW })).argument).toBe('facts.delivery.changeFailureRate.rate');
    expect(thrown(() => impactAssessment(facts(), { now: NOW, dataQualityThreshold: 101 })).argument).toBe(
      'options.dataQualityThreshold',
    );
    expect(thrown(() => impactAssessment(facts(), { now: NOW, cardCompletenessThreshold: Number.NaN })).code).toBe(
      'INVALID_OPTION',
    );
    expect(thrown(() => impactAssessment(facts(), {} as never)).argument).toBe('options.now');
    expect(({} as Record<string, unknown>).answer).toBeUndefined();
  });

  it('is plain JSON', () => {
    const a = impactAssessment(facts(), { now: NOW });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('open questions in the stakeholder summary', () => {
  const base = { project: { name: 'Fraud scorer' }, now: NOW };

  it('become asks for the legal audience only, after the generated ones', () => {
    const a = impactAssessment(facts(), { now: NOW });
    const legal = stakeholderSummary({ ...base, openQuestions: a.openQuestions }, { audience: 'legal' });
    expect(legal.asks).toEqual([
      'Answer the impact-assessment question: “Can people review or override the model’s decisions?”',
      'Answer the impact-assessment question: “Has an independent third party audited the system?”',
    ]);
    for (const audience of ['executive', 'technical', 'business'] as const)
      expect(stakeholderSummary({ ...base, openQuestions: a.openQuestions }, { audience }).asks).toEqual([]);
  });

  it('a detectDrift report (no start date) reads without a date, never "since undefined"', () => {
    for (const audience of ['legal', 'technical'] as const) {
      const s = stakeholderSummary({ ...base, drift: fullFacts().drift }, { audience });
      expect(s.statusRule).toBe('drift-active');
      expect(s.statusReason).not.toMatch(/undefined/);
    }
    expect(stakeholderSummary({ ...base, drift: fullFacts().drift }, { audience: 'legal' }).statusReason).toBe(
      'The data the model sees has changed.',
    );
  });

  it('is additive: without openQuestions the summary is unchanged', () => {
    const withNone = stakeholderSummary({ ...base, openQuestions: [] }, { audience: 'legal' });
    expect(withNone).toEqual(stakeholderSummary(base, { audience: 'legal' }));
  });

  it('refuses a malformed open question naming it', () => {
    expect(
      thrown(() => stakeholderSummary({ ...base, openQuestions: [{ id: 'x' }] } as never, { audience: 'legal' })).argument,
    ).toBe('facts.openQuestions[0].question');
    expect(
      thrown(() =>
        stakeholderSummary({ ...base, openQuestions: [{ id: 'x', question: 'q', function: 'nope' }] } as never, {
          audience: 'legal',
        }),
      ).argument,
    ).toBe('facts.openQuestions[0].function');
  });
});
