/**
 * Opens the public progress page in the test run's headless Chromium
 * (test/helpers/browser.ts), as test/report/html-browser.test.ts does for the
 * panel report: it must render without errors, draw one chart per measuring
 * rule, show no figure from 1–4 records, run nothing planted in the input, and
 * print to A4.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeProgress, parseRecommendations, progressFormats, ruleIdsOf } from '../../src/workflow/progress/index.js';
import { connectBrowser, haveBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { RECOMMENDATIONS, progressMonths } from './helpers/progress-months.js';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

describe.skipIf(!haveBrowser)('public progress page in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the first table and one section per recommendation, hides counts 1–4, runs nothing from the input, prints to A4', async () => {
    const loaded = progressMonths().map((report) => ({ path: `reports/${report.period}.json`, report }));
    const hostile = RECOMMENDATIONS.replace('owner: Head of Contact', `owner: "Head of Contact ${IMG}"`).replace('actions: Recording team enlarged.', `actions: "Team enlarged ${SCRIPT}"`);
    const file = parseRecommendations(hostile, 'recs.yaml', ruleIdsOf(loaded));
    const html = progressFormats.html(computeProgress(file, loaded, { file: 'recs.yaml', public: true }), { color: false });
    // The hostile values really are in the page (escaped), so the test can fail.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const path = join(tempDir('progress-page'), 'progress.html');
    writeFileSync(path, html);

    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });

    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(path).href]);
    expect(await page.locator('script, img, [onerror]').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain(`Head of Contact ${IMG}`);
    expect(text).toContain(`Team enlarged ${SCRIPT}`);

    // The first table: one row per recommendation, readable alone (status and latest against target).
    const first = page.locator('table.progress tbody tr');
    expect(await first.count()).toBe(7);
    expect(await first.nth(0).innerText()).toMatch(/R1\s+The force should record crimes within 24 hours\s+Force Crime Registrar\s+2027-03-31\s+met\s+NCRS-001 96\.0% \(target 95%\)/);
    expect(await first.nth(6).innerText()).toMatch(/too few records to report\s+DQ-001 fewer than 5/);
    // Public: the latest DQ-001 month (497 of 500) shows nowhere.
    expect(text).not.toMatch(/99\.4%|\b497\b/);
    expect(text).toContain('Public version.');

    // One section per recommendation; one chart per measuring rule, each an accessible image with the target drawn.
    expect(await page.locator('section.recommendation').count()).toBe(7);
    const charts = page.locator('section.recommendation svg[role="img"]');
    expect(await charts.count()).toBe(6);
    expect(await page.locator('svg[role="img"] .threshold').count()).toBe(6);
    expect((await charts.first().boundingBox())!.width).toBeGreaterThan(300);
    expect(await page.locator('#rec-R5').innerText()).toContain('1,200 of 1,650 staff trained.');

    // A4 print: every recommendation starts a page.
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(`[...document.querySelectorAll('section.recommendation')].map((s) => getComputedStyle(s).breakBefore)`);
    expect(breaks).toEqual(Array(7).fill('page'));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(8);
    await page.close();
  });
});
