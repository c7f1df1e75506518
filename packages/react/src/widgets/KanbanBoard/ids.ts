/**
 * dnd-kit ids of the board's parts. Card, column and lane ids are the user's and may collide
 * with each other (a card and a column both named "training"), so each kind gets a prefix.
 */
export const cardDndId = (id: string) => `c\u0000${id}`;
export const columnDndId = (id: string) => `k\u0000${id}`;
export const laneDndId = (columnId: string, laneId: string | null) =>
  `l\u0000${columnId}\u0000${laneId === null ? '' : `=${laneId}`}`;

export type DndTarget =
  | { kind: 'card'; cardId: string }
  | { kind: 'column'; columnId: string }
  | { kind: 'lane'; columnId: string; laneId: string | null };

export function parseDndId(id: string | number): DndTarget | null {
  const s = String(id);
  const kind = s[0];
  const rest = s.slice(2);
  if (kind === 'c') return { kind: 'card', cardId: rest };
  if (kind === 'k') return { kind: 'column', columnId: rest };
  if (kind === 'l') {
    const sep = rest.indexOf('\u0000');
    const lane = rest.slice(sep + 1);
    return { kind: 'lane', columnId: rest.slice(0, sep), laneId: lane === '' ? null : lane.slice(1) };
  }
  return null;
}
