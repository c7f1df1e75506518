import { describe, expect, it } from 'vitest';
import { SextantError, metricFrame, selectionRate, truePositiveRate } from '@sextant/core';
import { codeOf } from '../../support/errors';

const mean = (_t: ArrayLike<number>, p: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += p[i];
  return s / p.length;
};

describe('metricFrame', () => {
  it('overall, by group, spread and counts (by hand)', () => {
    const mf = metricFrame(selectionRate, [1, 0, 1, 0, 1], [1, 1, 0, 1, 0], { sensitiveFeatures: ['x', 'x', 'y', 'y', 'y'] });
    expect(mf).toEqual({
      overall: 0.6,
      byGroup: { x: 1, y: 1 / 3 },
      difference: 1 - 1 / 3, // max − min in floating point
      ratio: 1 / 3,
      groupMin: 1 / 3,
      groupMax: 1,
      counts: { x: 2, y: 3 },
      method: 'between_groups',
    });
    expect(JSON.parse(JSON.stringify(mf))).toEqual(mf);
  });

  it("to_overall: largest distance to the overall value and smallest ratio to it, inverted above 1 (Fairlearn's rule)", () => {
    const mf = metricFrame(selectionRate, [1, 0, 1, 0, 1], [1, 1, 0, 1, 0], {
      sensitiveFeatures: ['x', 'x', 'y', 'y', 'y'],
      method: 'to_overall',
    });
    // overall 0.6; x: 1 → |0.4|, 1/0.6 > 1 → 0.6; y: 1/3 → |0.2667|, (1/3)/0.6 = 0.5556.
    expect(mf.difference).toBeCloseTo(0.4, 15);
    expect(mf.ratio).toBeCloseTo(1 / 3 / 0.6, 15);
  });

  it('passes { sampleWeight } sliced per group, rows in their original order, and keeps typed arrays', () => {
    const calls: { t: unknown; p: unknown; w: unknown }[] = [];
    const spy = (t: ArrayLike<number>, p: ArrayLike<number>, o?: { sampleWeight?: ArrayLike<number> }) => {
      calls.push({ t, p, w: o?.sampleWeight });
      return 0.5;
    };
    metricFrame(spy, new Float32Array([1, 2, 3, 4]), [10, 20, 30, 40], {
      sensitiveFeatures: [2, 1, 2, 1],
      sampleWeight: [0.1, 0.2, 0.3, 0.4],
    });
    expect(calls).toHaveLength(3);
    expect(calls[0].t).toBeInstanceOf(Float32Array);
    expect(Array.from(calls[1].t as Float32Array)).toEqual([2, 4]); // group 1 first: numbers sort numerically
    expect(calls[1].p).toEqual([20, 40]);
    expect(Array.from(calls[1].w as Float64Array)).toEqual([0.2, 0.4]);
    expect(Array.from(calls[2].t as Float32Array)).toEqual([1, 3]);
    expect(Array.from(calls[2].w as Float64Array)).toEqual([0.1, 0.3]);
  });

  it('calls the metric with two arguments when there are no weights', () => {
    const arities: number[] = [];
    metricFrame((...a: unknown[]) => (arities.push(a.length), 0), [1, 0], [1, 0], { sensitiveFeatures: ['a', 'b'] });
    expect(arities).toEqual([2, 2, 2]);
  });

  it('byGroup keys are String(group), ordered by code point, numbers numerically, false < true', () => {
    const sfs = ['\uff61', '\u{1f600}', 'a', 'B'];
    expect(Object.keys(metricFrame(mean, [0, 0, 0, 0], [1, 2, 3, 4], { sensitiveFeatures: sfs }).byGroup)).toEqual([
      'B',
      'a',
      '\uff61',
      '\u{1f600}',
    ]);
    const mf = metricFrame(mean, [0, 0, 0], [1, 2, 3], { sensitiveFeatures: [10, 2, -1] });
    expect(mf.byGroup).toEqual({ '-1': 3, '2': 2, '10': 1 });
    expect(Object.keys(metricFrame(mean, [0, 0], [1, 2], { sensitiveFeatures: [true, false] }).byGroup)).toEqual([
      'false',
      'true',
    ]);
  });

  it('ratio is 1 for all-zero values and null where it does not exist', () => {
    expect(metricFrame(() => 0, [0, 0], [0, 0], { sensitiveFeatures: ['a', 'b'] }).ratio).toBe(1);
    const signed = (_t: ArrayLike<number>, p: ArrayLike<number>) => (p.length === 2 ? 0 : p[0]);
    const mf = metricFrame(signed, [0, 0], [-1, 0], { sensitiveFeatures: ['a', 'b'] });
    expect(mf.byGroup).toEqual({ a: -1, b: 0 });
    expect(mf.ratio).toBeNull();
    expect(mf.difference).toBe(1);
  });

  it('refuses bad metrics and names the group of a metric error', () => {
    const sf = { sensitiveFeatures: ['a', 'b'] };
    expect(codeOf(() => metricFrame('accuracy' as never, [1, 0], [1, 0], sf))).toBe('INVALID_OPTION');
    expect(codeOf(() => metricFrame(() => NaN, [1, 0], [1, 0], sf))).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => metricFrame(() => 'x' as never, [1, 0], [1, 0], sf))).toBe('INVALID_OPTION');
    // truePositiveRate refuses three label values; the error keeps its code and says where.
    expect(() => metricFrame(truePositiveRate, [1, 0, 2], [1, 0, 0], { sensitiveFeatures: ['a', 'a', 'b'] })).toThrow(/all rows/);
    expect(codeOf(() => metricFrame(truePositiveRate, [1, 0, 2], [1, 0, 0], { sensitiveFeatures: ['a', 'a', 'b'] }))).toBe(
      'INVALID_LABEL',
    );
    const onB = (_t: ArrayLike<number>, p: ArrayLike<number>) => {
      if (p.length === 1 && p[0] === 0) throw new SextantError('UNDEFINED_METRIC', 'nothing to score');
      return 1;
    };
    expect(() => metricFrame(onB, [1, 0], [1, 0], sf)).toThrow(/group "b": nothing to score/);
    const plain = () => {
      throw new RangeError('boom');
    };
    expect(() => metricFrame(plain, [1], [1], { sensitiveFeatures: ['a'] })).toThrow(RangeError);
  });

  it.each([
    ['empty', () => metricFrame(mean, [], [], { sensitiveFeatures: [] }), 'EMPTY_INPUT'],
    ['lengths', () => metricFrame(mean, [1, 2], [1], { sensitiveFeatures: ['a', 'b'] }), 'LENGTH_MISMATCH'],
    ['sf length', () => metricFrame(mean, [1, 2], [1, 2], { sensitiveFeatures: ['a'] }), 'LENGTH_MISMATCH'],
    [
      'NaN group beats bad metric',
      () => metricFrame(null as never, [1, 2], [1, 2], { sensitiveFeatures: [NaN, 1] }),
      'NON_FINITE',
    ],
    ['missing sf', () => metricFrame(mean, [1, 2], [1, 2], undefined as never), 'INVALID_OPTION'],
    [
      'bad method',
      () => metricFrame(mean, [1, 2], [1, 2], { sensitiveFeatures: ['a', 'b'], method: 'pairwise' as never }),
      'INVALID_OPTION',
    ],
    [
      'zero weights',
      () => metricFrame(mean, [1, 2], [1, 2], { sensitiveFeatures: ['a', 'b'], sampleWeight: [0, 0] }),
      'INVALID_VALUE',
    ],
    ['object group', () => metricFrame(mean, [1, 2], [1, 2], { sensitiveFeatures: [{}, 'b'] as never }), 'INVALID_LABEL'],
  ])('refuses %s', (_n, f, code) => {
    expect(codeOf(f)).toBe(code);
  });
});
