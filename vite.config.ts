// Build, dev server, PWA (manifest + precaching service worker) and Vitest configuration.
/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    svelte(),
    VitePWA({
      // The app asks before it reloads into a new version (see ui/pwa/update-prompt.svelte.ts).
      registerType: 'prompt',
      // Registration happens in our own code through virtual:pwa-register; no inline script (CSP).
      injectRegister: false,
      // public/ is precached by globPatterns below; listing icons again would duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Costbook — Inventory Cost & G/L Reconciliation',
        short_name: 'Costbook',
        description: 'Post inventory cost to the G/L and reconcile inventory with the G/L, offline in the browser.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#1e3a5f',
        background_color: '#f5f7fa',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache everything the app needs, the engine worker chunk included, so it starts offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,json}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/reports/vitest.json' }]],
  },
});
