// The model team, Lisbon to Vancouver, for the TimezonePlanner and the communication plan.
import type { PlannerMember } from '@sextant/react';

const WEEK = [1, 2, 3, 4, 5];

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
    workDays: WEEK,
  },
  {
    id: 'weiling',
    name: 'Wei Ling Tan',
    timeZone: 'Asia/Singapore',
    workHours: { start: '09:00', end: '18:00' },
    workDays: WEEK,
  },
  {
    id: 'kenji',
    name: 'Kenji Mori',
    location: 'Kyoto',
    timeZone: 'Asia/Tokyo',
    workHours: { start: '09:30', end: '18:30' },
    workDays: WEEK,
  },
  {
    id: 'chloe',
    name: 'Chloe Martin',
    timeZone: 'Australia/Sydney',
    workHours: { start: '08:30', end: '16:30' },
    workDays: WEEK,
  },
  { id: 'maya', name: 'Maya Chen', timeZone: 'America/Vancouver', workHours: { start: '07:00', end: '15:00' }, workDays: WEEK },
];
