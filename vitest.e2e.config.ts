import { defineConfig } from 'vitest/config';

// Real browsers with the built extension loaded; run after `npm run build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
