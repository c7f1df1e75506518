import { okrProgress, okrTrackerView, sprintBurndownView } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const progress = okrProgress(
  {
    id: 'o',
    title: 'O',
    period: { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    keyResults: [{ id: 'k', title: 'K', metric: 'm', baseline: 0, target: 1e308, direction: 'higher', unit: '%' }],
  },
  { now: '2026-02-15T00:00:00Z', values: { m: 2.5e307 } },
);

describe('okrTrackerView', () => {
  it('formats huge values in scientific notation and units as given', () => {
    const k = okrTrackerView([progress]).objectives[0].keyResults[0];
    expect([k.currentText, k.targetText, k.progressPercentText, k.expectedPercentText]).toEqual([
      '2.5E307%',
      '1E308%',
      '25%',
      '50%',
    ]);
    expect(k.progressPercent).toBeCloseTo(25, 12);
  });
  it('refuses what is not an okrProgress result, and a locale Intl does not know', () => {
    expect(codeOf(() => okrTrackerView({ length: 2 ** 53 - 1 } as never))).toBe('INVALID_VALUE');
    const e = thrown(() => okrTrackerView([{ ...progress, keyResults: [{ ...progress.keyResults[0], progress: NaN }] }]));
    expect([e.code, e.argument]).toEqual(['INVALID_VALUE', 'results[0].keyResults[0]']);
    expect(codeOf(() => okrTrackerView([progress], { locale: 'not a locale!' }))).toBe('INVALID_OPTION');
    expect(okrTrackerView([]).emptyText).toBe('No objectives for this period yet.');
  });
});

describe('sprintBurndownView', () => {
  it('refuses what is not a sprintBurndown result, and points without estimates', () => {
    expect(codeOf(() => sprintBurndownView(null as never))).toBe('INVALID_VALUE');
    const ok = {
      committed: { cards: 1, points: null },
      ideal: [{ date: '2026-03-02', at: '', cards: 0, points: null }],
      days: [],
    };
    expect(sprintBurndownView(ok as never).summary).toBe('The sprint has not started yet.');
    expect(codeOf(() => sprintBurndownView(ok as never, { measure: 'points' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => sprintBurndownView({ ...ok, days: new DataView(new ArrayBuffer(8)) } as never))).toBe('INVALID_VALUE');
  });
});
