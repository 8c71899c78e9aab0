import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Builds the plain React Flow baseline page into `<app build>/bench-plain/` (see benchServer). */
export default defineConfig({
  root: __dirname,
  base: '/bench-plain/',
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1200 },
})
