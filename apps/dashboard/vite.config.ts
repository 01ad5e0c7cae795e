import { defineConfig } from 'vite';

// A plain single-page app: Preact's JSX through Oxc, no plugins. `pnpm dev` proxies the API to a server on :3000.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // The app is one entry: no module-preload polyfill (it would be an inline-free but useless extra).
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/v1': 'http://localhost:3000' } },
});
