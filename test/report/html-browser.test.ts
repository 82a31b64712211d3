/**
 * Opens the HTML panel report in a real headless Chromium (Debian `chromium`,
 * driven by playwright-core): it must render without errors, show its charts,
 * and never run the script or onerror handler planted in the input.
 * (The README's screenshots come from `npm run screenshots`.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report.js';
import { formatHtml } from '../../src/report/formats/html.js';
import { connectBrowser, haveBrowser } from '../helpers/browser.js';
import { HOSTILE, makeEarlierRun, makeRun } from './fixtures.js';

describe.skipIf(!haveBrowser)('HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'ncrs-report-'));

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders cleanly, shows its charts, and runs nothing from the input', async () => {
    const report = buildReport(makeRun());
    const compare = [buildReport(makeEarlierRun('2026-09', [58, 2]))];
    const html = formatHtml(report, { color: false, compare });
    // The hostile values really are in the page's text (escaped), so the test can fail.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const file = join(dir, 'report.html');
    writeFileSync(file, html);

    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    // A sentinel the planted payloads would trip if they ran.
    // (Runs in the page, where globalThis is window; the project's TS has no DOM lib.)
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __pwned: number; alert: () => void };
      w.__pwned = 0;
      w.alert = () => void (w.__pwned += 1);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned: number }).__pwned)).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]); // nothing fetched but the file itself

    // No element came from the input: no scripts, no <img>, no event handlers.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('[onerror]').count()).toBe(0);
    // ...but the text is shown as text.
    expect(await page.locator('body').innerText()).toContain(`Wake|field ${HOSTILE.img}`);

    // Charts: one per rule with district figures, each an accessible image.
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(5);
    expect(await page.locator('svg[role="img"] > title').count()).toBe(5);
    expect(await page.locator('svg[role="img"] circle.dot').count()).toBeGreaterThan(10);
    expect(await page.locator('svg[role="img"] .threshold').count()).toBe(5);
    const box = await charts.first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('th[scope="col"]').count()).toBeGreaterThan(20);
    expect(await page.locator('caption').count()).toBeGreaterThan(5);
    expect(await page.title()).toBe('Crime recording audit: October 2026');

    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');

    // Printing to A4 works too.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});
