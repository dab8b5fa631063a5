// Vite config for the explorer single-page app: root is this package, output goes to ./dist.
// Routes are split into chunks by the dynamic imports in src/routes.tsx; charts get their own chunks.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npx vite packages/explorer` during development: proxy the API to a locally running indexer
    proxy: { '/api': { target: process.env.INDEXER_URL ?? 'http://127.0.0.1:8080', ws: true } },
  },
});
