/**
 * Model cards and impact assessments as GitHub-flavoured Markdown, for wikis, pull requests
 * and audit folders. Every string is plain text and is escaped: a group named `| <script>`
 * stays one literal table cell, never markup, HTML or a new row.
 */
import { SextantError } from '../errors';
import { escapeMarkdown } from '../summary/markdown';
import { show } from '../internal/validate';
import { said } from './modelCard';
import { resolveGovernanceMessages, type GovernanceMessages } from './messages';
import type { ImpactAssessment, ModelCard, ModelCardItem, ModelCardSection } from './types';

const e = escapeMarkdown;
/** Inside a table cell or after a list marker nothing opens a block: escape inline markup only ("0.91", not "0\\.91"). */
const inline = (s: string) => escapeMarkdown(`x${s}`).slice(1);

function refuse(name: string, what: string, v: unknown): SextantError {
  return new SextantError('INVALID_VALUE', `${name} must be ${what}; got ${show(v)}`, { argument: name, value: v });
}

function item(i: ModelCardItem): string[] {
  switch (i.kind) {
    case 'field':
      return [`- **${inline(i.label)}:** ${inline(i.value)}`];
    case 'list':
      return i.values.length === 1
        ? [`- **${inline(i.label)}:** ${inline(i.values[0])}`]
        : [`- **${inline(i.label)}:**`, ...i.values.map((v) => `  - ${e(v)}`)];
    case 'note':
      return [`- ${e(i.text)}`];
    case 'table': {
      const head = `| ${i.columns.map(inline).join(' | ')} |`;
      const rule = `| ${i.columns.map((_, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`;
      const rows = i.rows.map((r) => `| ${[r.label, ...r.cells.map((c) => c.text)].map((x) => inline(x) || ' ').join(' | ')} |`);
      return ['', `**${e(i.caption)}**`, '', head, rule, ...rows, ''];
    }
  }
}

function section(s: ModelCardSection, m: GovernanceMessages): string[] {
  const out = [`## ${e(s.title)}`, ''];
  const body = s.items.flatMap(item);
  out.push(...body);
  if (s.missing.length) {
    if (body.length) out.push('');
    out.push(`**${e(m.missingTitle)}:**`, '', ...s.missing.map((x) => `- ${e(x.text)}`));
  }
  if (s.sources.length) {
    const parts = s.sources.map((x) => `${x.name} (${x.paths.join(', ')})`);
    out.push('', `_${inline(`${m.sourcesTitle}: ${parts.join('; ')}`)}_`);
  }
  out.push('');
  return out.filter((l, k, a) => !(l === '' && a[k - 1] === ''));
}

/**
 * A model card ({@link modelCard}'s result) as GitHub-flavoured Markdown: the title, when it
 * was written and how complete it is, one `##` section per Mitchell et al. section with its
 * facts, its metrics tables (value and interval per group, "0.91 (0.89–0.93)"), its missing
 * facts, and its sources in small print. Every interpolated string is escaped.
 *
 * @param options `messages`: the catalogue entries used for the completeness line and headings
 * @example
 * ```ts
 * const card = modelCard({ model: { name: 'Scorer | <b>v2</b>' } }, { now: 0 });
 * modelCardToMarkdown(card).split('\n')[0]; // '# Model card: Scorer \\| &lt;b&gt;v2&lt;/b&gt;'
 * ```
 */
export function modelCardToMarkdown(card: ModelCard, options: { messages?: Partial<GovernanceMessages> } = {}): string {
  if (card === null || typeof card !== 'object' || !Array.isArray(card.sections))
    throw refuse('card', 'a modelCard result', card);
  const m = resolveGovernanceMessages(options?.messages);
  const lines = [`# ${e(card.title)}`, '', `_${inline(`${card.at} · ${card.completenessText}`)}_`, ''];
  for (const s of card.sections) lines.push(...section(s, m));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * An impact assessment ({@link impactAssessment}'s result) as GitHub-flavoured Markdown: one
 * `##` heading per NIST AI RMF function, each question with its status, its answer and the
 * evidence behind it; the open questions listed again at the end.
 *
 * @example
 * ```ts
 * const a = impactAssessment({ model: { name: 'Scorer' } }, { now: 0 });
 * impactAssessmentToMarkdown(a).split('\n')[0]; // '# AI impact assessment: Scorer'
 * ```
 */
export function impactAssessmentToMarkdown(
  assessment: ImpactAssessment,
  options: { messages?: Partial<GovernanceMessages> } = {},
): string {
  if (assessment === null || typeof assessment !== 'object' || !Array.isArray(assessment.functions))
    throw refuse('assessment', 'an impactAssessment result', assessment);
  const m = resolveGovernanceMessages(options?.messages);
  const lines = [`# ${e(assessment.title)}`, '', `_${e(assessment.at)}_`, ''];
  for (const f of assessment.functions) {
    lines.push(`## ${e(f.title)}`, '', `_${e(f.description)}_`, '');
    for (const q of f.questions) {
      lines.push(`- **${e(q.question)}** — ${e(q.statusLabel)}`);
      if (q.answer !== null) lines.push(`  ${e(q.answer)}`);
      for (const x of q.evidence) lines.push(`  - ${e(x.text)}`);
    }
    lines.push('');
  }
  const open = assessment.openQuestions;
  lines.push(`## ${e(said(m.openQuestionsTitle(open.length), 'openQuestionsTitle'))}`, '');
  open.forEach((q, i) => lines.push(`${i + 1}. ${e(q.question)}`));
  return `${lines.join('\n').trimEnd()}\n`;
}
