/**
 * A scratch folder that removes itself: after the current test when made inside one,
 * else after the file's tests. Tests never leave folders behind in the temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ncrs-${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test (made at module level or in a hook): remove after the file.
    afterAll(remove);
  }
  return dir;
}
