import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Sextant',
    brandUrl: undefined,
    colorPrimary: '#1f5fbf',
    colorSecondary: '#1f5fbf',
    fontBase: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  }),
  sidebar: { showRoots: true },
});
