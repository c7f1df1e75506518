/**
 * A stakeholder summary as Markdown (chat, wikis) and as plain text (e-mail). Every string in
 * a summary is plain text — project names, metric names and risk titles included — so both
 * writers neutralise it: nothing a fact contains can become a heading, a link, HTML or a new line.
 */
import { SextantError } from '../errors';
import { describe } from '../internal/hostile';
import type { StakeholderSummary } from './types';

function notText(argument: string, value: unknown, what = 'a string'): SextantError {
  return new SextantError('INVALID_VALUE', `${argument} must be ${what}; got ${describe(value)}`, { argument, value });
}

/**
 * Check a summary before writing it (it may have been stored, edited or built by hand): every
 * string a string, sections, items, evidence and asks real arrays. A refusal names the first
 * bad field instead of a raw TypeError from deep inside the writer.
 */
function checkSummary(summary: unknown, evidence: boolean): StakeholderSummary {
  if (summary === null || typeof summary !== 'object' || summary instanceof Map)
    throw notText('summary', summary, 'a stakeholderSummary result');
  const s = summary as Record<string, unknown>;
  for (const f of ['title', 'statusLabel', 'statusReason', 'headline', 'asksTitle'] as const)
    if (typeof s[f] !== 'string') throw notText(`summary.${f}`, s[f]);
  // Indexed loops, not forEach: forEach skips holes (a hole would then be written as
  // "undefined") and walks every index of a `new Array(2 ** 32 - 1)` before it finds nothing;
  // reading index 0 refuses such an array at once.
  const sections = s.sections;
  if (!Array.isArray(sections)) throw notText('summary.sections', sections, 'an array of sections');
  for (let i = 0; i < sections.length; i++) {
    const sec: unknown = sections[i];
    const at = `summary.sections[${i}]`;
    if (sec === null || typeof sec !== 'object') throw notText(at, sec, 'a section { title, items }');
    const { title, items } = sec as Record<string, unknown>;
    if (typeof title !== 'string') throw notText(`${at}.title`, title);
    if (!Array.isArray(items)) throw notText(`${at}.items`, items, 'an array of items');
    for (let j = 0; j < items.length; j++) {
      const it: unknown = items[j];
      const ia = `${at}.items[${j}]`;
      if (it === null || typeof it !== 'object') throw notText(ia, it, 'an item { text }');
      const { text, evidence: ev } = it as Record<string, unknown>;
      if (typeof text !== 'string') throw notText(`${ia}.text`, text);
      if (!evidence || ev === undefined || ev === null) continue;
      if (!Array.isArray(ev)) throw notText(`${ia}.evidence`, ev, 'an array of evidence');
      for (let k = 0; k < ev.length; k++) {
        const x: unknown = ev[k];
        const t = x !== null && typeof x === 'object' ? (x as Record<string, unknown>).text : undefined;
        if (typeof t !== 'string') throw notText(`${ia}.evidence[${k}].text`, t);
      }
    }
  }
  const asks = s.asks;
  if (!Array.isArray(asks)) throw notText('summary.asks', asks, 'an array of strings');
  for (let i = 0; i < asks.length; i++) if (typeof asks[i] !== 'string') throw notText(`summary.asks[${i}]`, asks[i]);
  return summary as StakeholderSummary;
}

// C0/C1 controls (newlines included) and the bidi embedding/override/isolate controls, which
// can make a name display as something else. Plain RTL text needs none of them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * One line of plain text: controls (newlines, bidi overrides) become a space, runs of spaces one space.
 *
 * @example
 * ```ts
 * plainLine('Fraud\nBcc: all\u202e'); // 'Fraud Bcc: all'
 * ```
 */
export function plainLine(s: string): string {
  if (typeof s !== 'string') throw notText('s', s);
  return s.replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Escape a plain-text line for CommonMark/GFM: `<`, `>` and an `&` that would start an entity
 * become entities,
 * inline markup characters get a backslash, and a line start that would open a block (heading,
 * list, quote, rule) is escaped. Characters that only matter after others (`(` after `]`,
 * `!` before `[`) are safe once `[` is escaped, so ordinary sentences stay readable.
 *
 * @example
 * ```ts
 * escapeMarkdown('# **bold** <b>'); // '\\# \\*\\*bold\\*\\* &lt;b&gt;'
 * escapeMarkdown('Catches 82 of every 100 (target: 85).'); // 'Catches 82 of every 100 (target: 85).'
 * ```
 */
export function escapeMarkdown(s: string): string {
  const line = plainLine(s)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
  // Block openers at the start of the line: # + - = and "1." / "1)".
  return line.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Options of {@link summaryToMarkdown} and {@link summaryToText}. */
export interface SummaryExportOptions {
  /** Write each item's evidence under it. @default false */
  evidence?: boolean;
}

/**
 * The summary as Markdown for chat and wikis: a title line, the status in bold with its reason,
 * the headline, one `###` heading per section with a bullet per sentence, and the asks as a
 * numbered list. Everything interpolated is escaped ({@link escapeMarkdown}): a metric named
 * `**bold** <script>` stays literal.
 *
 * @example
 * ```ts
 * const s = stakeholderSummary({ project: { name: '**Fraud** <v3>' }, now: '2026-11-16T09:00:00Z' }, { audience: 'executive' });
 * summaryToMarkdown(s).split('\n')[0]; // '## \\*\\*Fraud\\*\\* &lt;v3&gt; — Executive update, Nov 16, 2026'
 * ```
 */
export function summaryToMarkdown(summary: StakeholderSummary, options: SummaryExportOptions = {}): string {
  checkSummary(summary, Boolean(options?.evidence));
  const e = escapeMarkdown;
  const out: string[] = [];
  out.push(`## ${e(summary.title)}`);
  out.push('');
  out.push(`**${e(summary.statusLabel)}** — ${e(summary.statusReason)}`);
  out.push('');
  out.push(e(summary.headline));
  for (const s of summary.sections) {
    out.push('', `### ${e(s.title)}`, '');
    for (const it of s.items) {
      out.push(`- ${e(it.text)}`);
      if (options?.evidence) for (const ev of it.evidence ?? []) out.push(`  - ${e(ev.text)}`);
    }
  }
  if (summary.asks.length) {
    out.push('', `### ${e(summary.asksTitle)}`, '');
    summary.asks.forEach((a, i) => out.push(`${i + 1}. ${e(a)}`));
  }
  return out.join('\n') + '\n';
}

/**
 * The summary as plain text for e-mail: the same layout as {@link summaryToMarkdown} without
 * markup; every interpolated string is kept to one line with control characters removed.
 *
 * @example
 * ```ts
 * const s = stakeholderSummary({ project: { name: 'Fraud\nBcc: all' }, now: '2026-11-16T09:00:00Z' }, { audience: 'executive' });
 * summaryToText(s).split('\n')[0]; // 'Fraud Bcc: all — Executive update, Nov 16, 2026'
 * ```
 */
export function summaryToText(summary: StakeholderSummary, options: SummaryExportOptions = {}): string {
  checkSummary(summary, Boolean(options?.evidence));
  const p = plainLine;
  const out: string[] = [];
  out.push(p(summary.title));
  out.push('');
  out.push(`${p(summary.statusLabel)} — ${p(summary.statusReason)}`);
  out.push('');
  out.push(p(summary.headline));
  for (const s of summary.sections) {
    out.push('', p(s.title), '');
    for (const it of s.items) {
      out.push(`- ${p(it.text)}`);
      if (options?.evidence) for (const ev of it.evidence ?? []) out.push(`    ${p(ev.text)}`);
    }
  }
  if (summary.asks.length) {
    out.push('', p(summary.asksTitle), '');
    summary.asks.forEach((a, i) => out.push(`${i + 1}. ${p(a)}`));
  }
  return out.join('\n') + '\n';
}
