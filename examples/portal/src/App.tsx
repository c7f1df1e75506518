import { MetricTile, MetricTileGrid, SextantProvider, TimezonePlanner, type SextantTheme } from '@sextant/react';
import { useState } from 'react';
import { ConnectYourData } from './ConnectYourData';
import { delivery, project, team, teamNow } from './demo';
import { drift, figures } from './modelData';

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

export function App() {
  const [theme, setTheme] = useState<SextantTheme>('light');
  return (
    <SextantProvider theme={theme}>
      <div className="portal" data-sextant-theme={theme}>
        <header className="portal__header">
          <div>
            <p className="portal__eyebrow">{project.owner}</p>
            <h1 className="portal__title">{project.name}</h1>
            <p className="portal__meta">Model {project.modelVersion} · demo data</p>
          </div>
          <button
            type="button"
            className="portal__theme"
            aria-pressed={theme === 'dark'}
            onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          >
            Dark theme
          </button>
        </header>
        <main className="portal__main">
          <section aria-labelledby="health">
            <h2 id="health" className="portal__section-title">
              Model health
            </h2>
            <MetricTileGrid>
              <MetricTile title="F1 (fraud)" value={figures.f1} format="percent" target={0.6} previous={figures.previousF1} />
              <MetricTile title="ROC AUC" value={figures.auc} target={0.85} />
              <MetricTile
                title="Demographic parity difference"
                description="Flag rate, largest gap between regions"
                value={figures.parity}
                target={0.05}
                higherIsBetter={false}
              />
              <MetricTile
                title="p95 inference latency"
                value={figures.p95}
                format="milliseconds"
                target={200}
                higherIsBetter={false}
                previous={figures.previousP95}
              />
              {delivery.map((m) => (
                <MetricTile key={m.title} {...m} />
              ))}
            </MetricTileGrid>
          </section>
          <section aria-labelledby="drift">
            <h2 id="drift" className="portal__section-title">
              Data drift, this week against last
            </h2>
            <div className="portal__split">
              <MetricTile
                title="Drifted features"
                description={`Of ${drift.features.length} monitored; dataset drift ${drift.datasetDrift ? 'detected' : 'not detected'}`}
                value={drift.features.filter((f) => f.drifted).length}
                target={0}
                higherIsBetter={false}
              />
              <div className="portal__table-card">
                {/* The caption sits above the scroll box so a narrow screen never clips it. */}
                <h3 id="drift-table" className="portal__table-title">
                  Drift test per feature (Evidently's default tests)
                </h3>
                <div className="portal__table-wrap">
                  <table className="portal__table" aria-labelledby="drift-table">
                    <thead>
                      <tr>
                        <th scope="col">Feature</th>
                        <th scope="col">Test</th>
                        <th scope="col" className="portal__num">
                          Score
                        </th>
                        <th scope="col" className="portal__num">
                          Threshold
                        </th>
                        <th scope="col">Drifted</th>
                      </tr>
                    </thead>
                    <tbody>
                      {drift.features.map((f) => (
                        <tr key={f.name}>
                          <th scope="row">{f.name}</th>
                          <td>{f.method}</td>
                          <td className="portal__num">{f.score === null ? '—' : fmt.format(f.score)}</td>
                          <td className="portal__num">{fmt.format(f.threshold)}</td>
                          <td>{f.drifted ? 'Yes' : 'No'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </section>
          <ConnectYourData />
          <section aria-labelledby="team">
            <h2 id="team" className="portal__section-title">
              Team
            </h2>
            <TimezonePlanner title="Team hours" headingLevel={3} members={team} now={teamNow} />
          </section>
        </main>
      </div>
    </SextantProvider>
  );
}
