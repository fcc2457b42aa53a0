/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Quinoa runs `npm run build` and serves dist/; in dev it proxies to this server (port 5173).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    rollupOptions: {
      output: {
        // React and the router, needed by every page, change seldom: kept in a file of their own across releases.
        // Ant Design and ECharts are left to the bundler, so each page loads only the components it uses and
        // ECharts comes only with the charts (see components/EChart).
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom', '@tanstack/react-query'],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
