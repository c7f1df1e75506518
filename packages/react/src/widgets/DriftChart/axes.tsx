/**
 * The chart's two axes and its horizontal grid, drawn as plain SVG with the geometry of
 * @visx/axis (8 px ticks, labels offset as its defaults place them). @visx/axis renders its
 * labels through @visx/text, which brings a CSS `calc()` evaluator along (~6 kB gzipped) for
 * what are here short, unwrapped tick labels.
 */
interface TickScale {
  (v: number): number | undefined;
  ticks(count?: number): number[];
  range(): number[];
}

interface AxisProps {
  scale: TickScale;
  numTicks: number;
  tickFormat: (v: number) => string;
  className: string;
  /** Offset of a bottom axis from the top of the plot. */
  top?: number;
}

export function AxisLeft({ scale, numTicks, tickFormat, className }: AxisProps) {
  const [r0, r1] = scale.range();
  return (
    <g className={className}>
      {scale.ticks(numTicks).map((v, i) => {
        const p = scale(v) ?? 0;
        return (
          <g key={`${v}-${i}`}>
            <line x1={0} y1={p} x2={-8} y2={p} strokeLinecap="square" />
            <text x={-8} y={p} dx="-0.25em" dy="0.25em" textAnchor="end">
              {tickFormat(v)}
            </text>
          </g>
        );
      })}
      <line x1={0} y1={r0 + 0.5} x2={0} y2={r1 + 0.5} />
    </g>
  );
}

export function AxisBottom({ scale, numTicks, tickFormat, className, top = 0 }: AxisProps) {
  const [r0, r1] = scale.range();
  return (
    <g className={className} transform={`translate(0, ${top})`}>
      {scale.ticks(numTicks).map((v, i) => {
        const p = scale(v) ?? 0;
        return (
          <g key={`${v}-${i}`}>
            <line x1={p} y1={0} x2={p} y2={8} strokeLinecap="square" />
            <text x={p} y={18} dy="0.25em" textAnchor="middle">
              {tickFormat(v)}
            </text>
          </g>
        );
      })}
      <line x1={r0 + 0.5} y1={0} x2={r1 + 0.5} y2={0} />
    </g>
  );
}

export function GridRows({
  scale,
  numTicks,
  width,
  className,
}: {
  scale: TickScale;
  numTicks: number;
  width: number;
  className: string;
}) {
  return (
    <g className={className}>
      {scale.ticks(numTicks).map((v, i) => {
        const p = scale(v) ?? 0;
        return <line key={`${v}-${i}`} x1={0} y1={p} x2={width} y2={p} />;
      })}
    </g>
  );
}
