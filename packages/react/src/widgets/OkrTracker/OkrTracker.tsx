import {
  okrProgress,
  okrTrackerView,
  SextantError,
  type GoalInstant,
  type KeyResultValues,
  type KeyResultView,
  type Objective,
  type OkrTrackerMessages,
} from '@sextant/core';
import { ClampedText } from '../../frame/ClampedText';
import { forwardRef, useCallback, useId, useMemo, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useRovingGrid } from '../../grid/useRovingGrid';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { checkFrameProps } from '../MetricTile/props';
import { listKeyTarget } from './listKeys';

/** Which key result is selected: its objective's id and its own. */
export interface OkrSelection {
  objectiveId: string;
  keyResultId: string;
}

/** Props of {@link OkrTracker}. */
export interface OkrTrackerProps extends WidgetBaseProps {
  /** Objectives with their key results (core's `Objective`). */
  objectives: readonly Objective[];
  /** The present, for expected progress (instant). Pass it in: the widget reads no clock. */
  now: GoalInstant;
  /** Current value per key-result metric, from the SDK's results (`latencyValue`, `driftShareValue`, …). */
  values: KeyResultValues;
  /** How far behind the expected progress still counts as on pace (core's `okrProgress` option). @default 0.1 */
  tolerance?: number;
  /** The selected key result, whose details show (controlled); `null` for none. */
  selected?: OkrSelection | null;
  /** The initially selected key result (uncontrolled). @default null */
  defaultSelected?: OkrSelection | null;
  /** Called when focus or a click selects another key result. */
  onSelectedChange?: (selection: OkrSelection | null) => void;
  /** Sentences and labels (core's `OKR_TRACKER_MESSAGES`), overridable one by one. */
  messages?: Partial<OkrTrackerMessages>;
}

const ICONS = { 'on-track': '✓', 'at-risk': '!', 'off-track': '✕' } as const;

function Status({ status, text }: { status: KeyResultView['status']; text: string }) {
  return (
    <span className="sextant-status sextant-okr-tracker__status" data-status={status}>
      <span aria-hidden="true" className="sextant-okr-tracker__icon">
        {ICONS[status]}
      </span>
      {text}
    </span>
  );
}

function Bar({ kr }: { kr: KeyResultView }) {
  return (
    <span className="sextant-okr-tracker__track" aria-hidden="true">
      <span className="sextant-okr-tracker__fill" data-status={kr.status} style={{ width: `${kr.progressPercent}%` }} />
      {kr.forecastPercent !== null ? (
        <span className="sextant-okr-tracker__forecast" style={{ left: `${kr.forecastPercent}%` }} />
      ) : null}
      <span className="sextant-okr-tracker__expected" style={{ left: `${kr.expectedPercent}%` }} />
    </span>
  );
}

/**
 * Objectives and their key results on live numbers: a bar per key result from baseline to
 * target with a marker at the progress expected by now and a marker at the forecast, its
 * status (colour, icon and words) and, for the focused or selected key result, the details
 * (values, why the status, the forecast sentence). Figures, statuses and sentences come from
 * core's `okrProgress` and `okrTrackerView`.
 *
 * Keyboard: the key results are one tab stop; ↑/↓ move between them across objectives,
 * Home/End go to the first/last, PageUp/PageDown by five; focus selects (the details follow).
 * A visually hidden table lists every figure.
 *
 * @example
 * ```tsx
 * <OkrTracker title="Fraud detection, Q1 2026" objectives={objectives} now="2026-02-15T00:00:00Z"
 *   values={{ f1: 0.86, p95LatencyMs: latencyValue(latencySummary(latencies)) }} />
 * ```
 */
export const OkrTracker = /* @__PURE__ */ forwardRef<HTMLElement, OkrTrackerProps>(function OkrTracker(
  {
    objectives,
    now,
    values,
    tolerance,
    selected: selectedProp,
    defaultSelected = null,
    onSelectedChange,
    messages,
    title = 'Objectives and key results',
    description,
    headingLevel = 3,
    hideTitle,
    className,
    style,
    errorMessages,
    ...rest
  },
  ref,
) {
  const { locale } = useSextantContext();
  const id = useId();
  // Props the frame renders are checked before anything renders: a boundary would not catch them on the server.
  const frame = checkFrameProps({ title, description, headingLevel, hideTitle, className, style, errorMessages, rest });
  const model = useSafeComputation(() => {
    if (!Array.isArray(objectives)) {
      throw new SextantError('INVALID_OPTION', 'objectives must be an array of objectives', { argument: 'objectives' });
    }
    const progress = objectives.map((o) => okrProgress(o, { now, values, tolerance }));
    return okrTrackerView(progress, { locale, messages });
  }, [objectives, now, values, tolerance, locale, messages]);

  const [selected, setSelected] = useControllableState<OkrSelection | null>({
    value: selectedProp,
    defaultValue: defaultSelected,
    onChange: onSelectedChange,
    name: 'OkrTracker.selected',
  });

  const view = model.ok ? model.value : null;
  const rows = useMemo<KeyResultView[]>(() => (view ? view.objectives.flatMap((o) => o.keyResults) : []), [view]);
  const selectedRow = selected
    ? rows.findIndex((k) => k.objectiveId === selected.objectiveId && k.id === selected.keyResultId)
    : -1;
  const select = useCallback(
    (row: number) => {
      const k = rows[row];
      if (!k) return;
      if (selected && selected.objectiveId === k.objectiveId && selected.keyResultId === k.id) return;
      setSelected({ objectiveId: k.objectiveId, keyResultId: k.id });
    },
    [rows, selected, setSelected],
  );
  const grid = useRovingGrid<HTMLDivElement>({
    rows: rows.length,
    cols: 1,
    defaultPosition: { row: Math.max(0, selectedRow), col: 0 },
    onActivate: (p) => select(p.row),
    onMove: (p) => select(p.row),
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const onCell = event.target instanceof Element && event.target.closest('[data-row]') !== null;
    const target = onCell ? listKeyTarget(event, rows.length) : null;
    if (target !== null) {
      event.preventDefault();
      grid.focusCell({ row: target, col: 0 });
      select(target);
      return;
    }
    grid.gridProps.onKeyDown(event);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    grid.gridProps.onFocus(event);
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-row]') : null;
    if (cell) select(Number(cell.dataset.row));
  };

  const m = view?.messages;
  const detail = selectedRow >= 0 ? rows[selectedRow] : null;
  const detailObjective = detail && view ? view.objectives.find((o) => o.id === detail.objectiveId) : undefined;
  const Sub = `h${Math.min(6, (frame.headingLevel ?? 3) + 1)}` as 'h4';
  const detailsId = `${id}-details`;
  let row = 0;

  return (
    <WidgetFrame
      ref={ref}
      widget="okr-tracker"
      {...frame.rest}
      title={frame.title ?? 'Objectives and key results'}
      description={frame.description}
      headingLevel={frame.headingLevel}
      hideTitle={frame.hideTitle}
      className={frame.className}
      style={frame.style as CSSProperties | undefined}
      errorMessages={frame.errorMessages}
      error={frame.error ?? model.error}
      data-selected={detail ? '' : undefined}
      resetKeys={[objectives, now, values]}
    >
      {view && m ? (
        view.emptyText !== null ? (
          <p className="sextant-okr-tracker__empty">{view.emptyText}</p>
        ) : (
          <div className="sextant-okr-tracker__layout">
            <div className="sextant-okr-tracker__objectives" {...grid.gridProps} onKeyDown={onKeyDown} onFocus={onFocus}>
              <p className="sextant-okr-tracker__legend" aria-hidden="true">
                <span className="sextant-okr-tracker__legend-item">
                  <span className="sextant-okr-tracker__legend-fill" />
                  {m.columns.progress}
                </span>
                <span className="sextant-okr-tracker__legend-item">
                  <span className="sextant-okr-tracker__legend-expected" />
                  {m.columns.expected}
                </span>
                <span className="sextant-okr-tracker__legend-item">
                  <span className="sextant-okr-tracker__legend-forecast" />
                  {m.columns.forecast}
                </span>
              </p>
              {view.objectives.map((o, i) => {
                const headId = `${id}-o${i}`;
                return (
                  <section
                    key={`${i}:${o.id}`}
                    className="sextant-okr-tracker__objective"
                    aria-labelledby={headId}
                    data-status={o.status}
                  >
                    <div className="sextant-okr-tracker__objective-head">
                      <ClampedText
                        as={Sub}
                        id={headId}
                        className="sextant-okr-tracker__objective-title"
                        dir="auto"
                        text={o.title}
                        focusable
                      />
                      <span className="sextant-okr-tracker__objective-meta">
                        <Status status={o.status} text={o.statusText} />
                        <span className="sextant-okr-tracker__objective-progress">{o.progressText}</span>
                        {o.ownerText !== null ? <span className="sextant-okr-tracker__owner">{o.ownerText}</span> : null}
                      </span>
                    </div>
                    <ul role="listbox" aria-label={o.listLabel} className="sextant-okr-tracker__list">
                      {o.keyResults.map((k) => {
                        const r = row++;
                        const isSelected = r === selectedRow;
                        return (
                          <li
                            key={`${r}:${k.id}`}
                            role="option"
                            aria-selected={isSelected}
                            aria-describedby={isSelected ? detailsId : undefined}
                            className="sextant-okr-tracker__kr"
                            data-status={k.status}
                            data-selected={isSelected ? '' : undefined}
                            {...grid.cellProps(r, 0)}
                          >
                            {/* The option's name is its text: the spaces keep the parts apart for screen readers. */}
                            <span className="sextant-okr-tracker__kr-head">
                              <ClampedText className="sextant-okr-tracker__kr-title" dir="auto" text={k.title} />{' '}
                              <Status status={k.status} text={k.statusText} />
                            </span>{' '}
                            <Bar kr={k} />
                            <span className="sextant-okr-tracker__kr-meta">
                              <span>{k.currentText}</span> <span>{k.progressText}</span> <span>{k.expectedText}</span>
                            </span>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
            </div>
            <div className="sextant-okr-tracker__details" id={detailsId} role="group" aria-label={m.details}>
              {detail ? (
                <>
                  <Sub className="sextant-okr-tracker__details-title" dir="auto">
                    {detail.title}
                  </Sub>
                  {detailObjective ? <p className="sextant-okr-tracker__details-objective">{detailObjective.title}</p> : null}
                  <p className="sextant-okr-tracker__details-status">
                    <Status status={detail.status} text={detail.statusText} /> {detail.reasonText}
                  </p>
                  <dl className="sextant-okr-tracker__facts">
                    <dt>{m.columns.current}</dt>
                    <dd>{detail.currentText}</dd>
                    <dt>{m.columns.target}</dt>
                    <dd>{detail.targetText}</dd>
                    <dt>{m.columns.baseline}</dt>
                    <dd>{detail.baselineText}</dd>
                    <dt>{m.columns.progress}</dt>
                    <dd>{detail.progressPercentText}</dd>
                    <dt>{m.columns.expected}</dt>
                    <dd>{detail.expectedPercentText}</dd>
                    <dt>{m.columns.forecast}</dt>
                    <dd>{detail.forecastValueText}</dd>
                  </dl>
                </>
              ) : (
                <p className="sextant-okr-tracker__hint">{m.detailsHint}</p>
              )}
            </div>
          </div>
        )
      ) : null}
      {view && m && view.emptyText === null ? (
        <VisuallyHidden>
          <table>
            <caption>{frame.title ?? 'Objectives and key results'}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.objective}</th>
                <th scope="col">{m.columns.keyResult}</th>
                <th scope="col">{m.columns.current}</th>
                <th scope="col">{m.columns.target}</th>
                <th scope="col">{m.columns.progress}</th>
                <th scope="col">{m.columns.expected}</th>
                <th scope="col">{m.columns.status}</th>
                <th scope="col">{m.columns.forecast}</th>
              </tr>
            </thead>
            <tbody>
              {view.objectives.flatMap((o, i) =>
                o.keyResults.map((k, j) => (
                  <tr key={`${i}:${j}`}>
                    <td>{o.title}</td>
                    <th scope="row">{k.title}</th>
                    <td>{k.currentText}</td>
                    <td>{k.targetText}</td>
                    <td>{k.progressText}</td>
                    <td>{k.expectedText}</td>
                    <td>
                      {k.statusText}. {k.reasonText}
                    </td>
                    <td>{k.forecastText}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </VisuallyHidden>
      ) : null}
    </WidgetFrame>
  );
});
