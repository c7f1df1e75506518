import { MetricTile } from '@sextant/react';
import { board, delivery, exposition, predictNow, runs } from './connectedData';

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });
const show = (v: number | undefined) => (v === undefined ? '—' : fmt.format(v));

/** Saved exports of each system, read by the connectors and shown in the widgets. */
export function ConnectYourData() {
  return (
    <section aria-labelledby="connect">
      <h2 id="connect" className="portal__section-title">
        Connect your data
      </h2>
      <p className="portal__note">
        Saved API responses from MLflow, Prometheus, GitHub and Jira, read by <code>@sextant/core/connectors</code>.
      </p>
      <div className="portal__stack">
        <div className="portal__grid">
          {predictNow && (
            <MetricTile
              title="p95 latency, /predict"
              description="Prometheus histogram_quantile over the bucket rates"
              value={predictNow.p95 * 1000}
              format="milliseconds"
              target={500}
              higherIsBetter={false}
            />
          )}
          {predictNow && <MetricTile title="Requests / s, /predict" value={predictNow.count} />}
          <MetricTile
            title="Production deployments"
            description={`GitHub; ${delivery.changes.length} merged pull requests linked`}
            value={delivery.deployments.filter((d) => d.status === 'success').length}
          />
        </div>
        <div className="portal__table-wrap">
          <table className="portal__table">
            <caption>MLflow runs (runs/search)</caption>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Status</th>
                <th scope="col">F1</th>
                <th scope="col">ROC AUC</th>
                <th scope="col">Started (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {runs.records.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name ?? r.id}</th>
                  <td>{r.status}</td>
                  <td>{show(r.metrics.f1)}</td>
                  <td>{show(r.metrics.roc_auc)}</td>
                  <td>{r.startedAt.slice(0, 16).replace('T', ' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="portal__table-wrap">
          <table className="portal__table">
            <caption>Jira board rebuilt from the changelog ({board.board.events.length} events)</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Cards</th>
              </tr>
            </thead>
            <tbody>
              {board.board.columns.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.title}</th>
                  <td>
                    {board.records
                      .filter((card) => card.columnId === c.id)
                      .map((card) => `${card.id} ${card.title}`)
                      .join(' · ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <pre className="portal__code" tabIndex={0} aria-label="Drift as OpenMetrics text for Prometheus">
          {exposition}
        </pre>
      </div>
    </section>
  );
}
