import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [preact()],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['{bench,components,entrypoints,forms,utils,tests/unit}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Vitest leaves a core free by default: on a 2-core CI machine that is one file at a time.
    // Threads start faster than forks; every file is still isolated.
    pool: 'threads',
    maxWorkers: availableParallelism(),
  },
});
