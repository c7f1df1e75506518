import type { RiskMarker, RiskMatrixMessages, RiskMatrixView } from '@sextant/core';
import { ClampedText } from '../../frame/ClampedText';

export interface RiskTableProps {
  view: RiskMatrixView;
  messages: RiskMatrixMessages;
  words: (p: RiskMarker['residual']) => string;
  onRiskClick?: (risk: RiskMarker) => void;
}

/** Every filtered risk, worst residual first: the matrix's text alternative, scrolling inside the widget. */
export function RiskTable({ view, messages, words, onRiskClick }: RiskTableProps) {
  const c = messages.columns;
  return (
    <div className="sextant-risk-matrix__table-wrap" role="region" aria-label={messages.tableCaption} tabIndex={0}>
      <table className="sextant-risk-matrix__table">
        <caption>{messages.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.risk}</th>
            <th scope="col">{c.residual}</th>
            <th scope="col">{c.inherent}</th>
            <th scope="col">{c.category}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.overdue}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.id} data-band={r.residual.band} data-overdue={r.overdueMitigations.length > 0 ? '' : undefined}>
              <th scope="row">
                {onRiskClick ? (
                  <button type="button" className="sextant-risk-matrix__row-button" onClick={() => onRiskClick(r)}>
                    <ClampedText text={`${r.id} ${r.title}`}>
                      <span className="sextant-risk-matrix__id">{r.id}</span> {r.title}
                    </ClampedText>
                  </button>
                ) : (
                  <ClampedText text={`${r.id} ${r.title}`} focusable>
                    <span className="sextant-risk-matrix__id">{r.id}</span> {r.title}
                  </ClampedText>
                )}
              </th>
              <td data-band={r.residual.band}>{words(r.residual)}</td>
              <td>{words(r.inherent)}</td>
              <td>{r.categoryTitle}</td>
              <td>{r.owner ?? messages.noOwner}</td>
              <td>{r.overdueMitigations.length > 0 ? r.overdueMitigations.join(', ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
