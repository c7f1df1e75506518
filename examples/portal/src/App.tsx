import { MetricTile, SextantProvider, TimezonePlanner, type SextantTheme } from '@sextant/react';
import { useState } from 'react';
import { headline, project, team, teamNow } from './demo';

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
            <div className="portal__grid">
              {headline.map((m) => (
                <MetricTile key={m.title} {...m} />
              ))}
            </div>
          </section>
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
