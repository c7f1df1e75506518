// The fraud model's inputs over the quarter: a training-window reference and twelve weekly
// batches of scored traffic, compared by @sextant/core (`driftOverTime` for the chart,
// `detectDrift` for last week's per-feature table; Evidently's default tests).
// The card network's rule change on 1 June moved fraud to larger online payments: amounts
// and channel drift from then on; online gaming's share of merchants creeps up in late June.
import { detectDrift, driftOverTime, type DriftReport } from '@sextant/core';
import { DAY, normal, once, seeded } from './random';

const CATEGORIES = ['groceries', 'travel', 'electronics', 'fuel', 'restaurants', 'online gaming'] as const;
const CHANNELS = ['card-present', 'online', 'wallet'] as const;

type Columns = Record<string, (number | string)[]>;

function traffic(rand: () => number, n: number, shift: { amount: number; online: number; gaming: number }): Columns {
  const amount: number[] = [];
  const channel: string[] = [];
  const merchant: string[] = [];
  const hour: number[] = [];
  const deviceAge: number[] = [];
  for (let i = 0; i < n; i++) {
    amount.push(Math.round(Math.exp(3.6 + shift.amount + 0.9 * normal(rand)) * 100) / 100);
    const u = rand();
    channel.push(u < 0.55 - shift.online ? CHANNELS[0] : u < 0.85 ? CHANNELS[1] : CHANNELS[2]);
    merchant.push(rand() < 0.07 + shift.gaming ? CATEGORIES[5] : CATEGORIES[Math.floor(rand() * 5)]);
    hour.push(Math.floor(rand() * 24));
    deviceAge.push(Math.round(Math.exp(4.5 + 1.1 * normal(rand))));
  }
  return { amount, channel, merchant_category: merchant, hour_of_day: hour, device_age_days: deviceAge };
}

/** Monday of the first batch's week; batch k covers the week starting k weeks later. */
const FIRST_WEEK = Date.UTC(2026, 3, 6);
export const BATCHES = 12;

export const driftData = once(() => {
  const rand = seeded(31337);
  const reference = traffic(rand, 2000, { amount: 0, online: 0, gaming: 0 });
  const batches = Array.from({ length: BATCHES }, (_, k) => {
    const afterRuleChange = k >= 8; // the week of 1 June and after
    return {
      at: new Date(FIRST_WEEK + k * 7 * DAY).toISOString(),
      columns: traffic(rand, 1000, {
        amount: afterRuleChange ? 0.3 + 0.03 * (k - 8) : 0,
        online: afterRuleChange ? 0.12 : 0,
        gaming: k >= 10 ? 0.06 * (k - 9) : 0,
      }),
    };
  });
  return { reference, batches };
});

/** The chart's model: each feature's score per week and the alerts where drift starts or ends. */
export const driftTrend = once(() => {
  const { reference, batches } = driftData();
  return driftOverTime(reference, batches);
});

/** Last week's traffic against the reference, one row per feature. */
export const lastWeekDrift = once((): DriftReport => {
  const { reference, batches } = driftData();
  return detectDrift(reference, batches[batches.length - 1].columns);
});
