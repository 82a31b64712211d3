/**
 * The test run's one headless Chromium (started in test/global-setup.ts). Browser
 * tests use `describe.skipIf(!haveBrowser)` and say so visibly when it is missing.
 */
import { chromium, type Browser } from 'playwright-core';

export const haveBrowser = process.env.NCRS_TEST_BROWSER !== undefined;

if (!haveBrowser) {
  // eslint-disable-next-line no-console
  console.warn('SKIPPED browser tests: /usr/bin/chromium not found (apt-get install chromium)');
}

/** Connects to the shared browser; close the connection (not the browser) after the file. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(process.env.NCRS_TEST_BROWSER!);
}
