// The project every page of the portal is about, and the one "now" they all share: a real
// portal leaves `now` out (the widgets read the clock); a demo pins it so it never ages.

export const project = {
  name: 'Card-fraud detector',
  model: 'fraud-scorer v3.4',
  owner: 'Risk ML team',
};

/** Monday 29 June 2026, 09:15 UTC: the morning of the weekly review. */
export const NOW = '2026-06-29T09:15:00Z';
export const NOW_MS = Date.UTC(2026, 5, 29, 9, 15);
/** The date of `NOW`, for day-based widgets (risk due dates). */
export const TODAY = '2026-06-29';
/** The quarter under review: thirteen weeks up to this Monday (`to` exclusive). */
export const QUARTER = { from: '2026-03-30T00:00:00Z', to: '2026-06-29T00:00:00Z' };
