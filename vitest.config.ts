import { defineConfig } from 'vitest/config';

// `npm test`: the whole suite except test/slow/ (long equivalence, fuzz, very large runs),
// which `npm run test:slow` runs (vitest.slow.config.ts) and CI runs too.
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/slow/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
