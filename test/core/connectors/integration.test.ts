/**
 * The imported records work in the modules they are for: the Jira and Linear boards load
 * through the kanban module's boardFromJSON (which replays and checks the whole history) and
 * feed flowMetrics; the GitHub and GitLab records feed the delivery module's DORA keys.
 * Expected figures are worked by hand from the fixtures.
 */
import { readFileSync } from 'node:fs';
import {
  fromGithubDeployments,
  fromGithubPullRequests,
  fromGitlabDeployments,
  fromGitlabMergeRequests,
  fromJiraIssues,
  fromLinearIssues,
  linkChangesToDeployments,
} from '@sextant/core/connectors';
import { changeFailureRate, deploymentFrequency, leadTimeForChanges } from '@sextant/core/delivery';
import { boardFromJSON, boardToJSON, flowMetrics, moveCard, undo } from '@sextant/core/kanban';
import { describe, expect, it } from 'vitest';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const march = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };

describe('Jira and Linear boards in the kanban module', () => {
  const jira = fromJiraIssues(load('jira-search.json'), {
    changelogs: [{ key: 'ML-4', response: load('jira-changelog-ML-4.json') }],
  });

  it('boardFromJSON accepts the Jira board and its history as is', () => {
    const board = boardFromJSON(JSON.stringify(jira.board));
    expect(board.cards).toEqual(jira.board.cards);
    expect(board.events).toHaveLength(jira.board.events.length);
    expect(JSON.parse(boardToJSON(board))).toEqual(jira.board);
  });

  it('flowMetrics reads cycle and lead times from the imported history', () => {
    const board = boardFromJSON(jira.board);
    const f = flowMetrics(board, { start: 'in-progress', done: 'done', ...march, now: '2026-03-06T00:00:00Z' });
    // ML-1: in progress 03-02 09:15, done 03-04 04:00 → 1.78125 d; ML-4: 03-02 13:30 → 03-05 10:00 → 2.8541666… d
    expect(f.cycleTime.count).toBe(2);
    expect(f.cycleTime.mean).toBeCloseTo((1.78125 + 2 + 20.5 / 24) / 2, 12);
    // lead time from creation: ML-1 03-01 08:00 → 03-04 04:00 = 2.8333… d; ML-4 03-02 12:00 → 03-05 10:00 = 2.9166… d
    expect(f.leadTime.mean).toBeCloseTo((2 + 20 / 24 + 2 + 22 / 24) / 2, 12);
    // Ageing at 03-06: ML-2 started 03-02 14:00 (3.4166… d), ML-5 03-05 08:00 (0.6666… d)
    expect(f.ageing.map((a) => [a.cardId, a.ageDays])).toEqual([
      ['ML-2', 3 + 10 / 24],
      ['ML-5', 16 / 24],
    ]);
  });

  it('undo never unwinds the imported history, and new moves undo exactly', () => {
    const board = boardFromJSON(fromLinearIssues(load('linear-issues.json')).board);
    expect(undo(board).cards).toEqual(board.cards);
    const moved = moveCard(board, { cardId: 'ENG-4', toColumnId: 'todo', at: '2026-03-06T00:00:00Z' });
    expect(undo(moved.board).cards).toEqual(board.cards);
  });
});

describe('GitHub and GitLab records in the delivery module', () => {
  it('lead time for changes from GitHub pull requests and deployments', () => {
    const deployments = fromGithubDeployments(
      { deployments: load('github-deployments.json'), statuses: load('github-deployment-statuses.json') },
      { environment: 'production' },
    ).records;
    const changes = fromGithubPullRequests(load('github-pulls.json')).records;
    const linked = linkChangesToDeployments(deployments, changes);
    // #48 merged 09:30 → 1002 at 14:12 (4.7 h), #49 13:00 → 14:12 (1.2 h), #50 03-03 08:00 → 09:14 (1.2333 h)
    const lt = leadTimeForChanges(changes, linked, march);
    expect(lt.count).toBe(3);
    expect(lt.meanHours).toBeCloseTo((4.7 + 1.2 + 74 / 60) / 3, 12);
    expect(lt.p50Hours).toBeCloseTo(74 / 60, 12);
    // Successful production deployments 1002 and 1003 on two UTC dates; 1001 and 1004 failed.
    expect(deploymentFrequency(linked, march)).toMatchObject({ count: 2, deployDays: 2 });
    expect(changeFailureRate(linked, [], march)).toEqual({ deployments: 4, failed: 2, rate: 0.5 });
  });

  it('lead time for changes from GitLab merge requests and deployments', () => {
    const deployments = fromGitlabDeployments(load('gitlab-deployments.json'), { environment: 'production' }).records;
    const changes = fromGitlabMergeRequests(load('gitlab-merge-requests.json')).records;
    const lt = leadTimeForChanges(changes, linkChangesToDeployments(deployments, changes), march);
    // !17 merged 03-02 07:30Z → 41 at 08:06:30 (0.6083 h); !18 03-03 11:00Z → 42 failed 13:04, 43 at 15:07 (4.1167 h);
    // !19 14:30Z → 43 at 15:07 (0.6167 h)
    expect(lt.count).toBe(3);
    expect(lt.meanHours).toBeCloseTo((36.5 / 60 + 247 / 60 + 37 / 60) / 3, 12);
  });
});
