import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress';

// Root is client/ whether Vite is started from the repo root or from here. In development the
// API runs on its own port; in production the server serves client/dist on the same origin.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server reads it to name a route's chunks in the page (server/src/http/route-preloads.ts).
    manifest: true,
  },
  server: {
    proxy: {
      // The browser's Host passes through, so the API sees requests from :5173 as its own origin.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
