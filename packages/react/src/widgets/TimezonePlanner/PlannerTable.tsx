import { fillMessage, type PlannerMessages } from './messages';
import type { PlannerModel } from './model';

/** The planner as a visually hidden table: its text alternative for screen readers. */
export function PlannerTable({ model: m, messages: t }: { model: PlannerModel; messages: PlannerMessages }) {
  return (
    <div className="sextant-visually-hidden">
      <table>
        <caption>{fillMessage(t.tableCaption, { date: m.dateText, zone: m.referenceLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tablePerson}</th>
            <th scope="col">{t.tablePlace}</th>
            <th scope="col">{t.tableNow}</th>
            <th scope="col">{t.tableHours}</th>
            <th scope="col">{fillMessage(t.tableWorking, { zone: m.referenceLabel })}</th>
          </tr>
        </thead>
        <tbody>
          {m.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <bdi>{r.name}</bdi>
              </th>
              <td>
                <bdi>{r.location}</bdi>, {r.timeZone}
                {r.now ? ` (${r.now.offsetLabel})` : ''}
              </td>
              <td>
                {r.now
                  ? `${r.now.time} ${r.nowWeekday}, ${r.now.isWorking ? t.cellWorking : r.now.isNight ? t.cellNight : t.cellOutside}`
                  : '—'}
              </td>
              <td>{r.workHours}</td>
              <td>{r.workingText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
