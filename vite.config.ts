import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' keeps the static build working from any sub-path (a course's /k8s/ folder).
// The manifest lets `npm run bench` sum the initial JS precisely and the service worker cache
// every chunk for offline use. It is written to dist/manifest.json, not Vite's default
// dist/.vite/manifest.json: many static hosts (GitHub Pages among them) do not serve dot folders.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { manifest: 'manifest.json' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
