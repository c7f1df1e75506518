/**
 * The CommunicationPlan's view model: the plan comes from core's `communicationPlan`; this file
 * only arranges it and formats members' wall-clock times for the locale.
 */
import {
  communicationPlan,
  type CommunicationPlanOptions,
  type StakeholderGroup,
  type SummaryMessages,
  type TeamMember,
} from '@sextant/core';

export interface PlanCell {
  memberId: string;
  /** The member's local start, e.g. "Mon, Nov 16, 14:00". */
  text: string;
  outside: boolean;
  /** "30 min outside working hours", or null. */
  outsideText: string | null;
}

export interface PlanGroupView {
  id: string;
  name: string;
  meta: string;
  fair: string;
  allInside: boolean;
  members: { id: string; name: string; timeZone: string }[];
  updates: { label: string; cells: PlanCell[] }[];
  empty: string | null;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Format a `'YYYY-MM-DDTHH:mm'` wall clock as written (through UTC, so the machine's zone never enters). */
function wallFormatter(locale: string): (wall: string) => string {
  const f = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return (wall) => {
    const m = WALL.exec(wall);
    return m ? f.format(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5])) : wall;
  };
}

export function buildPlanModel(
  groups: readonly StakeholderGroup[],
  options: CommunicationPlanOptions,
  m: SummaryMessages,
  locale: string,
): PlanGroupView[] {
  const plan = communicationPlan(groups, options);
  const wall = wallFormatter(locale);
  const byId = new Map<string, TeamMember>(options.members.map((x) => [x.id, x]));
  return plan.groups.map((g, gi) => {
    const members = groups[gi].memberIds.map((id) => {
      const x = byId.get(id)!;
      return { id, name: x.name ?? id, timeZone: x.timeZone };
    });
    const outside = members.filter((_, i) => g.burden[i] && g.burden[i].minutesOutsideHours > 0).map((x) => x.name);
    return {
      id: g.id,
      name: g.name,
      meta: m.planMeta({ cadence: m.cadenceLabel({ everyDays: g.everyDays }), minutes: g.durationMinutes, channel: g.channel }),
      fair: m.planFair({ allInside: g.allInside, outside }),
      allInside: g.allInside,
      members,
      updates: g.updates.map((u, ui) => ({
        label: m.planUpdate({ index: ui + 1 }),
        cells: u.members.map((x) => ({
          memberId: x.id,
          text: wall(x.localStart),
          outside: x.minutesOutsideHours > 0,
          outsideText: x.minutesOutsideHours > 0 ? m.planOutside({ minutes: x.minutesOutsideHours }) : null,
        })),
      })),
      empty: g.updates.length ? null : m.planNoUpdates(),
    };
  });
}
