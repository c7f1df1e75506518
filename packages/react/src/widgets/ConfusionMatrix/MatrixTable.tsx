import type { ConfusionMatrixView } from '@sextant/core';
import { memo } from 'react';
import type { ConfusionMatrixMessages } from './messages';

interface Props {
  view: ConfusionMatrixView;
  fmt: { count: (v: number) => string; share: (v: number) => string };
  messages: ConfusionMatrixMessages;
}

/**
 * The text alternative (in a hidden div: a table with the visually-hidden class itself still
 * widens the page to its content).
 *
 * The text alternative: the whole matrix as a table with recall and precision margins, or,
 * for a compact (large) matrix, one row per class with its support, correct count, recall,
 * precision and most frequent wrong prediction — 40,000 cells help nobody by ear.
 */
export const MatrixTable = /* @__PURE__ */ memo(function MatrixTable({ view, fmt, messages }: Props) {
  const share = (v: number | null) => (v === null ? messages.notDefined : fmt.share(v));
  if (view.compact) {
    return (
      <div className="sextant-visually-hidden">
        <table>
          <caption>{messages.summaryCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{messages.axisTrue}</th>
              <th scope="col">n</th>
              <th scope="col">✓</th>
              <th scope="col">{messages.recall}</th>
              <th scope="col">{messages.precision}</th>
              <th scope="col">{messages.mostConfusedWith}</th>
            </tr>
          </thead>
          <tbody>
            {view.labelText.map((l, i) => {
              const top = view.topConfusion[i];
              return (
                <tr key={i}>
                  <th scope="row">{l}</th>
                  <td>{fmt.count(view.rowTotals[i])}</td>
                  <td>{fmt.count(view.counts[i][i])}</td>
                  <td>{share(view.recall[i])}</td>
                  <td>{share(view.precision[i])}</td>
                  <td>{top === null ? '—' : `${view.labelText[top]} (${fmt.count(view.counts[i][top])})`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div className="sextant-visually-hidden">
      <table>
        <caption>
          {messages.axisTrue} × {messages.axisPred} ({messages.views[view.normalize]})
        </caption>
        <thead>
          <tr>
            <th scope="col">{messages.axisTrue}</th>
            {view.labelText.map((l, j) => (
              <th key={j} scope="col">
                {l}
              </th>
            ))}
            <th scope="col">{messages.recall}</th>
          </tr>
        </thead>
        <tbody>
          {view.labelText.map((l, i) => (
            <tr key={i}>
              <th scope="row">{l}</th>
              {view.counts[i].map((c, j) => (
                <td key={j}>{view.normalize === 'counts' ? fmt.count(c) : fmt.share(view.values[i][j])}</td>
              ))}
              <td>{share(view.recall[i])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{messages.precision}</th>
            {view.precision.map((p, j) => (
              <td key={j}>{share(p)}</td>
            ))}
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
});
