/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Quinoa runs `npm run build` and serves dist/; in dev it proxies to this server (port 5173).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // React and the router, and Ant Design with the icons the app uses, are needed by every page: kept in files
        // of their own across releases (measured: one Ant Design file is evaluated faster than the same code split
        // over the pages' files). ECharts is left to the bundler: it comes only with the charts (components/EChart).
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom', '@tanstack/react-query'],
          antd: ['antd', '@ant-design/icons'],
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
