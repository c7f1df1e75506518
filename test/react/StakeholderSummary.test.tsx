/**
 * StakeholderSummary: conformance, the audience tablist (click, arrows, Home/End, RTL),
 * controlled and uncontrolled audience, copy as Markdown (clipboard, announcement, failure),
 * evidence disclosure, sparklines beside metrics with history, empty and hostile facts.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StakeholderSummary, tabKeyTarget, type StakeholderSummaryProps } from '@sextant/react';
import { summaryMessagesFr, type Audience } from '@sextant/core';
import { describeConformance } from '../support/conformance';
import { emptyProjectFacts, fraudProjectFacts, hostileProjectFacts } from '../../stories/data/summary';

const fraud = fraudProjectFacts();

describeConformance<StakeholderSummaryProps>('StakeholderSummary', {
  Component: StakeholderSummary,
  validProps: { facts: fraud, title: 'Fraud model update' },
  invalidProps: { facts: { ...fraud, now: '2026-11-16 09:00' }, title: 'Fraud model update' },
  accessibleName: 'Fraud model update',
  errorText: /facts\.now "2026-11-16 09:00" is not an instant/,
});

const tabs = () => screen.getAllByRole('tab');
const selected = () => screen.getByRole('tab', { selected: true }).textContent;

describe('tabKeyTarget', () => {
  it('moves with arrows (wrapping), jumps with Home/End, swaps arrows in RTL', () => {
    expect(tabKeyTarget('ArrowRight', 0, 4)).toBe(1);
    expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0);
    expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3);
    expect(tabKeyTarget('Home', 2, 4)).toBe(0);
    expect(tabKeyTarget('End', 0, 4)).toBe(3);
    expect(tabKeyTarget('ArrowRight', 0, 4, true)).toBe(3);
    expect(tabKeyTarget('ArrowLeft', 0, 4, true)).toBe(1);
    expect(tabKeyTarget('Enter', 0, 4)).toBeNull();
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('StakeholderSummary', () => {
  afterEach(() => vi.useRealTimers());

  it('is titled by the project and opens on the executive summary', () => {
    render(<StakeholderSummary facts={fraud} />);
    expect(screen.getByRole('region', { name: 'Card-fraud detection v3' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: 'Audience' })).toBeTruthy();
    expect(tabs().map((t) => t.textContent)).toEqual(['Executive', 'Technical', 'Business', 'Legal & compliance']);
    expect(selected()).toBe('Executive');
    const panel = screen.getByRole('tabpanel', { name: 'Executive' });
    expect(within(panel).getByText('Off track')).toBeTruthy();
    expect(within(panel).getByText('The milestone “Shadow-mode launch” was due on Nov 13, 2026 and is not done.')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: 'Decisions needed', level: 4 })).toBeTruthy();
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Agree a new date for “Shadow-mode launch”.');
  });

  it('switches audience by keyboard: one tab stop, arrows move and select, focus follows', async () => {
    const user = userEvent.setup();
    const onAudienceChange = vi.fn();
    render(<StakeholderSummary facts={fraud} onAudienceChange={onAudienceChange} />);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    // The header's copy button comes first, then the tablist's one stop.
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(tabs()[0]);
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe('Technical');
    expect(document.activeElement).toBe(tabs()[1]);
    expect(screen.getByRole('tabpanel', { name: 'Technical' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Model metrics' })).toBeTruthy();
    await user.keyboard('{End}');
    expect(selected()).toBe('Legal & compliance');
    await user.keyboard('{ArrowRight}');
    expect(selected()).toBe('Executive');
    await user.keyboard('{ArrowLeft}');
    expect(selected()).toBe('Legal & compliance');
    expect(onAudienceChange.mock.calls.map((c) => c[0])).toEqual(['technical', 'legal', 'executive', 'legal']);
    // Tab from the tablist goes to the panel, not to the other tabs.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
  });

  it('controlled: the parent owns the audience', async () => {
    const user = userEvent.setup();
    function Host() {
      const [a, setA] = useState<Audience>('business');
      return (
        <>
          <p data-testid="shown">{a}</p>
          <StakeholderSummary facts={fraud} audience={a} onAudienceChange={setA} />
        </>
      );
    }
    render(<Host />);
    expect(selected()).toBe('Business');
    await user.click(screen.getByRole('tab', { name: 'Legal & compliance' }));
    expect(screen.getByTestId('shown').textContent).toBe('legal');
    expect(screen.getByRole('heading', { name: 'Privacy and data protection' })).toBeTruthy();
  });

  it('copies the shown audience as Markdown, says so visibly and in a polite live region', async () => {
    // Fake timers that advance only when told: under load, real time would run out the
    // confirmation's 2.5 s while the queries below run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopyMarkdown = vi.fn();
    render(<StakeholderSummary facts={fraud} defaultAudience="technical" onCopyMarkdown={onCopyMarkdown} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await act(async () => {});
    expect(writeText).toHaveBeenCalledTimes(1);
    const md = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(md.split('\n')[0]).toBe('## Card-fraud detection v3 — Technical update, Nov 16, 2026');
    expect(md).toContain('### Model metrics');
    expect(onCopyMarkdown).toHaveBeenCalledWith(md, 'technical');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('Technical summary copied as Markdown.');
    await act(() => vi.advanceTimersByTimeAsync(2600));
    expect(screen.getByRole('button', { name: 'Copy as Markdown' })).toBeTruthy();
    expect(live.textContent).toBe('');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    render(<StakeholderSummary facts={fraud} />);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(screen.getByRole('status').textContent).toBe('Copy failed: select the text and copy it by hand.');
    // The Markdown is there to copy by hand, selected, in a labelled text box.
    const area = screen.getByRole('textbox', { name: 'Copy as Markdown' }) as HTMLTextAreaElement;
    expect(area.value.split('\n')[0]).toBe('## Card-fraud detection v3 — Executive update, Nov 16, 2026');
    // Selected by an effect after the render that shows the textarea: wait for it (a loaded CI
    // machine ran the assertion before the effect once).
    await waitFor(() => expect(area.selectionEnd - area.selectionStart).toBe(area.value.length));
  });

  it('discloses the evidence behind a sentence', async () => {
    const user = userEvent.setup();
    render(<StakeholderSummary facts={fraud} defaultAudience="business" />);
    const item = screen.getByText('Catches 82 of every 100 fraudulent transactions (target: 85).').closest('li')!;
    const toggle = within(item).getByRole('button', { name: 'Evidence (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.textContent).toMatch(/^Recall: 0\.8\d\d \(threshold 0\.850\)$/);
    // The sparkline's text alternative is beside the same sentence.
    expect(item.textContent).toMatch(
      /The share of fraudulent transactions caught over 6 periods: from 0\.8\d\d to 0\.8\d\d, getting worse\./,
    );
    expect(item.querySelector('svg[aria-hidden="true"] path')).toBeTruthy();
  });

  it('shows the empty state and French when asked', () => {
    const { unmount } = render(<StakeholderSummary facts={emptyProjectFacts()} />);
    expect(
      screen.getByText('Nothing to report yet: no metrics, milestones or risks have been recorded for this project.'),
    ).toBeTruthy();
    expect(screen.getByText('No metrics, milestones or risks are recorded yet.')).toBeTruthy();
    unmount();
    render(<StakeholderSummary facts={fraud} messages={summaryMessagesFr} locale="fr-FR" />);
    expect(tabs().map((t) => t.textContent)).toEqual(['Direction', 'Technique', 'Métier', 'Juridique et conformité']);
    expect(screen.getByRole('button', { name: 'Copier en Markdown' })).toBeTruthy();
    expect(screen.getByText('Rapport du 16 nov. 2026')).toBeTruthy();
  });

  it('renders hostile names as text', () => {
    const { container } = render(<StakeholderSummary facts={hostileProjectFacts()} defaultAudience="technical" />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      '# **Pwned** <script>alert(1)</script> [click](javascript:alert(1))',
    );
    expect(screen.getByText(/^\*\*bold\*\* <script>x<\/script>: 0\.700/)).toBeTruthy();
  });

  it('refuses a bad audiences list inside the widget', () => {
    render(<StakeholderSummary facts={fraud} audiences={['executive', 'board' as Audience]} />);
    expect(screen.getByRole('alert').textContent).toMatch(/audiences\[1\] must be executive, technical, business or legal/);
  });
});
