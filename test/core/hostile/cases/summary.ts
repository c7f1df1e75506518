// Hostile-input cases for the summary area (issue 15, item 8): the stakeholder summary, its
// Markdown/text writers, the communication plan and the small helpers. The hostile *strings*
// (HTML, Markdown injection, 10,000-character and right-to-left names, `__proto__` as a key)
// are not refusals — they must come out whole and inert — so they are exported here and
// asserted in ../summary-strings.test.ts.
import {
  communicationPlan,
  defaultStakeholderGroups,
  escapeMarkdown,
  metricDelta,
  metricTrend,
  plainLine,
  resolveMessages,
  stakeholderSummary,
  statusFromTarget,
  summaryToMarkdown,
  summaryToText,
  type StakeholderGroup,
  type StakeholderSummary,
  type SummaryFacts,
  type TeamMember,
} from '@sextant/core';
import type { ArrayArg, HostileCase } from '../harness';

const NOW = '2026-11-16T09:00:00Z';

/** Facts with n entries in every list (n = 8 in the harness; lists are capped at 10,000). */
export function summaryFacts(n: number): SummaryFacts {
  const k = Array.from({ length: n }, (_, i) => i);
  return {
    project: { name: 'Card fraud v3', dueDate: '2026-12-15' },
    now: NOW,
    metrics: k.map((i) => ({
      id: `m${i}`,
      name: `Metric ${i}`,
      value: 0.8 + (i % 5) / 100,
      target: 0.82,
      direction: 'higher' as const,
      unit: 'ratio',
      history: [0.8, 0.81, 0.8 + (i % 5) / 100],
      ...(i === 0 ? { meaning: { kind: 'catch-rate' as const, subject: 'fraudulent transactions' } } : {}),
    })),
    milestones: k.map((i) => ({ name: `Milestone ${i}`, due: `2026-1${i % 2}-1${i % 9}`, doneAt: i % 3 ? null : NOW })),
    fairness: k.map((i) => ({
      id: `f${i}`,
      metric: 'Recall',
      feature: `feature ${i}`,
      // The fields the summary reads of a metricFrame result.
      result: { byGroup: { a: 0.8, b: 0.8 - i / 50 }, difference: i / 50, ratio: 1 - i / 40 } as never,
    })),
    risks: k.map((i) => ({
      risk: { id: `R${i}`, title: `Risk ${i}`, category: i % 2 ? 'privacy-security' : 'regulatory' },
      score: { residual: { score: 4 + i, band: (['low', 'medium', 'high', 'critical'] as const)[i % 4] } },
    })),
    asks: k.map((i) => ({ text: `Ask ${i}` })),
    openQuestions: k.map((i) => ({ id: `q${i}`, question: `Question ${i}?` })),
  };
}

const factsArrays: ArrayArg[] = (['metrics', 'milestones', 'fairness', 'risks', 'asks', 'openQuestions'] as const).map((k) => ({
  at: [0, k] as const,
  name: `facts.${k}`,
  kind: 'other' as const,
}));

const base = (): SummaryFacts => summaryFacts(2);
/** facts with one metric replaced by `patch` (merged into the first metric). */
const withMetric = (patch: object): SummaryFacts => {
  const f = base();
  return { ...f, metrics: [{ ...f.metrics![0], ...patch }] };
};

let written: StakeholderSummary | undefined;
/** A summary to write (built once), with n asks. */
function summaryWithAsks(n: number): StakeholderSummary {
  written ??= stakeholderSummary(summaryFacts(3), { audience: 'technical' });
  return { ...written, asks: Array.from({ length: n }, (_, i) => `Ask ${i}`) };
}

const WEEK = [1, 2, 3, 4, 5];
function planMembers(n: number): TeamMember[] {
  const zones = ['Europe/London', 'Asia/Kolkata', 'America/Vancouver', 'Europe/Berlin'];
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    timeZone: zones[i % zones.length],
    workHours: { start: '09:00', end: '17:00' },
    workDays: WEEK,
  }));
}
function planGroups(n: number): StakeholderGroup[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    name: `Group ${i}`,
    cadence: (['weekly', 'biweekly', 'monthly', 10] as const)[i % 4],
    channel: 'Video call',
    memberIds: [`p${i % 4}`, `p${(i + 1) % 4}`],
  }));
}
const PLAN = { from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z' };
const plan = (groups: unknown, options: object = {}) =>
  communicationPlan(groups as StakeholderGroup[], { ...PLAN, members: planMembers(4), ...options });

const huge = () => new Array<string>(2 ** 32 - 1);
/** An object whose own key is `key` (a literal `{ __proto__: … }` would set the prototype instead). */
const ownKey = (key: string, value: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(key)}: 0}`, (k, v) => (k === key ? value : v));

export const cases: HostileCase[] = [
  {
    name: 'stakeholderSummary',
    fn: stakeholderSummary,
    make: (n) => [summaryFacts(n), { audience: 'technical' }],
    arrays: factsArrays,
    refusals: [
      {
        what: 'now past Date’s range (8.64e15 + 1)',
        call: () => stakeholderSummary({ ...base(), now: 8.64e15 + 1 }, { audience: 'executive' }),
        code: 'INVALID_VALUE',
        names: 'facts.now',
      },
      {
        what: 'now: 1e20',
        call: () => stakeholderSummary({ ...base(), now: 1e20 }, { audience: 'executive' }),
        code: 'INVALID_VALUE',
        names: 'facts.now',
      },
      {
        what: 'now in year +275760 past the end of Date’s range',
        call: () => stakeholderSummary({ ...base(), now: '+275760-09-13T00:00:00.001Z' }, { audience: 'legal' }),
        code: 'INVALID_VALUE',
        names: 'facts.now',
      },
      {
        what: 'a milestone due past Date’s range',
        call: () => stakeholderSummary({ ...base(), milestones: [{ name: 'x', due: -8.64e15 - 1 }] }, { audience: 'business' }),
        code: 'INVALID_VALUE',
        names: 'facts.milestones[0].due',
      },
      {
        what: 'a hole in facts.metrics (map skipped it; the writer then read undefined)',
        // eslint-disable-next-line no-sparse-arrays
        call: () => stakeholderSummary({ ...base(), metrics: [, base().metrics![0]] as never }, { audience: 'technical' }),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0]',
      },
      {
        what: 'a hole in facts.risks',
        // eslint-disable-next-line no-sparse-arrays
        call: () => stakeholderSummary({ ...base(), risks: [, ,] as never }, { audience: 'executive' }),
        code: 'INVALID_VALUE',
        names: 'facts.risks[0]',
      },
      {
        what: 'a hole in facts.fairness',
        // eslint-disable-next-line no-sparse-arrays
        call: () => stakeholderSummary({ ...base(), fairness: [,] as never }, { audience: 'legal' }),
        code: 'INVALID_VALUE',
        names: 'facts.fairness[0]',
      },
      {
        what: 'a metric history of length 2 ** 32 - 1',
        call: () => stakeholderSummary(withMetric({ history: huge() }), { audience: 'technical' }),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0].history',
      },
      {
        what: 'a metric history { length: 1e9 }',
        call: () => stakeholderSummary(withMetric({ history: { length: 1e9 } }), { audience: 'technical' }),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0].history',
      },
      {
        what: 'value and target whose gap overflows (1.7e308 vs −1.7e308; the gap printed “∞”)',
        call: () => stakeholderSummary(withMetric({ value: 1.7e308, target: -1.7e308, unit: 'ms' }), { audience: 'technical' }),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0]',
      },
      {
        what: 'casesPerMonth × valuePerCase past the largest double (the cost printed “$∞”)',
        call: () =>
          stakeholderSummary(
            withMetric({
              meaning: { kind: 'catch-rate', subject: 'frauds', casesPerMonth: 1e200, valuePerCase: 1e200 },
            }),
            { audience: 'business' },
          ),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0].meaning',
      },
      {
        what: 'a fairness gap too large for percentage points (1e307 × 100 printed “∞”)',
        call: () =>
          stakeholderSummary(
            { ...base(), fairness: [{ id: 'f', metric: 'Recall', feature: 'age', result: 1e307 }] },
            { audience: 'legal' },
          ),
        code: 'INVALID_VALUE',
        names: 'facts.fairness[0].result',
      },
      {
        what: 'currency “constructor”',
        call: () =>
          stakeholderSummary(
            withMetric({
              meaning: { kind: 'catch-rate', subject: 'frauds', casesPerMonth: 10, valuePerCase: 10, currency: 'constructor' },
            }),
            { audience: 'business' },
          ),
        code: 'INVALID_VALUE',
        names: 'facts.metrics[0].meaning.currency',
      },
      {
        what: 'audience “__proto__”',
        call: () => stakeholderSummary(base(), { audience: '__proto__' as never }),
        code: 'INVALID_OPTION',
        names: 'options.audience',
      },
      {
        what: 'audience “constructor”',
        call: () => stakeholderSummary(base(), { audience: 'constructor' as never }),
        code: 'INVALID_OPTION',
        names: 'options.audience',
      },
      {
        what: 'a message override keyed “__proto__” (an own key, as JSON.parse makes it)',
        call: () => stakeholderSummary(base(), { audience: 'executive', messages: ownKey('__proto__', () => 'x') as never }),
        code: 'INVALID_OPTION',
        names: 'options.messages.__proto__',
      },
      {
        what: 'a locale that is not a BCP 47 tag',
        call: () => stakeholderSummary(base(), { audience: 'executive', locale: '<script>' }),
        code: 'INVALID_OPTION',
        names: 'options.locale',
      },
      {
        what: 'a time zone Intl does not know',
        call: () => stakeholderSummary(base(), { audience: 'executive', timeZone: 'constructor' }),
        code: 'UNKNOWN_TIME_ZONE',
        names: 'options.timeZone',
      },
      {
        what: 'dataQualityThreshold 1e308',
        call: () => stakeholderSummary(base(), { audience: 'executive', dataQualityThreshold: 1e308 }),
        code: 'INVALID_OPTION',
        names: 'options.dataQualityThreshold',
      },
      {
        what: '10,001 asks',
        call: () =>
          stakeholderSummary(
            { ...base(), asks: Array.from({ length: 10_001 }, () => ({ text: 'a' })) },
            { audience: 'executive' },
          ),
        code: 'INVALID_VALUE',
        names: 'facts.asks',
      },
    ],
  },

  ...(['summaryToMarkdown', 'summaryToText'] as const).map((name): HostileCase => {
    const fn = name === 'summaryToMarkdown' ? summaryToMarkdown : summaryToText;
    const withSection = (patch: object) => {
      const s = summaryWithAsks(2);
      return { ...s, sections: [{ ...s.sections[0], ...patch }] };
    };
    return {
      name,
      fn,
      make: (n) => [summaryWithAsks(n), { evidence: true }],
      arrays: [
        { at: [0, 'sections'], name: 'summary.sections', kind: 'other' },
        { at: [0, 'asks'], name: 'summary.asks', kind: 'other' },
      ],
      refusals: [
        {
          what: 'items of length 2 ** 32 - 1 (forEach walked 4 billion holes)',
          call: () => fn(withSection({ items: huge() }) as never),
          code: 'INVALID_VALUE',
          names: 'summary.sections[0].items',
        },
        {
          what: 'evidence of length 2 ** 32 - 1',
          call: () => fn(withSection({ items: [{ text: 'x', evidence: huge() }] }) as never, { evidence: true }),
          code: 'INVALID_VALUE',
          names: 'summary.sections[0].items[0].evidence',
        },
        {
          what: 'a hole in the asks (forEach skipped it)',
          // eslint-disable-next-line no-sparse-arrays
          call: () => fn({ ...summaryWithAsks(0), asks: ['a', , 'c'] as never }),
          code: 'INVALID_VALUE',
          names: 'summary.asks[1]',
        },
        {
          what: 'a title that is a String object',
          call: () => fn({ ...summaryWithAsks(1), title: new String('x') as never }),
          code: 'INVALID_VALUE',
          names: 'summary.title',
        },
        {
          what: 'a summary that is a Map',
          call: () => fn(new Map() as never),
          code: 'INVALID_VALUE',
          names: 'summary',
        },
      ],
    };
  }),

  {
    name: 'escapeMarkdown',
    fn: escapeMarkdown,
    make: () => ['# **bold** <b> [x](javascript:alert(1)) | `c`'],
    arrays: [],
    refusals: [
      { what: 'a number', call: () => escapeMarkdown(42 as never), code: 'INVALID_VALUE', names: 's' },
      { what: 'a String object', call: () => escapeMarkdown(new String('x') as never), code: 'INVALID_VALUE', names: 's' },
      { what: 'an array of strings', call: () => escapeMarkdown(['a'] as never), code: 'INVALID_VALUE', names: 's' },
    ],
  },
  {
    name: 'plainLine',
    fn: plainLine,
    make: () => ['Fraud\nBcc: all\u202e'],
    arrays: [],
    refusals: [
      { what: 'null', call: () => plainLine(null as never), code: 'INVALID_VALUE', names: 's' },
      { what: 'a Date', call: () => plainLine(new Date(0) as never), code: 'INVALID_VALUE', names: 's' },
    ],
  },

  {
    name: 'metricDelta',
    fn: metricDelta,
    make: () => [0.912, 0.897, { percent: true, flatWithin: 0.0005 }],
    arrays: [],
    refusals: [
      { what: 'value NaN', call: () => metricDelta(NaN, 1), code: 'NON_FINITE', names: 'value' },
      { what: 'previous −Infinity', call: () => metricDelta(1, -Infinity), code: 'NON_FINITE', names: 'previous' },
      { what: 'a numeric string', call: () => metricDelta('0.9' as never, 1), code: 'INVALID_VALUE', names: 'value' },
      {
        what: 'a change that overflows (1.7e308 − −1.7e308)',
        call: () => metricDelta(1.7e308, -1.7e308),
        code: 'INVALID_VALUE',
        names: 'value',
      },
      {
        what: 'flatWithin Infinity',
        call: () => metricDelta(1, 2, { flatWithin: Infinity }),
        code: 'INVALID_OPTION',
        names: 'options.flatWithin',
      },
      {
        what: 'higherIsBetter "false" (a string)',
        call: () => metricDelta(1, 2, { higherIsBetter: 'false' as never }),
        code: 'INVALID_OPTION',
        names: 'options.higherIsBetter',
      },
      { what: 'options null', call: () => metricDelta(1, 2, null as never), code: 'INVALID_OPTION', names: 'options' },
      {
        what: 'options an array (read as no options)',
        call: () => metricDelta(1, 2, [] as never),
        code: 'INVALID_OPTION',
        names: 'options',
      },
    ],
  },
  {
    name: 'metricTrend',
    fn: metricTrend,
    make: (n) => [Array.from({ length: n }, (_, i) => 1 + ((i * 37) % 11) / 2), { maxPoints: 6 }],
    arrays: [{ at: 0, name: 'history', kind: 'numbers' }],
    magnitude: [
      {
        scale: [0],
        degree: 1,
        pick: (r) => {
          const t = r as { first: number; last: number; min: number; max: number; values: number[] };
          return [t.first, t.last, t.min, t.max, ...t.values];
        },
      },
      {
        scale: [0],
        degree: 0,
        pick: (r) => {
          const t = r as { positions: number[]; scaled: number[]; indices: number[] };
          return [...t.positions, ...t.scaled, ...t.indices];
        },
      },
    ],
    refusals: [
      { what: 'an empty history', call: () => metricTrend([]), code: 'EMPTY_INPUT', names: 'history' },
      {
        what: 'maxPoints 2 ** 53',
        call: () => metricTrend([1, 2], { maxPoints: 2 ** 53 }),
        code: 'INVALID_OPTION',
        names: 'options.maxPoints',
      },
      {
        what: 'maxPoints 3 (first, last and one bucket need 4)',
        call: () => metricTrend([1, 2], { maxPoints: 3 }),
        code: 'INVALID_OPTION',
        names: 'options.maxPoints',
      },
      {
        what: 'a hole in the history',
        // eslint-disable-next-line no-sparse-arrays
        call: () => metricTrend([1, , 3] as never),
        code: 'INVALID_VALUE',
        names: 'history[1]',
      },
    ],
  },
  {
    name: 'statusFromTarget',
    fn: statusFromTarget,
    make: () => [0.87, { target: 0.9, higherIsBetter: true, tolerance: 0.05 }],
    arrays: [],
    refusals: [
      { what: 'value NaN', call: () => statusFromTarget(NaN, { target: 1 }), code: 'NON_FINITE', names: 'value' },
      {
        what: 'value a numeric string',
        call: () => statusFromTarget('0.9' as never, { target: 1 }),
        code: 'NON_FINITE',
        names: 'value',
      },
      {
        what: 'target Infinity',
        call: () => statusFromTarget(1, { target: Infinity }),
        code: 'INVALID_OPTION',
        names: 'options.target',
      },
      {
        what: 'tolerance −0.1',
        call: () => statusFromTarget(1, { target: 2, tolerance: -0.1 }),
        code: 'INVALID_OPTION',
        names: 'options.tolerance',
      },
      {
        what: 'higherIsBetter "no" (a truthy string read as true)',
        call: () => statusFromTarget(1, { target: 2, higherIsBetter: 'no' as never }),
        code: 'INVALID_OPTION',
        names: 'options.higherIsBetter',
      },
      { what: 'options null', call: () => statusFromTarget(1, null as never), code: 'INVALID_OPTION', names: 'options.target' },
    ],
  },

  {
    name: 'communicationPlan',
    fn: communicationPlan,
    make: (n) => [planGroups(n), { ...PLAN, members: planMembers(Math.max(n, 4)) }],
    arrays: [
      { at: 0, name: 'groups', kind: 'other' },
      { at: [1, 'members'], name: 'options.members', kind: 'other' },
    ],
    refusals: [
      {
        what: 'from past Date’s range (8.64e15 + 1)',
        call: () => plan(planGroups(1), { from: 8.64e15 + 1 }),
        code: 'INVALID_OPTION',
        names: 'options.from',
      },
      { what: 'to: 1e20', call: () => plan(planGroups(1), { to: 1e20 }), code: 'INVALID_OPTION', names: 'options.to' },
      {
        what: 'to before from',
        call: () => plan(planGroups(1), { to: '2026-11-01T00:00:00Z' }),
        code: 'INVALID_INTERVAL',
        names: 'options.from',
      },
      {
        what: 'a span of 9,000 years of daily updates (was refused as options.occurrences, which the caller never passed)',
        call: () => plan([{ ...planGroups(1)[0], cadence: 1 }], { from: '1000-01-04T00:00:00Z', to: '9999-12-28T00:00:00Z' }),
        code: 'INVALID_INTERVAL',
        names: 'options.to',
      },
      {
        what: 'two groups with the id “__proto__”',
        call: () =>
          plan([
            { ...planGroups(1)[0], id: '__proto__' },
            { ...planGroups(2)[1], id: '__proto__' },
          ]),
        code: 'INVALID_VALUE',
        names: 'groups[1].id',
      },
      {
        what: 'a member id “constructor” that no member has',
        call: () => plan([{ ...planGroups(1)[0], memberIds: ['constructor'] }]),
        code: 'NOT_FOUND',
        names: 'groups[0].memberIds[0]',
      },
      {
        what: 'a member named twice in one group (was refused as members[1].id, the schedule module’s name)',
        call: () => plan([{ ...planGroups(1)[0], memberIds: ['p0', 'p0'] }]),
        code: 'INVALID_VALUE',
        names: 'groups[0].memberIds[1]',
      },
      {
        what: 'cadence “constructor”',
        call: () => plan([{ ...planGroups(1)[0], cadence: 'constructor' as never }]),
        code: 'INVALID_VALUE',
        names: 'groups[0].cadence',
      },
      {
        what: 'cadence 2 ** 53 days',
        call: () => plan([{ ...planGroups(1)[0], cadence: 2 ** 53 }]),
        code: 'INVALID_VALUE',
        names: 'groups[0].cadence',
      },
      {
        what: 'durationMinutes 1e308',
        call: () => plan([{ ...planGroups(1)[0], durationMinutes: 1e308 }]),
        code: 'INVALID_VALUE',
        names: 'groups[0].durationMinutes',
      },
      {
        what: 'memberIds of length 2 ** 32 - 1',
        call: () => plan([{ ...planGroups(1)[0], memberIds: huge() }]),
        code: 'INVALID_VALUE',
        names: 'groups[0].memberIds',
      },
      {
        what: '101 groups',
        call: () => plan(planGroups(101)),
        code: 'INVALID_VALUE',
        names: 'groups',
      },
    ],
  },
  {
    name: 'defaultStakeholderGroups',
    fn: defaultStakeholderGroups,
    make: (n) => [
      Object.fromEntries(
        (['executive', 'technical', 'business', 'legal'] as const).map((a) => [
          a,
          Array.from({ length: n }, (_, i) => `${a}-${i}`),
        ]),
      ),
    ],
    arrays: (['executive', 'technical', 'business', 'legal'] as const).map((a) => ({
      at: [0, a] as const,
      name: `memberIds.${a}`,
      kind: 'other' as const,
    })),
    refusals: [
      { what: 'memberIds null', call: () => defaultStakeholderGroups(null as never), code: 'INVALID_VALUE', names: 'memberIds' },
      {
        what: 'options null (read options.messages of null)',
        call: () => defaultStakeholderGroups({ executive: ['a'] }, null as never),
        code: 'INVALID_OPTION',
        names: 'options',
      },
      {
        what: 'a member id that is a number (passed through to the plan)',
        call: () => defaultStakeholderGroups({ executive: ['a', 7 as never] }),
        code: 'INVALID_VALUE',
        names: 'memberIds.executive[1]',
      },
      {
        what: 'an audience key “constructor” (a typo or an attack, dropped silently)',
        call: () => defaultStakeholderGroups(ownKey('constructor', ['a']) as never),
        code: 'INVALID_VALUE',
        names: 'memberIds.constructor',
      },
      {
        what: 'an audience key “__proto__” (an own key, as JSON.parse makes it)',
        call: () => defaultStakeholderGroups(ownKey('__proto__', ['a']) as never),
        code: 'INVALID_VALUE',
        names: 'memberIds.__proto__',
      },
      {
        what: 'a groupName override that returns a number',
        call: () => defaultStakeholderGroups({ executive: ['a'] }, { messages: { groupName: () => 7 as never } }),
        code: 'INVALID_OPTION',
        names: 'options.messages.groupName',
      },
    ],
  },
  {
    name: 'resolveMessages',
    fn: resolveMessages,
    make: () => [{ askNewDate: (p: { name: string }) => `Board to confirm a new date for ${p.name}.` }],
    arrays: [],
    refusals: [
      { what: 'null', call: () => resolveMessages(null), code: 'INVALID_OPTION', names: 'options.messages' },
      { what: 'an array', call: () => resolveMessages([() => 'x']), code: 'INVALID_OPTION', names: 'options.messages' },
      {
        what: 'a Map of overrides (read as no overrides at all)',
        call: () => resolveMessages(new Map([['copied', () => 'x']])),
        code: 'INVALID_OPTION',
        names: 'options.messages',
      },
      {
        what: 'a Date (read as no overrides at all)',
        call: () => resolveMessages(new Date(0)),
        code: 'INVALID_OPTION',
        names: 'options.messages',
      },
      {
        what: 'an own key “__proto__”',
        call: () => resolveMessages(ownKey('__proto__', () => 'x')),
        code: 'INVALID_OPTION',
        names: 'options.messages.__proto__',
      },
      {
        what: 'a key “constructor”',
        call: () => resolveMessages({ constructor: () => 'x' }),
        code: 'INVALID_OPTION',
        names: 'options.messages.constructor',
      },
      {
        what: 'a key “toString”',
        call: () => resolveMessages({ toString: () => 'x' }),
        code: 'INVALID_OPTION',
        names: 'options.messages.toString',
      },
      {
        what: 'an entry that is a string',
        call: () => resolveMessages({ copied: 'Copied!' }),
        code: 'INVALID_OPTION',
        names: 'options.messages.copied',
      },
    ],
  },
];

export const exempt: Record<string, string> = {};
