import {
  RISK_MATRIX_MESSAGES,
  riskMatrixView,
  type Risk,
  type RiskBandLimits,
  type RiskBand,
  type RiskCategory,
  type RiskMarker,
  type RiskMatrixMessages,
} from '@sextant/core';
import { forwardRef, useId, useState } from 'react';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { MatrixGrid } from './MatrixGrid';
import { RiskTable } from './RiskTable';

/** Props of {@link RiskMatrix}. */
export interface RiskMatrixProps extends WidgetBaseProps {
  /** The register (API.md's risk shape). A malformed entry is flagged in the widget; the rest still render. */
  risks: readonly Risk[];
  /** Today, `YYYY-MM-DD` or an instant, for overdue mitigations. Without it nothing is overdue. */
  today?: string | number;
  /** Band limits on likelihood × impact. @default { low: 4, medium: 9, high: 16 } */
  bands?: RiskBandLimits;
  /** A lookup table `matrix[likelihood − 1][impact − 1]` instead of the product. */
  matrix?: readonly (readonly RiskBand[])[];
  /** Category filter (controlled); `null` = all. */
  category?: RiskCategory | null;
  /** @default null */
  defaultCategory?: RiskCategory | null;
  onCategoryChange?: (category: RiskCategory | null) => void;
  /** Owner filter (controlled); `undefined` = all, `null` = risks without an owner. */
  owner?: string | null | undefined;
  defaultOwner?: string | null;
  onOwnerChange?: (owner: string | null | undefined) => void;
  /** Called when a marker or a table row's risk is activated (click, Enter, Space). */
  onRiskClick?: (risk: RiskMarker) => void;
  /** Ghost markers and the move arrow for the inherent positions. @default true */
  defaultShowInherent?: boolean;
  /** Every sentence and label (core's `RISK_MATRIX_MESSAGES`), overridable one by one. */
  messages?: Partial<RiskMatrixMessages>;
}

/**
 * The AI/ML risk register as a 5 × 5 heat map: residual positions as focusable markers
 * (several per cell stack, with a count), ghosts and an arrow back to the inherent position,
 * overdue mitigations flagged, category and owner filters, and a table of every risk as the
 * text alternative. Everything it shows comes from core's `riskMatrixView`.
 *
 * @example
 * ```tsx
 * <RiskMatrix title="Fraud model risks" risks={register} today="2026-03-31" onRiskClick={(r) => open(r.id)} />
 * ```
 */
export const RiskMatrix = /* @__PURE__ */ forwardRef<HTMLElement, RiskMatrixProps>(function RiskMatrix(
  {
    risks,
    today,
    bands,
    matrix,
    category: categoryProp,
    defaultCategory = null,
    onCategoryChange,
    owner: ownerProp,
    defaultOwner,
    onOwnerChange,
    onRiskClick,
    defaultShowInherent = true,
    messages,
    title = 'Risk matrix',
    ...rest
  },
  ref,
) {
  const { messages: ui, error: messagesError } = useMessages(RISK_MATRIX_MESSAGES, messages);
  const id = useId();
  const [category, setCategory] = useControllableState<RiskCategory | null>({
    value: categoryProp,
    defaultValue: defaultCategory,
    onChange: onCategoryChange,
    name: 'RiskMatrix.category',
  });
  const [owner, setOwner] = useControllableState<string | null | undefined>({
    value: ownerProp,
    defaultValue: defaultOwner,
    onChange: onOwnerChange,
    name: 'RiskMatrix.owner',
  });
  const [showInherent, setShowInherent] = useState(defaultShowInherent);
  const [activeRisk, setActiveRisk] = useState<string | null>(null);

  // The whole register first (for the filter options), then the filtered view.
  const model = useSafeComputation(() => {
    const all = riskMatrixView(risks, { today, bands, matrix, messages });
    const filtered =
      category === null && owner === undefined
        ? all
        : riskMatrixView(risks, {
            today,
            bands,
            matrix,
            messages,
            categories: category === null ? undefined : [category],
            owners: owner === undefined ? undefined : [owner],
          });
    return { all, view: filtered };
  }, [risks, today, bands, matrix, messages, category, owner]);

  const active = model.ok && activeRisk !== null ? model.value.view.markers[activeRisk] : undefined;

  const filters = model.ok ? (
    <div className="sextant-risk-matrix__filters">
      <label className="sextant-risk-matrix__filter">
        <span>{ui.categoryFilter}</span>
        <select
          value={category === null ? '' : category}
          onChange={(e) => setCategory(e.target.value === '' ? null : (e.target.value as RiskCategory))}
        >
          <option value="">{ui.all}</option>
          {model.value.all.categories.map((c) => (
            <option key={c.category} value={c.category}>
              {c.title} ({c.count})
            </option>
          ))}
        </select>
      </label>
      <label className="sextant-risk-matrix__filter">
        <span>{ui.ownerFilter}</span>
        {/* Option values are indexes: an owner may be called anything, "" and "all" included. */}
        <select
          value={owner === undefined ? '' : String(model.value.all.owners.indexOf(owner))}
          onChange={(e) => setOwner(e.target.value === '' ? undefined : model.value.all.owners[Number(e.target.value)])}
        >
          <option value="">{ui.all}</option>
          {model.value.all.owners.map((o, k) => (
            <option key={k} value={String(k)}>
              {o === null ? ui.noOwner : o}
            </option>
          ))}
        </select>
      </label>
      <label className="sextant-risk-matrix__toggle">
        <input type="checkbox" checked={showInherent} onChange={(e) => setShowInherent(e.target.checked)} />
        <span>{ui.showInherent}</span>
      </label>
    </div>
  ) : null;

  const words = (p: RiskMarker['residual']) => {
    const L = model.ok ? model.value.view.labels : undefined;
    return L ? ui.position(L.likelihood[p.likelihood - 1], L.impact[p.impact - 1], L.bands[p.band], p.score) : '';
  };

  return (
    <WidgetFrame
      ref={ref}
      widget="risk-matrix"
      title={title}
      error={messagesError ?? model.error}
      resetKeys={[risks, today, bands, matrix, category, owner]}
      data-filtered={category !== null || owner !== undefined ? '' : undefined}
      {...rest}
    >
      {model.ok ? (
        <>
          {filters}
          {model.value.all.invalid.length > 0 ? (
            <div className="sextant-risk-matrix__invalid" role="note" data-count={model.value.all.invalid.length}>
              <p className="sextant-risk-matrix__invalid-title">{model.value.all.invalidSummary}</p>
              <ul>
                {model.value.all.invalid.map((x) => (
                  <li key={x.index}>{ui.invalidItem(x.id === null ? `#${x.index + 1}` : x.id, x.message)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="sextant-risk-matrix__layout">
            <div className="sextant-risk-matrix__y-axis" aria-hidden="true">
              {model.value.view.labels.likelihoodAxis}
            </div>
            <div className="sextant-risk-matrix__plot">
              <MatrixGrid
                view={model.value.view}
                label={ui.gridLabel}
                onRiskClick={onRiskClick}
                activeRisk={activeRisk}
                onActiveRisk={setActiveRisk}
                showInherent={showInherent}
              />
              <div className="sextant-risk-matrix__x-axis" aria-hidden="true">
                {model.value.view.labels.impactAxis}
              </div>
            </div>
          </div>
          <p className="sextant-risk-matrix__readout" aria-hidden="true" data-empty={active ? undefined : ''}>
            {active
              ? ui.readout(active, { residual: words(active.residual), inherent: words(active.inherent) })
              : ui.keyboardHint}
          </p>
          <p id={`${id}-live`} className="sextant-visually-hidden" role="status" aria-live="polite">
            {category !== null || owner !== undefined ? model.value.view.summary : ''}
          </p>
          <RiskTable view={model.value.view} messages={ui} onRiskClick={onRiskClick} words={words} />
        </>
      ) : null}
    </WidgetFrame>
  );
});
