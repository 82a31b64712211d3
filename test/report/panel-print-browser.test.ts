/**
 * The demo month's panel pack as a panel member gets it (issue 16): the public
 * report printed to A4 by Chromium, read on a 400 px phone, and the trend page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate.js';
import { connectBrowser, haveBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const DEMO = join(process.cwd(), 'fixtures/demo/crimes.csv');
/** ISO timestamps with milliseconds (2026-11-29T08:46:07.680Z) and absolute POSIX or Windows paths. */
const ISO_MS = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+/;
const ABSOLUTE_PATH = /(^|[\s(])(\/(tmp|home|work|usr|var|Users|root)\/|[A-Za-z]:\\)/m;

describe.skipIf(!haveBrowser)('the demo month’s panel pack in Chromium', () => {
  let browser: Browser;
  const dir = tempDir('panel-pack');
  const reportHtml = join(dir, 'public.html');
  const trendHtml = join(dir, 'trend.html');

  beforeAll(async () => {
    browser = await connectBrowser();
    const audit = await runCli(['audit', DEMO, '--period', '2026-10', '--public', '--no-config', '--format', 'html', '--out', reportHtml]);
    expect(audit.stderr).toBe('');
    // Two generated months for the trend page.
    const jsons: string[] = [];
    for (const [month, seed] of [['2026-09', 9], ['2026-10', 10]] as const) {
      const csv = join(dir, `${month}.csv`);
      writeFileSync(csv, [...generateDemo({ seed, rows: 600, month })].join(''));
      const json = join(dir, `${month}.json`);
      await runCli(['audit', csv, '--period', month, '--no-config', '--format', 'json', '--out', json]);
      jsons.push(json);
    }
    const trend = await runCli(['trend', ...jsons, '--no-config', '--format', 'html', '--out', trendHtml]);
    expect(trend.exitCode).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string, width = 1000): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return page;
  }

  it('the public report prints on at most 8 A4 pages', async () => {
    const page = await open(reportHtml);
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
    await page.close();
  });

  it('no element is wider than a 400 px viewport', async () => {
    const page = await open(reportHtml, 400);
    const tooWide = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number }; querySelectorAll: (s: string) => Iterable<{ tagName: string; getBoundingClientRect: () => { left: number; right: number; width: number } }> } }).document;
      const out: string[] = [];
      for (const e of doc.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && (r.right > 400.5 || r.left < -0.5)) out.push(`${e.tagName} ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
      return { scrollWidth: doc.documentElement.scrollWidth, out };
    });
    expect(tooWide.out).toEqual([]);
    expect(tooWide.scrollWidth).toBeLessThanOrEqual(400);
    await page.close();
  });

  it('every rule chart marks its threshold (or 100%), and no suppressed district is drawn as a bar', async () => {
    const page = await open(reportHtml);
    const charts = page.locator('article.rule svg.chart');
    const n = await charts.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++) {
      const chart = charts.nth(i);
      expect(await chart.locator('.threshold').count()).toBe(1);
      // A dot-and-interval plot: no bars at all, so none can be of zero length.
      expect(await chart.locator('rect.bar').count()).toBe(0);
    }
    // The demo's public version hides some districts: each is labelled in place, never a mark.
    const hidden = page.locator('article.rule svg.chart [data-suppressed="true"]');
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().textContent()).toContain('fewer than 5');
    const rateCells = await page.locator('td[data-label="Rate"]').allTextContents();
    expect(rateCells.length).toBeGreaterThan(10);
    expect(rateCells.filter((t) => t.includes('<5'))).toEqual([]);
    await page.close();
  });

  it('the text holds no absolute path and no ISO timestamp with milliseconds', async () => {
    const page = await open(reportHtml);
    const text = await page.locator('body').innerText();
    expect(text).toContain('crimes.csv');
    expect(text).not.toMatch(ISO_MS);
    expect(text).not.toMatch(ABSOLUTE_PATH);
    expect(text).not.toContain(process.cwd());
    // The planted checks can fail: the JSON keeps both.
    expect(readFileSync(reportHtml, 'utf8')).not.toContain(dir);
    await page.close();
  });

  it('the trend page’s chart titles come before their charts', async () => {
    const page = await open(trendHtml);
    const order = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => Iterable<{ children: ArrayLike<{ tagName: string }> }> } }).document;
      return [...doc.querySelectorAll('figure')].map((f) => Array.from(f.children, (c) => c.tagName.toLowerCase()).join(','));
    });
    expect(order.length).toBeGreaterThan(5);
    for (const children of order) expect(children.startsWith('figcaption,svg')).toBe(true);
    await page.close();
  });
});
