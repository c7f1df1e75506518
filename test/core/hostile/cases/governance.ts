// Hostile-input cases for the governance records: the lists inside a model card's and an
// impact assessment's facts are refused before any loop, naming the field and the type.
import { impactAssessment, modelCard } from '@sextant/core';
import type { HostileCase } from '../harness';

const NOW = '2026-06-30T12:00:00Z';
const facts = (n: number) => ({
  model: { name: 'Fraud scorer', owners: Array.from({ length: n }, (_, i) => `owner ${i}`) },
  caveats: Array.from({ length: n }, (_, i) => `caveat ${i}`),
  risks: Array.from({ length: n }, (_, i) => ({
    id: `R${i}`,
    title: `risk ${i}`,
    category: 'bias' as const,
    likelihood: 2,
    impact: 3,
  })),
});

const lists = [
  { at: [0, 'caveats'] as const, name: 'facts.caveats', kind: 'other' as const },
  { at: [0, 'risks'] as const, name: 'facts.risks', kind: 'other' as const },
];

export const cases: HostileCase[] = [
  {
    name: 'modelCard',
    fn: modelCard as never,
    make: (n) => [facts(n), { now: NOW }],
    arrays: lists,
    refusals: [
      {
        what: 'now before Date’s range',
        call: () => modelCard(facts(2), { now: -9e15 }),
        code: 'INVALID_OPTION',
        names: 'options.now',
      },
      {
        what: 'a list of 10,001 caveats',
        call: () => modelCard({ ...facts(1), caveats: new Array(10_001).fill('x') }, { now: NOW }),
        code: 'INVALID_VALUE',
        names: 'facts.caveats',
      },
    ],
    // Lists in facts are capped at 10,000 entries (read by people), so no million-row class.
    skipMillion: true,
  },
  {
    name: 'impactAssessment',
    fn: impactAssessment as never,
    make: (n) => [facts(n), { now: NOW }],
    arrays: lists,
    refusals: [
      {
        what: 'an answer to no question',
        call: () => impactAssessment({ ...facts(1), answers: { nope: { answer: 'x' } } }, { now: NOW }),
        code: 'INVALID_VALUE',
        names: 'facts.answers["nope"]',
      },
    ],
    skipMillion: true,
  },
];

export const exempt: Record<string, string> = {
  modelCardMetric:
    'every array-like goes straight to metricFrame and bootstrapFairness, whose own cases cover it; name and feature are strings checked first',
  modelCardToMarkdown:
    'takes a modelCard result, no array-like argument; anything else is refused INVALID_VALUE (governance/markdown.test.ts)',
  impactAssessmentToMarkdown:
    'takes an impactAssessment result, no array-like argument; anything else is refused INVALID_VALUE (governance/markdown.test.ts)',
  resolveGovernanceMessages:
    'an options object of message overrides, no array-like; unknown keys and non-functions are refused INVALID_OPTION',
};
