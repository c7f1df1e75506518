/**
 * A page with every exported widget fed each hostile string (test/support/widgets.tsx), for
 * test/browser/hostile.test.ts. Bundled by esbuild against the built packages.
 */
import { createRoot } from 'react-dom/client';
import { SextantProvider } from '@sextant/react';
import { exportedWidgets, FIXTURES, HOSTILE_STRINGS, LAYOUTS } from '../../support/widgets';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const only = params.get('widget');
document.documentElement.style.background = theme === 'dark' ? '#0f1115' : '#f6f7f9';

const widgets = exportedWidgets.filter(([n]) => FIXTURES[n] !== undefined && !LAYOUTS.has(n) && (!only || n === only));

createRoot(document.getElementById('root')!).render(
  <SextantProvider theme={theme}>
    <main style={{ display: 'grid', gap: 16, padding: 8 }}>
      {widgets.flatMap(([name, W]) =>
        HOSTILE_STRINGS.map((s, i) => (
          <div key={`${name}-${i}`} data-case={`${name}#${i}`}>
            <W {...FIXTURES[name].withText(s)} />
          </div>
        )),
      )}
      <p id="host-after">host after</p>
    </main>
  </SextantProvider>,
);
