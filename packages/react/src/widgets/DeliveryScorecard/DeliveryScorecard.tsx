import {
  deliveryScorecard,
  deliveryScorecardView,
  type Change,
  type DeliveryKey,
  type DeliveryScorecardMessages,
  type DeliveryTileView,
  type Deployment,
  type ExperimentRecord,
  type Incident,
  type Instant,
  type Period,
} from '@sextant/core';
import { curveMonotoneX } from '@visx/curve';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { forwardRef, useRef } from 'react';
import { StatusBadge } from '../../frame/StatusBadge';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { textOf } from '../../frame/props';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';

/** Props of {@link DeliveryScorecard}. */
export interface DeliveryScorecardProps extends WidgetBaseProps {
  deployments: readonly Deployment[];
  changes?: readonly Change[];
  incidents?: readonly Incident[];
  experiments?: readonly ExperimentRecord[];
  /** Start of the period (instant, inclusive). */
  from: Instant;
  /** End of the period (instant, exclusive). */
  to: Instant;
  /** The period to compare with. @default the same length just before `from` */
  previous?: Period;
  /** DORA report year for the bands. @default 2023 */
  year?: number;
  /** Points of each trend line: equal sub-periods of `[from, to)`. @default 6 */
  buckets?: number;
  /** The tiles to show, in order. @default all six */
  keys?: readonly DeliveryKey[];
  /** Sentences and labels (core's `DELIVERY_SCORECARD_MESSAGES`), overridable one by one. */
  messages?: Partial<DeliveryScorecardMessages>;
}

const H = 36;

function Sparkline({ tile }: { tile: DeliveryTileView }) {
  const ref = useRef<HTMLSpanElement>(null);
  const w = useElementWidth(ref, 160);
  const n = tile.spark.length;
  const x = scaleLinear<number>({ domain: [0, Math.max(1, n - 1)], range: [4, Math.max(8, w - 4)] });
  const y = scaleLinear<number>({ domain: [0, 1], range: [H - 4, 4] });
  const lastIndex = tile.spark.reduce<number>((acc, v, i) => (v === null ? acc : i), -1);
  // A point with no defined neighbour draws no line: mark it with a dot so it is not lost.
  const isolated = tile.spark.flatMap((v, i) =>
    v !== null && i !== lastIndex && (i === 0 || tile.spark[i - 1] === null) && (i === n - 1 || tile.spark[i + 1] === null)
      ? [i]
      : [],
  );
  return (
    <span ref={ref} className="sextant-delivery-scorecard__spark" tabIndex={0} role="img" aria-label={tile.seriesText}>
      <svg width={w} height={H} aria-hidden="true" focusable="false">
        <LinePath
          data={tile.spark.map((v, i) => [i, v] as const)}
          x={(d) => x(d[0])}
          y={(d) => y(d[1] ?? 0)}
          defined={(d) => d[1] !== null}
          curve={curveMonotoneX}
          className="sextant-delivery-scorecard__line"
        />
        {isolated.map((i) => (
          <circle key={i} cx={x(i)} cy={y(tile.spark[i] as number)} r={2} className="sextant-delivery-scorecard__point" />
        ))}
        {lastIndex >= 0 ? (
          <circle cx={x(lastIndex)} cy={y(tile.spark[lastIndex] as number)} r={3} className="sextant-delivery-scorecard__dot" />
        ) : null}
      </svg>
      <span className="sextant-delivery-scorecard__readout" aria-hidden="true">
        {tile.seriesText}
      </span>
    </span>
  );
}

/**
 * The delivery scorecard of an AI team's period: the four DORA keys plus rollback rate and
 * experiment success as tiles, each with its DORA band and report year, the change against
 * the previous period, and a trend line. Figures, bands and sentences come from core's
 * `deliveryScorecard` and `deliveryScorecardView`.
 *
 * @example
 * ```tsx
 * <DeliveryScorecard title="Fraud model delivery, Q1" deployments={deployments} changes={changes}
 *   incidents={incidents} from="2026-01-01T00:00:00Z" to="2026-04-01T00:00:00Z" />
 * ```
 */
export const DeliveryScorecard = /* @__PURE__ */ forwardRef<HTMLElement, DeliveryScorecardProps>(function DeliveryScorecard(
  {
    deployments,
    changes,
    incidents,
    experiments,
    from,
    to,
    previous,
    year,
    buckets,
    keys,
    messages,
    title = 'Delivery',
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const model = useSafeComputation(() => {
    const card = deliveryScorecard({ deployments, changes, incidents, experiments }, { from, to, previous, year, buckets });
    const { tiles } = deliveryScorecardView(card, { locale, messages });
    const shown =
      keys === undefined
        ? tiles
        : keys.map((k) => tiles.find((t) => t.key === k)).filter((t): t is DeliveryTileView => t !== undefined);
    return { card, tiles: shown };
  }, [deployments, changes, incidents, experiments, from, to, previous, year, buckets, keys, locale, messages]);

  return (
    <WidgetFrame
      ref={ref}
      widget="delivery-scorecard"
      title={title}
      error={model.error}
      resetKeys={[deployments, from, to]}
      {...rest}
    >
      {model.ok ? (
        <ul className="sextant-delivery-scorecard__tiles">
          {model.value.tiles.map((t) => (
            <li
              key={t.key}
              className="sextant-delivery-scorecard__tile"
              data-key={t.key}
              data-band={t.band ?? undefined}
              data-direction={t.direction ?? undefined}
            >
              <span className="sextant-delivery-scorecard__label">{t.label}</span>
              <span className="sextant-delivery-scorecard__value" data-empty={t.hasValue ? undefined : ''}>
                {t.valueText}
              </span>
              <span className="sextant-delivery-scorecard__meta">
                {t.status !== null && t.bandText !== null ? <StatusBadge status={t.status} label={t.bandText} /> : null}
                <span className="sextant-delivery-scorecard__basis">{t.basisText}</span>
              </span>
              <span className="sextant-delivery-scorecard__trend" data-direction={t.direction ?? undefined}>
                <span aria-hidden="true" className="sextant-delivery-scorecard__arrow">
                  {t.change === 'up' ? '▲' : t.change === 'down' ? '▼' : t.change === 'flat' ? '●' : '–'}
                </span>
                {t.trendText}
              </span>
              <Sparkline tile={t} />
            </li>
          ))}
        </ul>
      ) : null}
      {model.ok ? (
        <VisuallyHidden>
          <table>
            <caption>{textOf(title)}</caption>
            <tbody>
              {model.value.tiles.map((t) => (
                <tr key={t.key}>
                  <th scope="row">{t.label}</th>
                  <td>{t.valueText}</td>
                  <td>{t.bandText ?? ''}</td>
                  <td>{t.trendText}</td>
                  <td>{t.seriesText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      ) : null}
    </WidgetFrame>
  );
});
