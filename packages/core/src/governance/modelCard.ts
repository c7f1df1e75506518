/**
 * Model cards (Mitchell et al., "Model Cards for Model Reporting", FAT* 2019) written from
 * this SDK's results: every fact says where it came from, and every fact the card should hold
 * and does not is listed as missing — never filled in.
 */
import { SextantError } from '../errors';
import {
  bootstrapFairness,
  metricFrame,
  type BootstrapInterval,
  type BootstrapSettings,
  type GroupMetric,
  type MetricFrameResult,
} from '../fairness';
import type { FairnessLabel } from '../fairness/groups';
import { show } from '../internal/validate';
import {
  checkCardFacts,
  checkOptions,
  fixed,
  percent,
  type CheckedCardFacts,
  type CheckedDataset,
  type CheckedInterval,
} from './check';
import { resolveGovernanceMessages, type GovernanceMessages } from './messages';
import type {
  ModelCard,
  ModelCardCell,
  ModelCardFacts,
  ModelCardItem,
  ModelCardMetric,
  ModelCardMissing,
  ModelCardSection,
  ModelCardSectionId,
  ModelCardSource,
  ModelCardSourceKind,
  ModelCardTone,
} from './types';

/** Options of {@link modelCard}. */
export interface ModelCardOptions {
  /** The instant the card is written at (epoch ms or ISO 8601 with `Z` or an offset); risks are scored on its UTC date. Required. */
  now: string | number;
  /** A between-group difference above this is an ethical consideration. @default 0.1 */
  fairnessThreshold?: number;
  /** Decimals of metric values and intervals. @default 2 */
  digits?: number;
  /** Catalogue entries to replace. @default governanceMessagesEn */
  messages?: Partial<GovernanceMessages>;
}

const SECTION_ORDER: readonly ModelCardSectionId[] = [
  'model-details',
  'intended-use',
  'factors',
  'metrics',
  'evaluation-data',
  'training-data',
  'quantitative-analyses',
  'ethical-considerations',
  'caveats',
];

const ETHICAL = new Set(['bias', 'privacy-security', 'explainability', 'regulatory']);
const BAND_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;
const BAND_TONE: Record<string, ModelCardTone> = { critical: 'critical', high: 'warning', medium: 'neutral', low: 'neutral' };

/** Insist that an overridden message returns a string (a broken override is named, not printed as "undefined"). */
export function said(v: unknown, key: string): string {
  if (typeof v !== 'string') {
    throw new SextantError('INVALID_OPTION', `options.messages.${key} must return a string; got ${show(v)}`, {
      argument: `options.messages.${key}`,
    });
  }
  return v;
}

class SectionBuilder {
  readonly items: ModelCardItem[] = [];
  readonly missing: ModelCardMissing[] = [];
  expected = 0;
  present = 0;
  constructor(
    readonly id: ModelCardSectionId,
    readonly m: GovernanceMessages,
  ) {}

  source(kind: ModelCardSourceKind, path: string): ModelCardSource {
    return { kind, path, text: said(this.m.source({ kind, path }), 'source') };
  }

  label(field: string): string {
    return said(this.m.fieldLabel(field), 'fieldLabel');
  }

  /** Count an expected fact; when absent, list it as missing. */
  expect(field: string, present: boolean): boolean {
    this.expected++;
    if (present) this.present++;
    else {
      const label = this.label(field);
      this.missing.push({ section: this.id, field, label, text: said(this.m.missing({ label }), 'missing') });
    }
    return present;
  }

  field(field: string, value: string | null, path: string, kind: ModelCardSourceKind = 'provided'): void {
    if (this.expect(field, value !== null && value !== ''))
      this.items.push({ kind: 'field', field, label: this.label(field), value: value!, source: this.source(kind, path) });
  }

  list(field: string, values: string[] | null, path: string, kind: ModelCardSourceKind = 'provided'): void {
    if (this.expect(field, values !== null && values.length > 0))
      this.items.push({ kind: 'list', field, label: this.label(field), values: values!, source: this.source(kind, path) });
  }

  note(field: string, text: string, tone: ModelCardTone, kind: ModelCardSourceKind, path: string): void {
    this.items.push({ kind: 'note', field, text, tone, source: this.source(kind, path) });
  }

  done(): ModelCardSection {
    const sources: ModelCardSection['sources'] = [];
    for (const i of this.items) {
      let s = sources.find((x) => x.kind === i.source.kind);
      if (!s) {
        s = { kind: i.source.kind, name: said(this.m.sourceName(i.source.kind), 'sourceName'), paths: [] };
        sources.push(s);
      }
      if (!s.paths.includes(i.source.path)) s.paths.push(i.source.path);
    }
    return {
      id: this.id,
      title: said(this.m.sectionTitle(this.id), 'sectionTitle'),
      items: this.items,
      missing: this.missing,
      sources,
    };
  }
}

interface Ctx {
  f: CheckedCardFacts;
  m: GovernanceMessages;
  digits: number;
}

function num(ctx: Ctx, x: number): string {
  return fixed(x, ctx.digits);
}

function cell(ctx: Ctx, value: number, iv: CheckedInterval | null | undefined): ModelCardCell {
  const text = iv
    ? said(ctx.m.interval({ value: num(ctx, value), lower: num(ctx, iv.lower), upper: num(ctx, iv.upper) }), 'interval')
    : num(ctx, value);
  return { text, value, lower: iv ? iv.lower : null, upper: iv ? iv.upper : null };
}

function datasetSection(ctx: Ctx, id: 'evaluation-data' | 'training-data', d: CheckedDataset | null, key: string) {
  const b = new SectionBuilder(id, ctx.m);
  const path = `facts.${key}`;
  b.field(`${key}.name`, d?.name ?? null, `${path}.name`);
  b.field(`${key}.description`, d?.description ?? null, `${path}.description`);
  if (id === 'evaluation-data') b.field(`${key}.motivation`, d?.motivation ?? null, `${path}.motivation`);
  b.field(`${key}.preprocessing`, d?.preprocessing ?? null, `${path}.preprocessing`);
  const dq = d?.dataQuality ?? null;
  if (b.expect(`${key}.dataQuality`, dq !== null)) {
    const q = dq!;
    b.note(
      `${key}.dataQuality`,
      said(
        ctx.m.dataQualityLine({
          score: fixed(q.score, 1),
          weakest: q.weakest ? q.weakest[0] : null,
          weakestScore: q.weakest ? fixed(q.weakest[1], 2) : null,
          rows: q.rows,
        }),
        'dataQualityLine',
      ),
      q.score >= 80 ? 'positive' : 'warning',
      q.kind,
      `${path}.dataQuality`,
    );
  }
  return b;
}

function build(ctx: Ctx): { sections: ModelCardSection[]; present: number; expected: number } {
  const { f, m } = ctx;
  const builders: SectionBuilder[] = [];

  // Model details
  const md = new SectionBuilder('model-details', m);
  md.field('model.version', f.model.version, 'facts.model.version');
  md.field('model.type', f.model.type, 'facts.model.type');
  md.field('model.description', f.model.description, 'facts.model.description');
  md.list('model.owners', f.model.owners, 'facts.model.owners');
  md.field('model.date', f.model.date, 'facts.model.date');
  md.field('model.license', f.model.license, 'facts.model.license');
  md.field('model.contact', f.model.contact, 'facts.model.contact');
  if (f.model.references && f.model.references.length)
    md.items.push({
      kind: 'list',
      field: 'model.references',
      label: md.label('model.references'),
      values: f.model.references,
      source: md.source('provided', 'facts.model.references'),
    });
  builders.push(md);

  // Intended use
  const iu = new SectionBuilder('intended-use', m);
  iu.list('intendedUse.primaryUses', f.intendedUse.primaryUses, 'facts.intendedUse.primaryUses');
  iu.list('intendedUse.primaryUsers', f.intendedUse.primaryUsers, 'facts.intendedUse.primaryUsers');
  iu.list('intendedUse.outOfScope', f.intendedUse.outOfScope, 'facts.intendedUse.outOfScope');
  builders.push(iu);

  // Factors: the relevant ones people name; the evaluation ones are the features the frames grouped by.
  const fa = new SectionBuilder('factors', m);
  fa.list('factors.relevant', f.relevantFactors, 'facts.factors.relevant');
  const features = f.metrics ? [...new Set(f.metrics.map((x) => x.feature))] : null;
  fa.list('factors.evaluation', features, 'facts.metrics[*].feature', 'metricFrame');
  builders.push(fa);

  // Metrics: which measures, at which threshold, with which variation approach.
  const me = new SectionBuilder('metrics', m);
  const names = f.metrics ? [...new Set(f.metrics.map((x) => x.name))] : null;
  me.list('measures', names, 'facts.metrics[*].name', 'metricFrame');
  me.field('decisionThreshold', f.decisionThreshold, 'facts.decisionThreshold');
  const first = f.metrics
    ?.map((x) => x.intervals.overall ?? x.intervals.difference ?? x.intervals.byGroup.values().next().value)
    .find((x) => x !== undefined && x !== null);
  const firstAt = f.metrics?.findIndex((x) => x.intervals.given) ?? -1;
  me.field(
    'variation',
    first
      ? said(m.variation({ confidence: percent(first.confidence), nBoot: first.nBoot, seed: first.seed }), 'variation')
      : null,
    `facts.metrics[${firstAt}].intervals`,
    'bootstrapFairness',
  );
  builders.push(me);

  builders.push(datasetSection(ctx, 'evaluation-data', f.evaluationData, 'evaluationData'));
  builders.push(datasetSection(ctx, 'training-data', f.trainingData, 'trainingData'));

  // Quantitative analyses: unitary (all rows) and disaggregated (per group) results.
  const qa = new SectionBuilder('quantitative-analyses', m);
  if (qa.expect('results', f.metrics !== null && f.metrics.length > 0)) {
    let allIntervals = true;
    for (const x of f.metrics!) {
      const iv = x.intervals;
      const conf = iv.overall ?? iv.difference ?? iv.byGroup.values().next().value ?? null;
      const rows = [
        {
          label: m.allRows,
          cells: [cell(ctx, x.overall, iv.overall)],
          rowsCount: x.groups.every((g) => g[2] !== null) ? x.groups.reduce((s, g) => s + (g[2] ?? 0), 0) : null,
        },
        ...x.groups.map(([g, v, n]) => ({ label: g, cells: [cell(ctx, v, iv.byGroup.get(g))], rowsCount: n })),
        { label: m.differenceRow, cells: [cell(ctx, x.difference, iv.difference)], rowsCount: null },
      ];
      const withRows = x.groups.some((g) => g[2] !== null);
      qa.items.push({
        kind: 'table',
        field: `metrics[${x.index}]`,
        caption: said(
          m.metricCaption({ metric: x.name, feature: x.feature, confidence: conf ? percent(conf.confidence) : null }),
          'metricCaption',
        ),
        columns: withRows ? [m.columns.group, m.columns.rows, x.name] : [m.columns.group, x.name],
        rows: rows.map((r) => ({
          label: r.label,
          cells: withRows
            ? [
                {
                  text: r.rowsCount === null ? '' : String(r.rowsCount),
                  value: r.rowsCount,
                  lower: null,
                  upper: null,
                },
                ...r.cells,
              ]
            : r.cells,
        })),
        source: qa.source(iv.given ? 'bootstrapFairness' : 'metricFrame', `facts.metrics[${x.index}]`),
      });
      const complete = iv.overall !== null && iv.difference !== null && x.groups.every(([g]) => iv.byGroup.has(g));
      if (!complete) {
        allIntervals = false;
        const label = `${qa.label('intervals')} — ${x.name} / ${x.feature}`;
        qa.missing.push({
          section: 'quantitative-analyses',
          field: `metrics[${x.index}].intervals`,
          label,
          text: said(m.missing({ label }), 'missing'),
        });
      }
    }
    qa.expected++;
    if (allIntervals) qa.present++;
  } else {
    // No metrics: their intervals are missing too, without a second notice.
    qa.expected++;
  }
  builders.push(qa);

  // Ethical considerations: the team's own, fairness gaps, and the ethical risks of the register.
  const ec = new SectionBuilder('ethical-considerations', m);
  ec.list('ethicalConsiderations', f.ethicalConsiderations, 'facts.ethicalConsiderations');
  for (const x of f.metrics ?? []) {
    if (x.groups.length < 2) continue;
    let lo = x.groups[0];
    let hi = x.groups[0];
    for (const g of x.groups) {
      if (g[1] < lo[1]) lo = g;
      if (g[1] > hi[1]) hi = g;
    }
    const above = x.difference > x.threshold;
    const d = x.intervals.difference;
    ec.note(
      'fairness',
      said(
        m.fairnessGap({
          metric: x.name,
          feature: x.feature,
          difference: num(ctx, x.difference),
          threshold: num(ctx, x.threshold),
          minGroup: lo[0],
          maxGroup: hi[0],
          interval: d ? `${percent(d.confidence)}: ${num(ctx, d.lower)}–${num(ctx, d.upper)}` : null,
          above,
        }),
        'fairnessGap',
      ),
      above ? 'warning' : 'positive',
      d ? 'bootstrapFairness' : 'metricFrame',
      `facts.metrics[${x.index}].frame.difference`,
    );
  }
  const riskNotes = (b: SectionBuilder, keep: (c: string) => boolean) => {
    const rs = (f.risks ?? []).filter((r) => keep(r.category));
    rs.sort((a, z) => BAND_ORDER[a.band] - BAND_ORDER[z.band] || z.score - a.score || a.index - z.index);
    for (const r of rs) {
      b.note(
        'risk',
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
        r.overdue > 0 && BAND_TONE[r.band] === 'neutral' ? 'warning' : BAND_TONE[r.band],
        'scoreRisk',
        `facts.risks[${r.index}]`,
      );
    }
    return rs.length;
  };
  ec.expect('ethicalRisks', f.risks !== null && riskNotes(ec, (c) => ETHICAL.has(c)) >= 0);
  builders.push(ec);

  // Caveats and recommendations: the team's own, drift, and the register's other risks.
  const cv = new SectionBuilder('caveats', m);
  cv.list('caveats', f.caveats, 'facts.caveats');
  if (cv.expect('drift', f.drift !== null)) {
    const d = f.drift!;
    cv.note(
      'drift',
      said(
        m.driftLine({ drifted: d.drifted.length, tested: d.tested, features: d.drifted.join(', '), method: d.kind }),
        'driftLine',
      ),
      d.drifted.length ? 'warning' : 'positive',
      d.kind,
      'facts.drift',
    );
  }
  if (f.risks) riskNotes(cv, (c) => !ETHICAL.has(c));
  builders.push(cv);

  let present = 0;
  let expected = 0;
  for (const b of builders) {
    present += b.present;
    expected += b.expected;
  }
  const byId = new Map(builders.map((b) => [b.id, b.done()]));
  return { sections: SECTION_ORDER.map((id) => byId.get(id)!), present, expected };
}

/**
 * A model card in the sections of Mitchell et al. (2019), "Model Cards for Model Reporting" —
 * model details, intended use, factors, metrics, evaluation data, training data, quantitative
 * analyses, ethical considerations, caveats and recommendations — written from this SDK's
 * results: metrics overall and per group from `metricFrame` with `bootstrapFairness`
 * intervals ({@link modelCardMetric} builds both), drift from `detectDrift` / `driftOverTime`,
 * data quality from `dataQualityIndex` / `profileDataQuality`, and the risk register scored
 * by `scoreRisk` at `now`. Every item names its source; every fact the card should hold and
 * the facts lack is listed in its section's `missing` (never invented), and `completeness`
 * counts them. Strings are kept as given (plain text; {@link modelCardToMarkdown} escapes them).
 *
 * @param facts what the card is written from; only `model.name` is required
 * @example
 * ```ts
 * const card = modelCard(
 *   {
 *     model: { name: 'Fraud scorer', version: '7.2', owners: ['Risk ML team'] },
 *     metrics: [{ name: 'Recall', feature: 'region',
 *                 frame: metricFrame(recallScore, [1, 1, 0, 1, 1, 0], [1, 0, 0, 1, 1, 0], { sensitiveFeatures: ['n', 'n', 'n', 's', 's', 's'] }) }],
 *   },
 *   { now: '2026-06-30T12:00:00Z' },
 * );
 * card.title; // 'Model card: Fraud scorer 7.2'
 * card.sections.map((s) => s.id)[6]; // 'quantitative-analyses'
 * card.sections[6].items[0].rows.map((r) => r.cells[1].text); // ['0.75', '0.50', '1.00', '0.50']
 * card.completeness; // { present: 5, expected: 30, share: 0.16666666666666666 }
 * ```
 */
export function modelCard(facts: ModelCardFacts, options: ModelCardOptions): ModelCard {
  const o = checkOptions(options);
  const m = resolveGovernanceMessages(o.raw.messages);
  const f = checkCardFacts(facts, o);
  return cardFrom(f, m, o.now, o.digits);
}

/** The card of checked facts (shared with impactAssessment, which checks once). */
export function cardFrom(f: CheckedCardFacts, m: GovernanceMessages, now: number, digits: number): ModelCard {
  const { sections, present, expected } = build({ f, m, digits });
  return {
    title: said(m.cardTitle({ name: f.model.name, version: f.model.version }), 'cardTitle'),
    model: { name: f.model.name, version: f.model.version },
    at: new Date(now).toISOString(),
    sections,
    missing: sections.flatMap((s) => s.missing),
    completeness: { present, expected, share: expected ? present / expected : 0 },
    completenessText: said(
      m.completeness({ present, expected, percent: percent(expected ? present / expected : 0) }),
      'completeness',
    ),
  };
}

/** Options of {@link modelCardMetric}: the group column and the bootstrap settings. */
export interface ModelCardMetricOptions extends BootstrapSettings {
  /** One group value per row. Required. */
  sensitiveFeatures: ArrayLike<FairnessLabel>;
}

/**
 * One metric for {@link modelCard}: `metricFrame(metric, yTrue, yPred, { sensitiveFeatures })`
 * with `bootstrapFairness` intervals (stratified by group, seeded) for the value on all rows,
 * on each group and for the between-group difference, all from the same resamples (one
 * bootstrap run of `nBoot` metric frames; each interval equals `bootstrapFairness` of that
 * statistic with the same settings).
 *
 * @param name the metric as people name it (`'Recall'`)
 * @param feature the sensitive feature's name (`'region'`)
 * @param metric e.g. `recallScore`
 * @example
 * ```ts
 * const r = modelCardMetric('Recall', 'region', recallScore, [1, 1, 0, 1, 1, 0, 1, 1], [1, 0, 0, 1, 1, 0, 1, 1],
 *   { sensitiveFeatures: ['n', 'n', 'n', 'n', 's', 's', 's', 's'], nBoot: 200, seed: 7 });
 * r.frame.byGroup.n; // 0.6666666666666666
 * r.intervals.overall.value; // 0.8333333333333334
 * r.intervals.byGroup.s; // { value: 1, lower: 1, upper: 1, confidence: 0.95, nBoot: 200, seed: 7, standardError: 0, bias: 0 }
 * ```
 */
export function modelCardMetric<T extends FairnessLabel, P extends FairnessLabel>(
  name: string,
  feature: string,
  metric: GroupMetric<T, P>,
  yTrue: ArrayLike<T>,
  yPred: ArrayLike<P>,
  options: ModelCardMetricOptions,
): ModelCardMetric & { intervals: Required<NonNullable<ModelCardMetric['intervals']>> } {
  if (typeof name !== 'string')
    throw new SextantError('INVALID_OPTION', `name must be a string; got ${show(name)}`, { argument: 'name' });
  if (typeof feature !== 'string')
    throw new SextantError('INVALID_OPTION', `feature must be a string; got ${show(feature)}`, { argument: 'feature' });
  if (options === null || typeof options !== 'object')
    throw new SextantError('INVALID_OPTION', `options must be an object with sensitiveFeatures; got ${show(options)}`, {
      argument: 'options',
    });
  const { sensitiveFeatures, nBoot, confidence, seed } = options;
  const frame = metricFrame(metric, yTrue, yPred, { sensitiveFeatures });
  const settings = { sensitiveFeatures, nBoot, confidence, seed };
  const t = yTrue as ArrayLike<FairnessLabel>;
  const p = yPred as ArrayLike<FairnessLabel>;
  const mf = metric as unknown as GroupMetric<FairnessLabel, FairnessLabel>;
  // One bootstrap run: bootstrapFairness calls the statistic on the data, then once per
  // resample; the frames of the resamples give the overall and per-group intervals too,
  // summarised as bootstrapFairness summarises (the tests hold them equal to separate runs).
  const frames: MetricFrameResult[] = [];
  let onData = true;
  const difference = bootstrapFairness(
    (a, b, o) => {
      const r = metricFrame(mf, a, b, o);
      if (onData) onData = false;
      else frames.push(r);
      return r.difference;
    },
    t,
    p,
    settings,
  );
  const from = (value: number, pick: (r: MetricFrameResult) => number): BootstrapInterval =>
    summarise(value, Float64Array.from(frames, pick), difference.confidence, difference.nBoot, difference.seed);
  const overall = from(frame.overall, (r) => r.overall);
  const byGroup = Object.create(null) as Record<string, BootstrapInterval>;
  for (const g of Object.keys(frame.byGroup)) byGroup[g] = from(frame.byGroup[g], (r) => r.byGroup[g]);
  return { name, feature, frame, intervals: { overall, byGroup, difference } };
}

/**
 * bootstrapFairness's summary of resampled statistics: NumPy's linear percentiles, widened to
 * contain the point estimate, with the standard error and the bias.
 */
function summarise(value: number, stats: Float64Array, confidence: number, nBoot: number, seed: number): BootstrapInterval {
  let mean = 0;
  for (let b = 0; b < nBoot; b++) mean += stats[b];
  mean /= nBoot;
  let ss = 0;
  for (let b = 0; b < nBoot; b++) ss += (stats[b] - mean) * (stats[b] - mean);
  const sorted = stats.slice().sort();
  const alpha = (1 - confidence) / 2;
  return {
    value,
    lower: Math.min(linearQuantile(sorted, alpha), value),
    upper: Math.max(linearQuantile(sorted, 1 - alpha), value),
    confidence,
    nBoot,
    seed,
    standardError: nBoot > 1 ? Math.sqrt(ss / (nBoot - 1)) : 0,
    bias: mean - value,
  };
}

function linearQuantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const i = Math.floor(pos);
  const f = pos - i;
  return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * f : sorted[i];
}
