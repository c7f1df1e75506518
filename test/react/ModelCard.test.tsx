/**
 * ModelCard: conformance, the card's sections as headings under the title, metric tables with
 * captions and intervals, per-section missing notices, the section navigation (toggle, links
 * that move focus, arrow keys, Escape), copy as Markdown (clipboard, announcement, fallback
 * textarea), and the designed states: empty, one metric, many groups, error, hostile strings.
 */
import { modelCard, modelCardToMarkdown, type ModelCardFacts } from '@sextant/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelCard, navKeyTarget, type ModelCardProps } from '../../packages/react/src';
import { describeConformance } from '../support/conformance';
import {
  GOVERNANCE_NOW,
  emptyCardFacts,
  fraudCardFacts,
  hostileCardFacts,
  manyGroupsFacts,
  oneMetricFacts,
} from '../../stories/data/governance';

const fraud = fraudCardFacts();
const NOW = GOVERNANCE_NOW;

describeConformance<ModelCardProps>('ModelCard', {
  Component: ModelCard,
  validProps: { facts: fraud, now: NOW },
  invalidProps: { facts: { ...fraud, model: { name: 'Fraud scorer', date: '2026-06-02 09:00' } }, now: NOW },
  accessibleName: 'Model card: Fraud scorer 7.2',
  errorText: /facts\.model\.date "2026-06-02 09:00"/,
});

afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('ModelCard', () => {
  it("renders the nine sections as headings one level below the title, in Mitchell et al.'s order", () => {
    render(<ModelCard facts={fraud} now={NOW} />);
    const region = screen.getByRole('region', { name: 'Model card: Fraud scorer 7.2' });
    expect(within(region).getByRole('heading', { level: 3 }).textContent).toBe('Model card: Fraud scorer 7.2');
    expect(
      within(region)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual([
      'Model details',
      'Intended use',
      'Factors',
      'Metrics',
      'Evaluation data',
      'Training data',
      'Quantitative analyses',
      'Ethical considerations',
      'Caveats and recommendations',
    ]);
    // The completeness sentence is the widget's description.
    expect(region.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('28 of 30 expected facts recorded (93.3%)')).toBeTruthy();
    expect(region.getAttribute('data-missing')).toBe('2');
  });

  it('shows each metric table with its caption, group rows and intervals as core wrote them', () => {
    render(<ModelCard facts={fraud} now={NOW} />);
    const card = modelCard(fraud, { now: NOW });
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    const recall = screen.getByRole('table', { name: 'Recall by region, with 90% intervals' });
    const rows = within(recall).getAllByRole('row');
    expect(
      rows.map((r) =>
        within(r)
          .queryAllByRole('columnheader')
          .map((c) => c.textContent),
      )[0],
    ).toEqual(['Group', 'Rows', 'Recall']);
    const expected = card.sections[6].items[0];
    if (expected.kind !== 'table') throw new Error('first analysis item is a table');
    expect(rows.slice(1).map((r) => r.textContent)).toEqual(
      expected.rows.map((r) => r.label + r.cells.map((c) => c.text).join('')),
    );
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('All rows');
    // "0.90 (0.85–0.94)": value and interval, the interval quieter.
    expect(rows[1].textContent).toMatch(/^All rows3000\d\.\d\d \(\d\.\d\d–\d\.\d\d\)$/);
  });

  it('flags what is missing per section and says where each fact came from', () => {
    render(<ModelCard facts={fraud} now={NOW} />);
    const details = screen.getByRole('region', { name: 'Model details' });
    expect(within(details).getByText('Not recorded: Licence.')).toBeTruthy();
    expect(within(details).getByText(/^Sources:/).textContent).toContain('given by the team (facts.model.version');
    const training = screen.getByRole('region', { name: 'Training data' });
    expect(within(training).getByText('Not recorded: Preprocessing.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Intended use' })).queryByText(/^Not recorded/)).toBeNull();
  });

  it('empty: only the name given, every section says what is missing and nothing is invented', () => {
    render(<ModelCard facts={emptyCardFacts()} now={NOW} />);
    expect(screen.getByText('0 of 30 expected facts recorded (0%)')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    for (const name of ['Model details', 'Intended use', 'Quantitative analyses', 'Caveats and recommendations']) {
      expect(within(screen.getByRole('region', { name })).getByText('Missing')).toBeTruthy();
    }
    expect(screen.getByText('Not recorded: Results overall and by group.')).toBeTruthy();
  });

  it('one metric over one group: a table of three rows and its intervals missing', () => {
    render(<ModelCard facts={oneMetricFacts()} now={NOW} />);
    const table = screen.getByRole('table', { name: 'Recall by all payments' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('Not recorded: Confidence intervals — Recall / all payments.')).toBeTruthy();
  });

  it('many groups: twelve market rows in a focusable scroll container', () => {
    render(<ModelCard facts={manyGroupsFacts()} now={NOW} />);
    const table = screen.getByRole('table', { name: 'Recall by market, with 90% intervals' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 1 + 12 + 1);
    const scroll = table.parentElement!;
    expect(scroll.tabIndex).toBe(0);
    expect(scroll.getAttribute('aria-label')).toBe('Recall by market, with 90% intervals');
  });

  it('hostile strings stay text', () => {
    const { container } = render(<ModelCard facts={hostileCardFacts()} now={NOW} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Model card: <img src=x onerror=alert(1)> | __proto__ toString',
    );
    const table = screen.getByRole('table');
    const labels = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(labels).toContain('__proto__');
    expect(labels).toContain('| <script>alert(1)</script> |');
    expect(labels).toContain('طلب استرداد الأموال');
    expect(screen.getByText('**not bold** [not a link](javascript:alert(1))')).toBeTruthy();
  });

  it('refuses bad props inside the widget: a bad instant for now', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<ModelCard facts={fraud} now="30/06/2026" />);
    expect(screen.getByRole('alert').textContent).toMatch(/options\.now/);
    expect(screen.queryByRole('button', { name: 'Copy as Markdown' })).toBeNull();
  });

  it('section navigation: a toggle, links that move focus to the heading, arrows, Home/End and Escape', async () => {
    const user = userEvent.setup();
    render(<ModelCard facts={fraud} now={NOW} defaultNavOpen />);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const toggle = within(nav).getByRole('button', { name: 'Sections' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Model details, Missing: 1',
      'Intended use',
      'Factors',
      'Metrics',
      'Evaluation data',
      'Training data, Missing: 1',
      'Quantitative analyses',
      'Ethical considerations',
      'Caveats and recommendations',
    ]);
    await user.click(links[6]);
    expect(document.activeElement?.textContent).toBe('Quantitative analyses');
    expect(document.activeElement?.tagName).toBe('H4');
    links[0].focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(links[8]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(links[0]);
    await user.keyboard('{ArrowUp}{Home}');
    expect(document.activeElement).toBe(links[0]);
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('Model details');
    links[2].focus();
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    expect(screen.queryByRole('link')).toBeNull();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('navigation open state can be controlled', async () => {
    const user = userEvent.setup();
    const onNavOpenChange = vi.fn();
    render(<ModelCard facts={fraud} now={NOW} navOpen={false} onNavOpenChange={onNavOpenChange} />);
    await user.click(screen.getByRole('button', { name: 'Sections' }));
    expect(onNavOpenChange).toHaveBeenCalledWith(true);
    // Controlled and the host declined: still closed.
    expect(screen.getByRole('button', { name: 'Sections' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('copies the card as Markdown, confirms and announces "Copied" politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopyMarkdown = vi.fn();
    render(<ModelCard facts={fraud} now={NOW} onCopyMarkdown={onCopyMarkdown} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const md = modelCardToMarkdown(modelCard(fraud, { now: NOW }));
    expect(writeText).toHaveBeenCalledWith(md);
    expect(onCopyMarkdown).toHaveBeenCalledWith(md);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Copied');
  });

  it('where the clipboard refuses, selects the Markdown in a textarea and says how to copy it', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    // jsdom has no copy command: the fallback leaves the text selected.
    render(<ModelCard facts={emptyCardFacts()} now={NOW} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/press Ctrl\+C/);
    const area = screen.getByRole('textbox', { name: 'Copy as Markdown' }) as HTMLTextAreaElement;
    expect(area.value.split('\n')[0]).toBe('# Model card: Churn model');
    await waitFor(() => expect(document.activeElement).toBe(area));
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
  });

  it('takes the legacy copy command when it works, and returns focus to the button', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      render(<ModelCard facts={emptyCardFacts()} now={NOW} />);
      await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
      const button = await screen.findByRole('button', { name: 'Copied' });
      expect(exec).toHaveBeenCalledWith('copy');
      expect(screen.queryByRole('textbox')).toBeNull();
      expect(document.activeElement).toBe(button);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('the label returns after the confirmation, and the live region empties for the next copy', async () => {
    // Fake timers that advance only when told: under load, real time would run out the
    // confirmation's 2.5 s while the queries below run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() }, configurable: true });
    render(<ModelCard facts={emptyCardFacts()} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await act(async () => {});
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(3000);
    });
    expect(screen.getByRole('button', { name: 'Copy as Markdown' })).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });

  it('messages replace the catalogue', () => {
    const facts: ModelCardFacts = emptyCardFacts();
    render(<ModelCard facts={facts} now={NOW} messages={{ copyMarkdown: 'Als Markdown kopieren', sectionsNav: 'Abschnitte' }} />);
    expect(screen.getByRole('button', { name: 'Als Markdown kopieren' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Abschnitte' })).toBeTruthy();
  });
});

describe('navKeyTarget', () => {
  it('wraps arrows, jumps Home/End, closes on Escape, ignores the rest', () => {
    expect(navKeyTarget('ArrowDown', 8, 9)).toBe(0);
    expect(navKeyTarget('ArrowUp', 0, 9)).toBe(8);
    expect(navKeyTarget('Home', 4, 9)).toBe(0);
    expect(navKeyTarget('End', 4, 9)).toBe(8);
    expect(navKeyTarget('Escape', 4, 9)).toBe('close');
    expect(navKeyTarget('a', 4, 9)).toBeNull();
    expect(navKeyTarget('ArrowDown', 0, 0)).toBeNull();
  });
});
