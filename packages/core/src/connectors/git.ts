/**
 * GitHub and GitLab REST API → the delivery module's deployments and changes (API.md,
 * "delivery": `{ id, at, status, service?, kind?, changeIds? }` and `{ id, committedAt }`).
 *
 * GitHub: https://docs.github.com/en/rest/deployments/deployments#list-deployments,
 * https://docs.github.com/en/rest/deployments/statuses#list-deployment-statuses,
 * https://docs.github.com/en/rest/pulls/pulls#list-pull-requests.
 * GitLab: https://docs.gitlab.com/ee/api/deployments.html#list-project-deployments,
 * https://docs.gitlab.com/ee/api/merge_requests.html#list-project-merge-requests.
 * Both paginate with HTTP headers (`Link`, `X-Next-Page`), so the caller passes the pages'
 * bodies: one array, or an array of page arrays.
 */
import { SextantError } from '../errors';
import { instantToIso, parseInstant } from '../internal/instant';
import { show, typeName } from '../internal/validate';
import {
  at,
  idField,
  instantField,
  invalidAt,
  ix,
  objectAt,
  optInstantField,
  optObjField,
  optStrField,
  optionsAt,
  own,
  strField,
  type ImportResult,
  type JsonObject,
  type Skipped,
} from './json';

/** A deployment as the delivery module reads it. */
export interface DeploymentRecord {
  id: string;
  /** When it finished (reached its final status), ISO 8601 UTC. */
  at: string;
  status: 'success' | 'failed' | 'rolled-back';
  service?: string;
  kind?: 'model' | 'code' | 'data' | 'config';
  changeIds?: string[];
}

/** A change as the delivery module reads it. */
export interface ChangeRecord {
  id: string;
  /** When the change landed on the target branch (the PR/MR's merge time), ISO 8601 UTC. */
  committedAt: string;
}

/** Options shared by the deployment importers. */
export interface DeploymentImportOptions {
  /** Keep only deployments to these environments (e.g. `'production'`); others are skipped. @default every environment */
  environment?: string | string[];
  /** `service` of every record. @default none */
  service?: string;
  /** `kind` of every record. @default none */
  kind?: DeploymentRecord['kind'];
}

/** Options shared by the change importers. */
export interface ChangeImportOptions {
  /** Leave out changes authored by bot accounts (reported in `skipped`). @default false */
  excludeBots?: boolean;
}

/** Each item of one array or of an array of page arrays, with its path; lazy, so it stops where the caller stops. */
function* items(payload: unknown, name: string): Generator<{ v: unknown; path: string }> {
  if (!Array.isArray(payload)) {
    const got = payload !== null && typeof payload === 'object' && Object.getPrototypeOf(payload) !== Object.prototype;
    throw invalidAt(name, `must be a JSON array (or an array of pages)${got ? ` — got ${typeName(payload)}` : ''}`, payload);
  }
  for (let i = 0; i < payload.length; i++) {
    const e: unknown = payload[i];
    if (Array.isArray(e)) for (let j = 0; j < e.length; j++) yield { v: e[j], path: ix(ix(name, i), j) };
    else yield { v: e, path: ix(name, i) };
  }
}

function environmentFilter(env: unknown): ((name: string) => boolean) | undefined {
  if (env === undefined) return undefined;
  const list = typeof env === 'string' ? [env] : env;
  if (!Array.isArray(list) || list.some((e) => typeof e !== 'string')) {
    throw new SextantError('INVALID_OPTION', `options.environment must be a string or an array of strings; got ${show(env)}`, {
      argument: 'options.environment',
      value: env,
    });
  }
  const set = new Set<string>(list);
  return (name) => set.has(name);
}

function decorate(rec: DeploymentRecord, opts: Partial<DeploymentImportOptions>): DeploymentRecord {
  if (opts.service !== undefined) rec.service = String(opts.service);
  if (opts.kind !== undefined) rec.kind = opts.kind;
  return rec;
}

function checkKind(kind: unknown): void {
  if (kind !== undefined && kind !== 'model' && kind !== 'code' && kind !== 'data' && kind !== 'config') {
    throw new SextantError('INVALID_OPTION', `options.kind must be 'model', 'code', 'data' or 'config'; got ${show(kind)}`, {
      argument: 'options.kind',
      value: kind,
    });
  }
}

/** Input of {@link fromGithubDeployments}: the bodies of the two list endpoints. */
export interface GithubDeploymentsInput {
  /** `GET /repos/{owner}/{repo}/deployments` bodies: one array or an array of pages. */
  deployments: unknown;
  /**
   * `GET /repos/{owner}/{repo}/deployments/{id}/statuses` bodies for those deployments, in
   * one flat array or as pages; each status names its deployment by `deployment_url`.
   */
  statuses: unknown;
}

const GITHUB_TERMINAL: Record<string, DeploymentRecord['status'] | undefined> = {
  success: 'success',
  failure: 'failed',
  error: 'failed',
};

/**
 * GitHub deployments and their statuses → delivery deployments. A deployment's status and
 * `at` come from its latest final status (`success` → success; `failure` or `error` →
 * failed), by `created_at`; deployments with no final status yet (only `queued`, `pending`,
 * `in_progress` or `inactive`) or in an environment not asked for are skipped with the
 * reason. Bot-created deployments (GitHub Actions) are kept: they are how most teams deploy.
 *
 * @example
 * ```ts
 * // Needs the network (not run by the examples test). Token scope: `repo_deployment`
 * // (classic) or "Deployments: read" (fine-grained).
 * async function all(url) {
 *   const out = [];
 *   for (let next = url; next; ) {
 *     const res = await fetch(next, { headers: { authorization: `Bearer ${TOKEN}` } });
 *     out.push(await res.json());
 *     next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
 *   }
 *   return out;
 * }
 * const api = 'https://api.github.com/repos/acme/model-api';
 * const deployments = await all(`${api}/deployments?environment=production&per_page=100`);
 * const statuses = [];
 * for (const d of deployments.flat()) statuses.push(...(await all(`${d.statuses_url}?per_page=100`)));
 * const { records, skipped } = fromGithubDeployments({ deployments, statuses }, { service: 'model-api' });
 * ```
 */
export function fromGithubDeployments(
  input: GithubDeploymentsInput,
  options?: DeploymentImportOptions,
): ImportResult<DeploymentRecord> {
  const opts = optionsAt(options, 'fromGithubDeployments');
  const envOk = environmentFilter(opts.environment);
  checkKind(opts.kind);
  const root = objectAt(input, 'input');
  // The latest final status per deployment id.
  const final = new Map<string, { t: number; id: number; status: DeploymentRecord['status'] }>();
  const latestAny = new Map<string, string>();
  for (const { v, path } of items(own(root, 'statuses'), 'statuses')) {
    const s = objectAt(v, path);
    const state = strField(s, 'state', path);
    const url = strField(s, 'deployment_url', path);
    const m = /\/deployments\/(\d+)\/?$/.exec(url);
    if (!m) throw invalidAt(at(path, 'deployment_url'), 'must end in /deployments/<id>', url);
    const t = instantField(s, 'created_at', path);
    const sid = Number(idField(s, 'id', path));
    latestAny.set(m[1], state);
    const status = Object.prototype.hasOwnProperty.call(GITHUB_TERMINAL, state) ? GITHUB_TERMINAL[state] : undefined;
    if (!status) continue;
    const prev = final.get(m[1]);
    if (!prev || t > prev.t || (t === prev.t && sid > prev.id)) final.set(m[1], { t, id: sid, status });
  }
  const records: DeploymentRecord[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const { v, path } of items(own(root, 'deployments'), 'deployments')) {
    const d = objectAt(v, path);
    const id = idField(d, 'id', path);
    const env = strField(d, 'environment', path);
    instantField(d, 'created_at', path); // the shape is checked even for records left out
    if (seen.has(id)) {
      skipped.push({ path, reason: `duplicate of deployment ${id} on an earlier page` });
      continue;
    }
    seen.add(id);
    if (envOk && !envOk(env)) {
      skipped.push({ path, reason: `environment "${env}" is not among options.environment` });
      continue;
    }
    const f = final.get(id);
    if (!f) {
      const last = latestAny.get(id);
      skipped.push({
        path,
        reason: last ? `no final status yet (latest is "${last}")` : 'no statuses given for this deployment',
      });
      continue;
    }
    records.push(decorate({ id, at: instantToIso(f.t), status: f.status }, opts));
  }
  return { records, skipped };
}

function githubBot(user: JsonObject | undefined): boolean {
  if (!user) return false;
  const type = own(user, 'type');
  const login = own(user, 'login');
  return type === 'Bot' || (typeof login === 'string' && login.endsWith('[bot]'));
}

/**
 * GitHub pull requests (`GET /repos/{owner}/{repo}/pulls?state=closed`) → delivery changes:
 * one per merged pull request, id `owner/repo#number`, `committedAt` = `merged_at`.
 * Unmerged (open, or closed without merging) pull requests are skipped with the reason, as
 * are bot-authored ones with `excludeBots`. Link them to deployments with
 * {@link linkChangesToDeployments}.
 *
 * @example
 * ```ts
 * // Needs the network (not run by the examples test). Token: "Pull requests: read".
 * const pages = [];
 * for (let page = 1; ; page++) {
 *   const res = await fetch(`https://api.github.com/repos/acme/model-api/pulls?state=closed&base=main&per_page=100&page=${page}`);
 *   const body = await res.json();
 *   pages.push(body);
 *   if (!/rel="next"/.test(res.headers.get('link') ?? '')) break;
 * }
 * const { records: changes } = fromGithubPullRequests(pages, { excludeBots: true });
 * ```
 */
export function fromGithubPullRequests(pulls: unknown, options?: ChangeImportOptions): ImportResult<ChangeRecord> {
  const opts = optionsAt(options, 'fromGithubPullRequests');
  const records: ChangeRecord[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const { v, path } of items(pulls, 'pulls')) {
    const pr = objectAt(v, path);
    const number = idField(pr, 'number', path);
    const state = strField(pr, 'state', path);
    const merged = optInstantField(pr, 'merged_at', path);
    instantField(pr, 'created_at', path);
    const base = optObjField(pr, 'base', path);
    const repo = base ? optObjField(base, 'repo', at(path, 'base')) : undefined;
    const full = repo ? optStrField(repo, 'full_name', at(at(path, 'base'), 'repo')) : undefined;
    const id = `${full ?? ''}#${number}`;
    if (seen.has(id)) {
      skipped.push({ path, reason: `duplicate of pull request ${id} on an earlier page` });
      continue;
    }
    seen.add(id);
    if (merged === undefined) {
      skipped.push({ path, reason: state === 'open' ? 'not merged yet (open)' : 'closed without merging' });
      continue;
    }
    if (opts.excludeBots === true && githubBot(optObjField(pr, 'user', path))) {
      skipped.push({ path, reason: `authored by a bot (${String(own(optObjField(pr, 'user', path) ?? {}, 'login'))})` });
      continue;
    }
    records.push({ id, committedAt: instantToIso(merged) });
  }
  return { records, skipped };
}

const GITLAB_STATUS: Record<string, DeploymentRecord['status'] | undefined> = { success: 'success', failed: 'failed' };

/**
 * GitLab deployments (`GET /projects/:id/deployments`) → delivery deployments. `success`
 * and `failed` deployments become records, `at` = `finished_at` (or the job's
 * `deployable.finished_at`, else `updated_at`); `created`, `running`, `blocked`, `canceled`
 * and `skipped` ones are skipped with the reason.
 *
 * @example
 * ```ts
 * // Needs the network (not run by the examples test). Token scope: `read_api`.
 * const pages = [];
 * for (let page = '1'; page; ) {
 *   const res = await fetch(`${GITLAB}/api/v4/projects/42/deployments?environment=production&per_page=100&page=${page}`, {
 *     headers: { 'PRIVATE-TOKEN': TOKEN },
 *   });
 *   pages.push(await res.json());
 *   page = res.headers.get('x-next-page');
 * }
 * const { records } = fromGitlabDeployments(pages, { service: 'model-api' });
 * ```
 */
export function fromGitlabDeployments(deployments: unknown, options?: DeploymentImportOptions): ImportResult<DeploymentRecord> {
  const opts = optionsAt(options, 'fromGitlabDeployments');
  const envOk = environmentFilter(opts.environment);
  checkKind(opts.kind);
  const records: DeploymentRecord[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const { v, path } of items(deployments, 'deployments')) {
    const d = objectAt(v, path);
    const id = idField(d, 'id', path);
    const state = strField(d, 'status', path);
    const env = optObjField(d, 'environment', path);
    const envName = env ? optStrField(env, 'name', at(path, 'environment')) : undefined;
    const updated = instantField(d, 'updated_at', path);
    const finished = optInstantField(d, 'finished_at', path);
    const job = optObjField(d, 'deployable', path);
    const jobFinished = job ? optInstantField(job, 'finished_at', at(path, 'deployable')) : undefined;
    if (seen.has(id)) {
      skipped.push({ path, reason: `duplicate of deployment ${id} on an earlier page` });
      continue;
    }
    seen.add(id);
    if (envOk && !envOk(envName ?? '')) {
      skipped.push({ path, reason: `environment "${envName ?? ''}" is not among options.environment` });
      continue;
    }
    const status = Object.prototype.hasOwnProperty.call(GITLAB_STATUS, state) ? GITLAB_STATUS[state] : undefined;
    if (!status) {
      skipped.push({ path, reason: `status "${state}" is not a finished deployment (success or failed)` });
      continue;
    }
    records.push(decorate({ id, at: instantToIso(finished ?? jobFinished ?? updated), status }, opts));
  }
  return { records, skipped };
}

function gitlabBot(user: JsonObject | undefined): boolean {
  if (!user) return false;
  if (own(user, 'bot') === true) return true;
  const name = own(user, 'username');
  // Project and group access tokens act as users named project_<id>_bot_<hash> / group_<id>_bot_<hash>.
  return typeof name === 'string' && /^(?:project|group)_\d+_bot(?:_|$)|(?:-bot|\[bot\])$/.test(name);
}

/**
 * GitLab merge requests (`GET /projects/:id/merge_requests?state=merged`) → delivery
 * changes: id `references.full` (`group/project!iid`), `committedAt` = `merged_at`. Merge
 * requests that are not merged, or have no `merged_at`, are skipped with the reason, as are
 * bot-authored ones with `excludeBots`.
 *
 * @example
 * ```ts
 * // Needs the network (not run by the examples test). Token scope: `read_api`.
 * const pages = [];
 * for (let page = '1'; page; ) {
 *   const res = await fetch(`${GITLAB}/api/v4/projects/42/merge_requests?state=merged&target_branch=main&per_page=100&page=${page}`, {
 *     headers: { 'PRIVATE-TOKEN': TOKEN },
 *   });
 *   pages.push(await res.json());
 *   page = res.headers.get('x-next-page'); // empty on the last page
 * }
 * const { records: changes, skipped } = fromGitlabMergeRequests(pages, { excludeBots: true });
 * ```
 */
export function fromGitlabMergeRequests(mergeRequests: unknown, options?: ChangeImportOptions): ImportResult<ChangeRecord> {
  const opts = optionsAt(options, 'fromGitlabMergeRequests');
  const records: ChangeRecord[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const { v, path } of items(mergeRequests, 'mergeRequests')) {
    const mr = objectAt(v, path);
    const iid = idField(mr, 'iid', path);
    const state = strField(mr, 'state', path);
    instantField(mr, 'created_at', path);
    const merged = optInstantField(mr, 'merged_at', path);
    const refs = optObjField(mr, 'references', path);
    const full = refs ? optStrField(refs, 'full', at(path, 'references')) : undefined;
    const id = full ?? `${idField(mr, 'project_id', path)}!${iid}`;
    if (seen.has(id)) {
      skipped.push({ path, reason: `duplicate of merge request ${id} on an earlier page` });
      continue;
    }
    seen.add(id);
    if (state !== 'merged') {
      skipped.push({ path, reason: `state "${state}", not merged` });
      continue;
    }
    if (merged === undefined) {
      skipped.push({ path, reason: 'merged but without merged_at (merged before GitLab recorded it)' });
      continue;
    }
    const author = optObjField(mr, 'author', path);
    if (opts.excludeBots === true && gitlabBot(author)) {
      skipped.push({ path, reason: `authored by a bot (${String(own(author ?? {}, 'username'))})` });
      continue;
    }
    records.push({ id, committedAt: instantToIso(merged) });
  }
  return { records, skipped };
}

/**
 * Say which changes each deployment shipped when the source has no commit graph at hand: a
 * change belongs to every deployment from the first one at or after its
 * `committedAt` up to and including the first successful one (a failed deployment carried it
 * too; the next successful one shipped it). With that, `leadTimeForChanges` finds each
 * change's first successful deployment. Existing `changeIds` are kept. Returns new objects.
 * Call it once per repository and environment (the deployments of one delivery stream).
 *
 * @example
 * ```ts
 * const deployments = [
 *   { id: 'd1', at: '2026-03-02T10:00:00Z', status: 'failed' },
 *   { id: 'd2', at: '2026-03-02T12:00:00Z', status: 'success' },
 * ];
 * const changes = [{ id: 'acme/api#7', committedAt: '2026-03-02T09:00:00Z' }];
 * linkChangesToDeployments(deployments, changes).map((d) => d.changeIds);
 * // [['acme/api#7'], ['acme/api#7']]
 * ```
 */
export function linkChangesToDeployments(
  deployments: readonly DeploymentRecord[],
  changes: readonly ChangeRecord[],
): DeploymentRecord[] {
  if (!Array.isArray(deployments)) throw invalidAt('deployments', 'must be an array', deployments);
  if (!Array.isArray(changes)) throw invalidAt('changes', 'must be an array', changes);
  // Plain loops, not map(): map skips holes, so a sparse `new Array(2 ** 32 - 1)` would be
  // walked to its end; here the first hole is refused where it is.
  const out: (DeploymentRecord & { changeIds: string[] })[] = [];
  const times: number[] = [];
  for (let i = 0; i < deployments.length; i++) {
    const d = deployments[i];
    const o = objectAt(d, ix('deployments', i));
    times.push(parseInstant(own(o, 'at'), ix('deployments', i) + '.at'));
    out.push({ ...d, changeIds: [...(Array.isArray(d.changeIds) ? d.changeIds : [])] });
  }
  const order = out.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
  const cts: number[] = [];
  for (let i = 0; i < changes.length; i++) {
    const o = objectAt(changes[i], ix('changes', i));
    const id = own(o, 'id');
    if (typeof id !== 'string') throw invalidAt(ix('changes', i) + '.id', 'must be a string', id);
    cts.push(parseInstant(own(o, 'committedAt'), ix('changes', i) + '.committedAt'));
  }
  for (let c = 0; c < changes.length; c++) {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[order[mid]] >= cts[c]) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < order.length; k++) {
      const d = out[order[k]];
      if (!d.changeIds.includes(changes[c].id)) d.changeIds.push(changes[c].id);
      if (d.status === 'success') break;
    }
  }
  return out;
}
