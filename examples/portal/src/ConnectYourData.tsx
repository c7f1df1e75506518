import { KanbanBoard, MetricsTable, MetricTile, MetricTileGrid, type MetricsTableColumn } from '@sextant/react';
import { connected } from './connectedData';

const runColumns: MetricsTableColumn[] = [
  { id: 'run', header: 'Run' },
  { id: 'status', header: 'Status' },
  { id: 'f1', header: 'F1', direction: 'higher' },
  { id: 'auc', header: 'ROC AUC', direction: 'higher' },
  { id: 'started', header: 'Started' },
];

/** Saved exports of each system, read by the connectors and shown in the widgets. */
export function ConnectYourData() {
  const data = connected();
  const { predictNow } = data;
  return (
    <>
      <p className="portal__note">
        Saved API responses from MLflow, Prometheus, GitHub and Jira, read by <code>@sextant/core/connectors</code>. In a live
        portal each is a <code>fetch</code> away; the widgets do not change.
      </p>
      <MetricTileGrid aria-label="From Prometheus and GitHub">
        {predictNow && (
          <MetricTile
            title="p95 latency, /predict"
            description="Prometheus histogram_quantile over the bucket rates"
            value={predictNow.p95 * 1000}
            format="milliseconds"
            target={500}
            higherIsBetter={false}
            headingLevel={2}
          />
        )}
        {predictNow && (
          <MetricTile
            title="Requests per second, /predict"
            description="Prometheus rate over the last step"
            value={predictNow.count}
            headingLevel={2}
          />
        )}
        <MetricTile
          title="Production deployments"
          description={`GitHub deployments, ${data.changes.length} merged pull requests linked`}
          value={data.deployments.filter((d) => d.status === 'success').length}
          headingLevel={2}
        />
      </MetricTileGrid>
      <MetricsTable
        title="MLflow runs"
        description="runs/search, both pages"
        rows={data.runs}
        columns={runColumns}
        height={240}
        fileName="mlflow-runs.csv"
        messages={{ filterPlaceholder: 'Run or status…' }}
        headingLevel={2}
      />
      <KanbanBoard
        title="Jira board"
        description={`Rebuilt from the search and the changelog: ${data.board.board.events.length} events`}
        defaultBoard={data.board.board}
        now={data.boardNow}
        columnHeight={300}
        headingLevel={2}
      />
      <section className="portal__panel" aria-labelledby="openmetrics-title">
        <h2 id="openmetrics-title" className="portal__panel-title">
          Drift for Prometheus
        </h2>
        <p className="portal__panel-text">Last week&rsquo;s drift report as OpenMetrics text, for a scrape endpoint.</p>
        <pre className="portal__code" tabIndex={0} aria-labelledby="openmetrics-title">
          {data.exposition}
        </pre>
      </section>
    </>
  );
}
