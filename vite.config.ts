/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { contentSecurityPolicy, serviceWorker, shortMessageIds } from './scripts/vite-plugins.ts';

export default defineConfig({
  // Relative asset URLs, so the built site works from any sub-path (for example /refusal-explainer/).
  base: './',
  // Lingui compiles each language's catalog (src/locales/*/app.json) when it is imported, and fails
  // the build on a message that is missing or does not parse.
  plugins: [react(), lingui({ failOnMissing: true, failOnCompileError: true }), shortMessageIds(), contentSecurityPolicy(), serviceWorker()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Each language's catalogs get names that say which they are (assets/app.es-<hash>.js), so
        // that scripts/size.mjs can count a first visit in each language.
        chunkFileNames: (chunk) => {
          const m = /locales\/([\w-]+)\/(\w+)\.json/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/${m[2]}.${m[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
