import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/api/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // The API tests wait on sockets and scrypt as much as on the CPU: one worker per core, not one less.
    maxWorkers: availableParallelism(),
  },
});
