/**
 * Jira and Linear issues with their status history → a Kanban board with its event history,
 * in the kanban module's saved-board shape (API.md, "kanban": `{ version: 1, columns, lanes,
 * cards, flow?, events, redo, baseline }`, events `add` then `move` in time order), so
 * `boardFromJSON`, `flowMetrics` and the board widget work on real history.
 *
 * Jira: `GET /rest/api/3/search?expand=changelog` (or `/search/jql`):
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/ and
 * `GET /rest/api/3/issue/{key}/changelog` for histories past the first 100:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
 * Linear: GraphQL `issues { nodes { … history { nodes { createdAt fromState toState } } } }`:
 * https://developers.linear.app/docs/graphql/working-with-the-graphql-api
 */
import { SextantError } from '../errors';
import { instantToIso } from '../internal/instant';
import { show } from '../internal/validate';
import {
  arrField,
  at,
  dict,
  eachOf,
  idField,
  instantField,
  invalidAt,
  ix,
  objField,
  objectAt,
  optArrField,
  optObjField,
  optStrField,
  optionsAt,
  own,
  insidePayload,
  pagesOf,
  strField,
  type JsonObject,
  type Skipped,
} from './json';

/** A card type of the kanban module. */
export type ImportedCardType = 'experiment' | 'data' | 'model' | 'incident' | 'task';

/** A card in the kanban module's shape. */
export interface ImportedCard {
  id: string;
  title: string;
  type: ImportedCardType;
  columnId: string;
  owner?: string;
  tags?: string[];
  createdAt: string;
}

/** An `add` or `move` event in the kanban module's shape. */
export type ImportedBoardEvent =
  | { type: 'add'; cardId: string; at: string; to: string; toIndex: number; card: ImportedCard }
  | { type: 'move'; cardId: string; at: string; from: string; to: string; fromIndex: number; toIndex: number };

/** A saved board as the kanban module's `boardToJSON` writes it (plain JSON). */
export interface ImportedBoard {
  version: 1;
  columns: { id: string; title: string }[];
  lanes: never[];
  cards: ImportedCard[];
  flow?: { start: string; done: string };
  events: ImportedBoardEvent[];
  redo: never[];
  /** Every imported event: undo does not unwind the imported history. */
  baseline: number;
}

/** What the board importers return: the cards as `records`, the board, and what was left out. */
export interface BoardImportResult {
  records: ImportedCard[];
  skipped: Skipped[];
  board: ImportedBoard;
  /** Status (id and name) → column id, as used; a null-prototype object. */
  statusMap: Record<string, string>;
}

/** A column of the imported board and the statuses (names or ids) that map to it. */
export interface StatusColumn {
  id: string;
  title: string;
  statuses: string[];
}

/** Options shared by {@link fromJiraIssues} and {@link fromLinearIssues}. */
export interface BoardImportOptions {
  /** Columns in board order, each with the statuses (names or ids) it holds. @default by status category */
  columns?: StatusColumn[];
  /** Which columns bound the flow for `flowMetrics`. @default the first "in progress" and the first "done" column */
  flow?: { start: string; done: string };
  /** Issue type name → card type. @default Bug/Incident → incident, Experiment/Spike → experiment, names with Data/Model → data/model, else task */
  types?: Record<string, ImportedCardType>;
}

const CARD_TYPES: readonly string[] = ['experiment', 'data', 'model', 'incident', 'task'];

function defaultType(name: string | undefined): ImportedCardType {
  if (name === undefined) return 'task';
  if (/bug|incident/i.test(name)) return 'incident';
  if (/experiment|spike/i.test(name)) return 'experiment';
  if (/\bdata/i.test(name)) return 'data';
  if (/\bmodel/i.test(name)) return 'model';
  return 'task';
}

function option(name: string, why: string, v: unknown): SextantError {
  return new SextantError('INVALID_OPTION', `${name} ${why}; got ${show(v)}`, { argument: name, value: v });
}

interface Move {
  t: number;
  /** Status id or name as written in the history. */
  to: { id?: string; name?: string };
  from?: { id?: string; name?: string };
  path: string;
  /** Jira's history id, to match the changelog endpoint's pages with the search's first 100. */
  hid?: string;
}

interface Issue {
  path: string;
  id: string;
  title: string;
  type: ImportedCardType;
  owner?: string;
  tags?: string[];
  created: number;
  current: { id?: string; name?: string };
  moves: Move[];
}

/** Resolve a status to a column through ids first (a renamed status keeps its id), then names. */
function columnOf(map: Record<string, string>, s: { id?: string; name?: string } | undefined): string | undefined {
  if (!s) return undefined;
  if (s.id !== undefined && s.id in map) return map[`${s.id}`];
  if (s.name !== undefined && s.name in map) return map[s.name];
  return undefined;
}

function describe(s: { id?: string; name?: string }): string {
  return s.name !== undefined ? `"${s.name}"${s.id !== undefined ? ` (id ${s.id})` : ''}` : `id ${s.id ?? '?'}`;
}

function readColumns(
  opts: Partial<BoardImportOptions>,
  map: Record<string, string>,
): { id: string; title: string }[] | undefined {
  if (opts.columns === undefined) return undefined;
  if (!Array.isArray(opts.columns) || opts.columns.length === 0)
    throw option('options.columns', 'must be a non-empty array of { id, title, statuses }', opts.columns);
  const out: { id: string; title: string }[] = [];
  const ids = new Set<string>();
  eachOf(opts.columns, (c, i) => {
    const p = `options.columns[${i}]`;
    if (typeof c !== 'object' || c === null) throw option(p, 'must be an object { id, title, statuses }', c);
    if (typeof c.id !== 'string' || c.id === '' || ids.has(c.id)) throw option(`${p}.id`, 'must be a new non-empty string', c.id);
    if (typeof c.title !== 'string') throw option(`${p}.title`, 'must be a string', c.title);
    if (!Array.isArray(c.statuses)) throw option(`${p}.statuses`, 'must be an array of status names or ids', c.statuses);
    ids.add(c.id);
    out.push({ id: c.id, title: c.title });
    eachOf(c.statuses, (s, j) => {
      if (typeof s !== 'string') throw option(`${p}.statuses[${j}]`, 'must be a string', s);
      map[s] = c.id;
    });
  });
  return out;
}

function checkFlow(flow: unknown, columns: { id: string }[]): { start: string; done: string } | undefined {
  if (flow === undefined) return undefined;
  const f = flow as { start?: unknown; done?: unknown };
  const ids = columns.map((c) => c.id);
  const si = ids.indexOf(f?.start as string);
  const di = ids.indexOf(f?.done as string);
  if (typeof flow !== 'object' || flow === null || si < 0 || di < 0 || si > di)
    throw option('options.flow', 'must name two columns { start, done } of the board, start not after done', flow);
  return { start: ids[si], done: ids[di] };
}

/** Replay the issues' histories into a board, keeping the kanban module's index rules. */
function buildBoard(
  columns: { id: string; title: string }[],
  flow: { start: string; done: string } | undefined,
  map: Record<string, string>,
  issues: Issue[],
  skipped: Skipped[],
): { board: ImportedBoard; cards: ImportedCard[] } {
  interface Ev {
    t: number;
    seq: number;
    issue: Issue;
    to: string;
    at?: Move;
  }
  const evs: Ev[] = [];
  let seq = 0;
  for (const issue of issues) {
    const moves = issue.moves.slice().sort((a, b) => a.t - b.t);
    // The first status is where the first transition came from; without one, the current status.
    const first = moves.length > 0 && moves[0].from ? moves[0].from : issue.current;
    const start = columnOf(map, first) ?? columnOf(map, issue.current);
    if (start === undefined) {
      skipped.push({
        path: issue.path,
        reason: `status ${describe(first)} is not mapped to a column; map it in options.columns`,
      });
      continue;
    }
    evs.push({ t: issue.created, seq: seq++, issue, to: start });
    let col = start;
    for (const m of moves) {
      const to = columnOf(map, m.to);
      if (to === undefined) {
        skipped.push({
          path: m.path,
          reason: `status ${describe(m.to)} is not mapped to a column (deleted or renamed?); the move is left out`,
        });
        continue;
      }
      if (m.t < issue.created) {
        skipped.push({ path: m.path, reason: 'the transition is dated before the issue was created; left out' });
        continue;
      }
      if (to === col) continue; // a status change inside one column is not a move on the board
      evs.push({ t: m.t, seq: seq++, issue, to, at: m });
      col = to;
    }
  }
  evs.sort((a, b) => a.t - b.t || a.seq - b.seq);
  const inCol = new Map<string, string[]>(columns.map((c) => [c.id, []]));
  const where = new Map<string, string>();
  const byId = new Map<string, ImportedCard>();
  const events: ImportedBoardEvent[] = [];
  for (const e of evs) {
    const id = e.issue.id;
    const iso = instantToIso(e.t);
    if (!e.at) {
      const card: ImportedCard = { id, title: e.issue.title, type: e.issue.type, columnId: e.to, createdAt: iso };
      if (e.issue.owner !== undefined) card.owner = e.issue.owner;
      if (e.issue.tags !== undefined && e.issue.tags.length > 0) card.tags = e.issue.tags;
      const list = inCol.get(e.to)!;
      events.push({ type: 'add', cardId: id, at: iso, to: e.to, toIndex: list.length, card });
      list.push(id);
      where.set(id, e.to);
      byId.set(id, card);
    } else {
      const from = where.get(id)!;
      const fromList = inCol.get(from)!;
      const fromIndex = fromList.indexOf(id);
      fromList.splice(fromIndex, 1);
      const toList = inCol.get(e.to)!;
      events.push({ type: 'move', cardId: id, at: iso, from, to: e.to, fromIndex, toIndex: toList.length });
      toList.push(id);
      where.set(id, e.to);
    }
  }
  const cards: ImportedCard[] = [];
  for (const c of columns) for (const id of inCol.get(c.id)!) cards.push({ ...byId.get(id)!, columnId: c.id });
  const board: ImportedBoard = { version: 1, columns, lanes: [], cards, events, redo: [], baseline: events.length };
  if (flow) board.flow = flow;
  return { board, cards };
}

function statusOf(o: JsonObject | undefined, path: string, idKey: string, nameKey: string) {
  if (!o) return undefined;
  const id = own(o, idKey);
  const s: { id?: string; name?: string } = {};
  if (id !== undefined && id !== null) s.id = idField(o, idKey, path);
  const name = optStrField(o, nameKey, path);
  if (name !== undefined) s.name = name;
  return s;
}

function typeFor(name: string | undefined, types: Partial<BoardImportOptions>['types']): ImportedCardType {
  if (types !== undefined && name !== undefined && Object.prototype.hasOwnProperty.call(types, name)) return types[name]!;
  return defaultType(name);
}

function checkTypes(types: unknown): void {
  if (types === undefined) return;
  if (typeof types !== 'object' || types === null) throw option('options.types', 'must be an object', types);
  for (const k of Object.keys(types)) {
    const v = (types as Record<string, unknown>)[k];
    if (!CARD_TYPES.includes(v as string))
      throw option(`options.types[${JSON.stringify(k)}]`, `must be one of ${CARD_TYPES.join(', ')}`, v);
  }
}

const JIRA_COLUMNS = [
  { id: 'todo', title: 'To Do', category: 'new' },
  { id: 'in-progress', title: 'In Progress', category: 'indeterminate' },
  { id: 'done', title: 'Done', category: 'done' },
];

/** Extra changelog pages for one issue (`GET /rest/api/3/issue/{key}/changelog`). */
export interface JiraChangelogInput {
  /** The issue key (`ML-42`). */
  key: string;
  /** One changelog page `{ values, startAt, total, isLast }` or an array of them. */
  response: unknown;
}

/** Options of {@link fromJiraIssues}. */
export interface JiraIssuesOptions extends BoardImportOptions {
  /** Changelog pages for issues whose history the search truncated (it returns at most 100). @default [] */
  changelogs?: JiraChangelogInput[];
}

/**
 * Jira issues with their changelog → a Kanban board with its event history: each issue a card
 * (key, summary, type from the issue type, assignee, labels) added at `created` in the column of
 * its first status, and each status transition a move, in time order. Columns come from
 * `options.columns` or, by default, from Jira's status categories (To Do, In Progress, Done);
 * statuses resolve by id first, so a renamed status still maps. Transitions into a status no
 * column holds (a deleted one), truncated changelogs and status changes inside one column are
 * reported in `skipped`, not guessed.
 *
 * @example
 * ```ts
 * // Needs a Jira site (not run by the examples test). Permission: "Browse projects".
 * const pages = [];
 * for (let startAt = 0; ; ) {
 *   const url = `${JIRA}/rest/api/3/search?jql=${encodeURIComponent('project = ML')}&expand=changelog&maxResults=100&startAt=${startAt}`;
 *   const page = await (await fetch(url, { headers: { authorization: `Basic ${btoa(`${EMAIL}:${TOKEN}`)}` } })).json();
 *   pages.push(page);
 *   startAt += page.issues.length;
 *   if (page.issues.length === 0 || startAt >= page.total) break;
 * }
 * const { board, skipped } = fromJiraIssues(pages);
 * flowMetrics(boardFromJSON(board), { start: 'in-progress', done: 'done', from, to, now });
 * ```
 */
export function fromJiraIssues(response: unknown, options?: JiraIssuesOptions): BoardImportResult {
  const opts = optionsAt(options, 'fromJiraIssues');
  checkTypes(opts.types);
  const map = dict<string>();
  const given = readColumns(opts, map);
  const skipped: Skipped[] = [];
  const issues: Issue[] = [];
  const byKey = new Map<string, Issue>();
  const categories = dict<string>();
  const truncated: { key: string; path: string; shown: number; total: number }[] = [];
  const completed = new Set<string>();
  for (const { page: p, path } of pagesOf(response, 'response')) {
    const page = objectAt(p, path);
    const list = arrField(page, 'issues', path);
    for (let i = 0; i < list.length; i++) {
      const ipath = ix(at(path, 'issues'), i);
      const issue = objectAt(list[i], ipath);
      const key = strField(issue, 'key', ipath);
      const fields = objField(issue, 'fields', ipath);
      const fpath = at(ipath, 'fields');
      const status = objField(fields, 'status', fpath);
      const spath = at(fpath, 'status');
      const current = statusOf(status, spath, 'id', 'name')!;
      const cat = optObjField(status, 'statusCategory', spath);
      const catKey = cat ? optStrField(cat, 'key', at(spath, 'statusCategory')) : undefined;
      if (catKey !== undefined) {
        if (current.id !== undefined) categories[current.id] = catKey;
        if (current.name !== undefined) categories[current.name] = catKey;
      }
      const issuetype = optObjField(fields, 'issuetype', fpath);
      const typeName = issuetype ? optStrField(issuetype, 'name', at(fpath, 'issuetype')) : undefined;
      const assignee = optObjField(fields, 'assignee', fpath);
      const owner = assignee ? optStrField(assignee, 'displayName', at(fpath, 'assignee')) : undefined;
      const labels = optArrField(fields, 'labels', fpath).map((l, j) => {
        if (typeof l !== 'string') throw invalidAt(ix(at(fpath, 'labels'), j), 'must be a string', l);
        return l;
      });
      const rec: Issue = {
        path: ipath,
        id: key,
        title: optStrField(fields, 'summary', fpath) ?? key,
        type: typeFor(typeName, opts.types),
        created: instantField(fields, 'created', fpath),
        current,
        moves: [],
      };
      if (owner !== undefined) rec.owner = owner;
      if (labels.length > 0) rec.tags = labels;
      if (byKey.has(key)) {
        skipped.push({ path: ipath, reason: `duplicate of issue ${key} on an earlier page` });
        continue;
      }
      const changelog = optObjField(issue, 'changelog', ipath);
      if (changelog) {
        const cpath = at(ipath, 'changelog');
        const histories = arrField(changelog, 'histories', cpath);
        readJiraHistories(histories, at(cpath, 'histories'), rec.moves);
        const total = own(changelog, 'total');
        if (typeof total === 'number' && total > histories.length)
          truncated.push({ key, path: cpath, shown: histories.length, total });
      }
      byKey.set(key, rec);
      issues.push(rec);
    }
  }
  if (opts.changelogs !== undefined) {
    if (!Array.isArray(opts.changelogs))
      throw option('options.changelogs', 'must be an array of { key, response }', opts.changelogs);
    eachOf(opts.changelogs, (c, i) => {
      const cpath = ix('options.changelogs', i);
      const o = objectAt(c, cpath);
      const key = strField(o, 'key', cpath);
      const rec = byKey.get(key);
      if (!rec) {
        skipped.push({ path: cpath, reason: `issue ${key} is not among the imported issues` });
        return;
      }
      // These pages repeat the first 100 histories; keep one move per history id.
      const extra: Move[] = [];
      for (const { page, path } of pagesOf(own(o, 'response'), at(cpath, 'response'))) {
        const pg = objectAt(page, path);
        readJiraHistories(arrField(pg, 'values', path), at(path, 'values'), extra);
      }
      const seen = new Set(rec.moves.map((m) => m.hid).filter((h) => h !== undefined));
      for (const m of extra) if (m.hid === undefined || !seen.has(m.hid)) rec.moves.push(m);
      completed.add(key);
    });
  }
  for (const t of truncated) {
    if (completed.has(t.key)) continue;
    skipped.push({
      path: t.path,
      reason: `changelog truncated: ${t.shown} of ${t.total} histories; pass /issue/${t.key}/changelog pages in options.changelogs`,
    });
  }
  let columns = given;
  if (!columns) {
    for (const k of Object.keys(categories)) {
      const col = JIRA_COLUMNS.find((c) => c.category === categories[k]);
      if (col) map[k] = col.id;
    }
    columns = JIRA_COLUMNS.map(({ id, title }) => ({ id, title }));
  }
  const flow = checkFlow(opts.flow, columns) ?? (given ? undefined : { start: 'in-progress', done: 'done' });
  const { board, cards } = buildBoard(columns, flow, map, issues, skipped);
  return { records: cards, skipped: insidePayload(skipped, 'response'), board, statusMap: map };
}

function readJiraHistories(histories: readonly unknown[], hpath: string, moves: Move[]): void {
  for (let h = 0; h < histories.length; h++) {
    const p = ix(hpath, h);
    const history = objectAt(histories[h], p);
    const t = instantField(history, 'created', p);
    const hid = own(history, 'id');
    const items = arrField(history, 'items', p);
    for (let k = 0; k < items.length; k++) {
      const ip = ix(at(p, 'items'), k);
      const item = objectAt(items[k], ip);
      const field = optStrField(item, 'fieldId', ip) ?? strField(item, 'field', ip);
      if (field !== 'status') continue;
      const to = statusOf(item, ip, 'to', 'toString');
      const from = statusOf(item, ip, 'from', 'fromString');
      if (!to || (to.id === undefined && to.name === undefined))
        throw invalidAt(at(ip, 'to'), 'must name the new status', own(item, 'to'));
      const m: Move = { t, to, from, path: ip };
      if (typeof hid === 'string' || typeof hid === 'number') m.hid = String(hid);
      moves.push(m);
    }
  }
}

const LINEAR_COLUMNS = [
  { id: 'backlog', title: 'Backlog', types: ['triage', 'backlog'] },
  { id: 'todo', title: 'Todo', types: ['unstarted'] },
  { id: 'in-progress', title: 'In Progress', types: ['started'] },
  { id: 'done', title: 'Done', types: ['completed'] },
];

/**
 * Linear issues with their history (GraphQL) → a Kanban board with its event history, as
 * {@link fromJiraIssues}: state changes in `history` (`fromState` → `toState`) become moves,
 * and the card type comes from the first label that names one (Bug → incident, …).
 * Default columns follow Linear's state types (Backlog, Todo, In Progress, Done); issues
 * whose state is `canceled` are left out, and moves into a canceled state reported, since a
 * canceled item is neither done nor in progress.
 *
 * @example
 * ```ts
 * // Needs the Linear API (not run by the examples test). A personal API key with read access.
 * const query = `query($after: String) { issues(first: 100, after: $after) {
 *   nodes { id identifier title createdAt labels { nodes { name } } assignee { name }
 *     state { id name type } history(first: 100) { nodes { createdAt fromState { id name type } toState { id name type } } } }
 *   pageInfo { hasNextPage endCursor } } }`;
 * const pages = [];
 * for (let after = null; ; ) {
 *   const res = await fetch('https://api.linear.app/graphql', {
 *     method: 'POST',
 *     headers: { 'content-type': 'application/json', authorization: KEY },
 *     body: JSON.stringify({ query, variables: { after } }),
 *   });
 *   const page = await res.json();
 *   pages.push(page);
 *   if (!page.data.issues.pageInfo.hasNextPage) break;
 *   after = page.data.issues.pageInfo.endCursor;
 * }
 * const { board } = fromLinearIssues(pages);
 * ```
 */
export function fromLinearIssues(response: unknown, options?: BoardImportOptions): BoardImportResult {
  const opts = optionsAt(options, 'fromLinearIssues');
  checkTypes(opts.types);
  const map = dict<string>();
  const given = readColumns(opts, map);
  const skipped: Skipped[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const stateTypes = dict<string>();
  for (const { page: p, path } of pagesOf(response, 'response')) {
    const page = objectAt(p, path);
    const errors = own(page, 'errors');
    if (Array.isArray(errors) && errors.length > 0) {
      const first = errors[0] as { message?: unknown };
      throw invalidAt(
        at(path, 'errors'),
        `reports a GraphQL error (${typeof first?.message === 'string' ? first.message : 'no message'})`,
        errors.length,
      );
    }
    const data = objField(page, 'data', path);
    const dpath = at(path, 'data');
    const conn = objField(data, 'issues', dpath);
    const cpath = at(dpath, 'issues');
    const nodes = arrField(conn, 'nodes', cpath);
    for (let i = 0; i < nodes.length; i++) {
      const ipath = ix(at(cpath, 'nodes'), i);
      const node = objectAt(nodes[i], ipath);
      const key = optStrField(node, 'identifier', ipath) ?? idField(node, 'id', ipath);
      const state = objField(node, 'state', ipath);
      const spath = at(ipath, 'state');
      const current = statusOf(state, spath, 'id', 'name')!;
      const stype = strField(state, 'type', spath);
      const note = (s: { id?: string; name?: string } | undefined, type: string | undefined) => {
        if (!s || type === undefined) return;
        if (s.id !== undefined) stateTypes[s.id] = type;
        if (s.name !== undefined) stateTypes[s.name] = type;
      };
      note(current, stype);
      const assignee = optObjField(node, 'assignee', ipath);
      const owner = assignee ? optStrField(assignee, 'name', at(ipath, 'assignee')) : undefined;
      const labelsConn = optObjField(node, 'labels', ipath);
      const labels = labelsConn
        ? optArrField(labelsConn, 'nodes', at(ipath, 'labels')).map((l, j) =>
            strField(objectAt(l, ix(at(at(ipath, 'labels'), 'nodes'), j)), 'name', ix(at(at(ipath, 'labels'), 'nodes'), j)),
          )
        : [];
      const rec: Issue = {
        path: ipath,
        id: key,
        title: strField(node, 'title', ipath),
        type: typeFor(
          labels.find((l) => /bug|incident|experiment|spike|data|model/i.test(l)),
          opts.types,
        ),
        created: instantField(node, 'createdAt', ipath),
        current,
        moves: [],
      };
      if (owner !== undefined) rec.owner = owner;
      if (labels.length > 0) rec.tags = labels;
      const history = optObjField(node, 'history', ipath);
      if (history) {
        const hpath = at(at(ipath, 'history'), 'nodes');
        const hs = arrField(history, 'nodes', at(ipath, 'history'));
        for (let h = 0; h < hs.length; h++) {
          const p2 = ix(hpath, h);
          const entry = objectAt(hs[h], p2);
          const toState = optObjField(entry, 'toState', p2);
          if (!toState) continue; // not a state change
          const fromState = optObjField(entry, 'fromState', p2);
          const to = statusOf(toState, at(p2, 'toState'), 'id', 'name')!;
          const from = fromState ? statusOf(fromState, at(p2, 'fromState'), 'id', 'name') : undefined;
          note(to, optStrField(toState, 'type', at(p2, 'toState')));
          if (fromState) note(from, optStrField(fromState, 'type', at(p2, 'fromState')));
          rec.moves.push({ t: instantField(entry, 'createdAt', p2), to, from, path: p2 });
        }
      }
      if (seen.has(key)) {
        skipped.push({ path: ipath, reason: `duplicate of issue ${key} on an earlier page` });
        continue;
      }
      seen.add(key);
      if (stype === 'canceled' && !given) {
        skipped.push({ path: ipath, reason: `canceled (state "${current.name ?? stype}"): neither done nor in progress` });
        continue;
      }
      issues.push(rec);
    }
  }
  let columns = given;
  if (!columns) {
    for (const k of Object.keys(stateTypes)) {
      const col = LINEAR_COLUMNS.find((c) => c.types.includes(stateTypes[k]));
      if (col) map[k] = col.id;
    }
    columns = LINEAR_COLUMNS.map(({ id, title }) => ({ id, title }));
  }
  const flow = checkFlow(opts.flow, columns) ?? (given ? undefined : { start: 'in-progress', done: 'done' });
  const { board, cards } = buildBoard(columns, flow, map, issues, skipped);
  return { records: cards, skipped: insidePayload(skipped, 'response'), board, statusMap: map };
}
