/**
 * Every test run gets a temp folder of its own (TMPDIR for the test processes); at the
 * end anything a test left in it fails the run: tests remove what they create.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'ncrs-test-run-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length > 0) {
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} item(s) in the temp folder: ${left.slice(0, 10).join(', ')}`);
    }
  };
}
