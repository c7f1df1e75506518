import {
  stakeholderSummary,
  summaryMessagesEn,
  summaryMessagesFr,
  SUMMARY_STATUS_RULES,
  type Audience,
  type StakeholderSummary,
  type SummaryFacts,
  type SummaryMetric,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';
import { emptyProjectFacts, fraudProjectFacts, healthyProjectFacts, hostileProjectFacts } from '../../../stories/data/summary';

const AUDIENCES: Audience[] = ['executive', 'technical', 'business', 'legal'];

/** Every sentence a reader sees (evidence is behind a disclosure and not part of the text). */
function allText(s: StakeholderSummary): string {
  return [
    s.headline,
    s.statusLabel,
    s.statusReason,
    ...s.sections.flatMap((x) => [x.title, ...x.items.map((i) => i.text)]),
    s.asksTitle,
    ...s.asks,
  ].join('\n');
}

const section = (s: StakeholderSummary, id: string) => s.sections.find((x) => x.id === id);

// Words an executive should not have to look up.
const JARGON = [
  'recall',
  'precision',
  'f1',
  'auc',
  'roc',
  'p95',
  'latency',
  'drift',
  'drifting',
  'wasserstein',
  'p-value',
  'ks',
  'chi-square',
  'percentile',
  'threshold',
  'psi',
  'jensen',
  'feature',
  'features',
  'metric',
  'metrics',
  'false positive',
  'confusion matrix',
  'dataset',
];

function jargonIn(text: string): string[] {
  return JARGON.filter((w) => new RegExp(`(^|[^\\p{L}\\d-])${w}($|[^\\p{L}\\d-])`, 'iu').test(text));
}

describe('stakeholderSummary on a fraud-detection model mid-quarter', () => {
  const facts = fraudProjectFacts();
  const by = Object.fromEntries(AUDIENCES.map((a) => [a, stakeholderSummary(facts, { audience: a })])) as Record<
    Audience,
    StakeholderSummary
  >;
  const recall = facts.metrics!.find((m) => m.id === 'recall')!;
  const precision = facts.metrics!.find((m) => m.id === 'precision')!;

  it('gives one status to every audience, set by the missed milestone', () => {
    for (const a of AUDIENCES) {
      expect(by[a].status).toBe('off-track');
      expect(by[a].statusRule).toBe('milestone-missed');
    }
    // Due 13 Nov, not done, now 16 Nov.
    expect(by.executive.statusReason).toBe('The milestone “Shadow-mode launch” was due on Nov 13, 2026 and is not done.');
    expect(by.technical.findings.map((f) => f.rule)).toEqual([
      'milestone-missed',
      'drift-active',
      'metric-near-target',
      'fairness-gap',
      'high-risk',
      'high-risk',
      'mitigation-overdue',
    ]);
  });

  it('executive: no jargon, the business effect, decisions', () => {
    const text = allText(by.executive);
    expect(jargonIn(text)).toEqual([]);
    // The check can fail: the technical text of the same facts is full of it.
    expect(jargonIn(allText(by.technical))).toEqual(
      expect.arrayContaining(['recall', 'precision', 'p95', 'latency', 'drifting']),
    );
    // round(0.8233 × 100) = 82 caught of every 100.
    expect(Math.round(recall.value * 100)).toBe(82);
    expect(text).toContain('Catches 82 of every 100 fraudulent transactions (target: 85).');
    expect(by.executive.headline).toBe('Card-fraud detection v3 is off track and needs 3 decisions.');
    expect(by.executive.asksTitle).toBe('Decisions needed');
    expect(by.executive.asks).toEqual([
      'Agree a new date for “Shadow-mode launch”.',
      'Keep time free for retraining the model if the team recommends it.',
      'Decide whether go-live waits for the fairness review.',
    ]);
  });

  it('technical: every metric by name with its figure and target', () => {
    const lines = section(by.technical, 'metrics')!.items.map((i) => i.text);
    expect(lines).toHaveLength(facts.metrics!.length);
    expect(lines[0]).toBe(
      `Recall: ${recall.value.toFixed(3)} against a target of ≥ 0.850 (at risk, short by ${(0.85 - recall.value).toFixed(3)}).`,
    );
    expect(lines[1]).toBe(`Precision: ${precision.value.toFixed(3)} against a target of ≥ 0.880 (on target).`);
    expect(lines[2]).toMatch(/^p95 latency: \d+(\.\d)? ms against a target of ≤ 250 ms \(on target\)\.$/);
    expect(lines[3]).toBe('ROC AUC: 0.957 against a target of ≥ 0.950 (on target).');
    const drift = section(by.technical, 'drift')!.items.map((i) => i.text);
    expect(drift.some((t) => t.startsWith('merchant_category is drifting since Nov 9, 2026 (chi-square p-value'))).toBe(true);
    expect(drift).toContain('transaction_amount drifted and recovered on Oct 26, 2026.');
    const fair = section(by.technical, 'fairness')!.items[0].text;
    // 18–25 catches 0.720 and 26–40 0.870 of their fraud in the fixture: difference 0.150.
    expect(fair).toBe(
      'Recall by age band: difference 0.150 (threshold 0.100), ratio 0.828; lowest 18–25 at 0.720, highest 26–40 at 0.870.',
    );
    expect(section(by.technical, 'delivery')!.items.map((i) => i.text)).toEqual([
      'Deployment frequency: 2.5 per week (5 in the period).',
      // 26.5 h is over a day: 26.5 / 24 = 1.104… → "1.1 days".
      'Lead time for changes: median 1.1 days (14 changes).',
      'Change failure rate: 17% (1 of 6 deployments).',
      'Mean time to recovery: 3.4 h (2 incidents, 0 open).',
    ]);
    // Risks ordered by band, then score: R-5 (high, 15) before R-3 (high, 12).
    expect(section(by.technical, 'risks')!.items.map((i) => i.text.split(' ')[0])).toEqual(['R-5', 'R-3', 'R-1', 'R-8', 'R-2']);
  });

  it('business: customers and money', () => {
    const items = section(by.business, 'customers')!.items.map((i) => i.text);
    expect(items[0]).toBe('Catches 82 of every 100 fraudulent transactions (target: 85).');
    // Missed: (1 − 0.8233) × 1,200 × €340 = €72,093 → "about €72,000"; gap to 0.85: 0.0267 × 408,000 = €10,900 → €11,000.
    expect(items[1]).toBe('The ones it misses cost about €72,000 a month; reaching the target would save about €11,000 a month.');
    // (1 − precision) × 1,000 false alarms per 1,000 reviews; target (1 − 0.88) × 1,000 = 120.
    const alarms = Math.round((1 - precision.value) * 1000);
    expect(items[2]).toBe(`Raises ${alarms} false alarms for every 1,000 transactions sent for review (target: at most 120).`);
    // p95 under 1 s: below the 1 s limit of a noticed wait (Nielsen); under 1,000 ms reads in ms.
    expect(items[4]).toMatch(
      /^95% of card payments get an answer within \d{3}(\.\d)? ms: customers do not notice a wait \(target: 250 ms\)\.$/,
    );
    expect(jargonIn(items.join('\n'))).toEqual([]);
  });

  it('legal: fairness, privacy and explainability', () => {
    const ids = by.legal.sections.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['fairness', 'privacy', 'explainability']));
    const fair = section(by.legal, 'fairness')!.items.map((i) => i.text);
    expect(fair[0]).toBe(
      'Recall differs across age band groups by 15 percentage points, past the tolerance of 10; the group “18–25” is served least well.',
    );
    expect(fair[1]).toBe(
      'The ratio between the least and best served groups is 0.83, above the four-fifths (0.8) rule of thumb.',
    );
    expect(section(by.legal, 'privacy')!.items[0].text).toBe(
      '“Card data leaves the EU region in feature logging”: medium risk, owned by Ana Ribeiro.',
    );
    expect(section(by.legal, 'explainability')!.items[0].text).toBe(
      '“Analysts cannot see why a payment was declined”: medium risk, no owner yet.',
    );
    expect(by.legal.asks[0]).toBe('Review the difference in Recall across age band groups before release.');
  });

  it('carries evidence with the figures behind a sentence', () => {
    const item = section(by.executive, 'progress')!.items.find((i) => i.metricId === 'recall')!;
    expect(item.evidence![0]).toMatchObject({ source: 'metric', metric: 'recall', value: recall.value, threshold: 0.85 });
    expect(item.evidence![0].text).toBe(`Recall: ${recall.value.toFixed(3)} (threshold 0.850)`);
  });
});

describe('status rules', () => {
  const base: SummaryFacts = { project: { name: 'P' }, now: '2026-11-16T12:00:00Z' };
  const metric = (value: number, extra: Partial<SummaryMetric> = {}): SummaryMetric => ({
    id: 'm',
    name: 'Recall',
    value,
    target: 0.8,
    direction: 'higher',
    unit: 'ratio',
    ...extra,
  });
  const risk = (band: 'low' | 'medium' | 'high' | 'critical', overdue: string[] = []) => ({
    risk: { id: 'R', title: 'T', category: 'bias', owner: 'O' },
    score: { residual: { band, score: 1 }, overdueMitigations: overdue },
  });
  const driftResult = (drifted: boolean) => ({
    series: { amount: [{ at: '2026-11-09T00:00:00Z', score: drifted ? 0.01 : 0.5, drifted }] },
    alerts: drifted ? [{ at: '2026-11-09T00:00:00Z', feature: 'amount', kind: 'start' as const, score: 0.01 }] : [],
    dataset: [
      {
        at: '2026-11-09T00:00:00Z',
        driftedShare: drifted ? 1 : 0,
        datasetDrift: drifted,
        testedCount: 1,
        driftedCount: drifted ? 1 : 0,
      },
    ],
    features: [
      {
        name: 'amount',
        kind: 'numeric' as const,
        method: 'ks' as const,
        threshold: 0.05,
        scoreType: 'p-value' as const,
        reason: '',
      },
    ],
  });
  const frame = (difference: number) => ({
    overall: 0.8,
    byGroup: { a: 0.8, b: 0.8 - difference },
    difference,
    ratio: (0.8 - difference) / 0.8,
    groupMin: 0.8 - difference,
    groupMax: 0.8,
    counts: { a: 10, b: 10 },
    method: 'between_groups' as const,
  });
  const cases: [string, Partial<SummaryFacts>, string, string][] = [
    ['a milestone past its date', { milestones: [{ name: 'M', due: '2026-11-15' }] }, 'off-track', 'milestone-missed'],
    ['a critical risk', { risks: [risk('critical')] }, 'off-track', 'critical-risk'],
    // 0.70 vs 0.80: short by 0.10 > 5 % of 0.8 = 0.04.
    ['a metric far below target', { metrics: [metric(0.7)] }, 'off-track', 'metric-off-target'],
    ['an active drift alert', { drift: driftResult(true) }, 'at-risk', 'drift-active'],
    // 0.78 vs 0.80: short by 0.02 ≤ 0.04.
    ['a metric just below target', { metrics: [metric(0.78)] }, 'at-risk', 'metric-near-target'],
    [
      'a fairness gap past 0.1',
      { fairness: [{ id: 'f', metric: 'Recall', feature: 'age', result: frame(0.12) }] },
      'at-risk',
      'fairness-gap',
    ],
    ['a high risk', { risks: [risk('high')] }, 'at-risk', 'high-risk'],
    ['an overdue mitigation', { risks: [risk('low', ['M-1'])] }, 'at-risk', 'mitigation-overdue'],
    [
      'a low Data Quality Index',
      { dataQuality: { score: 72, breakdown: {} as never, measured: [] } },
      'at-risk',
      'data-quality-low',
    ],
  ];
  for (const [what, facts, status, rule] of cases) {
    it(`${what} → ${status} (${rule})`, () => {
      const s = stakeholderSummary({ ...base, ...facts }, { audience: 'technical' });
      expect(s.status).toBe(status);
      expect(s.statusRule).toBe(rule);
    });
  }

  it('nothing firing is on track; no facts at all says so', () => {
    const ok = stakeholderSummary(
      {
        ...base,
        metrics: [metric(0.81)],
        drift: driftResult(false),
        milestones: [{ name: 'M', due: '2026-11-16' }],
        risks: [risk('medium')],
      },
      { audience: 'executive' },
    );
    // A calendar-date milestone is due at the end of its UTC day: 16 Nov 12:00 is not late.
    expect([ok.status, ok.statusRule]).toEqual(['on-track', 'all-clear']);
    const empty = stakeholderSummary(emptyProjectFacts(), { audience: 'executive' });
    expect([empty.status, empty.statusRule]).toEqual(['on-track', 'no-facts']);
    expect(empty.sections[0].items[0].text).toMatch(/^Nothing to report yet/);
  });

  it('a done milestone, a fairness gap at its threshold and a recovered drift do not fire', () => {
    const s = stakeholderSummary(
      {
        ...base,
        milestones: [{ name: 'M', due: '2026-11-01', doneAt: '2026-11-03T10:00:00Z' }],
        fairness: [{ id: 'f', metric: 'Recall', feature: 'age', result: 0.1 }],
        drift: driftResult(false),
      },
      { audience: 'technical' },
    );
    expect(s.statusRule).toBe('all-clear');
  });

  it('the worst status wins and the first rule in precedence order gives the reason (property)', () => {
    const triggers = cases.map((c) => c[1]);
    fc.assert(
      fc.property(fc.subarray(triggers.map((_, i) => i)), fc.constantFrom(...AUDIENCES), (picked, audience) => {
        // Merge the picked triggers (risks concatenated).
        const facts: SummaryFacts = { ...base };
        const risks = [];
        for (const i of picked) {
          const t = triggers[i];
          if (t.risks) risks.push(...t.risks);
          Object.assign(facts, { ...t, risks: undefined });
        }
        if (risks.length) facts.risks = risks;
        // Two metric triggers collide on one key; the later one stands.
        const expectedRules = new Set<string>();
        for (const i of picked) expectedRules.add(cases[i][3]);
        if (picked.includes(2) && picked.includes(4)) expectedRules.delete('metric-off-target');
        const s = stakeholderSummary(facts, { audience });
        const fired = SUMMARY_STATUS_RULES.filter((r) => expectedRules.has(r.rule));
        const worst = fired.some((r) => r.status === 'off-track') ? 'off-track' : fired.length ? 'at-risk' : 'on-track';
        expect(s.status).toBe(worst);
        expect(s.statusRule).toBe(fired.length ? fired[0].rule : picked.length ? 'all-clear' : 'no-facts');
        expect(new Set(s.findings.map((f) => f.rule))).toEqual(new Set(fired.map((r) => r.rule)));
      }),
    );
  });
});

describe('properties', () => {
  const name = fc.string({ minLength: 1, maxLength: 40 });
  const metricArb = fc.record({
    id: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string()),
    name,
    value: fc.double({ min: 0, max: 1, noNaN: true }),
    target: fc.double({ min: 0, max: 1, noNaN: true }),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    unit: fc.constant('ratio'),
  });

  it('the same facts always give the same summary, and every metric appears in the technical text with its value', () => {
    fc.assert(
      fc.property(fc.array(metricArb, { maxLength: 6 }), fc.constantFrom(...AUDIENCES), (metrics, audience) => {
        const facts: SummaryFacts = { project: { name: 'P' }, now: '2026-11-16T12:00:00Z', metrics };
        const a = stakeholderSummary(facts, { audience });
        const b = stakeholderSummary(structuredClone(facts), { audience });
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        const tech = stakeholderSummary(facts, { audience: 'technical' });
        const lines = tech.sections.find((s) => s.id === 'metrics')?.items ?? [];
        expect(lines).toHaveLength(metrics.length);
        metrics.forEach((m, i) => {
          const v = new Intl.NumberFormat('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(m.value);
          expect(lines[i].text.startsWith(`${m.name}: ${Object.is(v, '-0.000') ? '0.000' : v} `)).toBe(true);
          expect(lines[i].metricId).toBe(m.id);
        });
      }),
    );
  });

  it('the fixture summaries are the same on every run', () => {
    for (const facts of [fraudProjectFacts, healthyProjectFacts, hostileProjectFacts]) {
      for (const audience of AUDIENCES)
        expect(stakeholderSummary(facts(), { audience })).toEqual(stakeholderSummary(facts(), { audience }));
    }
  });

  it('keeps __proto__, constructor and toString as data', () => {
    const s = stakeholderSummary(hostileProjectFacts(), { audience: 'technical' });
    const ids = s.sections.find((x) => x.id === 'metrics')!.items.map((i) => i.metricId);
    expect(ids).toEqual(['__proto__', 'constructor', 'toString']);
    expect(s.sections.find((x) => x.id === 'risks')!.items[0].evidence![0].metric).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('message catalogues', () => {
  const facts = fraudProjectFacts();

  it('a partial override changes only its sentences', () => {
    const plain = stakeholderSummary(facts, { audience: 'executive' });
    const house = stakeholderSummary(facts, {
      audience: 'executive',
      messages: { askNewDate: (p) => `Steering committee to confirm a new date for ${p.name}.` },
    });
    expect(house.asks[0]).toBe('Steering committee to confirm a new date for Shadow-mode launch.');
    expect(house.asks.slice(1)).toEqual(plain.asks.slice(1));
    expect(house.sections).toEqual(plain.sections);
  });

  it('refuses unknown keys, non-functions and messages that do not return text', () => {
    expect(
      thrown(() => stakeholderSummary(facts, { audience: 'executive', messages: { askNewDat: () => 'x' } as never })).message,
    ).toMatch('options.messages.askNewDat');
    expect(thrown(() => stakeholderSummary(facts, { audience: 'executive', messages: { headline: 'x' } as never })).code).toBe(
      'INVALID_OPTION',
    );
    const e = thrown(() =>
      stakeholderSummary(facts, { audience: 'executive', messages: { headline: () => undefined as never } }),
    );
    expect([e.code, e.message]).toEqual(['INVALID_OPTION', 'options.messages.headline must return a string; got undefined']);
  });

  it('French with fr-FR numbers and dates', () => {
    const s = stakeholderSummary(facts, { audience: 'technical', messages: summaryMessagesFr, locale: 'fr-FR' });
    expect(s.statusLabel).toBe('En retard');
    expect(s.statusReason).toBe('Le jalon «\u202fShadow-mode launch\u202f» était prévu le 13 nov. 2026 et n’est pas atteint.');
    const recall = facts.metrics![0].value.toFixed(3).replace('.', ',');
    expect(s.sections[0].items[0].text).toMatch(
      new RegExp(`^Recall : ${recall} pour un objectif ≥ 0,850 \\(à risque, écart 0,0\\d\\d\\)\\.$`),
    );
    const exec = stakeholderSummary(facts, { audience: 'business', messages: summaryMessagesFr, locale: 'fr-FR' });
    // Money as French writes it: 72 000 € (narrow no-break space as the group separator).
    expect(exec.sections[0].items[1].text).toBe(
      'Les cas manqués coûtent environ 72\u202f000\u00a0€ par mois ; atteindre l’objectif ferait économiser environ 11\u202f000\u00a0€ par mois.',
    );
    // Every catalogue key has a French sentence.
    expect(Object.keys(summaryMessagesFr).sort()).toEqual(Object.keys(summaryMessagesEn).sort());
  });

  it('the locale alone changes the numbers, not the words', () => {
    const s = stakeholderSummary(facts, { audience: 'technical', locale: 'de-DE' });
    expect(s.sections[0].items[0].text).toMatch(/^Recall: 0,\d{3} against a target of ≥ 0,850/);
    expect(s.dateText).toBe('16.11.2026');
  });
});

describe('refusals', () => {
  const facts = fraudProjectFacts();
  it('names the first bad field', () => {
    const bad = { ...facts, metrics: [...facts.metrics!, { ...facts.metrics![0], value: Number.NaN }] };
    const e = thrown(() => stakeholderSummary(bad, { audience: 'technical' }));
    expect([e.code, e.message]).toEqual(['NON_FINITE', 'facts.metrics[4].value must be finite; got NaN']);
    expect(thrown(() => stakeholderSummary({ ...facts, now: '2026-11-16 09:00' }, { audience: 'technical' })).code).toBe(
      'INVALID_VALUE',
    );
    expect(thrown(() => stakeholderSummary(facts, { audience: 'board' as never })).code).toBe('INVALID_OPTION');
    expect(thrown(() => stakeholderSummary(facts, { audience: 'legal', locale: 'not a locale' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => stakeholderSummary(facts, { audience: 'legal', timeZone: 'Mars/Olympus' })).code).toBe(
      'UNKNOWN_TIME_ZONE',
    );
    const ms = thrown(() =>
      stakeholderSummary({ ...facts, milestones: [{ name: 'M', due: '2026-02-30' }] }, { audience: 'legal' }),
    );
    expect(ms.message).toMatch(/^facts\.milestones\[0\]\.due is not a calendar date/);
  });

  it('refuses a huge array-like at once', () => {
    for (const metrics of [{ length: 1e9 }, { length: 2 ** 53 - 1 }]) {
      const e = thrown(() => stakeholderSummary({ ...facts, metrics: metrics as never }, { audience: 'technical' }));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toMatch(/^facts\.metrics must be an array/);
    }
    const big = thrown(() => stakeholderSummary({ ...facts, metrics: new Array(10_001) }, { audience: 'technical' }));
    expect(big.message).toMatch(/at most 10000 entries/);
  });
});
