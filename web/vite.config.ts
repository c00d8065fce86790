// The page `letscode serve` shows at /: built into dist/page/ (shipped in the npm package)
// by `npm run build`, every script and style served by the server itself, so the page works
// with no network. The judge's own pure code (the diff view, units) is bundled from src/.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    // Chromium and Firefox of the last few years: standard APIs only.
    target: ['chrome111', 'firefox115', 'safari16'],
    assetsDir: 'assets',
    // Code for rarely used languages' highlighting is loaded when picked.
    chunkSizeWarningLimit: 1200,
  },
});
