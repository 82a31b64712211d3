/**
 * Test files that replace modules or globals (vi.mock, vi.spyOn, vi.stubEnv, ...):
 * they run with a module registry of their own. Every other file shares one registry
 * per worker (vitest.config.ts), so a replacement there would leak into the files after
 * it. test/architecture/test-isolation.test.ts keeps this list complete.
 */
export const ISOLATED_FILES = [
  'test/cli/exit-codes.test.ts',
  'test/security/atomic-write.test.ts',
  'test/security/accounting.test.ts',
  'test/security/input-changes.test.ts',
];

/** What makes a test file need a registry of its own. */
export const REPLACES_MODULES = /\bvi\.(mock|doMock|spyOn|stubEnv|stubGlobal|useFakeTimers)\(/;
