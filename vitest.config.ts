import { defineConfig } from 'vitest/config';
import { ISOLATED_FILES } from './test/isolated-files.js';

// `npm test`: the whole suite except test/slow/ (long equivalence, fuzz, very large runs),
// which `npm run test:slow` runs (vitest.slow.config.ts) and CI runs too.
export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    exclude: ['test/slow/**', '**/node_modules/**'],
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // Most files share one module registry per worker: importing the CLI's modules once
      // per worker instead of once per file was about a third of the suite's time.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ['test/slow/**', ...ISOLATED_FILES], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED_FILES } },
    ],
  },
});
