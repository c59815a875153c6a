import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

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

/**
 * src/gql/graphql.ts is one module holding every document of the app (about 480 kB): the bundler keeps a
 * module whole, so every document any page uses would travel in the chunk the shell shares with them.
 * In builds the module is read as re-exports of one small module per document, so each document lands
 * with the code that uses it (the generated file itself is left as it is; its types are erased anyway).
 */
function documentPerModule(): Plugin {
  const generated = fileURLToPath(new URL('src/gql/graphql.ts', import.meta.url));
  const prefix = '\0sixcan-document:';
  const line = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
  let documents = new Map<string, string>();
  return {
    name: 'sixcan-document-per-module',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = new Map();
      for (const text of readFileSync(generated, 'utf8').split('\n')) {
        const match = line.exec(text);
        if (match?.[1] && match[2]) documents.set(match[1], match[2]);
        else if (text.startsWith('export const '))
          throw new Error(`unexpected line in ${generated}: ${text.slice(0, 80)}`);
      }
    },
    resolveId(id) {
      return id.startsWith(prefix) ? id : undefined;
    },
    load(id) {
      if (id.startsWith(prefix)) {
        const name = id.slice(prefix.length);
        return `export const ${name} = ${documents.get(name)};\n`;
      }
      if (id.split('?')[0] !== generated) return undefined;
      return [...documents.keys()].map((name) => `export { ${name} } from '${prefix}${name}';`).join('\n');
    },
  };
}

/**
 * antd's rc-* packages declare no `sideEffects`, so the bundler keeps every module they import, used or not:
 * e.g. the popups' context isolation reads one context of rc-field-form, which brought the whole form
 * library and its validator into the first screen. They have no import-time effects; mark them so.
 */
const sideEffectFree = /[\\/]node_modules[\\/](rc-[\w-]+|@rc-component[\\/][\w-]+)[\\/]/;

export default defineConfig({
  root,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react(), documentPerModule()],
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
      treeshake: { moduleSideEffects: (id: string) => (sideEffectFree.test(id) ? false : undefined) },
      output: {
        codeSplitting: { groups: vendorChunks },
      },
    },
  },
});
