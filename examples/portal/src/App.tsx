import { SextantProvider } from '@sextant/react';
import { Suspense, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { NOW, project } from './data/project';
import { DEFAULT_PAGE, pages } from './pages';
import { useHashRoute } from './route';
import { usePortalTheme } from './theme';

function Icon({ d }: { d: string }) {
  return (
    <svg className="portal__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const MOON = 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z';

const AS_OF = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(NOW));

export function App() {
  const [theme, setTheme] = usePortalTheme();
  const id = useHashRoute(DEFAULT_PAGE);
  const page = pages.find((p) => p.id === id);
  const [menuOpen, setMenuOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${page ? page.title : 'Page not found'} · ${project.name}`;
    // After a page change, focus goes to the new page's heading (as a full page load
    // would start a screen reader at the top); on the first load it stays where it is.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [page]);

  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    // The hash holds the page; the skip link moves focus without touching it.
    e.preventDefault();
    main.current?.focus();
  };
  const onNavKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  return (
    <SextantProvider theme={theme}>
      <div className="portal">
        <a className="portal__skip" href="#main" onClick={skip}>
          Skip to content
        </a>
        <header className="portal__header">
          <a className="portal__brand" href={`#/${DEFAULT_PAGE}`}>
            <span className="portal__logo" aria-hidden="true">
              S
            </span>
            <span className="portal__brand-text">
              <span className="portal__product">{project.name}</span>
              <span className="portal__meta">
                {project.owner} · {project.model} · demo data as of {AS_OF}
              </span>
            </span>
          </a>
          <div className="portal__actions">
            <button
              ref={menuButton}
              type="button"
              className="portal__button portal__menu-button"
              aria-expanded={menuOpen}
              aria-controls="portal-nav"
              onClick={() => setMenuOpen((o) => !o)}
            >
              <Icon d={menuOpen ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'} />
              <span className="portal__label">Pages</span>
            </button>
            <button
              type="button"
              className="portal__button portal__theme"
              aria-pressed={theme === 'dark'}
              onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
            >
              <Icon d={MOON} />
              <span className="portal__label">Dark theme</span>
            </button>
          </div>
        </header>
        <div className="portal__body">
          <nav
            id="portal-nav"
            className="portal__nav"
            aria-label="Portal pages"
            data-open={menuOpen || undefined}
            onKeyDown={onNavKey}
          >
            <ul className="portal__nav-list">
              {pages.map((p) => (
                <li key={p.id}>
                  <a
                    className="portal__nav-link"
                    href={`#/${p.id}`}
                    aria-current={p.id === page?.id ? 'page' : undefined}
                    onClick={() => setMenuOpen(false)}
                    onPointerEnter={() => void p.preload()}
                    onFocus={() => void p.preload()}
                  >
                    <Icon d={p.icon} />
                    {p.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" ref={main} className="portal__main" tabIndex={-1} aria-labelledby="page-title">
            <div className="portal__page-head">
              <h1 id="page-title" ref={heading} className="portal__title" tabIndex={-1}>
                {page ? page.title : 'Page not found'}
              </h1>
              <p className="portal__question">
                {page ? page.question : 'There is no page at this address. Pick one from the navigation.'}
              </p>
            </div>
            {page ? (
              <div className="portal__page" data-page={page.id} key={page.id}>
                <Suspense
                  fallback={
                    <p className="portal__loading" role="status">
                      Loading {page.label.toLowerCase()}…
                    </p>
                  }
                >
                  <page.Component />
                </Suspense>
              </div>
            ) : null}
          </main>
        </div>
      </div>
    </SextantProvider>
  );
}
