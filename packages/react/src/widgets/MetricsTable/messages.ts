/** Every sentence and label MetricsTable shows; pass any of them to translate or reword. */
export interface MetricsTableMessages {
  /** Visible label of the filter box (its accessible name). @default 'Filter rows' */
  filterLabel: string;
  /**
   * Hint inside the empty filter box. The filter matches the text columns (run, model, …),
   * whichever the table has, so the default names none of them. @default 'Type to filter'
   */
  filterPlaceholder: string;
  columnsLabel: string;
  exportCsv: string;
  showing: (shown: string, total: string) => string;
  higherBetter: string;
  lowerBetter: string;
  best: string;
  missing: string;
  empty: string;
  instructions: string;
}

export const DEFAULT_METRICS_TABLE_MESSAGES: MetricsTableMessages = {
  filterLabel: 'Filter rows',
  filterPlaceholder: 'Type to filter',
  columnsLabel: 'Columns',
  exportCsv: 'Export CSV',
  showing: (shown, total) => `${shown} of ${total} rows`,
  higherBetter: 'higher is better',
  lowerBetter: 'lower is better',
  best: 'best',
  missing: '—',
  empty: 'No runs to compare yet.',
  instructions:
    'Column headers sort. In the table, arrow keys move between cells, Home and End to the row ends, Control with Home or End to the first or last row, Page Up and Page Down by a screen.',
};
