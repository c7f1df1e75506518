import { addCard, createBoard, flowMetrics, forecastCompletion, moveCard, type KanbanBoard } from '@sextant/core';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';
import fc from 'fast-check';
import { eventTime } from '../../../packages/core/src/kanban/flow';
import { isoInstantToEpoch } from '../../../packages/core/src/internal/instant';

const D = (day: number, hour = 0) => Date.UTC(2026, 2, day, hour); // March 2026; the 2nd is a Monday

/**
 * The worked example (times in March 2026, UTC):
 *   a: created 2nd 00:00 in backlog; doing 3rd 00:00; review 4th 00:00; done 5th 00:00
 *   b: created 2nd 12:00 in backlog; doing 4th 12:00; done 7th 06:00 (skips review)
 *   c: created 3rd 00:00 straight into doing; review 6th 12:00; done 9th 12:00
 *   d: added 8th 00:00 to backlog; doing 8th 06:00; still there at now = 10th 00:00
 */
function worked(): KanbanBoard {
  let b = createBoard({
    columns: [
      { id: 'backlog', title: 'Backlog' },
      { id: 'doing', title: 'Doing' },
      { id: 'review', title: 'Review' },
      { id: 'done', title: 'Done' },
    ],
    flow: { start: 'doing', done: 'done' },
    cards: [
      { id: 'a', title: 'A', type: 'experiment', columnId: 'backlog', createdAt: D(2) },
      { id: 'b', title: 'B', type: 'data', columnId: 'backlog', createdAt: D(2, 12) },
      { id: 'c', title: 'C', type: 'model', columnId: 'doing', createdAt: D(3) },
    ],
  });
  const mv = (cardId: string, toColumnId: string, at: number) => {
    b = moveCard(b, { cardId, toColumnId, at }).board;
  };
  mv('a', 'doing', D(3));
  mv('a', 'review', D(4));
  mv('b', 'doing', D(4, 12));
  mv('a', 'done', D(5));
  mv('c', 'review', D(6, 12));
  mv('b', 'done', D(7, 6));
  b = addCard(b, { id: 'd', title: 'D', type: 'task', columnId: 'backlog' }, { at: D(8) }).board;
  mv('d', 'doing', D(8, 6));
  mv('c', 'done', D(9, 12));
  return b;
}

describe('flowMetrics on a worked example', () => {
  const m = flowMetrics(worked(), { now: D(10) });

  it('cycle and lead time: finish − start and finish − created, percentiles as numpy.quantile', () => {
    // cycle: a 5th−3rd = 2, b 7th 06:00 − 4th 12:00 = 2.75, c 9th 12:00 − 3rd = 6.5
    // numpy.quantile([2, 2.75, 6.5], [.5, .85, .95]) = [2.75, 5.375, 6.125]
    expect(m.cycleTime).toEqual({ count: 3, mean: 3.75, p50: 2.75, p85: 5.375, p95: 6.125 });
    // lead: a 3, b 4.75, c 6.5; numpy.quantile(…) = [4.75, 5.975, 6.325]
    expect(m.leadTime.count).toBe(3);
    expect(m.leadTime.mean).toBeCloseTo(4.75, 12);
    expect(m.leadTime.p85).toBeCloseTo(5.975, 12);
    expect(m.leadTime.p95).toBeCloseTo(6.325, 12);
    expect(m.finished.map((f) => [f.cardId, f.cycleDays])).toEqual([
      ['a', 2],
      ['b', 2.75],
      ['c', 6.5],
    ]);
  });

  it('throughput per ISO week, WIP and cumulative flow at the end of each UTC date', () => {
    expect(m.period).toMatchObject({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-10T00:00:00.000Z',
      start: 'doing',
      done: 'done',
    });
    expect(m.throughput).toEqual([
      { weekStart: '2026-03-02', count: 2 },
      { weekStart: '2026-03-09', count: 1 },
    ]);
    // An event at 00:00 belongs to the date it starts: c (3rd 00:00) is not WIP at the end of the 2nd.
    expect(m.wip.map((w) => w.count)).toEqual([0, 2, 3, 2, 2, 1, 2, 1]);
    expect(m.wip[0].date).toBe('2026-03-02');
    expect(m.cumulativeFlow.map((c) => [c.counts.backlog, c.counts.doing, c.counts.review, c.counts.done])).toEqual([
      [2, 0, 0, 0],
      [1, 2, 0, 0],
      [0, 2, 1, 0],
      [0, 2, 0, 1],
      [0, 1, 1, 1],
      [0, 0, 1, 2],
      [0, 1, 1, 2],
      [0, 1, 0, 3],
    ]);
    expect(Object.getPrototypeOf(m.cumulativeFlow[0].counts)).toBeNull();
    expect(m.dailyThroughput.map((d) => d.count)).toEqual([0, 0, 0, 1, 0, 1, 0, 1]);
  });

  it('ageing WIP and the bottleneck', () => {
    expect(m.ageing).toEqual([
      { cardId: 'd', title: 'D', type: 'task', columnId: 'doing', startedAt: '2026-03-08T06:00:00.000Z', ageDays: 1.75 },
    ]);
    // Stays that ended: doing a 1, b 2.75, c 3.5 (mean 7.25/3); review a 1, c 3 (mean 2); backlog a 1, b 2, d 0.25.
    expect(m.bottleneck?.columnId).toBe('doing');
    expect(m.bottleneck?.meanDays).toBeCloseTo(7.25 / 3, 12);
    expect(m.timeInColumn.map((t) => [t.columnId, t.count])).toEqual([
      ['backlog', 3],
      ['doing', 3],
      ['review', 2],
      ['done', 0],
    ]);
    expect(m.timeInColumn[0].meanDays).toBeCloseTo(3.25 / 3, 12);
    expect(m.timeInColumn[3].meanDays).toBeNull();
  });

  it('restricts to a period and to other start/done columns', () => {
    // Only b and a finished in [4th, 8th); with start = backlog, cycle = lead.
    const p = flowMetrics(worked(), { now: D(10), from: D(4), to: D(8), start: 'backlog' });
    expect(p.cycleTime.count).toBe(2);
    expect(p.cycleTime.mean).toBeCloseTo((3 + 4.75) / 2, 12);
    expect(p.wip).toHaveLength(4);
    const reviewDone = flowMetrics(worked(), { now: D(10), start: 'review', done: 'done' });
    // b never entered review but entering done is "after review": its start is its finish.
    expect(reviewDone.finished.find((f) => f.cardId === 'b')?.cycleDays).toBe(0);
  });

  it('gives the same answer in any machine time zone (dates are UTC)', () => {
    // The whole suite also runs under TZ=Asia/Tokyo; this guards the computed dates directly.
    expect(m.cumulativeFlow.map((c) => c.date)).toEqual(
      ['02', '03', '04', '05', '06', '07', '08', '09'].map((d) => `2026-03-${d}`),
    );
  });

  it('refuses bad options with the right code', () => {
    const b = worked();
    expect(codeOf(() => flowMetrics(b, {} as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => flowMetrics(b, { now: '2026-03-10' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => flowMetrics(b, { now: D(10), start: 'done', done: 'doing' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => flowMetrics(b, { now: D(10), start: 'nope' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => flowMetrics(b, { now: D(10), from: D(10) }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => flowMetrics(b, { now: D(10), from: -8e15 }))).toBe('INVALID_INTERVAL');
    expect(codeOf(() => flowMetrics({ ...b, events: [{ ...b.events[0], at: 'x' }] }, { now: D(10) }))).toBe('INVALID_STATE');
    expect(codeOf(() => flowMetrics(b, { now: D(10), forecast: { items: 0 } }))).toBe('INVALID_OPTION');
  });
});

describe("Little's law on a long stable history", () => {
  it('mean WIP ≈ throughput per day × mean cycle time', () => {
    // 3 arrivals a day for 600 days, each started on arrival, cycle times 1…7 days from a
    // fixed LCG (mean ≈ 4): a stationary system, so L = λW holds up to sampling noise.
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const acts: [number, string, string][] = [];
    const cards = [];
    for (let day = 0; day < 600; day++) {
      for (let j = 0; j < 3; j++) {
        const id = `c${day}-${j}`;
        const t = Date.UTC(2024, 0, 1) + (day + (j + 0.5) / 3) * 86_400_000;
        cards.push({ id, title: id, type: 'task' as const, columnId: 'todo', createdAt: Date.UTC(2024, 0, 1) });
        acts.push([t, id, 'doing'], [t + (1 + 6 * rand()) * 86_400_000, id, 'done']);
      }
    }
    acts.sort((x, y) => x[0] - y[0]);
    let b = createBoard({
      columns: ['todo', 'doing', 'done'].map((id) => ({ id, title: id })),
      cards,
      flow: { start: 'doing', done: 'done' },
    });
    for (const [at, cardId, toColumnId] of acts) b = moveCard(b, { cardId, toColumnId, at }).board;
    const from = Date.UTC(2024, 0, 1) + 60 * 86_400_000;
    const to = Date.UTC(2024, 0, 1) + 540 * 86_400_000;
    const m = flowMetrics(b, { from, to, now: to });
    const days = m.wip.length;
    const L = m.wip.reduce((s, w) => s + w.count, 0) / days;
    const lambda = m.cycleTime.count / days;
    const W = m.cycleTime.mean as number;
    expect(days).toBe(480);
    expect(lambda).toBeCloseTo(3, 1);
    expect(Math.abs(L - lambda * W) / L).toBeLessThan(0.02);
  });
});

describe('forecastCompletion', () => {
  it('is exact for a constant history and counts days after now', () => {
    expect(forecastCompletion([2, 2, 2, 2], { items: 10, seed: 1, now: '2026-03-02T23:00:00Z' })).toEqual({
      items: 10,
      trials: 10000,
      seed: 1,
      historyDays: 4,
      p50: { days: 5, date: '2026-03-07' },
      p85: { days: 5, date: '2026-03-07' },
      p95: { days: 5, date: '2026-03-07' },
    });
  });

  it('matches the negative binomial for a fair coin of a day', () => {
    // Days to finish 50 when each day finishes 1 with p = ½: 50 + scipy.stats.nbinom(50, 0.5);
    // nbinom.ppf([.5, .85, .95]) + 50 = [99, 110, 117].
    const f = forecastCompletion([0, 1], { items: 50, seed: 42, trials: 20000, now: 0 });
    expect(Math.abs((f.p50.days as number) - 99)).toBeLessThanOrEqual(1);
    expect(Math.abs((f.p85.days as number) - 110)).toBeLessThanOrEqual(1);
    expect(Math.abs((f.p95.days as number) - 117)).toBeLessThanOrEqual(2);
  });

  it('same seed, same answer; another seed may differ; ordered percentiles', () => {
    const h = [0, 3, 1, 0, 2, 5, 0, 1];
    const a = forecastCompletion(h, { items: 40, seed: 7, now: 0 });
    expect(forecastCompletion(h, { items: 40, seed: 7, now: 0 })).toEqual(a);
    expect((a.p50.days as number) <= (a.p85.days as number) && (a.p85.days as number) <= (a.p95.days as number)).toBe(true);
    const m = flowMetrics(worked(), { now: D(10), forecast: { items: 3, seed: 7 } });
    expect(m.forecast).toEqual(forecastCompletion([0, 0, 0, 1, 0, 1, 0, 1], { items: 3, seed: 7, now: D(10) }));
  });

  it('refuses what it cannot forecast', () => {
    expect(thrown(() => forecastCompletion([0, 0, 0], { items: 1, now: 0 })).code).toBe('UNDEFINED_METRIC');
    expect(codeOf(() => forecastCompletion([], { items: 1, now: 0 }))).toBe('EMPTY_INPUT');
    expect(thrown(() => forecastCompletion([1, 1.5], { items: 1, now: 0 })).message).toBe(
      'dailyThroughput[1] must be an integer ≥ 0; got 1.5',
    );
    expect(codeOf(() => forecastCompletion([1], { items: 1, now: 0, seed: 0.5 }))).toBe('INVALID_OPTION');
    // Refused from its length alone (issue 15's shared array-like check).
    expect(codeOf(() => forecastCompletion({ length: 2 ** 53 - 1 } as never, { items: 1, now: 0 }))).toBe('INVALID_OPTION');
  });

  it('says when a share of the futures runs past ten years', () => {
    const f = forecastCompletion([1, ...new Array(999).fill(0)], { items: 5, seed: 3, trials: 100, now: 0 });
    expect(f.p95).toEqual({ days: null, date: null });
  });
});

describe('event time reading', () => {
  it("reads toISOString's form exactly as the general ISO parser does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -62167219200000, max: 253402300799999 }), (t) => {
        const s = new Date(t).toISOString();
        expect(eventTime(s)).toBe(isoInstantToEpoch(s));
        expect(eventTime(s)).toBe(t);
      }),
      { numRuns: 2000 },
    );
    for (const s of ['2026-02-29T00:00:00.000Z', '2026-03-02T10:00:00.000+01:00', '2028-02-29T23:59:59.999Z']) {
      expect(Object.is(eventTime(s), isoInstantToEpoch(s))).toBe(true);
    }
  });
});
