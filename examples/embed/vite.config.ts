import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No aliases: @sextant/* resolve to their built "exports", as in an app that installed them.
// `dedupe` makes @sextant/react use this app's React 18 rather than the workspace's React 19,
// as npm's flat node_modules would in a real host app.
export default defineConfig({
  plugins: [react()],
  base: './',
  resolve: { dedupe: ['react', 'react-dom'] },
});
