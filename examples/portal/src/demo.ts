// Built-in demo data: the portal runs with no backend.
import type { PlannerMember } from '@sextant/react';
export const project = {
  name: 'Fraud detector v3',
  owner: 'Risk ML team',
  modelVersion: '3.4.1',
};

/** Delivery figures (demo values until the DORA module lands in core). */
export const delivery = [
  { title: 'Deployments / week', value: 11, target: 10, previous: 12 },
  { title: 'Change failure rate', value: 0.16, format: 'percent' as const, target: 0.15, higherIsBetter: false, previous: 0.12 },
];

const WEEK = [1, 2, 3, 4, 5];

/** The model team across eight cities, for the TimezonePlanner. */
export const team: PlannerMember[] = [
  { id: 'ana', name: 'Ana Ribeiro', timeZone: 'Europe/Lisbon', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  { id: 'lena', name: 'Lena Vogel', timeZone: 'Europe/Berlin', workHours: { start: '08:30', end: '17:00' }, workDays: WEEK },
  { id: 'omar', name: 'Omar Haddad', timeZone: 'Asia/Dubai', workHours: { start: '09:00', end: '17:00' }, workDays: WEEK },
  {
    id: 'priya',
    name: 'Priya Nair',
    location: 'Bengaluru',
    timeZone: 'Asia/Kolkata',
    workHours: { start: '10:00', end: '18:30' },
  },
  {
    id: 'weiling',
    name: 'Wei Ling Tan',
    timeZone: 'Asia/Singapore',
    workHours: { start: '09:00', end: '18:00' },
    workDays: WEEK,
  },
  { id: 'kenji', name: 'Kenji Mori', location: 'Kyoto', timeZone: 'Asia/Tokyo', workHours: { start: '09:30', end: '18:30' } },
  { id: 'chloe', name: 'Chloe Martin', timeZone: 'Australia/Sydney', workHours: { start: '08:30', end: '16:30' } },
  { id: 'maya', name: 'Maya Chen', timeZone: 'America/Vancouver', workHours: { start: '07:00', end: '15:00' }, workDays: WEEK },
];

/** A fixed "now" keeps the demo the same on every visit; a real portal leaves `now` out (the clock). */
export const teamNow = '2026-03-30T09:15:00Z';
