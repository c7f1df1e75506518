import type { SummaryTrend } from '@sextant/core';
import { VisuallyHidden } from '../../frame/VisuallyHidden';

const W = 88;
const H = 24;
const PAD = 3;

/**
 * `value` of [d0, d1] mapped onto [r0, r1] as d3's linear scale does it (a zero-width domain
 * maps to the middle), and the line written as d3-shape writes it (3 decimals; one point is
 * closed with Z): the two charting packages cost the summary ~10 kB gzipped of d3 for a line
 * of a dozen points.
 */
function linear(d0: number, d1: number, r0: number, r1: number) {
  return (v: number) => {
    const t = d1 - d0 ? (v - d0) / (d1 - d0) : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * A metric's history beside its sentence: the line, the target as a dashed rule and the last
 * point. Decorative for assistive technology, which reads the trend sentence instead.
 */
export function Sparkline({ trend }: { trend: SummaryTrend }) {
  const { values, target } = trend;
  let lo = Math.min(target, ...values);
  let hi = Math.max(target, ...values);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const x = linear(0, values.length - 1, PAD, W - PAD);
  const y = linear(lo, hi, H - PAD, PAD);
  const last = values.length - 1;
  return (
    <span className="sextant-stakeholder-summary__trend">
      <svg
        className="sextant-stakeholder-summary__spark"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        focusable="false"
      >
        <line className="sextant-stakeholder-summary__spark-target" x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} />
        <path
          className="sextant-stakeholder-summary__spark-line"
          d={`M${values.map((v, i) => `${round(x(i))},${round(y(v))}`).join('L')}${values.length === 1 ? 'Z' : ''}`}
          fill="transparent"
          strokeLinecap="round"
        />
        <circle className="sextant-stakeholder-summary__spark-dot" cx={x(last)} cy={y(values[last])} r={2.5} />
      </svg>
      <VisuallyHidden>{trend.text}</VisuallyHidden>
    </span>
  );
}
