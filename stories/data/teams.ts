/**
 * Demo teams for the TimezonePlanner stories and tests. Fixed dates and `now` values keep
 * screenshots deterministic.
 *
 * Late March 2026 is a DST week: Europe moves to summer time on Sunday 29 March (Lisbon
 * UTC+0 → +1, Berlin +1 → +2), Vancouver already did on 8 March, and Sydney leaves summer
 * time on Sunday 5 April (UTC+11 → +10).
 */
import type { PlannerMember } from '@sextant/react';

const WEEK = [1, 2, 3, 4, 5];

/** Lisbon, Kyoto, Bali, Berlin, Singapore, Vancouver, Dubai and Sydney. */
export const globalTeam: PlannerMember[] = [
  { id: 'ana', name: 'Ana Ribeiro', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  {
    id: 'kenji',
    name: 'Kenji Mori',
    location: 'Kyoto',
    timeZone: 'Asia/Tokyo',
    workHours: { start: '09:30', end: '18:30' },
    workDays: WEEK,
  },
  {
    id: 'wayan',
    name: 'Wayan Putra',
    location: 'Bali',
    timeZone: 'Asia/Makassar',
    workHours: { start: '08:00', end: '16:00' },
    workDays: WEEK,
  },
  { id: 'lena', name: 'Lena Vogel', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' }, workDays: WEEK },
  {
    id: 'weiling',
    name: 'Wei Ling Tan',
    timeZone: 'Asia/Singapore',
    workHours: { start: '09:00', end: '18:00' },
    workDays: WEEK,
  },
  { id: 'maya', name: 'Maya Chen', timeZone: 'America/Vancouver', workHours: { start: '07:00', end: '15:00' }, workDays: WEEK },
  { id: 'omar', name: 'Omar Haddad', timeZone: 'Asia/Dubai', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  {
    id: 'chloe',
    name: 'Chloe Martin',
    timeZone: 'Australia/Sydney',
    workHours: { start: '08:30', end: '16:30' },
    workDays: WEEK,
    holidays: ['2026-04-03'], // Good Friday
  },
];

/** Monday after Europe's change, 09:15 UTC. */
export const globalNow = '2026-03-30T09:15:00Z';

/** Vancouver, Bengaluru and Auckland: no hour when all three are at work. */
export const noOverlapTeam: PlannerMember[] = [
  {
    id: 'sam',
    name: 'Sam Okafor',
    location: 'Vancouver',
    timeZone: 'America/Vancouver',
    workHours: { start: '09:00', end: '17:00' },
  },
  {
    id: 'priya',
    name: 'Priya Nair',
    location: 'Bengaluru',
    timeZone: 'Asia/Kolkata',
    workHours: { start: '09:30', end: '18:00' },
  },
  { id: 'tama', name: 'Tama Ngata', timeZone: 'Pacific/Auckland', workHours: { start: '08:00', end: '16:30' } },
];

/** Berlin and New York: an afternoon overlap that is an hour longer while only the US is on summer time. */
export const pairTeam: PlannerMember[] = [
  { id: 'lena', name: 'Lena Vogel', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' } },
  {
    id: 'jordan',
    name: 'Jordan Price',
    location: 'New York',
    timeZone: 'America/New_York',
    workHours: { start: '09:00', end: '17:30' },
  },
];

const FORTY_PLACES: Array<[string, string, string, string]> = [
  // [location, zone, start, end]
  ['Lisbon', 'Europe/Lisbon', '09:00', '17:00'],
  ['Porto', 'Europe/Lisbon', '08:30', '16:30'],
  ['Dublin', 'Europe/Dublin', '09:00', '17:30'],
  ['London', 'Europe/London', '09:00', '17:00'],
  ['Madrid', 'Europe/Madrid', '09:00', '18:00'],
  ['Paris', 'Europe/Paris', '09:30', '18:00'],
  ['Amsterdam', 'Europe/Amsterdam', '09:00', '17:30'],
  ['Berlin', 'Europe/Berlin', '08:30', '17:00'],
  ['Zurich', 'Europe/Zurich', '08:00', '17:00'],
  ['Milan', 'Europe/Rome', '09:00', '18:00'],
  ['Warsaw', 'Europe/Warsaw', '08:00', '16:00'],
  ['Stockholm', 'Europe/Stockholm', '08:00', '16:30'],
  ['Helsinki', 'Europe/Helsinki', '08:00', '16:00'],
  ['Athens', 'Europe/Athens', '09:00', '17:00'],
  ['Istanbul', 'Europe/Istanbul', '09:00', '18:00'],
  ['Cairo', 'Africa/Cairo', '09:00', '17:00'],
  ['Lagos', 'Africa/Lagos', '08:00', '16:00'],
  ['Nairobi', 'Africa/Nairobi', '08:30', '17:00'],
  ['Johannesburg', 'Africa/Johannesburg', '08:00', '16:30'],
  ['Tel Aviv', 'Asia/Jerusalem', '09:00', '18:00'],
  ['Riyadh', 'Asia/Riyadh', '09:00', '17:00'],
  ['Dubai', 'Asia/Dubai', '09:00', '17:00'],
  ['Karachi', 'Asia/Karachi', '10:00', '18:00'],
  ['Mumbai', 'Asia/Kolkata', '10:00', '18:30'],
  ['Bengaluru', 'Asia/Kolkata', '09:30', '18:00'],
  ['Kathmandu', 'Asia/Kathmandu', '10:00', '18:00'],
  ['Lisbon', 'Europe/Lisbon', '10:00', '18:00'],
  ['London', 'Europe/London', '08:00', '16:00'],
  ['Berlin', 'Europe/Berlin', '09:00', '17:30'],
  ['Prague', 'Europe/Prague', '08:00', '16:30'],
  ['Vienna', 'Europe/Vienna', '08:30', '17:00'],
  ['Bucharest', 'Europe/Bucharest', '09:00', '17:00'],
  ['Kyiv', 'Europe/Kyiv', '09:00', '18:00'],
  ['Tbilisi', 'Asia/Tbilisi', '10:00', '18:00'],
  ['Casablanca', 'Africa/Casablanca', '09:00', '17:00'],
  ['Accra', 'Africa/Accra', '08:00', '16:00'],
  ['Addis Ababa', 'Africa/Addis_Ababa', '08:30', '17:00'],
  ['Colombo', 'Asia/Colombo', '09:00', '17:30'],
  ['Tallinn', 'Europe/Tallinn', '09:00', '17:00'],
  ['Oslo', 'Europe/Oslo', '08:00', '16:00'],
];

const FIRST = ['Ana', 'Ben', 'Chiara', 'Dev', 'Elif', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Silva', 'Nowak', 'Rossi', 'Iyer', 'Kaya', 'Adeyemi', 'Berg', 'Martin', 'Costa', 'Weber'];

/** Forty people across Europe, Africa, the Middle East and South Asia (with :30 and :45 zones). */
export const fortyTeam: PlannerMember[] = FORTY_PLACES.map(([location, timeZone, start, end], i) => ({
  id: `p${i + 1}`,
  name: `${FIRST[i % 10]} ${LAST[(i * 3 + Math.floor(i / 10)) % 10]}`,
  location,
  timeZone,
  workHours: { start, end },
}));

/** Hostile strings: a 200-character name, right-to-left text, prototype names and markup, all shown as text. */
export const hostileTeam: PlannerMember[] = [
  {
    id: '__proto__',
    name: `${'Very long name '.repeat(13)}end`.slice(0, 200),
    location: '<script>alert(1)</script>',
    timeZone: 'Europe/Berlin',
    workHours: { start: '08:30', end: '17:00' },
  },
  {
    id: 'constructor',
    name: 'نور الهدى',
    location: 'القاهرة',
    timeZone: 'Africa/Cairo',
    workHours: { start: '09:00', end: '17:00' },
  },
  {
    id: 'toString',
    name: 'אורי כהן',
    location: 'תל אביב',
    timeZone: 'Asia/Jerusalem',
    workHours: { start: '09:00', end: '18:00' },
  },
];
