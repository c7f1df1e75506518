import { fillMessage, type PlannerMessages } from './messages';
import type { SlotView } from './model';

/** Whether everyone is in hours for a slot; the text says it, the tone only colours it. */
export function SlotBadge({ slot, n, messages: t }: { slot: SlotView; n: number; messages: PlannerMessages }) {
  if (slot.allInside) {
    return (
      <span className="sextant-timezone-planner__badge" data-tone="good">
        <span aria-hidden="true">✓ </span>
        {t.everyoneIn}
      </span>
    );
  }
  return (
    <span className="sextant-timezone-planner__badge" data-tone="warn">
      {fillMessage(t.outsideCount, { count: slot.outsideCount, total: n })}
      {slot.nightCount > 0 ? ` · ${fillMessage(t.atNight, { count: slot.nightCount })}` : ''}
    </span>
  );
}

function Person({ p, t }: { p: SlotView['people'][number]; t: PlannerMessages }) {
  return (
    <li data-outside={p.outside || undefined}>
      <bdi className="sextant-timezone-planner__person">{p.name}</bdi>{' '}
      <span className="sextant-timezone-planner__person-time">{p.localText}</span>
      {p.outside ? (
        <span className="sextant-timezone-planner__flag" data-night={p.night || undefined}>
          {p.night ? t.flagNight : t.flagOutside}
        </span>
      ) : null}
    </li>
  );
}

/**
 * Each person's local time for a slot, said once: small teams see everyone; larger ones see
 * who is outside hours (the badge's count, by name) and everyone behind a disclosure.
 */
export function SlotPeople({ slot, messages: t }: { slot: SlotView; messages: PlannerMessages }) {
  const all = (
    <ul className="sextant-timezone-planner__people">
      {slot.people.map((p) => (
        <Person key={p.id} p={p} t={t} />
      ))}
    </ul>
  );
  if (slot.people.length <= 3) return all;
  const outside = slot.people.filter((p) => p.outside);
  return (
    <>
      {outside.length > 0 ? (
        <ul className="sextant-timezone-planner__people">
          {outside.map((p) => (
            <Person key={p.id} p={p} t={t} />
          ))}
        </ul>
      ) : null}
      <details className="sextant-timezone-planner__details">
        <summary>{fillMessage(t.morePeople, { count: slot.people.length })}</summary>
        {all}
      </details>
    </>
  );
}
