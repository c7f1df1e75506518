import { escapeMarkdown, plainLine, stakeholderSummary, summaryToMarkdown, summaryToText, type Audience } from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fraudProjectFacts, hostileProjectFacts } from '../../../stories/data/summary';

const AUDIENCES: Audience[] = ['executive', 'technical', 'business', 'legal'];

/** Undo escapeMarkdown as a CommonMark reader would: backslash escapes and the three entities. */
function unescape(md: string): string {
  return md
    .replace(/\\([\\`*_[\]|~#+\-=.)])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Characters that start inline markup or HTML, not preceded by a backslash. */
const LIVE = /(^|[^\\])(\\\\)*[`*_[\]|~<>]/;

describe('escapeMarkdown', () => {
  it('a metric named **bold** <script> stays literal', () => {
    expect(escapeMarkdown('**bold** <script>x</script>')).toBe('\\*\\*bold\\*\\* &lt;script&gt;x&lt;/script&gt;');
    expect(escapeMarkdown('# Heading')).toBe('\\# Heading');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeMarkdown('a &amp; b & c')).toBe('a &amp;amp; b & c');
    expect(escapeMarkdown('line\nbreak\u202e')).toBe('line break');
    // Ordinary sentences stay readable.
    expect(escapeMarkdown('Catches 82 of every 100 fraudulent transactions (target: 85).')).toBe(
      'Catches 82 of every 100 fraudulent transactions (target: 85).',
    );
  });

  it('leaves no live markup and reads back as the plain line (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab #*_[]()`<>&|~!-+=.1\\\n;lt'.split('')), maxLength: 40 }), (s) => {
        const e = escapeMarkdown(s);
        expect(LIVE.test(e)).toBe(false);
        expect(e).not.toMatch(/^[#+\-=]|^\d+[.)]/);
        expect(e).not.toContain('\n');
        expect(unescape(e)).toBe(plainLine(s));
      }),
    );
  });
});

describe('summaryToMarkdown / summaryToText', () => {
  it('lays out the fraud summary for a wiki', () => {
    const md = summaryToMarkdown(stakeholderSummary(fraudProjectFacts(), { audience: 'executive' }));
    const lines = md.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '## Card\\-fraud detection v3 — Executive update, Nov 16, 2026'.replace('\\-', '-'),
      '',
      '**Off track** — The milestone “Shadow-mode launch” was due on Nov 13, 2026 and is not done.',
      '',
      'Card-fraud detection v3 is off track and needs 3 decisions.',
    ]);
    expect(lines).toContain('### Decisions needed');
    expect(lines).toContain('1. Agree a new date for “Shadow-mode launch”.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('hostile names come out inert in every audience', () => {
    for (const audience of AUDIENCES) {
      const s = stakeholderSummary(hostileProjectFacts(), { audience });
      const md = summaryToMarkdown(s, { evidence: true });
      expect(md).not.toMatch(/<script|<img|[^\\]\]\(/);
      for (const line of md.split('\n')) {
        // Our own markup only: headings, bold status, bullets, numbered asks; the rest escaped.
        const body = line.replace(/^(#{2,3} |- | {2}- |\d+\. |\*\*[^*]+\*\* — )/, '');
        expect(LIVE.test(body), line).toBe(false);
      }
      expect(md.split('\n')[0]).toBe(
        '## \\# \\*\\*Pwned\\*\\* &lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1)) — ' +
          `${s.audienceLabel.replace('&', '&')} update, Nov 16, 2026`,
      );
      const text = summaryToText(s);
      // The risk title's newline cannot start a fake list line in e-mail.
      expect(text).not.toMatch(/\n- \[ \] fake task/);
      expect(text).toContain('| table | injection | - [ ] fake task');
    }
  });
});
