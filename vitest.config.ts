import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['{bench,components,entrypoints,forms,utils,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
