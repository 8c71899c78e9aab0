import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { resolve } from 'node:path'

/**
 * Builds the benchmark baselines into `<app build>/bench-plain/` (see benchServer): the plain
 * React Flow page (`index.html`) and the page holding a Y.Doc alone (`ydoc.html`).
 */
export default defineConfig({
  root: __dirname,
  base: '/bench-plain/',
  plugins: [react()],
  build: {
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { index: resolve(__dirname, 'index.html'), ydoc: resolve(__dirname, 'ydoc.html') },
    },
  },
})
