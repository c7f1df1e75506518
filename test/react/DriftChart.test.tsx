import { driftOverTime } from '@sextant/core';
import { DriftChart, type DriftChartProps } from '@sextant/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { polyline } from '../../packages/react/src/widgets/DriftChart/DriftChart';
import { linearScale } from '../../packages/react/src/widgets/DriftChart/scale';
import { describeConformance } from '../support/conformance';

// 12 daily batches; 'amount' shifts in batches 4–7, 'channel' never does.
const reference = {
  amount: Array.from({ length: 200 }, (_, i) => (i % 20) / 20),
  channel: Array.from({ length: 200 }, (_, i) => ['web', 'app'][i % 2]),
};
const batches = Array.from({ length: 12 }, (_, d) => ({
  at: `2026-03-${String(d + 1).padStart(2, '0')}T00:00:00Z`,
  columns: {
    amount: Array.from({ length: 60 }, (_, i) => (i % 20) / 20 + (d >= 4 && d < 8 ? 0.5 : 0)),
    channel: Array.from({ length: 60 }, (_, i) => ['web', 'app'][i % 2]),
  },
}));

describeConformance<DriftChartProps>('DriftChart', {
  Component: DriftChart,
  validProps: { title: 'Drift', reference, batches },
  invalidProps: { title: 'Drift', reference, batches, defaultFeature: 'nope' },
  accessibleName: 'Drift',
  errorText: /feature "nope" is not in the drift result/,
});

describe('DriftChart', () => {
  it('summarises the feature from driftOverTime and lists its alerts in the text alternative', () => {
    render(<DriftChart title="Drift" reference={reference} batches={batches} />);
    const r = driftOverTime(reference, batches);
    const drifted = r.series.amount.filter((p) => p.drifted).length;
    expect(drifted).toBe(4);
    expect(screen.getByText(/^amount: drifted in 4 of 12 batches shown/)).toBeTruthy();
    const alerts = within(screen.getByRole('table', { name: 'Drift alerts' })).getAllByRole('row');
    expect(alerts.slice(1).map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Mar 5, 2026Drift starts/),
      expect.stringMatching(/Mar 9, 2026Drift ends/),
    ]);
  });

  it('arrow keys move the selected batch; the histogram panel follows with core PSI', () => {
    const onSelectedBatchChange = vi.fn();
    render(<DriftChart title="Drift" reference={reference} batches={batches} onSelectedBatchChange={onSelectedBatchChange} />);
    expect(screen.getByText(/Reference vs batch of Mar 12, 2026/)).toBeTruthy();
    const plot = screen.getByRole('application');
    fireEvent.keyDown(plot, { key: 'Home' });
    expect(onSelectedBatchChange).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(onSelectedBatchChange).toHaveBeenLastCalledWith(4);
    expect(screen.getByRole('status').textContent).toMatch(/^Mar 5, 2026: [\d.]+, drifted$/);
    expect(screen.getByText(/Reference vs batch of Mar 5, 2026/)).toBeTruthy();
  });

  it('the feature picker switches features; categorical features skip the histogram panel', () => {
    const onFeatureChange = vi.fn();
    render(<DriftChart title="Drift" reference={reference} batches={batches} onFeatureChange={onFeatureChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Feature' }), { target: { value: 'channel' } });
    expect(onFeatureChange).toHaveBeenCalledWith('channel');
    expect(screen.getByText(/^channel: drifted in 0 of 12/)).toBeTruthy();
    expect(screen.getByText(/compared for numeric features/)).toBeTruthy();
  });

  it('the zoom slider: arrow up zooms in, Escape shows everything', () => {
    const onRangeChange = vi.fn();
    render(<DriftChart title="Drift" reference={reference} batches={batches} onRangeChange={onRangeChange} />);
    const brush = screen.getByRole('slider', { name: 'Zoom window' });
    fireEvent.keyDown(brush, { key: 'ArrowUp' });
    // Window 0–11 (width 11): half ≈ 6 around the middle 6 → [3, 9].
    expect(onRangeChange).toHaveBeenLastCalledWith([3, 9]);
    expect(screen.getByText(/^amount: drifted in 4 of 7 batches shown/)).toBeTruthy();
    fireEvent.keyDown(brush, { key: 'Escape' });
    expect(onRangeChange).toHaveBeenLastCalledWith(null);
  });

  it('the text alternative: the summary, window, latest batch and alerts in text, the drawn points as a table on request', () => {
    render(<DriftChart title="Drift" reference={reference} batches={batches} />);
    // 12 tested batches, 4 drifted (batches 4–7, shifted by 0.5); two alerts (start and end).
    expect(screen.getByText(/^amount: drifted in 4 of 12 batches shown \(\S+, (score ≥|p ≤) [\d.]+\)\.$/)).toBeTruthy();
    expect(screen.getByText('Mar 1, 2026 – Mar 12, 2026')).toBeTruthy();
    expect(screen.getByRole('application').getAttribute('aria-label')).toMatch(/\. Mar 12, 2026: [\d.]+$/);
    expect(within(screen.getByRole('table', { name: 'Drift alerts' })).getAllByRole('row')).toHaveLength(3);
    // No second, hidden summary table repeating all of that.
    expect(screen.queryByRole('table', { name: 'Drift of amount' })).toBeNull();
    // The per-batch rows are not rendered until asked for.
    expect(screen.queryByRole('table', { name: 'Drift score per batch' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Show the 12 points as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const points = within(screen.getByRole('table', { name: 'Drift score per batch' })).getAllByRole('row');
    expect(points).toHaveLength(13);
    expect(points[5].textContent).toMatch(/^Mar 5, 2026[\d.]+yes$/);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the table' }));
    expect(screen.queryByRole('table', { name: 'Drift score per batch' })).toBeNull();
  });

  it('rows of batches less than a day apart carry the time', () => {
    // Three one-minute windows on 2026-03-01 (UTC), at 10:00, 10:01, 10:02.
    const series = [0, 1, 2].map((k) => ({ at: `2026-03-01T10:0${k}:00Z`, score: 0.01 * (k + 1), drifted: false }));
    const result = {
      series: { latency: series },
      alerts: [],
      dataset: [],
      features: [
        {
          name: 'latency',
          kind: 'numeric' as const,
          method: 'wasserstein' as const,
          threshold: 0.1,
          scoreType: 'distance' as const,
          reason: '',
        },
      ],
    };
    render(<DriftChart title="Drift" result={result} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the 3 points as a table' }));
    const rows = within(screen.getByRole('table', { name: 'Drift score per batch' })).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Mar 1, 2026,? (at )?10:00 AM$/),
      expect.stringMatching(/^Mar 1, 2026,? (at )?10:01 AM$/),
      expect.stringMatching(/^Mar 1, 2026,? (at )?10:02 AM$/),
    ]);
  });

  it('zoomed, the overview strip still draws every batch', () => {
    const { container } = render(<DriftChart title="Drift" reference={reference} batches={batches} defaultRange={[3, 6]} />);
    const overview = container.querySelector('.sextant-drift-chart__overview-line')?.getAttribute('d') ?? '';
    const line = container.querySelector('.sextant-drift-chart__line')?.getAttribute('d') ?? '';
    // 12 batches in the strip (11 segments), the window's 4 in the chart (3 segments).
    expect(overview.split('L')).toHaveLength(12);
    expect(line.split('L')).toHaveLength(4);
  });

  it('empty batches show the empty state', () => {
    render(<DriftChart title="Drift" reference={reference} batches={[]} />);
    expect(screen.getByText('No batches to chart yet.')).toBeTruthy();
  });
});

describe('DriftChart with a fixed width and column series', () => {
  const n = 5000;
  const at = Float64Array.from({ length: n }, (_, i) => Date.UTC(2026, 0, 1) + i * 3_600_000);
  const score = Float64Array.from({ length: n }, (_, i) => Math.abs(Math.sin(i / 300)) * 0.2);
  const columns = {
    series: { latency: { at, score } },
    alerts: [],
    features: [
      {
        name: 'latency',
        kind: 'numeric' as const,
        method: 'wasserstein',
        threshold: 0.15,
        scoreType: 'distance' as const,
        reason: '',
      },
    ],
  } as DriftChartProps['result'];

  it('draws in the server HTML at the given width, with no measuring placeholder', () => {
    const html = renderToString(<DriftChart title="Latency drift" result={columns} width={720} />);
    expect(html).not.toContain('sextant-drift-chart__placeholder');
    expect(html).toContain('viewBox="0 0 720 240"');
    const d = /class="sextant-drift-chart__line" d="([^"]+)"/.exec(html)?.[1] ?? '';
    // 5000 batches, LTTB to 600: 599 segments.
    expect(d.split('L')).toHaveLength(600);
    expect(html).toContain('latency: drifted in 0 of 5,000 batches shown');
  });

  it('says there are no alerts instead of reading out an empty alerts table', () => {
    render(<DriftChart title="Latency drift" result={columns} width={720} />);
    expect(screen.getByText('No drift alerts in this window.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Drift alerts' })).toBeNull();
  });

  it("without width the server HTML holds the chart's height until the browser measures", () => {
    const html = renderToString(<DriftChart title="Latency drift" result={columns} />);
    expect(html).toContain('sextant-drift-chart__placeholder');
    expect(html).not.toContain('sextant-drift-chart__line');
  });

  for (const bad of [Number.NaN, 40, -1, 1e9, '720' as unknown as number]) {
    it(`width ${String(bad)} is an in-widget error naming the prop`, () => {
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<DriftChart title="Latency drift" result={columns} width={bad} />);
      expect(screen.getByRole('alert').textContent).toMatch(/width/);
      spy.mockRestore();
    });
  }
});

describe('polyline', () => {
  it('draws the path visx LinePath draws (linear curve), to a hundredth of a pixel', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 120, max: 2000 }),
        (pts, width) => {
          const times = Float64Array.from(pts.map((_, i) => 1.7e12 + i * 60_000 + pts[i][0]));
          const scores = Float64Array.from(pts, ([, s]) => s);
          const batches = pts.map((_, i) => i);
          const x = scaleLinear<number>({ domain: [times[0], times[times.length - 1] + 1], range: [0, width] });
          const y = scaleLinear<number>({ domain: [0, 55], range: [196, 0], nice: true });
          const ours = polyline(
            batches,
            times,
            scores,
            linearScale([times[0], times[times.length - 1] + 1], [0, width]),
            linearScale([0, 55], [196, 0], true),
          );
          const { container, unmount } = render(
            <svg>
              <LinePath<number> data={batches} x={(i) => x(times[i])} y={(i) => y(scores[i])} />
            </svg>,
          );
          const theirs = container.querySelector('path')!.getAttribute('d')!;
          unmount();
          const nums = (d: string) => d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
          expect(ours.replace(/[^ML]/g, '')).toBe(theirs.replace(/[^ML]/g, ''));
          const a = nums(ours);
          const b = nums(theirs);
          expect(a.length).toBe(b.length);
          a.forEach((v, k) => expect(Math.abs(v - b[k])).toBeLessThanOrEqual(0.005 + 1e-9));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('linearScale', () => {
  it('maps, inverts, ticks and nices as @visx/scale scaleLinear (d3-scale) does', () => {
    const num = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(
        num,
        num,
        fc.boolean(),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, nice, count, t) => {
          const ours = linearScale([a, b], [300, 10], nice);
          const d3 = scaleLinear<number>({ domain: [a, b], range: [300, 10], nice });
          // To 1e-9 of the range (pixels) and of the domain's magnitude: d3 maps a reversed
          // domain through a reversed range, which rounds differently in the last bits.
          const close = (p: number, q: number, size: number) => expect(Math.abs(p - q)).toBeLessThanOrEqual(1e-9 * size);
          expect(ours.domain()).toEqual(d3.domain());
          expect(ours.ticks(count)).toEqual(d3.ticks(count));
          const [d0, d1] = ours.domain();
          const v = d0 + t * (d1 - d0);
          close(ours(v), d3(v) as number, 300);
          close(ours.invert(10 + t * 290), d3.invert(10 + t * 290), Math.max(1, Math.abs(d0), Math.abs(d1)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
