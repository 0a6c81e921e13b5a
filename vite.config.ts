import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' keeps the static build working from any sub-path (a course's /k8s/ folder).
// The manifest (dist/.vite/manifest.json) lets `npm run bench` sum the initial JS precisely.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
