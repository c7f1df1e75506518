import { describe, expect, it } from 'vitest';
import { detectDrift, driftOverTime, type DriftTable } from '@sextant/core';
import { parseInstant } from '../../../packages/core/src/internal/instant';
import { codeOf, thrown } from '../../support/errors';
import { gen, table } from './gen';

describe('driftOverTime', () => {
  const reference = table(1200, 41, 0) as DriftTable;
  const shifts = [0, 0.02, 0.3, 0.35, 0.01, 0.4, 0];
  const batches = shifts.map((s, d) => ({ at: `2026-03-0${d + 1}T00:00:00Z`, columns: table(400, 60 + d, s) as DriftTable }));

  it('scores every batch exactly as detectDrift does', () => {
    for (const options of [
      {},
      { correction: 'bonferroni' as const, method: 'ks' as const },
      { columns: { num: { method: 'psi' as const, bins: 8 } } },
    ]) {
      const r = driftOverTime(reference, batches, options);
      batches.forEach((b, i) => {
        const d = detectDrift(reference, b.columns, options);
        for (const f of d.features) {
          expect(r.series[f.name][i]).toEqual({ at: b.at, score: f.score, drifted: f.drifted });
        }
        expect(r.dataset[i]).toEqual({
          at: b.at,
          driftedShare: d.driftedShare,
          datasetDrift: d.datasetDrift,
          testedCount: d.testedCount,
          driftedCount: d.driftedCount,
        });
      });
      expect(r.features.map((f) => f.name)).toEqual(Object.keys(reference));
    }
  });

  it('raises start where a feature begins drifting and end where it recovers', () => {
    const r = driftOverTime(reference, batches);
    for (const name of Object.keys(reference)) {
      const states = r.series[name].map((p) => p.drifted);
      const expected: { at: string; kind: string }[] = [];
      let prev = false;
      states.forEach((s, i) => {
        if (s !== prev) expected.push({ at: batches[i].at, kind: s ? 'start' : 'end' });
        prev = s;
      });
      expect(r.alerts.filter((a) => a.feature === name).map(({ at, kind }) => ({ at, kind }))).toEqual(expected);
    }
    // hand-checked on the numeric column: shifts 0.3, 0.35 and 0.4 drift (normed Wasserstein ≥ 0.1), the others do not
    expect(r.series.num.map((p) => p.drifted)).toEqual([false, false, true, true, false, true, false]);
    expect(r.alerts.filter((a) => a.feature === 'num').map((a) => a.kind)).toEqual(['start', 'end', 'start', 'end']);
    // alerts come in batch order
    const times = r.alerts.map((a) => parseInstant(a.at, 'at'));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('a batch without values for a feature scores null and keeps its state', () => {
    const ref = { x: Array.from(gen(300, 1)) };
    const bs = [
      { at: '2026-01-01T00:00:00Z', columns: { x: Array.from(gen(100, 2, 1)) } },
      { at: '2026-01-02T00:00:00Z', columns: { x: [null, NaN] } },
      { at: '2026-01-03T00:00:00Z', columns: { x: [] } },
      { at: '2026-01-04T00:00:00Z', columns: { x: Array.from(gen(100, 3, 1)) } },
      { at: '2026-01-05T00:00:00Z', columns: { x: Array.from(gen(100, 4)) } },
    ];
    const r = driftOverTime(ref, bs);
    expect(r.series.x.map((p) => p.score === null)).toEqual([false, true, true, false, false]);
    expect(r.alerts.map((a) => [a.at, a.kind])).toEqual([
      ['2026-01-01T00:00:00Z', 'start'],
      ['2026-01-05T00:00:00Z', 'end'],
    ]);
    expect(r.dataset[1]).toMatchObject({ testedCount: 0, driftedShare: 0, datasetDrift: false });
  });

  it('reports the chi-square fallback of a Z-test feature', () => {
    const r = driftOverTime({ c: ['a', 'b', 'a', 'b'] }, [
      { at: '2026-01-01T00:00:00Z', columns: { c: ['a', 'b'] } },
      { at: '2026-01-02T00:00:00Z', columns: { c: ['a', 'z', 'q'] } },
    ]);
    expect(r.features[0].method).toBe('chi-square');
    expect(r.features[0].reason).toMatch(/chi-square ran instead/);
  });

  it('validates at and the order of batches (INVALID_VALUE), and the shape of batches (INVALID_OPTION / EMPTY_INPUT)', () => {
    const ref = { x: [1, 2, 3, 4, 5, 6] };
    const b = (at: unknown) => ({ at, columns: { x: [1, 2, 3] } });
    const code = (f: () => unknown) => codeOf(f) ?? 'no error';
    expect(code(() => driftOverTime(ref, [b('2026-02-30')] as never))).toBe('INVALID_VALUE');
    expect(code(() => driftOverTime(ref, [b('March 3, 2026')] as never))).toBe('INVALID_VALUE');
    // One rule for instants (internal/instant.ts): epoch ms is one; no zone, a bare date, a space or 'z' is not.
    expect(code(() => driftOverTime(ref, [b(1767225600000), b('2026-01-01T00:00:00.001Z')] as never))).toBe('no error');
    for (const bad of ['2026-01-01T10:00:00', '2026-01-01', '2026-01-01 10:00:00Z', '2026-01-01T10:00:00z']) {
      expect(
        code(() => driftOverTime(ref, [b(bad)] as never)),
        bad,
      ).toBe('INVALID_VALUE');
    }
    const e = thrown(() => driftOverTime(ref, [b('2026-01-01T00:00:00Z'), b('2026-01-02T10:00')] as never));
    expect(e.message).toContain('batches[1].at');
    expect([e.argument, e.index]).toEqual(['batches[1].at', 1]);
    expect(code(() => driftOverTime(ref, [b('2026-01-02T00:00:00Z'), b('2026-01-01T00:00:00Z')] as never))).toBe('INVALID_VALUE');
    expect(code(() => driftOverTime(ref, [b('2026-01-01T10:00:00+02:00'), b('2026-01-01T08:00:00Z')] as never))).toBe(
      'INVALID_VALUE',
    );
    expect(code(() => driftOverTime(ref, [b('2026-01-01T00:00:00Z'), b('2026-01-01T00:00:00Z')] as never))).toBe('INVALID_VALUE');
    expect(code(() => driftOverTime(ref, [b('2026-01-01T10:00:00+02:00'), b('2026-01-01T08:00:01Z')] as never))).toBe('no error');
    expect(code(() => driftOverTime(ref, []))).toBe('EMPTY_INPUT');
    expect(code(() => driftOverTime(ref, 'x' as never))).toBe('INVALID_OPTION');
    expect(code(() => driftOverTime(ref, [{ at: '2026-01-01T00:00:00Z' }] as never))).toBe('INVALID_OPTION');
    expect(code(() => driftOverTime(ref, [{ at: '2026-01-01T00:00:00Z', columns: { x: [1, 2], y: [1] } }]))).toBe(
      'LENGTH_MISMATCH',
    );
    expect(code(() => driftOverTime(ref, [{ at: '2026-01-01T00:00:00Z', columns: { y: [1] } }]))).toBe('INVALID_VALUE');
    expect(code(() => driftOverTime(ref, [{ at: '2026-01-01T00:00:00Z', columns: { x: [1, Infinity] } }]))).toBe('NON_FINITE');
    // precedence: NON_FINITE in a later batch beats a bad `at` and a bad option
    expect(
      code(() =>
        driftOverTime(ref, [b('nope'), { at: '2026-01-01T00:00:00Z', columns: { x: [-Infinity] } }] as never, {
          method: 'bogus' as never,
        }),
      ),
    ).toBe('NON_FINITE');
    expect(code(() => driftOverTime(ref, [b('nope')] as never, { method: 'bogus' as never }))).toBe('INVALID_OPTION');
  });
});
