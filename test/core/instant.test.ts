import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstantToEpoch, parseInstant, utcDateString } from '../../packages/core/src/internal/instant';
import { codeOf } from '../support/errors';

describe('internal/instant: one rule for instants', () => {
  it('reads Z and offsets as the same instant, whatever the machine zone', () => {
    const t = Date.UTC(2026, 2, 1, 10, 0, 0);
    expect(parseInstant('2026-03-01T10:00:00Z', 'at')).toBe(t);
    expect(parseInstant('2026-03-01T10:00Z', 'at')).toBe(t);
    expect(parseInstant('2026-03-01T19:00:00+09:00', 'at')).toBe(t);
    expect(parseInstant('2026-03-01T06:30:00-0330', 'at')).toBe(t);
    expect(parseInstant('2026-03-01T12:00+02', 'at')).toBe(t);
    expect(parseInstant('2026-03-01T10:00:00.1239Z', 'at')).toBe(t + 123);
    expect(parseInstant(t, 'at')).toBe(t);
    expect(parseInstant('2026-03-01T24:00:00Z', 'at')).toBe(Date.UTC(2026, 2, 2));
  });

  it('refuses strings without a zone, impossible dates and values outside Date', () => {
    for (const bad of [
      '2026-03-01T10:00',
      '2026-03-01',
      '2026-03-01 10:00:00Z',
      '2026-03-01T10:00:00z',
      '2026-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-03-01T24:00:01Z',
      '+275760-09-13T00:00:00.001Z',
      'yesterday',
      '',
    ]) {
      expect(
        codeOf(() => parseInstant(bad, 'events', { index: 4 })),
        bad,
      ).toBe('INVALID_VALUE');
    }
    for (const bad of [8.64e15 + 1, -8.64e15 - 1, 1e20, Number.NaN, Infinity, null, undefined, {}, new Date(0)]) {
      expect(codeOf(() => parseInstant(bad, 'now', { code: 'INVALID_OPTION' }))).toBe('INVALID_OPTION');
    }
  });

  it('names the argument, the index and the reason', () => {
    try {
      parseInstant('2026-03-01T10:00', 'deployments', { index: 7 });
      expect.unreachable();
    } catch (e) {
      const err = e as { message: string; index: number; argument: string };
      expect(err.message).toContain('deployments at index 7');
      expect(err.message).toContain("no 'Z' or offset");
      expect(err.index).toBe(7);
      expect(err.argument).toBe('deployments');
    }
  });

  it('agrees with Date.parse on every ISO string Date prints', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (t) => {
        const s = new Date(t).toISOString();
        expect(isoInstantToEpoch(s)).toBe(t);
        const day = s.slice(0, s.indexOf('T'));
        expect(utcDateString(t)).toBe(day);
      }),
    );
  });
});
