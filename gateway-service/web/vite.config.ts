import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The build lands in the gateway's static resources (Maven runs it); the gateway serves it at / beside /api.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: process.env.GJJ_WEB_OUT ?? '../target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        manualChunks: {
          vue: ['vue', 'vue-router', 'pinia'],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
})
