/** Issue 15 (items 1 and 7) in fairness: no raw TypeError, messages naming the type. */
import { describe, expect, it } from 'vitest';
import { fairnessGroupOrder } from '@sextant/core';
import { thrown } from '../../support/errors';

describe('fairnessGroupOrder refuses what is not a chart model’s groups', () => {
  it('a Map, a typed array or an array-like object is named (it threw a raw TypeError)', () => {
    expect(thrown(() => fairnessGroupOrder(new Map() as never))).toMatchObject({ code: 'INVALID_OPTION', argument: 'groups' });
    expect(thrown(() => fairnessGroupOrder(new Map() as never)).message).toMatch(/got a Map/);
    expect(thrown(() => fairnessGroupOrder(new BigInt64Array(2) as never)).message).toMatch(/got a BigInt64Array/);
    expect(thrown(() => fairnessGroupOrder({ length: 2 ** 53 - 1 } as never)).message).toMatch(/length 9007199254740991/);
  });

  it('a group without a numeric value to sort by, and unknown orders, are refused', () => {
    const groups = [{ key: 'a', value: 0.5, lower: 0, upper: 1, count: 3 }, { key: 'b' }] as never;
    expect(thrown(() => fairnessGroupOrder(groups, 'value'))).toMatchObject({
      code: 'INVALID_VALUE',
      argument: 'groups[1].value',
      index: 1,
    });
    expect(fairnessGroupOrder(groups, 'group', 'desc')).toEqual([1, 0]);
    expect(thrown(() => fairnessGroupOrder([], 'size' as never)).code).toBe('INVALID_OPTION');
    expect(thrown(() => fairnessGroupOrder([], 'value', 'up' as never)).code).toBe('INVALID_OPTION');
  });
});
