import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.WEB_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

/** Paths served by apps/api; everything else is the single-page app. */
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
  '/health': { target: apiUrl, changeOrigin: true },
  '/files': { target: apiUrl, changeOrigin: true },
  '/admin': { target: apiUrl, changeOrigin: true },
};

/**
 * Long-lived vendor chunks for libraries the shell loads anyway, so app releases do not invalidate them.
 * antd is deliberately not grouped: a group would pull every component any lazy page uses (Table, …)
 * into the first screen; left alone, each component lands with the pages that use it.
 */
const vendorChunks: { name: string; test: RegExp }[] = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  // graphql's parser stays out: the app never parses at run time (codegen ships parsed documents),
  // so it is left to tree-shaking instead of being forced into the shared chunk.
  {
    name: 'apollo',
    test: /node_modules[\\/](@apollo|graphql(?![\\/]language[\\/](parser|lexer)\.)|rxjs|@wry|optimism|tslib)[\\/]/,
  },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
];

export default defineConfig({
  root,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    // Source maps only on request (WEB_SOURCEMAP=1, e.g. to inspect chunk contents); never shipped by default.
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    // The one chunk above Vite's 500 kB default is ECharts (about 600 kB, 200 kB gzipped), loaded only
    // when a chart is first shown.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
