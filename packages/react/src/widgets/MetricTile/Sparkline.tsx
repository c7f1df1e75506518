import { scaleLinear } from '@visx/scale';
import { AreaClosed, LinePath } from '@visx/shape';

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

/** A small line of a metric's history; decorative — its text alternative sits beside it. */
export function Sparkline({ positions, scaled }: SparklineProps) {
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, W] });
  const y = scaleLinear<number>({ domain: [0, 1], range: [H - PAD, PAD] });
  const data: Point[] = positions.map((p, i) => ({ x: x(p), y: y(scaled[i]) }));
  const last = data[data.length - 1];
  return (
    <span className="sextant-metric-tile__sparkline" aria-hidden="true">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" focusable="false">
        {data.length > 1 ? (
          <>
            <AreaClosed<Point>
              data={data}
              x={(d) => d.x}
              y={(d) => d.y}
              yScale={y}
              className="sextant-metric-tile__sparkline-area"
            />
            <LinePath<Point>
              data={data}
              x={(d) => d.x}
              y={(d) => d.y}
              className="sextant-metric-tile__sparkline-line"
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
