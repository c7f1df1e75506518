/**
 * The communication plan: who hears about the project, how often, where, and when each update
 * falls in its members' working hours.
 */
import { SextantError } from '../errors';
import { parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { suggestSeries, type MeetingSlot, type SeriesBurden } from '../schedule/suggest';
import type { TeamMember } from '../schedule/member';
import { bad, own } from './facts';
import { resolveMessages } from './stakeholder';
import type { SummaryMessages } from './messages';
import { AUDIENCES, type Audience } from './types';

/** How often a group hears about the project: a named cadence or a number of days. */
export type Cadence = 'weekly' | 'biweekly' | 'monthly' | number;

const CADENCE_DAYS: Record<string, number> = { weekly: 7, biweekly: 14, monthly: 28 };

/** A stakeholder group of a communication plan. */
export interface StakeholderGroup {
  id: string;
  name: string;
  /** Which summary the group reads. */
  audience?: Audience;
  /** `'monthly'` is every four weeks, so updates stay on the same weekday. */
  cadence: Cadence;
  /** Where the update happens: "Video call and written summary". */
  channel: string;
  /** Ids of `members` who attend. */
  memberIds: readonly string[];
  /** @default 30 */
  durationMinutes?: number;
}

/** Options of {@link communicationPlan}. */
export interface CommunicationPlanOptions {
  /** Start of the plan (instant). */
  from: string | number;
  /** End of the plan (instant), exclusive: only whole cadence periods inside `[from, to)` get an update. */
  to: string | number;
  /** Everyone the groups name, with time zone and working hours (the schedule module's members). */
  members: readonly TeamMember[];
}

/** One group's plan. */
export interface GroupPlan {
  id: string;
  name: string;
  audience: Audience | null;
  cadence: Cadence;
  everyDays: number;
  channel: string;
  durationMinutes: number;
  /** One slot per cadence period, in order (the schedule module's `MeetingSlot`: UTC start/end, each member's local times). */
  updates: MeetingSlot[];
  /** Per member, the minutes outside hours the series asks of them (rotated fairly). */
  burden: SeriesBurden[];
  /** True when every update has every member inside working hours. */
  allInside: boolean;
}

/** The result of {@link communicationPlan}. */
export interface CommunicationPlanResult {
  from: string;
  to: string;
  groups: GroupPlan[];
}

const MAX_GROUPS = 100;
/** Most updates one group's series may hold (the schedule module's suggestSeries limit). */
const MAX_UPDATES = 1000;

/**
 * Plan each stakeholder group's updates over `[from, to)`: one update per cadence period, each
 * placed by the schedule module's {@link suggestSeries} in the slot that suits the group's
 * members' time zones, rotating early and late slots fairly between them. No reference library;
 * the cadences follow the project guide (executive summaries bi-weekly or monthly, technical
 * syncs weekly, business reviews bi-weekly or monthly) — see {@link defaultStakeholderGroups}.
 * A group holds at most 1,000 updates over `[from, to)`; a longer plan is refused
 * (`INVALID_INTERVAL`, naming `options.to`).
 *
 * @param groups who hears what, how often and where
 * @example
 * ```ts
 * const members = [
 *   { id: 'cto', name: 'Dana', timeZone: 'Europe/London', workHours: { start: '09:00', end: '17:00' } },
 *   { id: 'pm', name: 'Ravi', timeZone: 'Asia/Kolkata', workHours: { start: '09:30', end: '18:00' } },
 * ];
 * const plan = communicationPlan(
 *   [{ id: 'exec', name: 'Executive sponsors', cadence: 'biweekly', channel: 'Video call', memberIds: ['cto', 'pm'] }],
 *   { from: '2026-11-16T00:00:00Z', to: '2026-12-14T00:00:00Z', members },
 * );
 * plan.groups[0].updates.length; // 2
 * plan.groups[0].allInside; // true
 * ```
 */
export function communicationPlan(
  groups: readonly StakeholderGroup[],
  options: CommunicationPlanOptions,
): CommunicationPlanResult {
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object with from, to and members; got ${show(options)}`, {
      argument: 'options',
    });
  }
  const from = parseInstant(options.from, 'options.from', { code: 'INVALID_OPTION' });
  const to = parseInstant(options.to, 'options.to', { code: 'INVALID_OPTION' });
  if (from >= to) {
    throw new SextantError('INVALID_INTERVAL', 'options.from must be before options.to', { argument: 'options.from' });
  }
  const members = options.members;
  if (!Array.isArray(members)) throw bad('options.members', 'must be an array of team members', members);
  if (!Array.isArray(groups)) throw bad('groups', 'must be an array of stakeholder groups', groups);
  if (groups.length > MAX_GROUPS) throw bad('groups', `must have at most ${MAX_GROUPS} entries`, groups.length);
  // Members are checked by the schedule module when a group uses them; ids are looked up here.
  const byId = new Map<string, TeamMember>();
  for (let i = 0; i < members.length; i++) {
    const id = members[i] && typeof members[i] === 'object' ? own(members[i], 'id') : undefined;
    if (typeof id !== 'string') throw bad(`options.members[${i}].id`, 'must be a string', id);
    if (byId.has(id)) throw bad(`options.members[${i}].id`, 'repeats an earlier member id', id);
    byId.set(id, members[i]);
  }
  const seen = new Set<string>();
  const out: GroupPlan[] = [];
  for (let i = 0; i < groups.length; i++) {
    const p = `groups[${i}]`;
    const g = groups[i] as unknown;
    if (g === null || typeof g !== 'object' || Array.isArray(g)) throw bad(p, 'must be an object', g);
    const id = own(g, 'id');
    if (typeof id !== 'string') throw bad(`${p}.id`, 'must be a string', id);
    if (seen.has(id)) throw bad(`${p}.id`, 'repeats an earlier group id', id);
    seen.add(id);
    const name = own(g, 'name');
    if (typeof name !== 'string') throw bad(`${p}.name`, 'must be a string', name);
    const channel = own(g, 'channel');
    if (typeof channel !== 'string') throw bad(`${p}.channel`, 'must be a string', channel);
    const audience = own(g, 'audience');
    if (audience !== undefined && !AUDIENCES.includes(audience as Audience)) {
      throw bad(`${p}.audience`, `must be one of ${AUDIENCES.join(', ')}`, audience);
    }
    const cadence = own(g, 'cadence');
    const everyDays =
      typeof cadence === 'string' && Object.prototype.hasOwnProperty.call(CADENCE_DAYS, cadence)
        ? CADENCE_DAYS[cadence]
        : cadence;
    if (typeof everyDays !== 'number' || !Number.isInteger(everyDays) || everyDays < 1 || everyDays > 366) {
      throw bad(`${p}.cadence`, "must be 'weekly', 'biweekly', 'monthly' or a whole number of days in 1…366", cadence);
    }
    const dur = own(g, 'durationMinutes') ?? 30;
    if (typeof dur !== 'number' || !Number.isInteger(dur) || dur < 1 || dur > 24 * 60) {
      throw bad(`${p}.durationMinutes`, 'must be a whole number of minutes in 1…1440', dur);
    }
    const ids = own(g, 'memberIds');
    if (!Array.isArray(ids)) throw bad(`${p}.memberIds`, 'must be an array of member ids', ids);
    if (ids.length === 0) throw new SextantError('EMPTY_INPUT', `${p}.memberIds is empty`, { argument: `${p}.memberIds` });
    if (ids.length > byId.size) throw bad(`${p}.memberIds`, 'names more members than options.members has', ids.length);
    const team: TeamMember[] = [];
    const inGroup = new Set<string>();
    for (let k = 0; k < ids.length; k++) {
      const m = typeof ids[k] === 'string' ? byId.get(ids[k]) : undefined;
      if (!m) {
        throw new SextantError('NOT_FOUND', `${p}.memberIds[${k}] ${show(ids[k])} is not in options.members`, {
          argument: `${p}.memberIds[${k}]`,
          value: ids[k],
        });
      }
      // Named here: the schedule module would name its own `members[1].id`, not the caller's field.
      if (inGroup.has(m.id)) throw bad(`${p}.memberIds[${k}]`, 'repeats an earlier member id of the group', ids[k]);
      inGroup.add(m.id);
      team.push(m);
    }
    const everyMs = everyDays * 86_400_000;
    const occurrences = Math.floor((to - from) / everyMs);
    // Refused here, naming what the caller passed: suggestSeries would name its own
    // `options.occurrences`, which the caller never wrote.
    if (occurrences > MAX_UPDATES) {
      throw new SextantError(
        'INVALID_INTERVAL',
        `options.to: [from, to) holds ${occurrences} updates of ${p} (every ${everyDays} days), more than the ${MAX_UPDATES} a plan places; shorten the plan or lengthen the cadence`,
        { argument: 'options.to', value: options.to },
      );
    }
    let updates: MeetingSlot[] = [];
    let burden: SeriesBurden[] = team.map((m) => ({
      id: m.id,
      minutesOutsideHours: 0,
      minutesAtNight: 0,
      timesOutside: 0,
      penalty: 0,
    }));
    if (occurrences > 0) {
      const series = suggestSeries(team, {
        from,
        occurrences,
        everyDays,
        // The whole period is open, so a weekly update lands on whichever weekday suits everyone.
        windowHours: everyDays * 24,
        durationMinutes: dur,
      });
      updates = series.occurrences;
      burden = series.burden;
    }
    out.push({
      id,
      name,
      audience: (audience as Audience | undefined) ?? null,
      cadence: cadence as Cadence,
      everyDays,
      channel,
      durationMinutes: dur,
      updates,
      burden,
      allInside: updates.every((u) => u.allInside),
    });
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), groups: out };
}

/**
 * The guide's default plan ("Managing Stakeholder Expectations and Communication"): executive
 * sponsors every two weeks (a written summary and a short review), the technical team weekly
 * (a technical sync), business users every two weeks (a review with a demo), legal and
 * compliance every four weeks. Names and channels come from the catalogue (`groupName`,
 * `groupChannel`); groups without members are left out. A key that is not an audience, or an id
 * that is not a string, is refused (`INVALID_VALUE`) rather than dropped.
 *
 * @param memberIds who is in each group
 * @example
 * ```ts
 * const groups = defaultStakeholderGroups({ executive: ['cto'], technical: ['ml1', 'ml2'] });
 * groups.map((g) => g.cadence); // ['biweekly', 'weekly']
 * groups[0].name; // 'Executive sponsors'
 * ```
 */
export function defaultStakeholderGroups(
  memberIds: Partial<Record<Audience, readonly string[]>>,
  options: { messages?: Partial<SummaryMessages> } = {},
): StakeholderGroup[] {
  if (memberIds === null || typeof memberIds !== 'object' || Array.isArray(memberIds))
    throw bad('memberIds', 'must be an object of member ids per audience', memberIds);
  if (options === null || typeof options !== 'object') {
    throw new SextantError('INVALID_OPTION', `options must be an object; got ${show(options)}`, { argument: 'options' });
  }
  // A key that is not an audience (a typo, or `__proto__` from parsed JSON) would drop its
  // members silently.
  for (const k of Object.keys(memberIds)) {
    if (!AUDIENCES.includes(k as Audience)) throw bad(`memberIds.${k}`, `is not an audience (${AUDIENCES.join(', ')})`, k);
  }
  const m = resolveMessages(options.messages);
  const text = (key: 'groupName' | 'groupChannel', a: Audience): string => {
    const s: unknown = m[key](a);
    if (typeof s !== 'string') {
      throw new SextantError('INVALID_OPTION', `options.messages.${key} must return a string; got ${show(s)}`, {
        argument: `options.messages.${key}`,
      });
    }
    return s;
  };
  const plan: Record<Audience, { cadence: Cadence; durationMinutes: number }> = {
    executive: { cadence: 'biweekly', durationMinutes: 30 },
    technical: { cadence: 'weekly', durationMinutes: 60 },
    business: { cadence: 'biweekly', durationMinutes: 45 },
    legal: { cadence: 'monthly', durationMinutes: 30 },
  };
  const out: StakeholderGroup[] = [];
  for (const a of AUDIENCES) {
    const ids = own(memberIds, a);
    if (ids === undefined) continue;
    if (!Array.isArray(ids)) throw bad(`memberIds.${a}`, 'must be an array of member ids', ids);
    if (ids.length === 0) continue;
    // Copied id by id, stopping at the first that is not a string (a hole included), so a
    // `new Array(2 ** 32 - 1)` is refused at index 0 rather than sliced.
    const copy: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id: unknown = ids[i];
      if (typeof id !== 'string') throw bad(`memberIds.${a}[${i}]`, 'must be a member id (a string)', id);
      copy.push(id);
    }
    out.push({ id: a, name: text('groupName', a), audience: a, channel: text('groupChannel', a), memberIds: copy, ...plan[a] });
  }
  return out;
}
