/** Every sentence and label FairnessChart shows; pass any of them to translate or reword. */
export interface FairnessChartMessages {
  /** The largest gap, in words. */
  gap: (g: {
    metric: string;
    best: string;
    worst: string;
    difference: string;
    lower: string;
    upper: string;
    confidence: string;
  }) => string;
  group: (g: {
    metric: string;
    group: string;
    value: string;
    lower: string;
    upper: string;
    confidence: string;
    count: string;
  }) => string;
  overall: (value: string) => string;
  overallRow: string;
  intervalLegend: (confidence: string, nBoot: number) => string;
  sortLabel: string;
  sortBy: { value: string; group: string; count: string };
  ascending: string;
  descending: string;
  lower: string;
  upper: string;
  instructions: string;
  tableCaption: (metric: string) => string;
  empty: string;
}

export const DEFAULT_FAIRNESS_CHART_MESSAGES: FairnessChartMessages = {
  gap: (g) =>
    `Largest gap: ${g.metric.toLowerCase()} is ${g.difference} apart between ${g.best} and ${g.worst} (${g.confidence} interval of the spread ${g.lower} to ${g.upper}).`,
  group: (g) => `${g.group}: ${g.metric} ${g.value} (${g.confidence} interval ${g.lower} to ${g.upper}), ${g.count} rows`,
  overall: (v) => `Overall ${v}`,
  overallRow: 'Overall',
  intervalLegend: (c, n) => `${c} bootstrap interval (${n} resamples)`,
  sortLabel: 'Sort',
  sortBy: { value: 'Value', group: 'Group', count: 'Size' },
  ascending: 'Ascending; switch to descending',
  descending: 'Descending; switch to ascending',
  lower: 'Lower bound',
  upper: 'Upper bound',
  instructions: 'Up and down arrow keys move between groups, Home and End to the first and last.',
  tableCaption: (m) => `${m} per group with bootstrap interval and size`,
  empty: 'No predictions to compare yet.',
};
