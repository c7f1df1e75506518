/**
 * The time-dependent results of core in one JSON document: every schedule golden case, the
 * instants of drift over time, throughput windows, data-quality timeliness and date rules,
 * and the instant parser itself. test/core/timezones.test.ts runs this file under several
 * `TZ` values (with SEXTANT_TZ_PROBE_OUT set) and requires byte-identical documents: no
 * result may depend on the machine's time zone.
 */
import * as sx from '@sextant/core';
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { isoInstantToEpoch } from '../../packages/core/src/internal/instant';
import { decode, loadGolden } from '../support/golden';

type Mod = Record<string, unknown>;

function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { error: err.code ?? 'not a SextantError', message: err.message };
  }
}

/** Typed arrays and -0 as plain JSON, so the documents compare as strings. */
function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => (ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : x)));
}

function probe(): Record<string, unknown> {
  const mod = sx as unknown as Mod;
  const out: Record<string, unknown> = {};
  // Machine-zone readings an accidental `new Date(string)` or `Date.parse` would pick up.
  const wallClock = ['2026-03-01T10:00', '2026-03-29T01:30:00', '2026-11-01', '2026-03-01 10:00:00Z'];
  for (const c of loadGolden('schedule').cases) {
    const args = decode(c.args, mod) as unknown[];
    out[`schedule ${c.id}`] = outcome(() => (mod[c.fn] as (...a: unknown[]) => unknown)(...args));
  }
  const t0 = Date.UTC(2026, 2, 1, 10);
  out.parseInstant = [...wallClock, '2026-03-01T19:00:00+09:00', '2026-03-01T06:30:00-03:30', t0].map((s) =>
    typeof s === 'string' ? isoInstantToEpoch(s) : s,
  );
  out.throughput = [
    outcome(() =>
      sx.throughput(['2026-03-01T10:00:00+09:00', '2026-03-01T01:30:00Z', t0, '2026-03-01T06:30:00-03:30'], {
        windowMs: 3_600_000,
        from: '2026-03-01T00:00:00Z',
      }),
    ),
    ...wallClock.map((from) => outcome(() => sx.throughput([t0], { windowMs: 3_600_000, from }))),
    ...wallClock.map((at) => outcome(() => sx.throughput([t0, at], { windowMs: 3_600_000 }))),
  ];
  const reference = { x: Array.from({ length: 60 }, (_, i) => i % 12) };
  const batch = (shift: number) => ({ x: reference.x.map((v) => v + shift) });
  out.driftOverTime = [
    outcome(() =>
      sx.driftOverTime(reference, [
        { at: '2026-03-01T00:00:00+09:00', columns: batch(0) },
        { at: '2026-02-28T23:00:00Z', columns: batch(6) },
        { at: Date.UTC(2026, 2, 1) as never, columns: batch(0) },
        { at: '2026-02-28T21:00:00-03:30', columns: batch(6) },
      ]),
    ),
    ...wallClock.map((at) => outcome(() => sx.driftOverTime(reference, [{ at, columns: batch(0) }]))),
  ];
  const rows = [
    { t: '2026-03-01T10:00:00+09:00', u: '2026-03-01T01:00:00Z' },
    { t: '2026-03-01T10:00:00Z', u: Date.UTC(2026, 2, 1, 9) },
    ...wallClock.map((t) => ({ t, u: t })),
  ];
  out.profileDataQuality = [
    outcome(() =>
      sx.profileDataQuality(
        rows,
        {
          fields: { t: { type: 'date', min: '2026-03-01T00:00:00+14:00' }, u: {} },
          rules: [{ field: 't', lessThan: 'u' }],
          timeliness: { field: 't', maxAgeHours: 1, decayHours: 4 },
        },
        { now: '2026-03-01T12:00:00+01:00' },
      ),
    ),
    ...wallClock.map((now) =>
      outcome(() => sx.profileDataQuality(rows, { fields: { t: {} }, timeliness: { field: 't', maxAgeHours: 1 } }, { now })),
    ),
  ];
  return plain(out) as Record<string, unknown>;
}

it('computes the time-dependent results (written out when a zone run asks for them)', () => {
  const doc = probe();
  // Hand-checked under any zone: the events are 01:00Z (10:00+09:00), 01:30Z, 10:00Z and 10:00Z
  // (06:30−03:30); hourly windows from 00:00Z to 10:00Z are 11, with 2 events at 01:00 and 2 at 10:00.
  const w = (doc.throughput as { value: { start: string; count: number }[] }[])[0].value;
  expect(w.length).toBe(11);
  expect(w.filter((x) => x.count > 0).map((x) => [x.start, x.count])).toEqual([
    ['2026-03-01T01:00:00.000Z', 2],
    ['2026-03-01T10:00:00.000Z', 2],
  ]);
  const out = process.env.SEXTANT_TZ_PROBE_OUT;
  if (out) writeFileSync(out, JSON.stringify(doc));
});
