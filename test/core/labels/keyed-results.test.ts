/**
 * Issue 15 item 2: every label is kept, whatever its name. A class, group, field, column or
 * feature named `__proto__`, `constructor`, `toString` or `hasOwnProperty` must come out as
 * a key of every keyed result (null-prototype objects or Maps), never touch a prototype, and
 * survive `JSON.stringify`.
 */
import {
  accuracyScore,
  classificationAccumulatorFromCounts,
  classificationReport,
  createBoard,
  createClassificationAccumulator,
  detectDrift,
  driftOverTime,
  flowMetrics,
  metricFrame,
  moveCard,
  nextDayWithOverlap,
  profileDataQuality,
  type TeamMember,
} from '@sextant/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const SUMMARY = ['accuracy', 'microAvg', 'macroAvg', 'weightedAvg'];

/** Own keys, and the JSON text keeps them (a null-prototype object serialises like a plain one). */
function keysOf(o: object): string[] {
  const keys = Object.keys(o);
  expect(Object.keys(JSON.parse(JSON.stringify(o)) as object)).toEqual(keys);
  return keys;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** A label name: the hostile ones, or any string that is no report summary key. */
const labelName = fc.oneof(
  fc.constantFrom(...HOSTILE, 'macro avg', 'weighted avg', 'Accuracy', ''),
  fc.string({ maxLength: 12 }).filter((s) => !SUMMARY.includes(s)),
);

describe('classificationReport and the accumulator keep every class', () => {
  it("__proto__ is a row, and the report's prototype is untouched", () => {
    // Worked: yTrue = [__proto__, __proto__, x], yPred = [__proto__, x, x]
    // __proto__: precision 1/1, recall 1/2; x: precision 1/2, recall 1/1; accuracy 2/3.
    const t = ['__proto__', '__proto__', 'x'];
    const p = ['__proto__', 'x', 'x'];
    for (const r of [classificationReport(t, p), createClassificationAccumulator().update(t, p).compute().report]) {
      expect(hasOwn(r, '__proto__')).toBe(true);
      expect(r['__proto__']).toEqual({ precision: 1, recall: 0.5, f1Score: 2 / 3, support: 2 });
      expect(r.x).toEqual({ precision: 0.5, recall: 1, f1Score: 2 / 3, support: 1 });
      expect(r.accuracy).toBeCloseTo(2 / 3, 15);
      // The row did not become the prototype: no inherited precision.
      expect((r as { precision?: unknown }).precision).toBeUndefined();
      expect(Object.getPrototypeOf(r)).toBe(null);
      expect(keysOf(r)).toEqual(['__proto__', 'x', 'accuracy', 'macroAvg', 'weightedAvg']);
    }
    expect(({} as { precision?: unknown }).precision).toBeUndefined();
  });

  it('any label string survives into the report, the accumulator and fromCounts (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(labelName, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        (names, picks) => {
          const t = picks.map((i) => names[i % names.length]);
          const p = picks.map((i) => names[(i * 7 + 1) % names.length]);
          const classes = [...new Set([...t, ...p])];
          const one = classificationReport(t, p);
          const acc = createClassificationAccumulator().update(t, p);
          const rows = t.map((yTrue, i) => ({ yTrue, yPred: p[i], count: 1 }));
          for (const r of [one, acc.compute().report, classificationAccumulatorFromCounts(rows).compute().report]) {
            for (const c of classes) expect(hasOwn(r, c)).toBe(true);
            expect(keysOf(r)).toHaveLength(classes.length + 3);
          }
          expect(acc.compute().accuracy).toBe(accuracyScore(t, p));
        },
      ),
    );
  });

  it('a class named like a summary key is refused (scikit-learn would overwrite its row); targetNames rename it', () => {
    for (const name of SUMMARY) {
      const t = [name, 'b'];
      const p = [name, 'b'];
      const e = thrown(() => classificationReport(t, p));
      expect(e.code).toBe('INVALID_LABEL');
      expect(e.message).toContain(`"${name}"`);
      expect(codeOf(() => createClassificationAccumulator().update(t, p).compute())).toBe('INVALID_LABEL');
      // targetNames follow the sorted classes (code point order).
      const classes = [name, 'b'].sort();
      const targetNames = classes.map((c) => `class ${c}`);
      const r = classificationReport(t, p, { targetNames });
      expect(r[`class ${name}`]).toEqual({ precision: 1, recall: 1, f1Score: 1, support: 1 });
      expect(r.accuracy).toBe(1);
      expect(createClassificationAccumulator().update(t, p).compute({ targetNames }).report[`class ${name}`]).toEqual(
        r[`class ${name}`],
      );
    }
    // Target names may neither repeat nor take a summary key's name.
    expect(codeOf(() => classificationReport(['a', 'b'], ['a', 'b'], { targetNames: ['x', 'x'] }))).toBe('INVALID_OPTION');
    expect(codeOf(() => classificationReport(['a', 'b'], ['a', 'b'], { targetNames: ['x', 'macroAvg'] }))).toBe('INVALID_OPTION');
    // 'macro avg' (scikit-learn's own key) is no summary key here: a row like any other.
    expect(classificationReport(['macro avg', 'b'], ['macro avg', 'a'])['macro avg']).toEqual({
      precision: 1,
      recall: 1,
      f1Score: 1,
      support: 1,
    });
  });
});

describe('fairness, data quality, drift and kanban keep every name', () => {
  it('metricFrame byGroup / counts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(labelName, { minLength: 1, maxLength: 4 }), (groups) => {
        const sf = groups.flatMap((g) => [g, g]);
        const yTrue = sf.map((_, i) => i % 2);
        const yPred = sf.map(() => 1);
        const mf = metricFrame(accuracyScore, yTrue, yPred, { sensitiveFeatures: sf });
        for (const g of groups) {
          expect(hasOwn(mf.byGroup, g)).toBe(true);
          expect(mf.byGroup[g]).toBe(0.5); // one of each group's two rows is right
          expect(mf.counts[g]).toBe(2);
        }
        expect(keysOf(mf.byGroup).sort()).toEqual([...groups].sort());
      }),
    );
  });

  it('profileDataQuality fields, and a field a row lacks is missing (not the inherited function)', () => {
    // JSON.parse makes "__proto__" an own key, as data from a file or a request would have it.
    const parsed = [JSON.parse('{"__proto__": 1, "constructor": "x"}') as object, { toString: 2 }, {}];
    const schemaFields = JSON.parse(
      '{"__proto__": {"type": "number"}, "constructor": {"type": "string"}, "toString": {"type": "number"}}',
    ) as Record<string, { type: 'number' | 'string' }>;
    const p = profileDataQuality(parsed as Record<string, unknown>[], { fields: schemaFields });
    expect(keysOf(p.fields)).toEqual(['__proto__', 'constructor', 'toString']);
    // Each field is present in exactly one of the three rows: completeness 1/3.
    for (const f of ['__proto__', 'constructor', 'toString']) expect(p.fields[f].completeness).toBeCloseTo(1 / 3, 15);
    expect(p.completeness.missingCells).toBe(6);
  });

  it('any field or column name survives into profileDataQuality and driftOverTime (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          labelName.filter((s) => s !== ''),
          { minLength: 1, maxLength: 4 },
        ),
        (names) => {
          // Own keys as JSON.parse would make them (a literal '__proto__' key would set the prototype).
          const obj = <T>(value: (name: string) => T): Record<string, T> => {
            const o = Object.create(null) as Record<string, T>;
            for (const n of names) o[n] = value(n);
            return JSON.parse(JSON.stringify(o)) as Record<string, T>;
          };
          const rows = [obj(() => 1), obj(() => 2), {}];
          const p = profileDataQuality(rows, { fields: obj(() => ({ type: 'number' as const })) });
          // Sorted: integer-like keys ('7') come first in any object, whatever the insertion order.
          expect(keysOf(p.fields).sort()).toEqual([...names].sort());
          for (const n of names) expect(p.fields[n].completeness).toBeCloseTo(2 / 3, 15);
          const ref = obj(() => Array.from({ length: 40 }, (_, i) => i % 8));
          const r = driftOverTime(ref, [{ at: '2026-03-01T00:00:00Z', columns: ref }]);
          expect(keysOf(r.series).sort()).toEqual([...names].sort());
          for (const n of names) expect(r.series[n]).toHaveLength(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('driftOverTime series and detectDrift features', () => {
    const ref = Array.from({ length: 60 }, (_, i) => i % 12);
    const cols = JSON.parse('{"__proto__": [], "constructor": [], "toString": []}') as Record<string, number[]>;
    for (const k of Object.keys(cols)) cols[k] = ref;
    const batch = (shift: number) => {
      const c = JSON.parse('{"__proto__": [], "constructor": [], "toString": []}') as Record<string, number[]>;
      for (const k of Object.keys(c)) c[k] = ref.map((v) => v + shift);
      return c;
    };
    const r = driftOverTime(cols, [
      { at: '2026-03-01T00:00:00Z', columns: batch(0) },
      { at: '2026-03-02T00:00:00Z', columns: batch(30) },
    ]);
    expect(keysOf(r.series)).toEqual(['__proto__', 'constructor', 'toString']);
    for (const k of Object.keys(cols)) expect(r.series[k].map((pt) => pt.drifted)).toEqual([false, true]);
    expect(r.alerts.map((a) => a.feature).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    const d = detectDrift(cols, batch(30));
    expect(d.features.map((f) => f.name)).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('kanban columns and cards named __proto__ / constructor', () => {
    const D = (day: number) => Date.UTC(2026, 2, day);
    let b = createBoard({
      columns: [
        { id: '__proto__', title: 'Proto' },
        { id: 'constructor', title: 'Ctor' },
        { id: 'toString', title: 'Done' },
      ],
      flow: { start: 'constructor', done: 'toString' },
      cards: [{ id: 'hasOwnProperty', title: 'A', type: 'task', columnId: '__proto__', createdAt: D(2) }],
    });
    b = moveCard(b, { cardId: 'hasOwnProperty', toColumnId: 'constructor', at: D(3) }).board;
    b = moveCard(b, { cardId: 'hasOwnProperty', toColumnId: 'toString', at: D(5) }).board;
    const m = flowMetrics(b, { now: D(6) });
    const last = m.cumulativeFlow[m.cumulativeFlow.length - 1].counts;
    expect(keysOf(last).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(last.toString).toBe(1);
    expect(m.cycleTime.count).toBe(1);
    expect(m.cycleTime.mean).toBe(2); // constructor on the 3rd → toString on the 5th
  });
});

describe('option names are looked up as own keys', () => {
  it("nextDayWithOverlap refuses atLeast: 'toString' (it is in every object, not a kind)", () => {
    const ana: TeamMember = { id: 'ana', name: 'Ana', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' } };
    for (const atLeast of ['toString', '__proto__', 'constructor']) {
      expect(codeOf(() => nextDayWithOverlap([ana], { date: '2026-04-01', atLeast: atLeast as never }))).toBe('INVALID_OPTION');
    }
    expect(nextDayWithOverlap([ana], { date: '2026-04-01', atLeast: 'partial' })).toBe('2026-04-02');
  });
});
