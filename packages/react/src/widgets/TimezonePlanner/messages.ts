/**
 * Every sentence the TimezonePlanner shows, as templates a host can replace one by one
 * (`messages` prop): `{name}` placeholders are filled by {@link fillMessage}.
 */
export const DEFAULT_PLANNER_MESSAGES = {
  // Day picker
  dayGroup: 'Day shown',
  dayHelp: 'Left and right arrow keys change the day; Home goes to today.',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  today: 'Today',
  pickDate: 'Pick a date',
  // Summary of the day
  everyoneFree: 'Everyone is in working hours {ranges} {zone} time ({duration}).',
  tooShort: 'Everyone overlaps only {ranges} {zone} time ({duration}), less than a {meeting} meeting.',
  partial: 'No hour on {date} has all {count} people in working hours. The times below keep the most people in hours.',
  nobodyWorks: 'Nobody on the team works on {date}.',
  noOverlap: 'No {meeting} on {date} has {quorum} or more people in working hours.',
  nextDayOffer: 'Show {date}',
  nextDayOfferLong: 'Next day with an overlap: {date}',
  noNextDay: 'No day in the next two weeks has one.',
  clockChange: 'Clocks change on this day in {places}.',
  dayLength: 'This day has {hours} hours in {zone} time.',
  // Legend and grid
  legend: 'Legend',
  working: 'Working hours',
  outside: 'Outside hours',
  night: 'Night ({from}–{to})',
  band: 'Everyone free',
  now: 'Now',
  hoursIn: 'hours in {zone} time',
  gridName: 'Working hours on {date}, {zone} time',
  gridHelp:
    'Arrow keys move between hours and people, Home and End go to the first and last hour, Enter or Space picks the hour as the meeting start.',
  available: 'Available',
  ofPeople: 'of {count}',
  cellWorking: 'working',
  cellOutside: 'outside hours',
  cellNight: 'night',
  cellName: '{name}, {time}: {status}',
  countName: '{from}–{to}: {count} of {total} in working hours',
  dayOff: 'day off',
  // Announcements: short
  announceHour: '{from}–{to}, {count} of {total} free',
  announceSelected: 'Selected {range}, {count} of {total} in hours',
  announceCleared: 'Selection cleared',
  announceDay: '{date}',
  // Suggestions
  suggestionsTitle: 'Suggested {meeting} meetings',
  rankRule: 'Ranked by least time outside working hours; a night hour counts {nightWeight}×.',
  noSuggestions: 'No {meeting} slot on {date} has enough people in working hours.',
  everyoneIn: 'Everyone in hours',
  outsideCount: '{count} of {total} outside hours',
  atNight: '{count} at night',
  flagOutside: 'outside hours',
  flagNight: 'night',
  morePeople: 'Local time for all {count} people',
  // Selected meeting
  selectedTitle: 'Selected meeting',
  selectedNone: 'Pick an hour in the grid (arrow keys, then Enter) or a suggested time.',
  clear: 'Clear',
  selectedBar: '{range} {zone} time',
  // Text alternative
  tableCaption: 'Team hours on {date}, working times in {zone} time',
  tablePerson: 'Person',
  tablePlace: 'Place and zone',
  tableNow: 'Local time now',
  tableHours: 'Work hours, local',
  tableWorking: 'Working on this day, {zone} time',
  notWorking: 'not working',
  problemsTitle: 'Not shown',
};

/** The planner's sentences; pass any subset as the `messages` prop. */
export type PlannerMessages = typeof DEFAULT_PLANNER_MESSAGES;

/** Fill `{name}` placeholders; an unknown one is left as written. */
export function fillMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, k: string) =>
    Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : whole,
  );
}

/** Defaults with the host's overrides (strings only; anything else is ignored). */
export function plannerMessages(overrides: unknown): PlannerMessages {
  const out = { ...DEFAULT_PLANNER_MESSAGES };
  if (overrides && typeof overrides === 'object') {
    for (const k of Object.keys(out) as (keyof PlannerMessages)[]) {
      const v = (overrides as Record<string, unknown>)[k];
      if (typeof v === 'string') out[k] = v;
    }
  }
  return out;
}
