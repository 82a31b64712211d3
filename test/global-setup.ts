/**
 * Once per test run:
 * - every test process gets a temp folder of its own (TMPDIR); at the end anything a
 *   test left in it fails the run: tests remove what they create;
 * - one headless Chromium (Debian `chromium`) that every browser test connects to
 *   (test/helpers/browser.ts), instead of one browser per test file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export default async function setup(): Promise<() => Promise<void>> {
  // vitest runs the global setup once per project (vitest.config.ts has two): the first sets up the run.
  if (process.env.NCRS_TEST_RUN_DIR) return async () => {};
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'ncrs-test-run-'));
  process.env.TMPDIR = dir;
  process.env.NCRS_TEST_RUN_DIR = dir;
  let server: BrowserServer | undefined;
  if (existsSync(CHROMIUM)) {
    server = await chromium.launchServer({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    process.env.NCRS_TEST_BROWSER = server.wsEndpoint();
  }
  return async () => {
    await server?.close();
    delete process.env.NCRS_TEST_BROWSER;
    delete process.env.NCRS_TEST_RUN_DIR;
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
