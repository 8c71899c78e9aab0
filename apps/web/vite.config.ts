import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The Samkart server in development (`pnpm --filter @samkart/server dev`, port 3000).
 * `SAMKART_DEV_SERVER` points the proxy elsewhere, e.g. at a second server on another port.
 */
const SERVER = process.env.SAMKART_DEV_SERVER ?? 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The app talks to its own origin in production; in development Vite forwards to the server.
    proxy: {
      '/api': { target: SERVER },
      '/ws': { target: SERVER, ws: true },
    },
  },
  build: {
    // Large enough for React Flow + Designsystemet in one chunk without a warning; the app is a
    // single screen, so splitting would only add round trips.
    chunkSizeWarningLimit: 1200,
  },
})
