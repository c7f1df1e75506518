import {
  impactAssessment,
  impactAssessmentToMarkdown,
  metricFrame,
  modelCard,
  modelCardToMarkdown,
  recallScore,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';
import { NOW, fullFacts, yPred, yTrue } from './fixtures';

/** Table delimiters: pipes not escaped by a backslash. */
const pipes = (line: string) => (line.match(/(^|[^\\])\|/g) ?? []).length;

describe('modelCardToMarkdown', () => {
  it('writes the title, completeness, one ## per section, metric tables and sources', () => {
    const md = modelCardToMarkdown(modelCard(fullFacts(), { now: NOW }));
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Model card: Fraud scorer 7.2');
    expect(lines[2]).toBe('_2026-06-30T12:00:00.000Z · 30 of 30 expected facts recorded (100%)_');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Model details',
      '## Intended use',
      '## Factors',
      '## Metrics',
      '## Evaluation data',
      '## Training data',
      '## Quantitative analyses',
      '## Ethical considerations',
      '## Caveats and recommendations',
    ]);
    const head = lines.indexOf('| Group | Rows | Recall |');
    expect(lines.slice(head - 2, head + 6)).toEqual([
      '**Recall by region, with 90% intervals**',
      '',
      '| Group | Rows | Recall |',
      '| --- | ---: | ---: |',
      '| All rows | 10 | 0.67 (0.50–0.83) |',
      '| north | 6 | 0.75 (0.50–1.00) |',
      '| south | 4 | 0.50 (0.00–1.00) |',
      '| Difference (max − min) |   | 0.25 (0.00–0.75) |',
    ]);
    expect(md).toContain('- **Owners:** Risk ML team');
    expect(md).toContain('- **Primary intended uses:** Hold suspicious card payments for review');
    expect(md).toContain(
      '_Sources: given by the team (facts.model.version, facts.model.type, facts.model.description, facts.model.owners, facts.model.date, facts.model.license, facts.model.contact, facts.model.references)_',
    );
    expect(md).toContain('_Sources: bootstrapFairness intervals (facts.metrics\\[0\\])_');
    expect(md).toContain('- **Version:** 7.2\n');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('lists missing facts under each section', () => {
    const md = modelCardToMarkdown(modelCard({ model: { name: 'm' } }, { now: NOW }));
    const at = md.indexOf('## Intended use');
    expect(md.slice(at, md.indexOf('## Factors'))).toBe(
      '## Intended use\n\n**Missing:**\n\n- Not recorded: Primary intended uses.\n- Not recorded: Primary intended users.\n- Not recorded: Out-of-scope uses.\n\n',
    );
  });

  it('keeps hostile strings inert: one cell per label, no HTML, no new rows', () => {
    const groups = ['| <script>alert(1)</script>', 'a\n| b | c |', '__proto__', '**bold** [x](javascript:1)'];
    const sf = yTrue.map((_, i) => groups[i % 4]);
    const card = modelCard(
      {
        model: { name: '# <img src=x onerror=alert(1)>', owners: ['<b>me</b>'] },
        metrics: [
          { name: 'Re|call', feature: '<i>f</i>', frame: metricFrame(recallScore, yTrue, yPred, { sensitiveFeatures: sf }) },
        ],
      },
      { now: NOW },
    );
    const md = modelCardToMarkdown(card);
    expect(md).not.toMatch(/<(script|img|b|i)\b/);
    expect(md.split('\n')[0]).toBe('# Model card: # &lt;img src=x onerror=alert(1)&gt;');
    const lines = md.split('\n');
    const head = lines.findIndex((l) => l.startsWith('| Group |'));
    const table = lines.slice(head, lines.indexOf('', head));
    // Header, rule, all rows, 4 groups, difference: every line has the header's 4 delimiters.
    expect(table).toHaveLength(8);
    for (const l of table) expect(pipes(l)).toBe(4);
    expect(table).toContain('| \\| &lt;script&gt;alert(1)&lt;/script&gt; | 3 | 1.00 |');
    expect(table.some((l) => l.startsWith('| a \\| b \\| c \\| |'))).toBe(true);
  });

  it('refuses what is not a card', () => {
    expect(thrown(() => modelCardToMarkdown(null as never)).argument).toBe('card');
    expect(thrown(() => modelCardToMarkdown({ sections: 3 } as never)).code).toBe('INVALID_VALUE');
  });
});

describe('impactAssessmentToMarkdown', () => {
  it('writes each function, each question with its status and evidence, and the open questions', () => {
    const a = impactAssessment(
      { model: { name: 'Scorer' }, answers: { 'manage-audit': { answer: 'Audited by <b>X</b>.', by: 'QA' } } },
      { now: NOW },
    );
    const md = impactAssessmentToMarkdown(a);
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Govern',
      '## Map',
      '## Measure',
      '## Manage',
      '## 14 open questions',
    ]);
    expect(md).toContain(
      '- **Has an independent third party audited the system?** — Answered by QA\n  Audited by &lt;b&gt;X&lt;/b&gt;.',
    );
    expect(md).toContain('- **Has an ethics review board reviewed the system?** — Needs an answer\n');
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(14);
    expect(thrown(() => impactAssessmentToMarkdown({} as never)).argument).toBe('assessment');
  });
});
