/**
 * Docs pages that follow the toolbar's Theme switch (Storybook's DocsContainer does not
 * re-render on a globals change, so it listens on the channel), and Markdown tables that
 * scroll inside their own box instead of widening the page at 360 px.
 */
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { useEffect, useState, type ComponentProps, type PropsWithChildren } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { create } from 'storybook/theming';

const font = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Storybook's docs chrome in the colours of Sextant's own tokens (base.css), so a docs
// page and the widgets on it share one palette in each theme.
const docsThemes = {
  light: create({
    base: 'light',
    fontBase: font,
    colorPrimary: '#1f5fbf',
    colorSecondary: '#1f5fbf',
    appBg: '#f6f7f9',
    appContentBg: '#ffffff',
    appPreviewBg: '#f6f7f9',
    appBorderColor: '#d5dae1',
    textColor: '#1a202c',
    textMutedColor: '#4a5565',
  }),
  dark: create({
    base: 'dark',
    fontBase: font,
    colorPrimary: '#6ea8fe',
    colorSecondary: '#6ea8fe',
    appBg: '#0f131a',
    appContentBg: '#0f131a',
    appPreviewBg: '#0f131a',
    appBorderColor: '#323b4a',
    textColor: '#e8ecf2',
    textMutedColor: '#a9b3c2',
    barBg: '#171c25',
    inputBg: '#171c25',
  }),
};

type Globals = Record<string, unknown>;

function themeOf(globals: Globals | undefined): 'light' | 'dark' {
  return globals?.theme === 'dark' ? 'dark' : 'light';
}

/** Initial globals: the docs context's store is not in its public type, so read it defensively. */
function initialGlobals(context: DocsContainerProps['context']): Globals | undefined {
  const store = (context as unknown as { store?: { userGlobals?: { get?: () => Globals } } }).store;
  try {
    return store?.userGlobals?.get?.();
  } catch {
    return undefined;
  }
}

export function ThemedDocsContainer({ context, children }: PropsWithChildren<DocsContainerProps>) {
  const [theme, setTheme] = useState(() => themeOf(initialGlobals(context)));
  useEffect(() => {
    const onGlobals = ({ globals }: { globals: Globals }) => setTheme(themeOf(globals));
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    return () => context.channel.off(GLOBALS_UPDATED, onGlobals);
  }, [context.channel]);
  useEffect(() => {
    // The page behind the docs, and any widget rendered straight from MDX (theme
    // "inherit" reads the variables from <html>), follow the theme.
    document.documentElement.setAttribute('data-sextant-theme', theme);
  }, [theme]);
  return (
    <DocsContainer context={context} theme={docsThemes[theme]}>
      {children}
    </DocsContainer>
  );
}

/** An MDX table in a box of its own that scrolls sideways when the table is wider than the page. */
export function ScrollTable(props: ComponentProps<'table'>) {
  return (
    // A scrolling box must be reachable by keyboard (WCAG 2.1.1); the region names it.
    <div className="sb-sextant-table-scroll" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table {...props} />
    </div>
  );
}
