/**
 * Jira and Linear → a Kanban board with its event history, on fixtures shaped like the
 * documented responses (fixtures/README.md). The board is checked against the kanban module's
 * saved-board rules by replaying its events here: cards grouped by column in column order, an
 * `add` at the card's creation, each `move` taking the card from `fromIndex` of its column to
 * `toIndex` of the next, events in time order, and the replay giving exactly `cards`.
 * Expected boards are worked by hand from the fixtures (UTC times beside each step).
 */
import { readFileSync } from 'node:fs';
import { fromJiraIssues, fromLinearIssues, type ImportedBoard, type ImportedCard } from '@sextant/core/connectors';
import { describe, expect, it } from 'vitest';
import { codeOf, thrown } from '../../support/errors';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** Replays a board's events as the kanban module does; fails on any event that does not fit. */
function replay(board: ImportedBoard): ImportedCard[] {
  const cols = new Map<string, ImportedCard[]>(board.columns.map((c) => [c.id, []]));
  let prev = -Infinity;
  for (const e of board.events) {
    const t = Date.parse(e.at);
    expect(t).toBeGreaterThanOrEqual(prev);
    prev = t;
    if (e.type === 'add') {
      expect(Date.parse(e.card.createdAt)).toBeLessThanOrEqual(t);
      expect(e.card.columnId).toBe(e.to);
      const list = cols.get(e.to)!;
      expect(e.toIndex).toBeLessThanOrEqual(list.length);
      list.splice(e.toIndex, 0, e.card);
    } else {
      const from = cols.get(e.from)!;
      expect(from[e.fromIndex]?.id, `${e.cardId} at ${e.fromIndex} of ${e.from}`).toBe(e.cardId);
      const [card] = from.splice(e.fromIndex, 1);
      const to = cols.get(e.to)!;
      expect(e.toIndex).toBeLessThanOrEqual(to.length);
      to.splice(e.toIndex, 0, { ...card, columnId: e.to });
    }
  }
  return board.columns.flatMap((c) => cols.get(c.id)!);
}

describe('fromJiraIssues', () => {
  const pages = load('jira-search.json');
  const changelog = load('jira-changelog-ML-4.json');
  const { board, records, skipped, statusMap } = fromJiraIssues(pages, { changelogs: [{ key: 'ML-4', response: changelog }] });

  it('builds the board by status category, with a move per transition between columns', () => {
    expect(board.columns.map((c) => c.id)).toEqual(['todo', 'in-progress', 'done']);
    expect(board.flow).toEqual({ start: 'in-progress', done: 'done' });
    // Final columns: ML-3 never moved; ML-2 and ML-5 in progress (In Review shares the column); ML-1, ML-4 done.
    expect(records.map((c) => [c.id, c.columnId])).toEqual([
      ['ML-3', 'todo'],
      ['ML-2', 'in-progress'],
      ['ML-5', 'in-progress'],
      ['ML-1', 'done'],
      ['ML-4', 'done'],
    ]);
    expect(
      board.events.map((e) => `${e.at.slice(5, 16)} ${e.type} ${e.cardId}${e.type === 'move' ? ` ${e.from}→${e.to}` : ''}`),
    ).toEqual([
      '03-01T08:00 add ML-1', // created 09:00+01:00
      '03-02T09:15 move ML-1 todo→in-progress', // 10:15+01:00 to "Doing", since renamed "In Progress" (id 3)
      '03-02T12:00 add ML-4',
      '03-02T13:00 add ML-2', // 08:00−05:00
      '03-02T13:30 move ML-4 todo→in-progress',
      '03-02T14:00 move ML-2 todo→in-progress',
      '03-03T09:00 add ML-3',
      // ML-2 → "Ready for QA" (deleted) at 12:00 is reported; back to In Progress at 15:00 is no move.
      // ML-1 → In Review at 21:00 (16:00−05:00) stays in the in-progress column.
      '03-04T04:00 move ML-1 in-progress→done', // 09:30+05:30
      '03-04T10:00 add ML-5',
      '03-05T08:00 move ML-5 todo→in-progress', // 09:00+01:00 to In Review
      '03-05T10:00 move ML-4 in-progress→done', // 15:30+05:30, from the changelog endpoint's page
    ]);
    expect(replay(board)).toEqual(board.cards);
    expect(board.baseline).toBe(board.events.length);
  });

  it('reads the card fields', () => {
    const ml1 = records.find((c) => c.id === 'ML-1')!;
    expect(ml1).toEqual({
      id: 'ML-1',
      title: 'Backfill the feature store',
      type: 'task',
      columnId: 'done',
      owner: 'Ana Ruiz',
      tags: ['feature-store'],
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    expect(records.find((c) => c.id === 'ML-2')!.type).toBe('incident'); // Bug
    expect(records.find((c) => c.id === 'ML-4')!.type).toBe('experiment');
    expect(records.find((c) => c.id === 'ML-3')!.tags).toEqual(['__proto__', 'eval']);
    expect(statusMap['3']).toBe('in-progress');
    expect(Object.getPrototypeOf(statusMap)).toBe(null);
  });

  it('reports the deleted status, and a truncated changelog when its pages are not given', () => {
    expect(skipped).toEqual([
      {
        path: '[0].issues[1].changelog.histories[1].items[0]',
        reason: 'status "Ready for QA" (id 10050) is not mapped to a column (deleted or renamed?); the move is left out',
      },
    ]);
    const without = fromJiraIssues(pages);
    expect(without.skipped).toContainEqual({
      path: '[1].issues[0].changelog',
      reason: 'changelog truncated: 1 of 2 histories; pass /issue/ML-4/changelog pages in options.changelogs',
    });
    expect(without.records.find((c) => c.id === 'ML-4')!.columnId).toBe('in-progress');
  });

  it('takes columns and a status map from options', () => {
    const r = fromJiraIssues(pages, {
      columns: [
        { id: 'backlog', title: 'Backlog', statuses: ['To Do'] },
        { id: 'doing', title: 'Doing', statuses: ['3'] },
        { id: 'review', title: 'Review', statuses: ['In Review', 'Ready for QA'] },
        { id: 'shipped', title: 'Shipped', statuses: ['Done'] },
      ],
      flow: { start: 'doing', done: 'shipped' },
      types: { Story: 'data' },
    });
    expect(r.skipped).toHaveLength(1); // only the truncated changelog
    // ML-2 now goes doing → review (12:00) → doing (15:00)
    const ml2 = r.board.events
      .filter((e) => e.cardId === 'ML-2' && e.type === 'move')
      .map((e) => e.type === 'move' && `${e.from}→${e.to}`);
    expect(ml2).toEqual(['backlog→doing', 'doing→review', 'review→doing']);
    expect(replay(r.board)).toEqual(r.board.cards);
    expect(r.records.find((c) => c.id === 'ML-1')!.type).toBe('data');
    expect(codeOf(() => fromJiraIssues(pages, { flow: { start: 'shipped', done: 'doing' } }))).toBe('INVALID_OPTION');
    expect(codeOf(() => fromJiraIssues(pages, { types: { Story: 'epic' as 'task' } }))).toBe('INVALID_OPTION');
  });

  it('refuses a transition time without an offset, naming the path', () => {
    const bad = load('jira-search.json') as { issues: { changelog: { histories: { created: string }[] } }[] }[];
    bad[0].issues[1].changelog.histories[0].created = '2026-03-02T14:00:00.000';
    const e = thrown(() => fromJiraIssues(bad));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toMatch(/^response\[0\]\.issues\[1\]\.changelog\.histories\[0\]\.created .*no 'Z' or offset/);
    expect(thrown(() => fromJiraIssues({ issues: [{ key: 'X-1' }] })).message).toMatch(
      /^response\.issues\[0\]\.fields must be a JSON object/,
    );
  });
});

describe('fromLinearIssues', () => {
  const pages = load('linear-issues.json');
  const { board, records, skipped } = fromLinearIssues(pages);

  it('builds the board by state type, history read newest-first', () => {
    expect(board.columns.map((c) => c.id)).toEqual(['backlog', 'todo', 'in-progress', 'done']);
    expect(records.map((c) => [c.id, c.columnId, c.type])).toEqual([
      ['ENG-4', 'backlog', 'incident'],
      ['ENG-2', 'in-progress', 'model'],
      ['ENG-1', 'done', 'data'],
    ]);
    expect(
      board.events.map(
        (e) =>
          `${e.at.slice(5, 16)} ${e.type} ${e.cardId} ${e.type === 'move' ? `${e.from}:${e.fromIndex}→${e.to}:${e.toIndex}` : `${e.to}:${e.toIndex}`}`,
      ),
    ).toEqual([
      '03-02T10:00 add ENG-1 backlog:0',
      '03-02T10:30 move ENG-1 backlog:0→todo:0',
      '03-03T08:00 add ENG-2 todo:1', // ENG-1 is still in Todo: ENG-2 goes below it
      '03-03T09:00 move ENG-1 todo:0→in-progress:0',
      '03-04T09:00 move ENG-2 todo:0→in-progress:1',
      '03-04T12:00 move ENG-1 in-progress:0→done:0',
      '03-05T07:00 add ENG-4 backlog:0',
      // ENG-2 In Progress → In Review (both "started") is no move.
    ]);
    expect(replay(board)).toEqual(board.cards);
  });

  it('leaves the canceled issue out and says why', () => {
    expect(skipped).toEqual([
      { path: '[0].data.issues.nodes[2]', reason: 'canceled (state "Canceled"): neither done nor in progress' },
    ]);
  });

  it('refuses a GraphQL error response and a wrong shape, naming the path', () => {
    expect(thrown(() => fromLinearIssues({ errors: [{ message: 'Authentication required' }] })).message).toMatch(
      /^response\.errors reports a GraphQL error \(Authentication required\)/,
    );
    expect(
      thrown(() => fromLinearIssues({ data: { issues: { nodes: [{ id: 'x', title: 't', createdAt: 0 }] } } })).message,
    ).toMatch(/^response\.data\.issues\.nodes\[0\]\.state must be a JSON object/);
  });
});
