import type { Decorator, Preview } from '@storybook/react-vite';
import { SextantProvider, type SextantTheme } from '@sextant/react';
import '@sextant/react/styles.css';
import './preview.css';
import { ScrollTable, ThemedDocsContainer } from './docs';

const withTheme: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as SextantTheme;
  const width = context.globals.width as string | undefined;
  // The page background follows the theme so stories look as they would in a host app.
  document.documentElement.setAttribute('data-sextant-theme', theme);
  return (
    <SextantProvider theme={theme}>
      <div className="sb-sextant-canvas" style={width && width !== 'auto' ? { maxWidth: width } : undefined}>
        <Story />
      </div>
    </SextantProvider>
  );
};

const preview: Preview = {
  // Every widget gets a docs page with its props table and a live example.
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Sextant theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Container width',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        items: [
          { value: 'auto', title: 'Full width' },
          { value: '360px', title: '360 px' },
          { value: '1280px', title: '1280 px' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', width: 'auto' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Docs', 'Widgets'] } },
    docs: { container: ThemedDocsContainer, components: { table: ScrollTable } },
  },
};

export default preview;
