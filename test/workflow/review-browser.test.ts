/**
 * The review page in the test run's headless Chromium (test/helpers/browser.ts):
 * what a reader sees at the top (month, date, the rate with its interval in a
 * neutral box), a chart that really draws each stratum's interval, no sideways
 * scroll on a 400 px phone, and nothing run from the input.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReview, reviewFormats } from '../../src/workflow/review/index.js';
import { parseWorksheet } from '../../src/workflow/worksheet/read-worksheet.js';
import { connectBrowser, haveBrowser } from '../helpers/browser.js';
import { tempDir } from '../helpers/temp-dir.js';
import { crimesWorksheet, type RecordSpec } from './helpers/crimes.js';

/** Three strata of different sizes, one crime per record: Airedale 30 (27 correct), Bingley 12 (9), Craven 6 (3). */
const block = (stratum: string, crimes: number, correct: number): RecordSpec[] =>
  Array.from({ length: crimes }, (_, i) => ({ stratum, crimes: [{ correct: i < correct ? 'Y' : 'N' }] }));
const STRATA = [
  { label: 'Airedale', population: 300, sample: 30 },
  { label: 'Bingley', population: 120, sample: 12 },
  { label: '<img src=x onerror=alert(1)>', population: 60, sample: 6 },
];

describe.skipIf(!haveBrowser)('the review page in headless Chromium', () => {
  let browser: Browser;
  const path = join(tempDir('review-page'), 'review.html');

  beforeAll(async () => {
    browser = await connectBrowser();
    const records = [...block('Airedale', 30, 27), ...block('Bingley', 12, 9), ...block(STRATA[2]!.label, 6, 3)];
    const r = computeReview([parseWorksheet(crimesWorksheet(records, STRATA), 'team/w.csv')], { now: () => new Date('2026-11-02T09:05:31.417Z') });
    writeFileSync(path, reviewFormats.html(r, { color: false }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    return page;
  }

  it('opens with the month, the date and the rate with its interval, in a box that is not green', async () => {
    const page = await open(1000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    const lines = (await page.locator('main').innerText()).split('\n').filter(Boolean);
    expect(lines.slice(0, 3)).toEqual([
      'Crime recording rate, October 2026',
      'Month: October 2026 (a sample of incident records).',
      'Made 2 November 2026, 09:05 UTC by ncrs-audit 0.1.0, from worksheet w.csv.',
    ]);
    const box = page.locator('.headline');
    expect(await box.innerText()).toMatch(/95% interval \d+\.\d% to \d+\.\d%/);
    const background = (await page.evaluate(`getComputedStyle(document.querySelector('.headline')).backgroundColor`)) as string;
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(green! - Math.max(red!, blue!)).toBeLessThan(10); // neutral, not a green "pass"
    expect(await page.locator('img, script, [onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('draws each stratum and the overall rate as a dot on its interval line, in order of the rows', async () => {
    const page = await open(1000);
    const chart = page.locator('svg.rate-chart');
    expect(await chart.count()).toBe(1);
    const dots = await chart.locator('circle.dot').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })));
    const lines = await chart.locator('path.interval').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right, y: b.y + b.height / 2 })));
    expect(dots).toHaveLength(4); // three strata and all
    expect(lines).toHaveLength(4);
    dots.forEach((d, i) => {
      expect(d.x).toBeGreaterThan(lines[i]!.left);
      expect(d.x).toBeLessThan(lines[i]!.right);
      expect(Math.abs(d.y - lines[i]!.y)).toBeLessThan(1);
    });
    // Airedale 90% is right of Bingley 75%, which is right of the third's 50%.
    expect(dots[0]!.x).toBeGreaterThan(dots[1]!.x);
    expect(dots[1]!.x).toBeGreaterThan(dots[2]!.x);
    // The smallest stratum has the widest interval.
    const width = (i: number) => lines[i]!.right - lines[i]!.left;
    expect(width(2)).toBeGreaterThan(width(1));
    expect(width(1)).toBeGreaterThan(width(0));
    // The reference line is at the overall dot.
    const ref = await chart.locator('path.overall').evaluate((p) => p.getBoundingClientRect().x);
    expect(Math.abs(ref - dots[3]!.x)).toBeLessThan(1.5);
    await page.close();
  });

  it('does not scroll sideways at 400 px', async () => {
    const page = await open(400);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    await page.close();
  });
});
