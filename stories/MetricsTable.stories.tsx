import type { Meta, StoryObj } from '@storybook/react-vite';
import { MetricsTable } from '@sextant/react';
import { experimentColumns, experimentRuns } from './data/quality';
import { TEN_THOUSAND_CHARACTERS } from './data/hostile';

const meta = {
  title: 'Widgets/MetricsTable',
  component: MetricsTable,
  tags: ['autodocs'],
  args: {
    title: 'Ticket classifier: model versions',
    description: 'Held-out evaluation of the last 14 runs; ★ best per metric',
    rows: experimentRuns(),
    columns: experimentColumns,
    defaultSorting: [{ id: 'f1', desc: true }],
  },
} satisfies Meta<typeof MetricsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fourteen runs, sorted by macro F1; lower is better for loss, latency and cost. */
export const ModelVersions: Story = {};

/** 10,000 runs of a hyper-parameter sweep: only the rows on screen are rendered. */
export const TenThousandRuns: Story = {
  args: { title: 'Hyper-parameter sweep', description: '10,000 runs', rows: experimentRuns(10_000), defaultHidden: ['dataset'] },
};

/** Run names from user data. */
export const HostileNames: Story = {
  args: {
    title: TEN_THOUSAND_CHARACTERS,
    description: undefined,
    rows: experimentRuns(4).map((r, i) => ({
      ...r,
      run:
        ['__proto__', '<script>alert(1)</script>', 'تجربة النموذج', '=HYPERLINK("http://x")'][i] +
        ' ' +
        'x'.repeat(i === 2 ? 200 : 0),
    })),
  },
};

/** No runs yet. */
export const Empty: Story = { args: { title: 'Model versions', description: undefined, rows: [] } };

/** An infinite metric: refused with the row and column named. */
export const ErrorState: Story = {
  args: {
    title: 'Model versions',
    description: undefined,
    rows: [
      { run: 'a', f1: 0.9 },
      { run: 'b', f1: Number.POSITIVE_INFINITY },
    ],
  },
};
