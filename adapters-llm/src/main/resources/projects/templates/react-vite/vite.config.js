import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The preview reaches the dev server through the app under its own host name: allow any host.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 3000, strictPort: true, allowedHosts: true },
});
