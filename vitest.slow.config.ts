import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the long runs kept out of `npm test` (see vitest.config.ts).
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
