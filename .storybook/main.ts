import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GFM tables in MDX need remark-gfm (MDX 3 parses CommonMark only); the docs addon
    // hands mdxCompileOptions to @mdx-js/mdx's compile.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  features: { sidebarOnboardingChecklist: false },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // Stories use the package sources, so editing a widget reloads the story.
  viteFinal: async (cfg) => {
    cfg.resolve ??= {};
    const alias = [
      { find: /^@sextant\/core\/(.*)$/, replacement: r('../packages/core/src/$1/index.ts') },
      { find: /^@sextant\/core$/, replacement: r('../packages/core/src/index.ts') },
      { find: /^@sextant\/react\/styles\.css$/, replacement: r('../packages/react/src/styles.css') },
      { find: /^@sextant\/react$/, replacement: r('../packages/react/src/index.ts') },
    ];
    const prev = cfg.resolve.alias;
    cfg.resolve.alias = Array.isArray(prev)
      ? [...alias, ...prev]
      : [...alias, ...Object.entries(prev ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    return cfg;
  },
};

export default config;
