import { LinePath } from '@visx/shape';
import { scaleLinear } from '@visx/scale';
import type { SummaryTrend } from '@sextant/core';
import { VisuallyHidden } from '../../frame/VisuallyHidden';

const W = 88;
const H = 24;
const PAD = 3;

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
  const x = scaleLinear<number>({ domain: [0, values.length - 1], range: [PAD, W - PAD] });
  const y = scaleLinear<number>({ domain: [lo, hi], range: [H - PAD, PAD] });
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
        <LinePath className="sextant-stakeholder-summary__spark-line" data={values} x={(_, i) => x(i)} y={(d) => y(d)} />
        <circle className="sextant-stakeholder-summary__spark-dot" cx={x(last)} cy={y(values[last])} r={2.5} />
      </svg>
      <VisuallyHidden>{trend.text}</VisuallyHidden>
    </span>
  );
}
