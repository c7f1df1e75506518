/**
 * The pair counter behind every classification metric has three routes for integer labels
 * (a direct r×r table for small unweighted ranges, a value → code table for the rest, and
 * the general Map path) and must give the same table whichever it takes. The reference here
 * is the plainest one: sorted distinct labels of yTrue ∪ yPred, each pair's weight added in
 * sample order with the same Neumaier compensation the counter uses, so weighted cells agree
 * to the bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPairs, Deferred } from '../../../packages/core/src/metrics/internal/labels';

function reference(t: number[], p: number[], w: number[] | undefined) {
  const classes = [...new Set([...t, ...p])].sort((a, b) => a - b);
  const k = classes.length;
  const at = new Map(classes.map((c, i) => [c, i]));
  const cnt = new Float64Array(k * k);
  const comp = new Float64Array(k * k);
  const inTrue = new Uint8Array(k);
  const inPred = new Uint8Array(k);
  for (let i = 0; i < t.length; i++) {
    const a = at.get(t[i]) as number;
    const b = at.get(p[i]) as number;
    inTrue[a] = 1;
    inPred[b] = 1;
    const c = a * k + b;
    const x = w === undefined ? 1 : w[i];
    const s = cnt[c];
    const u = s + x;
    comp[c] += Math.abs(s) >= Math.abs(x) ? s - u + x : x - u + s;
    cnt[c] = u;
  }
  for (let c = 0; c < k * k; c++) cnt[c] += comp[c];
  return { classes, k, counts: Array.from(cnt), inTrue: Array.from(inTrue), inPred: Array.from(inPred) };
}

function counted(t: ArrayLike<number>, p: ArrayLike<number>, w: number[] | undefined) {
  const r = countPairs(t, p, w === undefined ? undefined : Float64Array.from(w), new Deferred());
  return { classes: r.classes, k: r.k, counts: Array.from(r.counts), inTrue: Array.from(r.inTrue), inPred: Array.from(r.inPred) };
}

// Small ranges with and without gaps, negative values, wide ranges (the code table) and
// int32-overflowing values (the general path); weights include zeros, which still make
// their classes present.
const labelsArb = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: -5, max: 60 }),
  fc.constantFrom(0, 7, 63, 1000, 70_000),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 5),
);
const caseArb = fc
  .array(fc.tuple(labelsArb, labelsArb, fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1e6, noNaN: true }))), {
    minLength: 1,
    maxLength: 60,
  })
  .map((rows) => ({ t: rows.map((r) => r[0]), p: rows.map((r) => r[1]), w: rows.map((r) => r[2]) }));

describe('countPairs: every route gives the reference table', () => {
  it('plain arrays, unweighted and weighted', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ t, p, w }, weighted) => {
        const ww = weighted ? w : undefined;
        expect(counted(t, p, ww)).toEqual(reference(t, p, ww));
      }),
      { numRuns: 400 },
    );
  });

  it('Int32Array labels, unweighted and weighted', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ t, p, w }, weighted) => {
        fc.pre(t.every((v) => (v | 0) === v) && p.every((v) => (v | 0) === v));
        const ww = weighted ? w : undefined;
        expect(counted(Int32Array.from(t), Int32Array.from(p), ww)).toEqual(reference(t, p, ww));
      }),
      { numRuns: 400 },
    );
  });

  it('a small range with a gap and a zero weight: classes 0, 2 and 3, counted on the value → code route', () => {
    // Worked by hand: pairs (0,0)×2 w=1+0.5, (2,3) w=0, (3,3) w=2 → classes [0, 2, 3];
    // cell (0,0)=1.5, (2,3)=0 but class 2 present in yTrue, (3,3)=2.
    const r = counted([0, 0, 2, 3], [0, 0, 3, 3], [1, 0.5, 0, 2]);
    expect(r.classes).toEqual([0, 2, 3]);
    expect(r.counts).toEqual([1.5, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(r.inTrue).toEqual([1, 1, 1]);
    expect(r.inPred).toEqual([1, 0, 1]);
  });
});
