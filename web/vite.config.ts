import { defineConfig, defaultClientConditions } from 'vite';
import react from '@vitejs/plugin-react';

// The platform server (Fastify) listens here in development: `npm run dev` at the repo root.
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // '@gci/shared' is consumed as TypeScript source (see shared/package.json "exports").
    conditions: ['@gci/source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/docs': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Route modules are split by `lazy` in src/app/router.tsx; these groups only keep the libraries
    // every page needs in long-cached chunks, so a change to a page does not invalidate them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});
