// `pnpm --filter tajikistan dev`: a live-editing page for the brief. The brief is imported through
// @briefkit/vite-plugin, so a save re-validates it and errors appear in Vite's overlay at the line.
import briefkit from '@briefkit/vite-plugin';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('./dev', import.meta.url).pathname,
  plugins: [briefkit()],
  resolve: { conditions: ['@briefkit/source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..', '../../..'] } },
  build: { outDir: new URL('./dist-dev', import.meta.url).pathname, emptyOutDir: true },
});
