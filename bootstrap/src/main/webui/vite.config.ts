/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `quarkus dev`: Quinoa starts this dev server and proxies the page to it; the API stays on Quarkus.
// `npm run dev` alone: the API, /ws and /socket.io are proxied to a running server (II_AGENT_API).
const api = process.env.II_AGENT_API ?? 'http://localhost:8080';
const proxied = ['/v1', '/auth', '/billing', '/health'];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries([
      ...proxied.map((path) => [path, { target: api, changeOrigin: false }]),
      ['/ws', { target: api.replace(/^http/, 'ws'), ws: true }],
    ]),
  },
  // The Markdown renderer (KaTeX, highlight.js) is one lazy chunk of ~600 kB (~185 kB gzip): loaded on the first answer.
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 700 },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'] },
});
