import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { firstScreenPreloadPlugin } from './scripts/first-screen-preload-plugin.ts';
import { openingFramePlugin } from './scripts/opening-frame-plugin.ts';

// base './' keeps the static build working from any sub-path (a course's /k8s/ folder).
// The manifest lets `npm run bench` sum the initial JS precisely and the service worker cache
// every chunk for offline use. It is written to dist/manifest.json, not Vite's default
// dist/.vite/manifest.json: many static hosts (GitHub Pages among them) do not serve dot folders.
// The opening-frame plugin precomputes the state home and ?sandbox draw before the engine loads; the
// first-screen preload plugin has index.html ask for the shell's chunks beside the entry.
export default defineConfig({
  base: './',
  plugins: [react(), openingFramePlugin(), firstScreenPreloadPlugin()],
  build: { manifest: 'manifest.json' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
