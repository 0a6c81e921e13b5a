import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' keeps the static build working from any sub-path (a course's /k8s/ folder).
export default defineConfig({
  base: './',
  plugins: [react()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
