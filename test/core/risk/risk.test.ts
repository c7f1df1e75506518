/** Risk register: scoring, the heat map, the project score (monotone), FMEA and risk signals, by behaviour. */
import {
  deliveryScorecard,
  detectDrift,
  fmea,
  projectRiskScore,
  riskCatalogue,
  riskMatrix,
  riskSignalsFromMetrics,
  scoreRisk,
  type Risk,
  type RiskCategory,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const base: Risk = { id: 'R1', title: 'Drift', category: 'model-drift', likelihood: 4, impact: 3 };

describe('scoreRisk', () => {
  it('bands the product with the default limits and with custom ones', () => {
    // 4 × 3 = 12: high (9 < 12 ≤ 16)
    expect(scoreRisk(base).inherent).toEqual({ likelihood: 4, impact: 3, score: 12, band: 'high' });
    expect(scoreRisk({ ...base, likelihood: 2, impact: 2 }).inherent.band).toBe('low');
    expect(scoreRisk({ ...base, likelihood: 5, impact: 4 }).inherent.band).toBe('critical');
    expect(scoreRisk(base, { bands: { low: 5, medium: 12, high: 19 } }).inherent.band).toBe('medium');
  });

  it('reads a lookup matrix instead of multiplying', () => {
    const row = ['low', 'low', 'medium', 'high', 'critical'] as const;
    const matrix = [row, row, row, row, row];
    expect(scoreRisk({ ...base, likelihood: 1, impact: 5 }, { matrix }).inherent).toEqual({
      likelihood: 1,
      impact: 5,
      score: 5,
      band: 'critical',
    });
    const falling = [row, row, ['low', 'low', 'low', 'high', 'critical'], row, row] as const;
    expect(codeOf(() => scoreRisk(base, { matrix: falling as never }))).toBe('INVALID_OPTION');
    expect(codeOf(() => scoreRisk(base, { matrix: [row] as never }))).toBe('INVALID_OPTION');
  });

  it('derives the residual from done mitigations only, never below 1', () => {
    const r: Risk = {
      ...base,
      mitigations: [
        { id: 'M1', title: 'a', status: 'done', reduces: { likelihood: 2, impact: 1 } },
        { id: 'M2', title: 'b', status: 'done', reduces: { likelihood: 3 } },
        { id: 'M3', title: 'c', status: 'in-progress', reduces: { impact: 2 }, due: '2026-01-31' },
        { id: 'M4', title: 'd', status: 'planned', due: '2026-03-01' },
        { id: 'M5', title: 'e', status: 'done', due: '2020-01-01' },
      ],
    };
    const s = scoreRisk(r, { today: '2026-03-01' });
    // likelihood 4 − 2 − 3 → 1 (floor), impact 3 − 1 = 2; M3 due before today and open, M4 due today is not overdue.
    expect(s.residual).toEqual({ likelihood: 1, impact: 2, score: 2, band: 'low' });
    expect(s.overdueMitigations).toEqual(['M3']);
    expect(scoreRisk(r).overdueMitigations).toEqual([]);
    // An instant as today reads its UTC date: 2026-02-01T02:00+09:00 is 2026-01-31 in UTC.
    expect(scoreRisk(r, { today: '2026-02-01T02:00:00+09:00' }).overdueMitigations).toEqual([]);
    expect(scoreRisk(r, { today: '2026-02-01T10:00:00+09:00' }).overdueMitigations).toEqual(['M3']);
  });

  it('refuses a residual above inherent, unknown categories and bad levels with INVALID_VALUE naming the field', () => {
    const e = thrown(() => scoreRisk({ ...base, residual: { likelihood: 5, impact: 1 } }));
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'risk.residual.likelihood']);
    expect(thrown(() => scoreRisk({ ...base, category: 'weather' as RiskCategory })).argument).toBe('risk.category');
    expect(codeOf(() => scoreRisk({ ...base, likelihood: 6 }))).toBe('INVALID_VALUE');
    expect(codeOf(() => scoreRisk({ ...base, impact: 2.5 }))).toBe('INVALID_VALUE');
    expect(codeOf(() => scoreRisk({ ...base, mitigations: [{ id: 'M', title: 't', status: 'done', due: '2026-02-30' }] }))).toBe(
      'INVALID_VALUE',
    );
    expect(codeOf(() => scoreRisk({ ...base, mitigations: [{ id: 'M', title: 't', status: 'finished' as never }] }))).toBe(
      'INVALID_VALUE',
    );
    expect(codeOf(() => scoreRisk(base, { today: '2026-03-01T10:00:00' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => scoreRisk(base, { bands: { low: 9, medium: 4, high: 16 } }))).toBe('INVALID_OPTION');
  });
});

describe('riskCatalogue', () => {
  it('covers the eleven categories of API.md, each with NIST functions', () => {
    expect(riskCatalogue.map((c) => c.category)).toEqual([
      'data-scarcity',
      'data-quality',
      'bias',
      'privacy-security',
      'model-drift',
      'explainability',
      'compute-cost',
      'regulatory',
      'adoption',
      'scope-creep',
      'schedule',
    ]);
    for (const c of riskCatalogue) {
      expect(c.nist.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThan(140);
    }
  });
});

const categories = riskCatalogue.map((c) => c.category);
const riskArb = (i: number) =>
  fc
    .record({
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      category: fc.constantFrom(...categories),
      rl: fc.integer({ min: 0, max: 4 }),
      ri: fc.integer({ min: 0, max: 4 }),
      done: fc.boolean(),
    })
    .map((x): Risk => ({
      id: i === 0 ? '__proto__' : `R${i}`,
      title: 't',
      category: x.category,
      likelihood: x.likelihood,
      impact: x.impact,
      mitigations: [{ id: 'M', title: 'm', status: x.done ? 'done' : 'planned', reduces: { likelihood: x.rl, impact: x.ri } }],
    }));
const register = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => riskArb(i))));

describe('riskMatrix and projectRiskScore', () => {
  it('places every risk exactly once as inherent and once as residual, residual never worse', () => {
    fc.assert(
      fc.property(register, (risks) => {
        const cells = riskMatrix(risks);
        expect(cells).toHaveLength(25);
        const inh = cells.flatMap((c) => c.inherent);
        const res = cells.flatMap((c) => c.residual);
        expect(inh.slice().sort()).toEqual(risks.map((r) => r.id).sort());
        expect(res.slice().sort()).toEqual(risks.map((r) => r.id).sort());
        for (const c of cells) {
          for (const id of c.residual) {
            const r = risks.find((x) => x.id === id) as Risk;
            expect(c.likelihood).toBeLessThanOrEqual(r.likelihood);
            expect(c.impact).toBeLessThanOrEqual(r.impact);
          }
        }
      }),
    );
  });

  it('the project score is never lower when a likelihood or impact rises, or a risk is added', () => {
    fc.assert(
      fc.property(
        register,
        fc.nat(),
        fc.boolean(),
        fc.constantFrom('residual', 'inherent') as fc.Arbitrary<'residual' | 'inherent'>,
        (risks, k, axis, basis) => {
          const before = projectRiskScore(risks, { basis });
          expect(before.score).toBeGreaterThanOrEqual(0);
          expect(before.score).toBeLessThanOrEqual(100);
          if (risks.length === 0) {
            expect(before).toMatchObject({ score: 0, band: 'low', count: 0 });
            return;
          }
          const i = k % risks.length;
          const raised = risks.map((r, j) =>
            j !== i
              ? r
              : {
                  ...r,
                  likelihood: axis ? Math.min(5, r.likelihood + 1) : r.likelihood,
                  impact: axis ? r.impact : Math.min(5, r.impact + 1),
                },
          );
          const after = projectRiskScore(raised, { basis });
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          const bands = ['low', 'medium', 'high', 'critical'];
          expect(bands.indexOf(after.band)).toBeGreaterThanOrEqual(bands.indexOf(before.band));
          const more = projectRiskScore([...risks, { id: 'extra', title: 'x', category: 'schedule', likelihood: 1, impact: 1 }], {
            basis,
          });
          // strictly higher, unless one 5 × 5 risk already holds the score at 100
          if (before.score < 100) expect(more.score).toBeGreaterThan(before.score);
          else expect(more.score).toBe(100);
        },
      ),
    );
  });

  it('keys byCategory on a null-prototype object and refuses duplicate ids', () => {
    const p = projectRiskScore([{ ...base, id: 'constructor' }]);
    expect(Object.getPrototypeOf(p.byCategory)).toBeNull();
    expect(p.byCategory['model-drift'].count).toBe(1);
    const e = thrown(() => riskMatrix([base, { ...base }]));
    expect([e.code, e.argument, e.index]).toEqual(['INVALID_VALUE', 'risks[1].id', 1]);
    expect(codeOf(() => riskMatrix({ length: 2 ** 53 - 1 } as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => riskMatrix({ length: 1e9 } as never))).toBe('INVALID_VALUE');
  });
});

describe('fmea', () => {
  it('follows the AIAG-VDA action priority table, not the RPN', () => {
    // Same RPN 90, different priorities: severity first.
    expect(fmea({ severity: 9, occurrence: 5, detection: 2 })).toEqual({ rpn: 90, actionPriority: 'H' });
    expect(fmea({ severity: 3, occurrence: 10, detection: 3 })).toEqual({ rpn: 90, actionPriority: 'L' });
    // S 9–10, O 4–5, D 1 → M; S 9–10, O 2–3, D 5–6 → M; S 7–8, O 6–7, D 1 → M; S 4–6, O 8–10, D 7–10 → H.
    expect(fmea({ severity: 10, occurrence: 4, detection: 1 }).actionPriority).toBe('M');
    expect(fmea({ severity: 9, occurrence: 3, detection: 6 }).actionPriority).toBe('M');
    expect(fmea({ severity: 8, occurrence: 6, detection: 1 }).actionPriority).toBe('M');
    expect(fmea({ severity: 5, occurrence: 9, detection: 8 }).actionPriority).toBe('H');
    expect(fmea({ severity: 1, occurrence: 10, detection: 10 }).actionPriority).toBe('L');
    expect(codeOf(() => fmea({ severity: 11, occurrence: 1, detection: 1 }))).toBe('INVALID_VALUE');
  });
  it('never gives a lower priority when a rating worsens', () => {
    const rank = { L: 0, M: 1, H: 2 };
    const r = fc.integer({ min: 1, max: 10 });
    fc.assert(
      fc.property(
        r,
        r,
        r,
        fc.constantFrom('severity', 'occurrence', 'detection') as fc.Arbitrary<'severity' | 'occurrence' | 'detection'>,
        (s, o, d, k) => {
          const a = { severity: s, occurrence: o, detection: d };
          const b = { ...a, [k]: Math.min(10, a[k] + 1) };
          expect(rank[fmea(b).actionPriority]).toBeGreaterThanOrEqual(rank[fmea(a).actionPriority]);
        },
      ),
    );
  });
});

describe('riskSignalsFromMetrics', () => {
  const register: Risk[] = [
    { id: 'drift', title: 'Fraud patterns shift', category: 'model-drift', likelihood: 2, impact: 5 },
    { id: 'bias', title: 'Declines fall on one region', category: 'bias', likelihood: 4, impact: 4 },
    { id: 'dq', title: 'Late chargeback labels', category: 'data-quality', likelihood: 1, impact: 3 },
    { id: 'sched', title: 'Release slips', category: 'schedule', likelihood: 5, impact: 3 },
    { id: 'priv', title: 'PII in features', category: 'privacy-security', likelihood: 3, impact: 5 },
  ];

  it('turns a real drift report into a raise with per-feature evidence', () => {
    // 8 reference vs 8 current rows, every value moved: KS p = 1.554e-4 (< 0.05) for both columns.
    const reference = { amount: [10, 12, 15, 11, 14, 13, 9, 16], hour: [1, 5, 9, 13, 17, 21, 3, 7] };
    const current = { amount: [30, 32, 35, 31, 34, 33, 29, 36], hour: [2, 6, 10, 14, 18, 22, 4, 8] };
    const report = detectDrift(reference, current);
    expect(report.features.map((f) => f.drifted)).toEqual([true, false]);
    const s = riskSignalsFromMetrics({ drift: report }, register);
    // 1 of 2 drifted = 0.5 ≥ driftShare 0.5: dataset drift, raise by 2.
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ riskId: 'drift', direction: 'raise', currentLikelihood: 2, proposedLikelihood: 4 });
    expect(s[0].evidence[0]).toEqual({ source: 'drift', metric: 'driftedShare', value: 0.5, threshold: 0.5 });
    expect(s[0].evidence[1].metric).toBe('feature:amount (ks)');
  });

  it('raises bias by 2 past twice the limit, lowers data quality when the index is good, caps at 5', () => {
    const s = riskSignalsFromMetrics(
      { fairness: { equalizedOddsDifference: 0.25, demographicParityRatio: 0.9 }, dataQuality: 96 },
      register,
    );
    expect(s.map((x) => [x.riskId, x.direction, x.proposedLikelihood])).toEqual([['bias', 'raise', 5]]);
    // dq is already at 1: no lower proposal below 1.
    const t = riskSignalsFromMetrics({ fairness: { demographicParityRatio: 0.7 } }, register);
    expect(t[0]).toMatchObject({ riskId: 'bias', proposedLikelihood: 5 });
    expect(t[0].evidence).toEqual([{ source: 'fairness', metric: 'demographicParityRatio', value: 0.7, threshold: 0.8 }]);
    expect(riskSignalsFromMetrics({ fairness: { demographicParityDifference: 0.02 } }, register)).toEqual([
      {
        riskId: 'bias',
        category: 'bias',
        direction: 'lower',
        currentLikelihood: 4,
        proposedLikelihood: 3,
        evidence: [{ source: 'fairness', metric: 'demographicParityDifference', value: 0.02, threshold: 0.1 }],
      },
    ]);
    expect(riskSignalsFromMetrics({ fairness: { demographicParityDifference: 0.02 } }, register, { lower: false })).toEqual([]);
  });

  it('reads a delivery scorecard: low DORA keys raise schedule (already 5: nothing), good ones lower it', () => {
    const deployments = [
      { id: 'a', at: '2026-03-02T10:00:00Z', status: 'success' as const },
      { id: 'b', at: '2026-03-20T10:00:00Z', status: 'failed' as const },
      { id: 'c', at: '2026-03-25T10:00:00Z', status: 'rolled-back' as const },
    ];
    const card = deliveryScorecard({ deployments }, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
    // 1 success in 31 days (low in 2023), CFR 2/3 (low): two low keys → +2, capped at 5 for 'sched' → no proposal.
    expect(riskSignalsFromMetrics({ delivery: card }, register)).toEqual([]);
    const lowSched = register.map((r) => (r.id === 'sched' ? { ...r, likelihood: 2 } : r));
    const s = riskSignalsFromMetrics({ delivery: card }, lowSched);
    expect(s[0]).toMatchObject({ riskId: 'sched', direction: 'raise', proposedLikelihood: 4 });
    expect(s[0].evidence.map((e) => e.metric)).toEqual(['deploymentFrequency', 'changeFailureRate']);
    expect(s[0].evidence[1]).toEqual({ source: 'delivery', metric: 'changeFailureRate', value: 2 / 3, threshold: 0.15 });
  });

  it('refuses malformed measurements and options', () => {
    expect(codeOf(() => riskSignalsFromMetrics({ dataQuality: 140 }, register))).toBe('INVALID_VALUE');
    expect(codeOf(() => riskSignalsFromMetrics({ fairness: { x: NaN } }, register))).toBe('INVALID_VALUE');
    expect(codeOf(() => riskSignalsFromMetrics({}, register, { fairnessDifference: 2 }))).toBe('INVALID_OPTION');
    expect(riskSignalsFromMetrics({}, register)).toEqual([]);
  });
});
