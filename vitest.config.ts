import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['test/setup.ts'],
    // Vitest's default leaves one of two cores idle; most e2e time is spent waiting on child processes.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
