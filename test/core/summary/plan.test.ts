import { communicationPlan, defaultStakeholderGroups, summaryMessagesFr, type TeamMember } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../support/errors';

const WEEK = [1, 2, 3, 4, 5];
const members: TeamMember[] = [
  { id: 'cto', name: 'Dana', timeZone: 'Europe/London', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  { id: 'pm', name: 'Ravi', timeZone: 'Asia/Kolkata', workHours: { start: '09:30', end: '18:00' }, workDays: WEEK },
  { id: 'ml', name: 'Maya', timeZone: 'America/Vancouver', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  { id: 'dpo', name: 'Lena', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' }, workDays: WEEK },
];
const range = { from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z', members };

function hhmm(local: string): number {
  const [h, m] = local.slice(11).split(':').map(Number);
  return h * 60 + m;
}

describe('communicationPlan', () => {
  it('places each update inside every member’s hours when the zones overlap', () => {
    const plan = communicationPlan(
      [{ id: 'exec', name: 'Executive sponsors', cadence: 'biweekly', channel: 'Video call', memberIds: ['cto', 'pm'] }],
      range,
    );
    const g = plan.groups[0];
    // Four weeks / two weeks = 2 updates.
    expect(g.updates).toHaveLength(2);
    expect(g.allInside).toBe(true);
    for (const u of g.updates) {
      const [london, kolkata] = u.members;
      // London 09:00–17:00 and Kolkata 09:30–18:00 (UTC+5:30) share 09:00–12:30 London time.
      expect(hhmm(london.localStart)).toBeGreaterThanOrEqual(9 * 60);
      expect(hhmm(london.localEnd)).toBeLessThanOrEqual(12 * 60 + 30);
      expect(hhmm(kolkata.localStart)).toBeGreaterThanOrEqual(14 * 60 + 30);
      expect(Date.parse(u.start)).toBeGreaterThanOrEqual(Date.parse(range.from));
    }
    // The second update is in the second fortnight.
    expect(Date.parse(g.updates[1].start)).toBeGreaterThanOrEqual(Date.parse('2026-11-30T00:00:00Z'));
  });

  it('keeps updates out of anyone’s night when the zones do not overlap (Vancouver and Kolkata)', () => {
    const plan = communicationPlan(
      [
        {
          id: 'tech',
          name: 'Technical team',
          cadence: 'weekly',
          channel: 'Video call',
          memberIds: ['ml', 'pm'],
          durationMinutes: 60,
        },
      ],
      range,
    );
    const g = plan.groups[0];
    expect(g.updates).toHaveLength(4);
    expect(g.allInside).toBe(false);
    // Vancouver 09:00–17:00 (UTC−8) and Kolkata 09:30–18:00 (UTC+5:30) never overlap. An hour
    // at 20:00 in Vancouver costs 60; any hour in Kolkata's night (22:00–07:00) costs 3 × 60.
    for (const u of g.updates) {
      expect(u.score).toBe(60);
      expect(u.members.every((m) => m.minutesAtNight === 0)).toBe(true);
    }
    expect(g.burden.map((b) => [b.id, b.penalty])).toEqual([
      ['ml', 240],
      ['pm', 0],
    ]);
  });

  it('monthly is four weeks; a range shorter than the cadence gets no update', () => {
    const plan = communicationPlan(
      [
        { id: 'legal', name: 'Legal', cadence: 'monthly', channel: 'Review', memberIds: ['dpo'] },
        { id: 'x', name: 'Every 30 days', cadence: 30, channel: 'Review', memberIds: ['dpo'] },
      ],
      range,
    );
    expect(plan.groups.map((g) => [g.everyDays, g.updates.length])).toEqual([
      [28, 1],
      [30, 0],
    ]);
  });

  it('the default plan follows the guide, names from the catalogue', () => {
    const groups = defaultStakeholderGroups({ executive: ['cto'], technical: ['ml', 'pm'], business: [], legal: ['dpo'] });
    expect(groups.map((g) => [g.id, g.cadence, g.durationMinutes])).toEqual([
      ['executive', 'biweekly', 30],
      ['technical', 'weekly', 60],
      ['legal', 'monthly', 30],
    ]);
    expect(groups[0].name).toBe('Executive sponsors');
    expect(defaultStakeholderGroups({ legal: ['dpo'] }, { messages: summaryMessagesFr })[0].name).toBe('Juridique et conformité');
    const plan = communicationPlan(groups, range);
    expect(plan.groups.map((g) => g.updates.length)).toEqual([2, 4, 1]);
  });

  it('refuses with the path of the first bad field', () => {
    const g = { id: 'a', name: 'A', cadence: 'weekly' as const, channel: 'c', memberIds: ['cto'] };
    expect(thrown(() => communicationPlan([{ ...g, memberIds: ['cto', 'nobody'] }], range)).message).toBe(
      'groups[0].memberIds[1] "nobody" is not in options.members',
    );
    expect(thrown(() => communicationPlan([g], { ...range, from: range.to })).code).toBe('INVALID_INTERVAL');
    expect(thrown(() => communicationPlan([g, g], range)).message).toMatch(/^groups\[1\]\.id repeats/);
    expect(thrown(() => communicationPlan([{ ...g, cadence: 'daily' as never }], range)).code).toBe('INVALID_VALUE');
    expect(thrown(() => communicationPlan([{ ...g, memberIds: [] }], range)).code).toBe('EMPTY_INPUT');
    expect(thrown(() => communicationPlan({ length: 1e9 } as never, range)).code).toBe('INVALID_VALUE');
    expect(thrown(() => communicationPlan([g], { ...range, from: '2026-11-16' })).code).toBe('INVALID_OPTION');
  });

  it('keeps a __proto__ group and member id as data', () => {
    const m = [{ ...members[0], id: '__proto__' }];
    const plan = communicationPlan([{ id: '__proto__', name: 'x', cadence: 'weekly', channel: 'c', memberIds: ['__proto__'] }], {
      ...range,
      members: m,
    });
    expect(plan.groups[0].id).toBe('__proto__');
    expect(plan.groups[0].updates[0].members[0].id).toBe('__proto__');
  });
});
