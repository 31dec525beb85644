import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Libraries every page needs, or big ones only a few pages need (echarts), get their own
 * long-lived chunks. antd is deliberately left to Rollup: split by the pages that use each
 * component, the first page loads a fraction of it instead of one 1 MB chunk.
 */
const vendorChunks: [string, RegExp][] = [
  ['echarts', /[\\/]node_modules[\\/](echarts|zrender)[\\/]/],
  ['maplibre', /[\\/]node_modules[\\/]maplibre-gl[\\/]/],
  ['react', /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/],
  ['i18n', /[\\/]node_modules[\\/](i18next|react-i18next|dayjs)[\\/]/],
];

const apiTarget = 'http://localhost:3000';

// @vitejs/plugin-react is typed against the workspace root's vite; this app builds with its own
// vite 7. The plugin supports both; only the type declarations differ.
const reactPlugin = react() as unknown as PluginOption;

export default defineConfig({
  plugins: [reactPlugin],
  server: {
    proxy: { '/api': apiTarget, '/healthz': apiTarget, '/readyz': apiTarget },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // echarts (≈580 kB) loads only with the district map and dashboards; maplibre-gl (≈1 MB, its
    // bundle carries an inline copy of the worker we serve as a file) only with the map pages.
    chunkSizeWarningLimit: 1100,
    rollupOptions: {
      output: {
        manualChunks(id) {
          return vendorChunks.find(([, pattern]) => pattern.test(id))?.[0];
        },
      },
    },
  },
});
