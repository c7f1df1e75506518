// The SVG is drawn in a fixed box and stretched to its container (preserveAspectRatio
// none, strokes kept at their width), so it needs no measuring and renders on the server.
const W = 100;
const H = 32;
const PAD = 2;

/** Props of {@link Sparkline}. */
export interface SparklineProps {
  /** Horizontal positions in [0, 1] (from core's `metricTrend`). */
  positions: readonly number[];
  /** Heights in [0, 1] between the history's min and max (from core's `metricTrend`). */
  scaled: readonly number[];
}

interface Point {
  x: number;
  y: number;
}

// Paths written out as d3-shape writes them (coordinates rounded to 3 decimals): a linear
// scale and a straight line need no charting library, and @visx/scale + @visx/shape cost the
// tile ~14 kB gzipped of d3 for these few points.
const round = (v: number) => Math.round(v * 1000) / 1000;
const at = (x: number, y: number) => `${round(x)},${round(y)}`;

/** A small line of a metric's history; decorative — its text alternative sits beside it. */
export function Sparkline({ positions, scaled }: SparklineProps) {
  // Linear maps of [0, 1] onto the box, in d3's interpolation form (a·(1 − t) + b·t).
  const data: Point[] = positions.map((p, i) => ({ x: W * p, y: (H - PAD) * (1 - scaled[i]) + PAD * scaled[i] }));
  const last = data[data.length - 1];
  const line = `M${data.map((d) => at(d.x, d.y)).join('L')}`;
  return (
    <span className="sextant-metric-tile__sparkline" aria-hidden="true">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" focusable="false">
        {data.length > 1 ? (
          <>
            <path
              className="sextant-metric-tile__sparkline-area"
              d={`${line}L${data
                .map((d) => at(d.x, H - PAD))
                .reverse()
                .join('L')}Z`}
            />
            <path
              className="sextant-metric-tile__sparkline-line"
              d={line}
              fill="transparent"
              strokeLinecap="round"
              vectorEffect="non-scaling-stroke"
            />
          </>
        ) : null}
      </svg>
      {last ? (
        // A dot drawn in HTML stays round however the SVG is stretched.
        <span
          className="sextant-metric-tile__sparkline-dot"
          style={{ left: `${(last.x / W) * 100}%`, top: `${(last.y / H) * 100}%` }}
        />
      ) : null}
    </span>
  );
}
