import {
  bootstrapFairness,
  dataQualityIndex,
  driftOverTime,
  metricFrame,
  modelCard,
  modelCardMetric,
  recallScore,
  type ModelCard,
  type ModelCardItem,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';
import { NOW, frame, fullFacts, iv, region, trainingProfile, yPred, yTrue } from './fixtures';

const section = (card: ModelCard, id: string) => card.sections.find((s) => s.id === id)!;
const items = <K extends ModelCardItem['kind']>(card: ModelCard, id: string, kind: K) =>
  section(card, id).items.filter((i): i is Extract<ModelCardItem, { kind: K }> => i.kind === kind);

describe('modelCard', () => {
  it("has Mitchell et al.'s sections in their order, titled from the catalogue", () => {
    const card = modelCard(fullFacts(), { now: NOW });
    expect(card.sections.map((s) => s.id)).toEqual([
      'model-details',
      'intended-use',
      'factors',
      'metrics',
      'evaluation-data',
      'training-data',
      'quantitative-analyses',
      'ethical-considerations',
      'caveats',
    ]);
    expect(card.sections.map((s) => s.title)[8]).toBe('Caveats and recommendations');
    expect(card.title).toBe('Model card: Fraud scorer 7.2');
    expect(card.at).toBe('2026-06-30T12:00:00.000Z');
  });

  it('with every fact given, nothing is missing and completeness is 1', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    expect(card.missing).toEqual([]);
    // 7 model details + 3 uses + 2 factors + 3 metrics + 5 evaluation + 4 training + 2 analyses + 2 ethical + 2 caveats.
    expect(card.completeness).toEqual({ present: 30, expected: 30, share: 1 });
    expect(card.completenessText).toBe('30 of 30 expected facts recorded (100%)');
    expect(section(card, 'quantitative-analyses').sources).toEqual([
      { kind: 'bootstrapFairness', name: 'bootstrapFairness intervals', paths: ['facts.metrics[0]'] },
    ]);
    // The release date is the instant's UTC date: 2026-06-01T00:00+02:00 is 2026-05-31T22:00Z.
    expect(items(card, 'model-details', 'field').find((i) => i.field === 'model.date')?.value).toBe('2026-05-31');
  });

  it('lists what is absent as missing and never invents it', () => {
    const card = modelCard({ model: { name: 'Fraud scorer' } }, { now: NOW });
    expect(card.completeness).toEqual({ present: 0, expected: 30, share: 0 });
    const fields = card.missing.map((m) => m.field);
    expect(fields).toContain('model.version');
    expect(fields).toContain('intendedUse.outOfScope');
    expect(fields).toContain('results');
    expect(fields).toContain('drift');
    // No item at all: nothing is filled in for the missing facts.
    for (const s of card.sections) expect(s.items).toEqual([]);
    expect(section(card, 'model-details').missing[0]).toEqual({
      section: 'model-details',
      field: 'model.version',
      label: 'Version',
      text: 'Not recorded: Version.',
    });
    // The title has no version rather than a made-up one.
    expect(card.title).toBe('Model card: Fraud scorer');
    expect(card.model).toEqual({ name: 'Fraud scorer', version: null });
  });

  it('a metric without intervals is shown without them and its intervals are listed as missing', () => {
    const card = modelCard(
      { model: { name: 'm' }, metrics: [{ name: 'Recall', feature: 'region', frame: frame() }] },
      { now: NOW },
    );
    const [table] = items(card, 'quantitative-analyses', 'table');
    expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)])).toEqual([
      ['All rows', '10', '0.67'],
      ['north', '6', '0.75'],
      ['south', '4', '0.50'],
      ['Difference (max − min)', '', '0.25'],
    ]);
    expect(table.source.kind).toBe('metricFrame');
    expect(section(card, 'quantitative-analyses').missing.map((m) => m.field)).toEqual(['metrics[0].intervals']);
    expect(section(card, 'metrics').missing.map((m) => m.field)).toEqual(['decisionThreshold', 'variation']);
  });

  it('writes each value with its bootstrap interval, "0.91 (0.89–0.93)" style', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const [table] = items(card, 'quantitative-analyses', 'table');
    expect(table.caption).toBe('Recall by region, with 90% intervals');
    expect(table.columns).toEqual(['Group', 'Rows', 'Recall']);
    expect(table.rows.map((r) => r.cells[1].text)).toEqual([
      '0.67 (0.50–0.83)',
      '0.75 (0.50–1.00)',
      '0.50 (0.00–1.00)',
      '0.25 (0.00–0.75)',
    ]);
    expect(table.rows[1].cells[1]).toEqual({ text: '0.75 (0.50–1.00)', value: 0.75, lower: 0.5, upper: 1 });
    expect(table.source).toEqual({
      kind: 'bootstrapFairness',
      path: 'facts.metrics[0]',
      text: 'bootstrapFairness intervals (facts.metrics[0])',
    });
    expect(items(card, 'metrics', 'field').find((i) => i.field === 'variation')?.value).toBe(
      '90% percentile bootstrap intervals, 400 resamples stratified by group (seed 11).',
    );
    // digits: 3 decimals.
    const three = modelCard(fullFacts(), { now: NOW, digits: 3 });
    expect(items(three, 'quantitative-analyses', 'table')[0].rows[0].cells[1].text).toBe('0.667 (0.500–0.833)');
  });

  it('names the source of every item with a path into the facts', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const kinds = new Set<string>();
    for (const s of card.sections) {
      for (const i of s.items) {
        expect(i.source.path).toMatch(/^facts\./);
        expect(i.source.text).toContain(i.source.path);
        kinds.add(i.source.kind);
      }
    }
    expect([...kinds].sort()).toEqual([
      'bootstrapFairness',
      'dataQualityIndex',
      'detectDrift',
      'metricFrame',
      'profileDataQuality',
      'provided',
      'scoreRisk',
    ]);
  });

  it('reads data quality from a dataQualityIndex result or a profile', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const [evaluation] = items(card, 'evaluation-data', 'note');
    expect(evaluation.text).toBe('Data Quality Index 90.3 of 100; weakest: timeliness (0.70).');
    expect(evaluation.source.kind).toBe('dataQualityIndex');
    const [training] = items(card, 'training-data', 'note');
    // The profile's index, as dataQualityIndex computes it: 93.75 (see fixtures).
    expect(dataQualityIndex(trainingProfile()).score).toBe(93.75);
    expect(training.text).toBe('Data Quality Index 93.8 of 100; weakest: completeness (0.88); 4 rows.');
    expect(training.source.kind).toBe('profileDataQuality');
  });

  it('states drift from a detectDrift report and from the latest batch of driftOverTime', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const drift = items(card, 'caveats', 'note').find((n) => n.field === 'drift')!;
    expect(drift.text).toBe(
      '1 of 2 features drifted in the latest production data (amount): re-check the metrics above before relying on them.',
    );
    expect(drift.tone).toBe('warning');
    const ref = { score: Array.from({ length: 200 }, (_, i) => (i % 20) / 20) };
    // Shifted in the middle batches, back to normal in the last: no drift now.
    const over = driftOverTime(
      ref,
      [0, 0.5, 0].map((shift, d) => ({
        at: `2026-06-0${d + 1}T00:00:00Z`,
        columns: { score: Array.from({ length: 50 }, (_, i) => (i % 20) / 20 + shift) },
      })),
    );
    const later = modelCard({ model: { name: 'm' }, drift: over }, { now: NOW });
    const n = items(later, 'caveats', 'note')[0];
    expect(n.text).toBe('No drift in the 1 monitored feature of the latest production data.');
    expect(n.source.kind).toBe('driftOverTime');
    expect(n.tone).toBe('positive');
  });

  it('scores the register at now: ethical risks under ethical considerations, the rest under caveats, worst first', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const ethical = items(card, 'ethical-considerations', 'note').filter((n) => n.field === 'risk');
    // R1 bias: residual 3 × 4 = 12 high, M2 overdue (due 2026-06-01); R2 regulatory 2 × 2 = 4 low, no owner.
    expect(ethical.map((n) => n.text)).toEqual([
      'R1 Declines fall on one region — bias, residual high, owner Aisha, 1 overdue mitigation.',
      'R2 Card out of date — regulatory, residual low, no owner.',
    ]);
    expect(ethical.map((n) => n.source.path)).toEqual(['facts.risks[0]', 'facts.risks[1]']);
    const other = items(card, 'caveats', 'note').filter((n) => n.field === 'risk');
    // R3 4 × 5 = 20 critical before R4 3 × 3 = 9 medium (its mitigation is due after now: not overdue).
    expect(other.map((n) => [n.text, n.tone])).toEqual([
      ['R3 Fraud patterns shift — model-drift, residual critical, owner Maya.', 'critical'],
      ['R4 Too few fraud cases — data-scarcity, residual medium, owner Tomás.', 'neutral'],
    ]);
    // A day later than the due date of R4's mitigation it is overdue.
    const later = modelCard(fullFacts(), { now: '2026-08-01T00:00:00Z' });
    expect(items(later, 'caveats', 'note').find((n) => n.text.startsWith('R4'))?.text).toContain('1 overdue mitigation');
  });

  it('a gap between groups above the threshold is an ethical consideration, with its interval', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    const gap = items(card, 'ethical-considerations', 'note').find((n) => n.field === 'fairness')!;
    expect(gap.text).toBe(
      'Recall differs by 0.25 (90%: 0.00–0.75) across region groups (south lowest, north highest): above the 0.10 threshold.',
    );
    expect(gap.tone).toBe('warning');
    expect(gap.source.path).toBe('facts.metrics[0].frame.difference');
    const facts = fullFacts();
    facts.metrics = [{ ...facts.metrics![0], threshold: 0.3 }];
    const within = items(modelCard(facts, { now: NOW }), 'ethical-considerations', 'note').find((n) => n.field === 'fairness')!;
    expect(within.text).toContain('within the 0.30 threshold');
    expect(within.tone).toBe('positive');
    expect(
      items(modelCard(fullFacts(), { now: NOW, fairnessThreshold: 0.25 }), 'ethical-considerations', 'note').find(
        (n) => n.field === 'fairness',
      )?.tone,
    ).toBe('positive'); // 0.25 is not above 0.25
  });

  it('is plain JSON and the same in every time zone', () => {
    const card = modelCard(fullFacts(), { now: NOW });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      expect(modelCard(fullFacts(), { now: NOW })).toEqual(card);
    } finally {
      process.env.TZ = tz;
    }
  });

  it('keeps hostile labels as data', () => {
    const groups = ['__proto__', 'constructor', '| <script>alert(1)</script>', 'toString'];
    const sf = yTrue.map((_, i) => groups[i % 4]);
    const f = metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: sf });
    const card = modelCard(
      {
        model: { name: '<img src=x onerror=alert(1)>', owners: ['__proto__'] },
        metrics: [{ name: 'toString', feature: '__proto__', frame: f }],
      },
      { now: NOW },
    );
    const [table] = items(card, 'quantitative-analyses', 'table');
    expect(table.rows.map((r) => r.label).sort()).toEqual(['All rows', 'Difference (max − min)', ...groups].sort());
    expect(card.title).toBe('Model card: <img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it("a group named __proto__ keeps its own interval, read from the facts' own keys only", () => {
    const f = metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: region.map((g) => (g === 'north' ? '__proto__' : g)) });
    const byGroup = JSON.parse(
      '{"__proto__": {"value": 0.75, "lower": 0.5, "upper": 1, "confidence": 0.9, "nBoot": 400, "seed": 11}}',
    ) as never;
    const card = modelCard(
      { model: { name: 'm' }, metrics: [{ name: 'Recall', feature: 'region', frame: f, intervals: { byGroup } }] },
      { now: NOW },
    );
    const [table] = items(card, 'quantitative-analyses', 'table');
    expect(table.rows.find((r) => r.label === '__proto__')?.cells[1].text).toBe('0.75 (0.50–1.00)');
    // An inherited key is not a group's interval.
    const inherited = Object.create({ south: iv(0.5, 0, 1) }) as never;
    const other = modelCard(
      {
        model: { name: 'm' },
        metrics: [{ name: 'Recall', feature: 'region', frame: frame(), intervals: { byGroup: inherited } }],
      },
      { now: NOW },
    );
    expect(items(other, 'quantitative-analyses', 'table')[0].rows[2].cells[1].text).toBe('0.50');
  });

  it('numbers near the top of the double range stay finite text, never NaN or Infinity', () => {
    const f = { overall: 1e308, byGroup: { a: 1e308, b: -1e308 }, difference: 1.7e308, counts: { a: 1, b: 1 } } as never;
    const card = modelCard({ model: { name: 'm' }, metrics: [{ name: 'Loss', feature: 'g', frame: f }] }, { now: NOW });
    const text = JSON.stringify(card);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(items(card, 'quantitative-analyses', 'table')[0].rows[0].cells[1].text).toBe('1e+308');
    expect(
      codeOf(() =>
        modelCard(
          {
            model: { name: 'm' },
            metrics: [{ name: 'L', feature: 'g', frame: { ...(f as object), overall: Infinity } as never }],
          },
          { now: NOW },
        ),
      ),
    ).toBe('NON_FINITE');
  });

  it('refuses bad facts naming the first bad field', () => {
    expect(thrown(() => modelCard(null as never, { now: NOW })).message).toMatch(/^facts must be an object/);
    expect(thrown(() => modelCard({ model: {} } as never, { now: NOW })).argument).toBe('facts.model.name');
    expect(thrown(() => modelCard({ model: { name: '  ' } }, { now: NOW })).code).toBe('INVALID_VALUE');
    expect(thrown(() => modelCard({ model: { name: 'm', owners: ['a', 3] } } as never, { now: NOW })).argument).toBe(
      'facts.model.owners[1]',
    );
    expect(thrown(() => modelCard({ model: { name: 'm', date: '2026-06-01T00:00' } }, { now: NOW })).code).toBe('INVALID_VALUE');
    const facts = fullFacts();
    (facts.metrics![0].frame.byGroup as Record<string, number>).south = Number.NaN;
    const e = thrown(() => modelCard(facts, { now: NOW }));
    expect([e.code, e.argument]).toEqual(['NON_FINITE', 'facts.metrics[0].frame.byGroup["south"]']);
    const badIv = fullFacts();
    badIv.metrics![0].intervals = { byGroup: { west: iv(0.5, 0.4, 0.6) } };
    expect(thrown(() => modelCard(badIv, { now: NOW })).argument).toBe('facts.metrics[0].intervals.byGroup["west"]');
    const inverted = fullFacts();
    inverted.metrics![0].intervals = { overall: iv(0.5, 0.6, 0.7) };
    expect(thrown(() => modelCard(inverted, { now: NOW })).argument).toBe('facts.metrics[0].intervals.overall');
    const badRisk = fullFacts();
    (badRisk.risks as unknown[])[2] = { ...badRisk.risks![2], likelihood: 9 };
    expect(thrown(() => modelCard(badRisk, { now: NOW })).argument).toBe('facts.risks[2].likelihood');
    const dup = fullFacts();
    dup.risks = [dup.risks![0], dup.risks![0]];
    expect(thrown(() => modelCard(dup, { now: NOW })).argument).toBe('facts.risks[1].id');
  });

  it('refuses bad options with INVALID_OPTION', () => {
    const f = { model: { name: 'm' } };
    expect(thrown(() => modelCard(f, undefined as never)).argument).toBe('options');
    expect(thrown(() => modelCard(f, {} as never)).argument).toBe('options.now');
    expect(codeOf(() => modelCard(f, { now: '2026-06-30T12:00' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => modelCard(f, { now: 9e15 }))).toBe('INVALID_OPTION');
    expect(thrown(() => modelCard(f, { now: NOW, digits: 7 })).argument).toBe('options.digits');
    expect(thrown(() => modelCard(f, { now: NOW, fairnessThreshold: -1 })).argument).toBe('options.fairnessThreshold');
    expect(thrown(() => modelCard(f, { now: NOW, messages: { nope: () => '' } as never })).argument).toBe(
      'options.messages.nope',
    );
    expect(thrown(() => modelCard(f, { now: NOW, messages: { missing: () => 3 } as never })).argument).toBe(
      'options.messages.missing',
    );
  });

  it('refuses huge or fake lists before looping', () => {
    const big = new Array(10_001);
    expect(thrown(() => modelCard({ model: { name: 'm' }, metrics: big }, { now: NOW })).message).toMatch(/at most 10000/);
    expect(
      thrown(() => modelCard({ model: { name: 'm' }, risks: { length: 2 ** 53 - 1 } as never }, { now: NOW })).argument,
    ).toBe('facts.risks');
    expect(thrown(() => modelCard({ model: { name: 'm', owners: { length: 1e9 } as never } }, { now: NOW })).argument).toBe(
      'facts.model.owners',
    );
  });

  it('completeness counts present facts: adding a fact never lowers it (property)', () => {
    const optional = ['version', 'type', 'description', 'license', 'contact'] as const;
    fc.assert(
      fc.property(fc.subarray([...optional]), fc.constantFrom(...optional), (given, extra) => {
        const model: Record<string, string> = { name: 'm' };
        for (const k of given) model[k] = 'x';
        const before = modelCard({ model: model as never }, { now: NOW }).completeness;
        const after = modelCard({ model: { ...model, [extra]: 'y' } as never }, { now: NOW }).completeness;
        expect(after.expected).toBe(before.expected);
        expect(after.present).toBe(before.present + (given.includes(extra) ? 0 : 1));
        expect(before.present).toBe(given.length);
      }),
    );
  });
});

describe('modelCardMetric', () => {
  it('is metricFrame with bootstrapFairness intervals from the same seed', () => {
    const r = modelCardMetric('Recall', 'region', recallScore, yTrue, yPred, { sensitiveFeatures: region, nBoot: 300, seed: 5 });
    expect(r.frame).toEqual(frame());
    const same = { sensitiveFeatures: region, nBoot: 300, seed: 5 };
    expect(r.intervals.overall).toEqual(
      bootstrapFairness((t, p) => recallScore(t as number[], p as number[]), yTrue, yPred, same),
    );
    expect(r.intervals.difference).toEqual(
      bootstrapFairness((t, p, o) => metricFrame(recallScore, t as number[], p as number[], o).difference, yTrue, yPred, same),
    );
    expect(Object.keys(r.intervals.byGroup)).toEqual(['north', 'south']);
    for (const g of ['north', 'south']) {
      const x = r.intervals.byGroup[g];
      // One run summarised per statistic equals a separate bootstrapFairness run of it.
      expect(x).toEqual(
        bootstrapFairness((t, p, o) => metricFrame(recallScore, t as number[], p as number[], o).byGroup[g], yTrue, yPred, same),
      );
      expect(x.value).toBe(r.frame.byGroup[g]);
      expect(x.lower).toBeLessThanOrEqual(x.value);
      expect(x.upper).toBeGreaterThanOrEqual(x.value);
    }
    expect(Object.getPrototypeOf(r.intervals.byGroup)).toBeNull();
    // It fits modelCard as is.
    const card = modelCard({ model: { name: 'm' }, metrics: [r] }, { now: NOW });
    expect(card.missing.some((m) => m.field === 'metrics[0].intervals')).toBe(false);
  });

  it('refuses what metricFrame and bootstrapFairness refuse', () => {
    expect(codeOf(() => modelCardMetric('Recall', 'r', recallScore, [1, 0], [1], { sensitiveFeatures: ['a', 'b'] }))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(
      thrown(() => modelCardMetric('Recall', 'r', recallScore, yTrue, yPred, { sensitiveFeatures: region, nBoot: 0 })).argument,
    ).toBe('options.nBoot');
    expect(
      thrown(() => modelCardMetric(3 as never, 'r', recallScore, yTrue, yPred, { sensitiveFeatures: region })).argument,
    ).toBe('name');
  });
});
