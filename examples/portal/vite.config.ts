import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No aliases on purpose: @sextant/* resolve through node_modules to their package.json
// "exports", i.e. the built dist/ files, exactly as in an app that installed them from npm.
export default defineConfig({
  plugins: [react()],
  base: './',
});
