// Hostile strings in the summary area (issue 15, item 8): names, titles, asks and keys that
// try to become HTML, links, tables, headings or new lines, or to reach a prototype. They are
// data, not refusals: every one must come out of summaryToMarkdown / summaryToText whole and
// inert, and every key must survive in the keyed results. The refusals are in cases/summary.ts.
import {
  communicationPlan,
  defaultStakeholderGroups,
  plainLine,
  stakeholderSummary,
  summaryToMarkdown,
  summaryToText,
  type Audience,
  type StakeholderSummary,
  type SummaryFacts,
  type TeamMember,
} from '@sextant/core';
import { describe, expect, it } from 'vitest';

const AUDIENCES: Audience[] = ['executive', 'technical', 'business', 'legal'];
const NOW = '2026-11-16T09:00:00Z';

/** 10,000 characters of markup: `<b>|` 2,500 times. */
const LONG = '<b>|'.repeat(2500);

const HOSTILE: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '](javascript:alert(1))',
  '| a | b |\n|---|---|\n| c | d |',
  '`code` ``more``',
  '# heading',
  '1. not a list',
  '2) nor this',
  '> quote',
  '- [ ] task',
  '+ plus',
  '===',
  'line one\n# new block\n\n<script>x</script>',
  'crlf\r\n- item\u2028next\u2029para',
  '&lt;b&gt; &#x3C;i&#62; &amp;',
  '**bold** _em_ ~~strike~~',
  'C:\\path\\ trailing\\',
  '<https://evil.example>',
  '[ref]: javascript:alert(1)',
  'دقة النموذج',
  'abc\u202eevil\u2066x\u2069',
  '__proto__',
  'constructor',
  'toString',
  LONG,
];

/** Facts whose every name, title, ask, feature and group is a hostile string. */
function hostileFacts(): SummaryFacts {
  const ids = ['__proto__', 'constructor', 'toString'];
  return {
    project: { name: '# **Pwned** <script>alert(1)</script> [x](javascript:alert(1))\n# second line' },
    now: NOW,
    metrics: HOSTILE.map((name, i) => ({
      id: ids[i] ?? `m${i}`,
      name,
      value: i % 2 ? 0.7 : 0.9,
      target: 0.8,
      direction: 'higher' as const,
      unit: i % 3 === 0 ? 'ratio' : name.slice(0, 40),
      history: [0.8, 0.75, i % 2 ? 0.7 : 0.9],
      ...(i === 1 ? { meaning: { kind: 'catch-rate' as const, subject: HOSTILE[3] } } : {}),
    })),
    milestones: HOSTILE.map((name, i) => ({ name, due: i % 2 ? '2026-11-01' : '2026-12-01' })),
    risks: HOSTILE.map((title, i) => ({
      risk: {
        id: ids[i] ?? `R${i}`,
        title,
        category: i % 2 ? 'privacy-security' : 'regulatory',
        owner: HOSTILE[(i + 5) % HOSTILE.length],
      },
      score: {
        residual: { score: 10 + i, band: (['high', 'critical', 'medium'] as const)[i % 3] },
        overdueMitigations: i % 4 ? [] : ['M'],
      },
    })),
    fairness: [
      {
        id: '__proto__',
        metric: HOSTILE[0],
        feature: HOSTILE[6],
        // Own keys `__proto__` and `constructor`, as parsed JSON has them.
        result: {
          byGroup: JSON.parse('{"__proto__": 0.6, "constructor": 0.9, "toString": 0.8}') as Record<string, number>,
          difference: 0.3,
          ratio: 0.6667,
        } as never,
      },
    ],
    drift: {
      features: [
        { name: '__proto__', method: 'constructor', drifted: true, score: 0.5, threshold: 0.1 },
        { name: HOSTILE[15], method: 'toString', drifted: true, score: 0.4, threshold: 0.1 },
      ],
      driftedCount: 2,
      testedCount: 2,
      driftedShare: 1,
    } as never,
    dataQuality: {
      score: 50,
      breakdown: JSON.parse('{"constructor": {"score": 0.1}, "__proto__": {"score": 0.2}}') as never,
    } as never,
    asks: HOSTILE.map((text) => ({ text })),
    openQuestions: HOSTILE.map((question, i) => ({ id: `q${i}`, question })),
  };
}

/** Undo escapeMarkdown as a CommonMark reader would: backslash escapes and the three entities. */
function unescape(md: string): string {
  return md
    .replace(/\\([\\`*_[\]|~#+\-=.)])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A character that starts inline markup, HTML or an entity-free tag, without a backslash before it. */
const LIVE = /(^|[^\\])(\\\\)*[`*_[\]|~<>]/;
/** A line start that opens a block: heading, list, quote, rule, setext underline, indented code. */
const BLOCK = /^([#+\-=>]|\d+[.)]|\s)/;
/** What plainLine removes: controls and bidi overrides/isolates. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The writers' layout, line by line: the markup prefix and the plain-text string after it. */
function layout(s: StakeholderSummary, md: boolean): { prefix: string; text: string; suffix?: string }[] {
  const out: { prefix: string; text: string; suffix?: string }[] = [];
  const blank = () => out.push({ prefix: '', text: '' });
  out.push({ prefix: md ? '## ' : '', text: s.title });
  blank();
  out.push({ prefix: '', text: `${s.statusLabel}\u0000${s.statusReason}` });
  blank();
  out.push({ prefix: '', text: s.headline });
  for (const sec of s.sections) {
    blank();
    out.push({ prefix: md ? '### ' : '', text: sec.title });
    blank();
    for (const it of sec.items) {
      out.push({ prefix: '- ', text: it.text });
      for (const ev of it.evidence ?? []) out.push({ prefix: md ? '  - ' : '    ', text: ev.text });
    }
  }
  if (s.asks.length) {
    blank();
    out.push({ prefix: md ? '### ' : '', text: s.asksTitle });
    blank();
    s.asks.forEach((a, i) => out.push({ prefix: `${i + 1}. `, text: a }));
  }
  return out;
}

describe('hostile strings in stakeholder summaries', () => {
  const summaries = AUDIENCES.map((a) => stakeholderSummary(hostileFacts(), { audience: a }));

  it('the technical summary carries every hostile metric name whole (10,000 characters included)', () => {
    const s = summaries[1];
    const lines = s.sections.find((x) => x.id === 'metrics')!.items.map((i) => i.text);
    HOSTILE.forEach((name, i) => expect(lines[i].startsWith(`${name}: `), name.slice(0, 30)).toBe(true));
    expect(lines[HOSTILE.length - 1]).toContain(LONG);
  });

  it('summaryToMarkdown: every line is our markup around an inert, complete string', () => {
    for (const s of summaries) {
      const md = summaryToMarkdown(s, { evidence: true });
      expect(md.endsWith('\n')).toBe(true);
      const lines = md.slice(0, -1).split('\n');
      const want = layout(s, true);
      // No string added a line: a newline, U+2028 or CR inside a name stays inside its line.
      expect(lines.length, s.audience).toBe(want.length);
      want.forEach(({ prefix, text }, k) => {
        const line = lines[k];
        expect(line.startsWith(prefix), line.slice(0, 60)).toBe(true);
        let parts = [line.slice(prefix.length)];
        let texts = [text];
        if (text.includes('\u0000')) {
          // "**label** — reason": two strings around our own bold and dash.
          const m = /^\*\*(.*?)\*\* — (.*)$/.exec(line)!;
          expect(m, line).not.toBeNull();
          parts = [m[1], m[2]];
          texts = text.split('\u0000');
        }
        parts.forEach((body, j) => {
          expect(LIVE.test(body), `${s.audience} line ${k}: ${body.slice(0, 80)}`).toBe(false);
          expect(BLOCK.test(body), `${s.audience} line ${k}: ${body.slice(0, 80)}`).toBe(false);
          expect(body).not.toMatch(CONTROL);
          // Complete: read back, the line is exactly the string, as one plain line.
          expect(unescape(body)).toBe(plainLine(texts[j]));
        });
      });
      // Nothing of the attack survives as markup anywhere.
      expect(md).not.toMatch(/<script|<img|<https?:|<b>/i);
      expect(md).not.toMatch(/(^|[^\\])\]\(/m);
      expect(md).not.toMatch(/(^|[^\\])`/m);
      expect(md).not.toMatch(/^\s*\|/m);
      expect(md).not.toMatch(/^#(?!#{1,2} )/m);
    }
  });

  it('summaryToText: one line per string, controls gone, nothing cut', () => {
    for (const s of summaries) {
      const text = summaryToText(s, { evidence: true });
      const lines = text.slice(0, -1).split('\n');
      const want = layout(s, false);
      expect(lines.length, s.audience).toBe(want.length);
      want.forEach(({ prefix, text: t }, k) => {
        const expected = t.includes('\u0000')
          ? t
              .split('\u0000')
              .map((x) => plainLine(x))
              .join(' — ')
          : plainLine(t);
        expect(lines[k]).toBe(prefix + expected);
        expect(lines[k]).not.toMatch(CONTROL);
      });
    }
    // The 10,000-character name arrives whole in the technical e-mail.
    expect(summaryToText(summaries[1])).toContain(LONG);
  });

  it('the Markdown of the 10,000-character name reads back whole', () => {
    const md = summaryToMarkdown(summaries[1]);
    expect(unescape(md)).toContain(LONG);
    // Every "<" of it became "&lt;" and every "|" got its backslash: 2,500 of each.
    const line = md.split('\n').find((l) => l.includes('&lt;b&gt;\\|'))!;
    expect(line.split('&lt;b&gt;\\|').length - 1).toBeGreaterThanOrEqual(2500);
  });
});

describe('__proto__, constructor and toString as keys survive', () => {
  it('metric ids, fairness groups, drift methods and data-quality dimensions keep their names', () => {
    const technical = stakeholderSummary(hostileFacts(), { audience: 'technical' });
    expect(technical.trends.slice(0, 3).map((t) => t.metricId)).toEqual(['__proto__', 'constructor', 'toString']);
    const metricIds = technical.sections.find((x) => x.id === 'metrics')!.items.map((i) => i.metricId);
    expect(metricIds.slice(0, 3)).toEqual(['__proto__', 'constructor', 'toString']);
    const fairness = technical.sections.find((x) => x.id === 'fairness')!.items[0].text;
    // byGroup {__proto__: 0.6, constructor: 0.9, toString: 0.8}: lowest __proto__, highest constructor.
    expect(fairness).toContain('lowest __proto__ at 0.600, highest constructor at 0.900');
    const drift = technical.sections.find((x) => x.id === 'drift')!.items.map((i) => i.text);
    // The method names are not in the catalogue's table: printed as given, not as Object's members.
    expect(drift[1]).toBe('__proto__ is drifting (constructor 0.5, threshold 0.1).');
    expect(drift[2]).toContain('(toString 0.4, threshold 0.1)');
    const dq = technical.sections.find((x) => x.id === 'data-quality')!.items[0].text;
    // Weakest of constructor 0.1 and __proto__ 0.2.
    expect(dq).toBe('Data Quality Index 50 / 100 (threshold 80); weakest dimension: constructor at 0.100.');
    expect(technical.asks).toContain('Fix the constructor problems in the data feeding the model.');
    const legal = stakeholderSummary(hostileFacts(), { audience: 'legal' });
    expect(legal.sections.find((x) => x.id === 'fairness')!.items[0].text).toContain(
      'the group “__proto__” is served least well',
    );
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('communicationPlan and defaultStakeholderGroups keep group and member ids named like prototype members', () => {
    const names = ['__proto__', 'constructor', 'toString'];
    const members: TeamMember[] = names.map((id, i) => ({
      id,
      name: HOSTILE[i],
      timeZone: ['Europe/London', 'Europe/Berlin', 'Europe/Paris'][i],
      workHours: { start: '09:00', end: '17:00' },
      workDays: [1, 2, 3, 4, 5],
    }));
    const groups = defaultStakeholderGroups({ executive: names, legal: ['toString'] });
    expect(groups.map((g) => g.memberIds)).toEqual([names, ['toString']]);
    const plan = communicationPlan(
      [...groups, { id: '__proto__', name: HOSTILE[1], cadence: 'weekly', channel: HOSTILE[6], memberIds: names }],
      { from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z', members },
    );
    expect(plan.groups.map((g) => g.id)).toEqual(['executive', 'legal', '__proto__']);
    expect(plan.groups[2].name).toBe(HOSTILE[1]);
    expect(plan.groups[2].channel).toBe(HOSTILE[6]);
    expect(plan.groups[2].burden.map((b) => b.id)).toEqual(names);
    // Four weeks, weekly: four updates, each with all three members, London/Berlin/Paris overlap.
    expect(plan.groups[2].updates).toHaveLength(4);
    expect(plan.groups[2].allInside).toBe(true);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
