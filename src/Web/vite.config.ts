import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev` serves the SPA with hot reload and sends API, identity and config calls to a running local environment.
const stack = process.env.GITGOODS_URL ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  // amazon-cognito-identity-js refers to Node's `global`.
  define: { global: 'globalThis' },
  server: {
    // The Host header is kept, so the stack's /config.json names this dev server: the SPA stays same-origin.
    proxy: Object.fromEntries(['/api', '/cognito', '/config.json', '/images'].map((path) => [path, { target: stack, changeOrigin: false }])),
  },
  build: { target: 'es2022', sourcemap: 'hidden' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
  },
});
