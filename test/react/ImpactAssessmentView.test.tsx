/**
 * ImpactAssessmentView: conformance, the NIST AI RMF functions as headings, open questions
 * listed first and flagged in place, findings as text, evidence behind a disclosure, copy as
 * Markdown, and the designed states.
 */
import { impactAssessment, impactAssessmentToMarkdown } from '@sextant/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImpactAssessmentView, type ImpactAssessmentViewProps } from '../../packages/react/src';
import { describeConformance } from '../support/conformance';
import { GOVERNANCE_NOW, emptyCardFacts, fraudAssessmentFacts, hostileCardFacts } from '../../stories/data/governance';

const fraud = fraudAssessmentFacts();
const NOW = GOVERNANCE_NOW;

describeConformance<ImpactAssessmentViewProps>('ImpactAssessmentView', {
  Component: ImpactAssessmentView,
  validProps: { facts: fraud, now: NOW },
  invalidProps: { facts: { ...fraud, answers: { nope: { answer: 'x' } } }, now: NOW },
  accessibleName: 'AI impact assessment: Fraud scorer 7.2',
  errorText: /facts\.answers\["nope"\]/,
});

afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  vi.useRealTimers();
});

describe('ImpactAssessmentView', () => {
  it('lists the open questions first, then Govern, Map, Measure and Manage', () => {
    render(<ImpactAssessmentView facts={fraud} now={NOW} />);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      '2 open questions',
      'Govern',
      'Map',
      'Measure',
      'Manage',
    ]);
    const open = screen.getByRole('region', { name: '2 open questions' });
    expect(
      within(open)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'GOVERN Has an ethics review board reviewed the system?'.replace('GOVERN', 'Govern'),
      'Manage Has an independent third party audited the system?',
    ]);
    expect(screen.getByText('14 of 16 questions answered · 2 open · 4 concerns')).toBeTruthy();
  });

  it('shows each answer with its status and finding in words, and the evidence behind a disclosure', async () => {
    const user = userEvent.setup();
    render(<ImpactAssessmentView facts={fraud} now={NOW} />);
    const measure = screen.getByRole('region', { name: 'Measure' });
    const items = within(measure)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    const fairness = items.find((li) => li.textContent?.startsWith('Are differences between groups'))!;
    expect(within(fairness).getByText('Answered from evidence')).toBeTruthy();
    expect(within(fairness).getByText('Concern')).toBeTruthy();
    const summary = within(fairness).getByText('Evidence (2)');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText('facts.metrics[0].frame.difference')).toBeTruthy();
    const govern = screen.getByRole('region', { name: 'Govern' });
    const ethics = within(govern)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Has an ethics review board'))!;
    expect(ethics.getAttribute('data-status')).toBe('needs-answer');
    expect(within(ethics).getByText('Needs an answer')).toBeTruthy();
  });

  it('copies the assessment as Markdown', async () => {
    // The confirmation's 2.5 s timer advances only when told (real time under load ran it out).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ImpactAssessmentView facts={fraud} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await act(async () => {});
    expect(writeText).toHaveBeenCalledWith(impactAssessmentToMarkdown(impactAssessment(fraud, { now: NOW })));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('empty and hostile facts', () => {
    const { unmount, container } = render(<ImpactAssessmentView facts={emptyCardFacts()} now={NOW} />);
    expect(screen.getByRole('heading', { name: '15 open questions' })).toBeTruthy();
    unmount();
    render(
      <ImpactAssessmentView
        facts={{ ...hostileCardFacts(), answers: { 'manage-audit': { answer: '<script>alert(1)</script>', by: '__proto__' } } }}
        now={NOW}
      />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByText('Answered by __proto__')).toBeTruthy();
  });

  it('thresholds reach core', () => {
    render(<ImpactAssessmentView facts={fraud} now={NOW} thresholds={{ fairnessThreshold: 0.5 }} />);
    expect(screen.getByText('14 of 16 questions answered · 2 open · 3 concerns')).toBeTruthy();
  });
});
