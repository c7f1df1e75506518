// Hostile-input cases for risk (issue 15): FMEA, the catalogue lookup, scoring, the matrix and
// its view, the project score and the metric signals. Registers are 'other' (records); the
// scoring date, '__proto__'/'constructor' categories and out-of-range ratings are the refusals.
import {
  fmea,
  projectRiskScore,
  riskCategory,
  riskMatrix,
  riskMatrixView,
  riskSignalsFromMetrics,
  scoreRisk,
} from '@sextant/core';
import type { HostileCase } from '../harness';

const CATS = ['model-drift', 'data-scarcity', 'bias', 'data-quality'] as const;
const register = (n: number): object[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `R${i}`,
    title: `Risk ${i}`,
    category: CATS[i % 4],
    likelihood: 1 + (i % 5),
    impact: 1 + ((i * 3) % 5),
  }));
const risk = {
  id: 'R1',
  title: 'Fraud patterns shift',
  category: 'model-drift',
  likelihood: 4,
  impact: 4,
  mitigations: [{ id: 'M1', title: 'Retrain', status: 'planned', due: '2026-02-01' }],
};

/** The scoring date out of range, for a function whose options sit last. */
function todayRefusals(name: string, call: (o: object) => unknown): NonNullable<HostileCase['refusals']> {
  return [
    {
      what: `${name} with today = 8.64e15 + 1`,
      call: () => call({ today: 8.64e15 + 1 }),
      code: 'INVALID_OPTION',
      names: 'today',
    },
    { what: `${name} with today = 1e20`, call: () => call({ today: 1e20 }), code: 'INVALID_OPTION', names: 'today' },
    {
      what: `${name} with today = '2026-02-30'`,
      call: () => call({ today: '2026-02-30' }),
      code: 'INVALID_OPTION',
      names: 'today',
    },
  ];
}

export const cases: HostileCase[] = [
  {
    name: 'fmea',
    fn: fmea,
    make: () => [{ severity: 8, occurrence: 4, detection: 7 }],
    arrays: [],
    refusals: [
      {
        what: 'severity 1e20',
        call: () => fmea({ severity: 1e20, occurrence: 4, detection: 7 }),
        code: 'INVALID_VALUE',
        names: 'ratings.severity',
      },
      {
        what: 'detection NaN',
        call: () => fmea({ severity: 8, occurrence: 4, detection: NaN }),
        code: 'INVALID_VALUE',
        names: 'ratings.detection',
      },
      { what: 'an array for ratings', call: () => fmea([8, 4, 7] as never), code: 'INVALID_VALUE', names: 'ratings' },
    ],
  },
  {
    name: 'riskCategory',
    fn: riskCategory,
    make: () => ['bias'],
    arrays: [],
    refusals: [
      { what: "'__proto__'", call: () => riskCategory('__proto__' as never), code: 'INVALID_VALUE', names: 'category' },
      { what: "'constructor'", call: () => riskCategory('constructor' as never), code: 'INVALID_VALUE', names: 'category' },
    ],
  },
  {
    name: 'scoreRisk',
    fn: scoreRisk,
    make: () => [risk, { today: '2026-03-01' }],
    arrays: [],
    refusals: [
      ...todayRefusals('scoreRisk', (o) => scoreRisk(risk as never, o)),
      {
        what: "category '__proto__'",
        call: () => scoreRisk({ ...risk, category: '__proto__' } as never),
        code: 'INVALID_VALUE',
        names: 'risk.category',
      },
      {
        what: 'likelihood 1e20',
        call: () => scoreRisk({ ...risk, likelihood: 1e20 } as never),
        code: 'INVALID_VALUE',
        names: 'risk.likelihood',
      },
    ],
  },
  {
    name: 'riskMatrix',
    fn: riskMatrix,
    make: (n) => [register(n), { today: '2026-03-01' }],
    arrays: [{ at: 0, name: 'risks', kind: 'other' }],
    refusals: [
      ...todayRefusals('riskMatrix', (o) => riskMatrix(register(4) as never, o)),
      {
        what: "a risk with category 'constructor'",
        call: () => riskMatrix([{ ...risk, category: 'constructor' }] as never),
        code: 'INVALID_VALUE',
        names: 'category',
      },
    ],
  },
  {
    name: 'riskMatrixView',
    fn: riskMatrixView,
    make: (n) => [register(n), { today: '2026-03-01' }],
    arrays: [{ at: 0, name: 'risks', kind: 'other' }],
    refusals: todayRefusals('riskMatrixView', (o) => riskMatrixView(register(4), o)),
  },
  {
    name: 'projectRiskScore',
    fn: projectRiskScore,
    make: (n) => [register(n), { basis: 'inherent' }],
    arrays: [{ at: 0, name: 'risks', kind: 'other' }],
    refusals: [
      ...todayRefusals('projectRiskScore', (o) => projectRiskScore(register(4) as never, o)),
      {
        what: "basis '__proto__'",
        call: () => projectRiskScore(register(4) as never, { basis: '__proto__' as never }),
        code: 'INVALID_OPTION',
        names: 'basis',
      },
    ],
  },
  {
    name: 'riskSignalsFromMetrics',
    fn: riskSignalsFromMetrics,
    make: (n) => [{ fairness: { demographicParityDifference: 0.14 }, dataQuality: { score: 97.2 } }, register(n)],
    arrays: [{ at: 1, name: 'risks', kind: 'other' }],
    refusals: [
      {
        what: 'dataQuality 1e20',
        call: () => riskSignalsFromMetrics({ dataQuality: 1e20 }, register(4) as never),
        code: 'INVALID_VALUE',
        names: 'dataQuality',
      },
      {
        what: 'fairnessDifference NaN',
        call: () => riskSignalsFromMetrics({ dataQuality: 90 }, register(4) as never, { fairnessDifference: NaN }),
        code: 'INVALID_OPTION',
        names: 'fairnessDifference',
      },
      {
        what: 'year 1e20',
        call: () => riskSignalsFromMetrics({ dataQuality: 90 }, register(4) as never, { year: 1e20 }),
        code: 'INVALID_OPTION',
        names: 'year',
      },
    ],
  },
];

export const exempt: Record<string, string> = {};
