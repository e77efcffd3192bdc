/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, serviceWorker } from './scripts/vite-plugins.ts';

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path (for example /refusal-explainer/).
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
