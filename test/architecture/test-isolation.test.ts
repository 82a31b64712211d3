/**
 * Files that replace modules or globals must run isolated (test/isolated-files.ts):
 * in the shared registry a vi.mock would leak into every file after it, and the
 * suite would pass or fail by the order files happen to run in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_FILES, REPLACES_MODULES } from '../isolated-files.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'slow' ? [] : testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('test isolation', () => {
  // This file names the calls in its table below without making them.
  const self = 'test/architecture/test-isolation.test.ts';
  const replacing = testFiles('test').filter((f) => f !== self && REPLACES_MODULES.test(readFileSync(f, 'utf8')));

  it('every file that replaces a module or global is in ISOLATED_FILES, and only those', () => {
    expect(replacing.sort()).toEqual([...ISOLATED_FILES].sort());
  });

  it.each([
    ["vi.mock('node:fs', () => ({}))", true],
    ['const spy = vi.spyOn(formats, "markdown")', true],
    ["vi.stubEnv('TZ', 'UTC')", true],
    ['expect(vi.fn()).not.toHaveBeenCalled()', false],
    ['// mocks are not used here', false],
  ])('%s -> needs isolation: %s', (text, needs) => {
    expect(REPLACES_MODULES.test(text)).toBe(needs);
  });
});
